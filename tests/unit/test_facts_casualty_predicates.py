"""Predicate classes of other house styles: custody and remand, zero arrests in any tense, wards,
tolls revised up or down, and verbs of taking whose subject is a thing (no arrest)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.test_facts_wordings import values

KILLED, INJURED, HOSPITAL, ARRESTS = (
    "casualties.killed",
    "casualties.injured",
    "casualties.hospitalised",
    "arrests",
)

# Held by the police, in any auxiliary chain, voice and house style (invented sentences).
HELD = [
    ("The lorry driver, who walked away unhurt, is now under police custody.", [1]),
    ("The van's owner fled on foot but is now in police custody.", [1]),
    ("A boatman is in the custody of the police at Harwick.", [1]),
    ("Two brothers have been remanded in custody until Friday.", [2]),
    ("The 52-year-old tanker driver had been remanded for five days to assist investigators.", [1]),
    ("Officers handcuffed a teenager near the turnstiles.", [1]),
    ("Three fans were cuffed and led out of the ground.", [3]),
    ("Four youths were hauled in for questioning on Tuesday.", [4]),
    # none held, whatever the auxiliaries
    ("No arrest was made at the time.", [0]),
    ("Police said no arrests were made and inquiries continue.", [0]),
    ("No arrests had yet been made by Monday evening.", [0]),
    ("No arrests have been carried out.", [0]),
]
# Remanded on bail, seized goods, a scene captured: nobody held.
NOT_HELD = [
    "The bus was seized by police for inspection.",
    "A rifle and two phones were seized by officers.",
    "The whole incident was captured on a shopkeeper's camera.",
    "The moment the roof fell was captured by a drone pilot.",
    "The scene was captured by a bystander.",
    "Police seized the vehicle and its cargo.",
    "The crash was caught on a dashcam.",
    "She was remanded on bail to appear in March.",
]
# Kept in a ward or taken to clinics, plurals of hospitals and named wards.
HOSPITAL_CASES = [
    ("Eleven of the wounded are warded at Hospital Permai Selatan.", [11]),
    ("Two pupils were warded in the paediatric unit.", [2]),
    ("Six miners were admitted to the burns ward.", [6]),
    ("Nine villagers were ferried to nearby clinics.", [9]),
    ("Fourteen people were taken to three infirmaries in the county.", [14]),
]
# A toll moved in either direction, by a subject or in the passive.
REVISED_TOLLS = [
    ("Officials later revised the toll down to 14.", [14]),
    ("The death toll was revised upwards to 27 on Friday.", [27]),
    ("The provincial office lowered the death toll to nine.", [9]),
    ("The toll has been revised down to 11.", [11]),
]
# A hypothetical death in the present tense is no count.
NOT_TOLLS = [
    "Residents want barriers put up before somebody is killed.",
    "Campaigners fear someone is injured at the junction every winter.",
]


@pytest.mark.parametrize(("sentence", "expected"), HELD)
def test_custody_remand_and_zero_arrests(sentence: str, expected: list[Any]) -> None:
    assert values(sentence, ARRESTS) == expected


@pytest.mark.parametrize("sentence", NOT_HELD)
def test_things_seized_or_captured_and_bail_are_no_arrest(sentence: str) -> None:
    assert values(sentence, ARRESTS) == []


@pytest.mark.parametrize(("sentence", "expected"), HOSPITAL_CASES)
def test_wards_and_plural_hospitals(sentence: str, expected: list[Any]) -> None:
    assert values(sentence, HOSPITAL) == expected


@pytest.mark.parametrize(("sentence", "expected"), REVISED_TOLLS)
def test_tolls_revised_up_or_down(sentence: str, expected: list[Any]) -> None:
    assert values(sentence, KILLED) == expected


@pytest.mark.parametrize("sentence", NOT_TOLLS)
def test_a_feared_death_in_the_present_is_no_count(sentence: str) -> None:
    assert values(sentence, KILLED) == [] and values(sentence, INJURED) == []


# The shape of the counted phrase: a list inside "the bodies of", a share of the kind's own set,
# a span written in one notation.
SHAPES = [
    ("The bodies of a fisherman and his nephew were recovered at dawn.", KILLED, [2]),
    ("Divers found the bodies of two boys and a girl near the weir.", KILLED, [3]),
    ("The bodies of a man and a woman, both in their forties, were found.", KILLED, [2]),
    ("The bodies of two hikers and their dog were found.", KILLED, [2]),
    # a share of the dead or of the hurt is not their total
    ("Six of the fatalities died before help arrived.", KILLED, []),
    ("Four of the dead were pronounced dead at the roadside.", KILLED, []),
    ("Three of the wounded were seriously injured.", INJURED, []),
    ("Two of the injured later died.", KILLED, [2]),
    # "UPDATE 3 - Nine dead": a number of another notation before a dash is no range
    ("UPDATE 3 - Nine dead after ferry sinks", KILLED, [9]),
    ("Two to three people were hurt.", INJURED, [{"min": 2, "max": 3}]),
    ("Between 12 and twenty people were hurt.", INJURED, [{"min": 12, "max": 20}]),
]


@pytest.mark.parametrize(("sentence", "kind", "expected"), SHAPES)
def test_lists_shares_and_spans(sentence: str, kind: str, expected: list[Any]) -> None:
    assert values(sentence, kind) == expected


# Multi-word predicates of other presses: "breathed his last", "declared brought dead", "escaped
# with minor injuries", "no reported casualties".
MULTI_WORD = [
    ("The cleaner breathed her last at the civil hospital.", KILLED, [1]),
    ("Three of the labourers were declared brought dead.", KILLED, [3]),
    ("Six villagers escaped with minor burns.", INJURED, [6]),
    ("Two cyclists walked away with cuts and bruises.", INJURED, [2]),
    ("There were no reported casualties.", KILLED, [0]),
]


@pytest.mark.parametrize(("sentence", "kind", "expected"), MULTI_WORD)
def test_multi_word_predicates(sentence: str, kind: str, expected: list[Any]) -> None:
    assert values(sentence, kind) == expected
