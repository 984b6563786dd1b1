"""A raid by robbers is the incident, as a robbery is (event_cues.law_raid tells the police's):
its noun takes the way of robbing before it ("a ram-raid", "the smash-and-grab raid"), so a day
owning it dates the incident ("Saturday's ram-raid on a bank"), and an occurring verb it is the
subject of keeps its onset ("The raid on Harlow Jewellers took place shortly after 10pm"). A
raid by the police ("a police raid", "a dawn raid on a shop") stays a later step.

Every sentence here is invented for these tests (none is taken from a report of the data sets).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.test_facts_when_places import _facts

DATE, TIME = "incident.date", "incident.time"
DCT = "2025-03-12"  # a Wednesday


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        ("The smash-and-grab raid at the corner shop happened at about 2.15am.", TIME, ["02:15"]),
        (
            "Anyone who saw Saturday's ram-raid on a bank in Kelby is asked to come forward.",
            DATE,
            ["2025-03-08"],
        ),
        (
            "The raid on Harlow Jewellers on Mill Street took place shortly after 10pm.",
            TIME,
            ["22:00"],
        ),
        ("An armed raid on a village post office happened at 9.05am.", TIME, ["09:05"]),
        # the police's raids
        ("Police carried out a dawn raid on a shop in Kelby on Tuesday.", DATE, []),
        ("The police raid on the bank happened at 6am.", TIME, []),
    ],
)
def test_a_robbers_raid_is_the_event(text: str, kind: str, expected: list[Any]) -> None:
    assert _facts(text, kind, DCT) == expected
