"""A service's unit number told as "number N" or as a train's headcode is part of the vehicle
("Bus number 12", "Train 1K42"), so two reports giving other numbers conflict.

Every phrase here is invented for these tests (none is taken from a report of the data sets).
"""

from __future__ import annotations

import pytest

from incident_reader.core.align.wording import compare_vehicles
from incident_reader.core.facts.text import sentence_of
from incident_reader.core.facts.vehicles import vehicles


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Bus number 12 crashed into a shelter on Grove Street, Ellerby.", "bus 12"),
        ("Bus No. 21 crashed into a shelter.", "bus 21"),
        ("Train 1K42 derailed near Sowerby Bridge on Thursday.", "train 1k42"),
        ("The number 47 bus hit a bollard.", "number 47 bus"),
        ("A bus crashed into a shelter on Monday.", "bus"),
    ],
)
def test_a_unit_number_is_part_of_the_vehicle(sentence: str, value: str) -> None:
    assert [f.value for f in vehicles(sentence_of(sentence))] == [value]


def test_two_unit_numbers_conflict() -> None:
    assert compare_vehicles("bus 12", "bus 21") == "conflict"
    assert compare_vehicles("train 1k42", "train 1k24") == "conflict"
