"""Days that are not the incident's: a suspect giving himself up ("handed himself in on Sunday")
is a sequel, as an arrest is; an event noun after "since a" starts a span up to now, so it is an
earlier incident ("have campaigned for lights since a fatal crash there in 2021"), while "since
the crash" is the report's own.

Every sentence here is invented for these tests (none is taken from a report of the data sets),
after classes the scene bank (tests/data/scene_bank.jsonl) found.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.test_facts_when_places import _facts

DATE = "incident.date"
DCT = "2025-05-20"  # a Tuesday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A teenager turned himself in at Kelby police station on Monday, a day after a man "
            "was shot on Mill Road on Sunday.",
            ["2025-05-18"],
        ),
        (
            "A woman gave herself up in Dunmore on Monday after a car hit a wall in Ashby on "
            "Saturday.",
            ["2025-05-17"],
        ),
        (
            "A cyclist was hurt on Corran Hill on Sunday. Neighbours have asked for a speed limit "
            "since a fatal collision there on 4 March 2019.",
            ["2025-05-18"],
        ),
        (
            "A van crashed on Mill Road on Sunday; the road has been shut since the crash.",
            ["2025-05-18"],
        ),
    ],
)
def test_a_surrender_and_an_earlier_event_date_no_incident(text: str, expected: list[Any]) -> None:
    assert _facts(text, DATE, DCT) == expected
