"""Classes of arrest and suspect wording the blind role bank found missing (session 16), each
tested with invented sentences other than the bank's, and negatives that must keep their facts."""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.test_facts_wordings import values

ARRESTS, AGE, NAME = "arrests", "suspect.age", "suspect.name"

# A suspect's own surrender told with a reflexive: "gave himself up", "turned herself over to
# police", "presented himself at ... police station"; the idioms of despair and of seeming stay out.
SURRENDER: list[tuple[str, str, list[Any]]] = [
    ("The gunman gave himself up to officers on Friday.", ARRESTS, [1]),
    ("A woman turned herself over to police in Leeds.", ARRESTS, [1]),
    ("The bus driver presented himself at Kasarani police station.", ARRESTS, [1]),
    ("The two brothers handed themselves over to detectives.", ARRESTS, [2]),
    ("She presented herself as a doctor.", ARRESTS, []),
    ("The climber gave himself up for lost.", ARRESTS, []),
]


@pytest.mark.parametrize(("text", "kind", "want"), SURRENDER)
def test_reflexive_surrender(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want


# One person taken into custody or handed over to police, told by a pronoun.
PRONOUN_CUSTODY: list[tuple[str, str, list[Any]]] = [
    ("Villagers caught the thief and handed him over to the police.", ARRESTS, [1]),
    ("Officers took her into police custody after a struggle.", ARRESTS, [1]),
    ("The nurse took him into the ward.", ARRESTS, []),
    ("She handed him over to his aunt.", ARRESTS, []),
]


@pytest.mark.parametrize(("text", "kind", "want"), PRONOUN_CUSTODY)
def test_pronoun_into_custody(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want


# West and East African copy's "one" before a name: "arrested one Kofi Mensah"; an age in brackets
# with "aged".
ONE_NAME: list[tuple[str, str, list[Any]]] = [
    ("Detectives arrested one Kofi Mensah, 31, at his home.", ARRESTS, [1]),
    ("Detectives arrested one Kofi Mensah, 31, at his home.", NAME, ["kofi mensah"]),
    ("The rider, one Opio Simon (aged 24), was arrested.", AGE, [24]),
    ("The rider, one Opio Simon (aged 24), was arrested.", NAME, ["opio simon"]),
    ("Police arrested one of the robbers.", NAME, []),
]


@pytest.mark.parametrize(("text", "kind", "want"), ONE_NAME)
def test_one_before_a_name(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want


# An arrest wished, sought or ordered is none made: a warrant, a demand, a reward.
WANTED_ARREST: list[tuple[str, str, list[Any]]] = [
    ("A warrant was issued for the arrest of the lorry driver.", ARRESTS, []),
    ("Relatives demanded the arrest of the factory owner.", ARRESTS, []),
    ("A reward is offered for information leading to the arrest of the attackers.", ARRESTS, []),
    ("Police announced the arrest of three men.", ARRESTS, [3]),
    ("The raid led to the arrest of two women.", ARRESTS, [2]),
]


@pytest.mark.parametrize(("text", "kind", "want"), WANTED_ARREST)
def test_wished_arrest_is_none(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want


# One not yet held is the suspect: the object of a police search, one "being sought", "at large";
# rescuers' search for the missing and a person who sought help are not.
SOUGHT: list[tuple[str, str, list[Any]]] = [
    ("Officers are hunting a man in his 30s.", AGE, [{"min": 30, "max": 39}]),
    ("Detectives want to trace a woman aged about 35.", AGE, [35]),
    ("A man aged about 50 is being sought by detectives.", AGE, [50]),
    ("The robber, 19, remains at large.", AGE, [19]),
    ("Rescuers are searching for a fisherman aged 45.", AGE, []),
    ("Police are searching for a missing boy, 9.", AGE, []),
    ("The woman, 30, sought help from a neighbour.", AGE, []),
]


@pytest.mark.parametrize(("text", "kind", "want"), SOUGHT)
def test_suspect_not_yet_held(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want


# A case brought against a person told by role, then name: "against the hotel owner, X, 52".
AGAINST_ROLE: list[tuple[str, str, list[Any]]] = [
    ("An FIR has been lodged against the hotel owner, Rakesh Jain, 52.", NAME, ["rakesh jain"]),
    ("An FIR has been lodged against the hotel owner, Rakesh Jain, 52.", AGE, [52]),
]


@pytest.mark.parametrize(("text", "kind", "want"), AGAINST_ROLE)
def test_case_against_role_then_name(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want


# Arrests told as there being so many, and nobody held told by custody's empty or "none of".
COUNTS: list[tuple[str, str, list[Any]]] = [
    ("There have been three arrests.", ARRESTS, [3]),
    ("There was an arrest on Sunday.", ARRESTS, [1]),
    ("There have been no arrests.", ARRESTS, [0]),
    ("No suspect is in custody.", ARRESTS, [0]),
    ("None of the attackers has been arrested.", ARRESTS, [0]),
    ("None of the robbers have been caught so far.", ARRESTS, [0]),
]


@pytest.mark.parametrize(("text", "kind", "want"), COUNTS)
def test_arrest_counts_and_zeros(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want
