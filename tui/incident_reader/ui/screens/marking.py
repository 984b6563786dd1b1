"""The reader screen's marking actions (v x i u e h o r), kept apart from navigation."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.screen import Screen

from incident_reader.core.store import StoreError, item_ref
from incident_reader.ui.literal import one_line
from incident_reader.ui.marks import MarkBook
from incident_reader.ui.widgets.fact_list import FactRow, readable_fact_value
from incident_reader.ui.widgets.row_list import RowList
from incident_reader.ui.widgets.source_view import MARK_LAYERS
from incident_reader.ui.widgets.timeline import TimelineRow

if TYPE_CHECKING:
    from incident_reader.core.model import Fact, ReportAnalysis, TimelineEntry
    from incident_reader.ui.state import ReaderState
    from incident_reader.ui.widgets.source_view import SourceView

MarkedRow = TimelineRow | FactRow


def describe(row: MarkedRow) -> str:
    """A short label of an item for prompts: its words, and a fact's value."""
    if isinstance(row, TimelineRow):
        return f"{row.entry.timex.text} (timeline)"
    return f"{readable_fact_value(row.fact.value)}: “{row.fact.text}”"


def item_of(row: MarkedRow) -> TimelineEntry | Fact:
    """The timeline entry or fact a row shows."""
    return row.entry if isinstance(row, TimelineRow) else row.fact


def marked_spans(rows: list[RowList]) -> dict[str, list[tuple[int, int]]]:
    """The words of marked items by status (verified, disputed, inconclusive), from their rows."""
    spans: dict[str, list[tuple[int, int]]] = {}
    for row_list in rows:
        for row in row_list.all_rows():
            if isinstance(row, TimelineRow | FactRow) and row.mark is not None:
                item = item_of(row)
                spans.setdefault(row.mark.status, []).append((item.start, item.end))
    return spans


def paint(rows: list[RowList], marks: MarkBook, report_id: str) -> None:
    """Give every timeline and fact row of the lists its current mark and redraw them."""
    for row_list in rows:
        changed = -1
        shown = len(row_list.rows)
        for index, row in enumerate(row_list.all_rows()):
            if isinstance(row, TimelineRow | FactRow):
                mark = marks.mark_of(report_id, item_of(row))
                if mark is not row.mark:
                    row.mark = mark
                    changed = max(changed, min(index, shown - 1))
        if changed >= 0:  # one redraw of the list however many rows changed
            row_list.replace_row(changed, row_list.rows[changed])


def undo_last(screen: Screen[None], marks: MarkBook) -> bool:
    """Undo the last change of the marks and say on ``screen`` what came back; False if none."""
    if not marks.can_undo:
        screen.notify("Nothing to undo: no mark or note changed in this window", markup=False)
        return False
    try:
        step = marks.undo()
    except StoreError as err:
        screen.notify(one_line(str(err)), severity="error", markup=False)
        return False
    first = step[0]
    ref = item_ref(first.report.id, first.item)  # its words: the undone item may be off screen
    words = one_line(first.report.text[ref.start : ref.end])
    words = words if len(words) <= 40 else words[:39] + "…"
    statuses = " / ".join(dict.fromkeys(before.status for before in step))
    reports = len({before.report.id for before in step})
    where = f" in {reports} reports" if reports > 1 else ""
    note = next((one_line(b.note) for b in step if b.note), None)
    with_note = f", note “{note}”" if note else ""
    screen.notify(f"Undone: “{words}” back to {statuses}{where}{with_note}", markup=False)
    return True


