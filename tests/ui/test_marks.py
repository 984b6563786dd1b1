"""Marks in the reader: v x i u e on entries and facts, symbols, header counts, h history."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

from rich.console import Console
from textual.widgets import Input

from incident_reader.core.loading import load_corpus
from incident_reader.core.store import DB_NAME, STATUS_SYMBOLS, Store
from incident_reader.ui.app import ReaderApp
from incident_reader.ui.screens.history import HistoryScreen, history_table
from incident_reader.ui.screens.note import NoteScreen
from incident_reader.ui.widgets.fact_list import FactRow
from incident_reader.ui.widgets.report_header import ReportHeader
from incident_reader.ui.widgets.row_list import RowList
from incident_reader.ui.widgets.timeline import TimelineRow
from tests.ui.conftest import FIXTURES, reader, settle
from tests.ui.fakes import fake_analyse


def marked_app(tmp_path: Path, reviewer: str = "kim") -> tuple[ReaderApp, Path]:
    """A reader on a copy of the fixture corpus with its own marks database."""
    folder = tmp_path / "corpus"
    if not folder.exists():
        shutil.copytree(FIXTURES, folder, ignore=shutil.ignore_patterns(DB_NAME + "*"))
    store = Store.open(folder, reviewer=reviewer)
    return ReaderApp(load_corpus([folder]), analyser=fake_analyse, store=store), folder


def cursor_line(row_list: RowList) -> str:
    """The first screen line of the row under a list's cursor, as drawn."""
    y = row_list._first_line[row_list.cursor] - round(row_list.scroll_y)
    return "".join(seg.text for seg in row_list.render_line(y))


def plain(renderable: object) -> str:
    """What a rich renderable says, as plain text."""
    console = Console(width=200, record=True, file=io.StringIO())
    console.print(renderable)
    return console.export_text()


async def test_v_x_i_u_on_timeline_entries_store_and_show(tmp_path: Path) -> None:
    app, folder = marked_app(tmp_path)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        screen = reader(pilot)
        report = app.state.reports[0]
        first = screen.timeline.current
        at = screen.timeline.cursor
        rows = [r for r in screen.timeline.rows[at:] if isinstance(r, TimelineRow)]
        assert isinstance(first, TimelineRow)
        await pilot.press("v")
        await pilot.pause()
        assert app.state.marks.status_of(report.id, first.entry) == "verified"
        assert cursor_line(screen.timeline).startswith("▌" + STATUS_SYMBOLS["verified"])
        header = screen.query_one(ReportHeader)
        total = len(app.state.analyses[report.id].timeline) + len(
            app.state.analyses[report.id].facts
        )
        assert f"1 of {total} verified" in header.plain
        assert f"marks in {folder / '.incident-reader.db'}" in header.plain

        await pilot.press("j", "x", "j", "i")
        await pilot.pause()
        statuses = [
            app.state.marks.status_of(report.id, row.entry)
            for row in screen.timeline.rows[at : at + 3]
            if isinstance(row, TimelineRow)
        ]
        assert statuses == ["verified", "disputed", "inconclusive"]
        assert "1 disputed, 1 inconclusive" in header.plain
        await pilot.press("k", "u")
        await pilot.pause()
        assert "1 inconclusive" in header.plain
        assert "disputed" not in header.plain

    # every change is in the database, seen by a fresh connection
    again = Store.open(folder)
    placed, orphans = again.marks_for(report.id, report.text, report.sha1)
    got = {(p.start, p.mark.status, p.mark.reviewer) for p in placed}
    assert got == {
        (rows[0].entry.start, "verified", "kim"),
        (rows[1].entry.start, "unverified", "kim"),
        (rows[2].entry.start, "inconclusive", "kim"),
    }
    assert orphans == []


