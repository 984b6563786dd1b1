"""A virtualised list of multi-line rows with a cursor and an "in view" mark (Line API)."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence
from typing import ClassVar

from rich.console import Console
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.cache import LRUCache
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from incident_reader.ui.component_styles import LazyComponentStyles
from incident_reader.ui.marks import MARK_COMPONENTS
from incident_reader.ui.styling import component_style
from incident_reader.ui.widgets.same_rows import draw_same_rows_once
from incident_reader.ui.widgets.scrollbar import QuietScrolling
from incident_reader.ui.widgets.virtual_size import set_virtual_size

StyleOf = Callable[[str], Style]


class Row:
    """One entry of a RowList: how it draws at a width, and the report span it stands for."""

    selectable: bool = True
    span: tuple[int, int] | None = None

    def height(self, width: int) -> int:
        """How many lines the row takes at `width`: cheap, as it is asked of every row."""
        return 1

    def lines(self, width: int, style_of: StyleOf, console: Console) -> list[Text]:
        """The row's lines at `width` cells; `style_of` maps a component class to its style."""
        raise NotImplementedError


class TextRow(Row):
    """A row of fixed text: headers, notices and placeholders."""

    def __init__(self, text: str, component: str, selectable: bool = False) -> None:
        self.text = text
        self.component = component
        self.selectable = selectable

    def lines(self, width: int, style_of: StyleOf, console: Console) -> list[Text]:
        line = Text(self.text, style=style_of(self.component), end="")
        line.truncate(width, overflow="ellipsis")
        return [line]


