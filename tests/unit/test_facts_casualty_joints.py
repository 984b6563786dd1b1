"""Clause joints between a casualty count and its hospital: a participle clause ("treated at the
scene before being taken to hospital"), a first participle before the set's own move ("The
injured were stabilised at the roadside and then flown to X"), an age range in apposition, and an
of-phrase that names whose person it was rather than a share (invented sentences)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.test_facts_wordings import values

INJURED, HOSPITAL = "casualties.injured", "casualties.hospitalised"

JOINTS: list[tuple[str, str, list[Any]]] = [
    ("Four people were treated at the scene before being taken to hospital.", HOSPITAL, [4]),
    ("Two climbers were winched off the ridge before being flown to hospital.", HOSPITAL, [2]),
    ("Six workers were decontaminated after being rushed to hospital.", HOSPITAL, [6]),
    (
        "Eleven were hurt. The injured were treated on the scene before being moved to hospitals.",
        HOSPITAL,
        [11],
    ),
    (
        "Nine were hurt. The wounded were stabilised at the roadside and then flown to X Hospital.",
        HOSPITAL,
        [9],
    ),
    # an age range in apposition
    ("The three, aged between 25 and 40, were sent to Serdang Hospital.", HOSPITAL, [3]),
    ("Two boys, aged 9 to 11, were taken to hospital.", HOSPITAL, [2]),
    # "the driver of the lorry" is one person with an injury, no share of a set counted before
    ("The driver of the lorry was taken to hospital with minor injuries.", INJURED, [1]),
    ("The skipper of the trawler was airlifted to hospital with burns.", INJURED, [1]),
    # a share of those counted before stays out of the injured count
    ("Nine were hurt. Two of them were taken to hospital with burns.", INJURED, [9]),
]


@pytest.mark.parametrize(("text", "kind", "want"), JOINTS)
def test_clause_joints_carry_the_count(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want
