"""A place's or region's time after a clock ("New York time") stands on the clock's own line and
is never a sentence opening on a determiner ("That time was logged").

Every sentence here is invented for these tests (none is taken from a report of the data sets).
"""

from __future__ import annotations

import pytest

from incident_reader.core.temporal import tag


def _texts(text: str) -> list[str]:
    return [t.text for t in tag(text, "2026-03-10")]


@pytest.mark.parametrize(
    ("text", "clock"),
    [
        ("The roof gave way at 9:15 a.m.\n\nThat time was taken from the alarm log.", "9:15 a.m"),
        ("The roof gave way at 9:15 a.m. This time nobody was inside.", "9:15 a.m"),
        ("The crane toppled at 14:20. The time was logged by a camera.", "14:20"),
        ("The ferry struck at 6.40pm.\nEastern time was used in the log.", "6.40pm"),
        ("The alarm sounded at 3.05am. Each time it rang, staff reset it.", "3.05am"),
    ],
)
def test_a_sentence_after_the_clock_is_no_zone(text: str, clock: str) -> None:
    assert clock in _texts(text)


@pytest.mark.parametrize(
    ("text", "clock"),
    [
        ("The plane landed at 10:05 a.m. Eastern time on Monday.", "10:05 a.m. Eastern time"),
        ("It struck at 4:12 a.m. New York time.", "4:12 a.m. New York time"),
        ("The quake hit at 11.20pm Lisbon time.", "11.20pm Lisbon time"),
    ],
)
def test_a_named_zone_on_the_clock_s_line_stays_part_of_it(text: str, clock: str) -> None:
    assert clock in _texts(text)
