"""Marking from the comparison view (v x i u): the highlighted row's statements in the two reports
side by side get the status at once, as the reader would record them one by one; `m` turns the
marking to report A alone, then B alone, then both again (verified in A, disputed in B). A report's
statement is every mention of it (the headline, a repeat, a less precise wording: its echoes), so
the reader, the export and the counts agree with the row; a mention where the report says
otherwise is left alone. On a conflict or revised row v and x ask for a side: two different
values are never verified or disputed together (an earlier figure and the one that revised it may
both have been right when written, or not; which one the user vouches for is theirs to say).
After `f` found no conflict between A and B the cursor stays where it was, and the next mark key
only says so: it never marks a row the user did not go to."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.screen import Screen

from incident_reader.core.store import StoreError
from incident_reader.ui.literal import one_line
from incident_reader.ui.screens.marking import undo_last
from incident_reader.ui.widgets.compare_table import SHORT_LABELS, CompareRow

if TYPE_CHECKING:
    from incident_reader.core.align import ComparisonIndex
    from incident_reader.core.model import Report
    from incident_reader.core.store import ItemRef
    from incident_reader.ui.marks import MarkBook
    from incident_reader.ui.state import ReaderState
    from incident_reader.ui.widgets.compare_filter import VerifiedLookup
    from incident_reader.ui.widgets.compare_table import CompareTable


SIDES = ("both", "A", "B")  # what v x i u mark, in the order `m` steps through them
# What a conflict or revised row's two values never get together: a verdict on one is none on
# the other (i and u, which judge nothing, still mark both).
ONE_SIDED = frozenset(("verified", "disputed"))
# Rows whose two values differ: a conflict, or a figure and the later one that revised it.
TWO_VALUES = {
    "conflict": "the two reports conflict",
    "revised": "one report revises the other's figure",
}


class CompareMarkingMixin(Screen[None]):
    """``action_mark`` for the comparison screen; it redraws the table with the new symbols."""

    marking_side: str = "both"  # "both", or "A" / "B": the one report side by side that v marks
    # the row the cursor stayed on when f found no conflict between A and B: the next mark key
    # there says so instead of marking a row the user did not go to
    _stayed_after_f: int | None = None
    # (row, status) of a v or x that would have turned the user's own opposite verdict on some
    # mention: it asked first; the same key on the same row again overrides
    _asked_override: tuple[int, str] | None = None

    if TYPE_CHECKING:
        state: ReaderState
        a: str
        b: str
        index: ComparisonIndex | None
        _verified: VerifiedLookup

        @property
        def table(self) -> CompareTable: ...

        def _fill_table(self) -> None: ...

        def _highlight(self) -> None: ...

        def _update_header(self) -> None: ...

    def action_mark(self, status: str) -> None:
        """Set the status of both reports' statements in the highlighted row (or the one there)."""
        row = self.table.current
        if not isinstance(row, CompareRow):
            self.notify("Nothing to mark here: highlight a fact or moment", markup=False)
            return
        if self._stayed_after_f is not None and self._stayed_after_f == self.table.cursor:
            self._stayed_after_f = None  # said once: the same key again marks this row
            label = SHORT_LABELS.get(row.kind, row.kind)
            self.notify(
                f"Nothing marked: f found no conflict between A and B, so the cursor stayed on"
                f" {label}. Press the key again to mark {label}, or move to a row first.",
                severity="warning",
                markup=False,
            )
            return
        marks = self.state.marks
        if not marks.writable:
            self.notify(one_line(marks.why_not_writable()), severity="warning", markup=False)
            return
        targets = self._statements(row)
        label = SHORT_LABELS.get(row.kind, row.kind)
        if not targets:
            self.notify(f"{label}: report {self.marking_side} does not state it", markup=False)
            return
        if row.status in TWO_VALUES and len(targets) == 2 and status in ONE_SIDED:
            # two different values: a verdict on one is none on the other, so neither is marked
            # for the other (i and u, which judge nothing, still mark both)
            self.notify(
                f"{label}: {TWO_VALUES[row.status]}; press m to mark report A or B alone",
                severity="warning",
                markup=False,
            )
            return
        if status in ONE_SIDED and not self._override_agreed(targets, status, label):
            return
        with marks.one_step():  # one key, one undo, however many mentions it marked
            for report, refs in targets:
                for ref in refs:
                    try:
                        marks.set_status(report, ref, status)
                    except StoreError as err:
                        self.notify(one_line(str(err)), severity="error", markup=False)
                        return
        self.notify(f"{label}: {status} in {self._where(targets)}", markup=False)
        self._redraw_marks()

    def _override_agreed(
        self, targets: list[tuple[Report, list[ItemRef]]], status: str, label: str
    ) -> bool:
        """Whether v or x may go ahead: at once when no mention it covers holds the user's
        opposite verdict; else the first press says which and how to go on (the same key again
        overrides them, z undoes it), so a mention disputed with a note ("another case") is
        never turned verified by a row's key unseen."""
        other = next(iter(ONE_SIDED - {status}))
        marks = self.state.marks
        held = [
            (report, ref)
            for report, refs in targets
            for ref in refs
            if marks.status_of(report.id, ref) == other
        ]
        asked = (self.table.cursor, status)
        if not held or self._asked_override == asked:
            self._asked_override = None
            return True
        self._asked_override = asked
        where = ", ".join(sorted({report.id for report, _ in held}))
        self.notify(
            f"{label}: {len(held)} mention{'s' if len(held) > 1 else ''} you marked {other} in"
            f" {where} would become {status}. Press the key again to override, m to mark one"
            " report alone, or mark the mention in the reader.",
            severity="warning",
            markup=False,
        )
        return False

    def action_note(self) -> None:
        """Write a note on the highlighted row's statements (e), as v marks them: both reports,
        or the one chosen with m; one undo takes the note back from both."""
        from incident_reader.ui.screens.note import NoteScreen  # imported on use

        row = self.table.current
        marks = self.state.marks
        # Refused, the dialog still opens and says why: the note typed next is no command.
        if not isinstance(row, CompareRow):
            refused = "Nothing to note here: highlight a fact or moment"
            self.app.push_screen(NoteScreen("", None, refused=refused))
            return
        if not marks.writable:
            self.app.push_screen(NoteScreen("", None, refused=marks.why_not_writable()))
            return
        targets = self._statements(row)
        label = SHORT_LABELS.get(row.kind, row.kind)
        if not targets:
            self.notify(f"{label}: report {self.marking_side} does not state it", markup=False)
            return
        # each statement's note, from the first of its mentions that has one (as the table's ✎)
        notes = [n for r, refs in targets if (n := _first_note(marks, r.id, refs))]
        where = self._where(targets)

        def chosen(note: str | None) -> None:
            if note is None:
                return
            with marks.one_step():
                for report, refs in targets:
                    for ref in refs:
                        try:
                            marks.set_note(report, ref, note or None)
                        except StoreError as err:
                            self.notify(one_line(str(err)), severity="error", markup=False)
                            return
            said = "note kept" if note else "note cleared"
            self.notify(f"{label}: {said} in {where}", markup=False)
            self._redraw_marks()

        about = f"{label} ({where})"
        self.app.push_screen(NoteScreen(about, notes[0] if notes else None), chosen)

    def action_history(self) -> None:
        """Every change to the highlighted row's statements (h), each with its report: both
        reports', or the side chosen with m."""
        row = self.table.current
        if not isinstance(row, CompareRow):
            self.notify("No history here: highlight a fact or moment", markup=False)
            return
        marks, store = self.state.marks, self.state.marks.store
        targets = self._targets(row)
        changes = []
        for report, ref in targets:
            mark = marks.mark_of(report.id, ref)
            if mark is None or store is None:
                continue
            try:
                changes += store.history(mark.key)
            except StoreError as err:
                self.notify(one_line(str(err)), severity="error", markup=False)
                return
        changes.sort(key=lambda c: (c.at, c.id))
        names = {self.a: "A", self.b: "B"}  # a short column; the title names the reports
        label = f"{SHORT_LABELS.get(row.kind, row.kind)} ({self._where(len(targets))})"
        label += f" · A {self.a} · B {self.b}"
        from incident_reader.ui.screens.history import HistoryScreen  # imported on use

        self.app.push_screen(HistoryScreen(label, changes, names))

    def _statements(self, row: CompareRow) -> list[tuple[Report, list[ItemRef]]]:
        """The row's statements that v x i u and e act on (both reports', or side A's or B's),
        each as every mention of it in its report: the one the row shows first, then its echoes
        (``ComparisonIndex.mentions``)."""
        reports = {r.id: r for r in self.state.reports}
        chosen = {"A": (self.a,), "B": (self.b,)}.get(self.marking_side, (self.a, self.b))
        out: list[tuple[Report, list[ItemRef]]] = []
        for article in chosen:
            side, report = row.sides.get(article), reports.get(article)
            if side is None or report is None:
                continue
            if self.index is not None:
                spans = self.index.mentions(row.key[0], row.kind, side)
            else:
                spans = [(side.start, side.end)]
            out.append((report, [self._verified.ref(article, s, e, row.kind) for s, e in spans]))
        return out

    def _targets(self, row: CompareRow) -> list[tuple[Report, ItemRef]]:
        """The mention the row shows of each statement acted on (h lists its changes)."""
        return [(report, refs[0]) for report, refs in self._statements(row)]

    def _where(self, targets: int | list[tuple[Report, list[ItemRef]]]) -> str:
        """Which reports a key acted on, in words (and how many mentions, when more than one)."""
        count = targets if isinstance(targets, int) else len(targets)
        if self.marking_side != "both":
            where = f"report {self.marking_side} only"
        else:
            where = "both reports" if count == 2 else "the one report that states it"
        mentions = 0 if isinstance(targets, int) else sum(len(refs) for _, refs in targets)
        return f"{where}, {mentions} mentions" if mentions > count else where

    def action_undo(self) -> None:
        """Take back the last mark changed in this window (ctrl+z, z): both reports' at once."""
        if undo_last(self, self.state.marks):
            self._redraw_marks()

    def _redraw_marks(self) -> None:
        """Refill the table with the current marks, keeping the cursor where it was."""
        cursor = self.table.cursor
        self._verified.forget()
        self._fill_table()
        if 0 <= cursor < len(self.table.rows):  # the "not yet verified" filter may drop the row
            self.table.cursor = cursor
        self._highlight()

    def action_cycle_side(self) -> None:
        """Turn what v x i u mark: both reports, then report A alone, then report B alone."""
        self.marking_side = SIDES[(SIDES.index(self.marking_side) + 1) % len(SIDES)]
        where = "both reports" if self.marking_side == "both" else f"report {self.marking_side}"
        self.notify(f"v x i u now mark {where}", markup=False)
        self._update_header()  # the header shows the side chosen for as long as it holds


def _first_note(marks: MarkBook, report_id: str, refs: list[ItemRef]) -> str | None:
    """The note of a statement: that of the first of its mentions that carries one."""
    for ref in refs:
        mark = marks.mark_of(report_id, ref)
        if mark is not None and mark.note:
            return mark.note
    return None
