"""The suspect's own wounds and hospital stay are no casualty figure (invented sentences)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.test_facts_wordings import values

INJURED, HOSPITAL = "casualties.injured", "casualties.hospitalised"

CASES: list[tuple[str, str, list[Any]]] = [
    # the named suspect, by his whole name or his surname
    (
        "Police named the attacker as Dorran Kestle, 41. Kestle was taken to Brill General "
        "Hospital, where he later died.",
        HOSPITAL,
        [],
    ),
    (
        "The driver, Tamsin Orrey, 33, was arrested. Orrey was taken to hospital under guard.",
        HOSPITAL,
        [],
    ),
    # a suspect role noun as the subject
    ("The gunman was taken to hospital with a leg wound.", HOSPITAL, []),
    ("Three people were hurt. The suspected attacker was taken to hospital.", HOSPITAL, []),
    # "he" right after the sentence that stopped the attacker
    (
        "Eight people were killed. An officer stopped the attacker by shooting him in the leg. "
        "He was taken to the hospital where he had surgery.",
        HOSPITAL,
        [],
    ),
    # the victims stay counted
    ("The gunman shot a guard. He was taken to hospital.", HOSPITAL, [1]),
    (
        "A cyclist was hit by the attacker, who then stabbed him. He was taken to hospital.",
        HOSPITAL,
        [1],
    ),
    ("The attacker's mother was taken to hospital in shock.", HOSPITAL, [1]),
    (
        "Police named the attacker as Dorran Kestle, 41. A woman was taken to hospital.",
        HOSPITAL,
        [1],
    ),
]


@pytest.mark.parametrize(("text", "kind", "want"), CASES)
def test_the_suspects_care_is_no_casualty(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want


def test_he_after_the_suspect_shot_by_police() -> None:
    text = (
        "Four people were hurt. The attacker was shot by an armed officer. "
        "He was taken to hospital, where he remains under guard."
    )
    assert values(text, HOSPITAL) == []


ONE_OF_MANY: list[tuple[str, str, list[Any]]] = [
    # one of the hurt followed in a feature, told by a pronoun, beside the report's count
    (
        "More than 40 people were taken to hospital. Speaking outside Kelby General, where "
        "he was being treated for a broken arm, he said the bus tipped over.",
        INJURED,
        [],
    ),
    (
        "Twelve people were injured. She was treated for cuts and went home.",
        INJURED,
        [12],
    ),
    # alone, the one person is the report's count
    (
        "Speaking outside Kelby General, where he was being treated for a broken arm, he said "
        "the bus tipped over.",
        INJURED,
        [1],
    ),
    # a person told by a noun phrase stays (another rule decides)
    ("Two people were hurt. A woman was treated for a broken arm.", INJURED, [2]),
]


@pytest.mark.parametrize(("text", "kind", "want"), ONE_OF_MANY)
def test_one_of_many_told_by_a_pronoun(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want
