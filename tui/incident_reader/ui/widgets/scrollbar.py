"""A vertical scrollbar that redraws only when its thumb moves on screen."""

from __future__ import annotations

from textual.reactive import Reactive
from textual.scrollbar import ScrollBar
from textual.widget import Widget

from incident_reader.ui.widgets.same_rows import draw_same_rows_once


class QuietScrollBar(ScrollBar):
    """Textual's scrollbar redraws on every scroll; over a long text most scrolls move no cell."""

    position: Reactive[float] = Reactive(0, repaint=False)

    def watch_position(self, old: float, new: float) -> None:
        if self._thumb(old) != self._thumb(new):
            self.refresh()

    def _thumb(self, position: float) -> int:
        """Where the thumb starts, in eighths of a cell, as ScrollBarRender draws it."""
        size = self.size.height if self.vertical else self.size.width
        virtual = self.window_virtual_size
        window = self.window_size if self.window_size < virtual else 0
        if not (window and size and virtual and size != virtual):
            return 0
        thumb = max(1.0, window / (virtual / size))
        return int((size - thumb) * (position / (virtual - window)) * 8)


class QuietScrolling(Widget):
    """Mixin for a scrolling widget: its vertical scrollbar is a QuietScrollBar."""

    @property
    def vertical_scrollbar(self) -> ScrollBar:
        """The vertical scrollbar, created on first use as Textual's own is."""
        if self._vertical_scrollbar is not None:
            return self._vertical_scrollbar
        self._vertical_scrollbar = scroll_bar = QuietScrollBar(
            vertical=True, name="vertical", thickness=self.scrollbar_size_vertical
        )
        draw_same_rows_once(scroll_bar)  # its track's rows are alike
        scroll_bar.display = False
        self.app._start_widget(self, scroll_bar)
        return scroll_bar
