"""`t` brings the facts in at their top (scrolled only as far as the cursor needs), not at the
middle of the list, where fitting every fact whose words are on screen had left it."""

from __future__ import annotations

from tests.ui.conftest import reader, settle
from tests.ui.test_snapshots import seed_app


async def test_t_opens_the_facts_at_their_top_or_the_cursor() -> None:
    app = seed_app()
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        screen = reader(pilot)
        await pilot.press("t")
        await pilot.pause()
        await pilot.pause(0.1)
        facts = screen.facts
        top = round(facts.scroll_offset.y)
        height = facts.scrollable_content_region.height
        cursor_line = facts._first_line[facts.cursor]
        assert top <= cursor_line < top + height  # the cursor is on screen
        # at the top, or (the cursor lower than a screen) with the cursor near the top
        assert top == 0 or cursor_line - top <= 3, (top, cursor_line, height)
