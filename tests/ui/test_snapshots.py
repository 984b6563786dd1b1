"""SVG snapshots of the reader's main views on the fixed fixture corpus (not the seeds)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import Input

from incident_reader.core.loading import load_corpus
from incident_reader.ui.app import ReaderApp
from tests.ui.conftest import fixture_app, settle
from tests.ui.contrast import Cell, rendered_cells

SnapCompare = Callable[..., bool]


def _after(keys: Iterable[str] = ()) -> Callable[[Pilot[Any]], Awaitable[None]]:
    async def run_before(pilot: Pilot[Any]) -> None:
        await settle(pilot)
        for key in keys:
            await pilot.press(key)
        for field in pilot.app.screen.query(Input):
            field.cursor_blink = False  # a blinking cursor would make the snapshot flaky
        await settle(pilot)

    return run_before


@pytest.mark.parametrize(
    ("keys", "size"),
    [
        pytest.param([], (160, 48), id="start"),
        pytest.param(["j", "j", "j"], (160, 48), id="timeline_moved"),
        pytest.param(["t", "j"], (160, 48), id="facts"),
        pytest.param(["slash", *"bridge", "enter", "n"], (160, 48), id="search"),
        pytest.param(["right_square_bracket"], (160, 48), id="second_report"),
        pytest.param(["question_mark"], (160, 48), id="help"),
        pytest.param(["d"], (160, 48), id="dct_prompt"),
        pytest.param(["j"], (80, 24), id="small_terminal"),
    ],
)
def test_reader_views(snap_compare: SnapCompare, keys: list[str], size: tuple[int, int]) -> None:
    assert snap_compare(fixture_app(), terminal_size=size, run_before=_after(keys))


SEEDS = Path(__file__).resolve().parents[2] / "seeds"
SEED_SIZES = [
    pytest.param((160, 48), id="160x48"),
    pytest.param((120, 30), id="120x30"),
    pytest.param((80, 24), id="80x24"),
]


def seed_app() -> ReaderApp:
    """The reader on the seeds with the real pipeline, as `incident-reader seeds/` opens it."""
    return ReaderApp(load_corpus([SEEDS]))


async def _seed_settled(pilot: Pilot[Any]) -> None:
    await settle(pilot)
    app = pilot.app
    assert isinstance(app, ReaderApp)
    for _ in range(100):  # the real pipeline: wait until both seeds are analysed and shown
        if len(app.state.analyses) == 2:
            break
        await pilot.pause(0.1)
        await pilot.app.workers.wait_for_complete()
    await settle(pilot)


@pytest.mark.parametrize("size", SEED_SIZES)
async def test_seed_000_first_screen_shows_07_37(size: tuple[int, int]) -> None:
    app = seed_app()
    async with app.run_test(size=size) as pilot:
        await _seed_settled(pilot)
        shown = "\n".join("".join(c.char for c in row) for row in _rows(app))
        assert "07:37" in shown, shown


def _rows(app: ReaderApp) -> list[list[Cell]]:
    rows: dict[int, list[Cell]] = {}
    for cell in rendered_cells(app):
        rows.setdefault(cell.y, []).append(cell)
    return [rows[y] for y in sorted(rows)]


@pytest.mark.parametrize("size", SEED_SIZES)
def test_seed_000_first_screen(snap_compare: SnapCompare, size: tuple[int, int]) -> None:
    assert snap_compare(seed_app(), terminal_size=size, run_before=_seed_settled)
