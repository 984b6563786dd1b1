"""Marking from the comparison view (v x i u): the highlighted row's statements in the two reports
side by side get the status at once, as the reader would record them one by one."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.screen import Screen

from incident_reader.core.store import StoreError
from incident_reader.ui.literal import one_line
from incident_reader.ui.widgets.compare_table import SHORT_LABELS, CompareRow

if TYPE_CHECKING:
    from incident_reader.ui.state import ReaderState
    from incident_reader.ui.widgets.compare_filter import VerifiedLookup
    from incident_reader.ui.widgets.compare_table import CompareTable


class CompareMarkingMixin(Screen[None]):
    """``action_mark`` for the comparison screen; it redraws the table with the new symbols."""

    if TYPE_CHECKING:
        state: ReaderState
        a: str
        b: str
        _verified: VerifiedLookup

        @property
        def table(self) -> CompareTable: ...

        def _fill_table(self) -> None: ...

        def _highlight(self) -> None: ...

    def action_mark(self, status: str) -> None:
        """Set the status of both reports' statements in the highlighted row (or the one there)."""
        row = self.table.current
        if not isinstance(row, CompareRow):
            self.notify("Nothing to mark here: highlight a fact or moment", markup=False)
            return
        marks = self.state.marks
        if not marks.writable:
            self.notify(one_line(marks.why_not_writable()), severity="warning", markup=False)
            return
        reports = {r.id: r for r in self.state.reports}
        marked = 0
        for article in (self.a, self.b):
            side, report = row.sides.get(article), reports.get(article)
            if side is None or report is None:
                continue
            ref = self._verified.ref(article, side.start, side.end, row.kind)
            try:
                marks.set_status(report, ref, status)
            except StoreError as err:
                self.notify(one_line(str(err)), severity="error", markup=False)
                return
            marked += 1
        label = SHORT_LABELS.get(row.kind, row.kind)
        where = "both reports" if marked == 2 else "the one report that states it"
        self.notify(f"{label}: {status} in {where}", markup=False)
        cursor = self.table.cursor
        self._verified.forget()
        self._fill_table()
        if 0 <= cursor < len(self.table.rows):  # the "not yet verified" filter may drop the row
            self.table.cursor = cursor
        self._highlight()
