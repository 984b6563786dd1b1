"""The suspect and the arrests in more house styles (invented sentences): court round-ups, Indian
FIR copy, translated European press, second arrestees, and arrests told as holding or custody.

Each row is a class: the object of a harm told with an -ing verb or "at" is a victim ("accused of
slashing X", "hacking at X"); a role phrase followed by "identified as Y" is Y's; "Also arrested
was X" is a second arrestee; a modifier's own head noun before an apposition ("the alleged
aggressor, a 34-year-old man"); an age after "of" ("a man of 45"); holding a person for something
is an arrest, holding hostages or a press conference is not.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from incident_reader.core.facts import extract
from incident_reader.core.model import DctSource, Report


def found(text: str, kind: str) -> list[Any]:
    report = Report("r", Path("r.txt"), "", text, "2025-03-02", DctSource.HEADER, "0")
    return [f.value for f in extract(report, "2025-03-02", ()).facts if f.kind == kind]


@pytest.mark.parametrize(
    "sentence",
    [
        "Gavin Roe, 33, is accused of slashing Owen Pratt, 21, outside a kebab shop.",
        "Lena Vos, 40, denies glassing Carl Hume, 27, in the Anchor Inn.",
        "Dale Marsh, 31, is charged with battering Neil Ash, 58, with a bat.",
        "Ryan Tate, 30, admits hacking at Joel Kemp, 19, with a machete.",
    ],
)
def test_the_object_of_a_harm_told_with_ing_or_at_is_a_victim(sentence: str) -> None:
    ages = found(sentence, "suspect.age")
    assert len(ages) == 1 and ages[0] in (33, 40, 31, 30)


def test_a_role_phrase_then_identified_as_names_the_next_person() -> None:
    text = (
        "On the complaint of the shopkeeper's son Arjun Das (24), the accused, identified as "
        "Vikram alias Vicky (31), a resident of Ram Nagar, was booked."
    )
    assert found(text, "suspect.age") == [31]
    assert found(text, "suspect.name") == ["vikram"]


@pytest.mark.parametrize(
    "text",
    [
        "Officers arrested Noel Grant, 28, at his flat. Also arrested was Ava Stone, 22.",
        "Police detained Iker Sanz, 35. Also detained were Pau Mas, 19, and Joan Vila, 20.",
    ],
)
def test_also_arrested_is_a_second_arrestee(text: str) -> None:
    assert found(text, "suspect.age") in ([28], [35])


@pytest.mark.parametrize(
    ("sentence", "age"),
    [
        ("The alleged aggressor, a 29-year-old man of Peruvian nationality, was arrested.", 29),
        ("The suspected arsonist, a woman of 52 from Nantes, was placed in police custody.", 52),
        ("The alleged author of the stabbing, a 41-year-old, was detained.", 41),
    ],
)
def test_a_modifiers_head_noun_and_an_age_after_of(sentence: str, age: int) -> None:
    assert found(sentence, "suspect.age") == [age]


def test_a_victim_of_an_age_after_of_is_no_suspect() -> None:
    assert found("A woman of 70 was killed when the van mounted the kerb.", "suspect.age") == []


@pytest.mark.parametrize(
    ("sentence", "n"),
    [
        ("Detectives are holding a man on suspicion of arson.", 1),
        ("Police were last night holding two teenagers over the attack.", 2),
        ("Officers said they were holding a woman in connection with the fire.", 1),
        ("Three men are being held at Dunmore police station.", 3),
        ("The 30-year-old was placed in police custody on Sunday.", 1),
    ],
)
def test_holding_and_custody_are_arrests(sentence: str, n: int) -> None:
    assert found(sentence, "arrests") == [n]


@pytest.mark.parametrize(
    "sentence",
    [
        "The gunman was holding four staff hostage in the back office.",
        "Police will be holding a news conference at noon.",
        "Relatives were holding a vigil outside the house.",
    ],
)
def test_holding_hostages_or_events_is_no_arrest(sentence: str) -> None:
    assert found(sentence, "arrests") == []


@pytest.mark.parametrize(
    ("sentence", "age"),
    [
        ("The driver, aged 44, attempted to flee but was cornered by passers-by.", 44),
        ("The rider, 29, tried to run away and was caught by residents.", 29),
    ],
)
def test_a_flight_tried_or_cut_short_by_bystanders(sentence: str, age: int) -> None:
    assert found(sentence, "suspect.age") == [age]


def test_a_victim_who_tried_to_escape_is_no_suspect() -> None:
    assert found("The cashier, 52, tried to escape but was shot in the leg.", "suspect.age") == []


def test_a_bare_driver_named_in_a_later_sentence() -> None:
    text = (
        "The driver, aged 51, attempted to flee the scene. Inspector Ruth Kamau identified the "
        "driver as Daniel Mutua."
    )
    assert found(text, "suspect.name") == ["daniel mutua"]


@pytest.mark.parametrize(
    ("sentence", "n"),
    [
        ("Troopers arrested Okafor at a motel two days later.", 1),
        ("Deputies detained 41-year-old Rosa Quintero on Friday.", 1),
        ("Police have arrested and charged 19-year-old Kai Lund.", 1),
    ],
)
def test_a_named_object_of_an_arrest(sentence: str, n: int) -> None:
    assert found(sentence, "arrests") == [n]


def test_a_weekday_after_arrested_is_no_surname() -> None:
    assert found("Police arrested Saturday morning's second suspect.", "arrests") in ([], [1])


def test_a_pronouns_age_after_an_unnamed_arrest() -> None:
    assert found("A man was arrested at the scene. He is 41 and lives nearby.", "suspect.age") == [
        41
    ]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("A 37 year old man has been arrested over the fire.", "arrests"),
        ("A 62 year-old woman was killed when the wall fell.", "casualties.killed"),
        ("A 19 years old student was injured in the blast.", "casualties.injured"),
    ],
)
def test_an_age_written_with_spaces_is_one_person_not_a_count(sentence: str, kind: str) -> None:
    assert found(sentence, kind) == [1]


@pytest.mark.parametrize(
    ("sentence", "age"),
    [
        ("The woman arrested is 52 and lives on the estate.", 52),
        ("A 36-year-old man is being quizzed by detectives.", 36),
    ],
)
def test_copula_after_a_participle_and_being_quizzed(sentence: str, age: int) -> None:
    assert found(sentence, "suspect.age") == [age]


@pytest.mark.parametrize(
    ("sentence", "ages"),
    [
        ("A 28-year-old man and a 24-year-old woman were detained.", [28, 24]),
        ("Ola Brandt, 33, and Kai Moen, 27, were charged on Friday.", [33, 27]),
    ],
)
def test_two_held_together_are_both_suspects(sentence: str, ages: list[int]) -> None:
    assert found(sentence, "suspect.age") == ages


@pytest.mark.parametrize(
    ("sentence", "n"),
    [
        ("A 16-year-old is being held.", 1),
        ("Ola Brandt, 33, and Kai Moen, 27, were arrested on Friday.", 2),
        ("Police arrested Rhys Auden, aged 40, for affray.", 1),
        # a charge alone holds nobody (README "Arrests and charges")
        ("Ola Brandt, 33, and Kai Moen, 27, were charged on Friday.", None),
        ("Police charged Rhys Auden, aged 40, with affray.", None),
        # unless the sentence tells them held too
        ("Ola Brandt, 33, and Kai Moen, 27, were charged on Friday and remanded in custody.", 2),
        ("Police detained and charged Rhys Auden, aged 40, with affray.", 1),
    ],
)
def test_held_now_and_two_named_subjects(sentence: str, n: int | None) -> None:
    assert found(sentence, "arrests") == ([n] if n else [])


def test_hostages_being_held_are_no_arrest() -> None:
    assert found("Four hostages are being held in the embassy.", "arrests") == []


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Khalid al-Masri, 41, was charged with arson.", "khalid al-masri"),
        ("Áine Ní Bhriain, 36, was remanded in custody.", "áine ní bhriain"),
        ("Juan Carlos Ortega Ruiz, 44, was arrested in Malaga.", "juan carlos ortega ruiz"),
    ],
)
def test_names_with_particles_and_four_words(sentence: str, name: str) -> None:
    assert found(sentence, "suspect.name") == [name]


def test_a_wanted_description_gives_the_suspects_age() -> None:
    text = "The suspect is described as a white male, approximately 35 years of age."
    assert found(text, "suspect.age") == [35]


def test_a_drivers_name_given_paragraphs_after_the_drivers_age() -> None:
    text = (
        "The driver, aged 47, tried to run away but was caught by residents.\n\n"
        "The cyclist, named as Ivy Lam, 20, died at the scene.\n\n"
        "Her friend, 21, was taken to hospital.\n\n"
        "Police identified the driver as Otto Brenner and said he would be charged."
    )
    assert found(text, "suspect.name") == ["otto brenner"]


def test_a_rank_inside_a_four_word_name() -> None:
    text = "Officers arrested a soldier, Lance Bombardier Tomas Reyes, 26, over the shooting."
    assert found(text, "suspect.name") == ["tomas reyes"]
