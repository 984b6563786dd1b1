"""One vocabulary of makes, models, colours and street words for the extractors and the comparer."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from incident_reader.core.align import wording
from incident_reader.core.align.values import COMPATIBLE, CONFLICT
from incident_reader.core.facts import extract, vocabulary
from incident_reader.core.facts.conflicts import compatible
from incident_reader.core.facts.places import is_street_level
from incident_reader.core.model import DctSource, Report


def values(text: str, kind: str) -> list[Any]:
    report = Report("r", Path("r.txt"), "", text, "2024-06-15", DctSource.HEADER, "0")
    return [f.value for f in extract(report, "2024-06-15", ()).facts if f.kind == kind]


def _title(phrase: str) -> str:
    return "-".join(p.capitalize() for p in phrase.replace(" ", " _").split("-")).replace(" _", " ")


def test_the_comparer_reads_the_extractors_tables() -> None:
    assert wording.MAKES is vocabulary.MAKES and wording.MODELS is vocabulary.MODELS
    assert wording.COLOURS is vocabulary.COLOURS
    assert wording.STREET_WORDS == frozenset(vocabulary.STREET_WORDS)
    assert wording.SITE_WORDS == frozenset(vocabulary.SITE_WORDS)


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(sorted(vocabulary.MAKES)), st.sampled_from(("white", "silver", "gray")))
def test_any_make_found_is_read_as_that_make(make: str, colour: str) -> None:
    written = " ".join(_title(w) for w in make.split())
    found = values(f"Witnesses said a {colour} {written} car drove off.", "vehicle")
    assert len(found) == 1, found
    parsed = wording.parse_vehicle(found[0])
    assert parsed.makes == {vocabulary.MAKES[make]}
    assert parsed.colours == {vocabulary.COLOURS[colour]}


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(sorted(vocabulary.MODELS)))
def test_any_model_found_knows_its_make(model: str) -> None:
    found = values(f"Witnesses said a silver {model.capitalize()} drove off.", "vehicle")
    assert len(found) == 1, found
    assert wording.parse_vehicle(found[0]).makes == {vocabulary.MODELS[model]}


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(vocabulary.STREET_WORDS), st.from_regex(r"[A-Z][a-z]{3,8}", fullmatch=True))
def test_any_street_word_is_a_street_to_both(word: str, name: str) -> None:
    place = f"{name} {word.capitalize()}"
    assert is_street_level(place.lower())
    assert wording.compare_places(f"{place}, Ashwold", f"Other {word}, Ashwold") == CONFLICT


@pytest.mark.parametrize(
    "sentence",
    [
        "Jazz fans gathered in the square.",
        "Focus groups were held at the Golf Club on Monday.",
        "Transit police said the Discovery Channel filmed the match.",
        "The band played jazz in the square when a car hit the crowd.",
        "She said the new policy was an accord between the councils.",
        "Sprinter Ama Lee said she had seen the van.",
    ],
)
def test_a_model_that_is_an_ordinary_word_is_no_vehicle(sentence: str) -> None:
    found = values(sentence, "vehicle")
    assert not set(found) & set(vocabulary.ORDINARY_WORD_MODELS), found


@pytest.mark.parametrize(
    ("sentence", "vehicle"),
    [
        ("He was driving a Focus when it crashed.", "focus"),
        ("He drove off in a Jazz after the crash.", "jazz"),
        ("A man drove a Honda Jazz into a crowd.", "honda jazz"),
        ("A grey Merc was seen leaving the car park.", "grey merc"),
        ("Police want to trace a black Range Rover Evoque.", "black range rover evoque"),
    ],
)
def test_a_model_among_vehicle_words_is_a_vehicle(sentence: str, vehicle: str) -> None:
    assert vehicle in values(sentence, "vehicle")


@pytest.mark.parametrize(
    ("a", "b", "ok"),
    [
        ("gray ford", "grey ford focus", True),  # one colour, two spellings
        ("merc sprinter", "mercedes van", True),  # an alias of the make
        ("land rover", "land rover discovery", True),
        ("land rover discovery", "land rover defender", False),
        ("silver fiesta", "silver focus", False),  # two Fords
        ("dark blue ford", "light blue ford focus", False),
        ("range rover", "land rover discovery", False),
    ],
)
def test_internal_vehicle_conflicts_read_the_vocabulary(a: str, b: str, ok: bool) -> None:
    assert compatible("vehicle", a, b) is ok
    assert (wording.compare_vehicles(a, b) != CONFLICT) is ok


def test_a_two_word_make_is_one_make_to_the_comparer() -> None:
    assert wording.parse_vehicle("black land rover discovery").makes == {"land rover"}
    assert wording.parse_vehicle("black land rover discovery").models == {"discovery"}
    assert wording.parse_vehicle("white mercedes-benz sprinter").makes == {"mercedes"}
    assert wording.compare_vehicles("white mercedes-benz sprinter", "white merc van") == COMPATIBLE
