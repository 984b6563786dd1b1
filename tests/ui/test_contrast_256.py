"""On a 256-colour terminal (macOS Terminal, tmux and screen by default) every word still reads
at 4.5:1: the terminal draws the palette colour nearest each style's, and that rounding cost
pairs that read at 4.5:1 in true colour up to half their contrast (the footer's keys 3.8:1, the
facts' 'dates' counts 4.2:1 in textual-light, seen in tmux)."""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.color import Color as RichColor
from rich.color import ColorSystem

from tests.ui.conftest import settle
from tests.ui.contrast import WCAG_AA_TEXT, contrast, rendered_cells, words
from tests.ui.test_contrast import THEMES, _marked_app

VIEWS_256: list[tuple[str, tuple[str, ...]]] = [
    ("timeline", ("j", "v", "j", "x", "j")),
    ("facts", ("t", "v", "j")),
    ("compare", ("c",)),
]


def _on_palette(rgb: tuple[int, int, int]) -> tuple[int, int, int]:
    triplet = RichColor.from_rgb(*rgb).downgrade(ColorSystem.EIGHT_BIT).get_truecolor()
    return triplet.red, triplet.green, triplet.blue


@pytest.mark.parametrize(("view", "keys"), VIEWS_256, ids=[v for v, _ in VIEWS_256])
async def test_every_word_reads_on_a_256_colour_terminal(
    tmp_path: Path, view: str, keys: tuple[str, ...]
) -> None:
    app = _marked_app(tmp_path)
    app.console._color_system = ColorSystem.EIGHT_BIT  # as Textual finds it under TERM=screen
    failures: list[str] = []
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        for key in keys:
            await pilot.press(key)
            await pilot.pause()
        await settle(pilot)
        for theme in THEMES:
            app.theme = theme
            await pilot.pause()
            await pilot.pause()
            bad = [
                (cell, ratio)
                for cell in rendered_cells(app)
                if words(cell) and cell.fg is not None and cell.bg is not None
                for ratio in [contrast(_on_palette(cell.fg), _on_palette(cell.bg))]
                if ratio < WCAG_AA_TEXT
            ]
            if bad:
                cell, ratio = min(bad, key=lambda b: b[1])
                failures.append(f"{theme}: {len(bad)} cells, worst {cell} {ratio:.2f}:1")
    assert not failures, "\n".join(failures)
