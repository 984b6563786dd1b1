"""One row per incident, coded the way conflict-event databases code them (UCDP GED, ACLED).

Counts come as low/high estimates across the sources (the lowest and highest figure stated),
single-valued fields as the value most sources give, and the row names the figures that are
disputed: stated incompatibly inside a report, in conflict between reports (from the comparison),
or marked disputed by a reviewer.
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from incident_reader.core.export import MarkedArticle, full_title, value_text
from incident_reader.core.loading import first_sentence
from incident_reader.core.model import (
    Comparison,
    Fact,
    FactStanding,
    FactSummary,
    FactValue,
    Incident,
)
from incident_reader.core.safe_text import csv_cell
from incident_reader.core.store import Mark

INCIDENT_COLUMNS: tuple[str, ...] = (
    "incident", "main", "date", "time", "place", "killed_min", "killed_max", "injured_min",
    "injured_max", "hospitalised_min", "hospitalised_max", "vehicle", "suspect", "suspect_age",
    "arrests_min", "arrests_max", "speed", "sources", "n_sources", "disputed", "revised",
    "verified", "summary",
)  # fmt: skip
COUNT_COLUMNS = {"casualties.killed": "killed", "casualties.injured": "injured",
                 "casualties.hospitalised": "hospitalised", "arrests": "arrests"}  # fmt: skip
SINGLE_COLUMNS = {"incident.date": "date", "incident.time": "time", "incident.place": "place",
                  "vehicle": "vehicle", "suspect.name": "suspect", "suspect.age": "suspect_age",
                  "speed": "speed"}  # fmt: skip
# Normalised values that cannot both be true when they differ (a place or vehicle named in more
# or fewer words is not a dispute; the comparison judges those).
EXCLUSIVE_KINDS = ("incident.date", "incident.time", "suspect.age")


def speed_cell(text: str) -> str:
    """A speed with its unit: the extractor's bare figure is mph ("40" -> "40mph"); a speed in
    km/h comes written with its unit ("30km/h")."""
    return f"{text}mph" if text.isdigit() else text


@dataclass
class _Group:
    id: str
    members: list[tuple[MarkedArticle, Incident]]


def _groups(articles: Sequence[MarkedArticle], comparison: Comparison) -> list[_Group]:
    """Incidents matched across reports; report incidents no match covers stand alone."""
    groups: list[_Group] = []
    covered: set[tuple[str, str]] = set()
    by_id = {art.analysis.report.id: art for art in articles}
    for shared in comparison.incidents:
        members = []
        for rid, iid in shared.members.items():
            art = by_id.get(rid)
            inc = next((i for i in art.analysis.incidents if i.id == iid), None) if art else None
            if art and inc:
                members.append((art, inc))
                covered.add((rid, iid))
        if members:
            groups.append(_Group(shared.id, members))
    for art in articles:
        for inc in art.analysis.incidents:
            if (art.analysis.report.id, inc.id) not in covered:
                groups.append(_Group(f"{art.analysis.report.id}/{inc.id}", [(art, inc)]))
    return groups


def count_span(value: FactValue) -> tuple[int, int | None] | None:
    """A count as (low, high); high None when open-ended ('at least 3')."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value, value
    if isinstance(value, dict) and isinstance(value.get("min"), int):
        return int(value["min"] or 0), value.get("max")
    return None


def _compatible(spans: list[tuple[int, int | None]]) -> bool:
    """Whether all the stated ranges share at least one number."""
    highs = [hi for _, hi in spans if hi is not None]
    return not highs or max(lo for lo, _ in spans) <= min(highs)


def _facts(group: _Group, verified_only: bool) -> tuple[list[tuple[Fact, Mark | None]], set[str]]:
    """The group's facts with their marks, and the kinds a report states against itself."""
    facts: list[tuple[Fact, Mark | None]] = []
    conflicting: set[str] = set()
    for art, inc in group.members:
        a = art.analysis
        mine = [i for i, f in enumerate(a.facts) if f.incident == inc.id]
        facts += [
            (a.facts[i], art.fact_marks[i])
            for i in mine
            if not verified_only or (m := art.fact_marks[i]) is not None and m.status == "verified"
        ]
        conflicting.update(c.kind for c in a.internal_conflicts if set(c.facts) & set(mine))
    return facts, conflicting


