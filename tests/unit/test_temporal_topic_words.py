"""The clock's topic words (temporal.clocks): the words around a named day are read once per
report and place, and the report's word counts are the same whether the text is lowered first."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest

from incident_reader.core.temporal import clocks
from incident_reader.core.temporal.anchoring import Context

TEXTS = [
    "On Monday the cylinder explosion shook Kelby. Rescuers worked through Monday night.",
    "The explosion took place at about 1.20 pm, officials said. EXPLOSION Explosion explosion.",
    "Łukasz Nowak met İsmail at Kadıköy; the ſcene was quiet. Officers arrived at 9pm.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_a_place_s_topic_words_are_read_once(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    ctx = Context(text=text, dct=date(2020, 3, 4))
    ctx.word_counts[""] = 0
    ctx.word_counts.update(Counter(w.lower() for w in clocks._CONTENT_WORD.findall(text)))
    first = clocks._topic_words(ctx, 5, 6, clocks.TOPIC_REACH)
    reads: list[int] = []
    real = clocks.sentence_bounds

    def counted(t: str, s: int, e: int) -> tuple[int, int]:
        reads.append(s)
        return real(t, s, e)

    monkeypatch.setattr(clocks, "sentence_bounds", counted)
    assert clocks._topic_words(ctx, 5, 6, clocks.TOPIC_REACH) is first
    assert reads == []  # kept in the context
    fresh = Context(text=text, dct=ctx.dct, word_counts=ctx.word_counts)
    assert clocks._topic_words(fresh, 5, 6, clocks.TOPIC_REACH) == first
    assert clocks._topic_words(ctx, 5, 6) == clocks._topic_words(fresh, 5, 6)  # its own reach


@pytest.mark.parametrize("text", TEXTS)
def test_the_report_s_word_counts_do_not_depend_on_lowering_first(text: str) -> None:
    ctx = Context(text=text, dct=date(2020, 3, 4), named_days=[(3, date(2020, 3, 2))])
    clocks._day_of_same_topic(ctx, len(text) - 5)
    expected = Counter(map(str.lower, clocks._CONTENT_WORD.findall(text)))
    assert {w: n for w, n in ctx.word_counts.items() if w} == dict(expected)
