"""A clock after an update's label that opens its line ("UPDATE 15:05:", "Update 9.15am -",
"[Latest 14.20]") stamps when the entry was written: the report's own day (or the blog's), not
the day the story last named; a clock inside the entry keeps the story's day.

Every text here is invented for these tests (none is taken from a report of the data sets).
"""

from __future__ import annotations

import pytest

from incident_reader.core import temporal

DCT = "2026-05-10"  # a Sunday
STORY = "A stall collapsed at a street fair in Orrin, which opened on Friday, injuring nine.\n\n"


@pytest.mark.parametrize(
    ("entry", "clock", "value"),
    [
        ("UPDATE 15:05: Police said two more people had come forward.", "15:05", "T15:05"),
        ("Update 9.15am: The council has now confirmed the figure.", "9.15am", "T09:15"),
        ("Updated 6.40pm - The organisers said the fair would not reopen.", "6.40pm", "T18:40"),
        ("Latest 14:20 | A second stall has been taken down as a precaution.", "14:20", "T14:20"),
        ("EDIT at 1800 hrs: The figure of nine has been revised to ten.", "1800 hrs", "T18:00"),
        ("Correction 11.05am: An earlier version gave the wrong street.", "11.05am", "T11:05"),
    ],
)
def test_an_update_stamp_is_on_the_reports_day(entry: str, clock: str, value: str) -> None:
    tags = temporal.tag(STORY + entry, DCT)
    assert [t.value for t in tags if t.text == clock] == [DCT + value]


@pytest.mark.parametrize(
    ("text", "clock", "value"),
    [
        # a clock the entry tells keeps the story's day; an update's label mid-line is no stamp
        (STORY + "UPDATE 15:05: Police said the stall gave way at 11.40am on Friday.", "11.40am",
         "2026-05-08T11:40"),
        ("A stall collapsed at 11.40am on Friday.\n\nThe council said it had updated its advice "
         "at 3pm, and the fair stayed shut.", "3pm", "2026-05-08T15:00"),
    ],
)  # fmt: skip
def test_a_clock_the_entry_tells_is_no_stamp(text: str, clock: str, value: str) -> None:
    assert [t.value for t in temporal.tag(text, DCT) if t.text == clock] == [value]
