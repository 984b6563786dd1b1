"""The checked record for others: extract JSON with marks, CSV, Markdown, TimelineJS, incidents.

``extraction_document`` is the one builder of the ``extract --json`` document (cli/extract.py uses
it too); ``marked_document`` adds each item's verification mark and the orphans; the other formats
are views of the same marked articles, so every export agrees with the reader.
"""

from __future__ import annotations

import csv
import html
import io
import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from incident_reader.core.model import (
    Comparison,
    FactValue,
    ReportAnalysis,
    TimelineEntry,
)
from incident_reader.core.store import STATUS_SYMBOLS, STATUSES, Mark, Store
from incident_reader.core.timeline import sort_key

FORMATS: tuple[str, ...] = ("json", "csv", "md", "timelinejs", "incidents")
NO_MARK: dict[str, Any] = {
    "status": "unverified",
    "note": None,
    "reviewer": None,
    "marked_at": None,
}
CSV_COLUMNS: tuple[str, ...] = (
    "article", "title", "item", "kind", "value", "text", "start", "end", "incident", "said_by",
    "event", "status", "note", "reviewer", "marked_at", "orphan",
)  # fmt: skip
_TIMEX_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2}))?)?)?")
_PART_OF_DAY = {"TMO": "morning", "TMI": "midday", "TAF": "afternoon", "TEV": "evening",
                "TNI": "night", "TDT": "daytime"}  # fmt: skip
TITLE_CHARS = 60  # report titles are often a whole first sentence
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")  # fmt: skip


# --------------------------------------------------------------------------- extract --json
def timeline_entry_json(entry: TimelineEntry) -> dict[str, Any]:
    """One timeline entry as in the ``extract --json`` contract."""
    out = entry.timex.to_json()
    out["event"] = entry.event.to_json() if entry.event else None
    out["incident"] = entry.incident
    return out


def article_json(analysis: ReportAnalysis) -> dict[str, Any]:
    """One report's extraction as in the ``extract --json`` contract."""
    r = analysis.report
    return {
        "id": r.id,
        "path": str(r.path),
        "title": r.title,
        "dct": {"value": analysis.dct, "source": analysis.dct_source.value},
        "timeline": [timeline_entry_json(e) for e in analysis.timeline],
        "facts": [f.to_json() for f in analysis.facts],
        "incidents": [i.to_json() for i in analysis.incidents],
        "internal_conflicts": [
            {"kind": c.kind, "facts": list(c.facts)} for c in analysis.internal_conflicts
        ],
    }


def extraction_document(analyses: Sequence[ReportAnalysis]) -> dict[str, Any]:
    """The ``extract --json`` document: ``{"articles": [...]}``, one entry per analysed report."""
    return {"articles": [article_json(a) for a in analyses]}


# --------------------------------------------------------------------------- marks
@dataclass(frozen=True, slots=True)
class MarkedArticle:
    """A report's analysis with the mark (or None) of each timeline entry and fact, and orphans."""

    analysis: ReportAnalysis
    timeline_marks: tuple[Mark | None, ...]
    fact_marks: tuple[Mark | None, ...]
    orphans: tuple[dict[str, Any], ...] = field(default=())


def mark_json(mark: Mark | None) -> dict[str, Any]:
    """The status, note, reviewer and marked_at an exported item carries."""
    if mark is None:
        return dict(NO_MARK)
    return {k: getattr(mark, k) for k in NO_MARK}


def _orphan_json(mark: Mark, reason: str, start: int | None = None) -> dict[str, Any]:
    a = mark.anchor
    return {
        "item": mark.item_kind, "kind": mark.kind, **mark_json(mark), "quote": a.quote,
        "prefix": a.prefix, "suffix": a.suffix, "start": a.start, "end": a.end, "sha1": a.sha1,
        "key": mark.key, "reason": reason, "found_at": start,
    }  # fmt: skip


