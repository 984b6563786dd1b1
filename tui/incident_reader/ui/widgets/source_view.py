"""The report's text, word-wrapped and virtualised, with highlight layers addressed by offsets."""

from __future__ import annotations

from bisect import bisect_left
from typing import ClassVar

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.cache import LRUCache
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from incident_reader.core.record import Record
from incident_reader.ui.component_styles import LazyComponentStyles
from incident_reader.ui.literal import visible
from incident_reader.ui.styling import component_style
from incident_reader.ui.widgets.same_rows import draw_same_rows_once
from incident_reader.ui.widgets.scrollbar import QuietScrolling
from incident_reader.ui.widgets.virtual_size import set_virtual_size
from incident_reader.ui.widgets.wrap import line_of, wrap

SMALL_CHANGE = 16  # a layer change touching more spans than this redraws the whole view

# Highlight layers, drawn in this order (later wins); each is a component class in app.tcss.
# Drawn in this order (later ones win): timex underline, the colour of marked items' words, then
# the backgrounds of the highlighted entry's clause, search hits, facts and the current item.
MARK_LAYERS: tuple[str, ...] = ("marked-verified", "marked-disputed", "marked-inconclusive")
LAYERS: tuple[str, ...] = (
    "timex",
    *MARK_LAYERS,
    "clause",
    "search",
    "fact",
    "current",
    "search-current",
)


class Layer(Record):
    """Sorted spans of one highlight kind, with the longest span for bounded look-ups."""

    _fields = ("starts", "spans", "longest")

    def __init__(self, starts: list[int], spans: list[tuple[int, int]], longest: int) -> None:
        self.starts = starts
        self.spans = spans
        self.longest = longest

    @classmethod
    def of(cls, spans: list[tuple[int, int]]) -> Layer:
        ordered = sorted((s, e) for s, e in spans if e > s)
        return cls([s for s, _ in ordered], ordered, max((e - s for s, e in ordered), default=0))

    def overlapping(self, start: int, end: int) -> list[tuple[int, int]]:
        """Spans that overlap [start, end)."""
        out = []
        index = bisect_left(self.starts, start - self.longest)
        while index < len(self.spans) and self.spans[index][0] < end:
            s, e = self.spans[index]
            if e > start:
                out.append((s, e))
            index += 1
        return out


