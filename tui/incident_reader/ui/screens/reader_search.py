"""The reader screen's search in the text (/ n N escape), kept apart from navigation."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.screen import Screen

if TYPE_CHECKING:
    from textual.widget import Widget
    from textual.widgets import Input

    from incident_reader.ui.search import TextSearch
    from incident_reader.ui.widgets.row_list import RowList
    from incident_reader.ui.widgets.source_view import SourceView


class SearchMixin(Screen[None]):
    """Search the open report's text: a bar made on the first search, hits highlighted."""

    if TYPE_CHECKING:
        search: TextSearch
        _return_focus: Widget | None

        @property
        def source(self) -> SourceView: ...

        @property
        def side_list(self) -> RowList: ...

        def _update_header(self) -> None: ...

    async def action_search(self) -> None:
        from textual.widgets import Input  # not needed until the first search: start-up is quicker

        self._return_focus = self.focused
        holder = self.query_one("#search-bar")
        bars = holder.query("#search").results(Input)
        bar = next(bars, None)
        if bar is None:
            bar = Input(placeholder="Search the text (enter to find, escape to close)", id="search")
            await holder.mount(bar)
        holder.display = True
        bar.value = self.search.term
        bar.focus()

    def _close_search(self) -> None:
        self.query_one("#search-bar").display = False
        (self._return_focus or self.side_list).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id != "search":
            return
        event.stop()
        self._close_search()
        self.run_search(event.value)

    def run_search(self, term: str) -> None:
        """Find every case-insensitive occurrence and go to the first one at or after the view."""
        hit = self.search.run(self.source.text, term, self.source.viewport()[0])
        self.source.set_layer("search", self.search.hits)
        self._show_hit(hit)
        if hit is None and term:
            self.notify(f"No match for {term!r}", severity="warning", markup=False)

    def _show_hit(self, hit: tuple[int, int] | None) -> None:
        self.source.set_layer("search-current", [hit] if hit else [])
        if hit:
            self.source.scroll_to_span(*hit)
        self._update_header()

    def action_search_next(self) -> None:
        self._step_search(1)

    def action_search_previous(self) -> None:
        self._step_search(-1)

    def _step_search(self, delta: int) -> None:
        hit = self.search.step(delta)
        if hit is None:
            self.notify("No search: press / first", markup=False)
            return
        self._show_hit(hit)

    def action_escape(self) -> None:
        if self.query_one("#search-bar").display:
            self._close_search()
            return
        self.search.clear()
        self.source.set_layer("search", [])
        self._show_hit(None)
