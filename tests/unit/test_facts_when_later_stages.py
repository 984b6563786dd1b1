"""Later stages and background incidents: the incident's own clause dates and times it.

A court's or an inquest's account ("The jury was told the gunmen entered ..."), an anniversary
("A year ago today ..."), a precursor timed in the same sentence as the event ("smelled gas at
9pm and the house exploded at 11.40pm"), a part that failed, and an earlier incident told by its
distance from this one ("It comes two weeks after ...").

Every sentence here is invented for these tests (none is taken from a report of the data sets).
"""

from __future__ import annotations

from typing import Any

import pytest

from incident_reader.core import temporal
from incident_reader.core.facts import extract
from incident_reader.core.facts.incidents import recalled_after, separate_incident
from tests.unit.test_facts_when_places import _facts, _report

TIME, DATE = "incident.time", "incident.date"
INJURED, KILLED = "casualties.injured", "casualties.killed"

# What a hearing was told is the incident's own narrative, with or without "that".
HEARING_ACCOUNTS = [
    (
        "The jury heard Kell drove onto the pavement shortly after 4.15pm on 3 May and struck two"
        " shoppers.",
        ["16:15"],
    ),
    ("The inquest was told the boiler exploded at 2.20am, waking the street.", ["02:20"]),
    ("Jurors were told the two men forced the door at about 11pm on a Sunday.", ["23:00"]),
    # the telling's own time stays out
    ("A spokesman told reporters at 3pm that the road would stay closed.", []),
    ("The court heard on Monday from a pathologist.", []),
]


@pytest.mark.parametrize(("text", "expected"), HEARING_ACCOUNTS)
def test_a_hearing_account_times_the_incident(text: str, expected: list[Any]) -> None:
    assert _facts(text, TIME, "2025-10-01") == expected


# A clock right after an event verb is that event's: an earlier clock in the sentence is not.
PRECURSORS = [
    (
        "Coroner Ann Blythe was told that residents reported a smell at about 8pm and the flat"
        " blew up at 10.05pm.",
        ["22:05"],
    ),
    ("Staff noticed smoke at 4.40am and the roof collapsed at 5.10am.", ["04:40", "05:10"]),
]


@pytest.mark.parametrize(("text", "expected"), PRECURSORS)
def test_a_clock_owned_by_a_later_event_verb(text: str, expected: list[Any]) -> None:
    assert _facts(text, TIME, "2025-10-01") == expected


def test_a_part_that_failed_times_the_incident() -> None:
    text = "A report released at noon on Friday said the cable failed at 9.41am after a bolt slid."
    assert _facts(text, TIME, "2025-10-01") == ["09:41"]
    assert _facts("Police failed to attend until 6pm, a report said.", TIME, "2025-10-01") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A year ago today, a ferry sank off Rask, drowning nine.", ["2024-06-07"]),
        ("Five years ago today a gas main exploded under Lorne Street.", ["2020-06-07"]),
    ],
)
def test_years_ago_today_dates_the_incident_years_back(text: str, expected: list[Any]) -> None:
    assert _facts(text, DATE, "2025-06-07") == expected


# An earlier incident told by its distance from this one ("comes two weeks after ...").
RECALLED = [
    ("It comes two weeks after a cyclist was killed at the same junction.", "after a cyclist"),
    ("The blast came just months after a tanker exploded on the bypass.", "after a tanker"),
    ("This comes in the wake of a fire that gutted a mill in Osk.", "in the wake of"),
    ("The stabbing was the second in a week, after a boy was knifed in Dale Road.", "after a boy"),
    ("The collapse comes barely a year after a crane fell on Quay Street.", "after a crane"),
]


@pytest.mark.parametrize(("text", "opens"), RECALLED)
def test_an_incident_told_by_its_distance_opens_a_background(text: str, opens: str) -> None:
    start = recalled_after(text)
    assert start is not None and text[start:].startswith(opens)


@pytest.mark.parametrize(
    "text",
    [
        "The arrest came two days after the shooting in Mill Lane.",  # a sequel points back
        "The charge comes a week after the crash.",
        "It comes after weeks of talks with the council.",  # no incident in it
        "Two people were hurt after a car hit a wall.",
    ],
)
def test_a_sequel_or_no_incident_opens_no_background(text: str) -> None:
    assert recalled_after(text) is None


def test_a_recalled_incidents_toll_stays_apart() -> None:
    text = (
        "A man was stabbed to death outside a bar in Kelso on Friday night.\n"
        "It comes three weeks after a teenager was attacked in Birch Row, where two people were"
        " hurt.\n"
    )
    dct = "2025-03-08"
    ex = extract(_report(text, dct), dct, temporal.tag(text, dct))
    main = {(f.kind, f.value) for f in ex.facts if f.incident == "i0"}
    assert (KILLED, 1) in main and (INJURED, 2) not in main
    assert any(f.kind == INJURED and f.incident != "i0" for f in ex.facts)
    assert len(ex.incidents) == 2


