"""The suspect by the clause a person is the subject of (invented reports, several wordings of
each class): the one who handles a weapon in the active voice, the first of two people coordinated
by role nouns, a nickname told with a verb; never the judge or officer who remands another, and
never a place's name whose capitals run on after a street word.
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
    ("text", "name", "age"),
    [
        (
            "A bank was held up. Lionel Brask, 36, walked into the branch on Quarry Lane, pointed "
            "a sawn-off shotgun at the cashier and demanded cash, the court heard.",
            "lionel brask",
            36,
        ),
        (
            "A bookmaker's was robbed. Tamsin Orr, 29, entered the shop, produced a knife and "
            "ordered staff to open the safe.",
            "tamsin orr",
            29,
        ),
        (
            "A petrol station was raided. Ravi Menon, 44, drew a pistol and fired into the "
            "ceiling, prosecutors said.",
            "ravi menon",
            44,
        ),
    ],
)
def test_the_subject_handling_a_weapon_is_the_suspect(text: str, name: str, age: int) -> None:
    assert found(text, "suspect.name") == [name], text
    assert found(text, "suspect.age") == [age], text


@pytest.mark.parametrize(
    "text",
    [
        "A cashier was unhurt. Lena Moss, 52, was threatened with a knife during the raid.",
        "A cashier was unhurt. Lena Moss, 52, a cashier, pressed the alarm under the counter.",
    ],
)
def test_the_one_threatened_or_raising_the_alarm_is_no_suspect(text: str) -> None:
    assert found(text, "suspect.name") == [], text
    assert found(text, "suspect.age") == [], text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "A man admitted robbery. Judge Harriet Vale adjourned sentence for reports and "
            "remanded Cole in custody.",
            "harriet vale",
        ),
        (
            "A driver was charged. District Judge Omar Qureshi refused bail and remanded Dane "
            "Lutz until next week.",
            "omar qureshi",
        ),
        (
            "A shop was raided. Sergeant Aled Pryce chased the man and arrested him in an alley.",
            "aled pryce",
        ),
    ],
)
def test_who_remands_or_arrests_another_is_no_suspect(text: str, name: str) -> None:
    assert name not in found(text, "suspect.name"), text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A worker was hurt. Nadia Ferris, 41, was injured and later arrested.", "nadia ferris"),
        ("A man was hurt. Owen Tate, 23, was hurt and is now in police custody.", "owen tate"),
    ],
)
def test_a_custody_step_after_and_still_makes_the_suspect(text: str, name: str) -> None:
    assert name in found(text, "suspect.name"), text


@pytest.mark.parametrize(
    ("text", "name", "age"),
    [
        (
            "Nine workers died in the blaze. Two men, the mill's owner, Farhan Qadir, 61, and "
            "its foreman, Imran Butt, were arrested on Friday night.",
            "farhan qadir",
            61,
        ),
        (
            "A roof fell in. The contractor, Glen Maddox, 50, and his site manager were "
            "detained for questioning.",
            "glen maddox",
            50,
        ),
        (
            "Three people died. Officials said the hotel's owner, Vikram Sethi, 57, and the "
            "manager had been taken into custody.",
            "vikram sethi",
            57,
        ),
    ],
)
def test_the_first_of_two_coordinated_by_role_nouns(text: str, name: str, age: int) -> None:
    assert name in found(text, "suspect.name"), text
    assert age in found(text, "suspect.age"), text


@pytest.mark.parametrize(
    ("text", "name", "age"),
    [
        (
            'Two men were shot. One of them, Chidi Okafor, 31, popularly called "Boss" in the '
            "area, was picked up at a hideout on Sunday, police said.",
            "chidi okafor",
            31,
        ),
        (
            "A trader was robbed. The suspect, Musa Bello, 26, known as Skido, was rounded "
            "up in a raid on Tuesday.",
            "musa bello",
            26,
        ),
    ],
)
def test_a_nickname_told_with_a_verb_is_an_apposition(text: str, name: str, age: int) -> None:
    assert name in found(text, "suspect.name"), text
    assert age in found(text, "suspect.age"), text


@pytest.mark.parametrize(
    "text",
    [
        "A post office was raided. Kieran Vost, 38, ran into Mill Street Post Office and fired "
        "a shotgun into the ceiling.",
        "A chemist was robbed. Ayla Dunn, 27, burst into Kings Road Pharmacy, waved a knife at "
        "staff and fled.",
    ],
)
def test_a_place_name_after_a_street_word_is_no_person(text: str) -> None:
    names = found(text, "suspect.name")
    assert len(names) == 1, (text, names)


@pytest.mark.parametrize(
    "text",
    [
        # a partitive count before a plural verb is no age
        "A crush at a fair killed six. Of the injured, 27 were admitted to the Ranpur District "
        "Hospital.",
        "A coach overturned. Of the passengers, 14 were taken to hospital and 3 were discharged.",
        # a patient's admission is no court's: "admitted" to a named hospital
        "A van hit a crowd. The driver, 27, was admitted to the Kelso Royal Infirmary with burns.",
    ],
)
def test_a_count_or_a_patients_admission_gives_no_suspect_age(text: str) -> None:
    assert found(text, "suspect.age") == [], text


def test_admitting_an_offence_still_makes_the_suspect() -> None:
    text = "A cyclist died. Dean Pike, 27, admitted causing death by dangerous driving."
    assert found(text, "suspect.age") == [27]
