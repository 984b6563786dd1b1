"""The ANSI themes too: where text and its ground are both among the terminal's 16 colours, the
word reads at 4.5:1 on xterm's palette. The contrast tests left these themes to the terminal
(their colours have no RGB in the styles, so the cells were never measured), and ansi-light drew
the selected report's date green on the magenta cursor (2.2:1) and the comparison's selected row
cyan on magenta (2.4:1); ansi-dark drew that date green on green (1:1)."""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.color import Color as RichColor
from rich.style import Style

from tests.ui.conftest import settle
from tests.ui.contrast import contrast
from tests.ui.test_contrast import VIEWS, _marked_app, _region

XTERM = (
    (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205),
    (0, 205, 205), (229, 229, 229), (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0),
    (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
)  # fmt: skip
ANSI_THEMES = ("ansi-light", "ansi-dark")


def _sixteen(color: RichColor | None) -> tuple[int, int, int] | None:
    if color is None or color.is_default or color.triplet is not None:
        return None
    number = color.number
    return XTERM[number] if number is not None and number < 16 else None


def _poor(style: Style) -> float | None:
    """The contrast of a cell whose two colours are both of the 16, when under 4.5:1."""
    text, ground = style.color, style.bgcolor
    if style.reverse:
        text, ground = ground, text
    fg, bg = _sixteen(text), _sixteen(ground)
    if fg is None or bg is None:
        return None
    ratio = contrast(fg, bg)
    return ratio if ratio < 4.5 else None


@pytest.mark.parametrize(("view", "keys"), VIEWS[:5], ids=[v for v, _ in VIEWS[:5]])
async def test_every_word_reads_in_the_ansi_themes(
    tmp_path: Path, view: str, keys: tuple[str, ...]
) -> None:
    app = _marked_app(tmp_path)
    failures: list[str] = []
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        for key in keys:
            await pilot.press(key)
            await pilot.pause()
        await settle(pilot)
        if view == "compare":
            await pilot.pause(0.3)
            await settle(pilot)
        for theme in ANSI_THEMES:
            app.theme = theme
            await pilot.pause()
            await pilot.pause()
            region = _region(pilot)
            update = app.screen._compositor.render_update(
                full=True, screen_stack=app._background_screens
            )
            for y, line in enumerate(update.strips):  # type: ignore[union-attr]
                for text, style, control in (seg for strip in line for seg in strip):
                    if control or style is None or not any(c.isalnum() for c in text):
                        continue
                    if region is not None and not region.contains(region.x, y):
                        continue
                    ratio = _poor(style)
                    if ratio is not None:
                        failures.append(f"{theme} y={y} {text.strip()!r} {ratio:.1f}:1")
    assert not failures, "\n".join(failures)
