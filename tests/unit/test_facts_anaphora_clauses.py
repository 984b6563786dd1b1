"""The anaphor clauses of a sentence are found as a scan of every character finds them."""

from __future__ import annotations

from pathlib import Path

from incident_reader.core.facts import anaphora
from incident_reader.core.facts.text import Sentence, sentence_of, split_sentences

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def _spans(sentence: Sentence) -> list[tuple[int, int]]:
    return [m.span() for m in anaphora._clauses(sentence)]


def _scanned(sentence: Sentence) -> list[tuple[int, int]]:
    return [m.span() for m in anaphora._CLAUSE.finditer(sentence.text)]


def test_clauses_after_a_joint_and_at_the_start_are_found() -> None:
    opening = sentence_of("They were taken to hospital.")
    joined = sentence_of("Four men were rescued AND they were flown to Leeds.")
    colon = sentence_of("Update: all were treated at the scene.")
    none = sentence_of("Four men were rescued when they were found.")
    assert _spans(opening) == _scanned(opening) != []
    assert _spans(joined) == _scanned(joined) and len(_spans(joined)) == 1
    assert _spans(colon) == _scanned(colon) != []
    assert _spans(none) == _scanned(none) == []


def test_every_seed_sentence_finds_what_the_scan_finds() -> None:
    sentences = [
        s for path in sorted(SEEDS.glob("*.txt")) for s in split_sentences(path.read_text())
    ]
    assert len(sentences) > 100
    for s in sentences:
        assert _spans(s) == _scanned(s), s.text
    bare = Sentence(0, 30, "They were all taken to hospital")  # no lower-case copy given
    assert _spans(bare) == _scanned(bare) != []
