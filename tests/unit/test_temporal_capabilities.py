"""Issue 15's capabilities, one table each: (text, dct, expected [(extent, type, value)])."""

from __future__ import annotations

# ruff: noqa: E501  (one row a line reads as a table)
import pytest

from incident_reader.core.temporal import tag

D = "2018-08-14"  # a Tuesday

# fmt: off
# 1. A count with a signal is a DURATION beside its anchor; "ago" and "a year earlier" are dates.
SIGNALLED = [
    ("Three days later the ferry sank.", D, [("Three days", "DURATION", "P3D")]),
    ("He was freed 21 minutes later.", D, [("21 minutes", "DURATION", "PT21M")]),
    ("Ten days before the vote, he quit.", D, [("Ten days", "DURATION", "P10D")]),
    ("It opened three days ago.", D, [("three days ago", "DATE", "2018-08-11")]),
    ("Sales rose from a year earlier.", D, [("a year earlier", "DATE", "2017")]),
    ("The bridge opened a fortnight earlier than planned.", D, [("a fortnight", "DURATION", "P2W")]),
    ("Six years from now the debt will be gone.", D, [("Six years", "DURATION", "P6Y"), ("now", "DATE", "PRESENT_REF")]),
    ("The strike ended two weeks after it began.", D, [("two weeks", "DURATION", "P2W")]),
    # a length told in units from larger to smaller is one DURATION; anything else stays apart
    ("The man was jailed for two years and eight months.", D, [("two years and eight months", "DURATION", "P2Y8M")]),
    ("The plane was in the air for 1 hour 40 minutes.", D, [("1 hour 40 minutes", "DURATION", "PT1H40M")]),
    ("The race took 2 hours 5 minutes 30 seconds.", D, [("2 hours 5 minutes 30 seconds", "DURATION", "PT2H5M30S")]),
    ("The search lasted two weeks and three days.", D, [("two weeks and three days", "DURATION", "P17D")]),
    ("He served one year, six months of it in solitary.", D, [("one year", "DURATION", "P1Y"), ("six months", "DURATION", "P6M")]),
    ("He got 18 months and his brother 2 years.", D, [("18 months", "DURATION", "P18M"), ("2 years", "DURATION", "P2Y")]),
    ("He was jailed for 4½ years.", D, [("4½ years", "DURATION", "P4Y6M")]),
]
# 2. Ranges and coordinations: one expression per side, each completed from the other.
RANGES = [
    ("The summit is on April 24 and 25.", "1999-02-10", [("April 24", "DATE", "1999-04-24"), ("25", "DATE", "1999-04-25")]),
    ("He was mayor from 1999-2001.", D, [("1999", "DATE", "1999"), ("2001", "DATE", "2001")]),
    ("It was the 1987-88 season.", D, [("1987", "DATE", "1987"), ("88", "DATE", "1988")]),
    ("Call 2012-34 for tickets.", D, [("2012", "DATE", "2012")]),
    ("The last patient left between 2 and 3 a.m. on Sunday.", D, [("2", "TIME", "2018-08-12T02:00"), ("3 a.m.", "TIME", "2018-08-12T03:00"), ("Sunday", "DATE", "2018-08-12")]),
    ("The cure takes between two and four weeks.", D, [("two", "DURATION", "P2W"), ("four weeks", "DURATION", "P4W")]),
    # without "between" a count range stays one vague span, as TimeBank writes "two to three weeks"
    ("Repairs will take three to four weeks.", D, [("three to four weeks", "DURATION", "PXW")]),
    ("Markets opened at 09:30 GMT Friday.", D, [("09:30 GMT", "TIME", "2018-08-10T09:30"), ("Friday", "DATE", "2018-08-10")]),
    # "every" covers each weekday of its list
    ("Patrols will run every Friday and Saturday night.", D, [("every Friday", "SET", "XXXX-WXX-5"), ("Saturday night", "SET", "XXXX-WXX-6TNI")]),
    ("The market opens every Monday, Wednesday and Friday.", D, [("every Monday", "SET", "XXXX-WXX-1"), ("Wednesday", "SET", "XXXX-WXX-3"), ("Friday", "SET", "XXXX-WXX-5")]),
    ("He came every Friday. On Saturday he left.", D, [("every Friday", "SET", "XXXX-WXX-5"), ("Saturday", "DATE", "2018-08-11")]),
]
# 3. Anaphoric period nouns take the story's reference time, not the DCT.
ANAPHORIC = [
    ("He fled in June 1998 and returned later that year.", "2000-01-28", [("June 1998", "DATE", "1998-06"), ("later that year", "DATE", "1998")]),
    ("The mill opened on 3 May 2001. The next day it burned.", D, [("3 May 2001", "DATE", "2001-05-03"), ("The next day", "DATE", "2001-05-04")]),
    ("The storm hit on June 3. That day, 40 homes flooded.", D, [("June 3", "DATE", "2018-06-03"), ("That day", "DATE", "2018-06-03")]),
    ("Three people died in the first half of the year.", "2024-07-10", [("the first half of the year", "DATE", "2024-H1")]),
    ("On the morning of the 12th, the ship sank.", "2024-07-20", [("the morning of the 12th", "TIME", "2024-07-12TMO")]),
    # a night named by the days it spans (Continental style) is the first day's night
    ("The fire broke out in the night from Saturday to Sunday.", "2024-06-18", [("night from Saturday", "TIME", "2024-06-15TNI"), ("Sunday", "DATE", "2024-06-16")]),
    ("He was last seen at about half past four on the afternoon of 14 June.", "2024-06-20", [("half past four", "TIME", "2024-06-14T16:30"), ("the afternoon of 14 June", "TIME", "2024-06-14TAF")]),
    # the n-th week of a month is the calendar week holding most of its days
    ("The work will finish in the first week of June.", "2024-03-10", [("the first week of June", "DATE", "2024-W23")]),
    ("The last week of May was the wettest.", "2024-07-10", [("The last week of May", "DATE", "2024-W22")]),
]
# 4. Bare and vague durations.
BARE = [
    ("Police were called hours before the blast.", D, [("hours", "DURATION", "PTXH")]),
    ("The repairs could take months.", D, [("months", "DURATION", "PXM")]),
    ("The road was shut for years.", D, [("years", "DURATION", "PXY")]),
    ("The talks may take a while.", D, [("a while", "DURATION", "PXX")]),
    ("It will take some time to rebuild.", D, [("some time", "DURATION", "PXX")]),
    ("Over the past century, the town grew.", D, [("the past century", "DURATION", "P100Y")]),
    # "last" after a subject or a modal is the verb, outside the extent
    ("Symptoms last six days.", D, [("six days", "DURATION", "P6D")]),
    ("The outage could last two weeks.", D, [("two weeks", "DURATION", "P2W")]),
    ("Rain fell over the last two days.", D, [("the last two days", "DURATION", "P2D")]),
    ("Prices could fall further in the weeks ahead.", D, [("the weeks ahead", "DURATION", "PXW")]),
]
# 5. Surface forms of news.
SURFACE = [
    ("She won the race in 2:14:05.", D, [("2:14:05", "DURATION", "PT2H14M5S")]),
    ("The doors open at 9 PM.", D, [("9 PM", "TIME", "2018-08-14T21:00")]),
    ("He walks the dog every evening.", D, [("every evening", "SET", "XXXX-XX-XXTEV")]),
    ("The fair is held yearly.", D, [("yearly", "SET", "P1Y")]),
    ("The crews met at 14h30.", D, [("14h30", "TIME", "2018-08-14T14:30")]),
    ("The alarm rang at 6 AM.", D, [("6 AM", "TIME", "2018-08-14T06:00")]),
    ("The team trains each week.", D, [("each week", "SET", "P1W")]),
    ("Debt will fall by year-end.", "1989-11-02", [("year-end", "DATE", "1989-12-31")]),
    ("Profits rose at year-end.", "1989-11-02", [("year-end", "DATE", "1988-12-31")]),
    ("A day-long strike shut the port.", D, [("day-long", "DURATION", "P1D")]),
    # a dotted 24-hour clock with "hours" after a clock preposition; a decimal elsewhere
    ("The fire broke out at about 16.45 hours on Sunday.", D, [("16.45 hours", "TIME", "2018-08-12T16:45"), ("Sunday", "DATE", "2018-08-12")]),
    ("The pass was closed until 06:30 hrs.", D, [("06:30 hrs", "TIME", "2018-08-14T06:30")]),
    ("He ran for 2.5 hours.", D, [("2.5 hours", "DURATION", "PT2H30M")]),
    ("On 06/15/2024 at approximately 2315 hours, officers responded.", "2024-06-17", [("06/15/2024", "DATE", "2024-06-15"), ("2315 hours", "TIME", "2024-06-15T23:15")]),
    # a day of the month without its article (South Asian English)
    ("He will be sentenced on 30th.", "2024-07-10", [("30th", "DATE", "2024-07-30")]),
]
# fmt: on


@pytest.mark.parametrize(
    ("text", "dct", "expected"), [*SIGNALLED, *RANGES, *ANAPHORIC, *BARE, *SURFACE]
)
def test_capability(text: str, dct: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(t.text, t.type, t.value) for t in tag(text, dct)] == expected


def test_a_joined_duration_reads_in_words() -> None:
    """The reader and the Markdown export spell a joined length out, never as TIMEX3 notation."""
    from incident_reader.core.export import _when_vague
    from incident_reader.ui.timefmt import readable_value

    value = tag("He was jailed for two years and eight months.", D)[0].value
    assert readable_value(value) == _when_vague(value) == "2 years 8 months"
    assert readable_value("PT1H40M") == "1 hour 40 minutes"
