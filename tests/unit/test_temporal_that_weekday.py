"""'that Saturday': the weekday of the week the story is in, not the last one before the DCT."""

from __future__ import annotations

import pytest

from incident_reader.core.temporal import tag

CASES = [
    # the story's day is that weekday: the same day
    (
        "Two men were shot on July 18, 2026. The gunman fled at about 9:45 p.m. that Saturday.",
        "2026-08-07",
        {"9:45 p.m.": "2026-07-18T21:45", "that Saturday": "2026-07-18"},
    ),
    # the weekday after the story's day, with a part of the day
    (
        "The fair opened on Friday, June 5, 2026. Trouble began that Saturday night near the gate.",
        "2026-06-20",
        {"that Saturday night": "2026-06-06TNI"},
    ),
    (
        "The ferry sailed on 3 March 2025. It sank that same Tuesday, hours later.",
        "2025-03-20",
        {"that same Tuesday": "2025-03-04"},
    ),
    (
        "She was last seen on Thursday, May 7. Her car was found that Friday.",
        "2026-05-20",
        {"that Friday": "2026-05-08"},
    ),
    # a clock before it in the small hours of the story's next day
    (
        "The rally began on May 9, 2026. Shortly after 2am that Sunday a stand collapsed.",
        "2026-05-20",
        {"2am": "2026-05-10T02:00", "that Sunday": "2026-05-10"},
    ),
    # the weekday before the story's day
    (
        "The verdict came on Wednesday, 14 October 2026; the jury had retired that Monday.",
        "2026-10-20",
        {"that Monday": "2026-10-12"},
    ),
]

# "that" opening a clause whose subject is a weekday is no demonstrative: the weekday alone.
CONJUNCTIONS = [
    ("Police said that Saturday's match would go ahead.", "2026-05-20", "Saturday"),
    ("He insisted that Monday was a holiday.", "2026-05-20", "Monday"),
]


@pytest.mark.parametrize(("text", "dct", "want"), CASES)
def test_that_weekday_is_the_story_week(text: str, dct: str, want: dict[str, str]) -> None:
    got = {t.text: t.value for t in tag(text, dct)}
    for extent, value in want.items():
        assert got.get(extent) == value, got


@pytest.mark.parametrize(("text", "dct", "extent"), CONJUNCTIONS)
def test_conjunction_that_is_not_the_weekday(text: str, dct: str, extent: str) -> None:
    assert extent in {t.text for t in tag(text, dct)}


def test_that_weekday_without_a_story_day_reads_the_tense() -> None:
    found = tag("On that Sunday the crowd was larger.", "2026-05-20")
    assert [(t.text, t.value) for t in found] == [("that Sunday", "2026-05-17")]
