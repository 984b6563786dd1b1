"""Casualty counts told as fields, states and needs rather than events: a labelled count in a fact
box or table row whatever its separator, the hurt told by the state they are in ("are in hospital",
"remain in a critical condition") and by the care they needed or sought (invented lines, several
wordings of each structure); and the counts of a sentence that split the injured told before."""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.test_facts_wordings import values

KILLED, INJURED, HOSPITAL, ARRESTS = (
    "casualties.killed",
    "casualties.injured",
    "casualties.hospitalised",
    "arrests",
)

# A label, a separator (colon, dash, bar, equals, space) and a count, alone in its item.
FIELDS: list[tuple[str, str, list[Any]]] = [
    ("Hurt - 7", INJURED, [7]),
    ("Dead | 3", KILLED, [3]),
    ("Injured 4, dead 1", INJURED, [4]),
    ("Injured 4, dead 1", KILLED, [1]),
    ("Number injured: nine", INJURED, [9]),
    ("Total dead = 12", KILLED, [12]),
    ("Fatalities – 2 | Wounded – 6", INJURED, [6]),
    ("Arrested: none so far", ARRESTS, [0]),
]
# The state the hurt are in: a count of them (a part of a larger count gives way to it).
STATES: list[tuple[str, str, list[Any]]] = [
    ("Three people are in hospital after the crash.", INJURED, [3]),
    ("Two men remain in a critical condition.", INJURED, [2]),
    ("Six were in serious condition on Monday night.", INJURED, [6]),
    ("Four of the climbers are in a stable condition.", INJURED, [4]),
    ("Eleven people were injured. Two remain in a critical condition.", INJURED, [11]),
    # a state beside a count told by the event gives way to it, even when larger
    ("The blast injured 40. Almost 45 people are in hospital.", INJURED, [40]),
    # an aside without a verb of being is no state of its own
    ("Six people are still in hospital, two in a critical condition, doctors said.", INJURED, []),
]
# Care needed or sought, in any of its nouns.
CARE: list[tuple[str, str, list[Any]]] = [
    ("Five people sought treatment for smoke inhalation.", INJURED, [5]),
    ("Nine spectators required medical attention.", INJURED, [9]),
    ("Three stewards needed medical care after the surge.", INJURED, [3]),
]

# Counts that add up to the injured told before say how they fared: no second injured count.
SPLITS: list[tuple[str, str, list[Any]]] = [
    (
        "Nine were injured. Six were treated at the scene, while three were kept in hospital.",
        INJURED,
        [9],
    ),
    (
        "Nine were injured. Six were treated at the scene, while three were kept in hospital.",
        HOSPITAL,
        [3],
    ),
    (
        "Twelve people were hurt. Eight were treated and released and four remain admitted.",
        INJURED,
        [12],
    ),
    (
        "Nine people were injured. Six of them were taken to hospital and three were treated at the"
        " scene.",
        HOSPITAL,
        [6],
    ),
    # counts that do not add up to the total are left as they are
    (
        "Nine people were injured. Four were taken to hospital and two were treated at the scene.",
        INJURED,
        [9, 2],
    ),
]


@pytest.mark.parametrize(("text", "kind", "want"), FIELDS + STATES + CARE + SPLITS)
def test_fields_states_and_care_count(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want
