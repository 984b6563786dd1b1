"""A sequel verb's participle after a determiner, modifying a noun, tells no sequel: "fell from a
climbing frame on Saturday" dates the fall ("climb" is a sequel verb for a toll that climbed), as
"an overturned stall" tells no onset. A sequel noun keeps its claim ("the hearing date").

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
            "A girl was hurt when she fell from a climbing wall at Kelby leisure centre on Sunday.",
            DATE,
            ["2025-05-18"],
        ),
        (
            "A driver was hurt when his van hit a charging point on Mill Road at 7.40am on Monday.",
            TIME,
            ["07:40"],
        ),
        # the sequel told by a verb still claims its own day
        ("A man stabbed in Kelby on Saturday was arrested on Monday.", DATE, ["2025-05-17"]),
    ],
)
def test_a_sequel_participle_before_a_noun_claims_no_time(
    text: str, kind: str, expected: list[Any]
) -> None:
    assert _facts(text, kind, DCT) == expected
