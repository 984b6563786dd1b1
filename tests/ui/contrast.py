"""WCAG contrast of the cells the app sends to the terminal (the compositor's output)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from rich.color import Color as RichColor
from rich.segment import Segment
from rich.style import Style
from textual._compositor import LayoutUpdate
from textual.app import App
from textual.geometry import Region

WCAG_AA_TEXT = 4.5
# Themes whose colours are the terminal's own (ANSI): their contrast is the terminal's to set.
TERMINAL_THEMES = frozenset({"ansi-dark", "ansi-light", "textual-ansi"})


def _channel(value: int) -> float:
    v = value / 255
    return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4


def luminance(rgb: tuple[int, int, int]) -> float:
    """WCAG relative luminance of an sRGB colour."""
    r, g, b = rgb
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast(a: tuple[int, int, int], b: tuple[int, int, int]) -> float:
    """WCAG contrast ratio, from 1 (same colour) to 21 (black on white)."""
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@dataclass(frozen=True)
class Cell:
    """One terminal cell as drawn: where, which character, its text and background colours."""

    x: int
    y: int
    char: str
    fg: tuple[int, int, int] | None
    bg: tuple[int, int, int] | None

    @property
    def ratio(self) -> float:
        """The cell's contrast (1.0 when a colour is missing: the terminal would pick it)."""
        if self.fg is None or self.bg is None:
            return 1.0
        return contrast(self.fg, self.bg)


def _rgb(color: RichColor | None) -> tuple[int, int, int] | None:
    if color is None or color.is_default:
        return None
    triplet = color.get_truecolor()
    return triplet.red, triplet.green, triplet.blue


def _colours(style: Style) -> tuple[tuple[int, int, int] | None, tuple[int, int, int] | None]:
    fg, bg = _rgb(style.color), _rgb(style.bgcolor)
    if style.reverse:
        fg, bg = bg, fg
    if style.dim and fg is not None and bg is not None:  # terminals draw dim text at about half
        fg = (
            (fg[0] + bg[0]) // 2,
            (fg[1] + bg[1]) // 2,
            (fg[2] + bg[2]) // 2,
        )
    return fg, bg


def rendered_cells(app: App[Any]) -> Iterator[Cell]:
    """Every cell of the screen as the compositor sends it to the terminal."""
    update = app.screen._compositor.render_update(full=True, screen_stack=app._background_screens)
    assert isinstance(update, LayoutUpdate)
    for y, line in enumerate(update.strips):
        x = 0
        for strip in line:
            for segment in strip:
                text, style, control = segment
                if control:
                    continue
                fg, bg = _colours(style or Style())
                for char in text:
                    yield Cell(x, y, char, fg, bg)
                    x += Segment(char).cell_length


def words(cell: Cell) -> bool:
    """A cell that carries words (a letter or digit), not a border, bar or symbol."""
    return cell.char.isalnum()


def illegible(app: App[Any], region: Region | None = None) -> list[Cell]:
    """The word cells (inside ``region``, if given) below WCAG AA's 4.5:1."""
    return [
        cell
        for cell in rendered_cells(app)
        if words(cell)
        and (region is None or region.contains(cell.x, cell.y))
        and cell.ratio < WCAG_AA_TEXT
    ]


def describe(app: App[Any], cells: list[Cell]) -> str:
    """The failing cells as readable runs: 'y=3 x=10..17 "Analysing" 2.1:1'."""
    lines: dict[int, list[Cell]] = {}
    for cell in cells:
        lines.setdefault(cell.y, []).append(cell)
    out = []
    for y, row in sorted(lines.items()):
        run = "".join(c.char for c in row)
        worst = min(c.ratio for c in row)
        out.append(
            f"y={y} x={row[0].x}..{row[-1].x} {run[:40]!r} {worst:.2f}:1 {row[0].fg}/{row[0].bg}"
        )
    return "\n".join(out)
