"""A report body is split into sentences once per extraction, however many readers ask."""

from __future__ import annotations

import pytest

from incident_reader.core.facts import text as text_module
from incident_reader.core.facts.text import split_sentences


def test_a_second_split_of_the_same_body_reads_the_first(monkeypatch: pytest.MonkeyPatch) -> None:
    body = "A van hit a wall on Main Street. Two people were hurt.\nPolice said."
    first = split_sentences(body)

    def fail(text: str) -> list[text_module.Sentence]:
        raise AssertionError("split again")

    monkeypatch.setattr(text_module, "_split", fail)
    again = split_sentences(body)
    assert again == first and again is not first  # each caller owns its list
    again.clear()
    assert split_sentences(body) == first


def test_another_body_is_split_afresh() -> None:
    assert [s.text for s in split_sentences("One fell. Two ran.")] == ["One fell.", "Two ran."]
    assert [s.text for s in split_sentences("Three hid.")] == ["Three hid."]
    assert split_sentences("") == []
