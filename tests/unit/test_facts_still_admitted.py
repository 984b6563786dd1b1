"""Those still admitted later ("six of them remain admitted", "four are still admitted") are a
later state beside the report's count of those taken to hospital, as those still "in hospital".

Every sentence here is invented for these tests (none is taken from a report of the data sets).
"""

from __future__ import annotations

import pytest

from tests.unit.test_facts_when_places import _facts

HOSPITALISED = "casualties.hospitalised"

CASES = [
    (
        "Eight survivors were admitted to Orton Health Centre IV; six of them remain admitted, the"
        " doctor said.",
        [8],
    ),
    ("Eight survivors were admitted to the health centre. Six of them remain admitted.", [8]),
    ("Nine workers were taken to hospital; four are still admitted.", [9]),
    ("Eleven pupils were admitted to the clinic, where two remained admitted on Sunday.", [11]),
    # the count taken there stays
    ("Twelve passengers were admitted to the district hospital.", [12]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_still_admitted_is_a_later_state(text: str, expected: list[int]) -> None:
    assert _facts(text, HOSPITALISED) == expected
