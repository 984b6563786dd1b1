"""A report's own revision of a count: the facts carry the figure it stands by and those it
superseded ("Earlier we reported ... has since risen to ..."), as the comparison reads the same
report, and no internal conflict; two figures nothing in the words revises stay a conflict.

Every sentence here is invented for these tests (none is taken from a report of the data sets).
"""

from __future__ import annotations

import pytest

from incident_reader.core import temporal
from incident_reader.core.align.pairing import final_statement
from incident_reader.core.codec import analysis_from_dict, analysis_to_dict
from incident_reader.core.export import article_json
from incident_reader.core.facts import extract
from incident_reader.core.model import DctSource, InternalConflict, ReportAnalysis
from tests.unit.test_facts_when_places import _report

DCT = "2025-03-08"
LEAD = "A coach overturned on the hill road near Marrow on Saturday morning"


def _analysis(text: str) -> ReportAnalysis:
    ex = extract(_report(text, DCT), DCT, temporal.tag(text, DCT))
    report = _report(text, DCT)
    return ReportAnalysis(
        report, DCT, DctSource.HEADER, facts=ex.facts, incidents=ex.incidents,
        internal_conflicts=ex.internal_conflicts,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("text", "kind", "old", "new"),
    [
        # a figure worded as an update stands
        (f"{LEAD}, killing 12 people.\nThe death toll has risen to 14, police said.\n",
         "casualties.killed", 12, 14),
        (f"{LEAD}, killing 12 people.\nUPDATE: The number of dead has now risen to 15.\n",
         "casualties.killed", 12, 15),
        (f"{LEAD}, injuring 20 people.\nLater the number of injured rose to 23.\n",
         "casualties.injured", 20, 23),
        # a figure told as said before is superseded
        (f"{LEAD}.\nEarlier we reported that 9 people had died. Police said 11 people died.\n",
         "casualties.killed", 9, 11),
        (f"{LEAD}.\nFirst reports said 6 people were injured. In all 8 people were injured, the"
         " ambulance service said.\n", "casualties.injured", 6, 8),
    ],
)  # fmt: skip
def test_a_reports_own_revision_stands_by_the_comparisons_figure(
    text: str, kind: str, old: int, new: int
) -> None:
    a = _analysis(text)
    told = [f for f in a.facts if f.kind == kind and f.incident == "i0"]
    assert sorted({f.value for f in told}, key=str) == sorted({old, new}, key=str)
    (c,) = [c for c in a.internal_conflicts if c.kind == kind]
    assert c.status == "revised" and c.stands is not None
    assert a.facts[c.stands].value == new
    assert {a.facts[i].value for i in c.revised} == {old}
    # the comparison stands by the same statement
    assert final_statement(kind, told, [], 0, text) is a.facts[c.stands]


@pytest.mark.parametrize(
    "text",
    [
        f"{LEAD}, killing 12 people, police said.\nA hospital spokesman said 14 people died.\n",
        f"{LEAD}.\nFive people were injured, police said. Seven people were injured, the mayor"
        " said.\n",
    ],
)
def test_two_figures_nothing_revises_stay_a_conflict(text: str) -> None:
    a = _analysis(text)
    assert [c.status for c in a.internal_conflicts] == ["conflict"]
    assert a.internal_conflicts[0].stands is None and a.internal_conflicts[0].revised == ()


def test_a_revision_is_kept_by_the_cache_and_the_export() -> None:
    text = f"{LEAD}, killing 12 people.\nThe death toll has risen to 14, police said.\n"
    a = _analysis(text)
    back = analysis_from_dict(analysis_to_dict(a), a.report)
    assert back.internal_conflicts == a.internal_conflicts
    (exported,) = article_json(a)["internal_conflicts"]
    assert exported["status"] == "revised"
    assert a.facts[exported["stands"]].value == 14


def test_a_conflict_is_written_as_before() -> None:
    assert InternalConflict("arrests", (1, 2)).to_json() == {"kind": "arrests", "facts": [1, 2]}
