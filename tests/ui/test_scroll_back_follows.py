"""The text scrolled back by the user to where the reader once scrolled it (home after end)
moves the list's cursor with it, as any scroll of the user's does: that place is the reader's
own scroll only until the text leaves it."""

from __future__ import annotations

from tests.ui.conftest import fixture_app, reader, settle


async def test_home_after_end_brings_the_cursor_back_to_the_top() -> None:
    app = fixture_app()
    async with app.run_test(size=(100, 24)) as pilot:
        await settle(pilot)
        screen = reader(pilot)
        timeline, source = screen.timeline, screen.source
        source.scroll_home(animate=False, immediate=True)
        await pilot.pause()
        timeline.cursor = 0  # its entry is at the top: selecting it scrolls the text there
        await pilot.pause()
        await pilot.pause()
        assert source.viewport()[0] == 0
        await pilot.press("tab", "end")
        await pilot.pause()
        assert timeline.cursor != 0 and timeline.cursor in timeline.in_view
        await pilot.press("home")
        await pilot.pause()
        assert source.viewport()[0] == 0
        assert timeline.cursor in timeline.in_view
