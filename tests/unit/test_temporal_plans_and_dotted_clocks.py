"""Weekdays of a schedule told in the past perfect, objects before "for" a day, and dotted
24-hour clocks after any clock preposition.

Each class below failed before its rule:
- a weekday after a schedule told in the past perfect ("had been due to close on Tuesday"): the
  schedule stood at a past moment and its day may fall either side of the DCT, so the weekday
  nearest the DCT is meant (the coming one when it is nearer);
- a weekday after a long object and "for" ("called the regional emergency board together for
  Monday"): the day of what is called lies ahead, however long the object;
- a dotted 24-hour clock after "after", "before", "between", "since", "till" or as the second
  end of a range ("shortly after 17.45", "from 8.30 to 16.15"), as police releases write them;
- "a quarter to/past" an hour after "about": a clock, not a quarter's length.

Every sentence here is invented for these tests (none is taken from a report of the data sets).
"""

from __future__ import annotations

import pytest

from incident_reader.core.temporal import tag

MONDAY = "2026-08-24"
FRIDAY = "2026-08-21"

# (text, dct, {words: value})
PERFECT_PLAN = [
    ("The fair, which fills the valley every summer, had been due to close on Tuesday.", MONDAY,
     {"Tuesday": "2026-08-25"}),
    ("The festival had been scheduled to run until Wednesday night.", MONDAY,
     {"Wednesday night": "2026-08-26TNI"}),
    ("Its last concert had been set to take place on Thursday, organisers said.", MONDAY,
     {"Thursday": "2026-08-27"}),
    ("The regatta had been expected to end on Saturday before the storm.", MONDAY,
     {"Saturday": "2026-08-22"}),
    ("The order had been scheduled to lapse at midnight Wednesday.", FRIDAY,
     {"midnight Wednesday": "2026-08-19T24:00"}),
    # a plan told by its own verb keeps the coming day; a month keeps the past
    ("She had hoped to fly home on Thursday.", FRIDAY, {"Thursday": "2026-08-27"}),
    ("The bridge had been due to reopen in May.", FRIDAY, {"May": "2026-05"}),
]  # fmt: skip

OBJECT_FOR = [
    ("The governor has called the regional emergency board together for Monday.", FRIDAY,
     {"Monday": "2026-08-24"}),
    ("The mayor convened an urgent meeting of the full council for Tuesday.", FRIDAY,
     {"Tuesday": "2026-08-25"}),
    ("Unions called a national strike of the city’s tram drivers for Thursday.", FRIDAY,
     {"Thursday": "2026-08-27"}),
    # a relative clause in the object is another clause: the day is its own
    ("Police named the two men who were hurt for the first time on Wednesday.", FRIDAY,
     {"Wednesday": "2026-08-19"}),
]  # fmt: skip

DOTTED_CLOCKS = [
    ("The ferry left the quay shortly after 17.45 on Friday.", FRIDAY,
     {"17.45": "2026-08-21T17:45"}),
    ("Witnesses who drove the road between 13.10 and 13.35 are asked to call.", FRIDAY,
     {"13.10": "2026-08-21T13:10", "13.35": "2026-08-21T13:35"}),
    ("The inspector takes calls from 8.30 to 16.15 on weekdays.", FRIDAY,
     {"8.30": "2026-08-21T08:30", "16.15": "2026-08-21T16:15"}),
    ("A whistle was heard just before 19.05, then the roof fell.", FRIDAY,
     {"19.05": "2026-08-21T19:05"}),
    ("The line has been closed since 06.20 this morning.", FRIDAY, {"06.20": "2026-08-21T06:20"}),
    # a figure stays a figure
    ("Shares rose 2.10 to 14.30 after the results.", FRIDAY, {"14.30": None}),
    ("Turnout rose after 14.30 per cent voted early.", FRIDAY, {"14.30": None}),
]  # fmt: skip

QUARTER_CLOCKS = [
    ("A neighbour heard the bang at about a quarter to twelve.", FRIDAY,
     {"a quarter to twelve": "2026-08-21T11:45"}),
    ("The alarm went off around a quarter past nine.", FRIDAY,
     {"a quarter past nine": "2026-08-21T09:15"}),
    ("It was nearly a quarter to 8 when the bus stopped.", FRIDAY,
     {"a quarter to 8": "2026-08-21T07:45"}),
    # a quarter's length stays a duration
    ("The search took about a quarter of an hour.", FRIDAY, {"a quarter to": None}),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "dct", "values"), PERFECT_PLAN + OBJECT_FOR + DOTTED_CLOCKS + QUARTER_CLOCKS
)
def test_the_value_of_each_expression(text: str, dct: str, values: dict[str, str | None]) -> None:
    found = {t.text: t.value for t in tag(text, dct)}
    assert {k: found.get(k) for k in values} == values
