"""A call that reports the incident as under way ("received a 911 call reporting a man trapped")
times it; an onset clock told after the call and an hour or more later is a step of the rescue
(a collapse, a blast in the burning building), not a second claim of the incident's time. The
services' side of the call ("the control room received a call", "ambulance control took a call")
fronted by its clock, with a release's day before it, is a call-out clock too.

Every sentence here is invented for these tests (none is taken from a report of the data sets).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.test_facts_when_places import _facts

TIME = "incident.time"
DCT = "2026-03-11"  # a Wednesday

CASES: list[tuple[str, list[Any]]] = [
    ("On Tuesday, 10 March 2026, at 1407 hours, the county dispatch centre received a 911 call "
     "reporting a worker trapped in a trench. Deputies arrived at 1419 hours. At approximately "
     "1630 hours a section of the trench wall collapsed.", ["14:07"]),
    ("At 0214 hours the control room received a call reporting smoke at a warehouse on Dock "
     "Road. Crews arrived at 0222 hours. At about 0405 hours part of the roof caved in.",
     ["02:14"]),
    ("At 10.40pm on Tuesday the fire service received reports of a fire at a hostel. The "
     "stairwell collapsed at 11.55pm.", ["22:40"]),
    ("Officers were called at 9.12am on Tuesday to reports that a man had entered a bank with a "
     "knife. Shortly after 11.40am the man set fire to the lobby.", ["09:12"]),
    # kept: no report in the call (two moments), an onset within the hour, or told first
    ("Firefighters were called to the mill at 2.10am. The roof fell in at 3.30am, the brigade "
     "said.", ["02:10", "03:30"]),
    ("Police were alerted at 10.02pm on Tuesday to reports of a disturbance. The stabbing "
     "happened at 10.20pm.", ["22:02", "22:20"]),
    ("A blast destroyed a house at 8.30pm on Tuesday. A call reporting a smell of gas had been "
     "made at 7.10pm.", ["20:30", "19:10"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "clocks"), CASES)
def test_an_onset_hours_after_a_reported_call_is_the_rescues(text: str, clocks: list[Any]) -> None:
    assert _facts(text, TIME, DCT) == clocks


# A release's field block may lead each field with a bullet; a field of the first call or alarm
# times the incident, a later step's field ("Fire under control:") does not.
FIELDS: list[tuple[str, list[Any], list[Any]]] = [
    ("SITUATION REPORT No. 3\nCut-off: 11/03/2026, 08:00 hrs\n\nEVENT\n- Type: collapse of a "
     "market awning\n- First report to 112: 10/03/2026, 19:48 hrs\n\nIMPACT\n- Deceased: 2 (one "
     "died at 02:10 hrs today in hospital)", ["19:48"], ["2026-03-10"]),
    ("FIRE SERVICE INCIDENT SUMMARY\n* Incident: house fire, 14 Elm Row\n* First call received: "
     "02:47\n* Appliances: 4", ["02:47"], []),
    ("Situation update\n• Alarm received: 21:05 hrs, 10 March\n• Fire under control: 23:40 hrs",
     ["21:05"], ["2026-03-10"]),
    ("Bulletin\n- Issued: 11/03/2026, 10:00\n- Time of incident: approx. 04:20", ["04:20"],
     ["2026-03-11"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "clocks", "days"), FIELDS)
def test_a_bulleted_call_field_times_the_incident(
    text: str, clocks: list[Any], days: list[Any]
) -> None:
    assert _facts(text, TIME, DCT) == clocks
    assert _facts(text, "incident.date", DCT) == days


# What the people caught in the event were there for, a purpose infinitive the time closes
# ("passengers rushing to board a ferry on Sunday morning", "customers who had gathered to watch
# a match on Saturday night"), is no later step: the event's own verb takes the time.
PURPOSES: list[tuple[str, str, list[Any]]] = [
    ("Inspectors have begun examining a hall after part of a ceiling fell on guests who had "
     "gathered to watch a boxing match on Saturday night.", "incident.date", ["2026-03-07"]),
    ("Three people died when a footbridge collapsed under the weight of spectators rushing to "
     "board a shuttle train on Sunday morning, officials said.", "incident.date", ["2026-03-08"]),
    ("Two men died when a wall fell on workers queuing to collect their wages at 4pm on "
     "Monday.", TIME, ["16:00"]),
    ("A stand gave way under fans waiting to enter the ground at 2.40pm on Saturday.", TIME,
     ["14:40"]),
    # a step told later, not a purpose: its time stays the step's
    ("The ferry sank on Friday. Survivors were allowed to board a second boat at 9am on "
     "Saturday.", TIME, []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "values"), PURPOSES)
def test_a_purpose_of_presence_is_no_later_step(text: str, kind: str, values: list[Any]) -> None:
    assert _facts(text, kind, DCT) == values
