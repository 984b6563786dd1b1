"""SVG snapshots of the comparison view on the two fixed fixture reports (not the seeds)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import pytest
from textual.pilot import Pilot

from tests.ui.conftest import settle
from tests.ui.test_compare import compare_app, open_compare

SnapCompare = Callable[..., bool]


def _after(keys: tuple[str, ...]) -> Callable[[Pilot[Any]], Awaitable[None]]:
    async def run_before(pilot: Pilot[Any]) -> None:
        await open_compare(pilot)
        for key in keys:
            await pilot.press(key)
        await settle(pilot)

    return run_before


@pytest.mark.parametrize(
    ("keys", "size"),
    [
        pytest.param((), (160, 48), id="open"),
        pytest.param(("f",), (160, 48), id="first_conflict"),
        pytest.param(("s",), (160, 48), id="conflicts_only"),
        pytest.param(("tab", "j"), (100, 20), id="small_table_moved"),
        pytest.param((), (80, 24), id="one_report_80x24"),
        pytest.param(("tab", "tab"), (80, 24), id="other_report_80x24"),
    ],
)
def test_compare_views(
    snap_compare: SnapCompare, keys: tuple[str, ...], size: tuple[int, int]
) -> None:
    assert snap_compare(compare_app(), terminal_size=size, run_before=_after(keys))


async def _seeds_compared(pilot: Pilot[Any]) -> None:
    from tests.ui.test_snapshots import _seed_settled

    await _seed_settled(pilot)
    await open_compare(pilot)
    await settle(pilot)


def test_seeds_compared_at_160x48_show_whole_values(snap_compare: SnapCompare) -> None:
    from tests.ui.test_snapshots import seed_app

    assert snap_compare(seed_app(), terminal_size=(160, 48), run_before=_seeds_compared)


async def test_seed_places_are_whole_in_the_table_at_160x48() -> None:
    """The table widens for its values (it stayed 64 columns, 'parliament square, …'), while
    each report keeps its text pane."""
    from incident_reader.ui.widgets.compare_table import CompareRow
    from tests.ui.test_snapshots import seed_app

    app = seed_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await _seeds_compared(pilot)
        screen = app.screen
        table = screen.query_one("#compare-table")
        width = table.scrollable_content_region.width - 1
        lines = [
            line.plain
            for row in table.rows  # type: ignore[attr-defined]
            if isinstance(row, CompareRow)
            for line in row.lines(width, table._style_of, app.console)  # type: ignore[attr-defined]
        ]
        shown = "\n".join(lines)
        assert "parliament square, westminster " in shown, shown
        assert "exhibition road, south kensington" in shown, shown
        for pane in ("#compare-a", "#compare-b"):
            assert screen.query_one(pane).size.width >= 30, pane
