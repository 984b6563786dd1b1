"""The offenders' own arrival opens the incident: "the gunmen arrived at around 2:30am", "a
group of armed men arrived in a minibus at 0215 hrs" time it, where a responder's arrival
("Police arrived at 2:40am") is a later step and times nothing.

Every sentence here is invented for these tests (none is taken from a report of the data sets).
"""

from __future__ import annotations

import pytest

from tests.unit.test_facts_when_places import _facts

TIME = "incident.time"
DCT = "2025-05-20"  # a Tuesday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Witnesses said the gunmen arrived at around 1:50am and sprayed the yard with bullets.",
            ["01:50"],
        ),
        ("A gang of about six robbers arrived on motorbikes at 4.35pm, villagers said.", ["16:35"]),
        ("Neighbours said the attackers arrived shortly after 11pm on Saturday.", ["23:00"]),
        ("The masked men arrived in a grey minibus at 2110 hours.", ["21:10"]),
    ],
)
def test_the_offenders_arrival_times_the_incident(text: str, expected: list[str]) -> None:
    assert _facts(text, TIME, DCT) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Police arrived at the scene at 2:40am on Saturday.",
        "Firefighters arrived at 4.50pm, an hour after the robbers had left.",
    ],
)
def test_a_responder_s_arrival_times_nothing(text: str) -> None:
    assert _facts(text, TIME, DCT) == []
