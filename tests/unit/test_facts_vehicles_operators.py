"""Vehicles told by their operator, a colour before an unlisted make after "the", a head that is
also a person's noun where it acts, an idiom of burning, and compound heads ("a goods vehicle",
"a mini-lorry"); and a road named after a part's "of". Every sentence is invented for these
tests."""

from __future__ import annotations

import pytest

from tests.unit.test_facts_when_places import _facts

PLACE, VEHICLE = "incident.place", "vehicle"

VEHICLES = [
    # an operator after the head, set off by commas
    (
        "The Galway-bound coach, operated by Brennan Tours, pulled onto the hard shoulder at 6pm"
        " on Friday after smoke was seen.",
        "brennan tours",
    ),
    # the driver of a vehicle named by its operator
    (
        "A bus caught fire on Friday. The driver of the Kessel Travel vehicle escaped unhurt.",
        "kessel travel",
    ),
    # a head that is also a person's noun, where the vehicle acts
    ("Thirty people escaped when a coach caught fire near Tarbet on Friday.", "coach"),
    # Irish English burning idiom
    ("Gardai closed the road after a bus went on fire near Ardmore on Monday.", "bus"),
    # the + colour + unlisted make + head
    ("The red Massey Ferguson tractor was dragged along the line on Monday.", "massey ferguson"),
    # compound heads
    ("Workers were unloading crates from a mini-lorry when the blast hit on Monday.", "mini-lorry"),
    ("Fireworks were being unloaded from a goods vehicle when it exploded on Monday.", "goods"),
    ("A man on a mobility scooter was hit by a van on Friday.", "van"),
    # an operator before a named vessel that acts after its name
    ("The Seaway ferry Morning Tern ran aground off Kessa on Sunday.", "ferry morning tern"),
    # a hyphenated make after "the" and a colour; a hyphened participle; a possessive that acts
    ("The yellow Wave-Rider jet ski struck the pier at Kessa on Sunday.", "wave-rider jet ski"),
    ("The ferry, a locally-made wooden boat, capsized near Idu on Friday.", "locally-made"),
    ("No charges were filed after her pickup crashed into a shop in Dalton on Friday.", "pickup"),
    # an event noun after the head names the event by its vehicle
    ("A teenager was hurt in a jet ski accident off Kessa on Sunday.", "jet ski"),
    # leaving the carriageway acts
    ("The 53-seat coach, run by Loch Tours, left the carriageway on Friday.", "loch tours"),
    # a plate number between the vehicle and its verb
    ("Police said a minibus with plate number KDA 114X overturned near Voi on Monday.", "minibus"),
]


@pytest.mark.parametrize(("text", "vehicle"), VEHICLES)
def test_vehicles_by_operator_colour_and_compound_heads(text: str, vehicle: str) -> None:
    assert any(vehicle in str(v) for v in _facts(text, VEHICLE))


def test_a_coach_who_speaks_is_no_vehicle() -> None:
    text = "A player was hurt in a crash on Friday. The youth team coach said the club was shocked."
    assert not any("coach" in str(v) for v in _facts(text, VEHICLE))


def test_a_numbered_road_after_a_part_of_is_the_place_and_a_county_no_town() -> None:
    text = (
        "Gardai closed the southbound carriageway of the N20 in Co Limerick after a lorry"
        " overturned on Monday."
    )
    places = [str(v) for v in _facts(text, PLACE)]
    assert any("n20" in p for p in places)
    assert not any("limerick" in p for p in places)


def test_a_registration_abbreviation_ends_no_sentence() -> None:
    text = (
        "A fatal crash involving one tanker (reg. no. KTU 442 XA) occurred at about 11.40am on"
        " Monday at Ogere, along the Lagos-Ibadan Expressway."
    )
    assert any("ogere" in str(v) for v in _facts(text, PLACE))


def test_a_plate_number_joins_the_span_not_the_value() -> None:
    text = "A white van, registration KX19 ABC, hit a wall in Harport on Friday."
    assert "white van" in _facts(text, VEHICLE)
