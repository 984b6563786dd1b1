"""A vehicle named in a simile after any verb or noun is a likeness, not the incident's vehicle,
and shared minibuses and three-wheelers go by their names in other countries; invented sentences
(none from a dev, check, real or authored report)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.test_facts_wordings import values

VEHICLE = "vehicle"

LIKENESS: list[tuple[str, list[Any]]] = [
    ('She heard an engine roaring down the highway "like an aeroplane".', []),
    ("Residents heard a roar like a goods train before the dam burst.", []),
    ("The ferry shook like a small boat in the swell.", []),
    ("It sounded like a lorry had hit the wall.", []),
    # the vehicle of the report beside a simile of something else
    ("A pickup came round the corner like a rocket and hit the stall.", ["pickup"]),
    ("A white minibus overturned on the bend.", ["white minibus"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "want"), LIKENESS)
def test_a_vehicle_in_a_simile(text: str, want: list[Any]) -> None:
    assert values(text, VEHICLE) == want


# Shared minibuses, taxis and three-wheelers by the names other countries give them.
REGIONAL: list[tuple[str, list[Any]]] = [
    ("Rescuers found a daladala crushed under the fallen wall.", ["daladala"]),
    ("A packed trotro overturned near the junction.", ["tro-tro"]),
    ("A tricycle carrying five passengers was hit by the bus.", ["tricycle"]),
    ("Witnesses said the colectivo swerved off the road.", ["colectivo"]),
    ("An overloaded marshrutka left the road near the bridge.", ["marshrutka"]),
    ("A songthaew carrying tourists rolled down the slope.", ["songthaew"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "want"), REGIONAL)
def test_regional_shared_vehicles(text: str, want: list[Any]) -> None:
    assert values(text, VEHICLE) == want
