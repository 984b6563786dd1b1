"""Issue 11, fifth round: who is held and how many, by the clause's structure. Nobody held told
with any verb of taking, a home after a person noun's "of" (no name), a name after a long head
("surnamed"), an age apposition after an of-phrase, coordinated people with their names, relative
clauses and partitives, "taken in by police", the held person's name after a relative clause or a
colon, a headline's count of the accused before a court and people charged jointly. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from tests.unit.test_facts_wordings import values

ARRESTS, AGE, NAME = "arrests", "suspect.age", "suspect.name"

NOBODY_HELD: list[str] = [
    "By late evening no one had been held and officers were still searching the estate.",
    "As of Tuesday, no suspect has been taken into custody.",
    "Nobody was picked up despite a search of the area.",
    "No-one has yet been apprehended over the fire.",
    "Up to press time nobody had been held, a police spokesman said.",
]


@pytest.mark.parametrize("sentence", NOBODY_HELD)
def test_nobody_held_is_no_arrest(sentence: str) -> None:
    assert values(sentence, ARRESTS) == [0]


NOT_HELD_IN_CUSTODY: list[str] = [
    "No one has been held responsible for the failures at the depot.",
    "Nobody was held hostage during the robbery.",
]


@pytest.mark.parametrize("sentence", NOT_HELD_IN_CUSTODY)
def test_held_responsible_is_no_arrest_count(sentence: str) -> None:
    assert values(sentence, ARRESTS) == []


# A home after a person noun's "of" (and the parish after it) is no name; the age stays.
HOMES: list[tuple[str, int | None, str | None]] = [
    ("A 31-year-old man of Palm Grove, Westbury, is currently in police custody.", 31, None),
    ("Dean Ryan Holder, 27, a mechanic of Bank Hall, St Michael, was charged with the offence.",
     27, "dean ryan holder"),
    ("Peter Mwangi, a driver of Riverside Estate, was charged with manslaughter.", None,
     "peter mwangi"),
    ("A man, 33, of Greenfield was taken into custody.", 33, None),
    ("A 19-year-old Port Esker youth has been charged with arson.", 19, None),
    ("A 44-year-old Kingston woman was arrested on Sunday.", 44, None),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "age", "name"), HOMES)
def test_a_home_is_no_suspect_name(sentence: str, age: int | None, name: str | None) -> None:
    assert values(sentence, AGE) == ([age] if age else [])
    assert values(sentence, NAME) == ([name] if name else [])
    # a charge alone holds nobody (README "Arrests and charges"): the suspect stays, no arrest
    assert values(sentence, ARRESTS) == ([] if "charged" in sentence else [1])


# The name a long head is given: "a 44-year-old lift technician surnamed Ho".
NAMED_HEADS: list[tuple[str, int, str]] = [
    ("Officers detained a 44-year-old registered gas fitter surnamed Ho at his flat.", 44, "ho"),
    ("A 45-year-old site contractor surnamed Leung was arrested.", 45, "leung"),
    ("Police arrested a 39-year-old unemployed man named Tom Hale on Tuesday.", 39, "tom hale"),
    ("Detectives picked up a 50-year-old building site foreman surnamed Lau last night.", 50,
     "lau"),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "age", "name"), NAMED_HEADS)
def test_a_name_after_a_long_head(sentence: str, age: int, name: str) -> None:
    assert values(sentence, AGE) == [age]
    assert values(sentence, NAME) == [name]


def test_a_victim_with_a_long_head_is_no_suspect() -> None:
    sentence = "The 36-year-old woman, a machine operator surnamed Yip, died in hospital."
    assert values(sentence, NAME) == []


# "aged N" after a subject with an of-phrase and a name.
AGED_SUBJECTS: list[str] = [
    "The owner of the ferry, Joseph Kato, aged 41, was arrested on Monday night.",
    "The manager of the depot, Ruth Amoah, aged 52, was detained on Friday.",
    "The captain of the trawler, aged 38, was arrested at the quay.",
]


@pytest.mark.parametrize("sentence", AGED_SUBJECTS)
def test_an_aged_apposition_keeps_the_arrest(sentence: str) -> None:
    assert values(sentence, ARRESTS) == [1]


def test_ages_listed_are_no_count() -> None:
    assert values("Three teenagers, aged 15, 16 and 17, were detained.", ARRESTS) == [3]


# Coordinated people held: a name right after the head, relative clauses, a reduced relative
# before the subject's verb, and a partitive ("two of his aides").
COORDINATED: list[tuple[str, int]] = [
    ("Officers arrested the factory manager Peter Hall and two of his foremen on Friday.", 3),
    ("Detectives detained the landlord, Grace Njeri, 51, as well as three of her tenants.", 4),
    ("Police arrested the site foreman Kofi Asante and his deputy, Yaw Boateng, 29.", 2),
    ("Police have arrested the bakery owner Rahim, 47, and his accountant, Selim Khan, 31.", 2),
    ("The driver, who fled the scene, and a passenger carrying the bag were arrested on Sunday.",
     2),
    ("The club's treasurer, Mario Vella, who is 60, and a licensee suspected of storing powder "
     "illegally were arrested.", 2),
    ("Police detained the pastor who organised the march, Samuel Nfor, as well as four of his "
     "stewards.", 5),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "count"), COORDINATED)
def test_coordinated_people_held(sentence: str, count: int) -> None:
    assert values(sentence, ARRESTS) == [count]


def test_a_verb_after_and_is_no_second_person() -> None:
    assert values("Police detained the driver and fined him.", ARRESTS) == [1]


TAKEN_IN: list[tuple[str, int]] = [
    ("Two men were taken in by police on Friday.", 2),
    ("The driver was taken in for questioning.", 1),
    ("Four stewards were taken in by gendarmes after the crush.", 4),
]


@pytest.mark.parametrize(("sentence", "count"), TAKEN_IN)
def test_taken_in_by_captors(sentence: str, count: int) -> None:
    assert values(sentence, ARRESTS) == [count]


def test_taken_in_by_a_scam_is_no_arrest() -> None:
    assert values("The pensioners were taken in by the scam.", ARRESTS) == []


# The held person's name and age after a relative clause, a colon or "including" with a title.
HELD_NAMED: list[tuple[str, object, str]] = [
    ("Police detained the pastor who organised the march, Samuel Nfor, who is in his 40s, "
     "as well as four of his stewards.", {"min": 40, "max": 49}, "samuel nfor"),
    ("Officers arrested two people: Jane Moss, 33, and her partner.", 33, "jane moss"),
    ("Police said they had arrested three men: Omar Said, the 46-year-old owner of the yard, "
     "his nephew and a driver.", 46, "omar said"),
    ("Four stewards, including the festival's director, Reverend Paul Ndi, 61, were taken in "
     "by police.", 61, "paul ndi"),
    ("The ferry owner, Joseph Kato, who is in his late 40s, and a harbour clerk accused of "
     "selling extra tickets are now in police custody.", {"min": 46, "max": 49}, "joseph kato"),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "age", "name"), HELD_NAMED)
def test_the_held_person_named(sentence: str, age: object, name: str) -> None:
    assert values(sentence, AGE) == [age]
    assert values(sentence, NAME) == [name]


IN_COURT: list[tuple[str, int]] = [
    ("Two before court over Marsh Lane stabbing", 2),
    ("Three men in court after warehouse fire deaths", 3),
    ("Four in court over Kelby depot deaths", 4),
]


@pytest.mark.parametrize(("sentence", "count"), IN_COURT)
def test_the_accused_before_a_court(sentence: str, count: int) -> None:
    assert values(sentence, ARRESTS) == [count]


NOT_IN_COURT: list[str] = [
    "The matter is before court on 4 September.",
    "Two witnesses are due in court on Monday.",
]


@pytest.mark.parametrize("sentence", NOT_IN_COURT)
def test_a_court_without_the_accused(sentence: str) -> None:
    assert values(sentence, ARRESTS) == []


# (a charge alone holds nobody, README "Arrests and charges": each sentence also tells custody)
JOINTLY: list[tuple[str, int]] = [
    (
        "Held on remand and jointly charged with him on the drugs counts is"
        " 20-year-old Dane Clarke.",
        2,
    ),
    ("The 22-year-old was arrested and charged alongside his cousin.", 2),
    ("Ali Hassan was detained and charged together with two others.", 3),
    ("She was arrested and jointly charged with Peter Osei, 35.", 2),
]


@pytest.mark.parametrize(("sentence", "count"), JOINTLY)
def test_charged_jointly(sentence: str, count: int) -> None:
    assert values(sentence, ARRESTS) == [count]


@pytest.mark.parametrize(
    "sentence",
    [
        "Jointly charged with him on the drugs counts is 20-year-old Dane Clarke.",
        "The 22-year-old was charged alongside his cousin.",
        "Ali Hassan was charged together with two others.",
        "She was jointly charged with Peter Osei, 35.",
    ],
)
def test_charged_jointly_without_custody_holds_nobody(sentence: str) -> None:
    assert values(sentence, ARRESTS) == []


# A person told by a relation to the suspect speaks of the suspect; the role words ("arrested",
# "accused") describe the other person, so this one's name is no suspect name.
RELATIONS_OF_THE_SUSPECT: list[str] = [
    "Two men were arrested. Tomas Verhoek, the father of the arrested man, said his son was"
    " innocent.",
    "A driver was detained at the scene. Priya Natarajan, the lawyer for the accused, said she"
    " would seek bail.",
    "Police arrested a 30-year-old. Delphine Okoro, the detained man's sister, said he had been"
    " at work.",
    "A man was charged with arson. Kwame Asante, a cousin of the accused, told reporters the"
    " family was shocked.",
]


@pytest.mark.parametrize("sentence", RELATIONS_OF_THE_SUSPECT)
def test_a_relation_of_the_suspect_is_no_suspect(sentence: str) -> None:
    assert values(sentence, NAME) == []


def test_the_suspect_beside_a_relation_keeps_the_name() -> None:
    sentence = "Police arrested Joran Bakker, 41. His brother, Pieter Bakker, said he would appeal."
    assert values(sentence, NAME) == ["joran bakker"]
