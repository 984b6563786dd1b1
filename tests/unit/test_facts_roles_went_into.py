"""A capitalised place after a spatial preposition of motion or position ("walked into Marlow
Vale police station", "arrested outside Kelby Park station") is where the person went or stood,
never the person's name; a name after the arrest verb still is. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from tests.unit.test_facts_wordings import values

NAME = "suspect.name"

PLACES: list[str] = [
    "On Monday a 24-year-old man walked into Dunholm Vale police station and was arrested.",
    "A 19-year-old woman was arrested outside Kelby Park station on Sunday.",
    "The driver, 41, was detained as he drove towards Port Alder harbour.",
    "A man, 36, was arrested after he ran across Market Cross square with a knife.",
    "Officers detained a 52-year-old man inside Harbour View shopping centre.",
]


@pytest.mark.parametrize("text", PLACES)
def test_a_place_after_a_preposition_of_motion_is_no_name(text: str) -> None:
    assert values(text, NAME) == []


def test_a_name_after_the_arrest_verb_still_counts() -> None:
    assert values("Police arrested Tom Hale, 30, outside his home.", NAME) == ["tom hale"]
