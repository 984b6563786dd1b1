"""Casualty shapes read by structure, not by a report's words. Sentences written for these tests.

- people "burnt/charred beyond recognition" are dead (a thing so burnt is no casualty), and the
  "others" beside them are counted on their own;
- listed people each told with where they are from by name ("a woman from Ashby and a man of
  Elm Vale") are one each;
- the wounds a subject bears stand between the count and its verb ("Three people with gunshot
  wounds were taken to X");
- a blow on several parts of the body ("bitten on the arm and shoulder") still joins its
  hospital predicate, and that predicate may be progressive ("and is being treated at X");
- a health complex is a hospital;
- "they" after a fronted clause of time ("After being checked by paramedics, they were driven to
  X") is those counted hurt in the sentence before.
"""

from __future__ import annotations

import pytest

from tests.unit.test_facts_wordings import values

KILLED = "casualties.killed"
INJURED = "casualties.injured"
HOSPITALISED = "casualties.hospitalised"

BURNT_DEAD: list[tuple[str, int]] = [
    ("A tanker exploded at Ogaba on Monday. Five persons were burnt beyond recognition.", 5),
    ("A fire gutted the Ikara market on Monday. Two traders were burned beyond recognition.", 2),
    ("A gas cylinder blew up in Kelby. Three residents were charred beyond recognition.", 3),
    ("A lorry caught fire near Orton. Six of the passengers were charred beyond recognition.", 6),
]


@pytest.mark.parametrize(("text", "n"), BURNT_DEAD)
def test_people_burnt_beyond_recognition_are_dead(text: str, n: int) -> None:
    assert values(text, KILLED) == [n]
    assert values(text, INJURED) == []


def test_the_others_beside_the_burnt_dead_are_counted_alone() -> None:
    text = (
        "A tanker exploded at Ogaba on Monday. Four persons were burnt beyond recognition, while "
        "nine others sustained varying degrees of burns."
    )
    assert values(text, KILLED) == [4]
    assert values(text, INJURED) == [9]


@pytest.mark.parametrize(
    "text",
    [
        "A blaze swept a depot in Ikara on Monday. Three vehicles were burnt beyond recognition.",
        "A bus caught fire near Ikara. The bus was burnt beyond recognition but all escaped.",
    ],
)
def test_things_burnt_beyond_recognition_are_no_deaths(text: str) -> None:
    assert values(text, KILLED) == []


LISTED_FROM: list[tuple[str, str, int]] = [
    ("Bad meat was served at a party in Elm. A 70-year-old woman from Ashby and a 65-year-old "
     "man from Elm have died.", KILLED, 2),
    ("A car crashed in Elm on Sunday. A 19-year-old student of Ashby and a 22-year-old "
     "apprentice of Elm Vale were killed.", KILLED, 2),
    ("A car crashed in Elm on Sunday. An 80-year-old female resident of Ashby and an 82-year-old "
     "male resident of Elm died in hospital.", KILLED, 2),
    ("A van crashed in Elm on Sunday. A driver from Kelby and two passengers from Orton Vale "
     "were injured.", INJURED, 3),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "n"), LISTED_FROM)
def test_listed_people_told_with_their_home_town_count_one_each(
    text: str, kind: str, n: int
) -> None:
    assert values(text, kind) == [n]


WITH_WOUNDS: list[tuple[str, int]] = [
    ("Gunmen opened fire at a bar in Kora. Three people with gunshot wounds were taken to Kora "
     "Hospital.", 3),
    ("A fire broke out in a block in Kora. Two residents with severe burns were flown to the "
     "burns unit.", 2),
    ("A coach crashed near Kora. Five passengers with broken bones were taken to hospital.", 5),
]  # fmt: skip


@pytest.mark.parametrize(("text", "n"), WITH_WOUNDS)
def test_a_subject_told_with_its_wounds_is_counted(text: str, n: int) -> None:
    assert values(text, HOSPITALISED) == [n]


def test_a_subject_with_company_is_no_wound() -> None:
    text = "A coach crashed near Kora. Two women with their children were taken to hospital."
    assert values(text, HOSPITALISED) != [2]


SEVERAL_PARTS: list[str] = [
    "A crocodile attacked a fisherman at the Tana river. Mr Obi was bitten on the arm and "
    "shoulder and is being treated at Kora Health Centre.",
    "A dog attacked a girl in Kora. She was bitten on the face, neck and hands and was taken to "
    "Kora clinic.",
    "A fight broke out in Kora. The doorman was punched in the face and chest and is being "
    "treated at Kora General Hospital.",
]


@pytest.mark.parametrize("text", SEVERAL_PARTS)
def test_a_blow_on_several_parts_joins_its_hospital_predicate(text: str) -> None:
    assert values(text, INJURED) == [1]
    assert values(text, HOSPITALISED) == [1]


def test_a_health_complex_is_a_hospital() -> None:
    text = "A launch capsized near Kora. 31 passengers were taken to Kora Upazila Health Complex."
    assert values(text, HOSPITALISED) == [31]


THEY_AFTER_A_CLAUSE: list[str] = [
    "A train hit a tractor in Kora. Four passengers suffered minor injuries. After being checked "
    "by paramedics, they were driven to Kora hospital.",
    "A bus overturned in Kora on Monday. Four pupils were hurt. Once freed from the wreck, they "
    "were taken by ambulance to the district hospital.",
]


@pytest.mark.parametrize("text", THEY_AFTER_A_CLAUSE)
def test_they_after_a_fronted_clause_are_the_hurt_before(text: str) -> None:
    assert values(text, HOSPITALISED) == [4]


