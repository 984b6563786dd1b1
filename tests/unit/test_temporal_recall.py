"""Which year and which side a date without a year takes: (text, dct, expected) tables."""

from __future__ import annotations

# ruff: noqa: E501  (one row a line reads as a table)
import pytest

from incident_reader.core.temporal import tag

D = "2025-02-10"  # a Monday
F = "2025-11-21"  # a Friday

# fmt: off
# A past year told as a point ("in 1998", "on 3 May 2001") is the year of a bare month or
# month-day told in the past right after it, until another year's time is named.
RECALLED = [
    ("The plant was built in 1998. In March, the first turbine was installed.", D, [("1998", "DATE", "1998"), ("March", "DATE", "1998-03")]),
    ("The club was founded in 1972. In May it played its first match, and in October it won a cup.", D, [("1972", "DATE", "1972"), ("May", "DATE", "1972-05"), ("October", "DATE", "1972-10")]),
    ("She joined the force in 2003 and in April was posted to Leeds.", D, [("2003", "DATE", "2003"), ("April", "DATE", "2003-04")]),
    ("In 2016 the ferry sank. On 4 June the captain was charged, and on 9 June he was freed.", D, [("2016", "DATE", "2016"), ("4 June", "DATE", "2016-06-04"), ("9 June", "DATE", "2016-06-09")]),
    ("The bridge was closed on 3 May 2001. In July, a barge hit it.", D, [("3 May 2001", "DATE", "2001-05-03"), ("July", "DATE", "2001-07")]),
    ("The mill opened in 1995 and the following year it was sold. In December its owner was charged.", D, [("1995", "DATE", "1995"), ("the following year", "DATE", "1996"), ("December", "DATE", "2024-12")]),
]
# Not recalled: a year that starts a period, a year modifying a noun, a future sentence, a
# time of another year named in between, a year too far back in the text.
NOT_RECALLED = [
    ("The mine has been shut since 2019. In March, two men were charged.", D, [("2019", "DATE", "2019"), ("March", "DATE", "2024-03")]),
    ("It followed the August 1988 ceasefire. The army crossed the border on Aug. 2.", D, [("August 1988", "DATE", "1988-08"), ("Aug. 2", "DATE", "2024-08-02")]),
    ("The mine flooded in 2019. The owners will appear in court in March.", D, [("2019", "DATE", "2019"), ("March", "DATE", "2025-03")]),
    ("The mine flooded in 2019. On Tuesday the owners were fined. In March, two men were charged.", D, [("2019", "DATE", "2019"), ("Tuesday", "DATE", "2025-02-04"), ("March", "DATE", "2024-03")]),
    ("The mine flooded in 2019. Its owners were fined. Nobody was hurt. In March, two men were charged.", D, [("2019", "DATE", "2019"), ("March", "DATE", "2024-03")]),
]
# The side of the DCT: a month-day with no verb beside it takes the sentence's tense, however far
# ahead it lies; a clock's own weekday is placed by the tense around the weekday itself.
SIDES = [
    ("The new timetable will run from March 3, with extra trains each Friday from August 29.", D, [("March 3", "DATE", "2025-03-03"), ("each Friday", "SET", "XXXX-WXX-5"), ("August 29", "DATE", "2025-08-29")]),
    ("The council said buses would return on Mondays from September 14.", D, [("Mondays", "SET", "XXXX-WXX-1"), ("September 14", "DATE", "2025-09-14")]),
    ("An amber warning for snow has been issued for the hills and coasts of the north from 6pm on Saturday until 9am on Sunday. Gritters went out at 4am.", F,
     [("6pm", "TIME", "2025-11-22T18:00"), ("Saturday", "DATE", "2025-11-22"), ("9am", "TIME", "2025-11-23T09:00"), ("Sunday", "DATE", "2025-11-23"), ("4am", "TIME", "2025-11-21T04:00")]),
    # a scheduled event's present reaches past a clock told in a zone ("is at 8pm BST on Sunday")
    ("Kick-off is at 8pm BST on Sunday, with coverage from 7.15pm.", "2024-07-06", [("8pm BST", "TIME", "2024-07-07T20:00"), ("Sunday", "DATE", "2024-07-07"), ("7.15pm", "TIME", "2024-07-07T19:15")]),
    ("The vote is at noon local time on Sunday.", "2024-07-06", [("noon local time", "TIME", "2024-07-07T12:00"), ("Sunday", "DATE", "2024-07-07")]),
    # a zone named by a place ("New York time") belongs to the clock, and its "a.m." ends no sentence
    ("The offer expires at 5 p.m. New York time on Nov. 30.", "2012-11-08", [("5 p.m. New York time", "TIME", "2012-11-30T17:00"), ("Nov. 30", "DATE", "2012-11-30")]),
    ("Trading resumes at 9:30 a.m. Eastern time on Monday.", "2012-11-08", [("9:30 a.m. Eastern time", "TIME", "2012-11-12T09:30"), ("Monday", "DATE", "2012-11-12")]),
    ("He arrived at 5 p.m. Police said he left on Monday.", "2012-11-08", [("5 p.m", "TIME", "2012-11-08T17:00"), ("Monday", "DATE", "2012-11-05")]),
    # a participle after a preposition modifies a noun: no past tense ("behind closed doors")
    ("The council will meet behind closed doors on Monday, diplomats said.", "2024-07-06", [("Monday", "DATE", "2024-07-08")]),
    ("He met the envoy behind closed doors on Monday.", "2024-07-06", [("Monday", "DATE", "2024-07-01")]),
    # a conjunction's phrase that ended at a comma lends no future to the verb after it
    ("The senator, who served from 1987 until 2011, died Saturday at 88.", "2022-11-27", [("1987", "DATE", "1987"), ("2011", "DATE", "2011"), ("Saturday", "DATE", "2022-11-26")]),
    # a unit word opening a compound noun is no time ("the quarter-final", "half-time")
    ("The quarter-final will be played on Saturday.", "2022-11-27", [("Saturday", "DATE", "2022-12-03")]),
    ("They led at half-time in the second quarter-final.", "2022-11-27", []),
    # a bare half or quarter in a game's report is a period of play, not of the year
    ("The striker scored twice in the first half.", "2022-11-27", []),
    ("The Eagles scored 21 points in the fourth quarter to win the game.", "2022-11-27", []),
    ("Sales of match tickets rose in the second half.", "2022-11-27", [("the second half", "DATE", "2022-H2")]),
    # a participle and "for" before a day: what is fixed for it lies ahead
    ("A day of national mourning was declared for Tuesday.", "2021-06-14", [("A day", "DURATION", "P1D"), ("Tuesday", "DATE", "2021-06-15")]),
    ("He was arrested for Tuesday's attack.", "2021-06-14", [("Tuesday", "DATE", "2021-06-08")]),
    # a bare clock told in the past is not on the day still to come that the story named last
    ("The bridge will close at 8pm on Saturday. Crews arrived at 4am to start work.", F, [("8pm", "TIME", "2025-11-22T20:00"), ("Saturday", "DATE", "2025-11-22"), ("4am", "TIME", "2025-11-21T04:00")]),
    ("The bridge will close at 8pm on Saturday. Crews will arrive at 4am.", F, [("8pm", "TIME", "2025-11-22T20:00"), ("Saturday", "DATE", "2025-11-22"), ("4am", "TIME", "2025-11-22T04:00")]),
]
# A month range's second end is completed from the first: the first such month on or after it.
MONTH_RANGES = [
    ("The exhibition runs from March to June.", "2022-01-19", [("March", "DATE", "2022-03"), ("June", "DATE", "2022-06")]),
    ("The dry spell lasted from late November until mid-December.", "2022-01-19", [("late November", "DATE", "2021-11"), ("mid-December", "DATE", "2021-12")]),
    ("The works run from November 2021 to March.", "2022-01-19", [("November 2021", "DATE", "2021-11"), ("March", "DATE", "2022-03")]),
    ("The market ran from 3 December to January.", "2022-01-19", [("3 December", "DATE", "2021-12-03"), ("January", "DATE", "2022-01")]),
    # a weekday before "to" is no month range's first end
    ("After a revision on Friday to December's figures, jobs grew.", "1998-02-06", [("Friday", "DATE", "1998-02-06"), ("December", "DATE", "1997-12")]),
]
# A forecast looks ahead like an expectation; a stretch after a verb of lasting is a DURATION.
AHEAD_AND_WHILE = [
    ("Rain is forecast to ease from Thursday afternoon.", "2022-01-19", [("Thursday afternoon", "TIME", "2022-01-20TAF")]),
    ("Temperatures are predicted to reach 40C on Saturday.", "2022-01-19", [("Saturday", "DATE", "2022-01-22")]),
    ("The man was about to be deported on Thursday morning.", "1999-10-08", [("Thursday morning", "TIME", "1999-10-07TMO")]),
    ("Rebuilding the bridge will take a while.", D, [("a while", "DURATION", "PXX")]),
    ("The search lasted some time.", D, [("some time", "DURATION", "PXX")]),
]
# fmt: on


@pytest.mark.parametrize(
    ("text", "dct", "expected"), [*RECALLED, *NOT_RECALLED, *SIDES, *MONTH_RANGES, *AHEAD_AND_WHILE]
)
def test_year_and_side(text: str, dct: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(t.text, t.type, t.value) for t in tag(text, dct)] == expected
