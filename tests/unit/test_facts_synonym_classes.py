"""Classes other writers use: arrest synonyms, a toll as a definite noun phrase, road places."""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.test_facts_wordings import values

PLACE, KILLED, INJURED, ARRESTS = (
    "incident.place",
    "casualties.killed",
    "casualties.injured",
    "arrests",
)

# A person taken by a synonym of "arrested", in any voice and tense.
ARREST_SYNONYMS = [
    ("Officers said a gunman who fled on foot had been captured.", [1]),
    ("Two teenagers were captured after a short chase.", [2]),
    ("The getaway driver was captured alive at a farm two days later.", [1]),
    ("A woman was seized by plain-clothes officers outside the mall.", [1]),
    ("Three smugglers were caught by border police.", [3]),
    ("Soldiers captured him near the river crossing.", [1]),
    ("Two men have been detained for questioning.", [2]),
    ("A teenager was apprehended near the depot.", [1]),
]
# A scene "captured" by a recorder is no arrest.
NOT_ARRESTS = [
    "The attacker was captured on CCTV leaving the shop.",
    "The moment of the blast was captured on a passer-by's phone.",
    "Two men were captured in grainy footage running from the car.",
    "The fire was captured by a resident's doorbell camera.",
    "Customs officers seized two kilos of cocaine.",
    "A candlelit vigil was held on Sunday.",
]


@pytest.mark.parametrize(("sentence", "expected"), ARREST_SYNONYMS)
def test_arrest_synonyms_count_the_people_taken(sentence: str, expected: list[Any]) -> None:
    assert values(sentence, ARRESTS) == expected


@pytest.mark.parametrize("sentence", NOT_ARRESTS)
def test_a_recorded_scene_or_seized_goods_are_no_arrest(sentence: str) -> None:
    assert values(sentence, ARRESTS) == []
