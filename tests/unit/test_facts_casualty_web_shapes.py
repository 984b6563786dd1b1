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
