"""A share of a counted set that died: "Two of the four climbers died" counts the two; the set's
own count is no toll. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.unit.test_facts_wordings import HOSPITALISED, KILLED, values


@pytest.mark.parametrize(
    ("sentence", "dead"),
    [
        ("Two of the four climbers died.", 2),
        ("Three of the five people on board the light aircraft died.", 3),
        ("Two of the six miners died in hospital on Sunday.", 2),
        ("Four of the seven passengers perished.", 4),
        ("Two of the four climbers succumbed to their injuries.", 2),
    ],
)
def test_the_share_that_died(sentence: str, dead: int) -> None:
    assert values(sentence, KILLED) == [dead]


def test_a_reduced_relative_still_counts_its_whole() -> None:
    text = "Five of the nine people brought to Wexford General Hospital have been discharged."
    assert values(text, HOSPITALISED) == [9]


@pytest.mark.parametrize(
    ("sentence", "kind", "value"),
    [
        ("Two of the people in the other car were hurt.", "casualties.injured", 2),
        ("Three of the men in the boat were taken to hospital.", HOSPITALISED, 3),
    ],
)
def test_where_the_set_was_belongs_to_it(sentence: str, kind: str, value: int) -> None:
    assert values(sentence, kind) == [value]
