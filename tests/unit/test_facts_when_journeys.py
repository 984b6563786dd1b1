"""Event classes of the incident's own clause: structures failing, crowds pressing, a journey
broken into ("was travelling ... when"), and legal steps or moved dates that come after.

Every sentence here is invented for these tests (none is taken from a report of the data sets).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.test_facts_when_places import _facts

TIME, DATE = "incident.time", "incident.date"
DCT = "2025-10-13"  # a Monday

# A structure failing under load or a crowd pressing tells the onset, whatever the noun.
FAILURES_AND_CRUSHES = [
    ("Onlookers said the footbridge buckled at 4.12pm under the weight of fans.", ["16:12"]),
    ("The old sea wall crumbled at about 6am, residents said.", ["06:00"]),
    ("A steel cable sheared at 11.20am, sending the gondola down the slope.", ["11:20"]),
    ("A tourist snapped a photo of the pier at 11.20am.", []),
    ("Fans began shoving towards the turnstiles at around 2.45pm, a steward said.", ["14:45"]),
    ("The crowd pushed forward at 9.05pm as the gates opened.", ["21:05"]),
]


@pytest.mark.parametrize(("text", "expected"), FAILURES_AND_CRUSHES)
def test_failure_and_crush_verbs_time_the_incident(text: str, expected: list[Any]) -> None:
    assert _facts(text, TIME, DCT) == expected


# "was travelling ... when ...": the when-clause broke into the journey, at the time it gives.
JOURNEYS = [
    ("The minibus was travelling north when its driver stopped on the verge at 5.48pm.", ["17:48"]),
    ("The trawler was returning to port when the crew sent a mayday at 3.15am.", ["03:15"]),
    ("Both boys were cycling home from school when a van clipped them at 3.40pm.", ["15:40"]),
    (
        "The ferry was making its way into the harbour when smoke poured from its hold at 8.02am.",
        ["08:02"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), JOURNEYS)
def test_a_journey_broken_into_times_the_incident(text: str, expected: list[Any]) -> None:
    assert _facts(text, TIME, DCT) == expected


# Legal steps and moved dates come after: their day is not the incident's.
LATER_STEPS = [
    (
        "Police on Monday registered a case against the owner of a sawmill in Daulatpur where"
        " three workers were burnt to death in a fire on Saturday night.",
        ["2025-10-11"],
    ),
    ("Officers lodged a complaint on Sunday against the contractor.", []),
    ("Relatives filed a lawsuit on Friday against the bus company.", []),
    ("Police booked the driver on Sunday under section 304A.", []),
    ("The sentencing hearing was pushed back to Monday.", []),
    ("The inquest was adjourned on Friday until the new year.", []),
]


@pytest.mark.parametrize(("text", "expected"), LATER_STEPS)
def test_legal_steps_and_moved_dates_date_no_incident(text: str, expected: list[Any]) -> None:
    assert _facts(text, DATE, DCT) == expected


# A police log's entry stamp times the call-out to a report of the incident; a blog's
# "we're receiving reports of" stays a report.
LOG_ENTRIES = [
    (
        "POLICE LOG\nSunday, Oct. 12\n11:48 p.m. - Officers responded to a report of a fight"
        " outside the Anchor Inn. A man was cut on the arm.\n2:05 p.m. - A wallet was handed in.",
        ["23:48"],
    ),
    (
        "SHERIFF'S LOG\n4:10 a.m. - Deputies were called to a report of a car on fire on Dunn"
        " Road.\n9 a.m. - A stray dog was collected.",
        ["04:10"],
    ),
    (
        "Warehouse fire: live\n10.14am - We're receiving reports of a large fire at a warehouse"
        " on Quay Lane.\n10.40am - Crews are at the scene.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), LOG_ENTRIES)
def test_a_log_entry_stamp_times_its_call_out(text: str, expected: list[Any]) -> None:
    assert _facts(text, TIME, DCT) == expected


# An onset verb's bare form that is also a plain noun ("the spot", "the start") names no event.
PLAIN_NOUNS = [
    ("The governor, who visited the spot at 10am on Monday, promised compensation.", []),
    ("Engineers reached the spot at 6.30am, a statement said.", []),
    ("The crash happened at the start of the school run, at 8.35am.", ["08:35"]),
    ("Neighbours heard the sound of a blast at 3.20am.", ["03:20"]),
]


@pytest.mark.parametrize(("text", "expected"), PLAIN_NOUNS)
def test_a_verb_s_plain_noun_times_nothing(text: str, expected: list[Any]) -> None:
    assert _facts(text, TIME, DCT) == expected
