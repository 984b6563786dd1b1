"""An attributive "injured" whose people died is no toll of the hurt: "after two more injured
pilgrims succumbed", "three injured miners later died", "four wounded soldiers have since passed
away" count among the dead. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.unit.test_facts_wordings import values

KILLED, INJURED = "casualties.killed", "casualties.injured"

DIED: list[str] = [
    "The toll rose to eleven after two more injured pilgrims succumbed at the district hospital.",
    "Three injured miners later died in hospital.",
    "Four wounded soldiers have since passed away.",
    "Two more injured passengers died overnight, raising the death toll to six.",
    "Officials said five hurt villagers were later pronounced dead at the clinic.",
]


@pytest.mark.parametrize("sentence", DIED)
def test_the_hurt_who_died_are_no_injured_count(sentence: str) -> None:
    assert values(sentence, INJURED) == []


STILL_HURT: list[tuple[str, int]] = [
    ("Seven injured, two of whom later died.", 7),
    ("Three injured and two died in the crash.", 3),
    ("The crash left 14 injured as the bus overturned; two died later.", 14),
    ("Twelve injured people were taken to hospital, where one died.", 12),
]


@pytest.mark.parametrize(("sentence", "count"), STILL_HURT)
def test_the_hurt_beside_a_death_still_count(sentence: str, count: int) -> None:
    assert count in values(sentence, INJURED)
