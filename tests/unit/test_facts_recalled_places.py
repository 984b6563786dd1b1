"""The place of an earlier incident a report recalls: inside that incident's own clause a town told
as near the scene ("a gas blast in nearby Thornbury killed six in 2011") is where it happened,
and a name premodifying an event noun ("the Ardmore ferry disaster of 1987", "the 2015 Kelby
stadium crush") places it. The main incident's "in nearby X" stays no scene, and a name before
a noun of no event ("the Kelby council", "the Monday meeting") places nothing.

Every sentence here is invented for these tests (none is taken from a report of the data sets).
"""

from __future__ import annotations

import pytest

from incident_reader.core import temporal
from incident_reader.core.facts import extract
from incident_reader.core.model import Incident
from tests.unit.test_facts_when_places import _report

DCT = "2025-03-08"
LEAD = "A lorry drove into a market crowd in Pellhaven on Friday, killing three people.\n"


def _incidents(body: str, lead: str = LEAD) -> tuple[Incident, ...]:
    text = lead + body
    return extract(_report(text, DCT), DCT, temporal.tag(text, DCT)).incidents


@pytest.mark.parametrize(
    ("body", "date", "place"),
    [
        ("In 2011 a gas blast in nearby Thornbury killed six people.\n", "2011", "thornbury"),
        (
            "The attack came four years after a bomb in neighbouring Kelby killed nine people in"
            " May 2021.\n",
            "2021-05",
            "kelby",
        ),
        ("In 2019, a gunman in nearby Ostrey shot dead four people.\n", "2019", "ostrey"),
        (
            "In March 2016 a fire at a hostel in neighboring Dunmere killed five guests.\n",
            "2016-03",
            "dunmere",
        ),
    ],
)
def test_a_nearby_town_in_a_recalled_incidents_clause_is_its_place(
    body: str, date: str, place: str
) -> None:
    main, recalled = _incidents(body)
    assert main.place == "pellhaven"
    assert (recalled.date, recalled.place) == (date, place)


@pytest.mark.parametrize(
    ("body", "date", "place"),
    [
        ("The Ardmore ferry disaster of 1987 left 30 people dead.\n", "1987", "ardmore"),
        ("The 2004 Madrid train bombings killed 193 people.\n", "2004", "madrid"),
        ("In 2004 the Madrid train bombings killed 193 people.\n", "2004", "madrid"),
        ("It recalled the 2015 Kelby stadium crush, in which 12 fans died.\n", "2015", "kelby"),
        ("The Tarrow Bridge collapse of 2012 killed eight drivers.\n", "2012", "tarrow bridge"),
        ("Seven people died in the Lisdown mine explosion of 1998.\n", "1998", "lisdown"),
    ],
)
def test_a_name_before_a_recalled_event_noun_is_its_place(body: str, date: str, place: str) -> None:
    main, recalled = _incidents(body)
    assert main.place == "pellhaven"
    assert recalled.date == date
    assert recalled.place is not None and recalled.place.startswith(place)


@pytest.mark.parametrize(
    "body",
    [
        "In 2018 the Christmas Eve attack killed two people.\n",
        "The 2018 Monday attack killed two people.\n",
        "In 2009 the Spanish train crash killed 11 passengers.\n",
    ],
)
def test_a_time_or_a_nations_adjective_before_the_event_noun_places_nothing(body: str) -> None:
    _, recalled = _incidents(body)
    assert recalled.place is None


@pytest.mark.parametrize(
    "body",
    [
        "The Kelby council met on Monday to discuss the crash.\n",
        "The Monday meeting of the Kelby council heard from survivors.\n",
        "Police in nearby Thornbury said the road would stay closed.\n",
        "Some of the injured were taken to hospital in neighbouring Kelby.\n",
    ],
)
def test_the_main_incidents_nearby_town_and_names_of_no_event_stay_no_place(body: str) -> None:
    incidents = _incidents(body)
    assert [(i.main, i.place) for i in incidents] == [(True, "pellhaven")]


def test_the_main_incidents_own_nearby_town_is_still_not_its_scene() -> None:
    lead = "A van mounted the pavement on Mill Street on Friday, killing three people.\n"
    (main,) = _incidents("Residents of nearby Kelby said the street was busy.\n", lead)
    assert main.place is not None and "kelby" not in main.place
