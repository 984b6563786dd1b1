"""Suspects, arrests and the incident's time in structures other writers use (invented sentences,
three or more wordings of each structure, with negatives): the object of a gerund a charge is
for, a driver held by the wreck, an editor's brackets, headline capitals and company names, an
arrest verb's infinitive after "able to", the event an arrest followed, a time set off from
another event, and a day told inside a saying or a progressive clause.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.test_facts_when_places import _facts

AGE, NAME, ARRESTS = "suspect.age", "suspect.name", "arrests"
TIME, DATE = "incident.time", "incident.date"
DCT = "2025-03-02"


# The object of a gerund after "for", "of" or "with" is the one the act was done to.
@pytest.mark.parametrize(
    "text",
    [
        "Police arrested a 41-year-old man for allegedly cheating a 70-year-old widow.",
        "The 41-year-old is accused of threatening a 70-year-old shop assistant.",
        "Officers charged a 41-year-old with punching a 70-year-old man at a bus stop.",
        "Detectives detained a 41-year-old woman for robbing a 70-year-old pensioner.",
    ],
)
def test_a_gerunds_object_is_no_suspect(text: str) -> None:
    assert _facts(text, AGE, DCT) == [41], text


# A driver the wreck held until rescuers came is a casualty, not the driver to blame.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The van driver - a 37-year-old man - was trapped in the cab for an hour.", []),
        ("The lorry driver, 52, had to be cut free by firefighters.", []),
        ("The car driver, a woman aged 44, was extricated by the fire service.", []),
        # not held by the wreck: still the driver to blame
        ("The van driver - a 37-year-old man - was arrested at the scene.", [37]),
    ],
)
def test_a_driver_held_by_the_wreck_is_a_casualty(text: str, expected: list[Any]) -> None:
    assert _facts(text, AGE, DCT) == expected, text


# Brackets an editor put around a quoted person's words are read as if they were not there.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"The (28-year-old) was arrested later that day," a spokesman said.', [28]),
        ("He said the [31-year-old] had been charged with dangerous driving.", [31]),
        ('"The (woman, 45) was taken into custody," police said.', [45]),
        # a name's age in brackets stays the name's
        ("Tariq Mehta (29) was arrested on Sunday.", [29]),
    ],
)
def test_an_editors_brackets_are_transparent(text: str, expected: list[Any]) -> None:
    assert _facts(text, AGE, DCT) == expected, text


# A headline in title case without a full stop names nobody; a company's designator ends a name.
@pytest.mark.parametrize(
    "text",
    [
        "Delivery Rider Charged in Slaying",
        "Arrest Made in Harbour Warehouse Fires",
        "Pensioner Held Over Canal Path Death",
        "The group agreed to buy closely held Marvell Tiles Inc. for cash.",
    ],
)
def test_headline_capitals_and_companies_are_no_names(text: str) -> None:
    assert _facts(text, NAME, DCT) == [], text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Corin Ashby was charged on Monday.", ["corin ashby"]),
        ("Police arrested Corin Ashby at his flat.", ["corin ashby"]),
    ],
)
def test_a_sentence_with_lower_case_words_keeps_its_names(text: str, expected: list[Any]) -> None:
    assert _facts(text, NAME, DCT) == expected, text


# An arrest verb's infinitive after a verb that says it was done counts the people held.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officers were able to detain two men near the station.", [2]),
        ("Police managed to arrest three of the youths before they fled.", [3]),
        ("Deputies were able to apprehend the suspect near the river.", [1]),
        # a wish or a plan is no arrest
        ("Police hope to arrest the driver soon.", []),
        ("Residents urged officers to arrest the two men.", []),
    ],
)
def test_able_to_arrest_counts_the_people_held(text: str, expected: list[Any]) -> None:
    assert _facts(text, ARRESTS, DCT) == expected, text


# The event an arrest followed, told as an indefinite phrase, owns the time right after it.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A man was arrested following a disturbance in Quarry Lane at around 5am.", ["05:00"]),
        (
            "The 20-year-old, who was arrested following a scuffle on Mill Road at about 1.15am,"
            " remains in custody.",
            ["01:15"],
        ),
        ("Two men were detained after a brawl outside a pub at about 11.40pm.", ["23:40"]),
        # a procedural step is no event: the time stays the arrest's
        ("Police arrested a man after a search of his home at 6am.", []),
        ("A woman was charged following an investigation at 4pm.", []),
    ],
)
def test_the_event_an_arrest_followed_owns_the_time(text: str, expected: list[Any]) -> None:
    assert _facts(text, TIME, DCT) == expected, text


# A time set off from another event by a span after it is another moment.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A jogger saw his car near the house at 6 a.m. ten days before the shooting.", []),
        ("The van was spotted at 9pm two hours before the blast in the square.", []),
        ("Staff heard a bang at 2.10am minutes before the roof collapsed.", []),
        # the event's own clock
        ("The gunman opened fire at 6 a.m. in the square.", ["06:00"]),
    ],
)
def test_a_time_set_off_from_another_event_is_not_the_incidents(
    text: str, expected: list[Any]
) -> None:
    assert _facts(text, TIME, DCT) == expected, text


# A day inside what a saying reports, or in a progressive clause, dates the incident when no
# event word dates anything.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police said, one Teodor Vance, a shopkeeper, was walking home on February 24 night."
            " A man attacked him with a bar.",
            ["2025-02-24"],
        ),
        (
            "The victim was returning from work on 21 February, officers said. He was beaten.",
            ["2025-02-21"],
        ),
        (
            "According to police, the two brothers were travelling home on February 19 when"
            " they were robbed.",
            ["2025-02-19"],
        ),
        # a saying that is dated itself, and a later step, date no incident
        ("A spokesman said on 20 February that a man was beaten.", []),
    ],
)
def test_a_day_in_a_report_or_a_progressive_clause(text: str, expected: list[Any]) -> None:
    assert _facts(text, DATE, DCT) == expected, text
