"""The pure helpers under the reader: literal text, wrapping with exact offsets, readable times."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rich.cells import cell_len

from incident_reader.core.model import TextSpan, TimelineEntry, Timex
from incident_reader.ui.literal import one_line, visible
from incident_reader.ui.timefmt import clause_span, readable_value, sentence_around
from incident_reader.ui.widgets.wrap import line_of, wrap


def test_visible_replaces_controls_one_for_one() -> None:
    raw = "a\x1b[31mb\x00c\x7fd\te\nf\rg"
    shown = visible(raw)
    assert len(shown) == len(raw)
    assert shown == "a\u241b[31mb\u2400c\u2421d e\nf\u240dg"
    assert one_line(raw).count("\n") == 0 and len(one_line(raw)) == len(raw)


@pytest.mark.parametrize(
    ("value", "mod", "shown"),
    [
        ("2018-08-14T07:37", None, "2018-08-14 07:37"),
        ("2018-08-14", None, "2018-08-14"),
        ("2018-08-14TMO", None, "2018-08-14 morning"),
        ("XXXX-XX-XXT07:30", "APPROX", "~07:30"),
        ("XXXX-WXX-2TAF", None, "Tuesday afternoon"),
        ("2017-SU", None, "summer 2017"),
        ("2018-W33", None, "2018 week 33"),
        ("201", None, "2010s"),
        ("P3D", None, "3 days"),
        ("PT1H", None, "1 hour"),
        ("PT20M", None, "20 minutes"),
        ("PRESENT_REF", None, "now"),
        ("2018-08-14", "BEFORE", "before 2018-08-14"),
        ("", None, "?"),
    ],
)
def test_readable_value(value: str, mod: str | None, shown: str) -> None:
    assert readable_value(value, mod) == shown


def test_clause_is_the_event_or_the_sentence() -> None:
    text = "First one. Then at 7.30am a car hit a barrier. After that, more.\nNext line"
    start = text.index("7.30am")
    timex = Timex(start, start + 6, "7.30am", "TIME", "XXXX-XX-XXT07:30")
    s, e = clause_span(TimelineEntry(timex), text)
    assert text[s:e] == "Then at 7.30am a car hit a barrier."
    event = TextSpan(start, start + 20, text[start : start + 20])
    assert clause_span(TimelineEntry(timex, event), text) == (start, start + 20)
    s, e = sentence_around(text, text.index("Next"), text.index("Next") + 4)
    assert text[s:e] == "Next line"


def test_wrap_breaks_on_spaces_and_hard_breaks_long_words() -> None:
    text = "hello world this is\n\nverylongwordthatneedsbreaking ok"
    assert [text[s:e] for s, e in wrap(text, 10)] == [
        "hello",
        "world this",
        "is",
        "",
        "verylongwo",
        "rdthatneed",
        "sbreaking",
        "ok",
    ]


def test_wrap_counts_wide_characters_as_two_cells() -> None:
    text = "日本語のテキスト wide"
    lines = [text[s:e] for s, e in wrap(text, 6)]
    assert lines == ["日本語", "のテキ", "スト", "wide"]


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab c\n日é-"), max_size=200), st.integers(1, 30))
def test_wrap_lines_cover_the_text_in_order_within_the_width(text: str, width: int) -> None:
    lines = wrap(text, width)
    starts = [s for s, _ in lines]
    assert starts == sorted(starts)
    position = 0
    for start, end in lines:
        assert text[position:start].strip(" \n") == ""  # only the spaces and newlines broken on
        assert cell_len(text[start:end]) <= max(width, 2)
        position = end
    assert text[position:].strip(" \n") == ""
    for offset in range(len(text)):
        s, e = lines[line_of(starts, offset)]
        assert s <= offset <= e or text[offset] in " \n"


spans_strategy = st.lists(
    st.tuples(st.integers(0, 200), st.integers(0, 40)).map(lambda p: (p[0], p[0] + p[1])),
    max_size=40,
)


@settings(max_examples=150, deadline=None)
@given(spans_strategy, st.integers(0, 250), st.integers(0, 60))
def test_layer_and_span_index_find_exactly_the_overlapping_spans(
    spans: list[tuple[int, int]], start: int, length: int
) -> None:
    from incident_reader.ui.widgets.row_list import Row
    from incident_reader.ui.widgets.source_view import Layer
    from incident_reader.ui.widgets.span_index import SpanIndex

    end = start + length
    layer = Layer.of(spans)
    expected = sorted((s, e) for s, e in spans if e > s and s < end and e > start)
    assert sorted(layer.overlapping(start, end)) == expected

    rows = []
    for s, e in spans:
        row = Row()
        row.span = (s, e)
        rows.append(row)
    index = SpanIndex(rows)
    found = index.overlapping(start, end)
    want = {i for i, (s, e) in enumerate(spans) if s < end and (e > start or s == start)}
    assert set(found) == want
    assert [spans[i][0] for i in found] == sorted(spans[i][0] for i in found)  # text order


def test_text_search_walks_hits_and_wraps() -> None:
    from incident_reader.ui.search import TextSearch

    search = TextSearch()
    text = "Bridge, bridge and BRIDGE; no bridg."
    assert search.run(text, "bridge", from_offset=5) == (8, 14)
    assert search.status() == "'bridge' 2 of 3"
    assert search.step(1) == (19, 25)
    assert search.step(1) == (0, 6)  # wraps to the first
    assert search.step(-1) == (19, 25)
    assert search.run(text, "zebra") is None and search.status() == "no match for 'zebra'"
    assert search.step(1) is None
    assert search.run(text, "[a-z]+") is None  # the term is words, not a pattern
    search.clear()
    assert search.status() == "" and search.current is None


def test_state_drops_analyses_made_with_a_superseded_dct() -> None:
    from pathlib import Path

    from incident_reader.core.model import Corpus, DctSource, Report, ReportAnalysis
    from incident_reader.ui.state import ReaderState

    report = Report("r", Path("r.txt"), "t", "text", "2019-01-01", DctSource.HEADER, "x")
    state = ReaderState(Corpus((report,)))
    own = ReportAnalysis(report, "2019-01-01", DctSource.HEADER)
    user = ReportAnalysis(report, "2020-02-02", DctSource.USER)
    assert state.is_current(own) and not state.is_current(user)
    state.dct_overrides["r"] = "2020-02-02"
    assert state.is_current(user) and not state.is_current(own)
