"""Marking from the comparison view: v x i u set both reports' statements of the highlighted row,
the table shows each statement's mark, and the reader shows them when the user goes back."""

from __future__ import annotations

from pathlib import Path

from incident_reader.core.loading import load_corpus
from incident_reader.core.store import STATUS_SYMBOLS, ItemRef, Store
from incident_reader.ui.app import ReaderApp
from incident_reader.ui.widgets.compare_table import CompareRow
from incident_reader.ui.widgets.fact_list import FactRow
from tests.ui.conftest import reader, settle
from tests.ui.fakes import fake_analyse
from tests.ui.test_compare import FIXTURES, compare_rows, open_compare


def line_of(row: CompareRow) -> str:
    from rich.console import Console
    from rich.style import Style

    return row.lines(80, lambda _: Style(), Console())[0].plain


async def go_to(screen: object, kind: str, pilot: object) -> CompareRow:
    """Put the table's cursor on the first row of a kind."""
    table = screen.table  # type: ignore[attr-defined]
    index = next(i for i, r in enumerate(table.rows) if getattr(r, "kind", None) == kind)
    table.cursor = index
    await pilot.pause()  # type: ignore[attr-defined]
    row = table.current
    assert isinstance(row, CompareRow)
    return row


async def test_v_marks_both_reports_statements_and_the_table_shows_it(tmp_path: Path) -> None:
    store = Store.open(tmp_path, db_path=tmp_path / "marks.db", reviewer="tester")
    app = ReaderApp(load_corpus([FIXTURES]), analyser=fake_analyse, store=store)
    async with app.run_test(size=(160, 48)) as pilot:
        screen = await open_compare(pilot)
        row = await go_to(screen, "casualties.injured", pilot)
        assert row.status == "conflict"
        assert STATUS_SYMBOLS["verified"] not in line_of(row)
        await pilot.press("i")  # inconclusive judges neither value: both at once, even here
        await pilot.pause()
        for article, side in row.sides.items():
            ref = ItemRef(article, "fact", row.kind, side.start, side.end)
            assert app.state.marks.status_of(article, ref) == "inconclusive"
        await pilot.press("m", "m", "m")  # A alone, B alone, both again
        await pilot.press("m", "x", "m", "x")  # disputed in A, then in B: one side at a time
        await pilot.pause()
        for article, side in row.sides.items():
            ref = ItemRef(article, "fact", row.kind, side.start, side.end)
            assert app.state.marks.status_of(article, ref) == "disputed"
            report = next(r for r in app.state.reports if r.id == article)
            mark = store.mark_for(report, ref)  # written through, not only remembered
            assert mark is not None and mark.status == "disputed"
        shown = screen.table.current
        assert isinstance(shown, CompareRow) and shown.kind == "casualties.injured"
        assert line_of(shown).count(STATUS_SYMBOLS["disputed"]) == 2  # one per report
        await pilot.press("m")  # both again
        await pilot.press("u")
        await pilot.pause()
        assert all(
            app.state.marks.status_of(a, ItemRef(a, "fact", row.kind, s.start, s.end))
            == "unverified"
            for a, s in row.sides.items()
        )
    store.close()


async def test_marks_set_in_the_comparison_show_in_the_reader(tmp_path: Path) -> None:
    store = Store.open(tmp_path, db_path=tmp_path / "marks.db", reviewer="tester")
    app = ReaderApp(load_corpus([FIXTURES]), analyser=fake_analyse, store=store)
    async with app.run_test(size=(160, 48)) as pilot:
        screen = await open_compare(pilot)
        row = await go_to(screen, "casualties.hospitalised", pilot)
        await pilot.press("m", "v", "m", "v")  # a conflict: verified in A, then in B
        await pilot.press("escape")
        await settle(pilot)
        open_report = app.state.reports[reader(pilot).report_index].id
        side = row.sides[open_report]
        await pilot.press("t")  # the facts beside the text
        await pilot.pause()
        shown = [
            r
            for r in reader(pilot).facts.rows
            if isinstance(r, FactRow)
            and (r.fact.kind, r.span) == (row.kind, (side.start, side.end))
        ]
        assert shown and shown[0].mark is not None and shown[0].mark.status == "verified"
    store.close()


async def test_marking_without_a_database_says_why_and_changes_nothing() -> None:
    app = ReaderApp(load_corpus([FIXTURES]), analyser=fake_analyse)  # marks off
    async with app.run_test(size=(160, 48)) as pilot:
        screen = await open_compare(pilot)
        row = await go_to(screen, "casualties.injured", pilot)
        await pilot.press("v")
        await pilot.pause()
        assert any("marks" in str(n.message).lower() for n in app._notifications)
        assert all(
            app.state.marks.status_of(a, ItemRef(a, "fact", row.kind, s.start, s.end))
            == "unverified"
            for a, s in row.sides.items()
        )
        assert compare_rows(screen)  # the table is still there


async def test_v_and_x_on_a_conflict_ask_for_a_side_and_mark_nothing(tmp_path: Path) -> None:
    store = Store.open(tmp_path, db_path=tmp_path / "marks.db", reviewer="tester")
    app = ReaderApp(load_corpus([FIXTURES]), analyser=fake_analyse, store=store)
    async with app.run_test(size=(160, 48)) as pilot:
        screen = await open_compare(pilot)
        row = await go_to(screen, "casualties.injured", pilot)
        assert row.status == "conflict"
        for key in ("v", "x"):
            await pilot.press(key)
            await pilot.pause()
            assert "press m" in str(list(app._notifications)[-1].message)
        assert all(
            app.state.marks.status_of(a, ItemRef(a, "fact", row.kind, s.start, s.end))
            == "unverified"
            for a, s in row.sides.items()
        )
        match = await go_to(screen, "timeline", pilot)
        assert match.status == "match"
        await pilot.press("v")  # two values that agree: both verified at once
        await pilot.pause()
        assert all(
            app.state.marks.status_of(a, screen._verified.ref(a, s.start, s.end, match.kind))
            == "verified"
            for a, s in match.sides.items()
        )
    store.close()
