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


# A toll as a definite noun phrase: the dead, or the victims where the sentence mourns them.
DEFINITE_TOLLS = [
    ("Relatives gathered at the quay to mourn the 26 dead.", KILLED, [26]),
    ("A plaque now honours the nine victims of the mine flood.", KILLED, [9]),
    ("Events to commemorate the 31 victims of the ferry fire began on Friday.", KILLED, [31]),
    ("Wreaths were laid for the seven victims, who were remembered in silence.", KILLED, [7]),
    # victims who were hurt are the injured, never the dead
    ("A tribute was paid to the 30 injured victims.", KILLED, []),
    ("The 12 victims who were hurt were remembered at a vigil.", KILLED, []),
    ("The 14 victims were taken to hospital.", KILLED, []),
    # victims with no mourning in the sentence: who they are is not said
    ("The families of the 12 victims met the mayor.", KILLED, []),
    # not the suspects, not a year or a span of years
    ("A vigil was held as the 3 suspects were remanded.", KILLED, []),
    ("A service was held for the 2018 dead.", KILLED, []),
    ("The 2016-2018 victims were remembered at a memorial.", KILLED, []),
    ("Flowers were left in memory of the 1999 dead.", KILLED, []),
    ("2000 people died in the floods.", KILLED, [2000]),
]


@pytest.mark.parametrize(("sentence", "kind", "expected"), DEFINITE_TOLLS)
def test_a_definite_toll_counts_the_dead(sentence: str, kind: str, expected: list[Any]) -> None:
    assert values(sentence, kind) == expected
