"""A sentence's people are grouped once per report, whichever reader asks first."""

from __future__ import annotations

import pytest

from incident_reader.core.facts import role_mentions
from incident_reader.core.facts.role_mentions import _mentions, forget_mentions
from incident_reader.core.facts.starts import forget_sentences


def test_a_second_reading_of_a_sentence_reuses_the_first(monkeypatch: pytest.MonkeyPatch) -> None:
    forget_mentions()
    text = "Police arrested Tom Hale, 30, and a 25-year-old woman in Leeds."
    first = _mentions(text)
    assert [[a.name or a.age for a in group] for group in first] == [["tom hale", 30], [25]]

    def fail(text: str) -> list[role_mentions._Anchor]:
        raise AssertionError("read again")

    monkeypatch.setattr(role_mentions, "_anchors", fail)
    again = _mentions(text)
    assert again == first and again is not first and again[0] is not first[0]
    again[0].clear()  # a caller's own list: the next reader still sees the whole group
    assert _mentions(text) == first


def test_a_new_report_reads_its_sentences_afresh(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Jo Ray, 41, was charged."
    _mentions(text)
    forget_sentences()  # what extraction does before each report
    calls: list[str] = []
    real = role_mentions._anchors

    def counted(text: str) -> list[role_mentions._Anchor]:
        calls.append(text)
        return real(text)

    monkeypatch.setattr(role_mentions, "_anchors", counted)
    _mentions(text)
    assert calls == [text]
