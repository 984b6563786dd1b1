"""Session 23, undated reports: the folder's day an undated report borrows may be two days after
the story's own day (a later step told "yesterday"); the story's weekday two days before it is
that day, not the same weekday a week on, so the report is not dated a week late.

Every sentence here is invented for these tests (none is taken from a report of the data sets).
"""

from __future__ import annotations

# ruff: noqa: E501  (one row a line reads as a table)
import pytest

from incident_reader.core.temporal.dct import infer_dct_with_evidence

# fmt: off
FOLDER_DAY = [
    # the story's weekday two days before the folder's day (a Friday): the folder's day stands
    ("Police named the gunman who shot three people at a bus depot on Wednesday. A fourth victim died yesterday afternoon.", "2026-05-15", "2026-05-15"),
    ("The ferry that sank on Monday was carrying 40 people. One more body was recovered yesterday.", "2026-05-13", "2026-05-13"),
    # a weekday named between them is the story's day: the earlier one is read as a later step
    ("A man was charged on Monday over Tuesday's robbery at the jeweller's.", "2026-05-13", "2026-05-18"),
    # a later weekday still moves the date on
    ("The tram derailed on Wednesday, killing two. The driver was questioned on Saturday.", "2026-05-15", "2026-05-16"),
]
# fmt: on


@pytest.mark.parametrize("text,hint,dct", FOLDER_DAY)
def test_s23_story_day_two_days_before_the_folder_day(text: str, hint: str, dct: str) -> None:
    found = infer_dct_with_evidence(text, 2026, hint)
    assert found is not None and found[0] == dct, found
