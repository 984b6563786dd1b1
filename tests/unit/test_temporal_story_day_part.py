"""A bare hour told after the story's part of day is read in it: "on Monday evening ... shortly
before 8 o'clock" is 20:00, unless a clock or a nearer part of day says otherwise.

Every sentence here is invented for these tests (none is taken from a report of the data sets).
"""

from __future__ import annotations

import pytest

from incident_reader.core import temporal

DCT = "2025-03-11"  # a Tuesday

CASES = [
    (
        "A lorry caught fire on the bypass yesterday evening. Nobody was hurt, police said."
        " The alarm was raised just after half past seven.",
        "half past seven",
        "2025-03-10T19:30",
    ),
    (
        "A woman was hit by a cyclist on Monday evening. It happened shortly before 8 o'clock.",
        "8 o'clock",
        "2025-03-10T20:00",
    ),
    (
        "Fans gathered outside the ground on Saturday afternoon. The gates opened at"
        " half past two.",
        "half past two",
        "2025-03-08T14:30",
    ),
    (
        "Shots were heard late on Sunday night. Police arrived at a quarter to eleven.",
        "a quarter to eleven",
        "2025-03-09T22:45",
    ),
    # an adverb of time after a verb of hearing is no speaker dating the report
    (
        "A blast was heard early on Friday evening. Firefighters arrived at twenty past nine.",
        "twenty past nine",
        "2025-03-07T21:20",
    ),
    # a small hour of the night stays small
    (
        "The fire spread late on Sunday night. Crews left at half past three.",
        "half past three",
        "2025-03-10T03:30",
    ),
    # a morning keeps the morning's hour
    (
        "The pipe burst on Monday morning. Water was off until half past ten.",
        "half past ten",
        "2025-03-10T10:30",
    ),
]


@pytest.mark.parametrize(("text", "words", "value"), CASES)
def test_a_bare_hour_takes_the_story_day_part(text: str, words: str, value: str) -> None:
    found = {t.text: t.value for t in temporal.tag(text, DCT)}
    assert found[words] == value


def test_a_clock_between_decides_instead() -> None:
    text = (
        "The van was stolen on Monday evening. It was found at 6.10am on a farm track,"
        " and towed away at half past seven."
    )
    found = {t.text: t.value for t in temporal.tag(text, DCT)}
    assert found["half past seven"].endswith("T07:30")
