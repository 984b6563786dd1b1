"""A refused `e` (marks off, or nothing to note) never lets the note typed after it run as the
reader's commands: the letters land in a dialog that says, in one line, why nothing is kept."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input

from incident_reader.core.loading import load_corpus
from incident_reader.core.store import Store
from incident_reader.ui.app import ReaderApp
from incident_reader.ui.screens.note import NoteScreen
from tests.ui.conftest import FIXTURES, reader, settle
from tests.ui.fakes import fake_analyse
from tests.ui.test_compare import FIXTURES as COMPARE_FIXTURES
from tests.ui.test_compare import open_compare

NOTE = "did check"  # d sets the DCT, i marks inconclusive, c compares, h shows history


def said(app: ReaderApp) -> list[str]:
    return [str(n.message) for n in app._notifications]


async def type_note(app: ReaderApp, pilot: object) -> None:
    await pilot.press("e")  # type: ignore[attr-defined]
    await pilot.pause()  # type: ignore[attr-defined]
    await pilot.press(*("space" if c == " " else c for c in NOTE))  # type: ignore[attr-defined]
    await pilot.pause()  # type: ignore[attr-defined]


async def test_a_note_typed_with_marks_off_runs_no_command() -> None:
    app = ReaderApp(load_corpus([FIXTURES]), analyser=fake_analyse, store=None)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        screen = reader(pilot)
        before = len(said(app))
        await type_note(app, pilot)
        note = app.screen
        assert isinstance(note, NoteScreen), f"the note's letters ran as commands: {note}"
        assert note.query_one(Input).value == NOTE  # what was typed is there to read or copy
        shown = " ".join(str(s.render()) for s in note.query("Static"))
        assert "Marks are off" in shown and "not kept" in shown
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is screen
        assert not app.state.dct_overrides  # d did not set a DCT
        assert not any("inconclusive" in s for s in said(app)[before:])


async def test_a_note_typed_with_a_broken_store_runs_no_command(tmp_path: Path) -> None:
    db = tmp_path / "marks.db"
    db.write_bytes(b"this is not a database" * 100)
    store = Store.open(tmp_path, db_path=db, reviewer="kim")
    assert store.error
    app = ReaderApp(load_corpus([FIXTURES]), analyser=fake_analyse, store=store)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await type_note(app, pilot)
        assert isinstance(app.screen, NoteScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is reader(pilot)


async def test_a_note_typed_in_the_comparison_with_marks_off_runs_no_command() -> None:
    app = ReaderApp(load_corpus([COMPARE_FIXTURES]), analyser=fake_analyse, store=None)
    async with app.run_test(size=(160, 48)) as pilot:
        compare = await open_compare(pilot)
        await type_note(app, pilot)
        assert isinstance(app.screen, NoteScreen), "the note's letters ran as commands"
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is compare
