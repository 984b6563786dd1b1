"""Rows of a widget that show the same content are decorated once per frame, not once each.

Textual draws every widget row by row through its ``StylesCache``: each row's content gets the
widget's padding, border sides, opacity and tint, then a new ``Strip`` per line filter, then the
compositor divides it at the screen's cuts. A first frame of the reader is about 320 such rows,
most of them alike: the blank rows under a short list, a scrollbar's track, a bordered pane's
sides. ``SameRows`` hands back the strip it already made this frame for a content row whose
segments equal an earlier one's: the same object, so the line filters' and the compositor's
per-strip caches serve it too. Border, outline and padding rows (which depend on where they are)
are drawn as Textual draws them. Nothing drawn changes (tested cell for cell).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from textual._styles_cache import StylesCache
from textual.strip import Strip
from textual.widget import Widget

if TYPE_CHECKING:
    from textual.css.styles import StylesBase
    from textual.geometry import Size


class SameRows(StylesCache):
    """A ``StylesCache`` that draws each distinct content row once per ``render`` call."""

    def __init__(self) -> None:
        super().__init__()
        self._rows: dict[tuple[object, ...], Strip] = {}
        # [first, end) of the rows between the edges, and the first content row (gutter's top)
        self._content_rows: tuple[int, int, int] | None = None

    def render(self, styles: StylesBase, size: Size, *args: Any, **kwargs: Any) -> list[Strip]:
        # The styles, size and colours are fixed within one call: so are the edge rows.
        gutter = styles.gutter
        (outline_top, _), _, (outline_bottom, _), _ = styles.outline
        first = max(gutter.top, 1 if outline_top else 0)
        end = size.height - max(gutter.bottom, 1 if outline_bottom else 0)
        self._rows = {}
        self._content_rows = (first, end, gutter.top)
        try:
            return super().render(styles, size, *args, **kwargs)
        finally:
            self._rows = {}
            self._content_rows = None

    def render_line(
        self, styles: StylesBase, y: int, size: Size, content_size: Size, *rest: Any
    ) -> Strip:
        bounds = self._content_rows
        if bounds is None or not bounds[0] <= y < bounds[1]:  # an edge row: where it is matters
            return super().render_line(styles, y, size, content_size, *rest)
        content_y = y - bounds[2]
        content: Strip | None = None
        key: tuple[object, ...] = ()  # below the content: a blank row
        if content_y < content_size.height:
            content = rest[3](content_y)  # render_content_line
            key = (content.cell_length, *content)
        try:
            strip = self._rows.get(key)
        except TypeError:  # a segment with unhashable control codes: drawn, not kept
            strip, keep = None, False
        else:
            keep = True
        if strip is None:
            if content is not None:  # drawn from the content already rendered
                made = content
                rest = (*rest[:3], lambda _y: made, *rest[4:])
            strip = super().render_line(styles, y, size, content_size, *rest)
            if keep:
                self._rows[key] = strip
        return strip


def draw_same_rows_once(widget: Widget) -> None:
    """Give ``widget`` a ``SameRows`` styles cache (call before it is first drawn)."""
    widget._styles_cache = SameRows()