def test_they_after_a_fronted_clause_of_another_verb_is_no_hospital_count() -> None:
    text = "A bus overturned in Kora. Six pupils were hurt. When police arrived, they were calm."
    assert values(text, HOSPITALISED) == []


FREED_THEN_TREATED: list[tuple[str, int]] = [
    ("A landslide buried houses in Tobo on Sunday. Two residents were pulled out alive on "
     "Sunday and are being treated at a clinic in Cibar.", 2),
    ("A wall fell on a market in Tobo. Three traders were dug out alive and are being treated "
     "at the district hospital.", 3),
    ("A car hit a tree outside Tobo. The driver was cut free and flown to Tobo General "
     "Hospital.", 1),
]  # fmt: skip


@pytest.mark.parametrize(("text", "n"), FREED_THEN_TREATED)
def test_a_rescue_participle_with_its_state_joins_the_hospital_verb(text: str, n: int) -> None:
    assert values(text, HOSPITALISED) == [n]


WHOLE_OF_THE_HURT: list[tuple[str, int]] = [
    ("A bus hit a lorry in Tobo. Five of the six people who were injured remain admitted.", 6),
    ("A bus hit a lorry in Tobo. Three of the nine people injured were children.", 9),
    ("A tram derailed in Tobo. Two of the seven pupils who were seriously hurt are in a coma.", 7),
]  # fmt: skip


@pytest.mark.parametrize(("text", "n"), WHOLE_OF_THE_HURT)
def test_the_whole_of_a_share_of_the_hurt_is_their_count(text: str, n: int) -> None:
    assert values(text, INJURED) == [n]


ORDINAL_OF_A_PART: list[tuple[str, int]] = [
    ("A bus hit a lorry in Tobo. Nine passengers and the driver died at the scene, while a "
     "tenth passenger died on the way to hospital.", 11),
    ("A coach overturned near Tobo. Six men and a boy were killed at once and a seventh man "
     "died later in hospital.", 8),
    ("A bus hit a lorry in Tobo. Four people died at the scene and a fifth died later in "
     "hospital.", 5),
]  # fmt: skip


@pytest.mark.parametrize(("text", "n"), ORDINAL_OF_A_PART)
def test_an_ordinal_on_one_part_of_the_dead_adds_one(text: str, n: int) -> None:
    assert values(text, KILLED) == [n]


HEADLINE_BOUNDS: list[tuple[str, str, object]] = [
    ("Twelve dead in Tobo ferry sinking\nAt least 12 people were killed when a ferry sank off "
     "Tobo on Monday.", KILLED, {"min": 12, "max": None}),
    ("Five hurt in Tobo crash\nUp to five people were injured when a bus hit a wall in Tobo.",
     INJURED, {"min": None, "max": 5}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "bound"), HEADLINE_BOUNDS)
def test_a_headline_count_the_body_bounds_takes_the_bound(
    text: str, kind: str, bound: object
) -> None:
    assert values(text, kind) == [bound, bound]


HEADLINE_KEPT: list[str] = [
    # the body tells the figure exactly too
    "Twelve dead in Tobo ferry sinking\nAt least 12 people were killed when a ferry sank off Tobo "
    "on Monday. Officials later said 12 bodies had been found.",
    # the body bounds another figure
    "Twelve dead in Tobo ferry sinking\nAt least nine people were killed when a ferry sank off "
    "Tobo on Monday.",
    # a first line closed by a stop is a sentence, no headline
    "Twelve dead in Tobo ferry sinking.\nAt least 12 people were killed when a ferry sank off Tobo "
    "on Monday.",
]


@pytest.mark.parametrize("text", HEADLINE_KEPT)
def test_a_headline_count_stays_exact_otherwise(text: str) -> None:
    assert 12 in values(text, KILLED)


US_AGES: list[tuple[str, str, int]] = [
    ("A gunman fired at a crowd in Elm. The two men, ages 20 and 24, were taken to the hospital.",
     HOSPITALISED, 2),
    ("A gunman fired at a crowd in Elm. Two women, ages 31 and 45, were wounded.", INJURED, 2),
    ("A gunman fired at a crowd in Elm. The victims, ages 19 and 21, were taken to the hospital.",
     HOSPITALISED, 2),
    ("A gunman fired at a crowd in Elm. Three teens, ages 15 to 17, were shot.", INJURED, 3),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "n"), US_AGES)
def test_the_us_ages_apposition_is_read_as_aged(text: str, kind: str, n: int) -> None:
    assert values(text, kind) == [n]


DECLINED: list[str] = [
    "A crane fell in Elm. A 30-year-old man and a 72-year-old woman were treated for minor "
    "injuries and declined hospital treatment.",
    "A bus hit a wall in Elm. Two passengers were treated at the scene for cuts but refused to be "
    "taken to hospital.",
    "A bus hit a wall in Elm. Four people were hurt and declined further treatment in hospital.",
]


@pytest.mark.parametrize("text", DECLINED)
def test_the_hurt_who_declined_hospital_care_make_a_zero_hospital_count(text: str) -> None:
    assert values(text, HOSPITALISED) == [0]


def test_a_declined_zero_gives_way_to_those_who_went() -> None:
    text = (
        "A bus hit a wall in Elm. Two men were taken to hospital. Three passengers were treated "
        "for cuts and declined hospital treatment."
    )
    assert values(text, HOSPITALISED) == [2]
