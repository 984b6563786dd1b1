"""A copula or an auxiliary ends a place's noun phrase: in "Among the dead on the ground were X"
the name after "were" is the clause's subject, a person, never the place "the ground were X".
Every sentence is invented for these tests."""

from __future__ import annotations

import pytest

from tests.unit.test_facts_when_places import _facts

PLACE = "incident.place"
LEAD = "A cargo plane crashed into houses on Mill Road in Kelby on Monday, killing six. "

INVERTED = [
    "Among the dead on the ground were Ana Ruiz, 31, and her son.",
    "Among those hurt in the blast was Tom Reed, a baker.",
    "Among the injured at the scene were Lena Holt and Sam Dyer.",
    "Also killed on the street was Piet Mol, 70.",
    "Inside the hall had been Rosa Vidal and her sister.",
]


@pytest.mark.parametrize("sentence", INVERTED)
def test_a_name_after_a_copula_is_no_place(sentence: str) -> None:
    assert _facts(LEAD + sentence, PLACE) == ["mill road, kelby"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("A bus crashed on the busy Mill Road in Kelby on Monday.", "mill road, kelby"),
        ("A fire broke out on Sunday at the old Corn Exchange in Holm.", "corn exchange, holm"),
    ],
)
def test_modifiers_before_a_name_still_lead_to_it(text: str, place: str) -> None:
    assert _facts(text, PLACE) == [place]
