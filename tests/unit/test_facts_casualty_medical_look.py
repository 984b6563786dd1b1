"""The hurt told by the medical care they were given: treated, assessed, evaluated, examined,
checked over, seen or attended to by medics, for a wound or a condition ("were assessed by
paramedics for minor injuries", "were treated by Northshore Ambulance crews for smoke
inhalation"); a check made as a precaution or that found nobody hurt counts no one. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from tests.unit.test_facts_wordings import values

INJURED = "casualties.injured"

LOOKED_AT: list[tuple[str, int]] = [
    ("Two residents were treated by Wellington Free Ambulance staff for smoke inhalation.", 2),
    ("Four passengers were assessed by paramedics for minor injuries.", 4),
    ("Five people were evaluated for injuries at the scene.", 5),
    ("Two firefighters were examined by medics for heat exhaustion.", 2),
    ("Seven people were checked over by ambulance crews for cuts and bruises.", 7),
    ("Three workers were seen by paramedics for burns to their hands.", 3),
    ("Six other swimmers were assessed by Coast Ambulance paramedics for water inhalation and "
     "minor injuries.", 6),
    ("Eight guests were attended to by the Red Cross for breathing difficulties.", 8),
    ("Two men were assessed at the scene by the North West Ambulance Service for burns.", 2),
    ("Nine pupils were triaged at the school gate for symptoms of gas poisoning.", 9),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "count"), LOOKED_AT)
def test_the_hurt_told_by_a_medical_look(sentence: str, count: int) -> None:
    assert values(sentence, INJURED) == [count]


NO_HURT: list[str] = [
    "All 30 passengers were checked for injuries as a precaution.",
    "Two officers were assessed for fitness to return to duty.",
    "The three dogs were examined by a vet for injuries.",
    "Four pupils were assessed for places at the school.",
    "Twelve applicants were evaluated for the job.",
    "Three engineers were checked for security clearance.",
    "The rest of the guests were assessed for injuries and released.",
]


@pytest.mark.parametrize("sentence", NO_HURT)
def test_other_looks_count_no_hurt(sentence: str) -> None:
    assert values(sentence, INJURED) == []


def test_a_check_that_found_nobody_hurt() -> None:
    sentence = "All 30 passengers were checked for injuries, but none were hurt."
    assert 30 not in values(sentence, INJURED)