def attach_marks(analyses: Sequence[ReportAnalysis], store: Store | None) -> list[MarkedArticle]:
    """Re-anchor each report's marks in its current text and pair them with its items."""
    out: list[MarkedArticle] = []
    for a in analyses:
        r = a.report
        placed, lost = store.marks_for(r.id, r.text, r.sha1) if store else ([], [])
        by_item = {(p.mark.item_kind, p.mark.kind, p.start, p.end): p for p in placed}
        timeline = tuple(
            _take(by_item, ("timeline", e.timex.type, e.start, e.end)) for e in a.timeline
        )
        facts = tuple(_take(by_item, ("fact", f.kind, f.start, f.end)) for f in a.facts)
        orphans = [_orphan_json(m, "its words were not found with their context") for m in lost]
        orphans += [
            _orphan_json(p.mark, "no timeline entry or fact there now", p.start)
            for p in by_item.values()
        ]
        out.append(MarkedArticle(a, timeline, facts, tuple(orphans)))
    return out


def status_counts(articles: Sequence[MarkedArticle]) -> dict[str, int]:
    """Items by status plus 'total' and 'orphans', for a header like '12 of 40 verified'."""
    out = dict.fromkeys(STATUSES, 0)
    for art in articles:
        for m in art.timeline_marks + art.fact_marks:
            out[m.status if m else "unverified"] += 1
    out["total"] = sum(len(a.timeline_marks) + len(a.fact_marks) for a in articles)
    out["orphans"] = sum(len(a.orphans) for a in articles)
    return out


def _take(by_item: dict[tuple[str, str, int, int], Any], key: tuple[str, str, int, int]) -> Any:
    placed = by_item.pop(key, None)
    return placed.mark if placed else None


def _verified(mark: Mark | None) -> bool:
    return mark is not None and mark.status == "verified"


def marked_document(
    articles: Sequence[MarkedArticle],
    verified_only: bool = False,
    elsewhere: Sequence[Mark] = (),
) -> dict[str, Any]:
    """The ``extract --json`` document with a mark on every item and each article's orphans.

    ``elsewhere``: marks of reports no longer in the corpus, listed as top-level orphans.
    """
    docs = []
    for art in articles:
        doc = article_json(art.analysis)
        keep_t = [not verified_only or _verified(m) for m in art.timeline_marks]
        keep_f = [not verified_only or _verified(m) for m in art.fact_marks]
        doc["timeline"] = [
            {**entry, **mark_json(m)}
            for entry, m, keep in zip(doc["timeline"], art.timeline_marks, keep_t, strict=True)
            if keep
        ]
        new_index: dict[int, int] = {}
        facts: list[dict[str, Any]] = []
        for i, (fact, m, keep) in enumerate(zip(doc["facts"], art.fact_marks, keep_f, strict=True)):
            if keep:
                new_index[i] = len(facts)
                facts.append({**fact, **mark_json(m)})
        doc["facts"] = facts
        conflicts = []
        for c in doc["internal_conflicts"]:
            kept = [new_index[i] for i in c["facts"] if i in new_index]
            if len(kept) >= 2:
                conflicts.append({"kind": c["kind"], "facts": kept})
        doc["internal_conflicts"] = conflicts
        doc["orphans"] = [o for o in art.orphans if not verified_only or o["status"] == "verified"]
        docs.append(doc)
    lost = [_orphan_json(m, "its report is not in the corpus") for m in elsewhere]
    return {
        "articles": docs,
        "orphans": [o for o in lost if not verified_only or o["status"] == "verified"],
    }


# --------------------------------------------------------------------------- csv
def value_text(value: FactValue | None) -> str:
    """A fact value for a table cell: 3, '2-5', '3+' (open range), 'silver ford fiesta'."""
    if value is None:
        return ""
    if isinstance(value, dict):
        low, high = value.get("min"), value.get("max")
        if high is None:
            return f"{low}+" if low is not None else ""
        return str(low) if low == high else f"{low}-{high}"
    return str(value)


