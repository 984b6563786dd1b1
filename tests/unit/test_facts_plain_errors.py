"""Plain errors of shape a reader would laugh at: an age or a clock's minutes read as a count, a
definite ordinal as a running total, a group's survival as a zero toll, a preposition's object as
a listed person, a casualty picked up unconscious as an arrest, a victim's age or name as the
suspect's, a place named by a bus stop or a person's name as a vehicle, a make's model cut short,
a unit number's "No." as a place's end. Invented sentences, several wordings of each, with
counterparts that keep their fact."""

from __future__ import annotations

from typing import Any

import pytest

from incident_reader.core.facts.text import split_sentences
from tests.unit.test_facts_wordings import values

KILLED, INJURED = "casualties.killed", "casualties.injured"
HOSPITALISED, ARRESTS = "casualties.hospitalised", "arrests"
AGE, NAME = "suspect.age", "suspect.name"
VEHICLE, PLACE = "vehicle", "incident.place"

CASES: list[tuple[str, str, list[Any]]] = [
    # "N others" told right after a death are those besides the dead, not more of those moved
    (
        "A woman has died and three people were taken to hospital. The woman died at the house. "
        "Three others, including two children, were taken to hospital.",
        HOSPITALISED,
        [3, 3],
    ),
    (
        "A woman was flown to hospital. Three other passengers were taken to the infirmary.",
        HOSPITALISED,
        [4],
    ),
    # "of N" after a noun of one person is an age or her children, after a collective a count
    ("A father of five was among those injured.", INJURED, [1]),
    ("A young mother of three died in the blaze.", KILLED, [1]),
    ("Her son of 11 was taken to hospital.", HOSPITALISED, [1]),
    ("A family of five were injured in the crash.", INJURED, [5]),
    ("A total of 14 were injured in the crash.", INJURED, [14]),
    ("A group of six were taken to hospital.", HOSPITALISED, [6]),
    ("Two boys of 15 were hurt.", INJURED, [2]),
    # ... and a list's parts keep their ages, in figures or words
    ("A woman of 40 and a girl of eight were hurt.", INJURED, [2]),
    ("A woman aged 40 and a girl aged eight were treated in hospital.", HOSPITALISED, [2]),
    ("The blast injured a man of 70 and a boy of nine.", INJURED, [2]),
    ("Police arrested a man of 30 and a woman of 28.", ARRESTS, [2]),
    # a clock's minutes are no count
    (
        "He surrendered at the police station at 10:15 hrs today and is presently in custody.",
        ARRESTS,
        [1],
    ),
    # a court's act on its object is no arrest; the one remanded is
    ("Judge Alan Pryce remanded him in custody for four weeks.", ARRESTS, []),
    ("Two men were remanded in custody on Monday.", ARRESTS, [2]),
    ("A 30-year-old man was remanded Tuesday.", ARRESTS, [1]),
    # "the third" is one of a set told before; "a third" is the running total
    ("Two of the robbers fled and the third was captured by police.", ARRESTS, [1]),
    ("Three climbers fell. Two were rescued but the third died.", KILLED, [1]),
    ("A third man has been arrested.", ARRESTS, [3]),
    ("A second person has died.", KILLED, [2]),
    # a zero said of a part of those there, or of another occasion, beside a count of its kind
    (
        "Five people died when the bus fell. A woman was travelling with her two sons. "
        "All three survived.",
        KILLED,
        [5],
    ),
    ("The plane crash-landed in a field. All 150 passengers survived.", KILLED, [0]),
    ("Three people were hurt. No one was hurt in the second car.", INJURED, [3]),
    (
        "Three people were hurt when the cabin fell. The line stopped in July 2019 when a power "
        "cut left 80 riders stranded. No one was hurt then.",
        INJURED,
        [3],
    ),
    ("The blast destroyed the shed. No one was hurt in the blast.", INJURED, [0]),
    # a preposition's object inside a listed person's phrase is no one of the list
    (
        "The dead include a father and his son, a nurse going back to her ward at Kelby and three "
        "pupils.",
        KILLED,
        [{"min": 6, "max": None}],
    ),
    (
        "The dead include a father and his son, a nurse and three pupils.",
        KILLED,
        [{"min": 6, "max": None}],
    ),
    # found in a state is no arrest
    ("Two men were picked up in an unconscious condition and taken to hospital.", ARRESTS, []),
    ("Two men were picked up in Leeds on Monday.", ARRESTS, [2]),
    # a casualty's age is no suspect's
    (
        "Two persons, a 45-year-old male and a 12-year-old male, received injuries and were picked "
        "up in an unconscious condition.",
        AGE,
        [],
    ),
    ("A 33-year-old woman received serious injuries in the crash.", AGE, []),
    ("A 45-year-old man was picked up in Leeds on Monday.", AGE, [45]),
    ("A 45-year-old man was hurt and is now in police custody.", AGE, [45]),
    # harm done to an animal makes no suspect; an animal's victim is a victim
    (
        "A neighbour, Dorian Plaskett, 41, who beat the dogs off with a stick, was bitten.",
        NAME,
        [],
    ),
    ("Dorian Plaskett, 41, who beat his wife, was arrested.", NAME, ["dorian plaskett"]),
    # the dead named after "the funeral of", "the body of": the predicate is the noun's
    ("The funeral of Maya Oduya was held on Sunday at the Kelby chapel.", NAME, []),
    ("The body of Tom Hale, 31, was found in a ditch.", AGE, []),
    ("The arrest of Tom Hale, 31, was announced on Monday.", NAME, ["tom hale"]),
    # a name in the phrase of the charge's matter is no one charged
    ("Driver charged over Kestrel Dunmore bus shed deaths", NAME, []),
    ("Police on Monday arrested Tom Hale, 45.", NAME, ["tom hale"]),
    ("Officers have charged a man, Tom Hale, 45, with murder.", NAME, ["tom hale"]),
    # a place named by the service that stops there is no vehicle
    ("A car slammed into the Kestrel Hill bus stop, killing two.", VEHICLE, []),
    ("The lorry crashed into the Marlow Green bus shed.", VEHICLE, ["lorry"]),
    ("The Lakeshore Rail train 412 derailed.", VEHICLE, ["lakeshore rail train 412"]),
    # a make's model of two words kept whole; a make's word opening a person's name is no vehicle
    (
        "The van hit the driver of the Toyota Land Cruiser, who had stopped.",
        VEHICLE,
        ["van", "toyota land cruiser"],
    ),
    (
        "A Ford Focus Estate was seen leaving the scene after the crash.",
        VEHICLE,
        ["ford focus estate"],
    ),
    ("Police questioned the foreman Ram Lal Yadav (48) after the crane crash.", VEHICLE, []),
]


@pytest.mark.parametrize(("text", "kind", "want"), CASES)
def test_plain_errors_of_shape(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("An explosion in Silo No. 3 killed two workers on Monday.", "silo no. 3"),
        ("A fire broke out in Block No. 4 on Monday, killing two.", "block no. 4"),
    ],
)
def test_a_unit_number_stays_in_its_place_name(text: str, place: str) -> None:
    assert values(text, PLACE) == [place]


def test_a_mountain_abbreviation_ends_no_sentence() -> None:
    assert len(split_sentences("The climber fell from Mt. Kelbo on Monday. He died.")) == 2
