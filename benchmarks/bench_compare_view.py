"""Time the comparison view on seeds/: opening it (c) and keeping both reports in step per scroll.

Run: `.venv/bin/python benchmarks/bench_compare_view.py [FOLDER]` (headless, 160x48).
"""

from __future__ import annotations

import asyncio
import sys
import time
from pathlib import Path

from incident_reader.core.loading import load_corpus
from incident_reader.ui.app import ReaderApp
from incident_reader.ui.screens.compare import CompareScreen

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


async def main(folder: Path) -> None:
    """Print the time from c to the comparison shown, and per scroll line of the left report."""
    app = ReaderApp(load_corpus([folder]))
    async with app.run_test(size=(160, 48)) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        began = time.perf_counter()
        await pilot.press("c")
        screen = app.screen
        assert isinstance(screen, CompareScreen)
        while screen.index is None:
            await pilot.pause(0.005)
        print(f"c -> comparison shown: {(time.perf_counter() - began) * 1000:.0f} ms")
        view = screen.view_a
        view.focus()
        lines = max(1, view.virtual_size.height)
        began = time.perf_counter()
        for y in range(lines):  # what one ViewportChanged costs: follow, then highlight
            view.scroll_to(y=y, animate=False, immediate=True)
            screen._follow(view)
            screen._highlight()
        each = (time.perf_counter() - began) / lines * 1000
        print(f"per scroll line ({lines} lines): {each:.2f} ms")


if __name__ == "__main__":
    asyncio.run(main(Path(sys.argv[1]) if len(sys.argv) > 1 else SEEDS))
