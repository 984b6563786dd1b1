"""An undated bulletin that tells its incident as "yesterday" and names weekdays only for what is
still to come (a deadline, a forecast) borrows the day its siblings tell first, even when they
were written days on; a dateline's day is when a sibling was filed, not a day it tells.

Every sentence here is invented for these tests (none is taken from a report of the data sets).
"""

from __future__ import annotations

import pytest

from incident_reader.core.sibling_days import sibling_day

# a Thursday's follow-up whose story opens on the Saturday before (5 days on)
FOLLOW_UP = [
    (
        "Two dead after roof gives way\n\nMARAKI – A roof collapsed on worshippers at the "
        "chapel last Saturday. A second victim died on Tuesday night. The burials will be held "
        "on Monday.",
        "2025-06-12",
    )
]
# a wire filed the day after, its dateline naming its own day twice with the story's day once
WIRE = [
    (
        "TOLBA, June 8 (Steppe Wire). A bus left the road in the pass. On June 7, at about "
        "16:20, the bus hit a rockfall, the ministry said. As of 08:00 on June 8, the road "
        "was shut.",
        "2025-06-08",
    )
]


@pytest.mark.parametrize(
    ("undated", "dated", "expected"),
    [
        # weekdays only in a warning or after "until": the incident is the follow-up's Saturday
        (
            "NEWSREADER: A roof fell in at a chapel in Maraki yesterday morning. A storm warning "
            "is in force until Friday.",
            FOLLOW_UP,
            "2025-06-08",
        ),
        (
            "ANCHOR: One worshipper died when the chapel roof collapsed yesterday. Forecasters "
            "predict gales on Sunday and Monday.",
            FOLLOW_UP,
            "2025-06-08",
        ),
        (
            "Crews were still at the pass this morning, where a bus was crushed yesterday "
            "afternoon. The road stays closed until Wednesday.",
            WIRE,
            "2025-06-08",
        ),
        (
            "HOST: Rescuers are back at the pass after yesterday's rockfall. The weather office "
            "is warning of more rain on Tuesday.",
            WIRE,
            "2025-06-08",
        ),
        # the same day: "this morning" is the story's first day itself
        ("A bus was crushed by falling rock in the pass this morning.", WIRE, "2025-06-07"),
    ],
)
def test_a_bulletin_borrows_the_day_its_siblings_tell_first(
    undated: str, dated: list[tuple[str, str]], expected: str
) -> None:
    assert sibling_day(undated, dated) == expected


def test_a_weekday_told_as_past_is_still_the_incidents() -> None:
    # near miss: "on Saturday" told in the past is the story's day, not a day to come
    undated = "A roof collapsed on worshippers at the chapel on Saturday, police said."
    assert sibling_day(undated, FOLLOW_UP) == "2025-06-08"


def test_a_bare_weekday_days_before_its_sibling_is_no_firm_day() -> None:
    # near miss: "on Saturday" bare in a report written five days on may be the coming Saturday
    bare = [("A roof collapsed on worshippers at the chapel on Saturday.", "2025-06-12")]
    assert sibling_day("NEWSREADER: A roof fell in yesterday. Rain until Friday.", bare) is None


def test_a_bulletin_with_no_day_and_no_sibling_day_in_reach_is_left_undated() -> None:
    # near miss: the sibling's first told day is a month before it was written
    old = [("A roof collapsed on the chapel on May 3. The inquiry opened.", "2025-06-12")]
    assert sibling_day("A storm warning is in force until Friday. It fell yesterday.", old) is None
