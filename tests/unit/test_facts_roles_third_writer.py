"""The suspect is never the one who stopped them: a capture verb's agent in the passive ("was
tackled by shopkeeper X") and a predicate joined after that agent ("... by X and held until police
arrived") are the clause subject's, not the agent's.

Every sentence here is invented for these tests (none is taken from a report of the data sets).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.test_facts_when_places import _facts

DCT = "2025-05-20"
LEAD = "A man stabbed three people in Kelby market on Saturday. "

# Each: text, the suspect's names, the suspect's ages.
CASES: list[tuple[str, list[Any], list[Any]]] = [
    (LEAD + "He was brought down by fruit seller Dave Pike and held until police arrived.", [],
     []),
    (LEAD + "The attacker was tackled by shopkeeper Dave Pike.", [], []),
    (LEAD + "He was restrained by a passer-by, Dave Pike, 52.", [], []),
]  # fmt: skip

KEPT: list[tuple[str, list[Any], list[Any]]] = [
    (LEAD + "Police arrested shopkeeper Dave Pike, 52.", ["dave pike"], [52]),
    (LEAD + "Officers tackled Dave Pike, 52, outside the market.", ["dave pike"], [52]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "names", "ages"), CASES + KEPT)
def test_the_one_who_stopped_the_suspect(text: str, names: list[Any], ages: list[Any]) -> None:
    assert _facts(text, "suspect.name", DCT) == names
    assert _facts(text, "suspect.age", DCT) == ages
