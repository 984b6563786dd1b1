"""Casualty counts and the incident's vehicle by mechanism, with invented sentences (none from a
dev, check, real or authored report): coordinated people each placed with the company they kept,
a second apposition after an "among them" insert, an ordinal victim taken to care (one more, not
the running count), the named hospitals told after a hospital total (its parts), stings and bites
as wounds; a make's capitalised model that is also a service word, a model named without its
make where it acts as only a vehicle does, a preposition's object as no craft verb's subject, a
use-named craft people were aboard, an open head set off after a class head by its size, and
those taken to care whose condition the place grades."""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.test_facts_wordings import values

KILLED, INJURED, HOSPITAL, VEHICLE = (
    "casualties.killed",
    "casualties.injured",
    "casualties.hospitalised",
    "vehicle",
)

# Two indefinite people coordinated are two, whatever phrase places one of them; the company a
# place's phrase names ("with her husband") is no part of the subject.
COORDINATED: list[tuple[str, str, list[Any]]] = [
    (
        "A Canadian girl and a Dutch woman on holiday with her husband were killed when the bus"
        " overturned.",
        KILLED,
        [2],
    ),
    ("A local boy and an elderly man on tour with his daughter died in the fire.", KILLED, [2]),
    (
        "A taxi driver and a nurse at work with her colleague were injured in the blast.",
        INJURED,
        [2],
    ),
    ("A teenager and a pensioner on duty were killed.", KILLED, [2]),
    ("A Welsh cyclist and a French hiker on holiday with their friend were hurt.", INJURED, [2]),
    # (no coordination: one)
    ("A man on a trip with his son was killed.", KILLED, [1]),
]


