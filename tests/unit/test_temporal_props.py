"""Property tests: the tagger never raises and always returns exact, ordered, well-formed TIMEX3."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from incident_reader.core.temporal import infer_dct, is_valid, tag
from incident_reader.core.temporal.tagger import scan
from incident_reader.core.temporal.timeml import MODS, TYPES

ROOT = Path(__file__).resolve().parents[2]
SEEDS = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
PIECES = [
    "7.30am", "on Tuesday", "last night", "May", "2017", " 11 months ago", "the 1990s", "noon",
    "0800 789 321", ", 47,", "\n11.58am: ", "this morning", "shortly after", "Sept. 30", "'80s",
    "every Monday", "the past three years", "12:", ".", "£", "ÿ", "\u2019s", "24:00", "99:99",
]  # fmt: skip
DCTS = st.sampled_from(
    [None, "", "2018-08-14", "1998-02-06T22:19:00", "2024-02-29", "1989", "junk"]
)


def check(text: str, dct: str | None) -> None:
    found = tag(text, dct)
    last_end = 0
    for t in found:
        assert 0 <= t.start < t.end <= len(text)
        assert t.start >= last_end
        assert text[t.start : t.end] == t.text
        assert t.type in TYPES
        assert is_valid(t.value), t.value
        assert t.mod is None or t.mod in MODS
        last_end = t.end


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=300), DCTS)
def test_arbitrary_text(text: str, dct: str | None) -> None:
    check(text, dct)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=8)), max_size=30), DCTS)
def test_temporal_looking_noise(pieces: list[str], dct: str | None) -> None:
    check("".join(pieces), dct)


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(range(len(SEEDS))),
    st.lists(st.tuples(st.floats(0, 1), st.integers(0, 12), st.text(max_size=10)), max_size=6),
    DCTS,
)
def test_seeds_with_random_edits(
    seed: int, edits: list[tuple[float, int, str]], dct: str | None
) -> None:
    text = SEEDS[seed]
    for where, cut, insert in edits:
        at = int(where * len(text))
        text = text[:at] + insert + text[at + cut :]
    check(text, dct)
    inferred = infer_dct(text)
    assert inferred is None or is_valid(inferred)


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(range(len(SEEDS))),
    st.lists(st.tuples(st.floats(0, 1), st.sampled_from(PIECES)), max_size=8),
    DCTS,
)
def test_word_dispatch_finds_what_the_full_scan_finds(
    seed: int, inserts: list[tuple[float, str]], dct: str | None
) -> None:
    """Trying only the rules that can start at a word loses nothing against trying them all."""
    text = SEEDS[seed]
    for where, piece in inserts:
        at = int(where * len(text))
        text = text[:at] + " " + piece + " " + text[at:]
    assert scan(text, dct) == scan(text, dct, exhaustive=True)
