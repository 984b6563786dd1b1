"""ctrl+z (or z) takes back the last mark or note: a verdict changed by a slip of the finger comes
back, in the reader and in the comparison (both reports' marks with one key), through the store."""

from __future__ import annotations

from pathlib import Path

from incident_reader.core.loading import load_corpus
from incident_reader.core.store import ItemRef, Store
from incident_reader.ui.app import ReaderApp
from incident_reader.ui.screens.note import NoteScreen
from incident_reader.ui.widgets.compare_table import CompareRow
from incident_reader.ui.widgets.timeline import TimelineRow
from tests.ui.conftest import reader, settle
from tests.ui.fakes import fake_analyse
from tests.ui.test_compare import FIXTURES as COMPARE_FIXTURES
from tests.ui.test_compare import open_compare
from tests.ui.test_compare_marks import go_to, line_of
from tests.ui.test_marks import marked_app


def said(app: ReaderApp) -> list[str]:
    """The notices shown so far."""
    return [str(n.message) for n in app._notifications]


async def test_ctrl_z_puts_back_the_verdict_a_slip_replaced_and_the_store_records_it(
    tmp_path: Path,
) -> None:
    app, _ = marked_app(tmp_path)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        screen = reader(pilot)
        report = app.state.reports[0]
        row = screen.timeline.current
        assert isinstance(row, TimelineRow)
        await pilot.press("x")  # disputed, on purpose
        await pilot.press("v")  # verified: the slip
        await pilot.pause()
        assert app.state.marks.status_of(report.id, row.entry) == "verified"
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert app.state.marks.status_of(report.id, row.entry) == "disputed"
        store = app.state.marks.store
        assert store is not None
        stored = store.mark_for(report, row.entry)
        assert stored is not None and stored.status == "disputed"  # written, not only shown
        assert [(c.from_status, c.to_status) for c in store.history(stored.key)][-1] == (
            "verified",
            "disputed",
        )
        words = report.text[row.entry.start : row.entry.end]
        assert any(f"Undone: “{words}” back to disputed" in s for s in said(app))
        await pilot.press("z")  # z alone does the same, one step further back
        await pilot.pause()
        assert app.state.marks.status_of(report.id, row.entry) == "unverified"
        await pilot.press("z")
        await pilot.pause()
        assert any("Nothing to undo" in s for s in said(app))


async def test_undo_takes_back_a_note_and_keeps_the_status(tmp_path: Path) -> None:
    app, _ = marked_app(tmp_path)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        screen = reader(pilot)
        report = app.state.reports[0]
        row = screen.timeline.current
        assert isinstance(row, TimelineRow)
        await pilot.press("x", "e")
        await pilot.pause()
        assert isinstance(app.screen, NoteScreen)
        await pilot.press(*"first call", "enter")
        await pilot.press("e")
        await pilot.pause()
        await pilot.press("ctrl+u", *"typo", "enter")
        await pilot.pause()
        mark = app.state.marks.mark_of(report.id, row.entry)
        assert mark is not None and mark.note == "typo"
        await pilot.press("ctrl+z")
        await pilot.pause()
        mark = app.state.marks.mark_of(report.id, row.entry)
        assert mark is not None and (mark.status, mark.note) == ("disputed", "first call")
        assert any("note “first call”" in s for s in said(app))


async def test_in_the_comparison_one_undo_takes_back_both_reports_marks(tmp_path: Path) -> None:
    store = Store.open(tmp_path, db_path=tmp_path / "marks.db", reviewer="tester")
    app = ReaderApp(load_corpus([COMPARE_FIXTURES]), analyser=fake_analyse, store=store)
    async with app.run_test(size=(160, 48)) as pilot:
        screen = await open_compare(pilot)
        row = await go_to(screen, "casualties.injured", pilot)
        refs = [
            (article, ItemRef(article, "fact", row.kind, side.start, side.end))
            for article, side in row.sides.items()
        ]
        assert len(refs) == 2
        # (a conflict row: i and u mark both reports at once; v and x ask for a side)
        await pilot.press("i", "u")
        await pilot.pause()
        assert {app.state.marks.status_of(a, r) for a, r in refs} == {"unverified"}
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert {app.state.marks.status_of(a, r) for a, r in refs} == {"inconclusive"}
        assert any(s.endswith("back to inconclusive in 2 reports") for s in said(app))
        await pilot.press("z")
        await pilot.pause()
        assert {app.state.marks.status_of(a, r) for a, r in refs} == {"unverified"}