@pytest.mark.parametrize(("text", "kind", "want"), COORDINATED)
def test_coordinated_people_placed_with_company(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want


# An "among them" insert naming one of the set, described in its turn, leaves the set the subject.
AMONG_THEN_APPOSED: list[tuple[str, list[Any]]] = [
    ("All three injured, among them the driver, a Kenyan national, were taken to hospital.", [3]),
    ("Five passengers, among them the conductor, a man of 60, were admitted to hospital.", [5]),
    ("All four hurt, among them the pilot, a retired teacher, were flown to hospital.", [4]),
    (
        "Six workers, among them the foreman, an Irish citizen, were taken to the General"
        " Hospital.",
        [6],
    ),
    ("The two injured, among them the owner, a woman of 45, were taken to hospital.", [2]),
]


@pytest.mark.parametrize(("text", "want"), AMONG_THEN_APPOSED)
def test_among_insert_then_apposition(text: str, want: list[Any]) -> None:
    assert values(text, HOSPITAL) == want


# An ordinal victim taken to care: the ordinal counts the hurt so far, the hospital one of them.
ORDINAL_TO_CARE: list[tuple[str, str, list[Any]]] = [
    (
        "Six people were hurt. The seventh victim, a street vendor, went to a private clinic.",
        HOSPITAL,
        [1],
    ),
    (
        "Six people were hurt. The seventh victim, a street vendor, went to a private clinic.",
        INJURED,
        [6, 7],
    ),
    (
        "Four were injured and taken to Arden General Hospital. The fifth victim went to a clinic"
        " the next day.",
        INJURED,
        [4, 5],
    ),
    ("Two walkers were hurt. A third victim was taken to hospital later.", INJURED, [2, 3]),
    ("Two walkers were hurt. A third victim was taken to hospital later.", HOSPITAL, [1]),
]


@pytest.mark.parametrize(("text", "kind", "want"), ORDINAL_TO_CARE)
def test_an_ordinal_victim_taken_to_care(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want


# The named places a hospital total went to, told right after it, are its parts.
SITES_AFTER_TOTAL: list[tuple[str, list[Any]]] = [
    (
        "All nine were taken to hospital. Five were admitted to Arden General Hospital. Four were"
        " admitted to St Luke's Infirmary.",
        [9],
    ),
    (
        "Eleven people were taken to hospital. Six went to the Kelby Royal Infirmary and three were"
        " admitted to Marsh Lane Hospital.",
        [11],
    ),
    ("Eight were taken to hospital. Three were admitted to the Harbour Medical Complex.", [8]),
    # marked as more: added, as before (the first count stays, the sum after it)
    ("Four people were taken to hospital. Three others were taken to Marsh Lane Hospital.", [4, 7]),
]


@pytest.mark.parametrize(("text", "want"), SITES_AFTER_TOTAL)
def test_named_sites_after_a_total_are_parts(text: str, want: list[Any]) -> None:
    assert values(text, HOSPITAL) == want


# A sting or a bite is a wound when told with what gave it or how badly; a feeling is not.
STINGS: list[tuple[str, list[Any]]] = [
    ("Thirty-one people were stung badly enough to need treatment.", [31]),
    ("Twelve pupils were stung by wasps during the sports day.", [12]),
    ("Four hikers were bitten by a stray dog.", [4]),
    ("Fifteen workers were gassed by fumes from the tank.", [15]),
    ("Forty villagers were stung repeatedly by a swarm of hornets.", [40]),
    ("The club was stung by the defeat.", []),
]


@pytest.mark.parametrize(("text", "want"), STINGS)
def test_stings_and_bites_are_wounds(text: str, want: list[Any]) -> None:
    assert values(text, INJURED) == want


VEHICLES: list[tuple[str, list[Any]]] = [
    # a make's capitalised model that is also a service word names the model
    ("A grey Nissan Patrol braked suddenly and was hit from behind.", ["grey nissan patrol"]),
    ("He was sitting beside the driver of a Nissan Patrol that slowed.", ["nissan patrol"]),
    ("He drove a black Toyota Patrol into the wall.", ["black toyota patrol"]),
    ("A marked police Ford Focus was rammed.", []),
    # a two-word model without its make, where it acts as only a vehicle does
    ("Officers said a Grand Vitara carrying six passengers had rolled over.", ["grand vitara"]),
    ("Witnesses said a Land Cruiser carrying tourists flipped over.", ["land cruiser"]),
    ("A Hiace Commuter carrying 14 pilgrims plunged into the gorge.", ["hiace commuter"]),
    ("A Good Samaritan carrying two children ran to help.", []),
    # a preposition's object is no craft verb's subject
    (
        "Two died when the white Toyota Hilux taking them on a desert tour overturned.",
        ["white toyota hilux"],
    ),
    ("The green Optare Solo on a school run overturned.", []),
    # a craft named by its use, people aboard it
    (
        "Two men died in a fire that broke out aboard a fishing dhow in the harbour.",
        ["fishing dhow"],
    ),
    ("Nine crew on board a cargo barge were rescued.", ["cargo barge"]),
    ("She was aboard the other boat.", []),
    # an open head set off after a class head, told by its size or name
    (
        "The boat, a 38ft motor cruiser named Blue Heron, had pulled in to refuel.",
        ["38ft motor cruiser"],
    ),
    ("The vessel, a 12m aluminium launch, was moored at the quay.", ["12m aluminium launch"]),
    ("The boat, a family heirloom, was moored at the quay.", []),
]


@pytest.mark.parametrize(("text", "want"), VEHICLES)
def test_vehicles_by_mechanism(text: str, want: list[Any]) -> None:
    assert values(text, VEHICLE) == want


# A generic head gives way to a model the report names by its capitalised words alone.
def test_a_generic_head_gives_way_to_a_named_model() -> None:
    text = (
        "Two tourists died when a safari vehicle overturned in the dunes. Police said a Land"
        " Cruiser carrying seven passengers had rolled several times."
    )
    assert values(text, VEHICLE) == ["land cruiser"]


# Those taken to care whom the place grades ("where they are in critical condition") were hurt,
# where the report has told no count of the hurt before.
GRADED_IN_CARE: list[tuple[str, list[Any]]] = [
    (
        "Two passengers of the bus, a boy aged 9 and a girl aged 12, were transported to the"
        " Northern Regional Hospital, where they are listed in critical condition.",
        [2],
    ),
    ("Two men were taken to hospital, where they are in a serious condition.", [2]),
    ("A woman was flown to Arden General Hospital, where she remains in a serious condition.", [1]),
    ("Two men were taken to the Kelby Infirmary, where they are in a stable condition.", []),
    (
        "Three children were rushed to St Mary's Hospital, where they were said to be in critical"
        " condition.",
        [3],
    ),
    # a count of the hurt told before: the hospital's are a part of it
    (
        "Ten people were injured. Two were taken to hospital, where they are in a critical"
        " condition.",
        [10],
    ),
    ("Four people were taken to hospital as a precaution.", []),
]


@pytest.mark.parametrize(("text", "want"), GRADED_IN_CARE)
def test_those_graded_in_care_were_hurt(text: str, want: list[Any]) -> None:
    assert values(text, INJURED) == want
