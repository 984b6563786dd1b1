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
    # a share of the injured stays a share
    ("Nine people were injured. Eight of the injured were rushed to the regional hospital.",
     HOSPITALISED, 8),
    # a listed member of the hurt ("at least one") leaves the count told before
    ("Twenty-seven were wounded. Among the wounded is a boy of 11. The wounded were evacuated to "
     "the regional hospital.", HOSPITALISED, 27),
    ("Police said 15 people were hurt. Among the injured are two nurses. The injured were taken "
     "to Ndola Teaching Hospital.", HOSPITALISED, 15),
    # near misses: a hospital alone, or two hospitals, and a care word that is no destination
    ("Six were hurt. The injured were taken to the district hospital, and health centre staff "
     "helped at the scene.", HOSPITALISED, 6),
    ("Ten were injured. The injured were taken to hospitals in Kigali and Butare.",
     HOSPITALISED, 10),
    ("Seven were hurt. The injured were taken to the Royal Infirmary.", HOSPITALISED, 7),
    ("Four died and eight were hurt. The bodies were taken to the morgue and the injured to "
     "Arua Hospital.", INJURED, 8),
    # the group's admitted share told next is the hospital count, not the whole group
    ("Twelve inmates were wounded. The wounded were rushed to the provincial hospital. Six of "
     "them were admitted, while the rest went back to the jail.", HOSPITALISED, 6),
    ("Police said 20 people were hurt. The injured were all taken to Mzuzu Central Hospital. "
     "Nine of them were kept in overnight.", HOSPITALISED, 9),
    ("Eight miners were injured. Those hurt were carried to the mine clinic; three of them were "
     "hospitalised.", HOSPITALISED, 3),
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
    # a group graded by its wounds is a part of the hurt, of no told size
    (
        "More than 20 people were injured. The seriously injured were flown to the trauma centre.",
        HOSPITALISED,
    ),
    (
        "Fourteen were hurt, four of them badly. Those critically wounded were airlifted to Kiro.",
        HOSPITALISED,
    ),
    (
        "Nine people were injured. The slightly hurt were treated at the district hospital.",
        HOSPITALISED,
    ),
    # the dead taken to a morgue are no patients, wherever the morgue is
    (
        "Nine died. The deceased, seven men and two women, were taken to the morgue of the "
        "regional hospital.",
        HOSPITALISED,
    ),
    (
        "Two were killed. Their bodies were moved to the mortuary at Ruvu District Hospital.",
        HOSPITALISED,
    ),
    (
        "Three workers died. The dead were transferred to the hospital mortuary in Tema.",
        HOSPITALISED,
    ),
    # a group split between a hospital and a lesser care post: how many the hospital took is untold
    (
        "Twelve were hurt. The injured were taken to Kiro Hospital and to the health centre "
        "in Mbala.",
        HOSPITALISED,
    ),
    (
        "Eight people were injured. The wounded were evacuated to the regional hospital and a "
        "dispensary in Lobo.",
        HOSPITALISED,
    ),
    (
        "A crash injured 14. All the injured were rushed to Tamale Hospital and the Savelugu "
        "health post.",
        HOSPITALISED,
    ),
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
