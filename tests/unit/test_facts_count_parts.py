"""Parts of a set beside the report's larger count, and vague counts beside a numbered one.

Every sentence here is written for these tests (none is taken from a dev, check or real report).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.test_facts_wordings import values

KILLED, INJURED = "casualties.killed", "casualties.injured"
HOSPITALISED, ARRESTS = "casualties.hospitalised", "arrests"


# A share, a listing, a batch of bodies or a degree of harm is a part of the larger count.
PARTS = [
    (
        "The quarry blast killed 20 people. Two of his cousins had been killed, the driver said.",
        KILLED,
        [20],
    ),
    ("The crush left 61 people dead. Four of them were declared dead at the gate.", KILLED, [61]),
    (
        "The storm killed 17 people. One of the council engineers was found dead later.",
        KILLED,
        [17],
    ),
    (
        "The landslide killed 30 villagers. The last three bodies were recovered on Sunday.",
        KILLED,
        [30],
    ),
    ("The tram crash injured 31 people. At least four suffered serious injuries.", INJURED, [31]),
    ("Forty people were hurt in the fire. Three were critically injured.", INJURED, [40]),
    ("Police arrested nine men. Two of them were detained in Hull.", ARRESTS, [9]),
]


@pytest.mark.parametrize(("text", "kind", "expected"), PARTS)
def test_a_part_gives_way_to_the_larger_count(text: str, kind: str, expected: list[Any]) -> None:
    assert values(text, kind) == expected


# Alone, the same parts are what the report tells.
ALONE = [
    ("Two of his cousins had been killed, the driver said.", KILLED, [2]),
    ("Three people were critically injured.", INJURED, [3]),
    ("Rescuers recovered four bodies from the river.", KILLED, [4]),
]


@pytest.mark.parametrize(("text", "kind", "expected"), ALONE)
def test_a_part_alone_is_still_counted(text: str, kind: str, expected: list[Any]) -> None:
    assert values(text, kind) == expected


# An apposition's "including" is no listing: "At least 37 people, including a child, died".
def test_an_including_apposition_is_no_part() -> None:
    text = "At least 37 people, including a child, were confirmed dead. The toll rose to 38."
    assert {"min": 37, "max": None} in values(text, KILLED)


# A vague count gives way to a numbered one of the same kind, even a bound ("at least 10").
VAGUE = [
    (
        "The avalanche killed at least 10 skiers. Rescuers spoke of dozens of dead.",
        KILLED,
        [{"min": 10, "max": None}],
    ),
    (
        "At least 40 people were hurt. The bus mounted the kerb, injuring many.",
        INJURED,
        [{"min": 40, "max": None}],
    ),
]


@pytest.mark.parametrize(("text", "kind", "expected"), VAGUE)
def test_a_vague_count_gives_way_to_a_bound(text: str, kind: str, expected: list[Any]) -> None:
    assert values(text, kind) == expected


# After a larger count of the kind, an ordinal tells people apart; before it, it is the toll so far
# (and the count one less told before it was the toll before that death: it gives way).
ORDINALS = [
    ("Nine people were killed. A second man was found dead in the cab.", KILLED, [9]),
    ("One woman died at the scene. A second person has died in hospital.", KILLED, [2]),
    ("A third person has died, police said.", KILLED, [3]),
]


@pytest.mark.parametrize(("text", "kind", "expected"), ORDINALS)
def test_an_ordinal_after_a_larger_count(text: str, kind: str, expected: list[Any]) -> None:
    assert values(text, kind) == expected
