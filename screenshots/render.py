"""Render the reader's main views headless into screenshots/*.svg, with seeds/ as input.

Run from anywhere: `.venv/bin/python screenshots/render.py`. Rerun whenever the interface changes.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from textual.pilot import Pilot
from textual.widgets import Input

from incident_reader.core import store as store_module
from incident_reader.core.analysis import analyse
from incident_reader.core.loading import load_corpus
from incident_reader.core.store import DB_NAME, Store
from incident_reader.ui.app import ReaderApp
from incident_reader.ui.screens.reader import ReaderScreen
from incident_reader.ui.widgets.timeline import TimelineRow

HERE = Path(__file__).resolve().parent
SEEDS = HERE.parent / "seeds"
FOCUS_WORDS = (
    "07:37"  # the reader opens on this entry: the moment the seed's police statement gives
)


# Marks made in the marks views: verified, disputed, inconclusive, and a note on the first.
MARKING = ("v", "j", "x", "j", "i", "k", "k", "e", *"matches the police statement", "enter")


@dataclass(frozen=True)
class View:
    """One screenshot: its file name, the keys pressed before it and the terminal size."""

    name: str
    keys: tuple[str, ...] = ()
    size: tuple[int, int] = (160, 48)
    focus_entry: bool = True
    marks: bool = False  # on a temporary copy of seeds/ with its own marks database


VIEWS: tuple[View, ...] = (
    View("reader"),
    View("timeline", ("j", "j", "j")),
    View("facts", ("t", "home")),
    View("search", ("slash", *"Parliament Square", "enter", "n")),
    View("second-report", ("right_square_bracket",), focus_entry=False),
    View("help", ("question_mark",)),
    View("set-dct", ("d",)),
    View("earlier-incidents", ("end", "enter"), focus_entry=False),
    View("medium-120x30", (), (120, 30)),
    View("small-80x24", (), (80, 24)),
    View("export", ("E",)),
    View("compare", ("c", "f"), focus_entry=False),
    View("marks", MARKING, marks=True),
    View("history", (*MARKING, "x", "v", "h"), marks=True),
    View("orphans", ("o",), marks=True),
)


async def _settle(pilot: Pilot[None]) -> None:
    """Wait until every report is analysed (extraction starts a moment after the first frame, so
    waiting for the workers alone can catch the "Analysing…" screen), then for the redraw."""
    await pilot.pause()
    app = pilot.app
    assert isinstance(app, ReaderApp)
    for _ in range(600):  # 30 s at most, then the screen is saved as it is
        await app.workers.wait_for_complete()
        state = app.state
        if len(state.analyses) + len(state.failures) >= len(state.reports):
            break
        await pilot.pause(0.05)
    await pilot.pause()
    await pilot.pause()


def _focus_entry(screen: ReaderScreen, words: str) -> None:
    """Put the timeline cursor on the first entry whose words contain `words`, if any."""
    for index, row in enumerate(screen.timeline.rows):
        if isinstance(row, TimelineRow) and words in row.entry.timex.text:
            screen.timeline.cursor = index
            return


class FixedClock:
    """Record times for the marks views that are the same on every run (one minute apart), so the
    history screenshot changes only when the interface does."""

    def __init__(self) -> None:
        self.minute = 0

    def __call__(self) -> str:
        self.minute += 1
        return f"2026-11-21T09:{self.minute:02d}:00.000Z"


async def render(view: View, out_dir: Path) -> Path:
    """Run the reader headless on seeds/, press the view's keys and save its SVG."""
    store_module.now_utc = FixedClock()
    with tempfile.TemporaryDirectory() as tmp:
        # The default theme, whatever theme this machine's user last chose (ui.preferences).
        os.environ["INCIDENT_READER_CONFIG"] = str(Path(tmp) / "preferences.json")
        store = _marked_copy(Path(tmp)) if view.marks else None
        folder = store.path.parent if store is not None and store.path else SEEDS
        return await _render(ReaderApp(load_corpus([folder]), store=store), view, out_dir)


def _marked_copy(tmp: Path) -> Store:
    """A copy of seeds/ whose second report lost a marked sentence, so one mark is an orphan."""
    folder = tmp / "seeds"
    shutil.copytree(SEEDS, folder, ignore=shutil.ignore_patterns(DB_NAME + "*"))
    report = load_corpus([folder]).reports[-1]
    entry = analyse(report, None).timeline[0]
    with Store.open(folder, reviewer="reviewer") as store:
        store.set_status(report, entry, "disputed", note="the other report says otherwise")
    start = report.text.rfind("\n", 0, entry.start) + 1
    end = report.text.find("\n", entry.end)
    line = report.text[start : end if end >= 0 else len(report.text)]
    raw = report.path.read_text(encoding="utf-8")
    report.path.write_text(raw.replace(line, "", 1), encoding="utf-8")
    store = Store.open(folder, reviewer="reviewer")
    store.location_note = "marks in seeds/.incident-reader.db (a copy)"  # not the temporary path
    return store


async def _render(app: ReaderApp, view: View, out_dir: Path) -> Path:
    """Press the view's keys in the running app and save its SVG."""
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
