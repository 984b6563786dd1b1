"""SVG snapshots of the reader's main views on the fixed fixture corpus (not the seeds)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import Input

from tests.ui.conftest import fixture_app, settle

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
