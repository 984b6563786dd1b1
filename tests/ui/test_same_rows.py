"""Rows drawn once per frame (ui.widgets.same_rows) are the rows Textual draws, cell for cell,
whatever the border, padding, outline or title; equal rows share one strip."""

from __future__ import annotations

import pytest
from textual._styles_cache import StylesCache
from textual.app import App, ComposeResult
from textual.containers import Vertical
from textual.geometry import Region
from textual.strip import Strip
from textual.widget import Widget
from textual.widgets import Static

from incident_reader.ui.widgets.same_rows import SameRows, draw_same_rows_once
from tests.ui.conftest import fixture_app, settle

CSS = """
#plain { height: 6; }
#boxed { height: 8; border: round red; border-title-color: yellow; }
#padded { height: 9; padding: 2 3 1 2; border: heavy blue; background: $panel; }
#outlined { height: 7; outline: solid green; }
#lined { height: 10; border-left: thick white; border-bottom: ascii white; padding: 0 1; }
#hatched { height: 5; hatch: cross $accent 40%; border: round white; }
"""
IDS = ("plain", "boxed", "padded", "outlined", "lined", "hatched")


class Rows(App[None]):
    CSS = CSS

    def compose(self) -> ComposeResult:
        yield Static("one\n\nthree\nthree\n", id="plain")
        boxed = Vertical(id="boxed")
        boxed.border_title = "Title"
        boxed.border_subtitle = "sub"
        with boxed:
            yield Static("inside")
        yield Static("a\na\na\nb\n\n\na", id="padded")
        yield Vertical(id="outlined")  # alike rows: the outline rows must not be shared
        yield Static("same\nsame\nsame", id="lined")
        yield Static("h\n\n", id="hatched")


def _draw(widget: Widget, cache: StylesCache) -> list[Strip]:
    widget._styles_cache = cache
    width, height = widget.size
    return widget.render_lines(Region(0, 0, width, height))


@pytest.mark.parametrize("widget_id", IDS)
async def test_same_rows_draw_what_textual_draws(widget_id: str) -> None:
    app = Rows()
    async with app.run_test(size=(40, 60)) as pilot:
        await pilot.pause()
        widget = app.query_one(f"#{widget_id}")
        textual = _draw(widget, StylesCache())
        ours = _draw(widget, SameRows())
        assert [list(strip) for strip in ours] == [list(strip) for strip in textual]
        assert [strip.cell_length for strip in ours] == [strip.cell_length for strip in textual]
        cropped = widget.render_lines(Region(1, 2, widget.size.width - 2, 3))
        widget._styles_cache = StylesCache()
        expected = widget.render_lines(Region(1, 2, widget.size.width - 2, 3))
        assert [list(strip) for strip in cropped] == [list(strip) for strip in expected]


async def test_equal_rows_share_one_strip() -> None:
    app = Rows()
    async with app.run_test(size=(40, 60)) as pilot:
        await pilot.pause()
        widget = app.query_one("#boxed")
        strips = _draw(widget, SameRows())
        inner = strips[2:-1]  # under the child's row, between the border's top and bottom
        assert len(inner) > 2 and len({id(strip) for strip in inner}) == 1
        assert strips[0] is not strips[-1]  # the top (with its title) and the bottom differ


async def test_reader_panes_draw_what_textual_draws() -> None:
    app = fixture_app()
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        screen = app.screen
        for widget in (screen.query_one("#side"), screen.query_one("#reports")):
            assert isinstance(widget._styles_cache, SameRows)
            ours = _draw(widget, SameRows())
            textual = _draw(widget, StylesCache())
            assert [list(strip) for strip in ours] == [list(strip) for strip in textual]
            draw_same_rows_once(widget)
