"""Report-level casualty totals across sentences: "another ... also" adds to the count before it,
but not when the sentence tells who was NOT taken, nor for an ordinal (already the running total);
one person's survived wound told right beside one death of a definite subject is the dead person
told again, while an indefinite or possessed subject is someone else. Invented sentences."""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.test_facts_wordings import values

INJURED, HOSPITAL = "casualties.injured", "casualties.hospitalised"

CASES: list[tuple[str, str, list[Any]]] = [
    # "also" adds people of the same kind
    (
        "Two people have been taken to hospital. Another man was also taken to hospital.",
        HOSPITAL,
        [2, 3],
    ),
    # ... not when the sentence says they were not taken
    (
        "Two people have been taken to hospital. Another man was also treated at the scene but"
        " didn't require hospital treatment.",
        HOSPITAL,
        [2],
    ),
    (
        "Three workers were taken to hospital. Another man was also checked by paramedics but"
        " did not need hospital care.",
        HOSPITAL,
        [3],
    ),
    # an ordinal is already the running total
    (
        "Ambulance crews said two people were hurt. A third patient was treated at the scene.",
        INJURED,
        [2, 3],
    ),
    (
        "Paramedics said two people were hurt. A third patient was also treated at the scene.",
        INJURED,
        [2, 3],
    ),
    # a definite subject's wounds beside one death: the dead person, no injury
    (
        "In 2016 the councillor Ann Smith is murdered outside her office. The mother-of-two, 41,"
        " was shot and stabbed multiple times by an extremist.",
        INJURED,
        [],
    ),
    (
        "A shopkeeper died after the raid on Friday. The 58-year-old was stabbed several times"
        " by the robbers.",
        INJURED,
        [],
    ),
    # an indefinite or possessed subject is another person
    (
        "A man was shot dead in Tarby on Monday. A woman was shot in the leg in the same attack.",
        INJURED,
        [1],
    ),
    (
        "A man was shot dead in Tarby on Monday. His brother was shot in the leg in the same "
        "attack.",
        INJURED,
        [1],
    ),
]


@pytest.mark.parametrize(("text", "kind", "want"), CASES)
def test_totals_across_sentences(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want
