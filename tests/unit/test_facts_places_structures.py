"""Places named by a structure and places that are no scene: a part of a named jetty, a town's
ice rink, a county named before its name, a body placed in a state, a getaway's road. Every
sentence is invented for these tests."""

from __future__ import annotations

import pytest

from tests.unit.test_facts_when_places import _facts

PLACE = "incident.place"

# A named structure: after a part's "of", owned by a town, or the subject with no preposition.
STRUCTURES = [
    (
        "Nine people were hurt when a section of the Tarrow town jetty gave way on Sunday.",
        "tarrow town jetty",
    ),
    ("Part of the Glenmore footbridge collapsed under a crowd on Friday night.", "footbridge"),
    ("Six people were treated after a chlorine leak at Kelso's swimming pool on Monday.", "kelso"),
    ("Two men died after an ammonia leak at Brackley's ice rink on Tuesday.", "ice rink"),
    ("A boy was injured when the Harport boardwalk gave way on Saturday.", "harport boardwalk"),
    ("A worker died when the Dunlow viaduct scaffolding fell on Friday.", "dunlow viaduct"),
]


@pytest.mark.parametrize(("text", "place"), STRUCTURES)
def test_a_named_structure_is_the_scene(text: str, place: str) -> None:
    assert any(place in str(v) for v in _facts(text, PLACE))


# Not the scene: a county named before its name, a body placed somewhere, a getaway's road.
NO_SCENE = [
    ("Gardai closed the N20 in Co Cork after a lorry overturned on Monday.", "co cork"),
    ("A van crashed in County Mayo on Friday, killing its driver.", "county mayo"),
    (
        "The spokesman of the State Fire Service in Kano said the tanker exploded on Monday.",
        "kano",
    ),
    (
        "A man was shot at a bar on Monday. The gunman fled in a grey Audi heading south on"
        " Route 12.",
        "route 12",
    ),
    (
        "Two women were stabbed outside a shop on Friday. The attacker then made off on foot"
        " towards Mill Lane.",
        "mill lane",
    ),
]


@pytest.mark.parametrize(("text", "place"), NO_SCENE)
def test_counties_bodies_and_getaway_roads_are_no_scene(text: str, place: str) -> None:
    assert not any(place in str(v) for v in _facts(text, PLACE))


def test_a_place_after_a_getaway_and_an_onset_verb_is_the_scene() -> None:
    text = "The driver fled north after crashing into a wall on Hollin Street on Friday night."
    assert any("hollin street" in str(v) for v in _facts(text, PLACE))


# Sites found by their shape: a numbered exit or junction of a road, a site an unnamed town owns,
# a room of a named premises (the premises is the place), a junction's second name before a day.
SHAPES = [
    ("Two people were shot near exit 14 of Interstate 65 on Sunday.", "interstate 65, exit 14"),
    (
        "A van overturned between junctions 7 and 8 of the M62 on Friday.",
        "m62, junctions 7 and 8",
    ),
    (
        "Four people were hurt when a stall exploded in the town's main square on Saturday.",
        "main square",
    ),
    ("A woman was stabbed outside the city's central station on Friday.", "central station"),
    ("A chlorine leak was found in the Lakeside Arena's pump room on Friday.", "lakeside arena"),
    (
        "A car crashed at the junction of Tay Road and Low Street on Friday.",
        "tay road and low street",
    ),
]


@pytest.mark.parametrize(("text", "place"), SHAPES)
def test_sites_found_by_their_shape(text: str, place: str) -> None:
    assert place in [str(v) for v in _facts(text, PLACE)]


def test_the_towns_mayor_is_no_place() -> None:
    assert _facts("The town's mayor said the blast on Friday was a tragedy.", PLACE) == []


# No scene: where people were moved to, where a journey set off, a diversion's route, an earlier
# event told in comparison; a past tense ends a premises' name.
NOT_THE_SCENE = [
    (
        "About 200 skaters were evacuated to the nearby Tolland Sports Centre after the leak.",
        "tolland sports centre",
    ),
    ("The bus had left Harport Airport at 6pm when it caught fire on Friday.", "harport airport"),
    ("Traffic was diverted through Kilmoy after the lorry fire on Friday.", "kilmoy"),
    ("It was the worst crash on the road since a bus crash at Tarbet in 2016.", "tarbet"),
    ("The blast came a year after a similar explosion at a depot in Sattur.", "sattur"),
]


@pytest.mark.parametrize(("text", "place"), NOT_THE_SCENE)
def test_destinations_origins_diversions_and_earlier_events_are_no_scene(
    text: str, place: str
) -> None:
    assert not any(place in str(v) for v in _facts(text, PLACE))


def test_a_past_tense_ends_a_premises_name() -> None:
    text = "The shooting at the Kessel Arms came a day after a row on Friday."
    assert "kessel arms" in [str(v) for v in _facts(text, PLACE)]
