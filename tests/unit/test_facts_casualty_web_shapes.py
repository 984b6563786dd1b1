"""Casualty structures learnt from the wordings of real local and wire news (session 10's web
probe): the sentences here are invented, several wordings of each structure, with negatives that
must give no fact."""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.test_facts_wordings import values

KILLED, INJURED, HOSPITAL = (
    "casualties.killed",
    "casualties.injured",
    "casualties.hospitalised",
)

# An of-phrase after the head names whose person it was; its words never take in the verb group,
# so a "not" before the participle still negates the clause.
OF_PHRASE_THEN_NEGATION: list[tuple[str, str, list[Any]]] = [
    ("The rider of the scooter was not injured.", INJURED, []),
    ("The driver of the lorry was not hurt, police said.", INJURED, []),
    ("The owner of the corner shop was not taken to hospital.", HOSPITAL, []),
    ("The occupant of the other car was never hurt.", INJURED, []),
    # the same phrase without the negation still counts its person
    ("The rider of the scooter was injured.", INJURED, [1]),
    ("Three members of the crew were hurt.", INJURED, [3]),
]


@pytest.mark.parametrize(("text", "kind", "want"), OF_PHRASE_THEN_NEGATION)
def test_of_phrase_then_negation(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want


# One article shared by two singular person heads joined by "and" counts two, with the pair's
# ages between them and the verb or not.
SHARED_ARTICLE_PAIR: list[tuple[str, str, list[Any]]] = [
    ("A man and woman were taken to hospital.", HOSPITAL, [2]),
    ("The van's occupants, a man and woman in their 40s, were taken to hospital.", HOSPITAL, [2]),
    ("A mother and daughter were hurt in the fire.", INJURED, [2]),
    ("A driver and passenger, both 19, were injured.", INJURED, [2]),
    # a plural second head says no number; a pair that acts counts nobody
    ("A man and children were hurt.", INJURED, [1]),
    ("A man and woman attacked the guard, who was not hurt.", INJURED, []),
]


@pytest.mark.parametrize(("text", "kind", "want"), SHARED_ARTICLE_PAIR)
def test_shared_article_pair(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want


# An event that sends one person named by an article to hospital, with the hurt said on the
# person's phrase (the count is also the injured's).
SENT_ONE_TO_HOSPITAL: list[tuple[str, str, list[Any]]] = [
    ("A collision has sent a man with serious injuries to hospital.", HOSPITAL, [1]),
    ("A collision has sent a man with serious injuries to hospital.", INJURED, [1]),
    ("The blaze sent three firefighters with minor burns to hospital.", HOSPITAL, [3]),
    ("Paramedics took a woman, 34, to hospital.", HOSPITAL, [1]),
    ("He took a taxi to hospital.", HOSPITAL, []),
]
# A time told inside the verb group, between the auxiliary and the participle.
TIME_IN_VERB_GROUP: list[tuple[str, str, list[Any]]] = [
    ("A cyclist was on Monday killed in a crash.", KILLED, [1]),
    ("Two men were last night taken to hospital.", HOSPITAL, [2]),
    ("A woman was yesterday pronounced dead.", KILLED, [1]),
    ("A man who was on Monday seen near the scene has been arrested.", KILLED, []),
]
# Treated and released or discharged from a hospital: they were in it; at the scene, they were not.
RELEASED_FROM_HOSPITAL: list[tuple[str, str, list[Any]]] = [
    ("Three workers have been treated and released from hospital.", HOSPITAL, [3]),
    ("Two passengers were treated and released from a local hospital.", HOSPITAL, [2]),
    ("The driver was treated and discharged from the Royal Infirmary.", HOSPITAL, [1]),
    ("Two people were treated and released at the scene.", HOSPITAL, []),
]


@pytest.mark.parametrize(
    ("text", "kind", "want"), SENT_ONE_TO_HOSPITAL + TIME_IN_VERB_GROUP + RELEASED_FROM_HOSPITAL
)
def test_moves_times_and_releases(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want


# A second clause whose subject adds people of the same kind ("another", "two others", "one
# other") joined by "with", "while", "and" or a comma: one count of their sum.
ADDED_CLAUSE: list[tuple[str, str, list[Any]]] = [
    ("One woman suffered a broken leg with another suffering cuts.", INJURED, [2]),
    ("One man suffered an injury to his arm, with another suffering neck injuries.", INJURED, [2]),
    ("One man died at the scene while another died in hospital.", KILLED, [2]),
    ("A boy was injured, with two others suffering minor cuts.", INJURED, [3]),
    # another kind in the second clause adds nothing; "the other two" are the rest of a set
    ("Two people were killed, with another three injured.", KILLED, [2]),
    ("Two men were hurt and the other two escaped unhurt.", INJURED, [2]),
]


@pytest.mark.parametrize(("text", "kind", "want"), ADDED_CLAUSE)
def test_added_clause(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want


# A reciprocal pronoun after a verb of the kind counts nobody; a whole people is no count.
NO_COUNT_OBJECTS: list[tuple[str, str, list[Any]]] = [
    ("He said believers are forbidden from killing one another.", KILLED, []),
    ("The rival gangs kept injuring each other, the court heard.", INJURED, []),
    ("The war left a large part of the male population dead or in exile.", KILLED, []),
    ("The gunman opened fire, killing one and injuring two others.", KILLED, [1]),
]
# A named list of the dead after a colon, or with where its people were from between the items.
NAMED_LISTS: list[tuple[str, str, list[Any]]] = [
    ("Those killed were: Tom Bell, 19, Ann Ross, 57, and Sam Hart, 63.", KILLED, [3]),
    ("Tom Bell, 19, and Ann Ross, 57, both from Kelby, were killed.", KILLED, [2]),
    (
        "Tom Bell, 19, Ann Ross, 57, and Sam Hart, 63, all from Kelby, and Jo Lee, 62, both from"
        " Arnside, were killed in the crash.",
        KILLED,
        [4],
    ),
]


@pytest.mark.parametrize(("text", "kind", "want"), NO_COUNT_OBJECTS + NAMED_LISTS)
def test_objects_and_named_lists(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want


# A quantifier inside the joint of a participle clause ("before all being taken to X"), a toll told
# as "the loss of N lives", and parts of a set that give way to it: "the two other deceased" is the
# rest of the dead, "two received grievous injuries" a degree of harm among the injured.
JOINTS_TOLLS_AND_PARTS: list[tuple[str, str, list[Any]]] = [
    ("Three people required treatment before all being taken to hospital.", HOSPITAL, [3]),
    ("Two workers were assessed by paramedics before both being flown to hospital.", HOSPITAL, [2]),
    ("The fire resulted in the loss of three lives.", KILLED, [3]),
    ("The blast caused the loss of two human lives, officials said.", KILLED, [2]),
    ("Three people died. The identities of the two other deceased were not known.", KILLED, [3]),
    ("Four people were injured when the wall fell. Two received grievous injuries.", INJURED, [4]),
]


@pytest.mark.parametrize(("text", "kind", "want"), JOINTS_TOLLS_AND_PARTS)
def test_joints_tolls_and_parts(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want


# One person of the other party ("The driver of the other vehicle, a man of 31, was taken to
# hospital") after a count of the same kind adds one: the report's running total.
OTHER_PARTY_ADDED: list[tuple[str, str, list[Any]]] = [
    (
        "Two people were taken to hospital after the crash. The driver of the other vehicle, a"
        " man of 31, was taken to hospital with minor injuries.",
        HOSPITAL,
        [2, 3],
    ),
    (
        "Three people were injured in the fire. The owner of the other flat, a woman of 60, was"
        " injured too.",
        INJURED,
        [3, 4],
    ),
    # the rest of a set is no other party; a negated clause adds nobody
    ("Two drivers were hurt. The other driver was taken to hospital.", INJURED, [2]),
    (
        "Two people were taken to hospital. The driver of the other car was not hurt.",
        INJURED,
        [],
    ),
]


@pytest.mark.parametrize(("text", "kind", "want"), OTHER_PARTY_ADDED)
def test_other_party_added(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want


# A further object of the move to another hospital, with "at" as well as "to", after the first
# hospital's town: the further one is added.
ONE_MORE_AT_ANOTHER_HOSPITAL: list[tuple[str, str, list[Any]]] = [
    (
        "Four of the injured were admitted to a hospital in Kelby and another at a clinic.",
        HOSPITAL,
        [5],
    ),
    (
        "Four were admitted to the district hospital and another at a private hospital.",
        HOSPITAL,
        [5],
    ),
    ("Two were taken to hospital in Kelby and another man was arrested.", HOSPITAL, [2]),
]


@pytest.mark.parametrize(("text", "kind", "want"), ONE_MORE_AT_ANOTHER_HOSPITAL)
def test_one_more_at_another_hospital(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want


# Surnames told before, listed as the subject: one person per name (not a list of services, and
# not "hurt", which is said of countries and firms too).
SURNAME_LISTS: list[tuple[str, str, list[Any]]] = [
    ("Brown and Diaz were transported by ambulance to Mercy Medical Center.", HOSPITAL, [2]),
    ("Okafor, Lindqvist and Moreau were injured.", INJURED, [3]),
    ("Smith and Jones were taken to hospital.", HOSPITAL, [2]),
    ("Police and Fire were called to the scene.", INJURED, []),
    ("Japan and Korea were hurt by the slump in exports.", INJURED, []),
]


@pytest.mark.parametrize(("text", "kind", "want"), SURNAME_LISTS)
def test_surname_lists(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want


# A counted subject whose clause closes with a participle of harm said of it.
PARTICIPLE_OF_HARM: list[tuple[str, str, list[Any]]] = [
    (
        "Four residents tied sheets together and jumped to the balcony below, in the process"
        " sustaining injuries.",
        INJURED,
        [4],
    ),
    ("Two men fought the fire with buckets, suffering burns.", INJURED, [2]),
    ("Three pupils ran from the classroom, sustaining minor cuts.", INJURED, [3]),
    ("Two firefighters entered the building, suffering no injuries.", INJURED, []),
    ("Two hours passed, suffering being what it was.", INJURED, []),
]


@pytest.mark.parametrize(("text", "kind", "want"), PARTICIPLE_OF_HARM)
def test_participle_of_harm(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want
