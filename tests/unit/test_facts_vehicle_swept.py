"""A vehicle carried off by water or wind ("the minibus was swept off the crossing", "a tour bus
was washed into the gorge") is the vehicle of the incident, as one that overturned is.

Every sentence here is invented for these tests (none is taken from a report of the data sets).
"""

from __future__ import annotations

import pytest

from tests.unit.test_facts_when_places import _facts

VEHICLE = "vehicle"

CASES = [
    (
        "Three pupils died when the school minibus carrying them was swept away by the river.",
        ["school minibus"],
    ),
    ("The Quantum minibus was swept off the crossing by the flood.", ["quantum minibus"]),
    ("The minibus was swept off the bridge by floodwater.", ["minibus"]),
    ("A tour bus was washed into the gorge by a mudslide.", ["tour bus"]),
    ("The ferry was swept onto rocks by a storm.", ["ferry"]),
    ("A caravan was blown over by the gale on the M6.", ["caravan"]),
    # what was swept is no vehicle
    ("Debris was swept off the road by crews.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_vehicle_carried_off(text: str, expected: list[str]) -> None:
    assert _facts(text, VEHICLE) == expected
