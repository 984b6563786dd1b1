"""Care told after the time as the event's result ("left two guests in hospital", "sent three to
hospital") leaves the time to the onset told before it; care told with its own clock, or with
no onset before, dates nothing.

Every sentence here is invented for these tests (none is taken from a report of the data sets).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.test_facts_when_places import _facts

DATE, TIME = "incident.date", "incident.time"
DCT = "2025-07-02"  # a Wednesday


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        (
            "A fire that started in a kitchen at the Harbour View Hotel on Quay Street, Port "
            "Eden, at 10.15pm on Monday left two guests in hospital.",
            DATE,
            ["2025-06-30"],
        ),
        (
            "A fire that started in a kitchen at the Harbour View Hotel on Quay Street, Port "
            "Eden, at 10.15pm on Monday left two guests in hospital.",
            TIME,
            ["22:15"],
        ),
        ("Two guests were still in hospital on Tuesday.", DATE, []),
    ],
)
def test_care_after_the_time_is_the_result(text: str, kind: str, expected: list[Any]) -> None:
    assert _facts(text, kind, DCT) == expected