async def test_e_in_the_comparison_notes_the_rows_statements_as_v_would_mark_them(
    tmp_path: Path,
) -> None:
    store = Store.open(tmp_path, db_path=tmp_path / "marks.db", reviewer="tester")
    app = ReaderApp(load_corpus([COMPARE_FIXTURES]), analyser=fake_analyse, store=store)
    async with app.run_test(size=(160, 48)) as pilot:
        screen = await open_compare(pilot)
        row = await go_to(screen, "casualties.injured", pilot)
        refs = {
            article: ItemRef(article, "fact", row.kind, side.start, side.end)
            for article, side in row.sides.items()
        }

        def notes() -> dict[str, str | None]:
            marks = {a: app.state.marks.mark_of(a, r) for a, r in refs.items()}
            return {a: m.note if m else None for a, m in marks.items()}

        await pilot.press("e")
        await pilot.pause()
        assert isinstance(app.screen, NoteScreen)
        await pilot.press(*"outlets differ", "enter")
        await pilot.pause()
        assert set(notes().values()) == {"outlets differ"}
        shown = screen.table.current  # the table tells a noted statement by ✎ after its mark
        assert isinstance(shown, CompareRow) and shown.kind == row.kind
        assert line_of(shown).count("✎") == 2
        await pilot.press("m", "e")  # report A alone
        await pilot.pause()
        await pilot.press("ctrl+u", *"A rang police", "enter")
        await pilot.pause()
        assert notes() == {screen.a: "A rang police", screen.b: "outlets differ"}
        await pilot.press("ctrl+z", "ctrl+z")
        await pilot.pause()
        assert set(notes().values()) == {None}


async def test_h_in_the_comparison_lists_both_reports_changes_with_their_report(
    tmp_path: Path,
) -> None:
    from incident_reader.ui.screens.history import HistoryScreen, history_table
    from tests.ui.test_marks import plain

    store = Store.open(tmp_path, db_path=tmp_path / "marks.db", reviewer="tester")
    app = ReaderApp(load_corpus([COMPARE_FIXTURES]), analyser=fake_analyse, store=store)
    async with app.run_test(size=(160, 48)) as pilot:
        screen = await open_compare(pilot)
        await go_to(screen, "casualties.injured", pilot)
        await pilot.press("i", "h")  # a conflict row: i marks both reports
        await pilot.pause()
        history = app.screen
        assert isinstance(history, HistoryScreen)
        assert {c.report_id for c in history.changes} == {screen.a, screen.b}
        assert history.reports == {screen.a: "A", screen.b: "B"}
        assert f"A {screen.a} · B {screen.b}" in history.about
        lines = plain(history_table(history.changes, history.reports)).splitlines()
        assert [line.split()[2] for line in lines[1:] if line.strip()] == ["A", "B"]


def test_history_says_when_a_note_was_cleared() -> None:
    from incident_reader.core.store import Change
    from incident_reader.ui.screens.history import history_table
    from tests.ui.test_marks import plain

    def change(n: int, note: str | None) -> Change:
        return Change(n, "k1", "r1", "kim", f"2026-01-0{n}T10:00:00Z", "disputed", "disputed", note)

    text = plain(history_table([change(1, "rang the police"), change(2, None)]))
    assert "✎ rang the police" in text and "✎ note cleared" in text
    text = plain(history_table([change(1, "rang"), change(2, "rang")], {"r1": "A report one"}))
    assert text.count("✎ rang") == 1 and "A report one" in text and "report" in text


async def test_the_comparison_cursor_stays_on_its_row_after_a_dialog(tmp_path: Path) -> None:
    store = Store.open(tmp_path, db_path=tmp_path / "marks.db", reviewer="tester")
    app = ReaderApp(load_corpus([COMPARE_FIXTURES]), analyser=fake_analyse, store=store)
    async with app.run_test(size=(160, 48)) as pilot:
        screen = await open_compare(pilot)
        row = await go_to(screen, "casualties.hospitalised", pilot)
        at = screen.table.cursor
        assert at > 0
        for keys in (("question_mark", "escape"), ("e", "escape"), ("h", "escape")):
            await pilot.press(*keys)
            await pilot.pause()
            assert app.screen is screen and screen.table.cursor == at, keys
            current = screen.table.current
            assert isinstance(current, type(row)) and current.kind == row.kind