class RowList(LazyComponentStyles, ScrollView, QuietScrolling, can_focus=True):
    """Rows of several lines each, virtualised: only the lines on screen are drawn."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "row-list--cursor",
        "row-list--cursor-blurred",
        "row-list--in-view",
        "row-list--gutter",
        "row-list--header",
        "row-list--subheader",
        "row-list--dim",
        "row-list--time",
        "row-list--words",
        "row-list--warning",
        "row-list--background",
        "row-list--conflict",
        "row-list--note",
        *MARK_COMPONENTS,
    }
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "j,down", "cursor_down", "Move", key_display="j/k", id="list.down", tooltip="Next entry"
        ),
        Binding("k,up", "cursor_up", "Up", show=False, id="list.up", tooltip="Previous entry"),
        Binding("home", "first", "First", show=False, id="list.first"),
        Binding("end", "last", "Last", show=False, id="list.last"),
        Binding("pageup", "page_up_rows", "Page up", show=False, id="list.page_up"),
        Binding("pagedown", "page_down_rows", "Page down", show=False, id="list.page_down"),
        Binding(
            "enter", "select", "Source", show=False, id="list.select", tooltip="Jump to the source"
        ),
    ]

    cursor: reactive[int] = reactive(-1, init=False, always_update=True)

    class Highlighted(Message):
        """The cursor moved to a row."""

        def __init__(self, row_list: RowList, index: int) -> None:
            self.row_list = row_list
            self.index = index
            super().__init__()

        @property
        def control(self) -> RowList:
            return self.row_list

    class Selected(Message):
        """A row was chosen (enter or a double click)."""

        def __init__(self, row_list: RowList, index: int) -> None:
            self.row_list = row_list
            self.index = index
            super().__init__()

        @property
        def control(self) -> RowList:
            return self.row_list

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:  # noqa: A002
        super().__init__(id=id, classes=classes)
        draw_same_rows_once(self)  # the blank rows under the list, drawn once a frame
        self.rows: list[Row] = []
        self.in_view: frozenset[int] = frozenset()
        self._first_line: list[int] = []  # the first screen line of each row
        self._total_lines = 0
        self._layout_width = -1
        self._generation = 0  # bumped when rows or styles change, so cached lines are redrawn
        self._lines_cache: LRUCache[tuple[int, int, int], list[Text]] = LRUCache(512)
        # Finished strips per (row, line in row, state, width, generation): a scroll that only
        # moves the cursor or the in-view marks redraws from here, not through rich.
        self._strips: LRUCache[tuple[int, int, str, int, int], Strip] = LRUCache(2048)
        self._styles: LRUCache[tuple[str, int], Style] = LRUCache(128)
        self._base: tuple[int, Style] | None = None  # rich_style per generation (it walks the DOM)

    # -- content -------------------------------------------------------------------------------

    def set_rows(
        self, rows: Sequence[Row], cursor: int | None = None, keep_scroll: bool = False
    ) -> None:
        """Replace every row; the cursor goes to `cursor` or the first selectable row."""
        self.rows = list(rows)
        self.in_view = frozenset()
        self._generation += 1
        self._layout_width = -1
        self._relayout()
        if not keep_scroll:
            self.scroll_to(y=0, animate=False)
        target = cursor if cursor is not None else self._step(-1, 1)
        self.set_reactive(RowList.cursor, -1)
        if target is not None and 0 <= target < len(self.rows):
            self.cursor = target

    def replace_row(self, index: int, row: Row) -> None:
        """Redraw one row in place (e.g. a report whose counts arrived)."""
        self.rows[index] = row
        self._generation += 1
        self._layout_width = -1
        self._relayout()

    def set_in_view(self, indexes: frozenset[int]) -> None:
        """Mark the rows whose report spans are on screen in the source view."""
        if indexes != self.in_view:
            changed = indexes ^ self.in_view
            self.in_view = indexes
            if len(changed) > 32:
                self.refresh()
            else:
                for index in changed:
                    self.refresh_row(index)

    def refresh_row(self, index: int) -> None:
        """Redraw the lines of one row (its state changed, not its text)."""
        if 0 <= index < len(self._first_line):
            top = self._first_line[index]
            end = (
                self._first_line[index + 1]
                if index + 1 < len(self._first_line)
                else self._total_lines
            )
            self.refresh_lines(top, end - top)

    def all_rows(self) -> list[Row]:
        """Every row, shown or folded away (a list with folds adds the hidden ones)."""
        return self.rows

    @property
    def current(self) -> Row | None:
        """The row under the cursor, if any."""
        return self.rows[self.cursor] if 0 <= self.cursor < len(self.rows) else None

    def _relayout(self) -> None:
        width = self.scrollable_content_region.width - 1
        if width <= 0:  # not laid out yet, or hidden: on_resize lays the rows out
            # (checked first: a width of 0 gives -1, the "rows changed" mark, and the old rows'
            # lines would stay for the new rows)
            self._first_line, self._total_lines = [], 0
            return
        if width == self._layout_width:
            return
        self._layout_width = width
        first: list[int] = []
        total = 0
        for row in self.rows:  # heights only: lines are drawn when they come on screen
            first.append(total)
            total += max(1, row.height(width))
        self._first_line, self._total_lines = first, total
        set_virtual_size(self, Size(width + 1, total))  # no second layout of the screen
        self.refresh()

    def _row_at(self, line: int) -> int:
        return bisect_right(self._first_line, line) - 1

    def _row_lines(self, index: int) -> list[Text]:
        """A row's drawn lines, exactly as many as its height, cached per generation."""
        width = self._layout_width
        key = (index, width, self._generation)
        lines = self._lines_cache.get(key)
        if lines is None:
            row = self.rows[index]
            height = max(1, row.height(width))
            lines = row.lines(width, self._style_of, self.app.console)[:height]
            lines += [Text("", end="") for _ in range(height - len(lines))]
            self._lines_cache[key] = lines
        return lines

    def _style_of(self, component: str) -> Style:
        # CSS alpha blended over the real background (see ui.styling), once per style generation.
        key = (component, self._generation)
        style = self._styles.get(key)
        if style is None:
            style = component_style(self, f"row-list--{component}")
            self._styles[key] = style
        return style

    def on_resize(self, event: events.Resize) -> None:
        self._relayout()
        if 0 <= self.cursor < len(self._first_line):
            self.show_row(self.cursor)

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._generation += 1

    # -- drawing -------------------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        """Draw one screen line: a gutter mark and the row's text over its state's background."""
        width = self.scrollable_content_region.width
        if width - 1 != self._layout_width:  # a scrollbar came or went: no resize event says so
            self._relayout()
        index = round(self.scroll_y) + y
        if index >= self._total_lines or not self._first_line:
            return Strip.blank(width, self._base_style())
        row_index = self._row_at(index)
        if row_index == self.cursor:
            state = "cursor" if self.has_focus else "cursor-blurred"
        elif row_index in self.in_view:
            state = "in-view"
        else:
            state = ""
        offset = index - self._first_line[row_index]
        key = (row_index, offset, state, width, self._generation)
        strip = self._strips.get(key)
        if strip is None:
            strip = self._render_row_line(row_index, offset, state, width)
            self._strips[key] = strip
        return strip

    def _base_style(self) -> Style:
        if self._base is None or self._base[0] != self._generation:
            self._base = (self._generation, self.rich_style)
        return self._base[1]

    def _render_row_line(self, row_index: int, offset: int, state: str, width: int) -> Strip:
        base = self._base_style()
        text = self._row_lines(row_index)[offset]
        gutter = " "
        if state:
            base = base + self.get_component_rich_style(f"row-list--{state}")
            gutter = "│" if state == "in-view" else "▌"
        gutter_style = base + self._style_of("gutter")
        segments = [Segment(gutter, gutter_style), *text.render(self.app.console)]
        strip = Strip(segments).apply_style(base).extend_cell_length(width, base)
        return strip.crop(0, width)

    # -- moving --------------------------------------------------------------------------------

    def _step(self, start: int, direction: int) -> int | None:
        index = start + direction
        while 0 <= index < len(self.rows):
            if self.rows[index].selectable:
                return index
            index += direction
        return None

    def watch_cursor(self, old: int, new: int) -> None:
        self.refresh_row(old)
        self.refresh_row(new)
        if 0 <= new < len(self.rows):
            self.show_row(new)
            self.post_message(self.Highlighted(self, new))

    def show_row(self, index: int) -> None:
        """Scroll just enough that the row is on screen, with the headings just above it."""
        self.show_rows(index, index)

    def show_rows(self, first: int, last: int) -> None:
        """Scroll just enough that rows ``first``..``last`` are on screen (the first if they do
        not all fit), and the headings (rows that cannot be selected) just above them if room."""
        if not self._first_line:
            return
        height = max(1, self.scrollable_content_region.height)
        end = self._line_after(last)
        top = self._first_line[first]
        too_many = end - top > height
        if too_many:  # the first at the top, as many of the next as fit below it
            end = min(self._line_after(first), top + height)
        above = first
        while above > 0 and not self.rows[above - 1].selectable:
            if end - self._first_line[above - 1] > height:
                break
            above -= 1
        top = self._first_line[above]
        if too_many:  # a region a screen high: the minimal scroll puts its top on the first line
            end = top + height
        self.scroll_to_region(Region(0, top, 1, end - top), animate=False, force=True)

    def _line_after(self, index: int) -> int:
        """The first screen line after row ``index``."""
        return (
            self._first_line[index + 1] if index + 1 < len(self._first_line) else self._total_lines
        )

    def action_cursor_down(self) -> None:
        target = self._step(self.cursor, 1)
        if target is not None:
            self.cursor = target

    def action_cursor_up(self) -> None:
        target = self._step(self.cursor, -1)
        if target is not None:
            self.cursor = target

    def action_first(self) -> None:
        target = self._step(-1, 1)
        if target is not None:
            self.cursor = target

    def action_last(self) -> None:
        target = self._step(len(self.rows), -1)
        if target is not None:
            self.cursor = target
        self.scroll_end(animate=False, force=True)  # the rows after it too (a folded heading)

    def action_page_down_rows(self) -> None:
        self._jump(1)

    def action_page_up_rows(self) -> None:
        self._jump(-1)

    def _jump(self, direction: int) -> None:
        """Move about a third of a screen of rows in one step (one message, not dozens)."""
        target = self.cursor
        for _ in range(max(1, self.size.height // 3)):
            step = self._step(target, direction)
            if step is None:
                break
            target = step
        if target != self.cursor:
            self.cursor = target

    def action_select(self) -> None:
        if self.current is not None:
            self.post_message(self.Selected(self, self.cursor))

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None:
            return
        line = offset.y + round(self.scroll_y)
        if 0 <= line < self._total_lines and self._first_line:
            row_index = self._row_at(line)
            if self.rows[row_index].selectable:
                self.cursor = row_index
                if event.chain >= 2:
                    self.action_select()

    def on_focus(self) -> None:
        self.refresh()

    def on_blur(self) -> None:
        self.refresh()
