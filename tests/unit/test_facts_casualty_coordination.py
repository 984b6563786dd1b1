"""Coordinated people are counted one by one, whatever they are called: names ("Ms Okafor",
"Tomas Berg"), descriptions ("her son", "a lodger"), ages and appositions in commas that rename a
person rather than add one (invented sentences, several wordings of each structure)."""

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

# A named person joined to described ones: each is one.
NAMED_AND_DESCRIBED: list[tuple[str, str, list[Any]]] = [
    ("Ms Okafor, 34, and her son, 7, were taken to hospital.", HOSPITAL, [2]),
    ("Mrs Adeyemi, 41, and her daughter, 9, were rushed to hospital.", HOSPITAL, [2]),
    ("Tomas Berg, 61, his wife and their neighbour were killed.", KILLED, [3]),
    ("Mr Hale and his wife both died.", KILLED, [2]),
    ("Dr. Mensah and two nurses were injured.", INJURED, [3]),
    ("Ms Lin, her husband and their lodger were taken to hospital.", HOSPITAL, [3]),
]
# An apposition in commas renames the person before it: no extra part.
APPOSITIONS: list[tuple[str, str, list[Any]]] = [
    ("The bus driver, a 45-year-old father of two, and a passenger were hurt.", INJURED, [2]),
    ("The skipper, a father of three, and his deckhand drowned.", KILLED, [2]),
    ("The cook, Lars Nilsson, and a waiter were taken to hospital.", HOSPITAL, [2]),
    ("Police arrested the farm's owner, Piet Mostert, and his foreman, Jan Vos.", ARRESTS, [2]),
    ("Officers detained a security guard and his supervisor, Omar Haddad (39).", ARRESTS, [2]),
]


@pytest.mark.parametrize(("text", "kind", "want"), NAMED_AND_DESCRIBED + APPOSITIONS)
def test_coordinated_people_are_counted(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want
