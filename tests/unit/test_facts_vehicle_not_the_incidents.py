"""Vehicles a report names that are not the incident's, and one vehicle told in two words or
with a model named like a make.

A vehicle someone only imagined or likened the event to ("I thought a boat had exploded", "it
sounded like a helicopter crashing") and one that carried the hurt to care ("taken to hospital
in the back of a pick-up") are no vehicle of the incident. "The lorry" after "a heavy truck"
is the truck told again, and so is "the lorry" after a make that builds lorries ("a white
Scania R450"). A model may be named like a make: "a Land Rover Range Rover Sport" is one vehicle.

Every sentence here is invented for these tests (none is taken from a report of the data sets).
"""

from __future__ import annotations

import pytest

from tests.unit.test_facts_when_places import _facts

VEHICLE = "vehicle"

CASES = [
    # imagined or likened
    ('"I thought a boat had exploded in the harbour," said one neighbour.', []),
    ("It sounded like a helicopter crashing into the roof, one resident said.", []),
    ("We felt as if a lorry had hit the wall.", []),
    ('"I thought the tractor would stop," he said.', ["tractor"]),
    # the care's transport
    (
        "The injured were taken to Kelby General Hospital and to a clinic in Marsh End, some of "
        "them in the back of a pick-up belonging to a farmer.",
        [],
    ),
    ("Villagers rushed the wounded to the health centre aboard a speedboat.", []),
    ("A man was taken to hospital after a pick-up hit his motorbike.", ["pick-up"]),
    ("The ambulance taking him to hospital was hit by a lorry.", ["lorry"]),
    ("The ambulance taking him to hospital collided with a lorry.", ["lorry"]),
    # one vehicle in two words
    (
        "A heavy truck lost its brakes on the hill. Witnesses said the lorry came down the slope "
        "at speed.",
        ["heavy truck"],
    ),
    ("A truck hit a car. Later a lorry overturned nearby.", ["truck", "lorry"]),
    (
        "The driver of the lorry that hit the stalls was arrested. He was driving a white Scania "
        "R450 when it ran into the market.",
        ["white scania r450"],
    ),
    ("The lorry that hit the stalls had no brakes. It was a white Volvo FH.", ["white volvo fh"]),
    ("The car that hit the stalls had no brakes. It was a white Volvo XC90.", ["white volvo xc90"]),
    # a model named like a make, and models of three words
    (
        "The vehicle, a black Land Rover Range Rover Sport, had been reported stolen.",
        ["black land rover range rover sport"],
    ),
    (
        "The driver of a blue Nissan Navara Double Cab lost control.",
        ["blue nissan navara double cab"],
    ),
    ("He drove a silver Ford Focus Estate into the river.", ["silver ford focus estate"]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_vehicles_of_the_incident(text: str, expected: list[str]) -> None:
    assert _facts(text, VEHICLE) == expected
