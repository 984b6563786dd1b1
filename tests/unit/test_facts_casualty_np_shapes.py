"""A counted noun phrase by its shape, with where its people were after the head ("two workers in
the vicinity", "a passenger on the bus"), and a hospital by its kind of facility (invented
sentences, several wordings of each structure)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.test_facts_wordings import values

KILLED, INJURED, HOSPITAL = (
    "casualties.killed",
    "casualties.injured",
    "casualties.hospitalised",
)

# count + modifiers + head + a phrase of place, then the clause's verb group.
WHERE_AFTER_HEAD: list[tuple[str, str, list[Any]]] = [
    ("Two other workers in the vicinity were injured.", INJURED, [2]),
    ("Three passengers on the bus were hurt.", INJURED, [3]),
    ("Four men at the site were killed.", KILLED, [4]),
    ("Two people in the car died.", KILLED, [2]),
    ("Five pupils from the school were taken to hospital.", HOSPITAL, [5]),
    ("At least 30 people in the market were injured.", INJURED, [{"min": 30, "max": None}]),
    # a participle before the phrase is a reduced relative: the set is counted as before
    ("Three of the nine workers pulled from the rubble were taken to hospital.", HOSPITAL, [3]),
    # a head that names no people stays no count
    ("Two hours in the sun were enough to make him ill.", INJURED, []),
]
# The same in a list of people: each part may say where its person was.
WHERE_IN_A_LIST: list[tuple[str, str, list[Any]]] = [
    ("The tram driver and a passenger on the bus were taken to hospital.", HOSPITAL, [2]),
    ("A cyclist and a pedestrian on the crossing were hurt.", INJURED, [2]),
    ("A guard at the gate and two visitors were injured.", INJURED, [3]),
]
# A hospital named by its kind of facility.
FACILITIES: list[tuple[str, str, list[Any]]] = [
    ("Two were transported to the Wirra Downs District Health Campus.", HOSPITAL, [2]),
    ("Eleven were admitted to the National Institute of Burn and Plastic Surgery.", HOSPITAL, [11]),
    ("Four were rushed to the Karimpur polyclinic.", HOSPITAL, [4]),
    ("Six were taken to the mission dispensary.", HOSPITAL, [6]),
]


@pytest.mark.parametrize(("text", "kind", "want"), WHERE_AFTER_HEAD + WHERE_IN_A_LIST + FACILITIES)
def test_noun_phrase_shapes_count(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want
