"""The hurt named as a group ("the injured", "those hurt") and a plural subject before "had been":
sentences written for these tests, one class of clause each, several wordings."""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.test_facts_wordings import HOSPITALISED, INJURED, values

MANY = {"min": 21, "max": None}
SEVERAL = {"min": 3, "max": 9}

GROUP_MOVED: list[tuple[str, str, Any]] = [
    # an adjective of harm as a plural noun takes the report's count of the hurt, exact or not
    ("Four men died and over 20 others were injured. The injured were shifted to the civil "
     "hospital.", HOSPITALISED, MANY),
    ("Two died and several were wounded. Police said the wounded had been taken to a hospital "
     "in the town.", HOSPITALISED, SEVERAL),
    ("Dozens of people were hurt. Those hurt are being treated at two hospitals.",
     HOSPITALISED, {"min": 24, "max": None}),
    ("Nine people were injured. The injured passengers were rushed to the regional hospital.",
     HOSPITALISED, 9),
    ("Eleven people were hurt. All the injured have been admitted to the county hospital.",
     HOSPITALISED, 11),
    ("Six people were injured. The injured, two of them children, are receiving treatment at "
     "the district hospital.", HOSPITALISED, 6),
    ("Five workers were hurt. Those injured - mostly welders - were airlifted to a burns unit.",
     HOSPITALISED, 5),
    ("More than 20 people were injured. The seriously injured were flown to the trauma centre.",
     HOSPITALISED, MANY),
    # a share of the injured stays a share
    ("Nine people were injured. Eight of the injured were rushed to the regional hospital.",
     HOSPITALISED, 8),
    # one hurt witness told after the count is no group: the count stands
    ("Three men died and 14 others were injured. A guard who escaped with cuts to his hands "
     "spoke to us. The injured were taken to the district hospital.", HOSPITALISED, 14),
]  # fmt: skip

GROUP_NONE: list[tuple[str, str]] = [
    # no count of the hurt told before: how many is not said
    ("The injured were shifted to the civil hospital.", HOSPITALISED),
    ("A man was hurt. The injured were taken to hospital.", HOSPITALISED),
    # "had been" agrees with a plural subject: no one person is counted
    ("Police said the passengers had been taken to hospital.", HOSPITALISED),
    ("The children had been taken to hospital by their parents.", HOSPITALISED),
    ("Officers said the workers had been injured.", INJURED),
    ("Those hurt had been taken to hospital.", HOSPITALISED),
]


@pytest.mark.parametrize(("sentence", "kind", "value"), GROUP_MOVED)
def test_the_hurt_as_a_group(sentence: str, kind: str, value: Any) -> None:
    assert value in values(sentence, kind)


@pytest.mark.parametrize(("sentence", "kind"), GROUP_NONE)
def test_no_count_for_the_group(sentence: str, kind: str) -> None:
    assert values(sentence, kind) == []


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("The boy had been taken to hospital.", HOSPITALISED),
        ("Police said a woman had been injured.", INJURED),
        ("He had been taken to hospital with burns.", HOSPITALISED),
    ],
)
def test_had_been_after_one_person_counts_one(sentence: str, kind: str) -> None:
    assert values(sentence, kind) == [1]
