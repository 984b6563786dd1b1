"""The comparison opens with the facts table focused, and v x i u always act on the row drawn
as the cursor: j/k move through the facts, and when the text leads (a report focused and
scrolled), the cursor follows it, so the row marked is the one shown highlighted."""

from __future__ import annotations

from pathlib import Path

from incident_reader.core.store import Store
from incident_reader.ui.screens.compare import CompareScreen
from incident_reader.ui.widgets.compare_table import CompareRow
from tests.ui.test_compare import SMALL, compare_app, open_compare


def _marked(screen: CompareScreen, row: CompareRow, status: str) -> bool:
    marks = screen.state.marks
    return any(marks.status_of(r.id, ref) == status for r, ref in screen._targets(row))


async def test_the_table_has_the_first_focus_and_j_k_move_its_cursor(tmp_path: Path) -> None:
    store = Store.open(tmp_path, db_path=tmp_path / "marks.db", reviewer="tester")
    app = compare_app(store)
    async with app.run_test(size=(160, 48)) as pilot:
        screen = await open_compare(pilot)
        assert screen.focused is screen.table
        first = screen.table.cursor
        await pilot.press("j", "j", "k")
        await pilot.pause()
        row = screen.table.current
        assert isinstance(row, CompareRow) and screen.table.cursor != first
        await pilot.press("i")  # inconclusive: both reports' statements, even on a conflict
        await pilot.pause()
        rows = [r for r in screen.table.rows if isinstance(r, CompareRow)]
        marked = [r.kind for r in rows if _marked(screen, r, "inconclusive")]
        assert marked == [row.kind]  # the row under the cursor, and no other
    store.close()


async def test_with_the_text_leading_v_marks_the_cursor_row_which_follows_the_text(
    tmp_path: Path,
) -> None:
    store = Store.open(tmp_path, db_path=tmp_path / "marks.db", reviewer="tester")
    app = compare_app(store)
    async with app.run_test(size=SMALL) as pilot:
        screen = await open_compare(pilot)
        table = screen.table
        first = next(i for i, r in enumerate(table.rows) if isinstance(r, CompareRow))
        table.cursor = first  # the table's first fact, told at the top of the reports
        await pilot.pause()
        screen.view_a.focus()
        await pilot.pause()
        for _ in range(40):  # the user scrolls report A until that row is out of view
            await pilot.press("j")
            await pilot.pause()
            if table.in_view and first not in table.in_view:
                break
        await pilot.press("k")
        await pilot.pause()
        await pilot.pause()
        assert table.in_view and first not in table.in_view
        # the cursor row is one of the rows drawn as in view, never one scrolled away
        assert table.cursor in table.in_view
        row = table.current
        assert isinstance(row, CompareRow)
        await pilot.press("i")  # inconclusive: both reports' statements, even on a conflict
        await pilot.pause()
        rows = [r for r in table.rows if isinstance(r, CompareRow)]
        assert [r.kind for r in rows if _marked(screen, r, "inconclusive")] == [row.kind]
    store.close()
