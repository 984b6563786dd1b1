"""A sequel's verb whose subject is an event noun tells what the event did then: "A landslide
buried two houses on Sunday" dates the landslide; "The victim was buried on Friday" dates a
funeral, no incident.

Every sentence here is invented for these tests (none is taken from a report of the data sets).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.test_facts_when_places import _facts

DATE = "incident.date"
DCT = "2025-05-20"  # a Tuesday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A landslide buried two houses in the hamlet of Coldharbour on Sunday.", ["2025-05-18"]),
        ("The victim of the stabbing in Kelby was buried on Friday.", []),
    ],
)
def test_an_event_noun_subject_makes_its_verb_the_event(text: str, expected: list[Any]) -> None:
    assert _facts(text, DATE, DCT) == expected
