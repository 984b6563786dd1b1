"""The reader's first screen is laid out once before a key acts: requests its widgets made before
that whole layout (the header's first words, mounting, a scrollbar it made) ask for no second."""

from __future__ import annotations

import pytest
from textual.screen import Screen

from incident_reader.ui import app as reader_app
from incident_reader.ui.screens.reader import ReaderScreen
from incident_reader.ui.widgets.report_header import ReportHeader
from tests.ui.conftest import fixture_app, reader


async def test_the_first_screen_is_laid_out_once(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reader_app, "FIRST_KEY_GRACE", 30.0)  # nothing starts in the background
    layouts: list[str] = []
    original = Screen._refresh_layout

    def counted(screen: Screen[object], *args: object, **kwargs: object) -> None:
        layouts.append(type(screen).__name__)
        original(screen, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Screen, "_refresh_layout", counted)
    app = fixture_app()
    async with app.run_test(size=(160, 48)) as pilot:
        for _ in range(20):
            await pilot.pause(0.02)
        screen = reader(pilot)
        assert app._lists_ready and not app._started
        assert layouts.count(ReaderScreen.__name__) == 1
        header = screen.query_one(ReportHeader)
        assert screen.state.reports[0].title in header.plain  # its first words, laid out
        lines = len(header.plain.splitlines())
        assert header.region.height == lines  # laid out with its words, one row each
        await pilot.press("question_mark")  # the help, then back: the reader as it was
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert header.region.height == lines and app.screen is screen
