"""An animal's attack tells the onset as a stabbing does: "was bitten by a dog", "mauled",
"gored by a bull", "trampled by cattle" date, time and place the incident; "a bit" is no bite.

Every sentence here is invented for these tests (none is taken from a report of the data sets),
after a class the scene bank (tests/data/scene_bank.jsonl) found.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.test_facts_when_places import _facts

DATE, TIME, PLACE = "incident.date", "incident.time", "incident.place"
DCT = "2025-05-20"  # a Tuesday


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        ("A boy was bitten by a dog in Kelby Park at about 4.15pm on Sunday.", TIME, ["16:15"]),
        (
            "A walker was gored by a bull on a footpath near Corran on Saturday.",
            DATE,
            ["2025-05-17"],
        ),
        (
            "A farmer was trampled by cattle at Holm Farm, Ashby, on Monday.",
            PLACE,
            ["holm farm, ashby"],
        ),
        ("A postman was mauled by two dogs on Mill Road in Kelby on Sunday.", DATE, ["2025-05-18"]),
        ("Rain eased a bit in Kelby on Sunday, forecasters said.", DATE, []),
    ],
)
def test_an_animal_attack_tells_the_onset(text: str, kind: str, expected: list[Any]) -> None:
    assert _facts(text, kind, DCT) == expected
