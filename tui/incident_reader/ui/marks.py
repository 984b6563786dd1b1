"""Verification marks in the reader: each item's status, its symbol and colour, counts, orphans.

The MarkBook is the reader's copy of the store's marks for the reports it has analysed: it places
each report's marks on the current timeline entries and facts (re-anchored by the store), keeps the
ones it cannot place as orphans, and writes every change through the store (one transaction each).
Views draw a status with ``mark_cell`` and colour it through the ``row-list--mark-*`` component
classes styled in app.tcss; the comparison filter asks ``is_unverified``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from functools import partial
from typing import TYPE_CHECKING

from rich.style import Style
from rich.text import Text

from incident_reader.core.model import Report
from incident_reader.core.record import FrozenRecord
from incident_reader.core.store import (
    STATUS_SYMBOLS,
    STATUSES,
    ItemRef,
    Mark,
    Store,
    StoreError,
    item_ref,
    now_utc,
)
from incident_reader.ui.date_undo import DateUndo
from incident_reader.ui.literal import one_line
from incident_reader.ui.mark_writer import MarkWriter

if TYPE_CHECKING:  # analysis records load with the first analysis (core.model_analysis)
    from incident_reader.core.model import Fact, ReportAnalysis, TimelineEntry

    Item = TimelineEntry | Fact

# Component classes of RowList (styled in app.tcss): one per status, so colour follows status.
MARK_COMPONENTS: frozenset[str] = frozenset(f"row-list--mark-{s}" for s in STATUSES)
NOT_FOUND = "its words were not found with their context"
NO_ITEM = "no timeline entry or fact there now"
NOT_IN_FOLDER = "its report is not among the files opened"

ItemKey = tuple[str, str, int, int]  # (item kind, kind, start, end), as PlacedMark.is_for
StyleOf = Callable[[str], Style]
UNDO_DEPTH = 200  # key presses that ctrl+z can take back, newest first


class Before(FrozenRecord):
    """An item's status and note before a key changed them, for undo to put back."""

    __slots__ = ("report", "item", "status", "note")
    _fields = __slots__
    report: Report
    item: Item | ItemRef
    status: str
    note: str | None

    def __init__(self, report: Report, item: Item | ItemRef, status: str, note: str | None) -> None:
        self._init(report=report, item=item, status=status, note=note)


def _tally(counts: dict[str, int]) -> str:
    """'4 of 40 verified, 1 disputed': the verified share, then the other verdicts there are."""
    words = [f"{counts['verified']} of {counts['total']} verified"]
    words += [f"{counts[s]} {s}" for s in ("disputed", "inconclusive") if counts[s]]
    return ", ".join(words)


def status_symbol(status: str) -> str:
    """The one-cell symbol of a status (a space for unverified), from the store's table."""
    return STATUS_SYMBOLS.get(status, "?")


def status_component(status: str) -> str:
    """The component class name (without ``row-list--``) that colours a status."""
    return f"mark-{status if status in STATUSES else 'unverified'}"


def mark_cell(mark: Mark | None, style_of: StyleOf) -> Text:
    """A status as symbol and colour, two cells wide, for the start of a row."""
    status = mark.status if mark else "unverified"
    return Text(f"{status_symbol(status)} ", style=style_of(status_component(status)), end="")


def note_tail(mark: Mark | None, style_of: StyleOf) -> Text:
    """'  ✎ note' after a row's words when its mark carries a note (report words: literal)."""
    if mark is None or not mark.note:
        return Text("", end="")
    return Text(f"  ✎ {one_line(mark.note)}", style=style_of("dim"), end="")


def _key(ref: ItemRef) -> ItemKey:
    return (ref.item_kind, ref.kind, ref.start, ref.end)


class Orphan(FrozenRecord):
    """A mark that is not on any item of its report now, and why."""

    __slots__ = ("report_id", "mark", "reason")
    _fields = __slots__
    report_id: str
    mark: Mark
    reason: str

    def __init__(self, report_id: str, mark: Mark, reason: str) -> None:
        self._init(report_id=report_id, mark=mark, reason=reason)


