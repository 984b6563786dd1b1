"""Counts told by the shape of a headline, a listing, an anaphoric figure or a later retelling.

Every sentence here is written for these tests (none is taken from a dev, check or real report).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.test_facts_wordings import values

KILLED, INJURED = "casualties.killed", "casualties.injured"
HOSPITALISED, ARRESTS = "casualties.hospitalised", "arrests"


# A headline's two bare singular person nouns joined by "and" count two, with no number.
HEADLINE_PAIRS = [
    ("Mother and child killed as wall falls on Kettering bus shelter", KILLED, [2]),
    ("Grandfather and grandson hurt in Corrib boat fire", INJURED, [2]),
    ("Father and son arrested after brawl at cup final", ARRESTS, [2]),
    ("Driver and passenger injured as lorry overturns on bypass", INJURED, [2]),
    ("Man and dog rescued from river", INJURED, []),
]


@pytest.mark.parametrize(("text", "kind", "expected"), HEADLINE_PAIRS)
def test_a_headline_pair_counts_two(text: str, kind: str, expected: list[Any]) -> None:
    assert values(text, kind) == expected


# A listing of the set names at least that many; beside a larger count it is only a part.
LISTINGS = [
    ("Among the dead are a retired nurse and her husband.", KILLED, [{"min": 2, "max": None}]),
    ("The dead include two firefighters and a paramedic.", KILLED, [{"min": 3, "max": None}]),
    ("Among the injured were three schoolchildren, police said.", INJURED,
     [{"min": 3, "max": None}]),
    ("Those killed included Mara Lindqvist, 34, and Omar Teller, 61.", KILLED,
     [{"min": 2, "max": None}]),
    ("The quake killed 40 people. Among the dead were two doctors.", KILLED, [40]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "expected"), LISTINGS)
def test_a_listing_names_at_least_its_parts(text: str, kind: str, expected: list[Any]) -> None:
    assert values(text, kind) == expected


# "That figure" takes the kind of the count told before it; with none before, nothing.
FIGURES = [
    ("Three people died, officials said. That figure was later revised to five.", KILLED, [3, 5]),
    ("Police arrested three men on Sunday. The number was raised to seven on Monday.", ARRESTS,
     [3, 7]),
    ("Nine people were hurt. Officials later revised the figure down to six.", INJURED, [9, 6]),
    ("The figure was later revised to five.", KILLED, []),
    ("The figure of 40 refers to the staff. The total cost rose to 4 million.", KILLED, []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "expected"), FIGURES)
def test_a_revised_figure_is_of_the_kind_before(text: str, kind: str, expected: list[Any]) -> None:
    assert values(text, kind) == expected


# A court, the bereaved or "one of the N victims" retell the toll months or years later.
RETOLD = [
    ("The jury heard from relatives of one of the 13 victims.", KILLED, [13]),
    ("Families of the 29 victims sat in the gallery as the verdict was read.", KILLED, [29]),
    ("Halvorsen was convicted of driving the van that killed eight pedestrians.", KILLED, [8]),
    ("The court heard that the nine victims were treated in hospital.", KILLED, []),
]


@pytest.mark.parametrize(("text", "kind", "expected"), RETOLD)
def test_a_later_stage_retells_the_toll(text: str, kind: str, expected: list[Any]) -> None:
    assert values(text, kind) == expected


# "N more" after another kind's count is a count of its own; after its own kind, an addition.
MORE = [
    ("The gunman killed 12 and injured scores more.", INJURED, [{"min": 40, "max": None}]),
    ("The bomb killed six people and wounded dozens more, officials said.", INJURED,
     [{"min": 24, "max": None}]),
    ("The gunman killed three and then killed two more.", KILLED, [5]),  # the sum
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "expected"), MORE)
def test_more_after_another_kind_is_a_count(text: str, kind: str, expected: list[Any]) -> None:
    assert values(text, kind) == expected


# A relative clause of another event tells that event's count; an article subject with an object
# after its verb is the doer ("A fire at a warehouse injured four workers").
OTHER = [
    (
        "The van hit pedestrians on the bridge, killing five. Police ruled out a link to a "
        "separate attack that left one man dead in Lyon.",
        KILLED,
        [5],
    ),
    ("A fire at a Leeds warehouse injured four workers on Tuesday.", INJURED, [4]),
    ("A man who murdered a shop assistant was jailed.", KILLED, [1]),
]


@pytest.mark.parametrize(("text", "kind", "expected"), OTHER)
def test_another_event_or_a_doer_is_no_count(text: str, kind: str, expected: list[Any]) -> None:
    assert values(text, kind) == expected


# Later stages tell the toll as a court's counts, an inquest's of-phrase or a raised total.
LATER = [
    ("He admitted 11 counts of murder and 40 of attempted murder.", KILLED, [11]),
    ("The baker was found guilty of five murders.", KILLED, [5]),
    ("He admitted 40 counts of attempted murder.", KILLED, []),
    ("The inquest into the deaths of the six miners opened on Monday.", KILLED, [6]),
    ("All 44 passengers and crew survived.", KILLED, [0]),
    (
        "Police have arrested 14 people in connection with the riot, bringing the total to 26.",
        ARRESTS,
        [26],
    ),
]


@pytest.mark.parametrize(("text", "kind", "expected"), LATER)
def test_a_later_stage_tells_the_toll(text: str, kind: str, expected: list[Any]) -> None:
    assert values(text, kind) == expected


# A long ", including ...," parenthetical between a counted subject and its verb is read past.
INCLUDING = [
    (
        "Six of the officials charged over the crush, including the former district police "
        "chief, the head of the district office and two fire officers, have been arrested.",
        ARRESTS,
        [6],
    ),
    (
        "Four people, including two children who had been sitting near the front of the bus and "
        "a man in his sixties, were taken to hospital.",
        HOSPITALISED,
        [4],
    ),
    (
        "Seven of the volunteers sent to the dunes, including the camp's cook, a retired teacher "
        "from Ormond and his two nephews, were killed.",
        KILLED,
        [7],
    ),
]


@pytest.mark.parametrize(("text", "kind", "expected"), INCLUDING)
def test_a_parenthetical_is_read_past(text: str, kind: str, expected: list[Any]) -> None:
    assert values(text, kind) == expected


# Wordings of other houses: a second clause of the same dead joined by "while", a modified
# figure noun, bodies recovered "so far", the dead named with their ages in brackets.
HOUSES = [
    ("Three persons died on the spot while four others succumbed in hospital.", KILLED, [7]),
    ("Two people died in the crash. The casualty figure has risen to 23.", KILLED, [2, 23]),
    ("Eight bodies have so far been recovered from the mine.", KILLED, [8]),
    ("The dead have been identified as Ravi Menon (45) and Sunil Rao (38).", KILLED, [2]),
]


@pytest.mark.parametrize(("text", "kind", "expected"), HOUSES)
def test_other_houses_wordings(text: str, kind: str, expected: list[Any]) -> None:
    assert values(text, kind) == expected


# An age in commas after a part of a list leaves the list going ("a woman, 34, and a man, 41").
AGED_PARTS = [
    ("Officers arrested a woman, 34, and a man, 41, at an address in Selby.", ARRESTS, [2]),
    ("The landslip killed a shepherd, 70, and his wife, 68.", KILLED, [2]),
    ("A girl, 9, and her brother, 12, were hurt.", INJURED, [2]),
    ("The blast injured a baker, 45, on Sunday.", INJURED, [1]),
]


@pytest.mark.parametrize(("text", "kind", "expected"), AGED_PARTS)
def test_an_age_in_commas_keeps_a_list(text: str, kind: str, expected: list[Any]) -> None:
    assert values(text, kind) == expected


# A named object of an arrest verb is one person held; "and" with a name or a possessive's
# singular noun makes two ("arrested Mark Dunne, 44, and his son, 19").
NAMED_ARRESTS = [
    ("Police later arrested Conor Dunne, 44, and his son, 19.", [2]),
    ("Detectives arrested Lena Ortiz on Friday.", [1]),
    ("Officers detained Ravi Menon and Sunil Rao at the port.", [2]),
    ("They arrested Conor Dunne and his sons.", []),
    ("Police arrested Kell Street residents.", []),
]


@pytest.mark.parametrize(("text", "expected"), NAMED_ARRESTS)
def test_a_named_object_is_one_arrest(text: str, expected: list[Any]) -> None:
    assert values(text, ARRESTS) == expected


# More of the dead told by an idiom after "while N others"; a part with an of-phrase in a list.
IDIOMS_AND_OWNERS = [
    ("Eleven persons were burnt to death while six others gave up the ghost in hospital.", KILLED,
     [17]),
    ("The driver of the tanker and his motor boy had been taken into custody.", ARRESTS, [2]),
    ("The owner of the shop and his nephew were arrested.", ARRESTS, [2]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "expected"), IDIOMS_AND_OWNERS)
def test_idioms_and_owned_parts(text: str, kind: str, expected: list[Any]) -> None:
    assert values(text, kind) == expected


# "came on the same day that ..." tells another event: its counts are not this incident's.
SAME_DAY = [
    (
        "The blast killed four people. It came on the same day that three people were shot "
        "and wounded in a raid in Dorvik.",
        INJURED,
        [],
    ),
    ("Two people died on the same day that the bridge reopened.", KILLED, [2]),
]


@pytest.mark.parametrize(("text", "kind", "expected"), SAME_DAY)
def test_the_same_day_as_another_event(text: str, kind: str, expected: list[Any]) -> None:
    assert values(text, kind) == expected
