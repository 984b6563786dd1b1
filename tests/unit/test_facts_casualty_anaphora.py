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
# A definite noun phrase points back up to three sentences: to a group with its own head ("the
# miners"), or, for a noun that names the people of an event ("the survivors", "the victims"), to
# the last group that is not a death count.
DEFINITE: list[tuple[str, str, list[Any]]] = [
    (
        "Two died and three were rescued. The dead were named. The survivors were airlifted.",
        HOSPITAL,
        [3],
    ),
    ("Fishermen pulled four men from the sea. The men were flown to hospital.", HOSPITAL, [4]),
    (
        "Six miners were trapped. Pumps ran all night. The miners were later treated for"
        " hypothermia.",
        INJURED,
        [6],
    ),
    ("Divers reached 12 boys in the cave. The boys were airlifted to hospital.", HOSPITAL, [12]),
    ("Two crew died and five were winched to safety. They were taken to hospital.", HOSPITAL, [5]),
    ("The bus was carrying 40 passengers. The driver was taken to hospital.", HOSPITAL, [1]),
    ("Six boys and two teachers were trapped. The teachers were treated for cuts.", INJURED, [2]),
]
# No antecedent, or no casualty predicate after the anaphor, or a subject of its own: nothing.
NOTHING: list[tuple[str, str, list[Any]]] = [
    ("The road was closed for hours. All were taken to hospital.", HOSPITAL, []),
    ("Four climbers were caught in the slide. All were wearing helmets.", INJURED, []),
    ("Four climbers were caught in the slide. They were found by a dog.", INJURED, []),
    ("The bus left at 7 pm. They were taken to hospital.", HOSPITAL, []),
    ("A child was rescued. They were taken to hospital.", HOSPITAL, []),
]


@pytest.mark.parametrize(
    ("text", "kind", "want"), BACK_TO_A_GROUP + BACK_TO_A_TOLL + DEFINITE + NOTHING
)
def test_an_anaphoric_subject_takes_the_earlier_count(
    text: str, kind: str, want: list[Any]
) -> None:
    assert values(text, kind) == want


def test_the_antecedent_is_a_plural_group_of_people() -> None:
    def back(*texts: str, head: str | None = None) -> int | None:
        return antecedent([(sentence_of(t), ()) for t in texts], head)

    assert back("Four climbers were caught in the slide.") == 4
    assert back("Two lorries and nine lambs blocked the lane.") is None
    assert back("A girl aged 7 was found.") is None
    assert back() is None
    assert back("Six boys and two teachers were trapped.", "The road was shut.", head="boys") == 6
    assert back("Three were rescued.", "Divers searched.", "Rain fell.", head="survivors") == 3
    assert back("Three were rescued.", "A.", "B.", "C.", head="survivors") is None  # too far
