"""A capitalised sequel verb opening a name ("Rose Hill", "Clear Street") is part of the
name, no sequel that claims the day beside it, as one closing a name ("Linnet Close") already was.

Every sentence here is invented for these tests (none is taken from a report of the data sets),
after a class the scene bank (tests/data/scene_bank.jsonl) found.
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
            "A woman is in hospital after a stabbing at a flat on Rose Hill, Ashby, last night.",
            ["2025-05-19"],
        ),
        (
            "Two men were hurt in a fight outside a bar on Clear Street, Kelby, on Sunday.",
            ["2025-05-18"],
        ),
        # a sequel verb in lower case still claims its day
        ("A man hurt in a fight in Kelby on Sunday was charged on Monday.", ["2025-05-18"]),
    ],
)
def test_a_sequel_verb_opening_a_name_claims_no_day(text: str, expected: list[Any]) -> None:
    assert _facts(text, DATE, DCT) == expected
