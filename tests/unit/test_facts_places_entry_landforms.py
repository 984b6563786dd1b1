"""Places reached in four shapes: a preposition inside an "of" phrase that is no place ("the gangway
of a barge slipped at X"), a named premises entered by force ("gunmen stormed the X Bar on Y
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
        "A deckhand was hurt when the gangway of a barge slipped at the Baybay port in this town"
        " on Monday.",
        "baybay port",
    ),
    ("Police were told of a crash on Kell Bridge, south of Dunmore, on Monday.", "kell bridge"),
    ("The roof of a barn at Hollins Farm collapsed on Sunday, injuring four.", "hollins farm"),
    # a premises entered by force
    (
        "Three masked men stormed the Red Heron Bar on Okafor Street late on Friday and shot two"
        " drinkers.",
        "red heron bar",
    ),
    (
        "Armed men invaded the Copper Pot Hotel, Nnewi Road, Awkuzu, on Friday and shot three"
        " guests dead.",
        "copper pot hotel",
    ),
    # a named landform moved down or up
    (
        "Two trampers drowned on Sunday while descending Kauri Gorge after a night of heavy rain.",
        "kauri gorge",
    ),
    (
        "Two climbers died on Sunday while ascending Mount Arrow when a cornice collapsed.",
        "mount arrow",
    ),
    # held hostage at a premises: the incident, not a custody
    (
        "Two cashiers were held hostage in Dunmore's Castle Street post office for three hours"
        " on Friday.",
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
