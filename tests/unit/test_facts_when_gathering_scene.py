"""A gathering's sequel noun (funeral, vigil, memorial) heading the place phrase of the toll or
onset verb right before it is the occasion the incident happened at, not a later step: "were shot
dead at a night vigil on Saturday" dates the incident. Told after a verb of its own ("were
remembered at a vigil on Sunday") or with no event verb before it, it stays a sequel's.

Every sentence here is invented for these tests (none is taken from a report of the data sets).
"""

from __future__ import annotations

import pytest

from tests.unit.test_facts_when_places import _facts

DATE = "incident.date"
DCT = "2025-05-20"  # a Tuesday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Three men were shot dead at a funeral in Tsoelike on Saturday.", ["2025-05-17"]),
        (
            "Two mourners were killed and nine injured at a night vigil in Qacha in the early "
            "hours of Sunday, 18th May 2025.",
            ["2025-05-18"],
        ),
        ("An elderly woman was crushed to death at a memorial in Ranu on Friday.", ["2025-05-16"]),
        ("Five people died at the funeral of a chief in Mosa on Monday.", ["2025-05-19"]),
    ],
)
def test_a_gathering_the_toll_happened_at_dates_the_incident(
    text: str, expected: list[str]
) -> None:
    assert _facts(text, DATE, DCT) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of mourners gathered at a vigil in Tsoelike on Monday.",
        "The family held a funeral for the victim in Ranu on Saturday.",
    ],
)
def test_a_gathering_of_no_event_verb_dates_nothing(text: str) -> None:
    assert _facts(text, DATE, DCT) == []


def test_a_gathering_after_a_verb_of_its_own_keeps_the_incident_s_day() -> None:
    text = "The three men shot dead on Friday were remembered at a vigil in Ranu on Sunday."
    assert _facts(text, DATE, DCT) == ["2025-05-16"]
