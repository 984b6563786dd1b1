"""Issue 11, fifth round, tolls: a running toll whose noun carries a relative clause ("bringing
the number of workers who died as a result of the explosion to five"), one person declared dead
by a pronoun object, killings told as nouns with their count. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.unit.test_facts_wordings import values

KILLED = "casualties.killed"

# A running toll whose noun carries a relative clause and its circumstances.
RUNNING_TOLLS: list[tuple[str, int]] = [
    ("She died overnight, bringing the number of workers who died as a result of the fire at "
     "the depot to six.", 6),
    ("The death took the number of passengers who have died since the ferry sank to 12.", 12),
    ("This brings the number of miners who have died following the collapse last week to nine.",
     9),
    ("A fourth victim died on Friday, raising the number of those who lost their lives in the "
     "fire to four.", 4),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "count"), RUNNING_TOLLS)
def test_a_running_toll_with_a_relative_clause(sentence: str, count: int) -> None:
    assert count in values(sentence, KILLED)
    assert all(v == count for v in values(sentence, KILLED))


DECLARED: list[str] = [
    "A paramedic declared him dead at the roadside shortly after 2am.",
    "Doctors pronounced her dead on arrival at the clinic.",
    "He was stabbed in the neck; medics certified him dead at the scene.",
]


@pytest.mark.parametrize("sentence", DECLARED)
def test_one_declared_dead_by_a_pronoun(sentence: str) -> None:
    assert values(sentence, KILLED) == [1]


NOT_DECLARED: list[str] = [
    "Doctors declared him fit to travel home.",
    "The court declared her bankrupt in 2019.",
]


@pytest.mark.parametrize("sentence", NOT_DECLARED)
def test_declared_otherwise_is_no_death(sentence: str) -> None:
    assert values(sentence, KILLED) == []


KILLINGS_OF: list[tuple[str, int]] = [
    ("A 30-year-old has been charged with the murders of three men outside a nightclub.", 3),
    ("The pair were charged over the killing of a shopkeeper.", 1),
    ("Detectives are investigating the killings of two teenagers in the park.", 2),
]


@pytest.mark.parametrize(("sentence", "count"), KILLINGS_OF)
def test_killings_told_as_nouns(sentence: str, count: int) -> None:
    assert values(sentence, KILLED) == [count]


def test_an_attempted_murder_kills_nobody() -> None:
    assert values("He was charged with the attempted murder of two officers.", KILLED) == []
