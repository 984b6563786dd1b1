"""Places and vehicles in other house styles: US street abbreviations, hull numbers after a
vessel's name, a model year after a colour. Every sentence is invented for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.test_facts_when_places import _facts

PLACE, VEHICLE = "incident.place", "vehicle"

ABBREVIATED_STREETS = [
    (
        "Deputies were called to the 900 block of W. Orchard Ave. after a shooting on Monday.",
        "west orchard avenue",
    ),
    (
        "A van struck a cyclist in the 100 block of N. Kettle Rd. on Friday night.",
        "north kettle road",
    ),
    ("A car hit a pedestrian on Lorne St. in Dunmore on Friday night.", "lorne street, dunmore"),
]


@pytest.mark.parametrize(("text", "place"), ABBREVIATED_STREETS)
def test_abbreviated_street_names_spelt_out(text: str, place: str) -> None:
    assert place in _facts(text, PLACE)


HULL_NUMBERS = [
    ("The trawler Sea Lark No. 7 capsized off Harnish on Sunday.", "sea lark no. 7"),
    ("The ferry Morning Star II ran aground off Kessa on Sunday.", "morning star ii"),
    ("A fire broke out on board the MV Tallis 3 off Kessa on Sunday.", "mv tallis 3"),
]


@pytest.mark.parametrize(("text", "name"), HULL_NUMBERS)
def test_a_hull_number_is_part_of_the_vessel_name(text: str, name: str) -> None:
    assert any(name in v for v in _facts(text, VEHICLE))


def test_a_model_year_after_a_colour_dates_no_incident() -> None:
    text = (
        "A woman was hit on Mill Lane in Harport on Friday night. The driver of the van, a white"
        " 2019 Ford Transit, did not stop."
    )
    vehicles: list[Any] = _facts(text, VEHICLE)
    assert any("transit" in v for v in vehicles)


# A report that names no other place takes a numbered road only where it locates the scene, not
# where the road was closed or diverted, nor as a route's end.
FALLBACK_ROADS = [
    (
        "A lorry overturned early on Monday, killing its driver. The M4 was closed for six hours"
        " and traffic was diverted onto the A34.",
        [],
    ),
    (
        "A coach crashed on Sunday night, killing three. It had set off from Leeds on the M1 hours"
        " earlier.",
        [],
    ),
    (
        "A coach crashed on Sunday night, killing three. The coach left the carriageway of the M1"
        " near a bend.",
        ["m1"],
    ),
]


@pytest.mark.parametrize(("text", "places"), FALLBACK_ROADS)
def test_a_numbered_road_stands_for_the_scene_only_where_it_locates_it(
    text: str, places: list[str]
) -> None:
    assert _facts(text, PLACE) == places


MAKES_WITH_MODIFIERS = [
    ("The twin-engine Beechcraft 200 went down short of the runway at Kelby.", "beechcraft 200"),
    ("The single-engine Piper PA-28 crashed into a field near Harnish.", "piper pa-28"),
    ("The Sea Wren went down within minutes off Kessa, the coastguard said.", "sea wren"),
]


@pytest.mark.parametrize(("text", "vehicle"), MAKES_WITH_MODIFIERS)
def test_a_craft_by_its_make_and_model_or_its_name(text: str, vehicle: str) -> None:
    assert vehicle in _facts(text, VEHICLE)


def test_an_abbreviated_street_before_lower_case_does_not_end_the_sentence() -> None:
    text = "Officers responded to a crash at a house on Maple Ave. in Linwood on Friday night."
    assert any("maple avenue" in p for p in _facts(text, PLACE))
    text = "At 2:14 p.m. on Friday, officers responded to a plane down at a home on Elm Rd."
    assert "elm road" in _facts(text, PLACE)


CABLE_AND_ROAD_HEADS = [
    ("A cable car cabin fell onto a trail on Mount Orro on Saturday.", "cable car"),
    ("A tempo traveller rammed a parked lorry near Kittapur on Sunday.", "tempo traveller"),
]


@pytest.mark.parametrize(("text", "vehicle"), CABLE_AND_ROAD_HEADS)
def test_cable_cars_and_tempos_are_vehicles(text: str, vehicle: str) -> None:
    assert vehicle in _facts(text, VEHICLE)


SECOND_MENTIONS = [
    # a relative clause's verb makes a described vehicle the one that acted
    (
        "Police charged the driver of the fuel tanker that exploded on Monday near Kelby.",
        "fuel tanker",
    ),
    # a vehicle that fell is the one of the incident
    (
        "Nine people died after an interstate minibus fell into a gorge near Orro.",
        "interstate minibus",
    ),
]


@pytest.mark.parametrize(("text", "vehicle"), SECOND_MENTIONS)
def test_a_vehicle_that_acted_in_a_relative_clause_or_fell(text: str, vehicle: str) -> None:
    assert vehicle in _facts(text, VEHICLE)
