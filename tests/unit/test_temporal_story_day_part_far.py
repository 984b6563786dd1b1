"""The story's part of day reads a bare hour told a paragraph later too: a bulletin that says a
shop was robbed "this afternoon", then lets its reporter tell the story at length ("the man came
in just after two o'clock"), means 14:00; a morning's hour stays in the morning, and a clock told
between decides instead.

Every text here is invented for these tests (none is taken from a report of the data sets).
"""

from __future__ import annotations

import pytest

from incident_reader.core import temporal

DCT = "2025-03-11"  # a Tuesday

# About 400 characters of a reporter's account that name no day and no clock.
FILLER = (
    "Our reporter has been speaking to people who live and work nearby. The street is narrow "
    "and lined with small shops, most of them run by families who have been here for decades, "
    "and the mood among them is one of shock and anger. Several said they had asked the council "
    "for better lighting and more patrols, and one shopkeeper told us that nobody had listened "
    "to them until something terrible happened on their own doorstep. "
)

CASES = [
    (
        "PRESENTER: A jeweller's in Kessel Lane was robbed by three armed men this afternoon.\n\n"
        f"REPORTER: {FILLER}The men came in just after two o'clock and smashed the cases.",
        "two o'clock",
        "2025-03-11T14:00",
    ),
    (
        "Two people were hurt when a balcony gave way in Orrin on Saturday evening, police said."
        f"\n\n{FILLER}One guest said she heard the first crack at about 7.25 and ran.",
        "7.25",
        "2025-03-08T19:25",
    ),
    (
        f"A barn burned down outside Tull late last night.\n\n{FILLER}A neighbour said he saw "
        "flames at about 11.05 and called the fire brigade.",
        "11.05",
        "2025-03-10T23:05",
    ),
    # a morning keeps the morning's hour
    (
        f"A water main burst in Ashby this morning.\n\n{FILLER}The road was flooded by about 9.10"
        " and buses were sent round it.",
        "9.10",
        "2025-03-11T09:10",
    ),
    # a clock told between, with its half, decides instead
    (
        f"A lorry overturned on the bypass on Monday evening.\n\n{FILLER}The driver had set off "
        "at 5.40am and stopped at about 6.15 for fuel.",
        "6.15",
        "2025-03-10T06:15",
    ),
]


@pytest.mark.parametrize(("text", "words", "value"), CASES)
def test_a_bare_hour_far_from_the_story_day_part(text: str, words: str, value: str) -> None:
    found = {t.text: t.value for t in temporal.tag(text, DCT)}
    assert found[words] == value
