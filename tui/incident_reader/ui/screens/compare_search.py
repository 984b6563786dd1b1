"""Search in the comparison view (/ n N), and a word for the reader's keys that mean nothing here.

Without it, `/` did nothing in the comparison and the word typed after it ran as keys: "silver"
showed conflicts only (s), then marked the row inconclusive (i) and verified (v) in both reports.
The search looks in the report pane last focused (A when the table has the focus).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.binding import Binding
from textual.screen import Screen

from incident_reader.ui.search import TextSearch

if TYPE_CHECKING:
    from textual.widget import Widget
    from textual.widgets import Input

    from incident_reader.ui.widgets.compare_source import CompareSourceView

# The reader's keys that have no meaning beside two reports: (key, what it does in the reader).
READER_ONLY: tuple[tuple[str, str, str], ...] = (
    ("o", "o", "the orphaned marks"),
    ("d", "d", "setting a report's date"),
    ("t", "t", "the facts or the timeline"),
    ("r", "r", "reloading marks and reports"),
    ("E", "E", "the export"),
    ("left_square_bracket", "[", "the previous report; here a / b pick the reports"),
    ("right_square_bracket", "]", "the next report; here a / b pick the reports"),
)

SEARCH_BINDINGS: tuple[Binding, ...] = (
    Binding(
        "slash",
        "search",
        "Search",
        key_display="/",
        id="compare.search",
        tooltip="Search the text of the report pane last focused",
    ),  # fmt: skip
    Binding(
        "n",
        "search_next",
        "Next hit",
        show=False,
        id="compare.search_next",
        tooltip="Next search hit",
    ),  # fmt: skip
    Binding(
        "N",
        "search_previous",
        "Prev hit",
        show=False,
        id="compare.search_previous",
        tooltip="Previous search hit",
    ),  # fmt: skip
    *(
        Binding(
            key, f"reader_only({shown!r}, {what!r})", show=False, id=f"compare.reader_only_{n}"
        )  # fmt: skip
        for n, (key, shown, what) in enumerate(READER_ONLY)
    ),
)


class CompareSearchMixin(Screen[None]):
    """`/` opens a search bar over the footer; enter finds, n / N step, escape closes the bar."""

    if TYPE_CHECKING:

        @property
        def view_a(self) -> CompareSourceView: ...

        @property
        def view_b(self) -> CompareSourceView: ...

    compare_search: TextSearch | None = None
    _search_view: CompareSourceView | None = None
    _search_return: Widget | None = None

    async def action_search(self) -> None:
        from textual.widgets import Input

        self._search_return = self.focused
        self._search_view = self.view_b if self.focused is self.view_b else self.view_a
        holder = self.query_one("#compare-search-bar")
        bar = next(holder.query("#compare-search").results(Input), None)
        if bar is None:
            placeholder = "Search the report's text (enter to find, escape to close)"
            bar = Input(placeholder=placeholder, id="compare-search")
            await holder.mount(bar)
        holder.display = True
        bar.value = self.compare_search.term if self.compare_search else ""
        bar.focus()

    def search_bar_open(self) -> bool:
        """Whether the search bar is shown (escape then closes it, not the comparison)."""
        return bool(self.query_one("#compare-search-bar").display)

    def close_search_bar(self) -> None:
        self.query_one("#compare-search-bar").display = False
        (self._search_return or self.view_a).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id != "compare-search":
            return
        event.stop()
        self.close_search_bar()
        view = self._search_view or self.view_a
        search = self.compare_search = TextSearch()
        hit = search.run(view.text, event.value, view.viewport()[0])
        view.set_layer("search", search.hits)
        self._show_search_hit(hit)
        if hit is None and event.value:
            self.notify(f"No match for {event.value!r}", severity="warning", markup=False)
        elif hit is not None:
            self.notify(f"Search: {search.status()}", timeout=2, markup=False)

    def _show_search_hit(self, hit: tuple[int, int] | None) -> None:
        view = self._search_view or self.view_a
        view.set_layer("search-current", [hit] if hit else [])
        if hit:
            view.scroll_to_span(*hit)

    def action_search_next(self) -> None:
        self._step_search(1)

    def action_search_previous(self) -> None:
        self._step_search(-1)

    def _step_search(self, delta: int) -> None:
        hit = self.compare_search.step(delta) if self.compare_search else None
        if hit is None or self.compare_search is None:
            self.notify("No search: press / first", markup=False)
            return
        self._show_search_hit(hit)
        self.notify(f"Search: {self.compare_search.status()}", timeout=2, markup=False)

    def clear_search(self) -> None:
        """Forget the search and its highlights (leaving the comparison, or new reports shown)."""
        for view in (self.view_a, self.view_b):
            view.set_layer("search", [])
            view.set_layer("search-current", [])
        self.compare_search = None

    def action_reader_only(self, key: str, what: str) -> None:
        self.notify(f"{key} works in the reader, not in the comparison ({what}); escape goes back",
                    severity="warning", markup=False)  # fmt: skip
