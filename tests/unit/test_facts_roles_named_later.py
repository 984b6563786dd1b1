"""A suspect held in one sentence and named in a later one by a pronoun whose naming carries a
time adjunct ("He was named on Tuesday as X", "She was identified yesterday as X"): the name is
the held person's. A victim named the same way stays no suspect. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from tests.unit.test_facts_wordings import values

AGE, NAME = "suspect.age", "suspect.name"

NAMED_LATER: list[tuple[str, str]] = [
    ("A lorry driver who drove off after the crash was arrested at his home on Monday night. "
     "He was named on Tuesday as Dorian Vell, 44.", "dorian vell"),
    ("The suspect, a 31-year-old man, was detained at the port. He was identified yesterday as "
     "Pieter Hals.", "pieter hals"),
    ("A nurse on duty that night was later arrested. She was named on Thursday 14 May as Ines "
     "Morrow.", "ines morrow"),
    ("Officers arrested the gunman outside the bar. He was named last night as Tomas Breck, a "
     "roofer from Kell.", "tomas breck"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name"), NAMED_LATER)
def test_the_held_person_named_later_with_a_time_adjunct(text: str, name: str) -> None:
    assert values(text, NAME) == [name]


def test_the_age_of_the_named_comes_with_the_name() -> None:
    text = (
        "The driver fled on foot and was arrested in a nearby village on Sunday. "
        "He was named on Monday as Arlo Penn, 52."
    )
    assert values(text, AGE) == [52]


NOT_THE_SUSPECT: list[str] = [
    "A cyclist was killed when a van hit him on the ring road. He was named on Tuesday as Noel "
    "Garde, 67.",
    "A woman died in the fire at the flats. She was identified yesterday as Mara Quill.",
]


@pytest.mark.parametrize("text", NOT_THE_SUSPECT)
def test_a_victim_named_later_is_no_suspect(text: str) -> None:
    assert values(text, NAME) == []
