"""One row per incident, coded the way conflict-event databases code them (UCDP GED, ACLED).

Each count (killed, injured, hospitalised, arrests) is the story's figure as the comparison
settles it: a figure that moved with the story is the latest stage's (a first-hour toll a later
report revised is not the count), any other the figure most reports agree on; ``<count>_min`` and
``<count>_max`` are the spread of the figures that agree with it at that stage (a blank high end:
an open count, "at least 3"). Without a comparison's view of the fact (``--verified-only``) the
count is the latest report's figure and the range spans the figures given. Single-valued fields
are the value most sources give (an age as it was on the incident's day), and the row names the
figures the sources dispute: stated incompatibly inside a report or in conflict between reports
(from the comparison); what a reviewer marked verified or disputed has columns of its own.
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from incident_reader.core.export import MarkedArticle, full_title, value_text
from incident_reader.core.facts.measures import measure_of
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
    "incident", "main", "date", "time", "place", "killed", "killed_min", "killed_max", "injured",
    "injured_min", "injured_max", "hospitalised", "hospitalised_min", "hospitalised_max",
    "vehicle", "suspect", "suspect_age", "arrests", "arrests_min", "arrests_max", "speed",
    "sources", "n_sources", "disputed", "revised", "verified", "marked_disputed", "summary",
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
    main = _main_group(groups)
    for art in articles:
        rid = art.analysis.report.id
        for inc in art.analysis.incidents:
            if (rid, inc.id) in covered:
                continue
            if main and inc.main and any(a is art for a, _ in main.members):
                # The report's own news (an inquiry, a verdict) left alone while the story it
                # tells is matched as an incident it recalls: one event, not a second main row.
                main.members.append((art, inc))
            elif inc.main or not _bare(art, inc):
                groups.append(_Group(f"{rid}/{inc.id}", [(art, inc)]))
    return groups


def _bare(art: MarkedArticle, incident: Incident) -> bool:
    """Whether a report's side event tells nothing to code: no date, no place and no fact of
    its own ("after a section of the street was evacuated on Monday", undated): no incident row,
    which a researcher loading the file would count as one more incident."""
    if incident.date or incident.place:
        return False
    return not any(f.incident == incident.id for f in art.analysis.facts)


def _main_group(groups: Sequence[_Group]) -> _Group | None:
    """The folder's main incident: the matched incident that is the most reports' own."""
    counts = [(sum(inc.main for _, inc in g.members), g) for g in groups]
    best = max(counts, key=lambda c: c[0], default=(0, None))
    return best[1] if best[0] >= 2 else None


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


def _facts(
    group: _Group, verified_only: bool
) -> tuple[list[tuple[Fact, Mark | None]], set[str], dict[int, str]]:
    """The group's facts with their marks, the kinds a report states against itself, and each
    fact's report (by the fact's id)."""
    facts: list[tuple[Fact, Mark | None]] = []
    conflicting: set[str] = set()
    owner: dict[int, str] = {}
    for art, inc in group.members:
        a = art.analysis
        mine = [i for i, f in enumerate(a.facts) if f.incident == inc.id]
        owner.update((id(a.facts[i]), a.report.id) for i in mine)
        facts += [
            (a.facts[i], art.fact_marks[i])
            for i in mine
            if not verified_only or (m := art.fact_marks[i]) is not None and m.status == "verified"
        ]
        conflicting.update(
            c.kind
            for c in a.internal_conflicts
            if c.status == "conflict" and set(c.facts) & set(mine)  # a revision is no dispute
        )
    return facts, conflicting, owner


def incident_row(group: _Group, comparison: Comparison, verified_only: bool) -> dict[str, Any]:
    """The coded row of one incident. Whether the sources dispute a fact does not depend on what
    a reviewer marked: with ``verified_only`` the row's figures are the verified ones, and its
    "disputed" column is the one the whole row has."""
    row = _row(group, comparison, verified_only)
    if verified_only:
        row["disputed"] = _row(group, comparison, False)["disputed"]
    return row


def _row(group: _Group, comparison: Comparison, verified_only: bool) -> dict[str, Any]:
    facts, disputed, owner = _facts(group, verified_only)
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
    # a reviewer's mark is no source's dispute: "disputed" says the sources disagree
    row: dict[str, Any] = dict.fromkeys(INCIDENT_COLUMNS, "")
    text_of = {art.analysis.report.id: art.analysis.report.text for art, _ in group.members}
    parts = {  # counts of the seriously hurt: a part of the injured, never their figure
        id(f) for f, _ in facts if measure_of(f.kind, f, text_of.get(owner.get(id(f), ""), ""))
    }
    for kind, column in COUNT_COLUMNS.items():
        stated = [
            (f, s)
            for f, _ in facts
            if f.kind == kind and id(f) not in parts and (s := count_span(f.value))
        ]
        if not stated:
            continue
        if kind in compared:
            best = compared[kind].value
            spans = [s for v in _latest_values(compared[kind]) if (s := count_span(v))]
        else:
            best = _latest_figure(group, [f for f, _ in stated])
            spans = [s for _, s in stated]
            if not _compatible(spans):
                disputed.add(kind)
        spans = spans or [s for f, s in stated if f.value == best]
        row[column] = value_text(best)
        if spans:
            row[f"{column}_min"] = min(lo for lo, _ in spans)
            # An open count ("more than 51", "hundreds") leaves the high end open: blank, not 52.
            open_ended = any(hi is None for _, hi in spans)
            row[f"{column}_max"] = "" if open_ended else max(hi or lo for lo, hi in spans)
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
    if not verified_only:  # a field nobody verified stays empty, never another wording
        row["date"] = row["date"] or next(
            (d for art, i in group.members if (d := _told(art, i))), ""
        )
        row["place"] = row["place"] or next((i.place for i in incidents if i.place), None) or ""
    sources = sorted({art.analysis.report.id for art, _ in group.members})
    row.update({
        "incident": group.id, "main": "yes" if any(i.main for i in incidents) else "no",
        "sources": ";".join(sources), "n_sources": len(sources),
        "disputed": ";".join(sorted(disputed)),
        "revised": ";".join(sorted({p.kind for p in pairs if p.status == "revised"})),
        # a reviewer's mark is no source's dispute: "disputed" says the sources disagree
        "verified": ";".join(sorted(_marked(facts, owner, "verified"))),
        "marked_disputed": ";".join(sorted(_marked(facts, owner, "disputed"))),
        "summary": _summary(*group.members[0]),
    })  # fmt: skip
    return row


def _marked(
    facts: Sequence[tuple[Fact, Mark | None]], owner: dict[int, str], status: str
) -> set[str]:
    """What a reviewer marked verified (or disputed), each figure named with its report,
    "kind=value@report", with and without --verified-only alike (a verified first-hour 154 is no
    verified 159; a disputed 'central stockholm' is no disputed row's place)."""
    return {
        f"{f.kind}={value_text(f.value)}@{owner.get(id(f), '')}"
        for f, m in facts
        if m and m.status == status
    }


def _latest_values(summary: FactSummary) -> list[FactValue]:
    """The figures behind a count's value: those agreeing with it, of its latest stage when the
    figure moved with the story (an earlier 'at least 9' agrees with 12 but is not its range)."""
    agreeing = [  # a count of a part (the seriously hurt) is no figure of the whole
        step for step in summary.history if step.article in summary.agreeing and not step.measure
    ]
    dated = [step.written for step in agreeing if step.written]
    if summary.latest:
        stage: str | None = summary.latest.removeprefix("~")
    else:  # one figure throughout: what its latest reports say (not a first-hour "at least")
        stage = max(dated, default=None)
    at_stage = [step for step in agreeing if stage and step.written == stage]
    agreeing = at_stage or [step for step in agreeing if step.value == summary.value] or agreeing
    return [step.value for step in agreeing] or [summary.value]


def _latest_figure(group: _Group, facts: Sequence[Fact]) -> FactValue:
    """A count's figure with no comparison to settle it: the last stated by the latest report
    (by its DCT; reports with none come first), so a superseded first-hour figure is not it."""
    dct = {id(f): "" for f in facts}
    order = {id(f): n for n, f in enumerate(facts)}
    for art, _ in group.members:
        a = art.analysis
        for f in a.facts:
            if id(f) in dct:
                dct[id(f)] = a.dct or ""
    latest = max(facts, key=lambda f: (dct[id(f)], f.start, order[id(f)]))
    return latest.value


def _told(art: MarkedArticle, incident: Incident) -> str | None:
    """An incident's date when its report tells one: a report that states no date for it gives
    it the report's own day, which is when it was written, not when the incident happened."""
    a = art.analysis
    stated = any(f.kind == "incident.date" and f.incident == incident.id for f in a.facts) or any(
        e.incident == incident.id and e.timex.value.startswith(incident.date or "?")
        for e in a.timeline
    )
    if not incident.date or (not stated and a.dct and incident.date == a.dct[:10]):
        return None
    return incident.date


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
        # the reviewer's mark, in the reviewer's columns: "disputed" is the sources' dispute
        "verified": orphan["kind"] if status == "verified" else "",
        "marked_disputed": orphan["kind"] if status == "disputed" else "",
        "summary": f"{status} mark on “{orphan['quote']}”: {orphan['reason']}",
    })  # fmt: skip
    return row


def _safe(row: dict[str, Any]) -> dict[str, Any]:
    return {k: csv_cell(v) for k, v in row.items()}
