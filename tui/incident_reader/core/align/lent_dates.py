"""An incident's date lent by the other reports of the same incident.

A report of a trial, a verdict or the next day may tell its incident by a year or a month only
("the 2022 crush", "in August 2018") or by no date at all, and a report dated only by its own day
(its DCT standing in) would give the incident the day it was written. When the reports of one
folder are matched (``match_incidents`` and the folds ``compare`` makes: the same place, suspect,
toll and telling), the incident's day another report tells in full is the better date: it is lent
to each member whose own date the text does not state, when it fits what that report says (it
lies inside the year or month the report gives, or on or before the day the report was written).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from incident_reader.core.align.incidents import (
    fold_later_stages,
    fold_recalled_originals,
    match_incidents,
)
from incident_reader.core.model import ReportAnalysis

_DAY = re.compile(r"\d{4}-\d{2}-\d{2}$")
# Folders of at most this many reports are one story's: their incidents' dates are lent across
# reports (``extract`` streams a larger folder's reports as each is done, and lends none).
LEND_MAX_REPORTS = 60


def lent_days(analyses: Sequence[ReportAnalysis]) -> dict[tuple[str, str], str]:
    """(report id, incident id) -> the day lent to that incident (see the module's note): only
    incidents whose own text states no date and whose lent day differs from the one they have.
    The reader shows these beside its undated incidents; ``lend_incident_dates`` applies them."""
    if not 2 <= len(analyses) <= LEND_MAX_REPORTS:
        return {}
    incidents, _shared_of = fold_recalled_originals(
        analyses, *fold_later_stages(analyses, match_incidents(analyses))
    )
    told: dict[tuple[str, str], str] = {}
    for shared in incidents:
        day = shared.date
        if not day or shared.date_from is not None or not _DAY.match(day):
            continue  # undated, or a report's own day standing in: nothing to lend
        if len(shared.members) < 2:
            continue
        for article, local in shared.members.items():
            told[article, local] = day
    lent: dict[tuple[str, str], str] = {}
    for analysis in analyses if told else ():
        rid = analysis.report.id
        for inc in analysis.incidents:
            day = told.get((rid, inc.id))
            if day and day != inc.date and _may_lend(analysis, inc.id, inc.date, day):
                lent[rid, inc.id] = day
    return lent


def lend_incident_dates(analyses: Sequence[ReportAnalysis]) -> list[ReportAnalysis]:
    """The analyses, each incident whose date its own text does not state dated by the day the
    other reports of the same incident tell (see the module's note); the others unchanged."""
    lent = lent_days(analyses)
    if not lent:
        return list(analyses)
    out: list[ReportAnalysis] = []
    for analysis in analyses:
        rid = analysis.report.id
        if not any((rid, inc.id) in lent for inc in analysis.incidents):
            out.append(analysis)
            continue
        incidents_out = tuple(
            replace(inc, date=lent[rid, inc.id]) if (rid, inc.id) in lent else inc
            for inc in analysis.incidents
        )
        out.append(replace(analysis, incidents=incidents_out))
    return out


def _may_lend(analysis: ReportAnalysis, local: str, own: str | None, day: str) -> bool:
    """Whether ``day`` may stand for an incident the report dates ``own``: its text states no
    date of it, and ``day`` lies inside the year or month it gives, or on or before the day the
    report was written when the report's own day stands in for the incident's."""
    if any(f.kind == "incident.date" and f.incident == local for f in analysis.facts):
        return False  # the text tells its date: it stands (a dispute is the comparison's)
    written = analysis.dct[:10] if analysis.dct and _DAY.match(analysis.dct[:10]) else None
    if written and day > written:
        return False  # after the report was written: not the incident it tells as past
    if own is None:
        return True
    if own == written:
        return True  # the report's own day stood in for the incident's
    return not _DAY.match(own) and day.startswith(own)  # "2022" holds 2022-10-29
