"""The comparison filter: all facts, conflicts only, or those not yet verified in both reports side
by side (a row verified in one of them stays, and the header counts such rows)."""

from __future__ import annotations

from collections.abc import Mapping

from incident_reader.core.align import IndexEntry
from incident_reader.core.model import PairSide, Report
from incident_reader.core.store import ItemRef, Store
from incident_reader.ui.marks import MarkBook

# filter name -> how the header says it; the `s` key goes through them in this order.
FILTERS: dict[str, str] = {
    "all": "all facts",
    "conflicts": "conflicts only",
    "unverified": "not yet verified in both A and B",
}

SpanKey = tuple[str, int, int]  # (report id, start, end)


class VerifiedLookup:
    """A report's statement's mark status (is it verified?), asked once and remembered.

    Reads the reader's marks (``state.marks.is_unverified``) when the reader keeps them, else the
    store (``store.mark_for``); ``forget`` drops what it remembers, e.g. when the view comes back
    from the reader where marks may have changed. Scrolling reads only the remembered answers.
    """

    def __init__(
        self,
        marks: MarkBook | None,
        store: Store | None,
        reports: Mapping[str, Report],
        timex_types: Mapping[SpanKey, str],
    ) -> None:
        self.marks = marks
        self.store = store
        self.reports = reports
        self.timex_types = timex_types  # a timeline entry's mark is keyed by its timex type
        self._known: dict[tuple[str, int, int, str], str] = {}

    def forget(self) -> None:
        """Ask again next time (the marks may have changed)."""
        self._known.clear()

    def ref(self, article: str, start: int, end: int, kind: str) -> ItemRef:
        """The store's identity of a statement: a fact by kind, a timeline entry by timex type."""
        if kind == "timeline":
            return ItemRef(
                article, "timeline", self.timex_types.get((article, start, end), ""), start, end
            )
        return ItemRef(article, "fact", kind, start, end)

    def side_noted(self, side: PairSide, kind: str) -> bool:
        """Whether one report's statement carries a note (the table shows ✎ after its mark)."""
        ref = self.ref(side.article, side.start, side.end, kind)
        if self.marks is not None:
            mark = self.marks.mark_of(ref.report_id, ref)
        else:
            report = self.reports.get(ref.report_id)
            mark = self.store.mark_for(report, ref) if self.store and report else None
        return bool(mark is not None and mark.note)

    def verified(self, article: str, start: int, end: int, kind: str) -> bool:
        """True when someone marked this statement verified."""
        return self.status(article, start, end, kind) == "verified"

    def status(self, article: str, start: int, end: int, kind: str) -> str:
        """The statement's mark status (verified, disputed, inconclusive or unverified)."""
        key = (article, start, end, kind)
        known = self._known.get(key)
        if known is None:
            known = self._ask(self.ref(article, start, end, kind))
            self._known[key] = known
        return known

    def side_status(self, side: PairSide, kind: str) -> str:
        """The mark status of one report's statement in a pair (or alone)."""
        return self.status(side.article, side.start, side.end, kind)

    def _ask(self, ref: ItemRef) -> str:
        if self.marks is not None:
            return self.marks.status_of(ref.report_id, ref)
        report = self.reports.get(ref.report_id)
        if self.store is None or report is None:
            return "unverified"
        mark = self.store.mark_for(report, ref)
        return mark.status if mark is not None else "unverified"

    def side_verified(self, side: PairSide, kind: str) -> bool:
        """Whether one report's statement in a pair (or alone) is verified."""
        return self.verified(side.article, side.start, side.end, kind)

    def entry_verified(self, entry: IndexEntry) -> bool:
        """Whether the words of an entry in view are verified."""
        return self.verified(entry.article, entry.start, entry.end, entry.kind)
