"""A run-on sentence is cut at clause breaks, so per-sentence rules stay bounded (linear text)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from incident_reader.core.facts.text import MAX_SENTENCE_CHARS, split_sentences


def test_a_run_on_is_cut_after_a_comma_and_keeps_offsets() -> None:
    text = "Two men were hurt at 9am, " * 400 + "police said."
    pieces = split_sentences(text)
    assert len(pieces) > 1
    assert all(len(p.text) <= MAX_SENTENCE_CHARS for p in pieces)
    assert all(text[p.start : p.end] == p.text for p in pieces)
    assert all(p.text.endswith(",") for p in pieces[:-1])  # cut at the clause break


def test_ordinary_sentences_are_untouched() -> None:
    text = "A van hit a crowd on Monday. Three people were injured, police said."
    assert [p.text for p in split_sentences(text)] == [
        "A van hit a crowd on Monday.",
        "Three people were injured, police said.",
    ]


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet="ab ,;\t.", min_size=0, max_size=9000))
def test_pieces_are_bounded_and_cover_the_words(text: str) -> None:
    pieces = split_sentences(text)
    assert all(len(p.text) <= MAX_SENTENCE_CHARS for p in pieces)
    assert all(text[p.start : p.end] == p.text for p in pieces)
    words = "".join(text.split())
    assert "".join("".join(p.text.split()) for p in pieces) == words
