"""A counted group and its members named after it, and surnames in capitals, as classes of
English with invented sentences (none from a dev, check, real or authored report), and negatives
that keep their counts."""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.test_facts_wordings import values

ARRESTS, AGE, NAME = "arrests", "suspect.age", "suspect.name"

# The members apposed to a counted group are the group: its count, not the count plus them.
ENUMERATED: list[tuple[str, str, list[Any]]] = [
    ("Detectives arrested two brothers, Ali Khan and Omar Khan.", ARRESTS, [2]),
    ("Police have detained two people, Tran Van Minh and the firm's deputy director.",
     ARRESTS, [2]),
    ("Two men, the bakery's owner, Sheikh Anwar Malik, 58, and its manager, Bilal Raza, were "
     "arrested on Friday.", ARRESTS, [2]),
    ("Two co-owners, Paulo Reis, 39, and his brother Rui, 35, were detained.", ARRESTS, [2]),
    ("Gendarmes detained two crew members, skipper Yann Le Goff and his deckhand.", ARRESTS, [2]),
    # a list of more people after the count: each is counted
    ("Police arrested two men, a woman and a teenager.", ARRESTS, [4]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "want"), ENUMERATED)
def test_named_members_of_a_counted_group(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want


# Given names, then the surname in capitals (police releases in Spanish, Portuguese and French
# styles): the whole name, and the age after it.
CAPS_SURNAMES: list[tuple[str, str, list[Any]]] = [
    ("Among those detained is Juan Carlos PEREZ SOTO (31), alias El Flaco.", NAME,
     ["juan carlos perez soto"]),
    ("Among those detained is Juan Carlos PEREZ SOTO (31), alias El Flaco.", AGE, [31]),
    ("The suspect, Luis GARCÍA-LÓPEZ (27), was detained.", NAME, ["luis garcía-lópez"]),
    ("Police said the driver, Marie DUPONT, 44, had been arrested.", AGE, [44]),
    # an agency's initials after a name are no surname
    ("Officers of the PNP arrested Ana Ruiz (30).", NAME, ["ana ruiz"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "want"), CAPS_SURNAMES)
def test_a_surname_in_capitals(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want
