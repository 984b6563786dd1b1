"""The facts pane shows a report's own revision of a count as the comparison reads it: the figure
it superseded marked revised, the one it stands by named so, and neither as a conflict.

Every sentence here is invented for these tests (none is taken from a report of the data sets).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from incident_reader.core.analysis import analyse
from incident_reader.core.model import Corpus, DctSource, Report, ReportAnalysis
from incident_reader.ui.app import ReaderApp
from incident_reader.ui.widgets.fact_list import FactList, FactRow, fact_rows
from tests.ui.conftest import reader, settle

TEXT = (
    "A coach overturned on the hill road near Marrow on Saturday morning, killing 12 people.\n"
    "The death toll has risen to 14, police said.\n"
    "Five people were injured, the fire service said. Seven people were injured, the mayor said.\n"
)
DCT = "2025-03-08"
ANALYSIS = analyse(Report("r0", Path("r0.txt"), "Coach", TEXT, DCT, DctSource.HEADER, "0"))


def _casualties(rows: list[object]) -> dict[str, FactRow]:
    return {
        r.fact.text: r
        for r in rows
        if isinstance(r, FactRow) and r.fact.kind.startswith("casualties.")
    }


def test_the_rows_of_a_revised_count() -> None:
    rows = _casualties(list(fact_rows(ANALYSIS)))
    old, new = rows["killing 12 people"], rows["death toll has risen to 14"]
    assert (old.revision, old.conflict) == ("revised", False)
    assert (new.revision, new.conflict) == ("stands", False)
    # two figures nothing revises stay a conflict
    assert rows["Five people were injured"].conflict
    assert rows["Seven people were injured"].conflict


def _the_analysis(report: Report, dct: str | None = None) -> ReportAnalysis:
    return ReportAnalysis(
        report, DCT, DctSource.HEADER, facts=ANALYSIS.facts, incidents=ANALYSIS.incidents,
        internal_conflicts=ANALYSIS.internal_conflicts,
    )  # fmt: skip


async def test_the_facts_pane_shows_a_revised_count(
    make_corpus: Callable[[dict[str, str | bytes]], Corpus],
) -> None:
    corpus = make_corpus({"revised.txt": TEXT})
    app = ReaderApp(corpus, analyser=_the_analysis)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        screen = reader(pilot)
        await pilot.press("t")
        await pilot.pause()
        assert isinstance(app.focused, FactList)
        rows = _casualties(list(screen.facts.rows))
        assert rows["killing 12 people"].revision == "revised"
        shown = "\n".join(s.text for s in app.screen._compositor.render_strips())
        assert "> 12  revised in this report" in shown
        assert "14  the report's revised figure" in shown
        assert "! 5" in shown and "! 7" in shown
