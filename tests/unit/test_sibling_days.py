"""An undated report borrows its DCT from the day its dated siblings name for its weekday.

Every text here is invented for these tests (none is taken from a report of the data sets).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from incident_reader.core.analysis import analyse
from incident_reader.core.loading import with_year_hints
from incident_reader.core.model import DctSource, Report
from incident_reader.core.sibling_days import sibling_day

COURT = (
    "A van driver who hit a cyclist on Mill Road has been jailed. The court heard he struck"
    " Ewan Tait at 6.10pm on 3 March last year. He was sentenced on Thursday."
)
ANNIVERSARY = (
    "Ten years ago today, a boiler blew up in the Tarn Street laundry. At 7.02am on"
    " October 4, 2015, the blast tore through the building."
)

CASES = [
    # the court report names one Monday: 3 March 2025; the undated report's Monday is it
    (
        "A cyclist was badly hurt on Monday evening in Mill Road.",
        [(COURT, "2026-01-16")],
        "2025-03-04",
    ),
    # an anniversary names one Sunday ten years back (4 October 2015)
    (
        "Two workers died in a laundry blast early on Sunday.",
        [(ANNIVERSARY, "2025-10-04")],
        "2015-10-05",
    ),
    # the weekday named nowhere among the siblings' days: nothing to borrow
    ("A cyclist was badly hurt on Tuesday in Mill Road.", [(COURT, "2026-01-16")], None),
    # no weekday in the undated text
    ("A cyclist was badly hurt in Mill Road.", [(COURT, "2026-01-16")], None),
    # a lone first-day sibling that writes out no date: the weekday of its own week
    (
        "Nine people were hurt when a tram came off the rails on Tuesday.",
        [("A tram derailed in Osterby on Tuesday evening, police said.", "2025-09-17")],
        "2025-09-17",
    ),
    (
        "Nine people were hurt when a tram came off the rails on Tuesday.",
        [("The tram driver appeared in court on Tuesday.", "2025-09-17")],
        None,
    ),
    # two Mondays named as often: no telling which
    (
        "A crane fell on Monday.",
        [("It fell on 2 June. Work resumed on 9 June.", "2025-06-20")],
        None,
    ),
    # two Tuesdays named once each (the story's and one recalled): the dateline's day is the
    # morrow of one of them; a day the text only recalls ("since June 4") breaks no tie
    (
        "LEEDS, March 9 (Wire): A lorry hit a tram on Tuesday evening.",
        [
            ("The tram crash of March 8, 2022 was the worst since June 4, 2019.", "2024-02-01"),
        ],
        "2022-03-09",
    ),
    # ... and a sibling's day after "since" is a yardstick, not a day of the story: no tie left
    (
        "A lorry hit a tram on Tuesday, the worst crash in the city since June 4.",
        [
            ("The tram crash of March 8, 2022 was the worst since June 4, 2019.", "2024-02-01"),
        ],
        "2022-03-09",
    ),
    # a sibling's own DCT, or its weekday in a sentence of a later stage, dates no incident
    (
        "A crane fell on Sunday.",
        [("Its owner was fined on Sunday for the fall.", "2025-06-22")],
        None,
    ),
]


@pytest.mark.parametrize(("text", "dated", "expected"), CASES)
def test_the_weekday_is_found_among_the_siblings_days(
    text: str, dated: list[tuple[str, str]], expected: str | None
) -> None:
    assert sibling_day(text, dated) == expected


def _report(rid: str, text: str, dct: str | None) -> Report:
    source = DctSource.HEADER if dct else DctSource.NONE
    return Report(rid, Path(f"{rid}.txt"), "", text, dct, source, rid)


def test_an_undated_first_report_is_dated_through_a_court_report() -> None:
    undated = _report("first", "A cyclist was badly hurt on Monday evening in Mill Road.", None)
    court = _report("court", COURT, "2026-01-16")
    hinted = {r.id: r for r in with_year_hints([undated, court])}
    assert hinted["first"].date_hint == "2025-03-04"
    analysis = analyse(hinted["first"])
    assert analysis.dct == "2025-03-04"
    assert [f.value for f in analysis.facts if f.kind == "incident.date"] == ["2025-03-03"]


def test_the_story_first_days_still_win() -> None:
    undated = _report("late", "A crane fell on Monday, police said.", None)
    a = _report("a", "A crane fell on 2 June.", "2025-06-03")
    b = _report("b", "Work stopped after a crane fell.", "2025-06-04")
    hinted = {r.id: r for r in with_year_hints([undated, a, b])}
    assert hinted["late"].date_hint == "2025-06-03"


def test_a_yardstick_day_after_since_is_no_day_of_the_story() -> None:
    undated = "A lorry ploughed into a market on Tuesday, the deadliest attack since the 1990s."
    dated = [
        ("The driver who killed six on March 4, 2025 was jailed on Monday.", "2026-01-12"),
        ("It was the worst attack since Sept. 11, 2001, officials said.", "2026-02-02"),
    ]
    assert sibling_day(undated, dated) == "2025-03-05"


def test_of_two_days_named_as_often_the_one_a_sibling_covered_as_news_wins() -> None:
    undated = "A van hit a queue outside the arena on Tuesday evening, police said."
    dated = [
        ("A van hit a queue outside the arena on Nov. 4, 2025, killing two.", "2025-11-05"),
        ("The arena had been evacuated on Oct. 7, 2025 after a bomb scare.", "2026-03-01"),
    ]
    assert sibling_day(undated, dated) == "2025-11-05"


def test_a_lone_sibling_telling_it_as_last_night_lends_that_day_to_its_weekday() -> None:
    undated = "Twenty passengers escaped when their coach caught fire on Friday night."
    dated = [("A coach went on fire on the N11 last night, gardaí said.", "2025-03-08")]
    assert sibling_day(undated, dated) == "2025-03-08"  # the morrow of Friday 7 March


def test_a_sibling_day_of_another_weekday_lends_nothing() -> None:
    undated = "Twenty passengers escaped when their coach caught fire on Thursday night."
    dated = [("A coach went on fire on the N11 last night, gardaí said.", "2025-03-08")]
    assert sibling_day(undated, dated) is None


def test_a_text_telling_later_weekdays_borrows_no_morrow_from_last_night() -> None:
    undated = "A man stabbed on Friday night died. A suspect was charged on Tuesday."
    dated = [("A man was stabbed outside a pub last night, police said.", "2025-03-08")]
    assert sibling_day(undated, dated) is None


def test_a_same_day_blog_naming_no_day_lends_its_day_to_its_weekday() -> None:
    undated = "A coach went on fire on the M8 on Saturday evening. Its operator spoke on Sunday."
    dated = [
        ("7.52pm: A coach is on fire on the M8. 8.10pm: All passengers are off.", "2025-03-08")
    ]
    assert sibling_day(undated, dated) == "2025-03-09"


# An undated report's own words say whether it was written on its incident's day or the morrow.
OWN_DAY = [
    # the day's later part told as "this afternoon": written that same day
    ("A gantry fell on the ring road early on Tuesday morning. Crews were still there this"
     " afternoon.", "2024-05-07"),
    ("A ferry ran aground on Tuesday morning; tugs were pulling at it this evening.", "2024-05-07"),
    ("Tuesday afternoon's gas blast shut the market, and traders were told to stay away tonight.",
     "2024-05-07"),
    # a night told by its weekday ends on the morrow, whatever "this morning" follows
    ("A gantry fell late on Tuesday night. Police said this morning nobody was hurt.",
     "2024-05-08"),
    # the day before told as such: the morrow
    ("A gantry fell on Tuesday morning. Yesterday's closure caused long queues.", "2024-05-08"),
    # a later stage's "this afternoon" dates no incident
    ("A gantry fell on Tuesday morning. The contractor is due in court this afternoon.",
     "2024-05-08"),
    # no part of the day to weigh "this morning" against: the morrow, as before
    ("A gantry fell on Tuesday, police said this morning.", "2024-05-08"),
]  # fmt: skip
GANTRY_SIBLINGS = [
    ("The gantry that fell on 7 May 2024 had not been inspected, a report found.", "2025-02-01"),
    ("Nobody has been charged over the gantry collapse of May 7, 2024.", "2025-05-07"),
]


@pytest.mark.parametrize(("text", "expected"), OWN_DAY)
def test_the_report_tells_whether_it_was_written_that_day_or_the_next(
    text: str, expected: str
) -> None:
    assert sibling_day(text, GANTRY_SIBLINGS) == expected


NO_WEEKDAY = [
    ("Three workers died when a gantry fell on the ring road this morning.", "2024-05-07"),
    ("A gantry fell on the ring road today, trapping a van.", "2024-05-07"),
    ("A gantry that fell on the ring road yesterday killed three workers.", "2024-05-08"),
    ("A gantry fell on the ring road, killing three workers.", None),  # no day told at all
    ("The contractor will appear in court this morning over the gantry.", None),  # a later stage
]


@pytest.mark.parametrize(("text", "expected"), NO_WEEKDAY)
def test_a_report_naming_no_weekday_takes_the_day_its_siblings_agree_on(
    text: str, expected: str | None
) -> None:
    assert sibling_day(text, GANTRY_SIBLINGS) == expected


def test_siblings_that_agree_on_no_day_lend_none_to_this_morning() -> None:
    siblings = [
        ("A gantry fell on 7 May 2024.", "2025-02-01"),
        ("Another gantry fell on 9 June 2024.", "2025-05-07"),
    ]
    assert sibling_day("A gantry fell this morning.", siblings) is None
