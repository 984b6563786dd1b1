"""The hurt told person by person: names with their ages in apposition, a forename alone, an
ordinal inside a list, the place of a wound after what was treated. Sentences written for these
tests, several wordings each."""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.test_facts_wordings import HOSPITALISED, INJURED, values

CASES: list[tuple[str, str, Any]] = [
    # a name and its own age in apposition, then the next part
    ("The pilot, Dan Reyes, 58, and a second passenger were injured.", INJURED, 2),
    ("The skipper, Ellen Marsh, 61, and her deckhand were taken to hospital.", HOSPITALISED, 2),
    ("The guard, Tom Pike, 44, and two cleaners were hurt.", INJURED, 3),
    # an ordinal inside a list names one more person, and a trailing apposition renames the last
    ("The driver and a fourth passenger, a 40-year-old woman from out of town, were injured.",
     INJURED, 2),
    ("Two men and a third man were hurt in the blast.", INJURED, 3),
    # a forename alone in apposition
    ("The driver, Jon Hale, and his wife, Rita, were injured.", INJURED, 2),
    ("His mother, Ann, and his sister, Jo, were taken to hospital.", HOSPITALISED, 2),
    # where on the body the treated wound was, before the clause goes on
    ("Mrs Penn was treated for minor injuries to her wrist after being pushed over.", INJURED, 1),
    ("A man was treated for burns to his hands at the scene.", INJURED, 1),
    ("Two officers were treated for cuts to their arms and faces.", INJURED, 2),
    ("The driver was treated for a cut on his head by paramedics.", INJURED, 1),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "kind", "value"), CASES)
def test_people_told_one_by_one(sentence: str, kind: str, value: Any) -> None:
    assert values(sentence, kind) == [value]


@pytest.mark.parametrize(
    ("sentence", "kind", "value"),
    [
        # a place after a comma is no forename of a list: one man
        ("A man from Leeds, Yorkshire, was hurt.", INJURED, 1),
        ("A man, a woman and a child were hurt.", INJURED, 3),
        ("Two men, a woman and a child were hurt.", INJURED, 4),
    ],
)
def test_lists_stay_as_they_were(sentence: str, kind: str, value: Any) -> None:
    assert values(sentence, kind) == [value]
