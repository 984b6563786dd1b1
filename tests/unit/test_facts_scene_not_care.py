"""Which place and time are the incident's: a unit of care where a victim was treated or died is
no scene ("the burn center in Wichita", "the Intensive Care Unit"); a state the incident broke
into, told with its when-clause ("was standing near the pump at X when a car pulled up"), places
the incident; a gathering's start ("The rally, which began on Sunday") is no onset.

Every sentence here is invented for these tests (none is taken from a report of the data sets).
"""

from __future__ import annotations

import pytest

from tests.unit.test_facts_when_places import _facts

PLACE, TIME, DATE = "incident.place", "incident.time", "incident.date"

CARE_UNITS = [
    (
        "A balloon hit power lines north of Tallgrass on Saturday. A student died Monday at the"
        " burn center in Wichita where she had been flown after the crash.",
        ["north of tallgrass"],
    ),
    (
        "Two men were shot at a petrol station in Cotton Vale. One died at the hospital on Monday"
        " after two weeks in the Intensive Care Unit.",
        ["cotton vale"],
    ),
    (
        "A bus overturned on the A4 near Dunmore. The injured were taken to the trauma centre in"
        " Lisburn.",
        ["a4", "dunmore"],
    ),
    (
        "A wall collapsed at a school in Orton. Two pupils remain in the intensive care unit at"
        " Mercy Hospital.",
        ["orton"],
    ),
    ("Three climbers fell on Ben Torr. One is in the High Dependency Unit.", ["ben torr"]),
    # the scene outside a place of care stays the scene
    ("A man was stabbed outside the medical centre in Ashby on Friday.", ["ashby"]),
]

STATE_BROKEN_INTO = [
    (
        "Around 9 p.m., the victim was standing near the pump at the Harbourline service station"
        " at Cotton Vale, talking with friends, when a car pulled up.",
        ["harbourline service station, cotton vale"],
    ),
    (
        "The victim was standing outside the Harbourline service station when a car pulled up.",
        ["harbourline service station"],
    ),
    (
        "Three friends were sitting on a bench in Kelby Park at about 11pm when two men"
        " approached them.",
        ["kelby park"],
    ),
    (
        "The two girls were walking along Mill Lane in Orton when a van mounted the pavement.",
        ["mill lane, orton"],
    ),
]

GATHERING_STARTS = [
    (
        "A stampede at a prayer rally in Nkwenfu killed at least 10 people early on Monday. The"
        " rally, which began on Sunday, had been due to run until Tuesday.",
        DATE,
        ["2024-05-13"],
    ),
    (
        "A crush at a music festival near Orton killed three fans on Saturday. The festival"
        " started on Thursday.",
        DATE,
        ["2024-05-18"],
    ),
    ("The wedding party started on Friday evening. The floor gave way at 11pm.", TIME, ["23:00"]),
    ("The concert had begun at 8pm when the stage roof collapsed at 9.10pm.", TIME, ["21:10"]),
    (
        "A gas explosion took place at 6am. The conference, which started at 9am, was cancelled.",
        TIME,
        ["06:00"],
    ),
    # an incident's own start stays its onset
    ("The fire started at 3am in the kitchen.", TIME, ["03:00"]),
    ("It started at around 9pm when a man threw a bottle.", TIME, ["21:00"]),
]


@pytest.mark.parametrize(("text", "expected"), CARE_UNITS + STATE_BROKEN_INTO)
def test_scene_place(text: str, expected: list[str]) -> None:
    assert _facts(text, PLACE) == expected


@pytest.mark.parametrize(("text", "kind", "expected"), GATHERING_STARTS)
def test_a_gatherings_start_is_no_onset(text: str, kind: str, expected: list[str]) -> None:
    assert _facts(text, kind) == expected
