"""Told on a Saturday or a Sunday, "last weekend" is the weekend before the one the report is
written in; told on a weekday it is the one just gone.
"""

from __future__ import annotations

import pytest

from incident_reader.core import temporal


@pytest.mark.parametrize(
    ("text", "dct", "value"),
    [
        ("Guests fell ill at a christening last weekend.", "2025-02-23", "2025-W07-WE"),  # Sun
        ("Two climbers were rescued last weekend, the club said.", "2025-02-22", "2025-W07-WE"),
        ("The market hall flooded last weekend.", "2025-02-24", "2025-W08-WE"),  # a Monday
        ("The market hall flooded last weekend.", "2025-02-20", "2025-W07-WE"),  # a Thursday
        ("Storms hit the coast this weekend.", "2025-02-23", "2025-W08-WE"),
        ("It rained this past weekend.", "2025-02-23", "2025-W08-WE"),
    ],
)
def test_last_weekend(text: str, dct: str, value: str) -> None:
    assert [t.value for t in temporal.tag(text, dct) if "weekend" in t.text] == [value]
