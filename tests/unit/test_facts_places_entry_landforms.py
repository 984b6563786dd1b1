"""Places reached in four shapes: a preposition inside an "of" phrase that is no place ("the ramp
of a ferry gave way at X"), a named premises entered by force ("gunmen stormed the X Bar on Y
Street"), a named landform moved down or up ("descending X Gorge"), and people held hostage at a
premises (no custody). Every sentence is invented for these tests."""

from __future__ import annotations

import pytest

from incident_reader.core.facts.place_words import is_landform
from tests.unit.test_facts_when_places import _facts

PLACE = "incident.place"

FOUND = [
    # a preposition inside an "of" phrase set aside reaches its own place
    (
        "Two passengers died when the gangway of a ferry gave way at the Baybay port in this town"
        " on Monday morning.",
        "baybay port",
    ),
    ("Reports are coming in of a crash on Kell Bridge, south of Dunmore.", "kell bridge"),
    ("The roof of a barn at Hollins Farm collapsed on Sunday, injuring four.", "hollins farm"),
    # a premises entered by force
    (
        "Gunmen stormed the Red Heron Bar on Okafor Street at about 11pm on Saturday and opened"
        " fire, killing two people.",
        "red heron bar",
    ),
    (
        "Armed men invaded the Copper Pot Hotel, Nnewi Road, Awkuzu, on Friday and shot three"
        " guests dead.",
        "copper pot hotel",
    ),
    # a named landform moved down or up
    (
        "A party of six was descending Kauri Gorge when a flash flood swept through on Saturday,"
        " killing two.",
        "kauri gorge",
    ),
    (
        "Two climbers died on Sunday while ascending Mount Arrow when a cornice collapsed.",
        "mount arrow",
    ),
    # held hostage at a premises: the incident, not a custody
    (
        "Four people held hostage in Dunmore's Castle Street post office by an armed man were"
        " freed unharmed yesterday.",
        "post office",
    ),
    ("Two clerks were held at gunpoint at the Kelby Inn on Friday night.", "kelby inn"),
]


@pytest.mark.parametrize(("text", "place"), FOUND)
def test_the_place_is_found(text: str, place: str) -> None:
    assert any(place in str(v) for v in _facts(text, PLACE))


NOT_FOUND = [
    # a person's "of" keeps its own rule: where they belong is no scene
    (
        "The mother of a boy at Kell Primary School said he was hurt in the crash on Friday.",
        "kell primary school",
    ),
    # a country or a town entered is no scene
    ("The lorry had entered Germany hours before it crashed on Monday.", "germany"),
    ("The convoy had descended Dunmore before the crash on Monday.", "dunmore"),
    # a custody is a sequel
    (
        "A man was held in custody at Kelby Police Station after the stabbing on Friday.",
        "kelby police station",
    ),
]


@pytest.mark.parametrize(("text", "place"), NOT_FOUND)
def test_no_scene(text: str, place: str) -> None:
    assert not any(place in str(v) for v in _facts(text, PLACE))


@pytest.mark.parametrize(
    ("name", "landform"),
    [
        ("Kauri Gorge", True),
        ("Haast Falls", True),
        ("Mount Arrow", True),
        ("Loch Arkaig", True),
        ("Falls", False),
        ("Dunmore", False),
        ("Market Street", False),
    ],
)
def test_landform_names(name: str, landform: bool) -> None:
    assert is_landform(name) is landform
