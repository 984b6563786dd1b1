"""A team sent afterwards to look into the incident (inspectors, investigators, engineers) is no
call-out: the day it was sent does not date the incident, while emergency crews dispatched still
time it. Every sentence is invented for these tests."""

from __future__ import annotations

import pytest

from tests.unit.test_facts_when_places import _facts

DATE, TIME = "incident.date", "incident.time"
DCT = "2025-07-18"

INQUIRY = [
    "Water flooded the shaft of the Kell mine on Tuesday. A team of inspectors was dispatched to"
    " the site on Thursday and is working with police.",
    "A footbridge collapsed in Ashby on Tuesday, injuring six. Structural engineers were deployed"
    " to the bridge on Thursday.",
    "Two workers died in a blast at a Kelby plant on Tuesday. Investigators from the safety"
    " board were sent to the plant on Thursday.",
]


@pytest.mark.parametrize("text", INQUIRY)
def test_an_inquiry_sent_later_does_not_date_the_incident(text: str) -> None:
    assert _facts(text, DATE, DCT) == ["2025-07-15"]


def test_crews_dispatched_still_time_the_incident() -> None:
    text = "Water flooded the shaft on Tuesday. Fire crews were dispatched to the mine at 2.10pm."
    assert "14:10" in [str(v)[-5:] for v in _facts(text, TIME, DCT)]
