"""Vehicles and places that are not the incident's (invented sentences)."""

from __future__ import annotations

from pathlib import Path

import pytest

from incident_reader.core.analysis import analyse
from incident_reader.core.facts.incidents import distance_date
from incident_reader.core.facts.text import normalise_speaker
from incident_reader.core.model import DctSource, Report, ReportAnalysis
from tests.unit.test_facts_wordings import values

VEHICLE = "vehicle"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # an aircraft told where it watches from is an onlooker
        ("A car hit a wall. The helicopter above us has not moved for an hour.", []),
        ("A van hit a wall. Two helicopters circled overhead for an hour.", []),
        ("A chopper was hovering over the square all night.", []),
        # an aircraft the sentence brings down is the incident's
        ("A helicopter crashed above the harbour on Monday.", ["helicopter"]),
        ("A helicopter hovering over the lake plunged into the water.", ["helicopter"]),
    ],
)
def test_an_aircraft_watching_is_no_vehicle_of_the_incident(text: str, want: list[str]) -> None:
    assert [v for v in values(text, VEHICLE) if "heli" in str(v) or "chopper" in str(v)] == want


def _analysed(text: str, dct: str = "2024-06-15") -> ReportAnalysis:
    report = Report("r", Path("r.txt"), "", text, dct, DctSource.HEADER, "0")
    return analyse(report)


def test_an_incident_told_by_its_distance_before_a_dated_list_is_not_the_reports() -> None:
    text = (
        "A van hit six people on Quay Street in Brackwater this morning.\n"
        "Police closed the street. Paramedics treated the hurt at the scene.\n"
        "The driver ran off. Officers are looking for him.\n"
        "It comes just four months after a bomb was left on a Northline train.\n"
        "Recent attacks:\n"
        "March 3, 2024: Two men are stabbed on Tolley Street.\n"
        "January 9, 2023: A car hits a bus stop in Kelby.\n"
    )
    a = _analysed(text)
    train = [f for f in a.facts if f.kind == VEHICLE and "train" in str(f.value)]
    assert train and all(f.incident != "i0" for f in train)
    recalled = next(i for i in a.incidents if i.id == train[0].incident)
    assert recalled.date == "2024-02"  # four months before 2024-06-15, to the month


@pytest.mark.parametrize(
    ("sentence", "day", "want"),
    [
        ("It comes just 11 months after a bomb was left on a train.", "2018-08-14", "2017-09"),
        ("The crash came two weeks after a coach overturned.", "2020-03-10", "2020-02-25"),
        ("It comes three years after a lorry hit a market.", "2020-03-10", "2017"),
        ("It came a year after a man was stabbed.", "2020-01-05", "2019"),
        ("It comes after a man was stabbed.", "2020-01-05", None),
    ],
)
def test_the_date_of_an_incident_told_by_its_distance(sentence: str, day: str, want: str) -> None:
    assert distance_date(sentence, day) == want


PLACE = "incident.place"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a gathering of people is no place: the words before its head are
        ("A lorry ploughed into a Kelby harvest fair crowd on Monday.", ["kelby harvest fair"]),
        ("A van drove into Brackwater crowd on Friday.", ["brackwater"]),
        # the town told as the owner of a site the place leaves out
        (
            "A lorry drove into the Arden Mall department store in Kelby's city centre.",
            ["arden mall department store, kelby"],
        ),
    ],
)
def test_places_headed_by_people_or_cut_at_an_owner(text: str, want: list[str]) -> None:
    assert values(text, PLACE) == want


@pytest.mark.parametrize(
    ("who", "want"),
    [
        ("The Kelby Natural Science Museum", "kelby natural science museum"),
        ("the Brackwater Arts Centre", "brackwater arts centre"),
        # a person keeps forename and surname; a title or a body before "the" is no body name
        ("Ailsa Penrose", "ailsa penrose"),
        ("leader of the Harbour Party Ailsa Penrose", "ailsa penrose"),
    ],
)
def test_a_body_that_speaks_keeps_its_whole_name(who: str, want: str) -> None:
    assert normalise_speaker(who) == want


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        (
            "On its third day of deliberations at Kelby Town Hall, the jury found the deaths "
            "accidental.",
            "kelby town hall",
        ),
        (
            "A hearing at Brackwater Guildhall was told the crash killed two.",
            "brackwater guildhall",
        ),
        (
            "Mourners laid flowers at a makeshift shrine outside Quayside Station.",
            "quayside station",
        ),
    ],
)
def test_a_later_events_venue_is_no_scene(text: str, gone: str) -> None:
    assert gone not in values(text, PLACE)


def test_an_incident_told_by_its_distance_and_again_in_the_list_is_one_incident() -> None:
    # "N months after <event>" and the list's dated line of the same event: one incident, on the
    # list's day, holding the facts of both; the list's other lines stay incidents of their own.
    text = (
        "A van hit six people on Quay Street in Brackwater this morning.\n"
        "Police closed the street. Paramedics treated the hurt at the scene.\n"
        "It comes just three months after a homemade bomb partially exploded on a Northline "
        "train.\n"
        "Recent attacks:\n"
        "March 3, 2024: A homemade bomb partially exploded on a Northline train at Tolley.\n"
        "March 20, 2024: Two men are stabbed on Tolley Street.\n"
        "January 9, 2023: A car hits a bus stop in Kelby.\n"
    )
    a = _analysed(text)
    earlier = [i for i in a.incidents if not i.main]
    assert sorted(str(i.date) for i in earlier) == ["2023-01-09", "2024-03-03", "2024-03-20"]
    bomb = next(i.id for i in earlier if i.date == "2024-03-03")
    train = [f for f in a.facts if f.kind == VEHICLE and "train" in str(f.value)]
    assert train and {f.incident for f in train} == {bomb}


def test_a_distance_that_tells_another_event_than_the_list_stays_apart() -> None:
    text = (
        "A van hit six people on Quay Street in Brackwater this morning.\n"
        "Police closed the street. Paramedics treated the hurt at the scene.\n"
        "It comes just three months after a lorry crashed into a crowded market stall.\n"
        "Recent attacks:\n"
        "March 3, 2024: A homemade bomb partially exploded on a Northline train at Tolley.\n"
        "March 20, 2024: Two men are stabbed on Tolley Street.\n"
        "January 9, 2023: A car hits a bus stop in Kelby.\n"
    )
    a = _analysed(text)
    earlier = [i for i in a.incidents if not i.main]
    assert len(earlier) == 4, [(i.date, i.summary) for i in earlier]
