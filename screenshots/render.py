"""Render the reader's main views headless into screenshots/*.svg, with seeds/ as input.

Run from anywhere: `.venv/bin/python screenshots/render.py`. Rerun whenever the interface changes.
"""

from __future__ import annotations

import asyncio
import sys
from dataclasses import dataclass
from pathlib import Path

from textual.pilot import Pilot
from textual.widgets import Input

from incident_reader.core.loading import load_corpus
from incident_reader.ui.app import ReaderApp
from incident_reader.ui.screens.reader import ReaderScreen
from incident_reader.ui.widgets.timeline import TimelineRow

HERE = Path(__file__).resolve().parent
SEEDS = HERE.parent / "seeds"
FOCUS_WORDS = (
    "07:37"  # the reader opens on this entry: the moment the seed's police statement gives
)


@dataclass(frozen=True)
class View:
    """One screenshot: its file name, the keys pressed before it and the terminal size."""

    name: str
    keys: tuple[str, ...] = ()
    size: tuple[int, int] = (160, 48)
    focus_entry: bool = True


VIEWS: tuple[View, ...] = (
    View("reader"),
    View("timeline", ("j", "j", "j")),
    View("facts", ("t", "home")),
    View("search", ("slash", *"Parliament Square", "enter", "n")),
    View("second-report", ("right_square_bracket",), focus_entry=False),
    View("help", ("question_mark",)),
    View("set-dct", ("d",)),
    View("small-80x24", (), (80, 24)),
    View("compare", ("c", "f"), focus_entry=False),
)


async def _settle(pilot: Pilot[None]) -> None:
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.pause()


def _focus_entry(screen: ReaderScreen, words: str) -> None:
    """Put the timeline cursor on the first entry whose words contain `words`, if any."""
    for index, row in enumerate(screen.timeline.rows):
        if isinstance(row, TimelineRow) and words in row.entry.timex.text:
            screen.timeline.cursor = index
            return


async def render(view: View, out_dir: Path) -> Path:
    """Run the reader headless on seeds/, press the view's keys and save its SVG."""
    app = ReaderApp(load_corpus([SEEDS]))
    async with app.run_test(size=view.size) as pilot:
        await _settle(pilot)
        screen = app.screen_stack[0]
        assert isinstance(screen, ReaderScreen)
        if view.focus_entry:
            _focus_entry(screen, FOCUS_WORDS)
            await pilot.pause()
        for key in view.keys:
            await pilot.press(key)
        await _settle(pilot)
        for field_ in app.screen.query(Input):
            field_.cursor_blink = False
        await pilot.pause()
        path = out_dir / f"{view.name}.svg"
        path.write_text(app.export_screenshot(title=f"incident-reader seeds/ — {view.name}"))
    return path


async def main(names: list[str]) -> None:
    """Render every view, or only those named on the command line."""
    for view in VIEWS:
        if not names or view.name in names:
            print(await render(view, HERE))


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1:]))
