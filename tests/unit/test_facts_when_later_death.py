"""A death timed apart from an onset that has its own time is a later death: its day is not
the incident's ("stabbed on Wednesday afternoon died yesterday evening"); a toll word whose
onset has no time of its own still gives the onset's time.

Every sentence here is invented for these tests (none is taken from a report of the data sets).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.test_facts_when_places import _facts

DATE = "incident.date"
DCT = "2025-03-14"  # a Friday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The man who was stabbed in Corder Street on Wednesday afternoon died yesterday "
            "evening in hospital.",
            ["2025-03-12"],
        ),
        (
            "A woman who was hit by a van in Tilby on Monday died on Thursday.",
            ["2025-03-10"],
        ),
        ("Two fans were hurt on Saturday night when the crowd surged.", ["2025-03-08"]),
    ],
)
def test_a_death_timed_apart_is_later(text: str, expected: list[Any]) -> None:
    assert _facts(text, DATE, DCT) == expected
