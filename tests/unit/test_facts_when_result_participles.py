"""A sequel verb's -ing form opening a participle clause right after the onset's clause tells what
the event did as it happened (", burying six homes", ", closing both carriageways"), no
later step that claims the time beside it; a sequel word between the two keeps its claim.

Every sentence here is invented for these tests (none is taken from a report of the data sets),
after a class the scene bank (tests/data/scene_bank.jsonl) found.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.test_facts_when_places import _facts

DATE, TIME = "incident.date", "incident.time"
DCT = "2025-05-20"  # a Tuesday


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        (
            "A mudslide hit a hamlet in the hills above Corran, in Kelby district, on Sunday, "
            "burying six homes.",
            DATE,
            ["2025-05-18"],
        ),
        (
            "A lorry overturned on the long bend of the A1 north of Kelby at about 6.20am, "
            "closing both carriageways.",
            TIME,
            ["06:20"],
        ),
        # a sequel told between the onset and the participle keeps its day
        (
            "A van crashed in Ashby; police closed the road on Monday, clearing the debris.",
            DATE,
            [],
        ),
    ],
)
def test_a_result_participle_claims_no_time(text: str, kind: str, expected: list[Any]) -> None:
    assert _facts(text, kind, DCT) == expected
