"""`r`: read the report files again and say which changed, so only those are analysed again."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace

from incident_reader.core.loading import load_file
from incident_reader.core.model import Corpus, Report


def reread(
    corpus: Corpus, report_ids: Collection[str] | None = None
) -> tuple[Corpus, list[str], list[str]]:
    """The corpus with every changed file re-read: (corpus, ids that changed, one-line problems).

    ``report_ids`` limits the reading to those reports. A file that cannot be read now keeps its
    last version (and is named in the problems), so its marks and place stay until it is readable.
    """
    reports: list[Report] = []
    changed: list[str] = []
    problems: list[str] = []
    for report in corpus.reports:
        if report_ids is not None and report.id not in report_ids:
            reports.append(report)
            continue
        fresh = load_file(report.path, report.id)
        if not isinstance(fresh, Report):
            reports.append(report)
            problems.append(f"{report.path.name}: {fresh.reason}")
            continue
        if fresh.sha1 == report.sha1:
            reports.append(report)
            continue
        if report.year_hint is not None and fresh.dct is None:
            fresh = replace(fresh, year_hint=report.year_hint, date_hint=report.date_hint)
        reports.append(fresh)
        changed.append(report.id)
    return replace(corpus, reports=tuple(reports)), changed, problems
