"""An expletive "it was" with a clock as its complement tells the moment an account is at: the
incident's time when no event word in its sentence times anything else ("According to a steward,
it was about 8.20pm and the hall was packed"). A clock that bounds a later step after it ("it was
3am before the fire was out") is no onset.

Every sentence here is invented for these tests (none is taken from a report of the data sets).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.test_facts_when_places import _facts

TIME = "incident.time"
DATE = "incident.date"
DCT = "2026-04-13"  # a Monday

LEAD = "The roof of the community hall in Tarnby gave way under the weight of snow. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            LEAD
            + "According to a steward, it was about 8.20pm and the hall was packed with dancers.",
            ["20:20"],
        ),
        (
            LEAD + '"It was just after nine at night, we had sat down to eat," one guest said.',
            ["21:00"],
        ),
        (LEAD + '"It was just after 9pm, we had sat down to eat," one guest recalled.', ["21:00"]),
        (LEAD + "A neighbour said it was 10.05pm on Saturday by the church clock.", ["22:05"]),
        (LEAD + "It was nearly 7.30 p.m. and the band had just started its second set.", ["19:30"]),
        (
            LEAD + "Witnesses told us it was shortly before 8pm; the lights went out first.",
            ["20:00"],
        ),
        # a bound of a later step, not the onset
        (LEAD + "It was 3am before the last of the guests was freed.", []),
        (LEAD + "It was past 2am by the time the crews left the site.", []),
    ],
)
def test_an_expletive_it_was_clock_times_the_account(text: str, expected: list[Any]) -> None:
    assert _facts(text, TIME, DCT) == expected


def test_the_copulas_day_after_its_clock_dates_the_incident() -> None:
    text = LEAD + "A neighbour said it was 10.05pm on Saturday by the church clock."
    assert _facts(text, DATE, DCT) == ["2026-04-11"]
