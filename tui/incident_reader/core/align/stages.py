"""When each report was written, so a figure that moved with the story reads as a revision.

A report's stage is its DCT. A report without one is no earlier than the latest full date it
mentions ("sentenced on 7 June 2018"): enough to tell it came after a first-hours report, never
enough to tell two undated reports apart. A figure told while the story developed (within
``REVISABLE_DAYS`` of the incident) is revised by a higher one told later, however much later (the
toll of the first days against the inquest's); two retrospectives that disagree are a conflict.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from incident_reader.core.align.values import timex_interval
from incident_reader.core.model import DctSource, ReportAnalysis

DEVELOPING_DAYS = 7  # the story's first days: a report this soon after its incident is news
# A figure told this soon after the incident can be revised by any later report (a toll rises as
# the injured die, weeks on); two reports both written later than this that disagree conflict.
REVISABLE_DAYS = 30
DAY_MINUTES = 24 * 60
BORROWED_REACH_DAYS = 400  # relative dates ("last year") reach about this far back
YEAR_MINUTES = 366 * DAY_MINUTES
_FULL_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True, slots=True)
class Written:
    """When a report was written, in minutes since year 1."""

    start: int
    end: int
    instant: bool  # a DCT with an update time ("Updated 2.15pm")
    dated: bool  # from the DCT; False: no earlier than the latest date the report mentions
    label: str | None  # the DCT as written, for a fact's history


def own_dct(analysis: ReportAnalysis) -> str | None:
    """The report's DCT when it is its own; None when it was borrowed from the other reports of
    the folder (the loader's date hint for a text that tells only "on Friday"): a guess, which
    must neither date the report's incident nor order it among the stages of a story."""
    hint = getattr(analysis.report, "date_hint", None)
    if (
        analysis.dct
        and hint
        and analysis.dct_source == DctSource.INFERRED
        and analysis.dct[:10] == hint[:10]
    ):
        return None
    return analysis.dct


def borrowed(analysis: ReportAnalysis) -> bool:
    """Whether the report's DCT is another report's (see ``own_dct``)."""
    return bool(analysis.dct) and own_dct(analysis) is None


def near_borrowed(value: str, analysis: ReportAnalysis) -> bool:
    """Whether a date of a report with a borrowed DCT may have been read from it ("on Friday",
    "last year"): within about a year of that DCT. Older dates were written out in the text."""
    if not borrowed(analysis) or not analysis.dct:
        return False
    day, dct = timex_interval(value), timex_interval(analysis.dct)
    if day is None or dct is None:
        return False
    return day[1] > dct[0] - BORROWED_REACH_DAYS * DAY_MINUTES


def written_of(analysis: ReportAnalysis) -> Written | None:
    """The report's DCT as an interval, or a lower bound from the dates it mentions (none when
    its DCT was borrowed: its dates were read from that guess)."""
    if borrowed(analysis):
        return None
    if analysis.dct and (interval := timex_interval(analysis.dct)):
        return Written(interval[0], interval[1], interval[2], True, analysis.dct[:10])
    days = [t.value[:10] for t in analysis.timexes if _FULL_DATE.match(t.value or "")]
    bounds = [i for d in days if (i := timex_interval(d))]
    if not bounds:
        return None
    latest = max(bounds)
    return Written(latest[0], latest[1], False, False, None)


class Stages:
    """The reports of one comparison ordered by when they were written."""

    def __init__(self, analyses: Sequence[ReportAnalysis]) -> None:
        """Read every report's DCT, or the bound its dates give, and the borrowed DCTs."""
        self.written = {a.report.id: written_of(a) for a in analyses}
        self.inferred = frozenset(
            a.report.id for a in analyses if a.dct and a.dct_source == DctSource.INFERRED
        )
        self._order = {a.report.id: n for n, a in enumerate(analyses)}
        # A DCT borrowed from the other reports ("this morning" on the day they name): no stage
        # of its own, but a day to tell it from a report written days later.
        self.estimated = {
            a.report.id: Written(i[0], i[1], False, True, a.dct[:10])
            for a in analyses
            if borrowed(a) and a.dct and (i := timex_interval(a.dct[:10]))
        }

    def later_by_day(self, a: str, b: str) -> bool | None:
        """Like ``later``, a borrowed DCT taken as its day: whether ``b`` was written on a later
        day than ``a`` (None: the same day, or a report with no day at all)."""
        wa = self.written.get(a) or self.estimated.get(a)
        wb = self.written.get(b) or self.estimated.get(b)
        if not wa or not wb or not (wa.dated and wb.dated):
            return None
        if wb.start >= wa.end:
            return True
        if wa.start >= wb.end:
            return False
        return None

    def later(self, a: str, b: str) -> bool | None:
        """Whether report ``b`` was written after report ``a``; None when that cannot be told."""
        wa, wb = self.written.get(a), self.written.get(b)
        if not wa or not wb or not (wa.dated or wb.dated):
            return None
        if wa.dated and wb.dated and wa.instant and wb.instant:
            return None if wa.start == wb.start else wb.start > wa.start
        if wb.start >= wa.end and (wa.dated or not wb.dated):
            return True
        if wa.start >= wb.end and (wb.dated or not wa.dated):
            return False
        return None  # the same day (one without an update time), or a bound that says nothing

    def same_stage(self, a: str, b: str) -> bool:
        """Whether two reports are dated and neither can be told to be the later."""
        wa, wb = self.written.get(a), self.written.get(b)
        return bool(wa and wb and wa.dated and wb.dated) and self.later(a, b) is None

    def developing(
        self, article: str, happened: str | None, others: Sequence[str], days: int = DEVELOPING_DAYS
    ) -> bool:
        """Whether a report was written while the story was developing: within ``days`` of the
        incident (or, its date unknown, of the earliest dated report among ``others``)."""
        written = self.written.get(article) or self.estimated.get(article)
        if not written or not written.dated:
            return False
        since = timex_interval(happened) if happened else None
        if since is None:
            starts = [w.start for o in others if (w := self.written.get(o)) and w.dated]
            if not starts:
                return False
            return written.start - min(starts) <= days * DAY_MINUTES
        return abs(written.start - since[0]) <= days * DAY_MINUTES

    def years_between(self, a: str, b: str) -> float | None:
        """How many years apart two dated reports were written (for ages that grow)."""
        wa, wb = self.written.get(a), self.written.get(b)
        if not wa or not wb or not (wa.dated and wb.dated):
            return None
        return abs(wb.start - wa.start) / YEAR_MINUTES

    def label(self, article: str) -> str | None:
        """The report's date for a fact's history: its DCT, or the day a DCT borrowed from the
        other reports gives it (None when it has neither)."""
        written = self.written.get(article)
        if written and written.dated:
            return written.label
        estimated = self.estimated.get(article)
        return estimated.label if estimated else None

    def day(self, article: str) -> Written | None:
        """The day a report was written, for a fact's summary: its DCT, else the day its
        borrowed DCT gives it (a stage of the story's, too coarse to order pairs by)."""
        written = self.written.get(article)
        if written and written.dated:
            return written
        return self.estimated.get(article)

    def sort_key(self, article: str) -> tuple[int, int]:
        """Earliest written first; reports that cannot be placed keep the comparison's order."""
        written = self.written.get(article)
        return (written.start if written else 1 << 40, self._order.get(article, 0))

    def history_key(self, article: str) -> tuple[int, int]:
        """Like ``sort_key``, a borrowed DCT placing its report on its day (a fact's history)."""
        written = self.written.get(article) or self.estimated.get(article)
        return (written.start if written else 1 << 40, self._order.get(article, 0))