class MarkingMixin(Screen[None]):
    """Actions that mark the highlighted item through the state's MarkBook, or say why not."""

    if TYPE_CHECKING:
        state: ReaderState
        report_index: int
        _ready: bool

        @property
        def side_list(self) -> RowList: ...

        @property
        def timeline(self) -> RowList: ...

        @property
        def facts(self) -> RowList: ...

        @property
        def source(self) -> SourceView: ...

        def _update_header(self) -> None: ...

        def _show_report(self, index: int) -> None: ...

    def _marked(self) -> tuple[ReportAnalysis, MarkedRow] | None:
        """The analysis and the highlighted row, or None (with a notice) when there is none."""
        if not self.state.reports:
            return None
        analysis = self.state.analysis_of(self.report_index)
        row = self.side_list.current
        if analysis is None or not isinstance(row, TimelineRow | FactRow):
            self.notify("Nothing to mark here: highlight a timeline entry or a fact", markup=False)
            return None
        return analysis, row

    def _writable(self) -> bool:
        if not self.state.marks.writable:
            self.notify(
                one_line(self.state.marks.why_not_writable()), severity="warning", markup=False
            )
            return False
        return True

    def action_mark(self, status: str) -> None:
        """Set the highlighted item's status (v x i u)."""
        target = self._marked()
        if target is None or not self._writable():
            return
        analysis, row = target
        if self.state.marks.status_of(analysis.report.id, item_of(row)) == status:
            self.notify(f"Already {status}: nothing changed", markup=False)
            return
        try:
            self.state.marks.set_status(analysis.report, item_of(row), status)
        except StoreError as err:
            self.notify(one_line(str(err)), severity="error", markup=False)
            self.refresh_marks()
            return
        self.refresh_marks()
        if self.focused is not self.side_list:  # from the text or the report list: say which
            self.notify(one_line(f"Marked {status}: {describe(row)}"), markup=False)

    def action_undo(self) -> None:
        """Take back the last mark, note or report date changed in this window (ctrl+z, z)."""
        marks = self.state.marks
        dated = marks.dates.take(marks.changes)
        chosen = getattr(self, "DctChosen", None)  # the reader's message (set with d)
        if dated is not None and chosen is not None:
            self.post_message(chosen(*dated))
            return
        undone = undo_last(self, marks)
        if undone:
            self.refresh_marks()

    def action_note(self) -> None:
        """Ask for a note on the highlighted item (e); refused, the dialog says why (NoteScreen)."""
        from incident_reader.ui.screens.note import NoteScreen  # imported on use

        marks = self.state.marks
        analysis = self.state.analysis_of(self.report_index) if self.state.reports else None
        row = self.side_list.current if analysis is not None else None
        if analysis is None or not isinstance(row, TimelineRow | FactRow):
            refused = "Nothing to note here: highlight a timeline entry or a fact"
            self.app.push_screen(NoteScreen("", None, refused=refused))
            return
        if not marks.writable:
            self.app.push_screen(NoteScreen("", None, refused=marks.why_not_writable()))
            return
        item = item_of(row)
        current = marks.mark_of(analysis.report.id, item)

        def chosen(note: str | None) -> None:
            if note is None:
                return
            try:
                self.state.marks.set_note(analysis.report, item, note or None)
            except StoreError as err:
                self.notify(one_line(str(err)), severity="error", markup=False)
            self.refresh_marks()

        self.app.push_screen(NoteScreen(describe(row), current.note if current else None), chosen)

    def action_history(self) -> None:
        """Show every change to the highlighted item (h)."""
        target = self._marked()
        if target is None:
            return
        analysis, row = target
        mark = self.state.marks.mark_of(analysis.report.id, item_of(row))
        store = self.state.marks.store
        changes = []
        if mark is not None and store is not None:
            try:
                changes = store.history(mark.key)
            except StoreError as err:
                self.notify(one_line(str(err)), severity="error", markup=False)
        from incident_reader.ui.screens.history import HistoryScreen  # imported on use

        self.app.push_screen(HistoryScreen(describe(row), changes))

    def action_orphans(self) -> None:
        """List the marks that could not be placed on any item (o)."""
        reports = self.state.reports
        orphans = self.state.marks.orphans(reports)
        from incident_reader.ui.screens.orphans import OrphansScreen  # imported on use

        self.app.push_screen(OrphansScreen(orphans, {r.id: r.title for r in reports}))

    def action_reload(self) -> None:
        """Re-read marks from the store and report files from disk (r); the app does the work."""
        reload = getattr(self.app, "reload_all", None)
        if reload is not None:
            reload()

    def _lists_live(self) -> bool:
        """Whether the lists are there to redraw: not before they are filled (just after the
        first frame, or no reports) and not while the app closes, when they are removed before
        the screen and another reviewer's marks or a changed file can still land."""
        return self._ready and bool(self.query("#timeline"))

    def refresh_marks(self) -> None:
        """Redraw the open report's rows and header after its marks changed."""
        if not self._lists_live():
            return
        report_id = self.state.reports[self.report_index].id
        paint([self.timeline, self.facts], self.state.marks, report_id)
        self._paint_source_marks()
        self._update_header()

    def _paint_source_marks(self) -> None:
        """Colour the words of the open report's marked items in the text, by status."""
        spans = marked_spans([self.timeline, self.facts])
        for layer in MARK_LAYERS:
            self.source.set_layer(layer, sorted(spans.get(layer.removeprefix("marked-"), ())))

    def report_replaced(self, report_id: str) -> None:
        """A report's file changed: show its new text now if it is open (analysis follows)."""
        ids = [r.id for r in self.state.reports]
        if report_id in ids and ids.index(report_id) == self.report_index and self._lists_live():
            self._show_report(self.report_index)
