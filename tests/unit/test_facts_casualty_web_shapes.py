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
