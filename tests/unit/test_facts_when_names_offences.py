"""The incident's day and the words near it that tell no sequel: a street's name ending in a
sequel's word ("Linnet Close", "Canning Court"), a court of play ("the food court"), an offence
named after a charge ("charged with assault on Tuesday"), and crimes against a person or a
property as onset words ("was robbed", "a burglary").

Every sentence here is invented for these tests (none is taken from a report of the data sets).
"""

from __future__ import annotations

from typing import Any

import pytest

from incident_reader.core.temporal.tense import tense
from tests.unit.test_facts_when_places import _facts

DATE = "incident.date"
DCT = "2025-03-14"  # a Friday

NAMES_AND_COURTS = [
    # a street named by a sequel's word: the day is the stabbing's, and in the past
    (
        "A man was arrested on Thursday over the death of a widow who was found stabbed at her "
        "home on Linnet Close on Monday.",
        ["2025-03-10"],
    ),
    (
        "A woman was injured in an explosion at a flat in Canning Court, Redmarsh, on Tuesday.",
        ["2025-03-11"],
    ),
    (
        "Diners fled when a fire broke out in the food court of the Kelby Galleria yesterday.",
        ["2025-03-13"],
    ),
    # a kind of court before "Court" keeps it a court: its day is the hearing's
    ("Two men who crashed a stolen car appeared at Kelby Crown Court on Thursday.", []),
    ("A man accused of a stabbing in Kelby appeared at the coroner's court on Thursday.", []),
]


@pytest.mark.parametrize(("text", "expected"), NAMES_AND_COURTS)
def test_a_name_or_a_court_of_play_tells_no_sequel(text: str, expected: list[Any]) -> None:
    assert _facts(text, DATE, DCT) == expected


OFFENCES = [
    # the offence a charge names is no event: its day is the charge's
    ("A 30-year-old man was charged with assault on Tuesday after a man was hurt in Kelby.", []),
    ("A woman was arrested on suspicion of arson on Wednesday after a shed burned down.", []),
    ("He admitted two counts of robbery on Thursday.", []),
    # an event the legal step names with a determiner is the event: "convicted of the attack"
    ("A man was attacked in Brook Street, Tilby, on Saturday night.", ["2025-03-08"]),
]


@pytest.mark.parametrize(("text", "expected"), OFFENCES)
def test_an_offence_named_by_a_charge_dates_nothing(text: str, expected: list[Any]) -> None:
    assert _facts(text, DATE, DCT) == expected


CRIMES = [
    ("A woman was robbed at knifepoint in Greggson's bakery on Tuesday afternoon.", ["2025-03-11"]),
    ("A pensioner was mugged near Tilby station on Wednesday evening.", ["2025-03-12"]),
    ("The post office on Mill Lane was burgled overnight on Monday.", ["2025-03-10"]),
    ("Police are investigating a burglary at a jeweller's in Sallow on Monday.", ["2025-03-10"]),
    ("A boy, 7, was abducted from a park in Kelby on Thursday.", ["2025-03-13"]),
]


@pytest.mark.parametrize(("text", "expected"), CRIMES)
def test_crimes_against_people_and_property_date_the_incident(
    text: str, expected: list[Any]
) -> None:
    assert _facts(text, DATE, DCT) == expected


@pytest.mark.parametrize(
    ("text", "word", "sign"),
    [
        # a capitalised verb form inside a name, followed by a day: no present of a schedule
        ("A widow was found stabbed at her home on Linnet Close on Monday.", "Monday", 0),
        ("The shops close on Monday.", "Monday", 1),
        ("Shops Close On Monday", "Monday", 1),  # a headline in title case
    ],
)
def test_a_street_named_by_a_verb_is_no_schedule(text: str, word: str, sign: int) -> None:
    i = text.index(word)
    assert tense(text, i, i + len(word)) == sign
