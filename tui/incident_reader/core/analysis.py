"""The one pipeline (load -> tag -> facts -> align) that both the CLI and the reader call."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from incident_reader.core import facts, regex_cache, temporal
from incident_reader.core.model import (
    Comparison,
    Corpus,
    DctSource,
    Fact,
    Report,
    ReportAnalysis,
    TimelineEntry,
)
from incident_reader.core.timeline import order_timeline


def resolve_dct(
    report: Report, dct_override: str | None = None
) -> tuple[str | None, DctSource, str | None]:
    """The DCT that resolves a report (the user's, the file's own, or one inferred from its
    text, never today's), where it came from, and the evidence when it was inferred."""
    if dct_override:
        return dct_override, DctSource.USER, None
    if report.dct:
        return report.dct, report.dct_source, None
    inferred = temporal.infer_dct_with_evidence(
        report.text, year_hint=report.year_hint, date_hint=report.date_hint
    )
    if inferred:
        return inferred[0], DctSource.INFERRED, inferred[1]
    return None, DctSource.NONE, None


def effective_dct(report: Report, dct_override: str | None = None) -> tuple[str | None, DctSource]:
    """The DCT that resolves a report and where it came from."""
    dct, source, _note = resolve_dct(report, dct_override)
    return dct, source


def analyse(report: Report, dct_override: str | None = None) -> ReportAnalysis:
    """Tag and extract one report; the result is what every view reads."""
    dct, dct_source, dct_note = resolve_dct(report, dct_override)
    timexes = tuple(temporal.tag(report.text, dct))
    extraction = facts.extract(report, dct, timexes)
    timeline = order_timeline(extraction.timeline, report.text)
    return ReportAnalysis(
        report=report,
        dct=dct,
        dct_source=dct_source,
        timexes=timexes,
        timeline=timeline,
        facts=_local_clocks(extraction.facts, timeline),
        incidents=extraction.incidents,
        internal_conflicts=extraction.internal_conflicts,
        dct_note=dct_note,
    )


def _local_clocks(found: Sequence[Fact], timeline: Sequence[TimelineEntry]) -> tuple[Fact, ...]:
    """The facts with an incident time told in another zone ("just before 13:00 GMT") in local
    time, as its timeline entry has it once the local offset is known: a script reading the
    facts gets the clock the place's own reports and the comparison give (15:00 in Stockholm)."""
    local = {(e.timex.start, e.timex.end): e.local for e in timeline if e.local}
    if not local:
        return tuple(found)
    out = []
    for f in found:
        moved = next(
            (v for (s, e), v in local.items() if f.start <= s and e <= f.end and len(v) >= 16),
            None,
        )
        if f.kind == "incident.time" and moved and isinstance(f.value, str):
            f = replace(f, value=moved[11:16])
        out.append(f)
    return tuple(out)


def warm_up() -> None:
    """Compile every rule the pipeline compiles on first use (the tagger's, the list rules), so
    that worker processes forked after this share them rather than each compiling its own."""
    from incident_reader.core.facts.lists import compile_all

    compile_all()
    temporal.tag("On Monday at 7.30am, two days after the crash, police said.", "2020-01-01")
    regex_cache.mark()  # the rules compiled: what the next process reads from the cache file


def analyse_corpus(
    corpus: Corpus, dct_overrides: Mapping[str, str] | None = None
) -> list[ReportAnalysis]:
    """Analyse every report of a corpus, with user-set DCTs by report id."""
    overrides = dct_overrides or {}
    return [analyse(r, overrides.get(r.id)) for r in corpus.reports]


def compare(analyses: Sequence[ReportAnalysis]) -> Comparison:
    """Match incidents across reports and pair their facts (imported here: ``extract`` and the
    extraction workers never compare, and the comparer's imports cost them start-up time)."""
    from incident_reader.core import align

    return align.compare(analyses)


regex_cache.mark()  # the patterns of every module the pipeline imports