class SourceView(LazyComponentStyles, ScrollView, QuietScrolling, can_focus=True):
    """Report text shown literally; offsets map exactly to wrapped lines and back."""

    LAYERS: ClassVar[tuple[str, ...]] = LAYERS  # a subclass may draw more layers (compare view)
    COMPONENT_CLASSES: ClassVar[set[str]] = {f"source-view--{name}" for name in LAYERS}
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "j,down",
            "line_down",
            "Scroll",
            key_display="j/k",
            id="source.down",
            tooltip="Scroll the text down",
        ),
        Binding("k,up", "line_up", "Up", show=False, id="source.up", tooltip="Scroll the text up"),
        Binding("pagedown,space", "page_down", "Page down", show=False, id="source.page_down"),
        Binding("pageup", "page_up", "Page up", show=False, id="source.page_up"),
        Binding("home", "scroll_home", "Top", show=False, id="source.home"),
        Binding("end", "scroll_end", "End", show=False, id="source.end"),
    ]

    class ViewportChanged(Message):
        """The stretch of text on screen changed; only the newest pending one matters."""

        def __init__(self, source_view: SourceView, start: int, end: int) -> None:
            self.source_view = source_view
            self.start = start
            self.end = end
            super().__init__()

        def can_replace(self, message: Message) -> bool:
            return isinstance(message, SourceView.ViewportChanged)

        @property
        def control(self) -> SourceView:
            return self.source_view

    class Clicked(Message):
        """The user clicked a character of the text."""

        def __init__(self, source_view: SourceView, offset: int) -> None:
            self.source_view = source_view
            self.offset = offset
            super().__init__()

        @property
        def control(self) -> SourceView:
            return self.source_view

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:  # noqa: A002
        super().__init__(id=id, classes=classes)
        draw_same_rows_once(self)  # blank rows after a short text, drawn once a frame
        self.text = ""
        self._shown = ""
        self._lines: list[tuple[int, int]] = [(0, 0)]
        self._starts: list[int] = [0]
        self._wrap_width = -1
        self._layers: dict[str, Layer] = {}
        self._generation = 0
        self._styles: LRUCache[tuple[str, int], Style] = LRUCache(64)
        self._cache: LRUCache[tuple[int, int, int], Strip] = LRUCache(1024)
        self._last_viewport: tuple[tuple[int, int], tuple[int, int]] | None = None
        self._box = Size(0, 0)  # the text's box at the last layout (see _size_updated)
        self._style_generation = 0  # bumped when the CSS styles change (notify_style_update)
        self._base: tuple[int, Style] | None = None  # rich_style per style generation

    # -- content -------------------------------------------------------------------------------

    def set_text(self, text: str) -> None:
        """Show a new text from its top, with no highlights."""
        self.text = text
        self._shown = visible(text)
        self._layers = {}
        self._wrap_width = -1
        self._rewrap(keep=None)
        self.scroll_to(y=0, animate=False)
        self._post_viewport()

    def set_layer(self, name: str, spans: list[tuple[int, int]]) -> None:
        """Replace the spans of one highlight layer (one of LAYERS), redrawing only what changed."""
        new = Layer.of(spans)
        old = self._layers.get(name)
        if old is not None and old.spans == new.spans:
            return
        self._layers[name] = new
        touched = [*(old.spans if old else []), *new.spans]
        if len(touched) > SMALL_CHANGE or self._wrap_width <= 0:
            self._generation += 1
            self.refresh()
            return
        for start, end in touched:  # a few short spans: forget and redraw just their lines
            first, last = self.line_of(start), self.line_of(max(start, end - 1))
            for line in range(first, last + 1):
                self._cache.discard((line, self._wrap_width, self._generation))
            self.refresh_lines(first, last - first + 1)

    def _rewrap(self, keep: int | None) -> None:
        width = self.scrollable_content_region.width
        if width == self._wrap_width:
            return
        if width <= 0:  # not laid out yet: wrapping at one cell would be slow and useless
            self._wrap_width = 0
            self._lines, self._starts = [(0, len(self._shown))], [0]
            return
        self._wrap_width = width
        self._lines = wrap(self._shown, width) or [(0, 0)]
        self._starts = [s for s, _ in self._lines]
        self._generation += 1
        set_virtual_size(self, Size(width, len(self._lines)))  # no second layout of the screen
        if keep is not None:
            self.scroll_to(y=line_of(self._starts, keep), animate=False, immediate=True)
        self.refresh()

    def on_resize(self, event: events.Resize) -> None:
        self._ensure_wrapped()
        self._post_viewport()

    def _size_updated(
        self, size: Size, virtual_size: Size, container_size: Size, layout: bool = True
    ) -> bool:
        """Every layout that changes the text's box says so (Textual's Resize does not always
        come: the text grew by the line the progress bar left, and no Resize told it), so a
        user's scroll after it is never mistaken for the text being laid out again."""
        resized = super()._size_updated(size, virtual_size, container_size, layout)
        box = self.scrollable_content_region.size
        if box != self._box:
            self._box = box
            if self.is_mounted:
                self.call_later(self._relaid)
        return resized

    def _relaid(self) -> None:
        self._ensure_wrapped()
        self._post_viewport()

    def _ensure_wrapped(self) -> None:
        """Re-wrap if the width changed since the last wrap, keeping the top line's text on top."""
        width = self.scrollable_content_region.width
        if width and width != self._wrap_width:
            top = self._lines[min(round(self.scroll_y), len(self._lines) - 1)][0]
            self._rewrap(keep=top)

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._generation += 1
        self._style_generation += 1

    def _base_style(self) -> Style:
        """``rich_style`` (which walks the DOM for the background) once per style generation,
        not for each line drawn: a third of the first frame's text and list lines."""
        if self._base is None or self._base[0] != self._style_generation:
            self._base = (self._style_generation, self.rich_style)
        return self._base[1]

    # -- offsets <-> lines ---------------------------------------------------------------------

    def line_of(self, offset: int) -> int:
        """The wrapped line holding a text offset."""
        self._ensure_wrapped()
        return line_of(self._starts, offset)

    def viewport(self) -> tuple[int, int]:
        """The [start, end) text offsets of the lines on screen."""
        self._ensure_wrapped()
        top = min(round(self.scroll_y), len(self._lines) - 1)
        bottom = min(top + max(1, self.scrollable_content_region.height), len(self._lines)) - 1
        return self._lines[top][0], self._lines[bottom][1]

    def is_visible(self, start: int, end: int) -> bool:
        """Whether the whole span [start, end) is on screen (or its first line, for long spans)."""
        top = round(self.scroll_y)
        height = max(1, self.scrollable_content_region.height)
        first, last = self.line_of(start), self.line_of(max(start, end - 1))
        return top <= first and (last < top + height or last - first >= height)

    @property
    def text_layout(self) -> tuple[int, int]:
        """The width the text is wrapped to and the lines on screen: when these change, the
        viewport moved because the text was laid out again, not because anyone scrolled it."""
        return self._wrap_width, self.scrollable_content_region.height

    def scroll_to_span(self, start: int, end: int) -> None:
        """Bring a span on screen, a third of the way down, unless it is already visible."""
        if not self.scrollable_content_region.height:  # not laid out yet: wait for a size
            self.call_after_refresh(self.scroll_to_span, start, end)
            return
        if self.is_visible(start, end):
            return
        height = max(1, self.scrollable_content_region.height)
        target = max(0, self.line_of(start) - height // 3)
        self.scroll_to(y=target, animate=False, immediate=True)

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        self._post_viewport()

    def _post_viewport(self) -> None:
        if not self.is_mounted:
            return
        span = self.viewport()
        seen = (span, self.text_layout)  # the same words laid out anew are news too
        if seen != self._last_viewport:
            self._last_viewport = seen
            self.post_message(self.ViewportChanged(self, *span))

    # -- drawing -------------------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        """Draw one wrapped line with its highlights; strips are cached per highlight generation."""
        width = self.scrollable_content_region.width
        self._ensure_wrapped()
        index = round(self.scroll_y) + y
        if index >= len(self._lines) or not self.text or self._wrap_width <= 0:
            return Strip.blank(width, self._base_style())
        key = (index, width, self._generation)
        strip = self._cache.get(key)
        if strip is None:
            strip = self._render_text_line(index, width)
            self._cache[key] = strip
        return strip

    def _render_text_line(self, index: int, width: int) -> Strip:
        start, end = self._lines[index]
        base = self._base_style()
        line = Text(self._shown[start:end], style=base, end="", no_wrap=True)
        for name in self.LAYERS:
            layer = self._layers.get(name)
            if layer is None:
                continue
            style = self._style(name)
            for s, e in layer.overlapping(start, end):
                line.stylize(style, max(s, start) - start, min(e, end) - start)
        segments = list(line.render(self.app.console))
        return Strip(segments).apply_style(base).extend_cell_length(width, base).crop(0, width)

    def _style(self, name: str) -> Style:
        # CSS alpha blended over the real background (see ui.styling), once per style generation.
        key = (name, self._generation)
        style = self._styles.get(key)
        if style is None:
            style = component_style(self, f"source-view--{name}")
            self._styles[key] = style
        return style

    def action_line_down(self) -> None:
        self.scroll_to(y=round(self.scroll_y) + 1, animate=False)

    def action_line_up(self) -> None:
        self.scroll_to(y=max(0, round(self.scroll_y) - 1), animate=False)

    def action_page_down(self) -> None:
        height = max(1, self.scrollable_content_region.height - 1)
        self.scroll_to(y=round(self.scroll_y) + height, animate=False)

    def action_page_up(self) -> None:
        height = max(1, self.scrollable_content_region.height - 1)
        self.scroll_to(y=max(0, round(self.scroll_y) - height), animate=False)

    def action_scroll_home(self) -> None:
        self.scroll_to(y=0, animate=False)

    def action_scroll_end(self) -> None:
        self.scroll_to(y=len(self._lines), animate=False)

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None:
            return
        index = offset.y + round(self.scroll_y)
        if 0 <= index < len(self._lines):
            start, end = self._lines[index]
            cells = 0
            for position in range(start, end):
                cells += Segment(self._shown[position]).cell_length
                if cells > offset.x:
                    self.post_message(self.Clicked(self, position))
                    return
