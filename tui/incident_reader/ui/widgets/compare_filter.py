"""The comparison filter: all facts, conflicts only, or those not yet verified in both reports side
by side (a row verified in one of them stays, and the header counts such rows)."""

from __future__ import annotations

from collections.abc import Callable, Mapping

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
# (incident, kind, side) -> the spans of that report's whole statement, its own first
# (``ComparisonIndex.mentions``)
Mentions = Callable[[str, str, PairSide], list[tuple[int, int]]]


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
        mentions: Mentions | None = None,
    ) -> None:
        self.marks = marks
        self.mentions = mentions
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

    def _spans(self, side: PairSide, kind: str, incident: str | None) -> list[tuple[int, int]]:
        """The statement's mentions, its own first (only its own without an index)."""
        if incident is None or self.mentions is None:
            return [(side.start, side.end)]
        return self.mentions(incident, kind, side) or [(side.start, side.end)]

    def _speaking(self, side: PairSide, kind: str, incident: str | None) -> tuple[int, int]:
        """The mention whose mark stands for the statement: the first, its own first, with a
        status or a note; its own when none has."""
        spans = self._spans(side, kind, incident)
        for start, end in spans:
            ref = self.ref(side.article, start, end, kind)
            if self.status(side.article, start, end, kind) != "unverified" or self._noted(ref):
                return start, end
        return spans[0]

    def side_noted(self, side: PairSide, kind: str, incident: str | None = None) -> bool:
        """Whether one report's statement carries a note (the table shows ✎ after its mark)."""
        start, end = self._speaking(side, kind, incident)
        return self._noted(self.ref(side.article, start, end, kind))

    def _noted(self, ref: ItemRef) -> bool:
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

    def side_status(self, side: PairSide, kind: str, incident: str | None = None) -> str:
        """The mark status of one report's statement in a pair (or alone): given the incident,
        that of the first of its mentions marked, its own first."""
        start, end = self._speaking(side, kind, incident)
        return self.status(side.article, start, end, kind)

    def _ask(self, ref: ItemRef) -> str:
        if self.marks is not None:
            return self.marks.status_of(ref.report_id, ref)
        report = self.reports.get(ref.report_id)
        if self.store is None or report is None:
            return "unverified"
        mark = self.store.mark_for(report, ref)
        return mark.status if mark is not None else "unverified"

    def side_verified(self, side: PairSide, kind: str, incident: str | None = None) -> bool:
        """Whether one report's statement in a pair (or alone) is verified."""
        return self.side_status(side, kind, incident) == "verified"

    def entry_verified(self, entry: IndexEntry) -> bool:
        """Whether the words of an entry in view are verified."""
        return self.verified(entry.article, entry.start, entry.end, entry.kind)
