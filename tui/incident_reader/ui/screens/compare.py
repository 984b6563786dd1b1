"""The comparison view: two reports side by side, the aligned facts between them, kept in step.

Scroll either report and the facts on screen are drawn by status in both, the other report
follows to the counterpart, and their rows are marked in the table. The comparison and its
``ComparisonIndex`` are built once, in a thread worker, when every report has been analysed;
scrolling only reads the index.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.screen import Screen
from textual.timer import Timer
from textual.widget import Widget

from incident_reader.core.align import ComparisonIndex, IndexEntry
from incident_reader.core.analysis import compare
from incident_reader.core.model import Comparison, FactPair, Report, ReportAnalysis
from incident_reader.ui.literal import one_line
from incident_reader.ui.screens.compare_marking import CompareMarkingMixin
from incident_reader.ui.screens.compare_search import SEARCH_BINDINGS, CompareSearchMixin
from incident_reader.ui.screens.help import HelpScreen
from incident_reader.ui.state import ReaderState
from incident_reader.ui.widgets.compare_commands import COMPARE_BINDINGS, CompareCommands
from incident_reader.ui.widgets.compare_filter import FILTERS, VerifiedLookup
from incident_reader.ui.widgets.compare_header import CompareHeader
from incident_reader.ui.widgets.compare_source import (
    CURRENT,
    CompareSourceView,
    follow,
)
from incident_reader.ui.widgets.compare_table import (
    SHORT_LABELS,
    CompareRow,
    CompareTable,
    RowKey,
    compare_rows,
    row_key,
)
from incident_reader.ui.widgets.fitted_footer import FittedFooter
from incident_reader.ui.widgets.row_list import RowList, TextRow
from incident_reader.ui.widgets.source_view import SourceView

CONFLICT = frozenset({"conflict"})
Signature = tuple[tuple[str, int], ...]

ONE_REPORT_BELOW = 100  # columns: narrower, one report stands beside the table
WIDE_FROM = 130  # columns: wider, a table with a column per report takes 60%
TEXT_MIN = 36  # columns each report's pane keeps when the table widens for its values
TEXT_FLOOR = 24  # columns each report's pane keeps when the table widens for its figures


def _status_counts(rows: list[CompareRow]) -> dict[str, int]:
    """Rows by status, a moment that restates a date or time conflict not counted again."""
    counts: dict[str, int] = {}
    for row in rows:
        if row.status and not row.restates:
            counts[row.status] = counts.get(row.status, 0) + 1
    return counts


class CompareScreen(CompareSearchMixin, CompareMarkingMixin, Screen[None]):
    """Mediates between the two reports and the facts table; owns the comparison and its index."""

    BINDINGS: ClassVar[list[BindingType]] = [*COMPARE_BINDINGS, *SEARCH_BINDINGS]
    COMMANDS = {CompareCommands}
    # Below 100 columns one report stands beside the table (tab brings the other in its place):
    # three panes there left the text 18 columns and the values 7. A narrower table below 130.
    HORIZONTAL_BREAKPOINTS = [
        (0, "-one-report"),
        (ONE_REPORT_BELOW, "-narrow"),
        (WIDE_FROM, "-wide"),
    ]
    # Report A | aligned facts | report B. Its rules load with the view, not with the reader's
    # app.tcss, which a first launch parses before its first frame.
    DEFAULT_CSS = """
    CompareScreen {
        layout: vertical;
    }

    #compare-header {
        height: 2;
        padding: 0 1;
        background: $panel;
        color: $foreground;
    }

    #compare-body {
        height: 1fr;
    }

    #compare-a, #compare-b {
        width: 1fr;
        border: round $panel-lighten-2;
        border-title-color: $text-muted;
        overflow-y: scroll;
        overflow-x: hidden;
    }

    /* The table grows with the window (its values were cut to a few characters at any width),
       and on a wide one takes more of it for a column per report (3 or more reports); narrower,
       it shows the two reports side by side (compare_table.shown_columns) and the text keeps its
       width. */
    #compare-table {
        width: 40%;
        min-width: 40;
        border: round $panel-lighten-2;
        border-title-color: $text-muted;
    }

    CompareScreen.-many.-wide #compare-table {
        width: 60%;
    }

    /* Below 100 columns: one report beside the table, the other brought in its place by tab. */
    CompareScreen.-one-report #compare-b {
        display: none;
    }

    CompareScreen.-one-report.-showing-b #compare-a {
        display: none;
    }

    CompareScreen.-one-report.-showing-b #compare-b {
        display: block;
    }

    CompareScreen.-one-report #compare-table {
        width: 60%;
    }

    #compare-a:focus, #compare-b:focus, #compare-table:focus {
        border: round $accent;
        border-title-color: $accent;
    }

    /* Agreement between reports: a tint and a text style per status (and a symbol in the table),
       so it reads without colour; the text stays $foreground on a light tint for contrast. */
    CompareSourceView > .source-view--cmp-only, CompareTable > .row-list--cmp-only {
        color: $foreground;
        background: $foreground 12%;
    }

    CompareSourceView > .source-view--cmp-match, CompareTable > .row-list--cmp-match {
        color: $foreground;
        background: $success 25%;
    }

    CompareSourceView > .source-view--cmp-compatible, CompareTable > .row-list--cmp-compatible {
        color: $foreground;
        background: $primary 25%;
        text-style: underline;
    }

    CompareSourceView > .source-view--cmp-revised, CompareTable > .row-list--cmp-revised {
        color: $foreground;
        background: $warning 30%;
        text-style: italic;
    }

    CompareSourceView > .source-view--cmp-conflict, CompareTable > .row-list--cmp-conflict {
        color: $foreground;
        background: $error 40%;
        text-style: bold underline;
    }

    CompareSourceView > .source-view--cmp-current {
        text-style: bold reverse;
    }
    """

    @dataclass
    class Compared(Message):
        """The comparison of the analyses named by ``signature`` is ready (or failed)."""

        signature: Signature
        analyses: tuple[ReportAnalysis, ...]
        comparison: Comparison | None
        index: ComparisonIndex | None
        error: str | None = None

    def __init__(
        self, state: ReaderState, report_index: int = 0, chosen: tuple[str, ...] | None = None
    ) -> None:
        super().__init__()
        self.state = state
        self.chosen = chosen  # the reports picked to compare; None: every report
        ids = [r.id for r in self._reports()]
        self.a = ids[report_index % len(ids)]
        self.b = ids[(report_index + 1) % len(ids)]
        self.filter = next(iter(FILTERS))
        self.comparison: Comparison | None = None
        self.index: ComparisonIndex | None = None
        self.articles: tuple[str, ...] = ()  # the reports compared, in corpus order
        self._signature: Signature | None = None
        self._pending: Signature | None = None
        self._rows: dict[RowKey, int] = {}
        self._verified = VerifiedLookup(None, None, {}, {})
        self._current: IndexEntry | None = None
        self._quiet_row: int | None = None  # the row the table was filled with the cursor on
        self._all_counts: dict[str, int] = {}  # status -> rows between A and B, unfiltered
        self._shown = (0, 0)  # rows the filter shows, of every row
        self._one_side = 0  # rows shown whose statement is verified in A or B, not both
        self._poll: Timer | None = None
        self._note = "comparing…"

    # -- composition ---------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield CompareHeader(id="compare-header")
        with Horizontal(id="compare-body"):
            yield CompareSourceView(id="compare-a")
            yield CompareTable(id="compare-table")
            yield CompareSourceView(id="compare-b")
        yield Vertical(id="compare-search-bar")  # its input is made on the first search
        yield FittedFooter(compact=True)

    @property
    def view_a(self) -> CompareSourceView:
        return self.query_one("#compare-a", CompareSourceView)

    @property
    def view_b(self) -> CompareSourceView:
        return self.query_one("#compare-b", CompareSourceView)

    @property
    def table(self) -> CompareTable:
        return self.query_one("#compare-table", CompareTable)

    def view_of(self, article: str) -> CompareSourceView:
        """The pane showing a report (the left one unless it is the right one's)."""
        return self.view_b if article == self.b else self.view_a

    def on_mount(self) -> None:
        self.table.border_title = "Facts"
        self._poll = self.set_interval(0.25, self._check_ready, pause=True)
        self._show_reports()
        # The facts table leads: j/k move through its rows and v x i u mark the row the cursor
        # is on (with a report focused, its scrolling moved only an "in view" mark, and v marked
        # a row scrolled away).
        self.table.focus()

    def on_screen_resume(self) -> None:
        self._check_ready()
        if self.index is not None:
            # marks may have changed meanwhile (the reader, a note); the cursor stays on its row,
            # where it was before the help, a note or a history opened over the table
            self._redraw_marks()
        if self._poll is not None:
            self._poll.resume()  # live updates may re-analyse a report while we are shown

    def on_screen_suspend(self) -> None:
        if self._poll is not None:
            self._poll.pause()

    # -- the comparison --------------------------------------------------------------------------

    def _reports(self) -> list[Report]:
        """The reports compared: the ones picked, or every report."""
        if self.chosen is None:
            return list(self.state.reports)
        picked = set(self.chosen)
        return [r for r in self.state.reports if r.id in picked]

    def _check_ready(self) -> None:
        """Compare once every report is analysed, and again if one is re-read (a new DCT)."""
        state = self.state
        reports = self._reports()
        done = sum(r.id in state.analyses or r.id in state.failures for r in reports)
        if done < len(reports):
            self._set_note(f"comparing… ({done} of {len(reports)} reports analysed)")
            return
        analyses = tuple(a for r in reports if (a := state.analyses.get(r.id)) is not None)
        signature = tuple((a.report.id, id(a)) for a in analyses)
        if signature in (self._signature, self._pending):
            return
        self._pending = signature
        self._set_note("comparing…")
        self._compare(signature, analyses)

    @work(thread=True, exclusive=True, group="compare")
    def _compare(self, signature: Signature, analyses: tuple[ReportAnalysis, ...]) -> None:
        """Run the core comparison and build its index off the interface thread."""
        try:
            comparison = compare(analyses)
            index = ComparisonIndex(comparison, analyses)
        except Exception as err:  # a bug in one comparison must not take the reader down
            self.post_message(self.Compared(signature, analyses, None, None, repr(err)))
            return
        self.post_message(self.Compared(signature, analyses, comparison, index))

    @on(Compared)
    def compared(self, message: CompareScreen.Compared) -> None:
        message.stop()
        if message.signature != self._pending:
            return  # superseded by a newer set of analyses
        self._pending = None
        self._signature = message.signature
        if message.comparison is None or message.index is None:
            self._set_note(one_line(f"comparison failed: {message.error}"))
            return
        self.comparison, self.index = message.comparison, message.index
        self.articles = tuple(a.report.id for a in message.analyses)
        self.set_class(len(self.articles) > 2, "-many")  # a wider table: a column per report
        if len(self.articles) < 2:
            self.comparison = self.index = None
            self._set_note("nothing to compare: fewer than two reports could be analysed")
            self._show_reports()
            return
        if self.a not in self.articles or self.b not in self.articles or self.a == self.b:
            self.a, self.b = self.articles[0], self.articles[1]
        self._verified = VerifiedLookup(
            self.state.marks,
            getattr(self.app, "store", None),  # the reader app's; None in other hosts
            {r.id: r for r in self.state.reports},
            self._timex_types(),
            self.index.mentions,  # a statement's status reads every mention of it
        )
        self._current = None
        self._note = ""
        self.refresh_bindings()
        self._show_reports()

    def _timex_types(self) -> dict[tuple[str, int, int], str]:
        return {
            (report_id, t.start, t.end): t.type
            for report_id, analysis in self.state.analyses.items()
            for t in analysis.timexes
        }

    # -- showing ---------------------------------------------------------------------------------

    def _show_reports(self) -> None:
        """Put reports a and b in their panes and the table between them, then mark what is seen."""
        reports = {r.id: r for r in self.state.reports}
        for view, article, side in ((self.view_a, self.a, "A"), (self.view_b, self.b, "B")):
            view.set_text(reports[article].text)
            view.border_title = Text(f"{side} · {one_line(reports[article].path.name)}")
        self._fill_table()
        self._update_header()
        self._highlight()

    def _fill_table(self) -> None:
        self._stayed_after_f = None  # new rows: the cursor f left is gone
        if self.index is None:
            self._rows = {}
            self.table.set_rows([TextRow(self._note or "comparing…", "dim")])
            return
        self._verified.forget()  # marks may have changed in the reader since
        columns = (self.a, self.b, *(x for x in self.articles if x not in (self.a, self.b)))
        names = [self._label_of(x) for x in columns]
        rows, self._rows = compare_rows(
            self.index,
            self.a,
            self.b,
            columns,
            names,
            lambda row: True,  # every row, for the header's counts; the filter keeps some below
            self._verified.side_status,
            self._verified.side_noted,  # ✎ after the mark of a statement with a note
        )
        every = [row for row in rows if isinstance(row, CompareRow)]
        self._all_counts = _status_counts(every)
        if self.filter != "all":
            rows, self._rows = compare_rows(
                self.index, self.a, self.b, columns, names, self._keep_row,
                self._verified.side_status, self._verified.side_noted,
            )  # fmt: skip
        kept = [row for row in rows if isinstance(row, CompareRow)]
        self._shown = (len(kept), len(every))
        self._one_side = sum(self._verified_on_one_side(row) for row in kept)
        self.table.set_rows(rows)
        # the cursor set_rows puts on the first row moves no report: they show from their top
        self._quiet_row = self.table.cursor
        self._fit_table()

    def on_resize(self) -> None:
        self._fit_table()

    def _after_fit(self) -> None:
        """Once the table has its width: the header says how many reports have a column."""
        self.call_after_refresh(self._update_header)

    def _fit_table(self) -> None:
        """From 100 columns the table takes the width its values need to show whole (at least its
        share in the CSS), as far as each report keeps TEXT_MIN columns of text; below, one report
        beside the table as the CSS lays it out."""
        self._after_fit()
        width = self.size.width
        wanted = self.table.wanted_width()
        if width < ONE_REPORT_BELOW or not wanted:
            self.table.styles.width = None  # the CSS's share
            return
        share = 60 if len(self.articles) > 2 and width >= WIDE_FROM else 40
        least = max(40, width * share // 100)
        most = max(least, width - 2 * TEXT_MIN)
        # the figures (dates, clocks, counts) of the two side by side whole before the text's
        # width: a report's pane narrows to TEXT_FLOOR for them
        figures = min(self.table.firm_width(), width - 2 * TEXT_FLOOR)
        self.table.styles.width = max(min(max(wanted, least), most), figures)

    def _name_of(self, article: str) -> str:
        return one_line(next(r for r in self.state.reports if r.id == article).path.stem)

    def _label_of(self, article: str) -> str:
        side = {self.a: "A ", self.b: "B "}.get(article, "")
        report = next(r for r in self.state.reports if r.id == article)
        return side + one_line(report.path.stem)

    def _keep_row(self, row: CompareRow) -> bool:
        if self.filter == "conflicts":
            return row.status == "conflict" or bool(row.elsewhere)
        if self.filter == "unverified":
            return not all(
                self._verified.side_verified(side, row.kind, row.key[0])
                for article, side in row.sides.items()
                if article in (self.a, self.b)
            )
        return True

    def _verified_on_one_side(self, row: CompareRow) -> bool:
        """Whether one of the two reports side by side has its statement verified, and the
        other (stating it too) has not: "not yet verified" keeps the row, and says so."""
        verified = [
            self._verified.side_verified(side, row.kind, row.key[0])
            for article, side in row.sides.items()
            if article in (self.a, self.b)
        ]
        return len(verified) == 2 and any(verified) and not all(verified)

    def _keep_entry(self, entry: IndexEntry) -> bool:
        if self.filter == "conflicts":
            return entry.status == "conflict"
        if self.filter == "unverified":
            return not self._verified.entry_verified(entry)
        return True

    def _set_note(self, note: str) -> None:
        if note != self._note:
            self._note = note
            if self.is_mounted and self.index is None:
                self.table.set_rows([TextRow(note, "dim")])
            self._update_header()

    def _update_header(self) -> None:
        if not self.is_mounted:
            return
        table = self.table
        self.query_one(CompareHeader).show(
            self._label_of(self.a),
            self._label_of(self.b),
            len(self._reports()),  # the reports picked to compare, not the whole folder
            self._filter_words(),
            self._note,
            self._counts(),
            lambda status: table._style_of(f"cmp-{status}"),
            sum(len(row.elsewhere) for row in self._elsewhere()),  # the pairs f names
            self.marking_side,
            table.columns_shown(),
        )

    def _counts(self) -> dict[str, int] | None:
        """The status counts of every row between A and B, whatever the filter shows."""
        if self.index is None:
            return None
        return self._all_counts

    def _filter_words(self) -> str:
        """What the filter shows, with how many of the rows ("conflicts only: 3 of 14 rows")."""
        words = FILTERS[self.filter]
        if self.filter == "all" or self.index is None:
            return words
        shown, every = self._shown
        words += f": {shown} of {every} rows"
        if self.filter == "unverified" and self._one_side:
            words += f", {self._one_side} verified on one side only"
        return words

    def _elsewhere(self) -> list[CompareRow]:
        """The table's rows with a conflict between reports other than the two side by side."""
        if self.index is None:
            return []
        return [row for row in self.table.rows if isinstance(row, CompareRow) and row.elsewhere]

    # -- keeping the two reports in step ----------------------------------------------------------

    def _in_view(self, article: str, other: str) -> list[IndexEntry]:
        if self.index is None:
            return []
        start, end = self.view_of(article).viewport()
        entries = self.index.items_in_view(article, start, end, other=other)
        return [e for e in entries if self._keep_entry(e)]

    def _highlight(self) -> None:
        """Draw, in both reports, the facts on screen in either and their counterparts."""
        if self.index is None:
            for view in (self.view_a, self.view_b):
                view.set_statuses({})
                view.set_layer(CURRENT, [])
            self.table.set_in_view(frozenset())
            return
        spans: dict[str, dict[str, list[tuple[int, int]]]] = {self.a: {}, self.b: {}}
        rows: set[int] = set()
        for article, other in ((self.a, self.b), (self.b, self.a)):
            for entry in self._in_view(article, other):
                spans[article].setdefault(entry.status, []).append((entry.start, entry.end))
                if isinstance(entry.item, FactPair):
                    there = self.index.counterpart(entry.item, article)
                    spans[other].setdefault(entry.status, []).append((there.start, there.end))
                row = self._rows.get(row_key(entry.item))
                if row is not None:
                    rows.add(row)
        self.view_a.set_statuses(spans[self.a])
        self.view_b.set_statuses(spans[self.b])
        self.table.set_in_view(frozenset(rows))
        if rows and not self.table.has_focus:
            # The text leads: the cursor (the row v x i u act on) goes to a row in view; the one
            # f or a click went to while it is still in view, else the first.
            current = self._rows.get(row_key(self._current.item)) if self._current else None
            self.table.cursor = current if current in rows else min(rows)

    def _follow(self, leader: SourceView) -> None:
        """Scroll the other report to the counterparts of the paired facts in view (see follow)."""
        if self.index is None:
            return
        article = self.a if leader is self.view_a else self.b
        other = self.b if article == self.a else self.a
        pairs: list[tuple[int, tuple[int, int]]] = []
        for entry in self._in_view(article, other):
            if isinstance(entry.item, FactPair) and not entry.also:
                there = self.index.counterpart(entry.item, article)
                pairs.append((entry.start, (there.start, there.end)))
        follow(leader, self.view_of(other), pairs)

    @on(CompareSourceView.ViewportChanged)
    def viewport_changed(self, event: CompareSourceView.ViewportChanged) -> None:
        event.stop()
        if event.source_view is self.focused:  # the one the user moves leads; the other follows
            self._follow(event.source_view)
        self._highlight()

    @on(CompareSourceView.Clicked)
    def source_clicked(self, event: CompareSourceView.Clicked) -> None:
        """A click on a fact shows it and its counterpart, and puts the table on its row."""
        event.stop()
        if self.index is None:
            return
        article = self.a if event.source_view is self.view_a else self.b
        other = self.b if article == self.a else self.a
        hits = self.index.items_in_view(article, event.offset, event.offset + 1, other=other)
        hits = [e for e in hits if e.start <= event.offset < e.end and self._keep_entry(e)]
        if hits:
            self._go_to_entry(hits[0])

    @on(RowList.Highlighted, "#compare-table")
    def row_highlighted(self, event: RowList.Highlighted) -> None:
        event.stop()
        if event.index != self._stayed_after_f:
            self._stayed_after_f = None  # the cursor went elsewhere: a row the user went to
        if event.index == self._quiet_row:  # (each fill posts it; a refill posts it again)
            return
        self._quiet_row = None
        if self.table.has_focus:  # the user moves in the table: both reports go to the row
            self._go_to_row(event.row_list.current)

    @on(RowList.Selected, "#compare-table")
    def row_selected(self, event: RowList.Selected) -> None:
        event.stop()
        self._go_to_row(event.row_list.current)

    def _go_to_row(self, row: object) -> None:
        if not isinstance(row, CompareRow):
            return
        for article, view in ((self.a, self.view_a), (self.b, self.view_b)):
            side = row.sides.get(article)
            view.set_layer(CURRENT, [(side.start, side.end)] if side else [])
            if side:
                view.scroll_to_span(side.start, side.end)

    # -- actions ---------------------------------------------------------------------------------

    def action_close(self) -> None:
        if self.search_bar_open():  # escape in the search bar closes the bar, not the view
            self.close_search_bar()
            return
        self.clear_search()
        self.app.pop_screen()

    def action_next_conflict(self) -> None:
        self._step_conflict(1)

    def action_previous_conflict(self) -> None:
        self._step_conflict(-1)

    def _step_conflict(self, direction: int) -> None:
        """Go to the next (or previous) conflict in the leading report, and its counterpart."""
        index = self.index
        if index is None:
            self.notify(self._note or "Still comparing…", markup=False)
            return
        leader = self.view_b if self.focused is self.view_b else self.view_a
        article = self.a if leader is self.view_a else self.b
        other = self.b if article == self.a else self.a
        current = self._current
        if current is not None and current.article == article:
            offset = current.start
        else:
            start, end = leader.viewport()
            offset = start - 1 if direction > 0 else end
        entry = self._conflict_after(article, offset, direction, other)
        if entry is None:
            wrap = -1 if direction > 0 else len(leader.text) + 1
            entry = self._conflict_after(article, wrap, direction, other)
        if entry is None or not isinstance(entry.item, FactPair):
            # the cursor stays; the next v x i u there says so rather than mark it unasked
            self._stayed_after_f = self.table.cursor
            elsewhere = self._elsewhere()
            if elsewhere:  # the header counts them apart; say where they are
                where = "; ".join(
                    f"{SHORT_LABELS.get(row.kind, row.kind)} ("
                    + ", ".join(" ⇄ ".join(self._name_of(x) for x in two) for two in row.elsewhere)
                    + ")"
                    for row in elsewhere[:3]
                )
                left = sum(len(row.elsewhere) for row in elsewhere[3:])
                more = f" and {left} more pair{'s' * (left != 1)}" if left else ""
                self.notify(
                    f"No conflict between A and B. Between other reports: {where}{more}"
                    " (a / b pick the reports side by side).",
                    markup=False,
                )
                return
            self.notify("No conflict between these two reports; the cursor stayed.", markup=False)
            return
        self._go_to_entry(entry)

    def _conflict_after(
        self, article: str, offset: int, direction: int, other: str
    ) -> IndexEntry | None:
        """The next (or previous) conflict from ``offset`` that is a disagreement of its own: a
        moment restating a date or time conflict is passed (f went to that row)."""
        assert self.index is not None
        step = self.index.next_entry if direction > 0 else self.index.previous_entry
        entry = step(article, offset, CONFLICT, other)
        while entry is not None:
            row = self._rows.get(row_key(entry.item))
            current = self.table.rows[row] if row is not None else None
            if not (isinstance(current, CompareRow) and current.restates):
                return entry
            entry = step(article, entry.start, CONFLICT, other)
        return None

    def _go_to_entry(self, entry: IndexEntry) -> None:
        """Mark an entry and its counterpart (for a pair) as current, show both, move the table."""
        self._stayed_after_f = None
        self._current = entry
        spans = {entry.article: (entry.start, entry.end)}
        if isinstance(entry.item, FactPair) and self.index is not None:
            there = self.index.counterpart(entry.item, entry.article)
            spans[there.article] = (there.start, there.end)
        for article in (self.a, self.b):
            view, span = self.view_of(article), spans.get(article)
            view.set_layer(CURRENT, [span] if span else [])
            if span:
                view.scroll_to_span(*span)
        row = self._rows.get(row_key(entry.item))
        if row is not None:
            self.table.cursor = row

    def action_cycle_filter(self) -> None:
        names = list(FILTERS)
        self.filter = names[(names.index(self.filter) + 1) % len(names)]
        self._fill_table()
        self._update_header()
        self._highlight()
        self.notify(f"Showing {FILTERS[self.filter]}", timeout=2, markup=False)

    def action_cycle_a(self) -> None:
        self._cycle("a")

    def action_cycle_b(self) -> None:
        self._cycle("b")

    def _cycle(self, which: str) -> None:
        """Put the next report (never the one on the other side) on the left or right."""
        ids = list(self.articles or [r.id for r in self.state.reports])
        keep = self.b if which == "a" else self.a
        now = self.a if which == "a" else self.b
        step = ids.index(now) if now in ids else -1
        for _ in ids:
            step = (step + 1) % len(ids)
            if ids[step] != keep:
                break
        if which == "a":
            self.a = ids[step]
        else:
            self.b = ids[step]
        self._current = None
        self.clear_search()
        self._show_reports()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("cycle_a", "cycle_b"):
            return len(self._reports()) > 2  # with two reports there is no other to pick
        return True

    def action_switch_pane(self, step: int = 1) -> None:
        panes: list[Widget] = [self.view_a, self.table, self.view_b]
        focused = self.focused
        position = panes.index(focused) if focused in panes else -step
        target = panes[(position + step) % len(panes)]
        if target is not self.table:  # where one report is shown, the one focused is that one
            self.set_class(target is self.view_b, "-showing-b")
        target.focus()

    def action_help(self) -> None:
        self.app.push_screen(HelpScreen())
