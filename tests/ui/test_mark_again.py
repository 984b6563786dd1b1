"""A key that changes nothing (v on a verified entry, the same note kept) writes nothing: the
history is not told of a "note on ✓ verified" nobody wrote, and undo takes back the last real
change instead of the empty one."""

from __future__ import annotations

from pathlib import Path

from incident_reader.ui.screens.note import NoteScreen
from incident_reader.ui.widgets.timeline import TimelineRow
from tests.ui.conftest import reader, settle
from tests.ui.test_marks import marked_app
from tests.ui.test_undo_marks import said


async def test_v_again_on_a_verified_entry_records_nothing_and_says_so(tmp_path: Path) -> None:
    app, _ = marked_app(tmp_path)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        screen = reader(pilot)
        report = app.state.reports[0]
        row = screen.timeline.current
        assert isinstance(row, TimelineRow)
        await pilot.press("v")
        await pilot.pause()
        await pilot.press("v")  # again: already verified
        await pilot.pause()
        store = app.state.marks.store
        assert store is not None
        stored = store.mark_for(report, row.entry)
        assert stored is not None
        changes = [(c.from_status, c.to_status) for c in store.history(stored.key)]
        assert changes == [(None, "verified")]
        assert any("Already verified" in s for s in said(app))
        await pilot.press("z")  # takes back the one real change
        await pilot.pause()
        assert app.state.marks.status_of(report.id, row.entry) == "unverified"


async def test_u_on_an_unmarked_entry_and_an_unchanged_note_record_nothing(
    tmp_path: Path,
) -> None:
    app, _ = marked_app(tmp_path)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        screen = reader(pilot)
        report = app.state.reports[0]
        row = screen.timeline.current
        assert isinstance(row, TimelineRow)
        await pilot.press("u")  # unverified already: nothing to store
        await pilot.pause()
        store = app.state.marks.store
        assert store is not None
        assert store.mark_for(report, row.entry) is None
        await pilot.press("x", "e")
        await pilot.pause()
        assert isinstance(app.screen, NoteScreen)
        await pilot.press(*"seen", "enter")
        await pilot.press("e")
        await pilot.pause()
        await pilot.press("enter")  # the same note kept
        await pilot.pause()
        stored = store.mark_for(report, row.entry)
        assert stored is not None
        assert len(store.history(stored.key)) == 2  # disputed, then the note
        await pilot.press("z")  # the note goes, the verdict stays
        await pilot.pause()
        mark = app.state.marks.mark_of(report.id, row.entry)
        assert mark is not None and mark.status == "disputed" and mark.note is None
