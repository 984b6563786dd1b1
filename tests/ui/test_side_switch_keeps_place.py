"""`t` after scrolling the text keeps the reader's place: the list brought in follows the text
(its first entry whose words are on screen), rather than the text jumping back to where that
list's cursor was before the text moved."""

from __future__ import annotations

from tests.ui.conftest import fixture_app, reader, settle


async def test_t_after_end_in_the_text_keeps_the_text_where_it_was() -> None:
    app = fixture_app()
    async with app.run_test(size=(100, 24)) as pilot:
        await settle(pilot)
        screen = reader(pilot)
        source = screen.source
        await pilot.press("t")  # the facts
        await pilot.pause()
        await pilot.press("tab", "end")  # the text, to its end: the facts follow it
        await pilot.pause()
        before = source.viewport()
        assert before[1] == len(source.text)
        await pilot.press("t")  # back to the timeline
        await pilot.pause()
        assert source.viewport() == before  # the text stayed
        row = screen.timeline.current
        assert row is not None and row.span is not None
        assert source.is_visible(*row.span)  # and the timeline's cursor is on screen
