"""A toll its doer raises in a later clause of the same sentence is one count of the sum: "killing
four before stabbing a police officer to death" is five killed (the gold convention: values are
worked out), so a report saying "five people were killed" agrees with it. Not the doer's own death,
a wounding that kills no one, or a person the toll already holds. All sentences are invented."""

from __future__ import annotations

import pytest

from tests.unit.test_facts_wordings import values

KILLED = "casualties.killed"


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # a participle after "before", the wounding said fatal after its person
        (
            "A man drove a van into shoppers on Kell Street, killing three before stabbing a "
            "security guard to death.",
            4,
        ),
        (
            "The driver ploughed into a queue, killing two before stabbing a police officer to "
            "death near the gates.",
            3,
        ),
        ("He killed five people before shooting a bystander dead.", 6),
        # a finite verb after "and then", with the killing verb itself
        ("The gunman shot dead two customers and then killed a police officer.", 3),
        # fatal told before the verb, or "dead" before the person
        ("The attacker killed two worshippers before fatally stabbing an imam.", 3),
        ("The gunmen killed six villagers and then shot dead two soldiers.", 8),
        # a named person
        ("The assailant killed four people before stabbing Constable Ravi Mehta to death.", 5),
    ],
)
def test_a_killing_after_the_toll_is_added_to_it(text: str, total: int) -> None:
    assert values(text, KILLED) == [total]


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("He killed four before being shot dead by police.", 4),  # the doer's own death
        ("The gunman killed three before turning the gun on himself.", 3),
        ("He killed four before stabbing himself to death.", 4),
        ("The attacker killed two people before stabbing a woman in the arm.", 2),  # no death
        ("The driver killed three cyclists and then ran over a pensioner.", 3),  # no death told
    ],
)
def test_no_other_killing_leaves_the_toll_alone(text: str, total: int) -> None:
    assert values(text, KILLED)[:1] == [total]
    assert all(v <= total for v in values(text, KILLED))
