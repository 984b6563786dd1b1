"""A bare name the report itself shows to be a region (its head "province", "the X town of",
a dateline "TOWN, Region —", "the hills of X") is no site when the report places the incident
otherwise too. Every sentence is invented for these tests."""

from __future__ import annotations

import pytest

from incident_reader.core.facts.place_regions import regions_named
from tests.unit.test_facts_when_places import _facts

PLACE = "incident.place"

REGION_ELSEWHERE = [
    # headline names the province bare; the body gives it its head
    (
        "Bus overturns in Talcora\n\nA bus overturned on Tuesday on the main square of Pirque, "
        "a town in Talcora province, injuring 12 people.",
        "talcora",
    ),
    # the region premodifies the settlement noun
    (
        "Shooting at Zahran wedding\n\nTwo guests were shot dead on Saturday at a wedding hall in "
        "Deir Amun, the Zahran village where the couple grew up.",
        "zahran",
    ),
    (
        "Ferry fire in Vellamo\n\nA fire broke out on Sunday aboard a ferry moored on Quay Street "
        "in Karsund. The Vellamo town of Karsund has 4,000 people.",
        "vellamo",
    ),
    # a dateline gives the region after the town
    (
        "Stand collapses in Ribera\n\nSANTA LUCÍA DEL MONTE, Ribera — A wooden stand collapsed "
        "on Sunday at the Los Sauces fairground, injuring 40 people.",
        "ribera",
    ),
    # the landscape of the region
    (
        "Hiker killed in Monteverano\n\nA hiker was killed on Friday when a footbridge gave way "
        "at the Rio Claro gorge near Alto Pino, in the hills of Monteverano.",
        "monteverano",
    ),
    # the region's head told in a later paragraph, case of its own
    (
        "A balloon hit power lines on Saturday at Dunmore Farm near Kelso Flats.\n\nThe crash "
        "was the second in Wexham County this year; Wexham police are investigating.",
        "wexham",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "region"), REGION_ELSEWHERE)
def test_a_name_the_report_calls_a_region_is_no_site(text: str, region: str) -> None:
    assert region in regions_named(text)
    assert region not in _facts(text, PLACE)
    assert _facts(text, PLACE)  # the incident keeps its own place


NOT_REGIONS = [
    # a town's council or district court names the town, not a region
    "A lorry hit a wall on Friday in Kelby. Kelby District Council closed the road.",
    # a city's district is a quarter of it, where a scene may lie
    "A crane fell on Monday in the Old Harbour district of Portmere.",
    "Fire broke out in Ashgrove on Sunday. Ashgrove Borough Council opened a rest centre.",
]


@pytest.mark.parametrize("text", NOT_REGIONS)
def test_a_town_s_council_or_quarter_is_no_region(text: str) -> None:
    assert not {"kelby", "old harbour", "ashgrove", "portmere"} & regions_named(text)


def test_a_region_told_alone_stays_the_report_s_place() -> None:
    text = (
        "A bus overturned on Tuesday in Talcora, injuring 12 people. Talcora province has had "
        "three such crashes this year."
    )
    assert _facts(text, PLACE) == ["talcora"]