# Sequels told with event words: a finding's name, harm done by the police, a confirmation, and
# something other than the incident taking place.
SEQUEL_TIMES = [
    "The inquest jury returned a conclusion of unlawful killing on Thursday afternoon.",
    "Armed police on Saturday shot dead the man suspected of the stabbings.",
    "Two men have been detained over the fire, the fire service confirmed on Monday evening.",
    "A candlelit vigil took place on Sunday evening near the quay.",
]


@pytest.mark.parametrize("text", SEQUEL_TIMES)
def test_a_sequels_time_dates_no_incident(text: str) -> None:
    assert _facts(text, DATE, "2025-10-07") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The crash happened on Sunday evening on the coast road.", ["2025-10-05"]),
        ("A lorry overturned on the bypass. It happened on Sunday morning.", ["2025-10-05"]),
        ("Officers were called to the flats at 2.30am on Sunday.", ["2025-10-05"]),
    ],
)
def test_the_incident_taking_place_still_dates_it(text: str, expected: list[Any]) -> None:
    assert _facts(text, DATE, "2025-10-07") == expected


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        # a feast naming a noun is no moment
        (
            "A Diwali fair crowd surged into a lane in Rupnagar on Saturday night.",
            DATE,
            ["2025-10-18"],
        ),
        # a time rendered again in brackets is the same moment
        ("The mast fell shortly before 10:15am [2:15pm Dubai] on Saturday.", TIME, ["10:15"]),
        # a remembrance's day is no incident's
        ("On Sunday, events to commemorate the victims of the ferry fire began in Osk.", DATE, []),
    ],
)
def test_names_renderings_and_remembrance(text: str, kind: str, expected: list[Any]) -> None:
    assert _facts(text, kind, "2025-10-20") == expected


@pytest.mark.parametrize(
    ("text", "opens"),
    [
        ("A third man died in a separate attack the next day in Osk.", "A third man"),
        ("Two died in the blast; in an unrelated crash a cyclist was hurt.", "in an unrelated"),
        ("In a separate incident, a woman was injured in Dale Road.", "In a separate"),
    ],
)
def test_a_separate_incident_opens_a_background(text: str, opens: str) -> None:
    start = separate_incident(text)
    assert start is not None and text[start:].startswith(opens)


def test_two_separate_attacks_may_be_the_reports_own() -> None:
    assert separate_incident("Sixteen people died in two separate attacks in the region.") is None


def test_a_stamp_gives_way_to_the_time_its_entry_tells() -> None:
    text = (
        "14.05: A gas main has exploded under Quay Street in Osk. Residents heard the blast at"
        " 13.41, the fire service says.\n"
        "14.30: Two people have been taken to hospital.\n"
    )
    assert _facts(text, TIME, "2025-10-20") == ["13:41"]
    alone = "14.05: A gas main has exploded under Quay Street in Osk.\n14.30: Roads are closed.\n"
    assert _facts(alone, TIME, "2025-10-20") == ["14:05"]


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        # the hearer between a saying verb and its day: the telling's day
        (
            "The fire chief told our reporter on Tuesday that the barn caught fire at about 4am.",
            DATE,
            [],
        ),
        ("The agency today published its report into the derailment.", DATE, []),
        # water breaking in is the onset
        ("Floodwater gushed into the tunnel around 3:10am, trapping four.", TIME, ["03:10"]),
    ],
)
def test_tellings_publishing_and_water_breaking_in(
    text: str, kind: str, expected: list[Any]
) -> None:
    assert _facts(text, kind, "2025-10-22") == expected


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        # a toll that grew later dates no incident
        ("The toll in Friday's ferry fire rose to six on Sunday.", DATE, ["2025-10-17"]),
        ("The number of dead climbed to 14 on Monday, officials said.", DATE, []),
        # an overtaking manoeuvre times the crash
        ("Police said the minibus was overtaking at around 5.50pm near Kora.", TIME, ["17:50"]),
        ("The coach overtook a tractor at 8.05am and hit a van.", TIME, ["08:05"]),
    ],
)
def test_a_later_toll_and_an_overtaking(text: str, kind: str, expected: list[Any]) -> None:
    assert _facts(text, kind, "2025-10-21") == expected


# Firefighting goes on after the onset: the day crews battled the flames is no incident date.
FIREFIGHTING = [
    (
        "A wildfire swept into the village of Oresta on Saturday night, killing two people. More "
        "than 300 firefighters were battling the flames on Sunday.",
        ["2025-08-09"],
    ),
    (
        "A blaze broke out at the Kelby Mill on Friday evening. Crews were still tackling the "
        "fire on Saturday afternoon.",
        ["2025-08-08"],
    ),
]


@pytest.mark.parametrize(("text", "dates"), FIREFIGHTING)
def test_the_firefightings_day_is_no_incident_date(text: str, dates: list[str]) -> None:
    assert _facts(text, DATE, "2025-08-11") == dates
