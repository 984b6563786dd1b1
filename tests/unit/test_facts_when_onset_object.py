"""A noun that elsewhere tells a sequel (a gathering, a vigil, a memorial service) heads the
object of an onset verb ("attacked a family gathering", "opened fire on a memorial service"):
it names the scene the incident struck, and the time after it is the onset's, not the
gathering's own.

Every sentence here is invented for these tests (none is taken from a report of the data sets).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.test_facts_when_places import _facts

TIME = "incident.time"
DATE = "incident.date"
DCT = "2026-08-09"  # a Sunday


@pytest.mark.parametrize(
    ("text", "time", "day"),
    [
        (
            "Two men were killed when a man with a machete attacked a family gathering at"
            " Korolevu village in Sigatoka, about 10:50 p.m. Saturday, police said.",
            ["22:50"],
            ["2026-08-08"],
        ),
        (
            "A gunman opened fire on a memorial service in Tessel around 2pm on Saturday,"
            " killing one.",
            ["14:00"],
            ["2026-08-08"],
        ),
        (
            "A van drove into the funeral procession on Ledder Road shortly after 11am on Friday.",
            ["11:00"],
            ["2026-08-07"],
        ),
        ("Youths attacked a vigil in Harlow at 9pm on Saturday.", ["21:00"], ["2026-08-08"]),
        (
            "Three people were hurt when a car ploughed into a wedding procession in Marle at"
            " about 6.15pm on Saturday.",
            ["18:15"],
            ["2026-08-08"],
        ),
    ],
)
def test_a_gathering_an_onset_struck_does_not_own_the_time(
    text: str, time: list[Any], day: list[Any]
) -> None:
    assert _facts(text, TIME, DCT) == time
    assert _facts(text, DATE, DCT) == day
