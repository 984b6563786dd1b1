"""An undated report that names its incident's weekday and calls another day "yesterday" was
written two days on or later: its DCT is not the incident's morrow.

Every sentence here is invented for these tests (none is taken from a report of the data sets).
"""

from __future__ import annotations

import pytest

from incident_reader.core.sibling_days import sibling_day

DATED = [("A man was stabbed in Corder Street at around 3pm on Wednesday.", "2025-03-13")]


@pytest.mark.parametrize(
    ("undated", "expected"),
    [
        (
            "The man who was stabbed in Corder Street on Wednesday afternoon died yesterday "
            "evening in hospital, police said today.",
            "2025-03-14",  # Wednesday 12 March + 2: "yesterday" is Thursday
        ),
        ("A man was stabbed in Corder Street on Wednesday afternoon, police said.", "2025-03-13"),
    ],
)
def test_yesterday_beside_the_weekday_puts_the_dct_two_days_on(undated: str, expected: str) -> None:
    assert sibling_day(undated, DATED) == expected
