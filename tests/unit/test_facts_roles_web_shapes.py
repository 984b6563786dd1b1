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


# An arrest of a pronoun before a clause that says what it prevented counts one person held.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A man smashed car windows. Officers arrested him before he could flee.", [1]),
        ("A woman attacked a guard. Staff held her until police arrived and arrested her.", [1]),
        ("A youth threw stones. Police chased and arrested him before he reached the river.", [1]),
    ],
)
def test_a_pronoun_arrested_before_a_clause(text: str, expected: list[Any]) -> None:
    assert _facts(text, ARRESTS, DCT) == expected, text


# A paragraph opened by a connective of another case that tells a new event with a new,
# indefinite participant is another incident: its day and clock are not this one's.
@pytest.mark.parametrize(
    "text",
    [
        "A man was stabbed outside a bar in Harwick on 26 February.\n"
        "Meanwhile, police launched an inquiry after a woman was shot in Dunmere shortly before"
        " 11am on Sunday.",
        "A cyclist died in a crash on the Orton Road on 27 February.\n"
        "Elsewhere, a pedestrian was hit by a van in Kelby at about 6pm on Saturday.",
        "Two men were hurt in a fight in Lowgate on 25 February.\n"
        "Separately, a teenager was stabbed in Brackley at 9pm on Sunday.",
    ],
)
def test_another_case_opened_by_a_connective_keeps_its_times(text: str) -> None:
    assert _facts(text, TIME, DCT) == [], text
    assert len(_facts(text, DATE, DCT)) == 1, text


def test_a_connective_tied_back_to_this_incident_keeps_its_times() -> None:
    text = (
        "A man was stabbed outside a bar in Harwick on Sunday.\n"
        "Meanwhile, two officers were hurt when the crowd surged at about 11pm."
    )
    assert _facts(text, TIME, DCT) == ["23:00"]


# "The driver, 52," told in a casualty's clause is the suspect's age once another sentence says
# the driver was arrested or charged.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Two passengers and the driver, a man in his 40s, were taken to hospital after the"
            " car overturned. The driver was arrested on suspicion of drink-driving.",
            [{"min": 40, "max": 49}],
        ),
        (
            "The driver, 52, was airlifted to hospital. The driver has since been charged with"
            " dangerous driving.",
            [52],
        ),
        (
            "The motorist, aged 61, was treated for minor injuries. The motorist was later"
            " arrested.",
            [61],
        ),
        # another driver held, or nobody: the casualty's age stays theirs
        ("The driver, 52, died at the scene. The driver of the lorry was arrested.", []),
        ("The driver, 52, was airlifted to hospital. Police are appealing for witnesses.", []),
    ],
)
def test_the_held_drivers_age_from_a_casualtys_clause(text: str, expected: list[Any]) -> None:
    got = _facts(text, AGE, DCT)
    assert [
        g if isinstance(g, int) else {"min": g.get("min"), "max": g.get("max")} for g in got
    ] == expected, text


# A vehicle's model year is no time of the story, nor an earlier incident's.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The 27-year-old suspect was alone in a 2003 Honda that collided with a 2017 Acura"
            " shortly after 9 p.m. Saturday near Orton.",
            ["21:00"],
        ),
        ("A 1998 Ford pickup hit a wall at about 2.15am on Sunday.", ["02:15"]),
        ("Police said a 2011 sedan mounted the kerb at 4.40pm on Saturday.", ["16:40"]),
    ],
)
def test_a_model_year_is_no_time(text: str, expected: list[Any]) -> None:
    assert _facts(text, TIME, DCT) == expected, text
    assert all(d.startswith("2025") for d in _facts(text, DATE, DCT)), text


def test_a_model_year_keeps_the_suspect() -> None:
    text = (
        "The 27-year-old suspect was alone in a 2003 Honda that collided with a 2017 Acura"
        " shortly after 9 p.m. Saturday near Orton."
    )
    assert _facts(text, AGE, DCT) == [27]


# Numbers in a list of ages are ages: the people held are the counted head.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A man was stabbed. Two men, aged 23 and 40, both from Kelby, were arrested.", [2]),
        ("A man was stabbed. Three teenagers, aged 15, 16 and 17, were detained.", [3]),
        ("A man was stabbed. Two men aged 19 and 22 have been arrested.", [2]),
    ],
)
def test_ages_listed_after_the_held_are_no_count(text: str, expected: list[Any]) -> None:
    assert _facts(text, ARRESTS, DCT) == expected, text


# "was allegedly beaten": the adverb tells of the act; the subject is the one it was done to.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "After a 25-year-old man was allegedly beaten to death by a mob on Monday, police"
            " arrested one man.",
            [],
        ),
        ("A 30-year-old man was allegedly assaulted by two guards at the gate.", []),
        ("A 19-year-old woman was reportedly stabbed by her neighbour.", []),
        # the doer stays the suspect
        ("A 30-year-old man allegedly stabbed two guards at the gate.", [30]),
    ],
)
def test_an_alleged_harm_undergone_makes_no_suspect(text: str, expected: list[Any]) -> None:
    assert _facts(text, AGE, DCT) == expected, text


# What the people were taken into custody for may stand between them and "into custody".
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two teens were shot. Officers took two suspects for the shooting into custody.", [2]),
        ("A man was stabbed. Police took a man in connection with the attack into custody.", [1]),
        ("A shop was robbed. Deputies took three men over the raid into custody.", [3]),
    ],
)
def test_into_custody_after_what_they_were_held_for(text: str, expected: list[Any]) -> None:
    assert _facts(text, ARRESTS, DCT) == expected, text


# A bare definite age whose noun tells another sex than the suspect's is another person.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A 20-year-old man has been arrested for assaulting a girl. It happened when the"
            " 13-year-old girl was playing outside.",
            [20],
        ),
        (
            "A 34-year-old woman was charged after the crash. The 9-year-old boy was in the back"
            " seat. The 71-year-old man was walking his dog.",
            [34],
        ),
        # the same sex, or no noun: the suspect again
        # (the charged woman's age twice: her role's age and the bare definite age, now that a
        # charge alone tells no arrest whose span held both)
        (
            "A 31-year-old woman was arrested. The 31-year-old woman was later charged.",
            [31, 31, 31],
        ),
        ("A 20-year-old man has been arrested. The 21-year-old was named as Ray Cole.", [20, 21]),
    ],
)
def test_a_bare_age_of_another_sex_is_not_the_suspect(text: str, expected: list[Any]) -> None:
    assert _facts(text, AGE, DCT) == expected, text