def incident_row(group: _Group, comparison: Comparison, verified_only: bool) -> dict[str, Any]:
    """The coded row of one incident."""
    facts, disputed = _facts(group, verified_only)
    pairs = [p for p in comparison.pairs if p.incident == group.id]
    # The comparison's fact-level view is the one source of a compared fact's value and standing
    # (``compare`` shows the same); the figures alone decide only what it did not compare.
    compared = {} if verified_only else _compared(comparison, group)
    disputed.update(  # a fact's kind; moments of the timeline that differ are not a fact
        p.kind
        for p in pairs
        if p.status == "conflict" and p.kind not in compared and p.kind != "timeline"
    )
    disputed.update(k for k, s in compared.items() if s.standing == FactStanding.DISPUTED)
    disputed.update(f.kind for f, m in facts if m is not None and m.status == "disputed")
    row: dict[str, Any] = dict.fromkeys(INCIDENT_COLUMNS, "")
    for kind, column in COUNT_COLUMNS.items():
        spans = [s for f, _ in facts if f.kind == kind and (s := count_span(f.value))]
        if spans:
            row[f"{column}_min"] = min(lo for lo, _ in spans)
            # An open count ("more than 51", "hundreds") leaves the high end open: blank, not 52.
            open_ended = any(hi is None for _, hi in spans)
            row[f"{column}_max"] = "" if open_ended else max(hi or lo for lo, hi in spans)
            if not _compatible(spans) and kind not in compared:
                disputed.add(kind)
    for kind, column in SINGLE_COLUMNS.items():
        values = Counter(value_text(f.value) for f, _ in facts if f.kind == kind)
        if kind in compared and values:
            row[column] = value_text(compared[kind].value)
        elif values:
            row[column] = values.most_common(1)[0][0]
            if len(values) > 1 and kind in EXCLUSIVE_KINDS:
                disputed.add(kind)
    incidents = [i for _, i in group.members]
    row["speed"] = speed_cell(row["speed"])
    row["date"] = row["date"] or next((i.date for i in incidents if i.date), None) or ""
    row["place"] = row["place"] or next((i.place for i in incidents if i.place), None) or ""
    sources = sorted({art.analysis.report.id for art, _ in group.members})
    row.update({
        "incident": group.id, "main": "yes" if any(i.main for i in incidents) else "no",
        "sources": ";".join(sources), "n_sources": len(sources),
        "disputed": ";".join(sorted(disputed)),
        "revised": ";".join(sorted({p.kind for p in pairs if p.status == "revised"})),
        "verified": ";".join(sorted({f.kind for f, m in facts if m and m.status == "verified"})),
        "summary": _summary(*group.members[0]),
    })  # fmt: skip
    return row


def _compared(comparison: Comparison, group: _Group) -> dict[str, FactSummary]:
    """The comparison's view of each fact of a group: its value and standing."""
    return {s.kind: s for s in comparison.facts if s.incident == group.id}


def _summary(art: MarkedArticle, incident: Incident) -> str:
    """The incident's summary uncut: a cell is data, not a list line. The analysis cuts a long
    one with '…' for lists; here the main incident's is the report's whole title and a recalled
    incident's the whole first sentence of its stretch of text."""
    summary = " ".join(incident.summary.split())
    if not summary.endswith("…"):
        return summary
    report = art.analysis.report
    if incident.main:
        whole = full_title(report)
    else:
        whole = first_sentence(report.text[incident.start : incident.end], limit=None)
    return " ".join(whole.split()) or summary


def to_incidents_csv(
    articles: Sequence[MarkedArticle],
    comparison: Comparison,
    verified_only: bool = False,
    orphans_elsewhere: Sequence[dict[str, Any]] = (),
) -> str:
    """One row per incident, coded like conflict-event databases (low/high counts, sources).

    An open count keeps its high end blank; orphaned marks follow as rows whose ``main`` is
    "orphan" (they belong to no incident any more); cells are neutralised for spreadsheets.
    """
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=INCIDENT_COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    for group in _groups(articles, comparison):
        writer.writerow(_safe(incident_row(group, comparison, verified_only)))
    orphans = [(art.analysis.report.id, o) for art in articles for o in art.orphans]
    orphans += [(str(o["report_id"]), o) for o in orphans_elsewhere]
    for n, (report_id, o) in enumerate(orphans, start=1):
        if not verified_only or o["status"] == "verified":
            writer.writerow(_safe(orphan_row(n, report_id, o)))
    return buf.getvalue()


def orphan_row(n: int, report_id: str, orphan: dict[str, Any]) -> dict[str, Any]:
    """An orphaned mark as a row: its report, its status under its kind, its words and why."""
    row: dict[str, Any] = dict.fromkeys(INCIDENT_COLUMNS, "")
    status = orphan["status"]
    row.update({
        "incident": f"orphan-{n}", "main": "orphan", "sources": report_id, "n_sources": 1,
        "disputed": orphan["kind"] if status == "disputed" else "",
        "verified": orphan["kind"] if status == "verified" else "",
        "summary": f"{status} mark on “{orphan['quote']}”: {orphan['reason']}",
    })  # fmt: skip
    return row


def _safe(row: dict[str, Any]) -> dict[str, Any]:
    return {k: csv_cell(v) for k, v in row.items()}
