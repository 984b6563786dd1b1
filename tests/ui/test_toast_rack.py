"""A screen's first appearance lays it out once: Textual's hiding of the (empty) toast rack on a
screen's first resume asks for no second layout (screens.styled_once), and notifications still
show."""

from __future__ import annotations

from pathlib import Path

import pytest
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
