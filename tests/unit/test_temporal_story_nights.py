"""Which day a clock time, "overnight" or a four-figure "hours" clock lands on: (text, dct, [(extent, value)]).

Every sentence is invented for these tests, in several outlets' styles (wire, tabloid, police
release, live blog, court copy).
"""

from __future__ import annotations

# ruff: noqa: E501  (one row a line reads as a table)
import pytest

from incident_reader.core.temporal import tag

# fmt: off
# A four-figure clock with "hours" is a clock, not a duration, after a label's colon, after
# "as of" / "as at" / "between", or with a day after it; a total of hours stays a duration.
HOURS_CLOCKS = [
    ("Issued: 1845 hours", "2026-06-27", [("1845 hours", "2026-06-27T18:45")]),
    ("ENDS\nTime of release: 2010 hrs\n", "2026-06-27", [("2010 hrs", "2026-06-27T20:10")]),
    ("As of 1800 hours today, crews had pulled out four men.", "2026-06-27", [("1800 hours", "2026-06-27T18:00"), ("today", "2026-06-27")]),
    ("as at 2215 hours the road was still shut", "2026-06-27", [("2215 hours", "2026-06-27T22:15")]),
    ("The lift was stuck between 1900 hours and 2130 hours.", "2026-06-27", [("1900 hours", "2026-06-27T19:00"), ("2130 hours", "2026-06-27T21:30")]),
    ("The statement was released 1645 hours yesterday.", "2026-06-27", [("1645 hours", "2026-06-26T16:45"), ("yesterday", "2026-06-26")]),
    ("The pilot had logged a total of 1800 hours in the air.", "2026-06-27", [("1800 hours", "PT1800H")]),
    ("She has flown 1500 hours this year.", "2026-06-27", [("1500 hours", "PT1500H"), ("this year", "2026")]),
    ("Crews spent 1200 hours on the repairs.", "2026-06-27", [("1200 hours", "PT1200H")]),
]

# A small hour after a night the story named: past its midnight when the night is the incident's
# own or the same sentence goes on from it; the incident's day when the night was a later step's.
SMALL_HOURS = [
    ("A man was stabbed last night. Police were called at about 1.30am.", "2026-03-08", [("last night", "2026-03-07TNI"), ("1.30am", "2026-03-08T01:30")]),
    ("A man was stabbed on Saturday night outside a bar. Police were called at about 1.30am.", "2026-03-09", [("Saturday night", "2026-03-07TNI"), ("1.30am", "2026-03-08T01:30")]),
    ("Crews were called to the mill on Friday. The roof fell in on Friday night, and at 2.10am a second fire broke out.", "2026-03-09", [("Friday", "2026-03-06"), ("Friday night", "2026-03-06TNI"), ("2.10am", "2026-03-07T02:10")]),
    ("The blaze tore through the flat just before 4am yesterday. The girl died at 6.20pm last night. A neighbour said he woke at about 3.45am.", "2026-02-20", [("4am", "2026-02-19T04:00"), ("yesterday", "2026-02-19"), ("6.20pm", "2026-02-19T18:20"), ("last night", "2026-02-19TNI"), ("3.45am", "2026-02-19T03:45")]),
    ("The toll from Monday's bridge collapse rose to three after divers found a body late last night, officials said on Tuesday. The fisherman was under the span when the freighter hit it at around 5:45 a.m.", "2026-04-21", [("Monday", "2026-04-20"), ("late last night", "2026-04-20TNI"), ("Tuesday", "2026-04-21"), ("5:45 a.m", "2026-04-20T05:45")]),
    ("The storm hit the town early on Sunday. A woman was pulled from the river on Sunday night. Residents said the water rose at about 3am.", "2026-03-10", [("Sunday", "2026-03-08"), ("Sunday night", "2026-03-08TNI"), ("3am", "2026-03-08T03:00")]),
]

# A past "overnight" in a sentence that tells the story's day as a morning is the night before;
# told sentences after a morning, or after an evening, it is the night of the story's day.
OVERNIGHT = [
    ("The minibus was swept off the bridge on Thursday morning. It was crossing at 7.10am when water struck it after heavy overnight rain.", "2026-01-30", [("Thursday morning", "2026-01-29TMO"), ("7.10am", "2026-01-29T07:10"), ("overnight", "2026-01-28TNI")]),
    ("The bus was washed away on Thursday. It was fording the river at about 6.50 a.m. when a surge hit, after rain fell overnight.", "2026-01-30", [("Thursday", "2026-01-29"), ("6.50 a.m.", "2026-01-29T06:50"), ("overnight", "2026-01-28TNI")]),
    ("The ferry capsized early on Friday morning after it was battered by storms overnight.", "2026-02-22", [("Friday morning", "2026-02-20TMO"), ("overnight", "2026-02-19TNI")]),
    ("7.15am: Seven injured people were taken to hospital overnight.", "2026-10-04T15:20", [("7.15am", "2026-10-04T07:15"), ("overnight", "2026-10-03TNI")]),
    ("Seven people went to hospital overnight.", "2026-10-04", [("overnight", "2026-10-03TNI")]),
    ("A man was hurt in a crash on Thursday evening. He died in hospital overnight.", "2026-01-30", [("Thursday evening", "2026-01-29TEV"), ("overnight", "2026-01-29TNI")]),
    ("A man was hurt in a crash on Thursday. He died in hospital overnight.", "2026-01-30", [("Thursday", "2026-01-29"), ("overnight", "2026-01-29TNI")]),
    ("A woman was killed when a bus hit a tram yesterday morning, at about 8.05am. The driver was arrested and charged overnight.", "2026-02-20", [("yesterday morning", "2026-02-19TMO"), ("8.05am", "2026-02-19T08:05"), ("overnight", "2026-02-19TNI")]),
]

# A day told with a reporting verb and its speaker after it dates the report, not the story, so
# a clock told next stays on the incident's day.
REPORTED_DAYS = [
    ("Seven people were killed Saturday evening when a wall fell on wedding guests, announced the police on Sunday. The wall gave way around 9:30 pm local time (1630 GMT).", "2026-03-15", [("Saturday evening", "2026-03-14TEV"), ("Sunday", "2026-03-15"), ("9:30 pm local time", "2026-03-14T21:30"), ("1630 GMT", "2026-03-14T16:30")]),
    ("Five miners died on Friday afternoon in a flood, said officials on Saturday. Water burst in at about 3.20pm.", "2026-03-15", [("Friday afternoon", "2026-03-13TAF"), ("Saturday", "2026-03-14"), ("3.20pm", "2026-03-13T15:20")]),
    ("A ferry sank on Friday night, said Captain Ruiz Lopez on Saturday. It went down at 11.40pm.", "2026-03-15", [("Friday night", "2026-03-13TNI"), ("Saturday", "2026-03-14"), ("11.40pm", "2026-03-13T23:40")]),
    ("Two men were arrested on Friday, reported the agency on Saturday, after the shooting at 10pm.", "2026-03-15", [("Friday", "2026-03-13"), ("Saturday", "2026-03-14"), ("10pm", "2026-03-13T22:00")]),
    ("Police said the fire started on Sunday.", "2026-03-15", [("Sunday", "2026-03-15")]),
]
# fmt: on


@pytest.mark.parametrize(
    ("text", "dct", "expected"), [*HOURS_CLOCKS, *SMALL_HOURS, *OVERNIGHT, *REPORTED_DAYS]
)
def test_story_day_of_a_clock_or_night(
    text: str, dct: str, expected: list[tuple[str, str]]
) -> None:
    assert [(t.text, t.value) for t in tag(text, dct)] == expected
