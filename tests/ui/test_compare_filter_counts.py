"""With a filter on, the comparison's header still counts every row between A and B, and says how
many rows the filter shows; "not yet verified in both A and B" says how many of the rows it
lists are verified on one side only."""

from __future__ import annotations

from pathlib import Path

from incident_reader.core.loading import load_corpus
from incident_reader.core.store import ItemRef, Store
from incident_reader.ui.app import ReaderApp
from incident_reader.ui.widgets.compare_header import CompareHeader
from tests.ui.fakes import fake_analyse
from tests.ui.test_compare import FIXTURES, compare_rows, open_compare


def _header(screen: object) -> str:
    return str(screen.query_one(CompareHeader).render())  # type: ignore[attr-defined]


async def test_the_header_counts_every_row_and_says_how_many_are_shown(tmp_path: Path) -> None:
    corpus = load_corpus([FIXTURES])
    store = Store.open(tmp_path, db_path=tmp_path / "marks.db", reviewer="tester")
    reports = {r.id: r for r in corpus.reports}
    # the hospitalised are verified in report A only: half verified
    fact = next(
        f for f in fake_analyse(reports["a_morning"]).facts if f.kind == "casualties.hospitalised"
    )
    ref = ItemRef("a_morning", "fact", fact.kind, fact.start, fact.end)
    store.set_status(reports["a_morning"], ref, "verified")
    app = ReaderApp(corpus, analyser=fake_analyse, store=store)
    async with app.run_test(size=(160, 48)) as pilot:
        screen = await open_compare(pilot)
        every = compare_rows(screen)
        legend = _header(screen).splitlines()[1]
        await pilot.press("s")  # conflicts only
        await pilot.pause()
        shown = compare_rows(screen)
        assert len(shown) < len(every)
        top, counted = _header(screen).splitlines()
        assert f"conflicts only: {len(shown)} of {len(every)} rows" in top
        assert counted == legend  # the counts of every row, not of the rows shown
        await pilot.press("s")  # not yet verified in both A and B
        await pilot.pause()
        top = _header(screen).splitlines()[0]
        kept = compare_rows(screen)
        assert any(r.kind == "casualties.hospitalised" for r in kept)  # verified in A only: listed
        assert f"not yet verified in both A and B: {len(kept)} of {len(every)} rows" in top
        assert "1 verified on one side only" in top
    store.close()
