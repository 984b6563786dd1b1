"""The one pipeline (load -> tag -> facts -> align) that both the CLI and the reader call."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from incident_reader.core import align, facts, temporal
from incident_reader.core.model import (
    Comparison,
    Corpus,
    DctSource,
    Report,
    ReportAnalysis,
)
from incident_reader.core.timeline import order_timeline


def effective_dct(report: Report, dct_override: str | None = None) -> tuple[str | None, DctSource]:
    """The DCT that resolves a report: the user's, the file's own, or one inferred from its text."""
    if dct_override:
        return dct_override, DctSource.USER
    if report.dct:
        return report.dct, report.dct_source
    inferred = temporal.infer_dct(report.text)
    if inferred:
        return inferred, DctSource.INFERRED
    return None, DctSource.NONE


def analyse(report: Report, dct_override: str | None = None) -> ReportAnalysis:
    """Tag and extract one report; the result is what every view reads."""
    dct, dct_source = effective_dct(report, dct_override)
    timexes = tuple(temporal.tag(report.text, dct))
    extraction = facts.extract(report, dct, timexes)
    return ReportAnalysis(
        report=report,
        dct=dct,
        dct_source=dct_source,
        timexes=timexes,
        timeline=order_timeline(extraction.timeline),
        facts=extraction.facts,
        incidents=extraction.incidents,
        internal_conflicts=extraction.internal_conflicts,
    )


def analyse_corpus(
    corpus: Corpus, dct_overrides: Mapping[str, str] | None = None
) -> list[ReportAnalysis]:
    """Analyse every report of a corpus, with user-set DCTs by report id."""
    overrides = dct_overrides or {}
    return [analyse(r, overrides.get(r.id)) for r in corpus.reports]


def compare(analyses: Sequence[ReportAnalysis]) -> Comparison:
    """Match incidents across reports and pair their facts."""
    return align.compare(analyses)
