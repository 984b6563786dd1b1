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
