"""The command palette offers the actions of the open view: in the comparison, not the reader's
"Next report" or "Show the facts" (which did nothing there), and no command listed twice."""

from __future__ import annotations

from textual.command import CommandList, CommandPalette
from textual.pilot import Pilot

from tests.ui.conftest import fixture_app, settle
from tests.ui.test_compare import compare_app, open_compare


async def palette_names(pilot: Pilot[None], query: str) -> list[str]:
    """Open the palette, type ``query`` and read the names it offers; then close it."""
    await pilot.press("ctrl+p")
    await pilot.pause()
    if query:
        await pilot.press(*query)
    palette = pilot.app.screen
    assert isinstance(palette, CommandPalette)
    options = palette.query_one(CommandList)
    names: list[str] = []
    for _ in range(40):  # the providers answer asynchronously
        await pilot.pause(0.05)
        names = [
            str(options.get_option_at_index(i).prompt).split("\n", 1)[0]
            for i in range(options.option_count)
        ]
        if names:
            break
    await pilot.press("escape")
    await pilot.pause()
    return names


async def test_the_comparison_palette_offers_no_reader_command_and_none_twice() -> None:
    async with compare_app().run_test(size=(160, 48)) as pilot:
        await open_compare(pilot)
        names = await palette_names(pilot, "")
        assert "Next conflict" in names
        assert "Search the text" in names
        reader_only = ("Next report", "Show the facts", "Compare reports", "Export the record")
        assert not [name for name in reader_only if name in names]
        assert len(names) == len(set(names)), sorted(names)


async def test_the_reader_palette_still_offers_its_commands() -> None:
    async with fixture_app().run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        names = await palette_names(pilot, "")
        for name in ("Next report", "Show the facts", "Compare reports", "Undo the last mark"):
            assert name in names
