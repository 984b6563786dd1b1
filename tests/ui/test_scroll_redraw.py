"""Scrolling a long text redraws the scrollbar only when its thumb moves, yet keeps it exact."""

from __future__ import annotations

from typing import Any

import pytest
from textual.app import App, ComposeResult

from incident_reader.ui.widgets.scrollbar import QuietScrollBar
from incident_reader.ui.widgets.source_view import SourceView


class _Long(App[None]):
    def compose(self) -> ComposeResult:
        yield SourceView(id="source")


async def test_a_line_of_scroll_leaves_the_scrollbar_alone_until_the_thumb_moves(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    app = _Long()
    async with app.run_test(size=(60, 20)) as pilot:
        source = app.query_one(SourceView)
        source.set_text("\n".join(f"line {n}" for n in range(5000)))
        source.focus()
        for _ in range(3):  # the layout after set_text redraws the bar once; let it happen first
            await pilot.pause(0.05)
        bar = source.vertical_scrollbar
        assert isinstance(bar, QuietScrollBar)
        redraws: list[float] = []
        original = bar.refresh

        def counting(*args: Any, **kwargs: Any) -> QuietScrollBar:
            redraws.append(bar.position)
            return original(*args, **kwargs)

        monkeypatch.setattr(bar, "refresh", counting)
        await pilot.press("j")
        await pilot.pause()
        assert source.scroll_y == 1 and bar.position == 1  # the position itself stays exact
        assert redraws == []  # 5,000 lines in 20 rows: one line moves the thumb no eighth-cell
        await pilot.press("pagedown", "pagedown", "pagedown", "pagedown", "pagedown")
        await pilot.pause()
        assert redraws  # about 95 lines down: the thumb has moved, so it is drawn again
        assert bar._thumb(bar.position) > bar._thumb(1)
