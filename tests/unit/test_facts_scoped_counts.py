"""One hospital's count is a part of the report's total (review s22 #8): "Kelby Royal Infirmary
said it was treating 12 patients" beside "more than 40 were injured" is no contradiction of the
report with itself, and not the figure it stands by; a headline's round figure against "more than
N" stays a conflict, as the report-pairs README's tolerance says (ranges that do not overlap).

Every sentence here is invented for these tests (none is taken from a report of the data sets).
"""

from __future__ import annotations

import pytest

from incident_reader.core import temporal
from incident_reader.core.align.pairing import compare_values, final_statement
from incident_reader.core.align.values import CONFLICT
from incident_reader.core.facts import extract
from incident_reader.core.facts.scoped_counts import one_site
from incident_reader.core.model import DctSource, ReportAnalysis
from tests.unit.test_facts_when_places import _report

DCT = "2025-05-10"
COUNTS = ("casualties.injured", "casualties.hospitalised")


def _analysis(text: str) -> ReportAnalysis:
    ex = extract(_report(text, DCT), DCT, temporal.tag(text, DCT))
    return ReportAnalysis(
        _report(text, DCT), DCT, DctSource.HEADER, facts=ex.facts, incidents=ex.incidents,
        internal_conflicts=ex.internal_conflicts,
    )  # fmt: skip


PARTS = [
    # the hospital counts its own patients
    ("A tram overturned in Kelby on Friday morning. More than 40 people were taken to hospital.\n"
     "Kelby Royal Infirmary said it was treating 12 patients from the crash.\n", 12),
    ("A coach left the road near Arlow on Friday, injuring at least 35 passengers.\n"
     "Staff at St Bride's Hospital have treated 17 casualties, a spokeswoman said.\n", 17),
    ("More than 60 people were hurt when a stand collapsed at the Dunmore showground on Friday.\n"
     "Dunmore General Hospital advised people to stay away while its staff treated 22"
     " casualties.\n", 22),
    ("A ferry hit the quay at Portmell on Friday. Over 30 passengers were injured.\n"
     "Portmell Medical Centre said it had treated 14 people, its director said.\n", 14),
    # one named hospital, the others sent elsewhere
    ("A bus overturned on the Dunmore ring road on Friday. At least 30 people were injured.\n"
     "Nine were taken to St Anne's Hospital and the rest to other hospitals in the region.\n", 9),
]  # fmt: skip


@pytest.mark.parametrize(("text", "part"), PARTS)
def test_one_hospitals_count_is_no_contradiction(text: str, part: int) -> None:
    a = _analysis(text)
    scoped = [f for f in a.facts if f.kind in COUNTS and f.value == part]
    assert scoped, [(f.kind, f.value, f.text) for f in a.facts]
    assert all(one_site(f, text) for f in scoped)
    assert not [c for c in a.internal_conflicts if c.kind in COUNTS], a.internal_conflicts
    for kind in {f.kind for f in scoped}:
        told = [f for f in a.facts if f.kind == kind and f.incident == "i0"]
        if len(told) > 1:  # the report's total is the figure it stands by
            assert final_statement(kind, told, [], 0, text).value != part


@pytest.mark.parametrize(
    "text",
    [
        # a hospital named for the only count: the whole, not a part
        "A van hit a bus stop in Kelby on Friday. Four people were taken to Kelby General"
        " Hospital.\n",
        # "the hospital" is no named site
        "A coach overturned near Arlow on Friday. The hospital said it had treated 12 people.\n",
    ],
)
def test_a_count_of_no_named_site_or_of_all_is_not_a_part(text: str) -> None:
    a = _analysis(text)
    told = [f for f in a.facts if f.kind in COUNTS]
    assert told and not any(one_site(f, text) for f in told)


def test_a_part_larger_than_the_total_is_still_a_contradiction() -> None:
    text = (
        "A tram overturned in Kelby on Friday. Twenty people were injured, police said.\n"
        "Kelby Royal Infirmary said it had treated 31 casualties.\n"
    )
    a = _analysis(text)
    assert [c for c in a.internal_conflicts if c.kind == "casualties.injured"]


def test_a_headlines_round_figure_against_more_than_it_stays_a_conflict() -> None:
    # The README's tolerance: counts agree when their ranges overlap; 50 and 51+ do not.
    assert compare_values("casualties.injured", 50, {"min": 51, "max": None}) == CONFLICT
