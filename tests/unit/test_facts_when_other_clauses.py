"""A time in another clause than the incident's: a parenthetical relative clause that tells a
later or an earlier step ("The panel, which reported on Friday, found ..."), a span set off after
the time ("on Monday night, more than 40 hours after the block came down") and a relative clause
inside a sequel's subject ("the driver of the van that overturned on Thursday has been charged");
a later step told with a span of its own ("and died in hospital two days later").

Every sentence here is invented for these tests (none is taken from a report of the data sets).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.test_facts_when_places import _facts

TIME, DATE = "incident.time", "incident.date"
DCT = "2025-10-13"  # a Monday

ASIDES = [
    # the aside tells a step of its own: its day is no incident's
    (
        "The inspection team, which filed its findings on Friday, said the hoist collapsed "
        "at 10.05am.",
        [],
    ),
    (
        "The ferry, which had sailed from Kell on Sunday evening with 300 passengers, capsized "
        "near the island.",
        [],
    ),
    (
        "The fishing boat, which had set out from Porth Carrow on Wednesday night with nine crew "
        "aboard, sank off the headland at 2.40am.",
        [],
    ),
    # the aside tells the incident itself: its day is the incident's
    ("The cyclist, who was hit by a van on Saturday, has died in hospital.", ["2025-10-11"]),
    (
        "The gondola, which plunged into the gorge on Friday, was carrying six skiers.",
        ["2025-10-10"],
    ),
]

OFFSETS = [
    # the event named by the span after the time is set apart from it
    (
        "Crews pulled a man alive from the debris on Sunday, more than 30 hours after the hotel "
        "collapsed.",
        [],
    ),
    (
        "Divers recovered a third body from the quarry lake on Sunday, two days after the "
        "minibus left the road.",
        [],
    ),
    # the time's own clause tells the incident: it keeps the day
    (
        "A tanker overturned on the ring road on Friday, a week after it was serviced.",
        ["2025-10-10"],
    ),
]

SUBJECT_RELATIVES = [
    # a relative clause in the subject of a sequel: its own verb times it
    (
        "The owner of the tour bus that plunged off the Serra Alta pass near the old quarry in "
        "the early hours of Friday has been detained by police.",
        ["2025-10-10"],
    ),
    (
        "The owner of the boat which capsized in the harbour on Saturday night was arrested.",
        ["2025-10-11"],
    ),
    # no event in the relative clause: the main verb keeps it ("the man who was held")
    ("The man who was questioned on Friday has been released.", []),
]


LATER_STEPS = [
    # a later step after the time, with a span of its own, claims no time before it
    (
        "A retired teacher was struck by a grey hatchback outside the library on Mill Road at "
        "about 7.15pm on Thursday 11 September and died in hospital two days later.",
        ["2025-09-11"],
    ),
    (
        "A roofer was crushed by a falling chimney stack in Dray Lane on the morning of Saturday "
        "4 October and died of his injuries a week later.",
        ["2025-10-04"],
    ),
    # a named police station is where one goes after, like "the police station"
    ("On Tuesday a man of 40 walked into Kessel Road police station and was arrested.", []),
    ("On Tuesday two men walked into Dino's Bar and opened fire.", ["2025-10-07"]),
]


@pytest.mark.parametrize(("text", "expected"), ASIDES + OFFSETS + SUBJECT_RELATIVES + LATER_STEPS)
def test_a_time_in_another_clause(text: str, expected: list[Any]) -> None:
    assert _facts(text, DATE, DCT) == expected


def test_the_incident_s_clock_after_an_aside_keeps_its_time() -> None:
    text = (
        "The inspection team, which filed its findings on Friday, said the hoist collapsed "
        "at 10.05am."
    )
    assert _facts(text, TIME, DCT) == ["10:05"]
