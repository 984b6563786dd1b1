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


# Verbs of a fall tell the onset as "fell" and "plunged" do: the time, and the place the vehicle
# fell from ("nosedived off the Kell Viaduct").
FALLS = [
    ("Onlookers watched as the red coach nosedived off the Kell Viaduct in Dunmore at 6.10pm.",
     "18:10", "kell viaduct"),
    ("Witnesses saw the lorry plummet from the Ashby flyover at about 11.25am.", "11:25", None),
    ("The van tumbled down the embankment at around 9.50pm, police said.", "21:50", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "time", "place"), FALLS)
def test_a_fall_times_and_places_the_incident(text: str, time: str, place: str | None) -> None:
    assert time in _facts(text, "incident.time")
    if place:
        assert any(place in str(v) for v in _facts(text, "incident.place"))
