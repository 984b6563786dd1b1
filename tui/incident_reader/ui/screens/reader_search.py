"""The reader screen's search in the text (/ n N escape), kept apart from navigation.

A term this report does not hold is looked for in the others: the notice says how many have it,
and n (N) opens the next (previous) report that does, on its first (last) hit. Past the last (first)
hit of a report, n (N) goes on to the next (previous) report that holds the term, as a reader
reading across reports expects; only when no other report has it does it wrap inside this one."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.screen import Screen

from incident_reader.ui.literal import one_line
from incident_reader.ui.search import search_pattern

if TYPE_CHECKING:
    from textual.widget import Widget
    from textual.widgets import Input

    from incident_reader.ui.search import TextSearch
    from incident_reader.ui.state import ReaderState
    from incident_reader.ui.widgets.row_list import RowList
    from incident_reader.ui.widgets.source_view import SourceView


class SearchMixin(Screen[None]):
    """Search the open report's text: a bar made on the first search, hits highlighted."""

    if TYPE_CHECKING:
        search: TextSearch
        state: ReaderState
        report_index: int
        _ready: bool
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

    def run_search(self, term: str, from_offset: int | None = None) -> None:
        """Find every case-insensitive occurrence and go to the first one at or after the view;
        none here, say which other reports hold it."""
        start = self.source.viewport()[0] if from_offset is None else from_offset
        hit = self.search.run(self.source.text, term, start)
        self.search.elsewhere = len(self._reports_with(term)) if hit is None and term else 0
        self.source.set_layer("search", self.search.hits)
        self._show_hit(hit)
        if hit is None and term:
            self.notify(self._no_match(term), severity="warning", markup=False)

    def _reports_with(self, term: str) -> list[int]:
        """The other reports whose text holds the term, by their place in the list."""
        if not term.strip():
            return []
        pattern = search_pattern(term)
        reports = self.state.reports
        return [
            i for i, r in enumerate(reports) if i != self.report_index and pattern.search(r.text)
        ]

    def _no_match(self, term: str) -> str:
        others = self._reports_with(term)
        if not others:
            return f"No match for {term!r} in any report"
        names = [one_line(self.state.reports[i].path.stem) for i in others]
        shown = ", ".join(names[:3]) + (f" and {len(names) - 3} more" if len(names) > 3 else "")
        which = (
            "1 other report has it" if len(names) == 1 else f"{len(names)} other reports have it"
        )
        return f"No match for {term!r} in this report; {which} ({shown}): n goes there, N back"

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
        term = self.search.term
        if term and not self.search.hits:
            self._search_elsewhere(term, delta)
            return
        if term and self._at_end(delta) and self._reports_with(term):
            self._search_elsewhere(term, delta)  # past this report's last hit: the next report's
            return
        hit = self.search.step(delta)
        if hit is None:
            self.notify("No search: press / first", markup=False)
            return
        if (
            term
            and len(self.search.hits) > 1
            and self.search.at == (0 if delta > 0 else -1) % len(self.search.hits)
        ):
            where = "first" if delta > 0 else "last"
            self.notify(f"Search wrapped to the {where} hit; no other report has it", markup=False)
        self._show_hit(hit)

    def _at_end(self, delta: int) -> bool:
        """Whether the current hit is this report's last (stepping on) or first (stepping back)."""
        hits = self.search.hits
        return bool(hits) and self.search.at == (len(hits) - 1 if delta > 0 else 0)

    def _search_elsewhere(self, term: str, delta: int) -> None:
        """Open the next (or previous) report holding the term, on its first (last) hit."""
        others = self._reports_with(term)
        if not others or not self._ready:
            self.notify(self._no_match(term), severity="warning", markup=False)
            return
        count = len(self.state.reports)
        order = sorted(others, key=lambda i: ((i - self.report_index) * delta) % count)
        self.report_index = order[0]  # shows the report (and forgets the search there)
        self.run_search(term, from_offset=0)
        if delta < 0 and self.search.hits:
            self._show_hit(self.search.step(-1))
        name = one_line(self.state.reports[self.report_index].path.name)
        self.notify(f"{term!r} in {name}: {self.search.status()}", markup=False)

    def action_escape(self) -> None:
        if self.query_one("#search-bar").display:
            self._close_search()
            return
        self.search.clear()
        self.source.set_layer("search", [])
        self._show_hit(None)
