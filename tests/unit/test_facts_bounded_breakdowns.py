"""A breakdown whose part is told with a bound from below counts at least the sum: "at least 23
children and four adults were killed" is at least 27, not the four adults alone; a part bounded
from above or told only vaguely leaves the total untold. Sentences written for these tests."""

from __future__ import annotations

import pytest

from incident_reader.core.facts.lists import sum_of_parts, total_of_parts
from tests.unit.test_facts_wordings import values

KILLED, INJURED = "casualties.killed", "casualties.injured"


def _least(n: int) -> dict[str, int | None]:
    return {"min": n, "max": None}


BOUNDED = [
    ("At least 23 children and four adults were killed when the coach left the road.", KILLED,
     _least(27)),
    ("More than twenty pupils and a teacher were injured as the stand gave way.", INJURED,
     _least(22)),
    ("At least nine miners and at least two rescuers were killed in the second blast.", KILLED,
     _least(11)),
    ("Over a dozen worshippers and a priest were hurt in the crush.", INJURED, _least(14)),
    ("No fewer than 40 passengers and three crew were injured, the operator said.", INJURED,
     _least(43)),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "kind", "value"), BOUNDED)
def test_a_part_bounded_from_below_bounds_the_total(
    sentence: str, kind: str, value: object
) -> None:
    assert values(sentence, kind) == [value]


@pytest.mark.parametrize(
    ("phrase", "total"),
    [
        ("at least 23 children and four adults", _least(27)),
        ("three men and two women", 5),
        ("up to 20 children and four adults", None),  # a bound from above: no total
        ("dozens of children and two teachers", None),  # a vague plural: no total
        ("about 23 children and four adults", 27),  # an estimate is its figure
    ],
)
def test_the_total_of_a_breakdown(phrase: str, total: object) -> None:
    assert total_of_parts(phrase) == total


def test_the_exact_sum_stays_exact_only() -> None:
    assert sum_of_parts("at least 23 children and four adults") is None
    assert sum_of_parts("three men and two women") == 5
