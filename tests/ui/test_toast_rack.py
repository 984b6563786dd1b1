"""A screen's first appearance lays it out once: Textual's hiding of the (empty) toast rack on a
screen's first resume asks for no second layout (screens.styled_once), and notifications still
show."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual import events
from textual.widget import Widget
from textual.widgets._toast import ToastRack

from incident_reader.core.loading import load_corpus
from incident_reader.ui.app import ReaderApp
from tests.ui.conftest import settle
from tests.ui.fakes import fake_analyse


async def test_the_empty_toast_rack_asks_for_no_layout(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    (tmp_path / "a.txt").write_text("A lorry hit a wall in Leeds at 9am on Monday.\n")
    (tmp_path / "b.txt").write_text("Two people were hurt when a bus crashed on Tuesday.\n")
    asked: list[tuple[str, int]] = []
    show = ToastRack.show

    def counted(rack: ToastRack, notifications: object) -> None:
        before = rack._layout_updates
        show(rack, notifications)  # type: ignore[arg-type]
        if not notifications:
            asked.append((type(rack.screen).__name__, rack._layout_updates - before))

    monkeypatch.setattr(ToastRack, "show", counted)
    app = ReaderApp(load_corpus([tmp_path]), analyser=fake_analyse)  # nothing skipped
    async with app.run_test(size=(120, 30), notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        await pilot.pause()
        assert type(app.screen).__name__ == "HelpScreen"
        shown = {name for name, _ in asked}
        assert {"ReaderScreen", "HelpScreen"} <= shown
        assert all(layouts == 0 for _, layouts in asked), asked
        app.notify("a toast")
        await pilot.pause()
        await pilot.pause()
        rack = app.screen.query_one(ToastRack)
        assert rack.display and rack.children


async def test_the_reader_s_toast_rack_mounts_without_a_layout(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The rack's own Mount (in a terminal, after the reader's first frame) sets the vertical
    scrollbar its CSS asks for: set when the rack was made, it is no change, so no layout."""
    (tmp_path / "a.txt").write_text("A lorry hit a wall in Leeds at 9am on Monday.\n")
    asked: list[tuple[str, int]] = []
    mount = Widget._on_mount

    def counted(rack: Widget, event: events.Mount) -> None:
        before = rack._layout_updates
        mount(rack, event)
        asked.append((type(rack.screen).__name__, rack._layout_updates - before))

    monkeypatch.setattr(ToastRack, "_on_mount", counted)
    app = ReaderApp(load_corpus([tmp_path]), analyser=fake_analyse)
    async with app.run_test(size=(120, 30), notifications=True) as pilot:
        await settle(pilot)
        assert [name for name, _ in asked] == ["ReaderScreen"]
        assert all(layouts == 0 for _, layouts in asked), asked
        rack = app.screen.query_one(ToastRack)
        assert rack.show_vertical_scrollbar  # as Textual's own mount would have left it
