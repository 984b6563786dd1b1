"""Word-wrap text into visual lines given as (start, end) offsets: offsets map to lines exactly."""

from __future__ import annotations

import re
from bisect import bisect_right

from rich.cells import get_character_cell_size

# Characters that are surely one cell wide: a paragraph made only of these wraps by counting.
_NARROW = re.compile(
    r"[\x20-\x7e\u00a0-\u036f\u0370-\u052f\u2000-\u206f\u20a0-\u20cf\u2400-\u2426]*"
)


def wrap(text: str, width: int) -> list[tuple[int, int]]:
    """Visual lines of `text` at `width` cells: greedy on spaces, hard breaks for long words."""
    width = max(1, width)
    lines: list[tuple[int, int]] = []
    pos = 0
    size = len(text)
    while True:
        nl = text.find("\n", pos)
        stop = size if nl < 0 else nl
        if _NARROW.fullmatch(text, pos, stop):
            _wrap_narrow(text, pos, stop, width, lines)
        else:
            _wrap_wide(text, pos, stop, width, lines)
        if nl < 0:
            return lines
        pos = nl + 1


def _wrap_narrow(text: str, pos: int, stop: int, width: int, lines: list[tuple[int, int]]) -> None:
    while stop - pos > width:
        brk = text.rfind(" ", pos, pos + width + 1)
        if brk <= pos:
            lines.append((pos, pos + width))
            pos += width
        else:
            lines.append((pos, brk))
            pos = brk + 1
    lines.append((pos, stop))


def _wrap_wide(text: str, pos: int, stop: int, width: int, lines: list[tuple[int, int]]) -> None:
    start, cells, last_space = pos, 0, -1
    i = pos
    while i < stop:
        char = text[i]
        size = get_character_cell_size(char)
        if cells + size > width and i > start:
            if char == " ":
                lines.append((start, i))
                start, cells, last_space = i + 1, 0, -1
                i += 1
                continue
            if last_space > start:
                lines.append((start, last_space))
                start = last_space + 1
            else:
                lines.append((start, i))
                start = i
            cells = sum(get_character_cell_size(c) for c in text[start:i])
            last_space = -1
        if char == " ":
            last_space = i
        cells += size
        i += 1
    lines.append((start, stop))


def line_of(starts: list[int], offset: int) -> int:
    """The index of the visual line holding `offset`, given each line's start offset."""
    return max(0, bisect_right(starts, offset) - 1)