def to_csv(articles: Sequence[MarkedArticle], verified_only: bool = False) -> str:
    """One row per timeline entry, fact and orphaned mark, with its evidence and its status."""
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=CSV_COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    for art in articles:
        r = art.analysis.report
        base = {"article": r.id, "title": r.title}
        rows: list[tuple[Mark | None, dict[str, Any]]] = []
        for e, m in zip(art.analysis.timeline, art.timeline_marks, strict=True):
            rows.append((m, {"item": "timeline", "kind": e.timex.type, "value": e.timex.value,
                             "text": e.timex.text, "start": e.start, "end": e.end,
                             "incident": e.incident,
                             "event": e.event.text if e.event else ""}))  # fmt: skip
        for f, m in zip(art.analysis.facts, art.fact_marks, strict=True):
            rows.append((m, {"item": "fact", "kind": f.kind, "value": value_text(f.value),
                             "text": f.text, "start": f.start, "end": f.end,
                             "incident": f.incident, "said_by": f.said_by or ""}))  # fmt: skip
        for m, row in rows:
            if not verified_only or _verified(m):
                writer.writerow({**base, **row, **_blank(mark_json(m)), "orphan": ""})
        for o in art.orphans:
            if not verified_only or o["status"] == "verified":
                row = {"item": o["item"], "kind": o["kind"], "text": o["quote"],
                       "start": o["start"], "end": o["end"], "orphan": "yes"}  # fmt: skip
                writer.writerow({**base, **row, **_blank({k: o[k] for k in NO_MARK})})
    return buf.getvalue()


def _blank(d: dict[str, Any]) -> dict[str, Any]:
    return {k: "" if v is None else v for k, v in d.items()}


# --------------------------------------------------------------------------- md
def _when(value: str) -> str:
    """A TIMEX3 value for people: '14 August 2018, 07:30'; other values as they are."""
    m = _TIMEX_DATE.match(value)
    if not m or not m[2]:
        return value
    year, month, day, hour, minute = m.groups()
    text = f"{_MONTHS[int(month) - 1]} {year}" if 1 <= int(month) <= 12 else value
    if day:
        text = f"{int(day)} {text}"
    part = _PART_OF_DAY.get(value[m.end() :])
    return f"{text}, {hour}:{minute}" if hour else f"{text}, {part}" if part else text


def short_title(title: str, limit: int = TITLE_CHARS) -> str:
    """A report title cut at a word boundary, for lines and groups that name their source."""
    if len(title) <= limit:
        return title
    cut = title[: limit - 1].rsplit(" ", 1)[0].rstrip(" ,;:…")
    return cut + "…"


def _story_entries(
    articles: Sequence[MarkedArticle], verified_only: bool
) -> list[tuple[ReportAnalysis, TimelineEntry, Mark | None]]:
    entries = [
        (art.analysis, e, m)
        for art in articles
        for e, m in zip(art.analysis.timeline, art.timeline_marks, strict=True)
        if not verified_only or _verified(m)
    ]
    entries.sort(key=lambda x: (sort_key(x[1].timex.value) is None, sort_key(x[1].timex.value)
                                or "", x[0].report.id, x[1].start))  # fmt: skip
    return entries


def _md(text: str) -> str:
    return re.sub(r"([\\`*_\[\]<>|#])", r"\\\1", " ".join(text.split()))


def _mark_md(mark: Mark | None) -> str:
    if mark is None or mark.status == "unverified":
        return ""
    out = f" ({mark.status} by {_md(mark.reviewer)}, {mark.marked_at[:10]}"
    return out + (f": {_md(mark.note)})" if mark.note else ")")


def to_markdown(articles: Sequence[MarkedArticle], verified_only: bool = False) -> str:
    """A readable timeline of the story (all reports, in time order), then each report's facts."""
    head = "Verified timeline" if verified_only else "Timeline"
    lines = [f"# {head}", "", "Marks: ✓ verified, ✗ disputed, ? inconclusive, · unverified.", ""]
    for a, e, m in _story_entries(articles, verified_only):
        symbol = STATUS_SYMBOLS[m.status if m else "unverified"].strip() or "·"
        what = f" — {_md(e.event.text)}" if e.event else ""
        lines.append(f"- {symbol} **{_when(e.timex.value)}** “{_md(e.timex.text)}”{what} "
                     f"— *{_md(short_title(a.report.title))}*{_mark_md(m)}")  # fmt: skip
    for art in articles:
        kept = [(f, m) for f, m in zip(art.analysis.facts, art.fact_marks, strict=True)
                if not verified_only or _verified(m)]  # fmt: skip
        if not kept and not art.orphans:
            continue
        r = art.analysis.report
        lines += ["", f"## {_md(r.title)}", "", f"`{r.id}`, {art.analysis.dct or 'undated'}", ""]
        for f, m in kept:
            symbol = STATUS_SYMBOLS[m.status if m else "unverified"].strip() or "·"
            lines.append(f"- {symbol} {f.kind}: **{_md(value_text(f.value))}** "
                         f"— “{_md(f.text)}”{_mark_md(m)}")  # fmt: skip
        for o in art.orphans:
            lines.append(f"- orphaned {o['status']} mark on “{_md(o['quote'])}”: {o['reason']}")
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------- timelinejs
def timelinejs_date(value: str) -> dict[str, str] | None:
    """A TIMEX3 value as a TimelineJS date object (strings of digits), or None without a year."""
    m = _TIMEX_DATE.match(value)
    if not m:
        return None
    parts = dict(zip(("year", "month", "day", "hour", "minute"), m.groups(), strict=True))
    out = {k: str(int(v)) for k, v in parts.items() if v is not None}
    try:
        date(int(out["year"]), int(out.get("month", 1)), int(out.get("day", 1)))
    except ValueError:
        return None
    if int(out.get("hour", 0)) > 23 or int(out.get("minute", 0)) > 59:
        return None
    return out


