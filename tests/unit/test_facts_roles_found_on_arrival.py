"""The person police arrive to find is no one they seek: "officers arrived to find a 58-year-old
man suffering from stab wounds" tells of a casualty found at the scene, where "officers are trying
to find a 25-year-old man" is a search for a suspect. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.unit.test_facts_wordings import values

AGE = "suspect.age"

# an infinitive of result after a verb of arriving: the person found there
FOUND_THERE = [
    "Police say officers arrived to find a 48-year-old man suffering from deep stab wounds.",
    "Deputies got there to find a 19-year-old woman lying in the road.",
    "Police returned to the flat an hour later to find a 30-year-old tenant unconscious.",
    "Officers responding to the call came to find a 67-year-old man bleeding on the pavement.",
    "Constables attended the address only to find a 52-year-old woman with head injuries.",
]
# the same verb as a search: the suspect
SOUGHT = [
    ("Police are trying to find a 25-year-old man who fled the scene.", 25),
    ("Detectives want to find a 41-year-old woman seen leaving the shop.", 41),
    ("Officers are working to identify a 33-year-old man caught on camera.", 33),
]


@pytest.mark.parametrize("sentence", FOUND_THERE)
def test_the_person_found_on_arrival_is_no_suspect(sentence: str) -> None:
    assert values(sentence, AGE) == []


@pytest.mark.parametrize(("sentence", "age"), SOUGHT)
def test_a_police_search_still_names_the_suspect(sentence: str, age: int) -> None:
    assert values(sentence, AGE) == [age]
