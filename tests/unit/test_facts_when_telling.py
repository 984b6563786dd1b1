"""A time between a past verb and that verb's "that"-clause times the telling, not the incident:
"It was reported last night that ...", "The council revealed yesterday that ...", whatever the
verb; an event verb before the time still dates the event ("a leak occurred on Monday that forced
..."). With the telling set aside, a later death's day no longer outvotes the onset's.

Every sentence here is invented for these tests (none is taken from a report of the data sets).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.test_facts_when_places import _facts

DATE = "incident.date"
DCT = "2024-03-08"  # a Friday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It was also reported last night that detectives carried out a controlled explosion.", []),
        ("It emerged on Thursday that the crash had happened after the driver fainted.", []),
        ("The council revealed yesterday that the collapse followed months of complaints.", []),
        ("Police disclosed last night that the gunman had fired 30 shots.", []),
        ("The operator admitted on Tuesday, that the cabin had slipped before.", []),
        # an event verb keeps its time; "that" opening a time noun is no clause
        ("A gas leak occurred on Monday that forced 200 people from their homes.", ["2024-03-04"]),
        ("The bus crashed on Monday after its brakes failed.", ["2024-03-04"]),
        ("The roof collapsed on Monday, that much is clear.", ["2024-03-04"]),
    ],
)
def test_a_telling_time_is_not_the_incident(text: str, expected: list[Any]) -> None:
    assert _facts(text, DATE, DCT) == expected


def test_a_later_death_no_longer_outvoted() -> None:
    text = (
        "Three people were killed on Wednesday when a lorry ploughed into a queue at a bus stop in "
        "Harlow. A 68-year-old woman died yesterday evening. It was also reported last night that "
        "detectives searched a flat in Epping over the crash."
    )
    assert _facts(text, DATE, DCT) == ["2024-03-06"]
