"""A past holiday named in the text moves the story to its day, as a weekday or a date does: a
later clock with no day of its own ("just before midnight", "at 11pm") is on the holiday's day,
not on the day of the report.

Every sentence here is invented for these tests (none is taken from a report of the data sets).
"""

from __future__ import annotations

import pytest

from incident_reader.core import temporal


@pytest.mark.parametrize(
    ("text", "dct", "span", "value"),
    [
        (
            "A man was hurt during New Year's Eve celebrations. The rocket went off just before "
            "midnight.",
            "2026-01-01",
            "midnight",
            "2025-12-31T24:00",
        ),
        (
            "Crowds gathered in the square on Christmas Eve. A fight broke out at 11pm.",
            "2025-12-27",
            "11pm",
            "2025-12-24T23:00",
        ),
        (
            "A bonfire was lit on the green on Guy Fawkes Night. Sparks set a shed alight at "
            "9.40pm.",
            "2025-11-07",
            "9.40pm",
            "2025-11-05T21:40",
        ),
        # a coming holiday leaves the story where it is
        (
            "A van crashed into a bus shelter on Tuesday at 8am. The shelter will be rebuilt "
            "before Christmas Eve. The driver was freed at 9am.",
            "2025-12-18",
            "9am",
            "2025-12-16T09:00",
        ),
    ],
)
def test_a_past_holiday_is_the_story_s_day(text: str, dct: str, span: str, value: str) -> None:
    assert {t.text: t.value for t in temporal.tag(text, dct)}[span] == value