def _sentence(text: str, start: int, end: int, limit: int = 300) -> str:
    """The sentence around a span, so a timeline slide shows what the report says."""
    left = max(text.rfind(c, max(0, start - limit), start) for c in ".!?\n") + 1
    rights = [i for c in ".!?\n" if (i := text.find(c, end, end + limit)) >= 0]
    right = min(rights) + 1 if rights else min(len(text), end + limit)
    return " ".join(text[left:right].split())


def to_timelinejs(articles: Sequence[MarkedArticle], verified_only: bool = False) -> dict:
    """A Knight Lab TimelineJS 3 document: one slide per dated entry, one group per report."""
    events = []
    for n, (a, e, m) in enumerate(_story_entries(articles, verified_only)):
        start_date = timelinejs_date(e.timex.value)
        if start_date is None or e.timex.type not in ("DATE", "TIME"):
            continue
        status = m.status if m else "unverified"
        said = e.event.text if e.event else _sentence(a.report.text, e.start, e.end)
        body = f"<p>{html.escape(said)}</p><p><em>{html.escape(a.report.title)}</em> — {status}"
        if m and m.status != "unverified":
            body += f" by {html.escape(m.reviewer)}"
            body += f": {html.escape(m.note)}" if m.note else ""
        events.append({
            "start_date": start_date,
            "display_date": _when(e.timex.value),
            "text": {"headline": html.escape(e.timex.text), "text": body + "</p>"},
            "group": short_title(a.report.title),
            "unique_id": f"e{n}-{re.sub(r'[^a-z0-9]+', '-', a.report.id.lower())}",
        })  # fmt: skip
    titles = sorted({art.analysis.report.title for art in articles})
    title = {"text": {"headline": "Verified timeline" if verified_only else "Timeline",
                      "text": html.escape("; ".join(titles))}}  # fmt: skip
    return {"title": title, "events": events}


# --------------------------------------------------------------------------- entry point
def render(
    fmt: str,
    analyses: Sequence[ReportAnalysis],
    store: Store | None,
    verified_only: bool = False,
    compare: Callable[[Sequence[ReportAnalysis]], Comparison] | None = None,
    whole_corpus: bool = False,
) -> str:
    """The export text of ``analyses`` in format ``fmt`` (one of FORMATS).

    ``whole_corpus``: the analyses are every report of the folder, so marks of other report ids
    belong to reports that were removed (or could not be read) and are exported as orphans.
    """
    articles = attach_marks(analyses, store)
    if fmt == "json":
        elsewhere: list[Mark] = []
        if whole_corpus and store is not None:
            ids = {a.report.id for a in analyses}
            elsewhere = [m for m in store.all_marks() if m.report_id not in ids]
        return _dumps(marked_document(articles, verified_only, elsewhere))
    if fmt == "csv":
        return to_csv(articles, verified_only)
    if fmt == "md":
        return to_markdown(articles, verified_only)
    if fmt == "timelinejs":
        return _dumps(to_timelinejs(articles, verified_only))
    if fmt == "incidents":
        comparison = compare(analyses) if compare else Comparison()
        from incident_reader.core.export_incidents import to_incidents_csv

        return to_incidents_csv(articles, comparison, verified_only)
    raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")


def _dumps(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
