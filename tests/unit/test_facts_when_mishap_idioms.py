"""A mishap told by an idiom is an onset of its own: "a swimmer got into difficulty at around
6pm", "a lorry shed its load on the A1 at 6.20am" time and date the incident; "got into the car"
and a garden shed tell none.

Every sentence here is invented for these tests (none is taken from a report of the data sets),
after a class the scene bank (tests/data/scene_bank.jsonl) found.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.test_facts_when_places import _facts

DATE, TIME = "incident.date", "incident.time"
DCT = "2025-05-20"  # a Tuesday


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        (
            "Rescuers searched Kelby Water after a canoeist got into difficulties at about 3.40pm.",
            TIME,
            ["15:40"],
        ),
        (
            "A tipper truck shed its load of gravel on the A1 near Corran on Monday.",
            DATE,
            ["2025-05-19"],
        ),
        ("He got into the car in Kelby on Monday, a neighbour said.", DATE, []),
        ("A garden shed in Ashby was painted on Monday.", DATE, []),
    ],
)
def test_a_mishap_idiom_tells_the_onset(text: str, kind: str, expected: list[Any]) -> None:
    assert _facts(text, kind, DCT) == expected
