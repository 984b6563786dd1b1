"""A part that fails under pressure is an onset verb of its own, as "buckled" and "sheared" are:
"a gas main ruptured in X" dates, times and places the incident, told after a fronted time too;
"a ruptured spleen" after a determiner is an adjective and tells none.

Every sentence here is invented for these tests (none is taken from a report of the data sets),
after a class the scene bank (tests/data/scene_bank.jsonl) found.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.test_facts_when_places import _facts

DATE, TIME, PLACE = "incident.date", "incident.time", "incident.place"
DCT = "2025-05-20"  # a Tuesday


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        (
            "Just before 9am on Monday, a water main ruptured on Mill Road in Kelby.",
            TIME,
            ["09:00"],
        ),
        (
            "Just before 9am on Monday, a water main ruptured on Mill Road in Kelby.",
            DATE,
            ["2025-05-19"],
        ),
        (
            "Just before 9am on Monday, a water main ruptured on Mill Road in Kelby.",
            PLACE,
            ["mill road, kelby"],
        ),
        ("The boxer, who has a ruptured tendon, spoke in Kelby on Monday.", DATE, []),
    ],
)
def test_a_ruptured_part_tells_the_onset(text: str, kind: str, expected: list[Any]) -> None:
    assert _facts(text, kind, DCT) == expected
