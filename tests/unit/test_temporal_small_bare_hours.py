"""A small bare hour that nothing else places ("the figures I was given at three o'clock", "the
shop reopened at about 2.20") is the afternoon's: a writer names an hour of the night as one
("3am", "three in the morning"). A night the story is in, a told clock of the night, or a word
of the night or the morning beside it keeps it small.

Every text here is invented for these tests (none is taken from a report of the data sets).
"""

from __future__ import annotations

import pytest

from incident_reader.core import temporal

DCT = "2025-09-17"  # a Wednesday

CASES = [
    (
        'A crane toppled onto a bus shelter in Orrin on Tuesday, killing two. "These are the '
        "figures the hospital gave me at three o'clock,\" the mayor told reporters.",
        "three o'clock",
        "2025-09-16T15:00",
    ),
    (
        "Two men were hurt in a fight at a bakery in Kelby on Tuesday. The shop reopened at "
        "about 2.20, staff said.",
        "2.20",
        "2025-09-16T14:20",
    ),
    (
        "Gunmen fired on a minibus near Tull on Tuesday. A passenger said she heard the first "
        "shots at about 4.25 and hid under a seat.",
        "4.25",
        "2025-09-16T16:25",
    ),
    (
        "A lorry spilled its load on the ring road on Tuesday. The last lane was cleared by "
        "a quarter past five, the highways agency said.",
        "a quarter past five",
        "2025-09-16T17:15",
    ),
    # the night keeps it small: a night the story is in, a told clock of the night, a word
    (
        "A fire broke out at a warehouse in the early hours of Tuesday. Crews had it under "
        "control by about 3.10.",
        "3.10",
        "2025-09-16T03:10",
    ),
    (
        "A car hit a wall in Ashby at 1.15am on Tuesday. A second car stopped there at about "
        "2.30, police said.",
        "2.30",
        "2025-09-16T02:30",
    ),
    (
        "Residents of Orrin were woken on Tuesday when the bridge gave way at about 4.40 in "
        "the night, one said.",
        "4.40",
        "2025-09-16T04:40",
    ),
    # a 24-hour clock says its half by its zero
    (
        "A tram derailed in Kelby on Tuesday. The line reopened at 05:20.",
        "05:20",
        "2025-09-16T05:20",
    ),
]


@pytest.mark.parametrize(("text", "words", "value"), CASES)
def test_a_small_bare_hour_is_the_afternoons(text: str, words: str, value: str) -> None:
    found = {t.text: t.value for t in temporal.tag(text, DCT)}
    assert found[words] == value
