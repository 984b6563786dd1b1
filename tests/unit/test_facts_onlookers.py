"""Vehicles and places that are not the incident's (invented sentences)."""

from __future__ import annotations

import pytest

from tests.unit.test_facts_wordings import values

VEHICLE = "vehicle"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # an aircraft told where it watches from is an onlooker
        ("A car hit a wall. The helicopter above us has not moved for an hour.", []),
        ("A van hit a wall. Two helicopters circled overhead for an hour.", []),
        ("A chopper was hovering over the square all night.", []),
        # an aircraft the sentence brings down is the incident's
        ("A helicopter crashed above the harbour on Monday.", ["helicopter"]),
        ("A helicopter hovering over the lake plunged into the water.", ["helicopter"]),
    ],
)
def test_an_aircraft_watching_is_no_vehicle_of_the_incident(text: str, want: list[str]) -> None:
    assert [v for v in values(text, VEHICLE) if "heli" in str(v) or "chopper" in str(v)] == want
