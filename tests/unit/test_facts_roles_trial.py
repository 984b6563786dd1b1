"""The suspect in long-running news (invented sentences): at trial, at an inquest, years later.

The suspect's name and age come from the person whose role is the suspect's (the accused who is
cleared or convicted, the driver whose lapse caused the crash, the attacker "identified as" X, the
one "who drove the lorry into the market"), never from judges, coroners, witnesses or relatives.
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


SUSPECTS = [
    # the accused at trial, cleared or convicted
    ("The bus driver, Orla Benn, then aged 51, was cleared of manslaughter.", "orla benn", 51),
    ("Tadhg Rooney, 38, was acquitted of all charges at Kilreagh Crown Court.", "tadhg rooney", 38),
    # a hyphenated given name in lower case after the hyphen
    ("Former district chief Kang Ji-hoon, 57, was found guilty of negligence.", "kang ji-hoon", 57),
    # a participle's "as" between the role noun and the name
    ("The gunman, named by detectives as Colm Ferry, 33, was shot at the scene.", "colm ferry", 33),
    # a driver's lapse at the wheel
    ("The jury heard the driver, Nuala Pike, 46, had fallen asleep.", "nuala pike", 46),
    ("The tram driver, Edwin Moss, 52, had blacked out seconds before the bend.", "edwin moss", 52),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "name", "age"), SUSPECTS)
def test_the_accused_and_the_driver_at_fault_are_the_suspect(
    sentence: str, name: str, age: int
) -> None:
    assert name in found(sentence, "suspect.name"), sentence
    assert age in found(sentence, "suspect.age"), sentence


def test_the_doer_of_a_relative_clause_is_the_suspect() -> None:
    sentence = "Ivo Strand, the man who drove the van into the fair, died in a raid days later."
    assert "ivo strand" in found(sentence, "suspect.name")


@pytest.mark.parametrize(
    "sentence",
    [
        "Judge Mairead Colley, 61, said the sentence reflected the harm done.",
        "Coroner Bernard Ash, 58, recorded a conclusion of accidental death.",
        "Witness Priya Dale, 24, said she saw the lorry swerve.",
        "The victim's father, Owen Hart, 63, wept as the verdict was read.",
        "A 70-year-old driver fell asleep at the wheel and died.",  # hurt, not blamed
        "Sara Quinn, 40, who was stabbed in the neck, has left hospital.",  # harmed, not harming
    ],
)
def test_judges_coroners_witnesses_relatives_and_victims_are_not(sentence: str) -> None:
    assert found(sentence, "suspect.age") == [], sentence
    assert found(sentence, "suspect.name") == [], sentence


def test_an_adjective_with_a_hyphen_is_no_name() -> None:
    sentence = "Police hunted the 23-year-old Kenyan-born Odhiambo, who fled on foot."
    assert not any("born" in str(n) for n in found(sentence, "suspect.name"))
