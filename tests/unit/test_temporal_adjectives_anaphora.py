"""Issue 15's later capabilities, one table each: (text, dct, expected [(extent, type, value)]).

Years that premodify a noun, durations inside adjectives, clock sequences across midnight and
anaphoric period nouns; every sentence is invented.
"""

from __future__ import annotations

# ruff: noqa: E501  (one row a line reads as a table)
import time

import pytest

from incident_reader.core.temporal import tag

D = "2018-08-14"  # a Tuesday

# fmt: off
# A year before a common noun is a DATE (TimeML, as TimeBank's "the 1987 level", "the 1998
# abortion"); a year that ends a name or gives a car's model year is not.
YEAR_PREMODIFIER = [
    ("The 1966 squad was honoured at the ground.", D, [("1966", "DATE", "1966")]),
    ("Lenders blamed the 2008 crisis.", D, [("2008", "DATE", "2008")]),
    ("The bank failed in 2008.", D, [("2008", "DATE", "2008")]),
    ("Officers found his 1994 Vauxhall in a lay-by.", D, []),
    ("Investigators traced the driver's 2004 Toyota to a garage.", D, []),
    ("The contractor, Meridian 2000, denied any fault.", D, []),
    ("A plan called Vision 2030 was dropped.", D, []),
    ("In 1998 the tunnel opened.", D, [("1998", "DATE", "1998")]),
    ("The ruling overrode a 1971 Convention which gave the right.", D, [("1971", "DATE", "1971")]),
    ("A 2004 Ford Focus hit the barrier.", D, []),
    ("The crane was built in Summer 2019.", D, [("Summer 2019", "DATE", "2019-SU")]),
    ("The Class of 1999 gathered for a vigil.", D, [("1999", "DATE", "1999")]),
]
# A unit inside an adjective is a DURATION when it says how long a state has lasted; an age of a
# person or a thing is no timex.
ADJECTIVE_DURATIONS = [
    ("The 8-month-old truce collapsed.", D, [("8-month-old", "DURATION", "P8M")]),
    ("It ended a years-old slump in bookings.", D, [("years-old", "DURATION", "PXY")]),
    ("The two sides held a day-long meeting.", D, [("day-long", "DURATION", "P1D")]),
    ("Their third day-long hearing ended.", D, [("day-long", "DURATION", "P1D")]),
    ("The decades-long feud between the clans flared.", D, [("decades-long", "DURATION", "PXY")]),
    ("A yearlong inquiry found faults.", D, [("yearlong", "DURATION", "P1Y")]),
    ("Dockers began a two-week-long strike.", D, [("two-week-long", "DURATION", "P2W")]),
    ("A 3-week-old ceasefire broke down.", D, [("3-week-old", "DURATION", "P3W")]),
    ("The two-year contract lapsed.", D, [("two-year", "DURATION", "P2Y")]),
    ("The 25-year-old driver was arrested.", D, []),
    ("A 6-month-old baby was rescued.", D, []),
    ("The 47-year-old Brennan was charged.", D, []),
    ("A 50-year-old bridge gave way.", D, []),
    ("A centuries-old church burned.", D, []),
]
# A clock sequence through midnight: the small hours after a late evening are the next day.
MIDNIGHT = [
    ("Police were called at 11.50pm on Friday. A second call came at 12.10am.", "2024-03-10",
     [("11.50pm", "TIME", "2024-03-08T23:50"), ("Friday", "DATE", "2024-03-08"), ("12.10am", "TIME", "2024-03-09T00:10")]),
    ("The ferry left at 23:50 on 8 March. It sank at 00:20, the coastguard said.", "2024-03-10",
     [("23:50", "TIME", "2024-03-08T23:50"), ("8 March", "DATE", "2024-03-08"), ("00:20", "TIME", "2024-03-09T00:20")]),
    ("The convoy will leave at 4 in the morning, officials said.", D, [("4 in the morning", "TIME", "2018-08-15T04:00")]),
    ("The convoy left at 4 in the morning, officials said.", D, [("4 in the morning", "TIME", "2018-08-14T04:00")]),
    ("Officers were called shortly before midnight on Christmas Eve.", "2013-03-14",
     [("midnight", "TIME", "2012-12-24T24:00"), ("Christmas Eve", "DATE", "2012-12-24")]),
    ("The festival, which began at 9am on the 6th, ended.", "2013-03-14",
     [("9am", "TIME", "2013-03-06T09:00"), ("the 6th", "DATE", "2013-03-06")]),
    ("The alarm sounded at 11:45 p.m. Thursday. Crews arrived at 1:15 a.m.", "2024-03-10",
     [("11:45 p.m. Thursday", "TIME", "2024-03-07T23:45"), ("1:15 a.m", "TIME", "2024-03-08T01:15")]),
]
# Anaphoric period nouns: the story's named day (or year), else underspecified, never the DCT.
ANAPHORIC_PERIODS = [
    ("He died on Jan 4. Two men came to the house the day after his death.", D,
     [("Jan 4", "DATE", "2018-01-04"), ("the day", "DATE", "2018-01-05")]),
    ("The blaze began on 3 March. Crews left the day before the inquest opened.", D,
     [("3 March", "DATE", "2018-03-03"), ("the day", "DATE", "2018-03-02")]),
    ("A guard was arrested on Friday and freed that same day.", D,
     [("Friday", "DATE", "2018-08-10"), ("that same day", "DATE", "2018-08-10")]),
    ("Witnesses said that day was the worst of their lives.", D, [("that day", "DATE", "XXXX-XX-XX")]),
    ("Shares fell on Oct. 12, the day before the crash.", D, [("Oct. 12", "DATE", "2017-10-12"), ("the day", "DATE", "2017-10-12")]),
    ("He was arrested and released the next day.", D, [("the next day", "DATE", "XXXX-XX-XX")]),
    ("Residents were evacuated that night.", D, [("that night", "TIME", "XXXX-XX-XXTNI")]),
    ("The dam broke on Sunday. That night, residents fled.", D, [("Sunday", "DATE", "2018-08-12"), ("That night", "TIME", "2018-08-12TNI")]),
    ("Two men were held the day after the raid.", D, [("the day", "DATE", "XXXX-XX-XX")]),
    ("The pit closed later that year.", D, [("later that year", "DATE", "XXXX")]),
    ("The pit opened in 1990 and closed later that year.", D, [("1990", "DATE", "1990"), ("later that year", "DATE", "1990")]),
    ("The day before yesterday it rained.", D, [("The day before yesterday", "DATE", "2018-08-12")]),
    ("Mourners gathered on the 40th day after the killings.", D, [("the 40th day", "DATE", "XXXX-XX-XX")]),
    ("It is the second day of the strike.", D, [("the second day", "DATE", "2018-08-14")]),
    ("The search, in its third day, goes on.", D, [("its third day", "DATE", "2018-08-14")]),
]
# Vague stretches and plural units with "the": DURATIONs of unknown length.
VAGUE_STRETCHES = [
    ("Residents will be without water for a while.", D, [("a while", "DURATION", "PXX")]),
    ("Engineers may stay on site for some time.", D, [("some time", "DURATION", "PXX")]),
    ("The valley was flooded for centuries.", D, [("centuries", "DURATION", "PXCE")]),
    ("Over the years the quarry grew.", D, [("the years", "DURATION", "PXY")]),
    ("In the years that followed, the ward closed.", D, [("the years", "DURATION", "PXY")]),
    ("Nine miners were found in the first hours of the rescue.", D, [("the first hours", "DURATION", "PTXH")]),
    ("The plan will shape the town in the years ahead.", D, [("the years ahead", "DATE", "FUTURE_REF")]),
]
# A quarter after the DCT's own, told in the past, is last year's.
QUARTERS = [
    ("The carrier reported a loss for the fourth quarter.", "1998-01-26", [("the fourth quarter", "DATE", "1997-Q4")]),
    ("The carrier expects a profit in the fourth quarter.", "1998-01-26", [("the fourth quarter", "DATE", "1998-Q4")]),
    ("Output fell in the third quarter.", "1989-11-02", [("the third quarter", "DATE", "1989-Q3")]),
]
# A range between two counts: one DURATION per side; other count ranges stay one vague span.
COUNT_RANGES = [
    ("Patients wait between two to six days for a liver.", D, [("two", "DURATION", "P2D"), ("six days", "DURATION", "P6D")]),
    ("The repairs take between two and four weeks.", D, [("two", "DURATION", "P2W"), ("four weeks", "DURATION", "P4W")]),
    ("The work will last the next 12 to 18 months.", D, [("the next 12 to 18 months", "DURATION", "PXM")]),
]
# Repetitions with a count are SETs.
COUNTED_SETS = [
    ("Inspectors visit the pit every six months.", D, [("every six months", "SET", "P6M")]),
    ("A shuttle leaves every 20 minutes.", D, [("every 20 minutes", "SET", "PT20M")]),
    ("The bins are emptied every other day.", D, [("every other day", "SET", "P2D")]),
    ("Tremors were felt every few weeks.", D, [("every few weeks", "SET", "PXW")]),
]
# Earlier and later belong to a named day's word ("Earlier yesterday"), not to a weekday.
EARLIER_LATER = [
    ("Earlier yesterday, divers found a second body.", D, [("Earlier yesterday", "DATE", "2018-08-13")]),
    ("Later Thursday, police named the driver.", "2018-08-17", [("Thursday", "DATE", "2018-08-16")]),
]
# A count before "from now" is a DURATION beside "now"; "ago" makes the whole a past DATE.
SIGNALLED_COUNTS = [
    ("The dam will be replaced six years from now.", D, [("six years", "DURATION", "P6Y"), ("now", "DATE", "PRESENT_REF")]),
    ("The shaft flooded two or three years ago.", D, [("two or three years ago", "DATE", "2016")]),
    ("The warning came some time ago.", D, [("some time ago", "DATE", "PAST_REF")]),
    ("A while ago the crossing had no barrier.", D, [("A while ago", "DATE", "PAST_REF")]),
]
# Weekday ranges: the second end is on or after the first; dawn and dusk after a preposition.
DAY_RANGES_AND_DAWN = [
    ("The line will be shut from Monday to Friday.", D, [("Monday", "DATE", "2018-08-20"), ("Friday", "DATE", "2018-08-24")]),
    ("The line was shut from Thursday to Monday.", D, [("Thursday", "DATE", "2018-08-09"), ("Monday", "DATE", "2018-08-13")]),
    ("Statements made Friday and Thursday were read out.", D, [("Friday", "DATE", "2018-08-10"), ("Thursday", "DATE", "2018-08-09")]),
    ("Shares bought from Sept. 14 to Thursday rose.", D, [("Sept. 14", "DATE", "2018-09-14"), ("Thursday", "DATE", "2018-08-09")]),
    ("Police raided the camp at daybreak.", D, [("daybreak", "DATE", "2018-08-14")]),
    ("Divers stopped at nightfall on Sunday.", D, [("Sunday", "DATE", "2018-08-12")]),
    ("Crews will start again at first light Monday.", D, [("Monday", "DATE", "2018-08-20")]),
    ("Officers carried out a dawn raid.", D, []),
    ("The song was a hit in the 90s.", D, [("the 90s", "DATE", "199")]),
    ("Both victims were in their 90s.", D, []),
]
# A zero-led four-digit count of hours is a 24-hour clock, whatever qualifies it.
MILITARY_CLOCKS = [
    ("At approximately 0245 hours officers responded.", D, [("0245 hours", "TIME", "2018-08-14T02:45")]),
    ("He did 1200 hours of community service.", D, [("1200 hours", "DURATION", "PT1200H")]),
]
# Coordinated days before one month: each side a DATE, the first completed from the second.
DAY_COORDINATIONS = [
    ("Flights resumed on 3 and 4 June.", "2013-03-14", [("3", "DATE", "2012-06-03"), ("4 June", "DATE", "2012-06-04")]),
    ("Talks were held 12-14 October.", "2013-03-14", [("12", "DATE", "2012-10-12"), ("14 October", "DATE", "2012-10-14")]),
    ("The children, aged 3 and 4, were saved.", D, []),
    ("It was founded in the mid-1800s.", D, [("mid-1800s", "DATE", "18")]),
]
# fmt: on


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        *YEAR_PREMODIFIER,
        *ADJECTIVE_DURATIONS,
        *MIDNIGHT,
        *ANAPHORIC_PERIODS,
        *VAGUE_STRETCHES,
        *QUARTERS,
        *COUNT_RANGES,
        *COUNTED_SETS,
        *EARLIER_LATER,
        *SIGNALLED_COUNTS,
        *DAY_RANGES_AND_DAWN,
        *MILITARY_CLOCKS,
        *DAY_COORDINATIONS,
    ],
)
def test_capability(text: str, dct: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(t.text, t.type, t.value) for t in tag(text, dct)] == expected


@pytest.mark.parametrize("before", ["at 9am", "at 9am on Monday", "on 3 May", "on Monday"])
def test_a_whitespace_run_after_an_expression_stays_linear(before: str) -> None:
    """A clock followed by a long blank run once backtracked quadratically (20,000 spaces: 16 s)."""
    text = before + " " * 20_000 + "x to Friday and 4 May"
    started = time.process_time()
    tag(text, D)
    assert time.process_time() - started < 2.0
