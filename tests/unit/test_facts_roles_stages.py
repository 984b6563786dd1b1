"""Suspects told in other house styles: crew drivers held to account, court reports, appeals and
identifications, with sentences invented for these tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from incident_reader.core.facts import extract
from incident_reader.core.model import DctSource, Report


def found(text: str, kind: str) -> list[Any]:
    report = Report("r", Path("r.txt"), "", text, "2025-03-02", DctSource.HEADER, "0")
    return [f.value for f in extract(report, "2025-03-02", ()).facts if f.kind == kind]


SUSPECTS = [
    # a second predicate of the same subject: hurt, then held or questioned
    (
        "The ferry's pilot, Sven Arndt, 44, was treated for shock and was later interviewed by "
        "detectives.",
        44,
        "sven arndt",
    ),
    (
        "The lorry's driver, identified as Teodoro Salas, 39, of Purok Uno, sustained cuts and is"
        " now under police custody.",
        39,
        "teodoro salas",
    ),
    # a defendant in the dock of a court report
    ("Wilma Rusk, now 61, wept in the dock as the jury returned its verdict.", 61, "wilma rusk"),
    # the object of an arrest with an of-phrase before the apposition
    (
        "Harbour police arrested the skipper of the trawler, Lars Mikkelsen (50), at the quay.",
        50,
        "lars mikkelsen",
    ),
    # the person whose own vehicle did the harm
    (
        "Gordon Pybus, 58, is thought to have blacked out before his coach ploughed into the wall.",
        58,
        "gordon pybus",
    ),
    # a nickname in quotes between first name and surname is left out of the name
    (
        "The skipper, identified as Royston 'Tall Boy' Pierre, 47, was later detained.",
        47,
        "royston pierre",
    ),
    # a surname alone, as some wire styles give it
    ("A 38-year-old man surnamed Leung, the site foreman, was arrested.", 38, "leung"),
    # a middle initial between first name and surname
    (
        "The driver, Carla M. Oduya, 33, was booked on a charge of reckless homicide.",
        33,
        "carla m. oduya",
    ),
]


@pytest.mark.parametrize(("text", "age", "name"), SUSPECTS)
def test_suspect_in_other_styles(text: str, age: int, name: str) -> None:
    assert found(text, "suspect.age") == [age]
    assert found(text, "suspect.name") == [name]


IDENTIFIED = [
    # police identify the driver who did not stop, with the age before the name
    (
        "A cyclist was killed on Elm Row. The driver of the van did not stop. Police later "
        "identified the driver as 51-year-old Morris Tandy of Kelby.",
        [51],
        ["morris tandy"],
    ),
    # the victim's family names the victim: never the suspect
    (
        "A man was arrested after a boy was hit on Elm Row. The boy's family has identified him as "
        "Reuben Lisk.",
        [],
        [],
    ),
]


@pytest.mark.parametrize(("text", "ages", "names"), IDENTIFIED)
def test_identified_across_sentences(text: str, ages: list[int], names: list[str]) -> None:
    assert found(text, "suspect.age") == ages
    assert found(text, "suspect.name") == names


NOT_SUSPECTS = [
    # a place of residence after ", of" is no person
    "Mina Sol, 29, of Barrio Santa Ana, was arrested.",
    # a crew driver who was hurt, and nothing else said of him
    "The tram's driver, Ewan Pask, 50, was taken to hospital with cuts.",
    # a witness whose own car was hit
    "Motorist Hal Brant, 40, said his car was hit by the van.",
]


@pytest.mark.parametrize("text", NOT_SUSPECTS)
def test_not_the_suspect(text: str) -> None:
    names = found(text, "suspect.name")
    assert "barrio santa ana" not in names
    if "Mina" not in text:
        assert names == [] and found(text, "suspect.age") == []


QUESTIONED = [
    ("The digger's operator, a man in his 50s, was taken away by police.", {"min": 50, "max": 59}),
    ("The pilot, 61, was later held for questioning.", 61),
]


@pytest.mark.parametrize(("text", "age"), QUESTIONED)
def test_taken_away_or_held_for_questioning(text: str, age: Any) -> None:
    assert found(text, "suspect.age") == [age]


def test_an_institution_as_the_agent_is_no_name() -> None:
    text = "A man was arrested on Friday. He was later detained by the Harbour Police."
    assert found(text, "suspect.name") == []


PRONOUN_HELD = [
    # the named subject of the sentence before a pronoun's custody step
    (
        "Two drowned off Kessa on Sunday. The ferry's mate, identified as Lionel Dabreo, 44, was"
        " among those rescued. He was later detained by the coastguard.",
        [44],
        ["lionel dabreo"],
    ),
    # a pronoun that tells no custody step makes nobody the suspect
    ("A man died. The victim, Tom Hale, 30, was named by police. He was a father of two.", [], []),
    # a judge named as the subject before is never the one held
    (
        "Three people were stabbed in Fenbury on Friday. District Judge Alan Mercer sent the case "
        "to the crown court. He was remanded in custody.",
        [],
        [],
    ),
]


@pytest.mark.parametrize(("text", "ages", "names"), PRONOUN_HELD)
def test_a_pronoun_held_refers_to_the_subject_before(
    text: str, ages: list[int], names: list[str]
) -> None:
    assert found(text, "suspect.age") == ages
    assert found(text, "suspect.name") == names


def test_a_surname_given_after_the_role_noun() -> None:
    text = (
        "Police arrested the firm's 48-year-old site manager, identified only by his surname Oh,"
        " on charges of negligence."
    )
    assert found(text, "suspect.age") == [48]
    assert found(text, "suspect.name") == ["oh"]


AGE_THEN_AND_VICTIM_OBJECTS = [
    # the age at the time of the attack replaces the age at the hearing
    (
        "Ola Brandt, 45, of Mill Lane, admitted manslaughter at Kelby Crown Court. She was 44 at"
        " the time of the crash.",
        [44],
        ["ola brandt"],
    ),
    # the object of a harm in -ing is a victim
    (
        "Police have charged a man accused of stabbing Lewis Dray outside a bar in Kelby.",
        [],
        [],
    ),
    # a court step still to come
    ("Nico Pahl, 27, is expected to face magistrates in Kelby next month.", [27], ["nico pahl"]),
]


@pytest.mark.parametrize(("text", "ages", "names"), AGE_THEN_AND_VICTIM_OBJECTS)
def test_age_then_and_harm_objects(text: str, ages: list[int], names: list[str]) -> None:
    assert found(text, "suspect.age") == ages
    assert found(text, "suspect.name") == names
