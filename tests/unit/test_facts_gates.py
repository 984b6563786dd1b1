"""The extractor gates: a sentence a gate turns away holds nothing for its extractor."""

from __future__ import annotations

from pathlib import Path

import pytest

from incident_reader.core.facts.gates import may_locate
from incident_reader.core.facts.places import places
from incident_reader.core.facts.text import sentence_of, split_sentences

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared" / "data"

INVENTED = [
    ("the crash happened at the junction of 5 and 6 after dark.", True),
    ("flat 3 was gutted and a neighbour in Flat 4 was treated for smoke.", True),
    ("Smoke poured from the roof as crews arrived.", False),
    ("A fire broke out in the barn shortly after midnight.", False),
    ("Witnesses said a van mounted the pavement on Harbour Street.", True),
    ("Two men were taken to the Royal Infirmary.", True),
    ("Smoke filled the room and people fled as the ceiling gave way.", False),
    ("Harbour pub shooting leaves two dead", True),  # a premises before an event noun
]


@pytest.mark.parametrize(("text", "gate"), INVENTED)
def test_the_place_gate_reads_capitals_units_and_junctions(text: str, gate: bool) -> None:
    s = sentence_of(text)
    assert may_locate(s) is gate
    if not gate:
        assert places(s) == []


def _texts() -> list[str]:
    paths = [*sorted((ROOT / "seeds").glob("*.txt"))]
    for folder in ("report-pairs", "real-reports"):
        paths += sorted((SHARED / folder).glob("*/*.txt"))
    return [p.read_text(encoding="utf-8") for p in paths]


def test_a_sentence_the_place_gate_turns_away_holds_no_place() -> None:
    texts = _texts()
    if not texts:
        pytest.skip("no reports to read")
    turned_away = 0
    for text in texts:
        for s in split_sentences(text):
            if not may_locate(s):
                turned_away += 1
                assert places(s) == [], s.text
    assert turned_away > 100  # the gate is worth its test on real text


def test_letters_a_case_blind_regex_reads_as_ascii_pass_the_word_gates() -> None:
    # "İ", "ı" and "ſ" match "i", "i" and "s" in the case-blind rules: the keys see them so too
    from incident_reader.core.facts.casualties import casualties

    found = casualties(sentence_of("Two men were kİlled."), None)
    assert [(f.kind, f.value) for f in found] == [("casualties.killed", 2)]
    assert "scen" in sentence_of("The ſcene was sealed.").keys
