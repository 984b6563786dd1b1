"""A part of the day of the story's event ("the night of the stabbing", "the afternoon of the
blast") is the incident's day in that part, and a count from the event ("four days after the
crash", "two weeks before the fire") is counted from the incident's day; a later occasion's
("the morning of the funeral", "three days after the hearing") is another day.

Every text here is invented for these tests (none is taken from a report of the data sets).
"""

from __future__ import annotations

import pytest

from incident_reader.core import temporal
from incident_reader.core.facts import extract
from tests.unit.test_facts_when_places import _report

DCT = "2026-09-30"  # a Wednesday
LEAD = "A man was stabbed outside a bar in Kelby at about 11.20pm on Saturday 12 September. "


def _timeline(text: str, words: str, dct: str = DCT) -> list[str]:
    ex = extract(_report(text, dct), dct, temporal.tag(text, dct))
    return [e.timex.value for e in ex.timeline if e.timex.text.startswith(words)]


@pytest.mark.parametrize(
    ("text", "words", "values"),
    [
        (LEAD + "Staff said the bar had been full on the night of the stabbing.",
         "the night of the stabbing", ["2026-09-12TNI"]),
        (LEAD + "Police later said the bar's owner had warned them on the afternoon of the "
         "attack.", "the afternoon of the attack", ["2026-09-12TAF"]),
        (LEAD + "The victim died in hospital four days after the stabbing, his family said.",
         "four days after the stabbing", ["2026-09-16"]),
        (LEAD + "Inspectors had visited the bar two weeks before the attack.",
         "two weeks before the attack", ["2026-08-29"]),
        # a later occasion's day is not the incident's
        (LEAD + "Rain fell on the morning of the funeral in Kelby.", "the morning of the funeral",
         []),
        (LEAD + "The suspect was charged three days after the hearing, police said.",
         "three days after the hearing", []),
    ],
)  # fmt: skip
def test_a_day_of_the_event_is_the_incidents(text: str, words: str, values: list[str]) -> None:
    assert _timeline(text, words) == values


def test_the_event_on_the_reports_own_day() -> None:
    text = (
        "A van crashed into a shop in Ashby at 7.10am today. Traders said the street was "
        "empty on the morning of the crash, as the market had been cancelled."
    )
    assert _timeline(text, "the morning of the crash") == ["2026-09-30TMO"]
