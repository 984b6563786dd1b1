"""Classes other writers use for when and where: an event noun before a time phrase, a
same-day weekday, numbered roads, and a plural site noun with a name.

Every sentence here is invented for these tests (none is taken from a report of the data sets).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.test_facts_when_places import _facts

TIME, DATE, PLACE = "incident.time", "incident.date", "incident.place"

# A clock in apposition with "the time of the <event> N years ago" times the event.
EVENT_NOUN_TIMES = [
    (
        "Ceremonies for the 12 people who died when a footbridge fell in Darnford on May 19, 2019"
        " began on Saturday. At 10:12 am, the time of the footbridge collapse five years ago,"
        " bells will ring across the town.",
        ["10:12"],
    ),
    (
        "A gas blast tore through a market in Orlov on 2 March 2021. At 6.40 pm, the hour of the"
        " explosion three years ago, traders fell silent.",
        ["18:40"],
    ),
    (
        "A ferry caught fire off Kessa on Saturday. At 7:05 am the fire broke out on deck.",
        ["07:05"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), EVENT_NOUN_TIMES)
def test_an_event_noun_before_a_time_phrase_times_the_event(text: str, expected: list[Any]) -> None:
    assert _facts(text, TIME) == expected


# A report of the same day (its DCT, 2024-05-18, is a Saturday) whose event clause has no date:
# the weekday no sequel word claims is the incident's day; another weekday is not read this way.
SAME_DAY = [
    (
        "Fans were in the stadium on Saturday, the first final since the ground reopened two years"
        " ago. As they pushed toward the gates, there was a crush. At least 20 people were killed.",
        "2024-05-18",
    ),
    (
        "Crowds filled the square on Saturday. As the fireworks began, a stand gave way."
        " Twelve people were hurt.",
        "2024-05-18",
    ),
    (
        "A man appeared in court on Saturday. Twelve people were hurt when a stand gave way.",
        None,
    ),
    ("Police said on Saturday that two people were hurt when a stand gave way.", None),
    ("Fans were in the stadium on Friday. At least 20 people were killed.", None),
]


@pytest.mark.parametrize(("text", "expected"), SAME_DAY)
def test_a_same_day_weekday_dates_an_undated_event(text: str, expected: str | None) -> None:
    assert _facts(text, DATE) == ([expected] if expected else [])


# A plural street or site noun with "of" and a name places the scene; as a sentence's subject it
# places a report whose scene sentences name no place.
SITES_OF_A_NAME = [
    ("The crowd surged through the narrow lanes of Kessa on Saturday, killing 3.", ["kessa"]),
    ("Hundreds were crushed in the narrow, steep streets of Orlov on Saturday.", ["orlov"]),
    ("A fire spread through the old alleys of Marrow on Saturday, killing two.", ["marrow"]),
    (
        "The narrow, steep streets of Kessa once housed a fish market. Fans were in the stadium"
        " on Saturday. As they pushed toward the gates, there was a crush. Ten people died.",
        ["kessa"],
    ),
    # a scene sentence's place stands; the subject's streets are not added to it
    (
        "The steep streets of Kessa are popular with tourists. A bus crashed in Orlov on"
        " Saturday, killing two.",
        ["orlov"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SITES_OF_A_NAME)
def test_plural_sites_of_a_name_place_the_scene(text: str, expected: list[Any]) -> None:
    assert _facts(text, PLACE) == expected


# A numbered road by its shape places the scene: in a sentence that tells the event, in one that
# names what the event left ("the collapsed viaduct"), or anywhere in a report with no place.
NUMBERED_ROADS = [
    ("A coach overturned on the A7 toll motorway on Saturday, killing two.", ["a7 toll motorway"]),
    ("A lorry jack-knifed on the M1 near Kessa on Saturday, killing a driver.", ["m1", "kessa"]),
    ("Two cars collided on Highway 401 on Saturday, killing one.", ["highway 401"]),
    (
        "A viaduct collapsed in Kessa on Saturday, killing 12. The collapsed viaduct was built on"
        " the A7 toll motorway in the 1970s.",
        ["kessa", "a7 toll motorway"],
    ),
    (
        "A viaduct collapsed on Saturday, killing 12. The firm ran the viaduct as part of a"
        " stretch of the A7 motorway it manages.",
        ["a7 motorway"],
    ),
    # a make's model, a flight, a summit: no road
    ("An A320 crashed on Saturday, killing 12.", []),
    ("A plane crashed on Saturday, killing 12. Flight BA245 had left Orlov.", []),
    ("A Boeing 737 crashed on Saturday, killing 12. Talks on the G7 agenda were halted.", []),
]


@pytest.mark.parametrize(("text", "expected"), NUMBERED_ROADS)
def test_a_numbered_road_places_the_scene(text: str, expected: list[Any]) -> None:
    assert _facts(text, PLACE) == expected


# A court report names the offence with its place and day: the offence noun times and places it,
# its participle ("assault causing harm") no noun it modifies.
COURT_OFFENCE = [
    (
        "Dara Lyle (29), of Oak Row, Kelby, pleaded guilty at Kelby Circuit Court to assault"
        " causing harm at the Stag's Head bar, Bridge Street, Kelby, on March 2nd, 2024.",
        "2024-03-02",
        "stag's head bar",
    ),
]


@pytest.mark.parametrize(("text", "date", "place"), COURT_OFFENCE)
def test_an_offence_in_a_court_report_dates_and_places_the_incident(
    text: str, date: str, place: str
) -> None:
    assert _facts(text, DATE, "2024-09-10") == [date]
    assert any(place in p for p in _facts(text, PLACE, "2024-09-10"))


# A named premises before an event noun is the scene ("the X Tavern shootings in Y").
PREMISES_EVENTS = [
    (
        "Ravi Peck, 33, was jailed on Monday for the Golden Crown Tavern stabbings in Harport.",
        "golden crown tavern, harport",
    ),
    ("Survivors of the Copper Kettle Cafe fire gathered on Sunday.", "copper kettle cafe"),
]


@pytest.mark.parametrize(("text", "place"), PREMISES_EVENTS)
def test_a_named_premises_before_an_event_noun_is_the_scene(text: str, place: str) -> None:
    assert place in _facts(text, PLACE)
