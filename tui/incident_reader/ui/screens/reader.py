"""The reader: report list, source text and timeline/facts side by side, kept in step."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal, Vertical
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.widget import Widget

from incident_reader.ui.breakpoints import breakpoint_class
from incident_reader.ui.keys import READER_BINDINGS
from incident_reader.ui.literal import one_line
from incident_reader.ui.screens.marking import MarkingMixin, paint
from incident_reader.ui.screens.reader_search import SearchMixin
from incident_reader.ui.screens.styled_once import StyledOnce
from incident_reader.ui.search import TextSearch
from incident_reader.ui.state import ReaderState
from incident_reader.ui.timefmt import clause_span
from incident_reader.ui.widgets.fact_list import FactList, FactRow, fact_rows
from incident_reader.ui.widgets.progress import ExtractionProgress
from incident_reader.ui.widgets.report_header import ReportHeader
from incident_reader.ui.widgets.report_list import ReportList, ReportRow, report_rows
from incident_reader.ui.widgets.row_list import Row, RowList, TextRow
from incident_reader.ui.widgets.same_rows import draw_same_rows_once
from incident_reader.ui.widgets.side_tabs import SideTabs
from incident_reader.ui.widgets.source_view import SourceView
from incident_reader.ui.widgets.span_index import SpanIndex
from incident_reader.ui.widgets.timeline import FoldRow, TimelineList, TimelineRow, fold_key_of

if TYPE_CHECKING:
    from incident_reader.core.model import Report

# The screen's actions that act on an entry or fact of the open report.
ANALYSIS_ACTIONS = ("mark", "note", "history")
# A report this long is extracted in a worker process and takes long; its marks and notes wait
# for it all the same, as every report's do, but the reader opens on its text
# (core.batch.APART_CHARS, not imported here: it brings the pipeline's batch machinery).
LONG_REPORT_CHARS = 500_000


def _waiting_words(report: Report) -> str:
    """What the timeline and facts say while the report's analysis runs: for a long report also
    why it takes a while, wherever it is opened from (not only when the reader starts on it)."""
    if len(report.text) < LONG_REPORT_CHARS:
        return "Analysing…"
    size = len(report.text) / 1e6
    return f"Analysing… a long report ({size:.1f} million characters): this may take minutes"


class Body(Horizontal):
    """The row of panes: no border and no content of its own, so Textual draws it as blank rows
    of its background (``BLANK``) without styling each row; the panes cover it anyway."""

    BLANK = True


class ReaderScreen(SearchMixin, MarkingMixin, StyledOnce):
    """One screen mediates: widgets post what happened, this screen updates their siblings."""

    BLANK = True  # no border, no content: its rows are its background (the panes cover them)

    BINDINGS: ClassVar[list[BindingType]] = list(READER_BINDINGS)
    # Below 110 columns the report list goes above the text; from 110 to 159 the text and the
    # side pane share what the (narrower) list leaves; from 160 the side pane has a fixed width.
    HORIZONTAL_BREAKPOINTS = [
        (0, "-narrow"),
        (110, "-medium"),
        (160, "-wide"),
    ]

    report_index: reactive[int] = reactive(0, init=False)
    AUTO_FOCUS = ""  # the timeline takes the focus when it is mounted, unless the user chose one

    class DctChosen(Message):
        """The user set (or, with None, cleared) a report's DCT."""

        def __init__(self, report_id: str, dct: str | None) -> None:
            self.report_id = report_id
            self.dct = dct
            super().__init__()

    class Wanted(Message):
        """The user opened a report whose analysis has not arrived: do it next."""

        def __init__(self, report_id: str) -> None:
            self.report_id = report_id
            super().__init__()

    def __init__(self, state: ReaderState, width: int = 0) -> None:
        # The breakpoint class for the known width, so the first resize does not restyle it all.
        super().__init__(classes=breakpoint_class(self.HORIZONTAL_BREAKPOINTS, width))
        self.state = state
        self.search = TextSearch()
        self._indexes: dict[str, SpanIndex] = {}
        self._return_focus: Widget | None = None
        self._ready = False
        self._burst: dict[int, Row] | None = None  # rows waiting while a burst of analyses arrives
        self._lists_mounted = False  # see _mount_lists
        self._side = "timeline"  # the list shown beside the text
        self._source_layout = (-1, -1)  # the text's wrap width and height at the last viewport
        self._scrolled_to: tuple[int, int] | None = None  # the viewport _apply_row scrolled to
        self._followed: dict[str, int] = {}  # list id -> the row the text moved its cursor to

    # -- composition ---------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        header = ReportHeader(id="header")
        self._update_header(header)  # its first words before its first layout (ReportHeader.show)
        yield header
        yield ExtractionProgress(id="progress")
        # The lists are in the first frame, filled as it is laid out (on_mount): keys typed at
        # start act from then on, and the screen is laid out and drawn once, not twice.
        facts = FactList(id="facts")
        facts.display = False
        # As few containers as the layout needs: Textual styles, lays out and draws each one
        # under its children (below 110 columns the list is docked above the text, app.tcss).
        side = Vertical(id="side")
        draw_same_rows_once(side)  # its rows between the border's top and bottom are alike
        with Body(id="body"):
            yield ReportList(id="reports")
            yield SourceView(id="source")
            with side:
                yield SideTabs([("timeline", "Timeline"), ("facts", "Facts")], id="side-tabs")
                yield TimelineList(id="timeline")
                yield facts
        yield Vertical(id="search-bar")  # its input is made on the first search (see action_search)
        # The footer is mounted once the keys typed at start have acted (see keys_applied).

    @property
    def source(self) -> SourceView:
        return self.query_one("#source", SourceView)

    @property
    def timeline(self) -> TimelineList:
        return self.query_one("#timeline", TimelineList)

    @property
    def facts(self) -> FactList:
        return self.query_one("#facts", FactList)

    @property
    def reports(self) -> ReportList:
        return self.query_one("#reports", ReportList)

    @property
    def side_list(self) -> RowList:
        """The list beside the text: the timeline or the facts, whichever tab is active."""
        return self.facts if self._side == "facts" else self.timeline

    def _update_focus_styles(
        self, focused: Widget | None = None, blurred: Widget | None = None
    ) -> None:
        # Textual restyles everything under an ancestor styled by :focus-within when the focus
        # moves (the side pane: its tabs and both lists, with their component classes, at start
        # and on every tab). The reader's CSS styles only that ancestor itself by it (#side's
        # border), and the focused and blurred widgets restyle themselves (has_focus), so only
        # the ancestors are restyled here (tested against a full restyle).
        nodes = {
            node
            for widget in (focused, blurred)
            if widget is not None
            for node in widget.ancestors_with_self
            if node._has_focus_within
        }
        if nodes:
            self.app.stylesheet.update_nodes(nodes, animate=True)

    def _screen_resized(self, size: Size) -> None:
        # Textual lays the whole screen out and draws it again for every Resize the app passes
        # on, at start up to three at the size it is already laid out at (a sixth of what the
        # first key waits for); a change of layout at the same size has its own refresh.
        if size == self._compositor.size and self._compositor._full_map:
            return
        super()._screen_resized(size)

    def on_screen_resume(self) -> None:
        self.refresh_marks()  # marks may have been set in the comparison view meanwhile

    async def on_mount(self) -> None:
        """Show the first report's text and fill the lists, then apply the keys typed meanwhile
        (held by the app until now) and start the background work."""
        self._note_styles_at_mount()  # Textual's first restyle is skipped (StyledOnce)
        self.source.border_title = "Text"
        self.reports.border_title = "Reports"
        self._lists_mounted = True
        state = self.state
        self.reports.set_rows(report_rows(state.reports, state.analyses, state.corpus.skipped), 0)
        # now, not after this call: held keys go to it
        self.set_focus(self.source if self._opens_long_report() else self.timeline)
        if not state.reports:  # the CLI refuses an empty corpus; other callers may not
            self.timeline.set_rows([TextRow("No reports to read.", "warning")])
        else:
            self._ready = True
            self._show_report(self.report_index)
        ready = getattr(self.app, "reader_ready", None)
        if ready is not None:  # keys typed meanwhile were held by the app: applied now
            await ready()
        else:
            self.keys_applied()

    def waits_for_analysis(self, key: str) -> bool:
        """Whether ``key`` would act on the open report's timeline or facts (move in them, mark,
        note, history) while they are still being extracted: a key typed at start waits for them
        rather than acting on "Analysing…" (see ReaderApp._holds). A long report's key waits too,
        however long its analysis takes: given up on, the note typed behind `e` would run as
        commands."""
        state = self.state
        index = self.report_index
        if not 0 <= index < len(state.reports) or state.analysis_of(index) is not None:
            return False
        report = state.reports[index]
        if report.id in state.failures:
            return False
        active = self.active_bindings.get(key)
        if active is None:
            return False
        node, action = active.node, active.binding.action
        return node is self.side_list or (node is self and action.startswith(ANALYSIS_ACTIONS))

    def keys_applied(self) -> None:
        """The keys typed at start have acted: the footer comes now. Composing its keys (and
        again for each change of focus meanwhile) would delay what those keys show."""
        from textual.widgets import Footer  # 2 ms of import: not before the first key has acted

        from incident_reader.ui.widgets.fitted_footer import FittedFooter

        if not self.query(Footer):
            self.mount(FittedFooter(compact=True))
            self.call_after_refresh(self.refresh_bindings)  # the footer composes its keys then

    # -- reports -------------------------------------------------------------------------------

    def watch_report_index(self, index: int) -> None:
        self._show_report(index)
        if self.state.analysis_of(index) is None and self.state.reports[index].id not in (
            self.state.failures
        ):
            self.post_message(self.Wanted(self.state.reports[index].id))

    def _opens_long_report(self) -> bool:
        """Whether the reader opens on a report whose analysis takes minutes (a 20 MB text takes
        several): its text takes the first focus, so scrolling and searching act at once instead
        of waiting behind the timeline's analysis, and the user is told why the lists are empty.
        Marks and notes still wait for the analysis (waits_for_analysis)."""
        state = self.state
        index = self.report_index
        if not 0 <= index < len(state.reports) or state.analysis_of(index) is not None:
            return False
        report = state.reports[index]
        if len(report.text) < LONG_REPORT_CHARS:
            return False
        size = len(report.text) / 1e6  # characters: not a second pass over megabytes at start
        self.notify(
            f"{one_line(report.path.name)} is long (about {size:.1f} MB): its timeline and facts"
            " take a while; read and search its text meanwhile",
            timeout=15,
            markup=False,
        )
        return True

    def _show_report(self, index: int, text_shown: bool = False) -> None:
        report = self.state.reports[index]
        if not text_shown:  # on_mount shows the first report's text before the lists come
            self.source.set_text(report.text)
        self.source.border_title = Text(f"Text · {one_line(report.path.name)}")  # never markup
        if self.reports.cursor != index:
            self.reports.cursor = index
        self.search.clear()
        self._show_analysis(keep=False)

    def _show_analysis(self, keep: bool) -> None:
        state = self.state
        analysis = state.analysis_of(self.report_index)
        self._update_header()
        if analysis is None:
            report = self.state.reports[self.report_index]
            failure = self.state.failures.get(report.id)
            waiting = TextRow(failure or _waiting_words(report), "warning" if failure else "dim")
            self.timeline.set_rows([waiting])
            self.facts.set_rows([waiting])
            self._indexes = {}
            return
        self.source.set_layer("timex", [(t.start, t.end) for t in analysis.timexes])
        for widget, rows in (
            (self.timeline, self.timeline.rows_for(analysis, keep_folds=keep)),
            (self.facts, fact_rows(analysis, state.lent)),
        ):
            assert widget.id is not None
            self._indexes[widget.id] = SpanIndex(rows)
            cursor = widget.cursor if keep and 0 <= widget.cursor < len(rows) else None
            if cursor is None:
                cursor = self._indexes[widget.id].first()
            widget.set_rows(rows, cursor)
        paint([self.timeline, self.facts], state.marks, analysis.report.id)
        self._paint_source_marks()
        self._apply_row(self.side_list.current)
        self._mark_in_view(follow=False)

    def _update_header(self, header: ReportHeader | None = None) -> None:
        index = self.report_index
        state = self.state
        if not 0 <= index < len(state.reports):
            return
        if header is None:
            header = next(iter(self.query(ReportHeader).results(ReportHeader)), None)
        if header is None:  # the app is closing: an analysis arrived as the screen went
            return
        header.show(
            state.reports[index],
            state.analysis_of(index),
            index,
            len(state.reports),
            len(state.analyses) + len(state.failures),
            self.search.status(),
            state.marks.summary(state.analysis_of(index)),
            state.dct_overrides.get(state.reports[index].id),
        )

    def dates_lent(self) -> None:
        """Called by the app when the days other reports tell for undated incidents arrive:
        the open report's fact list shows them (its cursor and folds kept)."""
        if self._lists_live() and self.state.analysis_of(self.report_index) is not None:
            self._show_analysis(keep=True)

    def analysis_arrived(self, report_id: str) -> None:
        """Called by the app when a report's analysis (or its failure) arrives."""
        if not self._lists_live():  # on_mount will read the state as it is then (or closing)
            return
        ids = [r.id for r in self.state.reports]
        index = ids.index(report_id)
        row = ReportRow(index, self.state.reports[index], self.state.analyses.get(report_id))
        if self._burst is not None:  # many at once: one relayout and header at the end
            self._burst[index] = row
            if index == self.report_index:
                self._show_analysis(keep=True)
            return
        self.reports.replace_row(index, row)
        if index == self.report_index:
            self._show_analysis(keep=True)
        else:
            self._update_header()

    @contextmanager
    def arrivals(self) -> Iterator[None]:
        """Take many ``analysis_arrived`` calls as one: the report list relaid once, not each."""
        self._burst = {}
        try:
            yield
        finally:
            burst, self._burst = self._burst, None
            if burst:
                rows = self.reports.rows
                for index, row in burst.items():
                    rows[index] = row
                last = max(burst)
                self.reports.replace_row(last, rows[last])  # relays out every row once
                self._update_header()

    def corpus_changed(self, open_id: str | None) -> None:
        """Reports came or went on disk: redraw the list and keep the open report if it stayed."""
        if not self._lists_mounted or not self.query("#timeline"):  # shown at mount; or closing
            return
        state = self.state
        ids = [r.id for r in state.reports]
        self.refresh_bindings()  # `c` is offered from two reports on
        rows = report_rows(state.reports, state.analyses, state.corpus.skipped)
        if not ids:
            self._ready = False
            self.reports.set_rows(rows)
            self.source.set_text("")
            self.timeline.set_rows([TextRow("No reports to read.", "warning")])
            self.facts.set_rows([])
            return
        index = ids.index(open_id) if open_id in ids else min(self.report_index, len(ids) - 1)
        self.reports.set_rows(rows, index)
        stayed = self._ready and open_id in ids and index == self.report_index
        self._ready = True
        self.set_reactive(ReaderScreen.report_index, index)
        if stayed:
            self._update_header()
        else:
            self.watch_report_index(index)  # show it, and ask for its analysis if it has none

    def action_next_report(self) -> None:
        if not self._ready:
            return
        self.report_index = min(self.report_index + 1, len(self.state.reports) - 1)

    def action_previous_report(self) -> None:
        if not self._ready:
            return
        self.report_index = max(self.report_index - 1, 0)

    @on(RowList.Highlighted, "#reports")
    def report_highlighted(self, event: RowList.Highlighted) -> None:
        event.stop()
        if event.index != self.reports.cursor:
            return  # stale: the list moved on since (a key typed at start went to the next report)
        if event.index < len(self.state.reports) and event.index != self.report_index:
            self.report_index = event.index

    @on(RowList.Selected, "#reports")
    def report_selected(self, event: RowList.Selected) -> None:
        event.stop()
        self.side_list.focus()

    # -- timeline / facts <-> source -------------------------------------------------------------

    @on(RowList.Highlighted, "#timeline, #facts")
    def entry_highlighted(self, event: RowList.Highlighted) -> None:
        event.stop()
        if event.row_list is self.side_list:
            # A cursor the text moved (it follows what is on screen) lights its row but does not
            # scroll: the text may have moved on before this message came (end, pgdn typed fast).
            followed = self._followed.pop(event.row_list.id or "", None) == event.index
            self._apply_row(event.row_list.current, scroll=not followed)

    @on(RowList.Selected, "#timeline, #facts")
    def entry_selected(self, event: RowList.Selected) -> None:
        event.stop()
        row = event.row_list.current
        if isinstance(row, FoldRow):  # a heading: enter opens or closes it
            self.timeline.action_fold()
            return
        self._apply_row(row)
        self.source.focus()

    @on(TimelineList.FoldToggled)
    def fold_toggled(self, event: TimelineList.FoldToggled) -> None:
        """Show the timeline again with the fold opened or closed, the cursor on its head."""
        event.stop()
        analysis = self.state.analysis_of(self.report_index)
        if analysis is None:
            return
        timeline = self.timeline
        rows = timeline.rows_for(analysis, keep_folds=True)
        cursor = next((i for i, r in enumerate(rows) if fold_key_of(r) == event.key), None)
        self._indexes["timeline"] = SpanIndex(rows)
        timeline.set_rows(rows, cursor, keep_scroll=True)
        paint([timeline], self.state.marks, analysis.report.id)
        self._mark_in_view(follow=False)

    def _apply_row(self, row: Row | None, scroll: bool = True) -> None:
        source = self.source
        clause: list[tuple[int, int]] = []
        fact: list[tuple[int, int]] = []
        if isinstance(row, TimelineRow):
            clause = [clause_span(row.entry, source.text)]
        elif isinstance(row, FactRow):
            fact = [(row.fact.start, row.fact.end)]
        source.set_layer("clause", clause)
        source.set_layer("fact", fact)
        source.set_layer("current", [row.span] if row is not None and row.span else [])
        if scroll and row is not None and row.span:
            source.scroll_to_span(*row.span)
            self._scrolled_to = source.viewport()  # see viewport_changed

    @on(SourceView.ViewportChanged)
    def viewport_changed(self, event: SourceView.ViewportChanged) -> None:
        event.stop()
        layout = self.source.text_layout
        if not self._lists_mounted:
            self._source_layout = layout  # nothing follows yet, but a later scroll is no relayout
            return
        if layout != self._source_layout:
            # The text was laid out again (a header line, the progress bar or a scrollbar came or
            # went, the terminal changed): the text follows the selected entry, rather than the
            # selection jumping to whatever the rewrapped lines now show.
            self._source_layout = layout
            current = self.side_list.current
            if current is not None and current.span:
                self.source.scroll_to_span(*current.span)
            self._mark_in_view(follow=False)
            return
        if (event.start, event.end) == self._scrolled_to:
            # This screen scrolled there to show a selected entry; the cursor may have moved on
            # since (keys typed fast), and must not be pulled back to what that scroll showed.
            self._mark_in_view(follow=False)
            return
        # The text has left the place this screen scrolled it to: coming back there later (home
        # after end) is the user's scroll, which the selection follows too.
        self._scrolled_to = None
        self._mark_in_view(follow=True)  # the user scrolled the text: the selection follows

    def _mark_in_view(self, follow: bool) -> None:
        """Mark the entries whose words are on screen; if the cursor's are not, it follows."""
        side = self.side_list
        index = self._indexes.get(side.id or "")
        if index is None:
            side.set_in_view(frozenset())
            return
        start, end = self.source.viewport()  # the current one, not a stale message's
        in_view = index.overlapping(start, end)
        side.set_in_view(frozenset(in_view))
        current = side.current
        if (
            follow
            and in_view
            and (
                current is None
                or current.span is None
                or current.span[1] <= start
                or current.span[0] >= end
            )
        ):
            # The first of them in the list's order, and as many of the others as fit: the
            # list never hides entries above whose words are on screen (End in the text).
            first, last = min(in_view), max(in_view)
            self._followed[side.id or ""] = first
            side.cursor = first
            side.show_rows(first, last)

    @on(SourceView.Clicked)
    def source_clicked(self, event: SourceView.Clicked) -> None:
        event.stop()
        if not self._lists_mounted:
            return
        side = self.side_list
        for i, row in enumerate(side.rows):
            span = row.span
            if isinstance(row, TimelineRow):
                span = clause_span(row.entry, self.source.text)
            if span and span[0] <= event.offset < max(span[1], span[0] + 1):
                side.cursor = i
                return

    # -- panes ---------------------------------------------------------------------------------

    def action_switch_pane(self, step: int = 1) -> None:
        panes: list[Widget] = [self.side_list, self.source, self.reports]
        focused = self.focused
        position = panes.index(focused) if focused in panes else -step
        panes[(position + step) % len(panes)].focus()

    def action_toggle_side(self) -> None:
        if self._lists_mounted:
            self._show_side("timeline" if self._side == "facts" else "facts")

    def action_show_side(self, tab: str) -> None:
        if self._lists_mounted:
            self._show_side(tab)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "show_side":  # `t` offers the list that is not shown
            return bool(parameters) and parameters[0] != self._side
        if action in ("compare", "one_report"):  # nothing to compare one report with
            return (len(self.state.reports) >= 2) == (action == "compare")
        return True

    @on(SideTabs.Chosen)
    def side_chosen(self, event: SideTabs.Chosen) -> None:
        event.stop()
        if self._lists_mounted:
            self._show_side(event.tab)

    def _show_side(self, tab: str) -> None:
        """Show one list beside the text, focused, its cursor's item highlighted in the text."""
        self._side = tab
        self.timeline.display = tab == "timeline"
        self.facts.display = tab == "facts"
        self.query_one("#side-tabs", SideTabs).active = tab
        self.refresh_bindings()  # the footer's `t` names the other list now
        self.side_list.focus()
        # The list brought in follows the text first (it was hidden while the text scrolled),
        # so the text stays where the reader is instead of jumping to a stale cursor.
        self._mark_in_view(follow=True)
        self._apply_row(self.side_list.current)
        self.call_after_refresh(self._side_from_top)

    def _side_from_top(self) -> None:
        """The list brought in shows its top, or its cursor at the top when it lies lower:
        scrolled just enough to show the cursor, it opened with the cursor at the bottom and the
        list's middle above it."""
        side = self.side_list
        if not 0 <= side.cursor < len(side.rows):
            return
        side.scroll_to(y=0, animate=False, force=True, immediate=True)
        side.show_row(side.cursor)
        if side.scroll_offset.y > 0:  # below the first screen: the cursor (and its headings) on top
            side.scroll_to(y=side.max_scroll_y, animate=False, force=True, immediate=True)
            side.show_row(side.cursor)

    # -- DCT and help --------------------------------------------------------------------------

    def action_set_dct(self) -> None:
        if not self._ready:
            return
        report = self.state.reports[self.report_index]
        analysis = self.state.analysis_of(self.report_index)
        current = self.state.dct_overrides.get(report.id) or (analysis.dct if analysis else None)

        def chosen(value: str | None) -> None:
            if value is not None:
                self.post_message(self.DctChosen(report.id, value or None))

        from incident_reader.ui.screens.dct import DctScreen  # modal screens: imported on use

        self.app.push_screen(DctScreen(report.title, current), chosen)

    def action_export(self) -> None:
        """Ask for a format and a file, then export the folder as `incident-reader export` does."""
        from incident_reader.ui.export import FORMATS, default_target
        from incident_reader.ui.screens.export import ExportChoice, ExportScreen

        corpus = self.state.corpus
        if not corpus.reports:
            self.notify("No reports to export", severity="warning", markup=False)
            return
        targets = {f: default_target(corpus, f) for f in FORMATS}

        def chosen(choice: ExportChoice | None) -> None:
            export = getattr(self.app, "export", None)
            if choice is not None and export is not None:
                export(choice.export_format, choice.target, choice.verified_only)

        folder = corpus.root.name if corpus.root is not None else f"{len(corpus.reports)} reports"
        self.app.push_screen(ExportScreen(one_line(folder), targets), chosen)

    def action_help(self) -> None:
        from incident_reader.ui.screens.help import HelpScreen

        self.app.push_screen(HelpScreen())

    def action_in_comparison(self, key: str) -> None:
        """A key of the comparison alone (f, s, a, b, m): say in one line where it works."""
        from incident_reader.ui.keys import COMPARISON_ONLY

        what = COMPARISON_ONLY.get(key, "")
        self.notify(f"{key} ({what}) works in the comparison: c opens it.", markup=False)

    def action_one_report(self) -> None:
        """`c` with one report: say why nothing opens (the footer does not offer it)."""
        self.notify("Comparing needs at least two reports.", severity="warning", markup=False)

    def action_compare(self) -> None:
        # Imported on first use; the comparison screen (the whole pipeline) loads after the picker.
        from incident_reader.ui.screens.compare_open import open_compare

        if self._ready:
            open_compare(self.app, self.state, self.report_index)