async def test_facts_take_marks_and_notes(tmp_path: Path) -> None:
    app, folder = marked_app(tmp_path)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        screen = reader(pilot)
        await pilot.press("t")
        await pilot.pause()
        row = screen.facts.current
        assert isinstance(row, FactRow)
        await pilot.press("x", "e")
        await pilot.pause()
        assert isinstance(app.screen, NoteScreen)
        await pilot.press(*"two sources say 4", "enter")
        await pilot.pause()
        report = app.state.reports[0]
        mark = app.state.marks.mark_of(report.id, row.fact)
        assert mark is not None and (mark.status, mark.note) == ("disputed", "two sources say 4")
        assert row.mark is mark
        line = cursor_line(screen.facts)
        assert STATUS_SYMBOLS["disputed"] in line and "✎ two sources say 4" in line
        await pilot.press("v")  # a new status keeps the note
        await pilot.pause()
        mark = app.state.marks.mark_of(report.id, row.fact)
        assert mark is not None and (mark.status, mark.note) == ("verified", "two sources say 4")
        await pilot.press("e", "escape")  # escape cancels: nothing changes
        await pilot.pause()
        assert app.state.marks.mark_of(report.id, row.fact) == mark

        await pilot.press("h")
        await pilot.pause()
        assert isinstance(app.screen, HistoryScreen)
        changes = app.screen.changes
        assert [(c.from_status, c.to_status, c.note, c.reviewer) for c in changes] == [
            (None, "disputed", None, "kim"),
            ("disputed", "disputed", "two sources say 4", "kim"),
            ("disputed", "verified", "two sources say 4", "kim"),
        ]
        table = plain(history_table(changes))
        assert "disputed → ✓ verified" in table and "two sources say 4" in table
        assert "note on ✗ disputed" in table  # a note edit, not "disputed → disputed"
        assert table.count("two sources say 4") == 1  # shown where it was written
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen
    assert Store.open(folder).counts(report.id)["verified"] == 1


async def test_history_of_an_unmarked_item_says_so(tmp_path: Path) -> None:
    app, _ = marked_app(tmp_path)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.press("h")
        await pilot.pause()
        assert isinstance(app.screen, HistoryScreen) and app.screen.changes == []


async def test_marks_are_there_on_the_next_launch(tmp_path: Path) -> None:
    app, _ = marked_app(tmp_path)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.press("v")
        await pilot.pause()
    again, _ = marked_app(tmp_path, reviewer="lee")
    async with again.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        row = reader(pilot).timeline.current
        assert isinstance(row, TimelineRow)
        assert row.mark is not None and (row.mark.status, row.mark.reviewer) == ("verified", "kim")


async def test_note_prompt_shows_the_current_note(tmp_path: Path) -> None:
    app, _ = marked_app(tmp_path)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.press("e", *"first", "enter", "e")
        await pilot.pause()
        assert app.screen.query_one("#note-input", Input).value == "first"
        await pilot.press("ctrl+a", "ctrl+k", "enter")  # an empty note clears it
        await pilot.pause()
        row = reader(pilot).timeline.current
        assert isinstance(row, TimelineRow)
        assert row.mark is not None and row.mark.note is None


async def test_a_mark_given_from_the_report_list_says_what_it_marked(tmp_path: Path) -> None:
    """v with the report list (or the text) focused marks the entry highlighted beside the text,
    and says which: before, the header's count changed with no word of what was marked."""
    app, _folder = marked_app(tmp_path)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        screen = reader(pilot)
        entry = screen.timeline.current
        assert isinstance(entry, TimelineRow)
        await pilot.press("tab", "tab")  # the report list
        assert app.focused is screen.reports
        await pilot.press("v")
        await pilot.pause()
        said = [str(n.message) for n in app._notifications]
        assert said and said[-1].startswith("Marked verified: ")
        assert entry.entry.timex.text in said[-1]
        screen.timeline.focus()  # back beside the text: marking there says nothing more
        await pilot.pause()
        assert app.focused is screen.timeline
        count = len(app._notifications)
        await pilot.press("j", "x")
        await pilot.pause()
        assert len(app._notifications) == count
