"""An undated report borrows its day from what its dated siblings tell of their first days: the
weekday they name in their own week ("on Friday" in Saturday's paper) or their own day ("this
morning"), and the month and day it writes itself ("on October 17") when they tell that day.

Every sentence here is invented for these tests (none is taken from a report of the data sets).
"""

from __future__ import annotations

import pytest

from incident_reader.core.sibling_days import sibling_day

# Saturday 18 October 2025: "on Friday" is the 17th.
BY_WEEKDAY = [("A bus overturned on a mountain road on Friday, killing four, police said.",
               "2025-10-18")]  # fmt: skip
BY_OWN_DAY = [("Four pilgrims died when their bus overturned this morning.", "2025-10-17")]
BY_LAST_NIGHT = [("A bus overturned on the pass last night; four died.", "2025-10-18")]


@pytest.mark.parametrize(
    ("undated", "dated", "expected"),
    [
        ("Four people died when a bus overturned on the mountain road this morning.",
         BY_WEEKDAY, "2025-10-17"),
        ("A bus overturned on the mountain road earlier today, killing four.",
         BY_WEEKDAY, "2025-10-17"),
        ("Four passengers were killed last night when their coach left the road.",
         BY_WEEKDAY, "2025-10-18"),
        ("The coach that overturned yesterday was carrying thirty pilgrims.",
         BY_WEEKDAY, "2025-10-18"),
        ("PRESENTER: Four dead after a bus came off the pass this afternoon.",
         BY_OWN_DAY, "2025-10-17"),
        ("Rescuers worked through the night after a bus plunged off the road this evening.",
         BY_LAST_NIGHT, "2025-10-17"),
    ],
)  # fmt: skip
def test_a_deictic_day_takes_the_day_a_sibling_tells_in_its_first_days(
    undated: str, dated: list[tuple[str, str]], expected: str
) -> None:
    assert sibling_day(undated, dated) == expected


@pytest.mark.parametrize(
    "dated",
    [
        # a later stage's weekday dates no incident
        [("The driver was charged on Friday over the crash.", "2025-10-18")],
        # a week on: no first day's coverage
        [("A bus overturned on a mountain road on Friday.", "2025-10-23")],
        # two siblings telling two days: no telling which
        [("A bus overturned on Friday.", "2025-10-18"), ("A bus overturned on Thursday.",
                                                         "2025-10-17")],
    ],
)  # fmt: skip
def test_no_first_day_or_no_single_one_lends_none(dated: list[tuple[str, str]]) -> None:
    assert sibling_day("Four people died when a bus overturned this morning.", dated) is None


@pytest.mark.parametrize(
    "undated",
    [
        "A fuel tanker exploded at the depot on October 17, killing three workers.",
        "On 17 October a tanker blew up beside the depot gate.",
        "Three men died in the tanker blast of Oct. 17, the union said.",
        "The depot, where a tanker exploded on the 17th of October, stays shut.",
        "Investigators said the tanker that exploded on October 17 had a faulty valve; a fourth "
        "worker died on October 20.",
    ],
)
def test_a_month_day_the_siblings_tell_dates_the_text(undated: str) -> None:
    # the day itself: the inferred DCT then reads the later steps it tells after it
    dated = [("A fuel tanker exploded at the depot on Friday, killing three.", "2025-10-18")]
    assert sibling_day(undated, dated) == "2025-10-17"


def test_a_month_day_the_siblings_do_not_tell_lends_nothing() -> None:
    dated = [("A fuel tanker exploded at the depot on Friday, killing three.", "2025-10-18")]
    assert sibling_day("A tanker exploded at the depot on October 3.", dated) is None


@pytest.mark.parametrize(
    "undated",
    [
        "A court on Thursday, Nov. 20 jailed the driver of the tanker that exploded on October 17.",
        "On Monday 24 November a judge sentenced the driver over the blast of October 17.",
    ],
)
def test_a_text_dated_by_its_own_weekday_and_month_day_borrows_no_day(undated: str) -> None:
    dated = [("A fuel tanker exploded at the depot on Friday, killing three.", "2025-10-18")]
    assert sibling_day(undated, dated) is None
