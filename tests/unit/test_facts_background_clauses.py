"""Background incidents from their own clause: an incident a report measures its own by ("the
worst since the ferry fire of 1998") starts at that clause, so the report's own place stays its
own; a time inside a relative clause of no event ("who became mayor in June") opens none; an
incident told as after the report's own ("a separate attack the next day") is dated after it and
is no earlier incident.

Every sentence here is invented for these tests (none is taken from a report of the data sets).
"""

from __future__ import annotations

import pytest

from incident_reader.core import temporal
from incident_reader.core.facts import extract
from incident_reader.core.facts.incidents import later_days
from incident_reader.core.model import Incident
from tests.unit.test_facts_when_places import _report

DCT = "2025-03-08"
LEAD = "A lorry drove into a market crowd in Pellhaven on Friday, killing three people.\n"


def _incidents(body: str) -> tuple[Incident, ...]:
    text = LEAD + body
    return extract(_report(text, DCT), DCT, temporal.tag(text, DCT)).incidents


def test_an_incident_the_report_measures_its_own_by_starts_at_its_own_clause() -> None:
    main, recalled = _incidents(
        "The attack in Pellhaven was the deadliest in the country since the Dunmore ferry fire"
        " of 1998 when 40 people died.\n"
    )
    assert recalled.date == "1998" and recalled.place != "pellhaven"
    assert main.place == "pellhaven"


def test_a_count_opening_the_recalled_sentence_stays_the_recalled_incidents() -> None:
    text = LEAD + "More than 40 people died in the Dunmore ferry fire of 1998.\n"
    extraction = extract(_report(text, DCT), DCT, temporal.tag(text, DCT))
    killed = {(f.incident, str(f.value)) for f in extraction.facts if f.kind == "casualties.killed"}
    assert ("i0", "3") in killed and not any(i == "i0" and v != "3" for i, v in killed)


@pytest.mark.parametrize(
    "body",
    [
        "Tomas Vell, who took over as mayor in June, went to the scene of the attack.\n",
        "The market hall, which was completed in 1964, was badly damaged in the crash.\n",
        "The driver, whose licence was renewed in 2019, was arrested at the scene.\n",
    ],
)
def test_a_time_in_a_relative_clause_of_no_event_opens_no_incident(body: str) -> None:
    assert [i.main for i in _incidents(body)] == [True]


def test_a_relative_clause_that_tells_an_event_still_opens_one() -> None:
    incidents = _incidents(
        "Ana Roe, who was injured in a bus crash in Tollby in 2019, was among the victims.\n"
    )
    assert [i.date for i in incidents if not i.main] == ["2019"]


def test_a_separate_incident_the_next_day_is_dated_after_the_reports_own() -> None:
    main, other = _incidents(
        "A woman was stabbed in a separate attack the next day in the nearby town of Orrow.\n"
    )
    assert main.date == "2025-03-07" and other.date == "2025-03-08"
    assert other.after(main) and not main.after(other)


@pytest.mark.parametrize(
    ("clause", "days"),
    [
        ("in a separate attack the next day", 1),
        ("an unrelated crash the following week", 7),
        ("a separate shooting two days later", 2),
        ("a separate fire in the same street", None),
    ],
)
def test_later_days(clause: str, days: int | None) -> None:
    assert later_days(clause) == days


def test_an_incident_of_a_year_is_not_after_a_day_of_that_year() -> None:
    main = Incident("i0", True, "2025-03-07")
    assert not Incident("i1", False, "2025").after(main)
    assert Incident("i1", False, "2025-04").after(main)
    assert not Incident("i1", False, None).after(main)
