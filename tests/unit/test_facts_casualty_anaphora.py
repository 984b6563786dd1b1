"""A casualty clause whose subject is an anaphor ("They", "All", "Each of them") takes the count of
the people told in the sentence before, whatever the predicate and the head noun (invented
sentences: each structure in several wordings, none from the development reports)."""

from __future__ import annotations

from typing import Any

import pytest

from incident_reader.core.facts.anaphora import antecedent
from incident_reader.core.facts.text import sentence_of
from tests.unit.test_facts_wordings import values

KILLED, INJURED, HOSPITAL = (
    "casualties.killed",
    "casualties.injured",
    "casualties.hospitalised",
)

# The antecedent is a counted group of people with any head noun; the anaphor is any of the
# closed class; the predicate is any of the casualty tables.
BACK_TO_A_GROUP: list[tuple[str, str, list[Any]]] = [
    ("Four climbers were caught in the slide. All were taken to hospital.", HOSPITAL, [4]),
    ("Six stokers were in the boiler room. They were treated for burns.", INJURED, [6]),
    (
        "Three hikers were rescued from the ledge. All of them were flown to hospital.",
        HOSPITAL,
        [3],
    ),
    ("Seven ramblers were caught in the storm. They all suffered hypothermia.", INJURED, [7]),
    ("Five glaziers were on the gantry. Each of them sustained fractures.", INJURED, [5]),
    ("Rescuers pulled 11 anglers from the lake. All later died.", KILLED, [11]),
    ("Nine tenants were asleep upstairs. Later, all were admitted to hospital.", HOSPITAL, [9]),
    ("Two surveyors fell into the shaft, and both died.", KILLED, [2]),
    ("Crews led 14 residents from the flats; they were treated at the scene.", INJURED, [14]),
    ("Eight choristers were on the coach. Each was taken to the county hospital.", HOSPITAL, [8]),
]
# The count told as a casualty count in the sentence before is the nearer antecedent.
BACK_TO_A_TOLL: list[tuple[str, str, list[Any]]] = [
    (
        "A coach carrying 40 pilgrims overturned, injuring 12. All were taken to hospital.",
        HOSPITAL,
        [12],
    ),
    ("Blast injures nine at depot. They were rushed to hospital.", HOSPITAL, [9]),
]
# No antecedent, or no casualty predicate after the anaphor, or a subject of its own: nothing.
NOTHING: list[tuple[str, str, list[Any]]] = [
    ("The road was closed for hours. All were taken to hospital.", HOSPITAL, []),
    ("Four climbers were caught in the slide. All were wearing helmets.", INJURED, []),
    ("Four climbers were caught in the slide. They were found by a dog.", INJURED, []),
    ("The bus left at 7 pm. They were taken to hospital.", HOSPITAL, []),
    ("A child was rescued. They were taken to hospital.", HOSPITAL, []),
]


@pytest.mark.parametrize(("text", "kind", "want"), BACK_TO_A_GROUP + BACK_TO_A_TOLL + NOTHING)
def test_an_anaphoric_subject_takes_the_earlier_count(
    text: str, kind: str, want: list[Any]
) -> None:
    assert values(text, kind) == want


def test_the_antecedent_is_a_plural_group_of_people() -> None:
    assert antecedent(sentence_of("Four climbers were caught in the slide."), ()) == 4
    assert antecedent(sentence_of("Two lorries and nine lambs blocked the lane."), ()) is None
    assert antecedent(sentence_of("A girl aged 7 was found."), ()) is None
    assert antecedent(None, ()) is None