class MarkBook:
    """The marks of the analysed reports, by item; changes go through the store first."""

    def __init__(self, store: Store | None = None) -> None:
        self.store = store
        self._marks: dict[str, dict[ItemKey, Mark]] = {}
        self._orphans: dict[str, list[Orphan]] = {}
        self._sha1: dict[str, str] = {}  # the version of each report the marks were placed in
        self._items: dict[str, int] = {}  # how many items (entries and facts) each report has
        self.writer = MarkWriter()  # writes off the UI thread while the database is busy
        self._undo: list[list[Before]] = []  # one list per key press, the newest last
        self._step: list[Before] | None = None  # the key press under way (one_step)
        self.changes = 0  # changes made minus those undone: where the dates set stand (dates)
        self.dates = DateUndo()  # the report dates set with d, which z takes back in turn

    # -- state of the store --------------------------------------------------------------------

    @property
    def writable(self) -> bool:
        """Whether keys may change marks (a store that opened and is not read-only)."""
        return self.store is not None and not self.store.read_only

    def why_not_writable(self) -> str:
        """One line for a notice when marking is refused."""
        if self.store is None:
            return "Marks are off: the reader was opened without a marks database"
        if self.store.error:
            return f"Marks are read-only: {self.store.error}"
        return f"Marks are read-only: {self.store.location_note}"

    def where(self) -> str:
        """Where the marks live, or why they are off, for the header."""
        if self.store is None:
            return "off (no marks database)"
        if self.store.error:
            return f"off, read-only: {self.store.error}"
        if self.store.read_only:
            return f"read-only {self.store.location_note}"
        return self.store.location_note

    # -- loading -------------------------------------------------------------------------------

    def load(self, analysis: ReportAnalysis) -> None:
        """(Re)read one report's marks from the store and place them on its items now."""
        report = analysis.report
        marks: dict[ItemKey, Mark] = {}
        orphans: list[Orphan] = []
        if self.store is not None:
            try:
                placed, lost = self.store.marks_for(report.id, report.text, report.sha1)
            except StoreError:
                placed, lost = [], []
            every: tuple[Item, ...] = (*analysis.timeline, *analysis.facts)
            items = {_key(item_ref(report.id, i)) for i in every}
            for p in placed:
                key = (p.mark.item_kind, p.mark.kind, p.start, p.end)
                if key in items:
                    marks[key] = p.mark
                else:
                    orphans.append(Orphan(report.id, p.mark, NO_ITEM))
            orphans += [Orphan(report.id, m, NOT_FOUND) for m in lost]
        self._marks[report.id] = marks
        self._orphans[report.id] = orphans
        self._sha1[report.id] = report.sha1
        self._items[report.id] = len(analysis.timeline) + len(analysis.facts)

    def forget(self, report_id: str) -> None:
        """Drop what is known of a report (its file changed; it is placed again on arrival)."""
        self._marks.pop(report_id, None)
        self._orphans.pop(report_id, None)
        self._sha1.pop(report_id, None)
        self._items.pop(report_id, None)
        self._undo = [s for s in self._undo if all(b.report.id != report_id for b in s)]

    # -- reading -------------------------------------------------------------------------------

    def mark_of(self, report_id: str, item: Item | ItemRef) -> Mark | None:
        """The mark on an item, or None when it has none."""
        return self._marks.get(report_id, {}).get(_key(item_ref(report_id, item)))

    def status_of(self, report_id: str, item: Item | ItemRef) -> str:
        """The item's status: verified, disputed, inconclusive or unverified."""
        mark = self.mark_of(report_id, item)
        return mark.status if mark else "unverified"

    def is_unverified(self, report_id: str, item: Item | ItemRef) -> bool:
        """True while nobody has marked the item verified (for the "not yet verified" filter)."""
        return self.status_of(report_id, item) != "verified"

    def counts(self, analysis: ReportAnalysis) -> dict[str, int]:
        """Items of a report by status, plus 'total' and 'orphans'."""
        rid = analysis.report.id
        out = dict.fromkeys(STATUSES, 0)
        items: tuple[Item, ...] = (*analysis.timeline, *analysis.facts)
        total = 0
        for item in items:
            out[self.status_of(rid, item)] += 1
            total += 1
        out["total"] = total
        out["orphans"] = len(self._orphans.get(rid, []))
        return out

    def corpus_counts(self) -> dict[str, int]:
        """Items of every analysed report by status, plus 'total' and 'reports' (how many).

        Counts the marks placed, not the items, so it stays cheap for a thousand reports.
        """
        out = dict.fromkeys(STATUSES, 0)
        for marks in self._marks.values():
            for mark in marks.values():
                out[mark.status if mark.status in out else "unverified"] += 1
        out["total"] = sum(self._items.values())
        out["reports"] = len(self._items)
        out["unverified"] = out["total"] - sum(out[s] for s in STATUSES if s != "unverified")
        return out

    def summary(self, analysis: ReportAnalysis | None) -> str:
        """The header's marks line: '1 of 12 verified, 1 disputed · all reports (3 analysed):
        4 of 40 verified · 2 orphans (o) · where'.

        Without a working store it only says that marks are off, and why.
        """
        parts: list[str] = []
        if self.store is not None and not self.store.error and analysis is not None:
            c = self.counts(analysis)
            parts.append(_tally(c))
            others = self.other_reviewers(analysis.report.id)
            if others:  # a team: who else has a say on this report
                parts.append(f"also marked by {', '.join(others)}")
            corpus = self.corpus_counts()
            if corpus["reports"] > 1:  # the whole job, for whoever checks a folder of reports
                parts.append(f"all reports ({corpus['reports']} analysed): {_tally(corpus)}")
            if c["orphans"]:
                orphaned = f"{c['orphans']} orphaned mark{'s' * (c['orphans'] != 1)}"
                parts.append(f"{orphaned} in this report (o lists every report's)")
        parts.append(self.where())
        return "  ·  ".join(parts)

    def other_reviewers(self, report_id: str) -> list[str]:
        """Reviewers other than this reader's who hold marks on a report, by name."""
        me = self.store.reviewer if self.store is not None else None
        names = {m.reviewer for m in self._marks.get(report_id, {}).values()}
        return sorted(n for n in names if n != me)

    def orphans(self, reports: Iterable[Report]) -> list[Orphan]:
        """Every orphan of the corpus: analysed reports', unanalysed ones', and unknown reports'."""
        out: list[Orphan] = []
        known: set[str] = set()
        for report in reports:
            known.add(report.id)
            if self._sha1.get(report.id) == report.sha1:
                out += self._orphans.get(report.id, [])
            elif self.store is not None:  # not analysed yet: the words alone tell what is lost
                try:
                    _, lost = self.store.marks_for(report.id, report.text, report.sha1)
                except StoreError:
                    lost = []
                out += [Orphan(report.id, m, NOT_FOUND) for m in lost]
        if self.store is not None:
            try:
                elsewhere = [m for m in self.store.all_marks() if m.report_id not in known]
            except StoreError:
                elsewhere = []
            out += [Orphan(m.report_id, m, NOT_IN_FOLDER) for m in elsewhere]
        return out

    # -- writing -------------------------------------------------------------------------------

    def set_status(self, report: Report, item: Item | ItemRef, status: str) -> Mark | None:
        """Record a status (raises StoreError when marks are read-only or off).

        A busy database never holds the key up: the change shows at once and is saved by the
        writer thread when the lock goes (ui.mark_writer). The status the item already has
        records nothing (no history row, no undo step), so history tells only real changes.
        """
        store = self._store()
        current = self.mark_of(report.id, item)
        if (current.status if current else "unverified") == status:
            return current
        old = self._remember_before(report, item)
        pending = _pending(store, report, item, status, old.note if old else None)
        attempt = partial(_set_status, store, report, item, status)
        return self._remember(report, item, self.writer.write(attempt, pending, self._saved))

    def set_note(self, report: Report, item: Item | ItemRef, note: str | None) -> Mark | None:
        """Record a note, keeping the status (raises StoreError when read-only or off); the
        note the item already has records nothing."""
        store = self._store()
        current = self.mark_of(report.id, item)
        if (current.note if current else None) == note:
            return current
        old = self._remember_before(report, item)
        pending = _pending(store, report, item, old.status if old else "unverified", note)
        attempt = partial(_set_note, store, report, item, note)
        return self._remember(report, item, self.writer.write(attempt, pending, self._saved))

    @contextmanager
    def one_step(self) -> Iterator[None]:
        """Changes made inside are undone together: one key marks both reports compared."""
        self._step = []
        try:
            yield
        finally:
            step, self._step = self._step, None
            if step:
                self._push(step)

    @property
    def can_undo(self) -> bool:
        """Whether a change made in this window can still be taken back."""
        return bool(self._undo)

    def undo(self) -> list[Before]:
        """Put back the status and note the last key press replaced (each a change in the
        history like any other); what was put back, or [] when there is nothing to undo."""
        if not self._undo:
            return []
        store = self._store()
        step = self._undo.pop()
        self.changes -= 1
        for before in reversed(step):
            report, item = before.report, before.item
            pending = _pending(store, report, item, before.status, before.note)
            attempt = partial(_restore, store, report, item, before.status, before.note)
            self._remember(report, item, self.writer.write(attempt, pending, self._saved))
        return step

    def _remember_before(self, report: Report, item: Item | ItemRef) -> Mark | None:
        """The item's mark now, kept for undo before a key changes it."""
        old = self.mark_of(report.id, item)
        before = Before(
            report, item, old.status if old else "unverified", old.note if old else None
        )
        if self._step is not None:
            self._step.append(before)
        else:
            self._push([before])
        return old

    def _push(self, step: list[Before]) -> None:
        self.changes += 1
        self._undo.append(step)
        del self._undo[:-UNDO_DEPTH]

    def _saved(self, mark: Mark) -> None:
        """A queued change reached the database: keep the stored mark (its key, its time)."""
        key = (mark.item_kind, mark.kind, mark.anchor.start, mark.anchor.end)
        self._marks.setdefault(mark.report_id, {})[key] = mark

    def _store(self) -> Store:
        if self.store is None or self.store.read_only:
            raise StoreError(self.why_not_writable())
        return self.store

    def _remember(self, report: Report, item: Item | ItemRef, mark: Mark) -> Mark:
        self._marks.setdefault(report.id, {})[_key(item_ref(report.id, item))] = mark
        return mark


def _set_status(
    store: Store, report: Report, item: Item | ItemRef, status: str, wait: float
) -> Mark:
    return store.set_status(report, item, status, wait=wait)


def _restore(
    store: Store,
    report: Report,
    item: Item | ItemRef,
    status: str,
    note: str | None,
    wait: float,
) -> Mark:
    return store.set_status(report, item, status, note, wait=wait)


def _set_note(
    store: Store, report: Report, item: Item | ItemRef, note: str | None, wait: float
) -> Mark:
    return store.set_note(report, item, note, wait=wait)


def _pending(
    store: Store, report: Report, item: Item | ItemRef, status: str, note: str | None
) -> Mark:
    """The mark as it will be once saved, shown while the database is busy."""
    from incident_reader.core.anchoring import make_anchor

    ref = item_ref(report.id, item)
    anchor = make_anchor(report.text, ref.start, ref.end, report.sha1)
    key = f"pending|{ref.report_id}|{ref.item_kind}|{ref.kind}|{ref.start}-{ref.end}"
    return Mark(key, ref.report_id, ref.item_kind, ref.kind, status, note, store.reviewer,
                now_utc(), anchor)  # fmt: skip
