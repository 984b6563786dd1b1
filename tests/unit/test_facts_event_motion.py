"""A craft's or vehicle's own motion tells the incident's onset and times it ("the plane went
down about 2:15 p.m.", "crossed into oncoming traffic at about 06:20"); invented sentences."""

from __future__ import annotations

import pytest

from tests.unit.test_facts_when_places import _facts

CASES = [
    ("The light aircraft went down about 2:15 p.m. near Kelby, officials said.", "14:15"),
    ("The minibus crossed into oncoming traffic at about 06:20 on the N2 near Harnish.", "06:20"),
    ("The coach came off the road at around 11.40pm near Dunmore.", "23:40"),
    ("The trawler ran aground at 4.05am off Kessa.", "04:05"),
    ("The gondola detached from its cable at around 3:20 p.m. above Orro.", "15:20"),
]


@pytest.mark.parametrize(("text", "time"), CASES)
def test_a_vehicles_own_motion_times_the_incident(text: str, time: str) -> None:
    assert time in _facts(text, "incident.time")
