"""A year inside an aside of a noun (an apposition, a reduced relative, a bracket) tells when the
noun was made or began, not an earlier incident: the report's own facts stay in its main
incident ("A DC-3, a model first flown in the 1930s, crashed ... on Friday"). An aside that tells
an event ("the scene of a deadly crush in 1989") still opens one.

Every sentence here is invented for these tests (none is taken from a report of the data sets).
"""

from __future__ import annotations

import pytest

from incident_reader.core import temporal
from incident_reader.core.facts import extract
from tests.unit.test_facts_when_places import _report

DCT = "2026-05-16"  # a Saturday


def _incidents(text: str) -> tuple[int, list[str]]:
    ex = extract(_report(text, DCT), DCT, temporal.tag(text, DCT))
    return len(ex.incidents), [
        str(f.value) for f in ex.facts if f.kind == "incident.date" and f.incident == "i0"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "A Douglas DC-3, a model first flown in the 1930s, crashed into houses in Neiva on Friday.",
        "An old ferry, a design dating to the 1950s, capsized off Bantayan on Friday.",
        "The wooden pier, in service since 1998, gave way under the crowd in Ostend on Friday.",
        "The sports hall, a 1970s-era prefabricated block, collapsed in Kleve on Friday.",
        "The sports hall (built 1961) collapsed in Kleve on Friday.",
        "The Rialto cinema, first opened in 1912 and renovated in 2004, burned down in Ayr on"
        " Friday.",
    ],
)
def test_a_year_in_a_noun_s_aside_opens_no_incident(text: str) -> None:
    assert _incidents(text) == (1, ["2026-05-15"])


@pytest.mark.parametrize(
    "text",
    [
        # an aside that tells an event
        "The stadium, the scene of a deadly crush in 1989, was evacuated in Leeds on Friday after"
        " a roof panel collapsed.",
        # the time alone between commas: the time of the sentence's own event
        "A roof panel fell at a stadium in Leeds on Friday. The last deadly collapse in the"
        " county, in May 2019, killed three workers.",
        # a fronted phrase, then the time between commas, then the main clause's own subject
        "A roof panel fell at a stadium in Leeds on Friday. In the same town, in March 2019, the"
        " roof of a school collapsed during lessons, killing two pupils.",
        "A roof panel fell at a stadium in Leeds on Friday. Elsewhere, in 2019, a school roof"
        " collapsed during lessons, killing two pupils.",
    ],
)
def test_an_event_or_a_fronted_time_still_opens_one(text: str) -> None:
    assert _incidents(text)[0] == 2
