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
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from incident_reader.core.clock_zones import zone_label
from incident_reader.core.duration_words import duration_words
from incident_reader.core.facts.measures import measure_of
from incident_reader.core.loading import first_sentence
from incident_reader.core.model import (
    TIMELINE_ITEM,
    Comparison,
    DctSource,
    Fact,
    FactValue,
    Report,
    ReportAnalysis,
    TimelineEntry,
    item_id,
)
from incident_reader.core.safe_text import csv_cell, for_file, json_text
from incident_reader.core.speed_values import speed_json
from incident_reader.core.store import STATUS_SYMBOLS, STATUSES, Mark, Store
from incident_reader.core.timeline import placed_value, sort_key

FORMATS: tuple[str, ...] = ("json", "csv", "md", "timelinejs", "incidents")
NO_MARK: dict[str, Any] = {
    "status": "unverified",
    "note": None,
    "reviewer": None,
    "marked_at": None,
}
CSV_COLUMNS: tuple[str, ...] = (
    "article", "title", "item", "kind", "value", "text", "start", "end", "incident", "said_by",
    "event", "status", "note", "reviewer", "marked_at", "orphan", "id", "outlet", "author",
)  # fmt: skip
_TIMEX_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2}))?)?)?")
_PART_OF_DAY = {"TMO": "morning", "TMI": "midday", "TAF": "afternoon", "TEV": "evening",
                "TNI": "night", "TDT": "daytime"}  # fmt: skip
_REFS = {"PRESENT_REF": "now", "PAST_REF": "in the past", "FUTURE_REF": "in the future"}
_CLOCK_PART = re.compile(r", (?=\d\d:\d\d)")
# A TIMEX3 modifier in words, before the time it bounds: "just before 13:00 GMT" is no 15:00.
_MOD_WORDS = {
    "APPROX": "about ",
    "BEFORE": "before ",
    "AFTER": "after ",
    "ON_OR_BEFORE": "by ",
    "ON_OR_AFTER": "from ",
    "START": "early ",
    "MID": "mid ",
    "END": "late ",
    "LESS_THAN": "less than ",
    "MORE_THAN": "more than ",
    "EQUAL_OR_LESS": "at most ",
    "EQUAL_OR_MORE": "at least ",
}
_SEASONS = {"SP": "spring", "SU": "summer", "FA": "autumn", "AU": "autumn", "WI": "winter"}
_SEASON_OR_WEEK = re.compile(r"^(\d{4})-(?:(SP|SU|FA|AU|WI)|W(\d{2}))$")
# A day the report does not date: any day, a weekday ('XXXX-WXX-2'), a month ('XXXX-07') or a
# day of a month ('XXXX-02-13') with no year.
_UNKNOWN_DAY = re.compile(
    r"^XXXX-(?:XX-XX|WXX-([1-7])|(\d{2})(?:-XX|-(\d{2}))?)"
    r"(?:T(\d{2}:\d{2})|T(MO|MI|AF|EV|NI|DT))?$"
)
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# Fact kinds as a Markdown reader says them (the JSON and CSV keep the kind names).
FACT_LABELS: dict[str, str] = {
    "incident.date": "date", "incident.time": "time", "incident.place": "place",
    "casualties.killed": "killed", "casualties.injured": "injured",
    "casualties.hospitalised": "taken to hospital", "vehicle": "vehicle",
    "suspect.name": "suspect", "suspect.age": "suspect's age", "arrests": "arrests",
    "speed": "speed (mph)",
}  # fmt: skip
TITLE_CHARS = 60  # report titles are often a whole first sentence
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")  # fmt: skip

_WRITTEN_CLOCK = re.compile(r"\b(\d{1,2})[:.](\d{2})\b")  # a clock in a fact's words


# --------------------------------------------------------------------------- extract --json
def timeline_entry_json(entry: TimelineEntry, article: str | None = None) -> dict[str, Any]:
    """One timeline entry as in the ``extract --json`` contract (with its ``id`` when the
    report's id is given)."""
    out = entry.timex.to_json()
    if article is not None:
        out["id"] = item_id(article, TIMELINE_ITEM, entry.start)
    out["event"] = entry.event.to_json() if entry.event else None
    out["incident"] = entry.incident
    if entry.zone:  # a clock told in a named zone, and its local time when known
        out["zone"] = entry.zone
        out["local"] = entry.local
    return out


def article_json(analysis: ReportAnalysis) -> dict[str, Any]:
    """One report's extraction as in the ``extract --json`` contract: every fact and timeline
    entry with its ``id`` (``model.item_id``), the timeline in text order, each entry with its
    ``position`` in time order (``timeline.order_timeline``: placed entries by time, ties as
    read, then those no calendar places), and each internal conflict naming its facts by id
    (``ids``, ``stands_id``) beside the indexes."""
    r = analysis.report
    fact_ids = [item_id(r.id, f.kind, f.start) for f in analysis.facts]
    return {
        "id": r.id,
        "path": str(r.path),
        "title": full_title(r),  # data, not a list line: never cut with '…' mid-word
        "dct": {"value": analysis.dct, "source": analysis.dct_source.value},
        # who published it, as the report's front matter or page says (None when it does not):
        # a checker's record must say which outlet said what
        "outlet": r.source,
        "author": r.author,
        "url": r.url,
        "timeline": [
            timeline_entry_json(analysis.timeline[i], r.id) | {"position": i}
            for i in text_order(analysis.timeline)
        ],
        "facts": [fact_json(f, r.text) | {"id": fact_ids[n]} for n, f in enumerate(analysis.facts)],
        "incidents": [i.to_json() for i in analysis.incidents],
        "internal_conflicts": [
            _conflict_json(c.to_json(), fact_ids) for c in analysis.internal_conflicts
        ],
    }


def fact_json(fact: Fact, text: str | None = None) -> dict[str, Any]:
    """A fact as in the ``extract --json`` contract; a speed's value is a number with its unit and
    bound beside it (``speed_values.speed_json``); a count of the seriously hurt says so
    (``"measure": "seriously"``, read from the report's ``text``): it is a part of the injured,
    not their number."""
    out = fact.to_json()
    if fact.kind == "speed":
        out.update(speed_json(fact.value))
    if text is not None and (measure := measure_of(fact.kind, fact, text)):
        out["measure"] = measure
    return out


def text_order(timeline: Sequence[TimelineEntry]) -> list[int]:
    """The indexes of the timeline's entries in the order their words come in the text."""
    return sorted(range(len(timeline)), key=lambda i: (timeline[i].start, timeline[i].end))


def _conflict_json(conflict: dict[str, Any], fact_ids: Sequence[str]) -> dict[str, Any]:
    """An internal conflict with its facts' ids beside their indexes."""
    out = conflict | {"ids": [fact_ids[i] for i in conflict["facts"]]}
    if conflict.get("stands") is not None:
        out["stands_id"] = fact_ids[conflict["stands"]]
    return out


def extraction_document(analyses: Sequence[ReportAnalysis]) -> dict[str, Any]:
    """The ``extract --json`` document: ``{"articles": [...]}``, one entry per analysed report
    (their incidents dated across the story's reports: ``story_dated``)."""
    return {"articles": [article_json(a) for a in story_dated(analyses)]}


def story_dated(analyses: Sequence[ReportAnalysis]) -> list[ReportAnalysis]:
    """The analyses with the day the other reports of an incident tell lent to a report that
    dates it by a year only or by its own day (``core.align.lent_dates``; a folder of one
    report, or of more than ``LEND_MAX_REPORTS``, as it is)."""
    from incident_reader.core.align.lent_dates import LEND_MAX_REPORTS, lend_incident_dates

    if not 2 <= len(analyses) <= LEND_MAX_REPORTS:
        return list(analyses)
    return lend_incident_dates(analyses)


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
        "key": mark.key, "reason": reason, "found_at": start, "id": _mark_item_id(mark),
    }  # fmt: skip


def _mark_item_id(mark: Mark) -> str:
    """The id of the item a mark was put on, as the item carried it then (``model.item_id``)."""
    kind = TIMELINE_ITEM if mark.item_kind == "timeline" else mark.kind
    return item_id(mark.report_id, kind, mark.anchor.start)


def orphan_elsewhere(mark: Mark) -> dict[str, Any]:
    """An orphaned mark of a report no longer in the corpus (renamed, removed or unreadable)."""
    return {**_orphan_json(mark, "its report is not in the corpus"), "report_id": mark.report_id}


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
    dated = story_dated([art.analysis for art in articles])
    for art, analysis in zip(articles, dated, strict=True):
        doc = article_json(analysis)
        timeline_marks = [art.timeline_marks[i] for i in text_order(analysis.timeline)]
        keep_t = [not verified_only or _verified(m) for m in timeline_marks]
        keep_f = [not verified_only or _verified(m) for m in art.fact_marks]
        doc["timeline"] = [
            {**entry, **mark_json(m)}
            for entry, m, keep in zip(doc["timeline"], timeline_marks, keep_t, strict=True)
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
                ids = [facts[i]["id"] for i in kept]
                stands = new_index.get(c["stands"]) if c.get("stands") is not None else None
                if c.get("status", "conflict") == "conflict" or stands is None:
                    conflicts.append({"kind": c["kind"], "facts": kept, "ids": ids})
                else:  # a revision whose standing figure is kept
                    conflicts.append({**c, "facts": kept, "stands": stands, "ids": ids})
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


def to_csv(
    articles: Sequence[MarkedArticle],
    verified_only: bool = False,
    orphans_elsewhere: Sequence[dict[str, Any]] = (),
) -> str:
    """One row per timeline entry, fact and orphaned mark, with its evidence and its status.

    Cells are neutralised for spreadsheets: one that begins with = + - @ gets a leading '.
    """
    buf = io.StringIO()
    writer = _SafeWriter(buf, CSV_COLUMNS)
    writer.writeheader()
    for art in articles:
        r = art.analysis.report
        base = {"article": r.id, "title": full_title(r), "outlet": r.source or "",
                "author": r.author or ""}  # fmt: skip
        rows: list[tuple[Mark | None, dict[str, Any]]] = []
        for e, m in zip(art.analysis.timeline, art.timeline_marks, strict=True):
            rows.append((m, {"item": "timeline", "kind": e.timex.type, "value": e.timex.value,
                             "text": e.timex.text, "start": e.start, "end": e.end,
                             "incident": e.incident, "id": item_id(r.id, TIMELINE_ITEM, e.start),
                             "event": e.event.text if e.event else ""}))  # fmt: skip
        for f, m in zip(art.analysis.facts, art.fact_marks, strict=True):
            rows.append((m, {"item": "fact", "kind": f.kind, "value": value_text(f.value),
                             "text": f.text, "start": f.start, "end": f.end,
                             "incident": f.incident, "said_by": f.said_by or "",
                             "id": item_id(r.id, f.kind, f.start)}))  # fmt: skip
        for m, row in rows:
            if not verified_only or _verified(m):
                writer.writerow({**base, **row, **_blank(mark_json(m)), "orphan": ""})
        for o in art.orphans:
            if not verified_only or o["status"] == "verified":
                writer.writerow({**base, **_orphan_row(o)})
    for o in orphans_elsewhere:
        if not verified_only or o["status"] == "verified":
            writer.writerow({"article": o["report_id"], **_orphan_row(o)})
    return buf.getvalue()


def _orphan_row(o: dict[str, Any]) -> dict[str, Any]:
    row = {"item": o["item"], "kind": o["kind"], "text": o["quote"], "start": o["start"],
           "end": o["end"], "orphan": "yes", "event": o["reason"], "id": o["id"]}  # fmt: skip
    return {**row, **_blank({k: o[k] for k in NO_MARK})}


class _SafeWriter(csv.DictWriter):
    """A CSV writer whose every text cell is safe in a file and in a spreadsheet (csv_cell)."""

    def __init__(self, buf: io.StringIO, columns: Sequence[str]) -> None:
        super().__init__(buf, fieldnames=columns, lineterminator="\r\n")

    def writerow(self, rowdict: Any) -> Any:
        return super().writerow({k: csv_cell(v) for k, v in rowdict.items()})


def _blank(d: dict[str, Any]) -> dict[str, Any]:
    return {k: "" if v is None else v for k, v in d.items()}


# --------------------------------------------------------------------------- md
def _when(value: str) -> str:
    """A TIMEX3 value for people: '14 August 2018, 07:30', '06:10, date unknown', '2 days'."""
    m = _TIMEX_DATE.match(value)
    if not m or not m[2]:
        return _when_vague(value)
    year, month, day, hour, minute = m.groups()
    text = f"{_MONTHS[int(month) - 1]} {year}" if 1 <= int(month) <= 12 else value
    if day:
        text = f"{int(day)} {text}"
    part = _PART_OF_DAY.get(value[m.end() :])
    return f"{text}, {hour}:{minute}" if hour else f"{text}, {part}" if part else text


def _when_vague(value: str) -> str:
    """A value without a known month for people (a report with no date of its own gives
    'XXXX-XX-XXT06:10'): a Markdown reader should never meet the TIMEX3 notation."""
    if value in _REFS:
        return _REFS[value]
    if (words := duration_words(value)) is not None:
        return words
    if m := _SEASON_OR_WEEK.match(value):
        year, season, week = m.groups()
        return f"{_SEASONS[season]} {year}" if season else f"week {int(week)} of {year}"
    if m := _UNKNOWN_DAY.match(value):
        weekday, month, day, clock, part = m.groups()
        when = clock or (_PART_OF_DAY[f"T{part}"] if part else "")
        if weekday:
            name = _WEEKDAYS[int(weekday) - 1]
            return f"{name}, {when}" if when else name
        if month and 1 <= int(month) <= 12:
            dated = f"{int(day)} " if day and 1 <= int(day) <= 31 else ""
            return f"{dated}{_MONTHS[int(month) - 1]}{', ' + when if when else ''} (year unknown)"
        return f"{when} (date unknown)" if when else "date unknown"
    if re.fullmatch(r"\d{3}", value):
        return f"the {value}0s"
    return value


FULL_TITLE_MAX = 300  # a first "sentence" longer than this is a body that lost its full stops


def full_title(report: Report) -> str:
    """The report's title uncut: a first sentence the loader shortened with '…' is taken whole."""
    title = report.title
    if title.endswith("…") and first_sentence(report.text) == title:
        whole = first_sentence(report.text, limit=None)
        return whole if len(whole) <= FULL_TITLE_MAX else title  # a body with no full stop: cut
    return title


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
    entries.sort(key=lambda x: (_story_key(x[1]) is None, _story_key(x[1]) or "",
                                x[0].report.id, x[1].start))  # fmt: skip
    return entries


def _story_key(entry: TimelineEntry) -> str | None:
    """Where an entry goes on the story's timeline: a zoned clock by its local time, and one
    whose local time is unknown not among the local clocks (after the placed entries)."""
    if entry.zone and not entry.local:
        return None
    return sort_key(placed_value(entry))


def _when_entry(entry: TimelineEntry) -> str:
    """An entry's time for people: a zoned clock in local time, else with its zone; with its
    modifier in words ("before 7 April 2017, 15:00"), as the reader shows it."""
    if entry.zone and not entry.local:
        text = _when(entry.timex.value).replace(
            entry.timex.value[11:16], f"{entry.timex.value[11:16]} {entry.zone}", 1
        )
    else:
        text = _when(placed_value(entry))
    if not (mod := _MOD_WORDS.get(entry.timex.mod or "", "")):
        return text
    clock = _CLOCK_PART.search(text)  # "7 April 2017, about 15:00": the modifier bounds the clock
    return f"{text[: clock.start()]}, {mod}{text[clock.end() :]}" if clock else mod + text


def _md(text: str) -> str:
    return re.sub(r"([\\`*_\[\]<>|#])", r"\\\1", " ".join(for_file(text).split()))


def _code(text: str) -> str:
    """A user's words (a note) as a code span, which Markdown shows literally: "[bold]" stays
    "[bold]", as the reader shows it, not an escaped "\\[bold\\]" or a link."""
    text = " ".join(for_file(text).split())
    fence = "`" * (max((len(run) for run in re.findall(r"`+", text)), default=0) + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def _mark_md(mark: Mark | None) -> str:
    if mark is None or mark.status == "unverified":
        return ""
    out = f" ({mark.status} by {_md(mark.reviewer)}, {mark.marked_at[:10]}"
    return out + (f": {_code(mark.note)})" if mark.note else ")")


def _fact_value_md(kind: str, value: FactValue) -> str:
    """A fact's value as the Markdown export says it (a date as words, a count as 3 or 3+)."""
    return _when(value) if kind == "incident.date" and isinstance(value, str) else value_text(value)


def to_markdown(
    articles: Sequence[MarkedArticle],
    verified_only: bool = False,
    orphans_elsewhere: Sequence[dict[str, Any]] = (),
    comparison: Comparison | None = None,
) -> str:
    """A readable timeline of the story (all reports, in time order), where the reports agree
    and disagree (with ``comparison``), then each report's facts."""
    head = "Verified timeline" if verified_only else "Timeline"
    lines = [f"# {head}", "", "Marks: ✓ verified, ✗ disputed, ? inconclusive, · unverified.", ""]
    for a, e, m in _story_entries(articles, verified_only):
        symbol = STATUS_SYMBOLS[m.status if m else "unverified"].strip() or "·"
        what = f" — {_md(e.event.text)}" if e.event else ""
        lines.append(f"- {symbol} **{_when_entry(e)}** “{_md(e.timex.text)}”{what} "
                     f"— *{_md(full_title(a.report))}*{_mark_md(m)}")  # fmt: skip
    if comparison is not None:
        from incident_reader.core.export_compare import comparison_md

        lines += comparison_md(
            articles, comparison, verified_only, _md, _mark_md, _fact_value_md, FACT_LABELS
        )
    lines += ["", "# Verified facts by report" if verified_only else "# Facts by report"]
    for art in articles:
        kept = [(f, m) for f, m in zip(art.analysis.facts, art.fact_marks, strict=True)
                if not verified_only or _verified(m)]  # fmt: skip
        if not kept and not any(
            not verified_only or o["status"] == "verified" for o in art.orphans
        ):
            continue
        r = art.analysis.report
        lines += ["", f"## {_md(full_title(r))}", "", f"{_md(r.id)}, {_written(art.analysis)}", ""]
        lines += _facts_by_incident(art.analysis, kept)
        for o in art.orphans:
            if not verified_only or o["status"] == "verified":
                lines.append(_orphan_md(o))
    gone = [o for o in orphans_elsewhere if not verified_only or o["status"] == "verified"]
    if gone:
        lines += ["", "## Marks of reports not in the corpus", ""]
        lines += [f"{_orphan_md(o)} (report {_md(o['report_id'])})" for o in gone]
    return "\n".join(lines) + "\n"


def _written(analysis: ReportAnalysis) -> str:
    """When the report was written, saying so when the date is not the report's own."""
    if not analysis.dct:
        return "undated"
    if analysis.dct_source in (DctSource.INFERRED, DctSource.USER):
        return f"{analysis.dct} ({analysis.dct_source.value})"
    return analysis.dct


def _facts_by_incident(
    analysis: ReportAnalysis, kept: Sequence[tuple[Fact, Mark | None]]
) -> list[str]:
    """The report's facts, its own incident's first; an earlier incident it recalls under a
    heading of its own (its facts are not the story's)."""
    incidents = sorted(analysis.incidents, key=lambda i: not i.main)
    order = {i.id: n for n, i in enumerate(incidents)}
    lines: list[str] = []
    shown: str | None = None
    for f, m in sorted(kept, key=lambda fm: order.get(fm[0].incident, len(order))):
        incident = next((i for i in incidents if i.id == f.incident), None)
        if incident is not None and not incident.main and incident.id != shown:
            when = ", ".join(x for x in (incident.date, incident.place) if x)
            lines += ["", f"### Earlier incident{': ' + _md(when) if when else ''}", ""]
            shown = incident.id
        symbol = STATUS_SYMBOLS[m.status if m else "unverified"].strip() or "·"
        label = FACT_LABELS.get(f.kind, f.kind)
        shown_value = _fact_value_md(f.kind, f.value)
        if f.kind == "incident.time" and (zone := zone_label(f.text)):
            told = _WRITTEN_CLOCK.search(f.text)
            written = f"{int(told[1]):02d}:{told[2]}" if told else shown_value
            # a clock the analysis moved to local time shows the zone's clock as written beside
            shown_value = (
                f"{shown_value} {zone}"
                if written == shown_value
                else f"{shown_value} local ({written} {zone})"
            )
        lines.append(f"- {symbol} {label}: **{_md(shown_value)}** "
                     f"— “{_md(f.text)}”{_mark_md(m)}")  # fmt: skip
    return lines


def _orphan_md(o: dict[str, Any]) -> str:
    note = f" ({_code(o['note'])})" if o.get("note") else ""
    return f"- orphaned {o['status']} mark on “{_md(o['quote'])}”{note}: {o['reason']}"


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


def to_timelinejs(
    articles: Sequence[MarkedArticle],
    verified_only: bool = False,
    orphans_elsewhere: Sequence[dict[str, Any]] = (),
) -> dict:
    """A Knight Lab TimelineJS 3 document: one slide per dated entry, one group per report.

    Orphaned marks have no date to sit at: the title slide lists them.
    """
    events = []
    for n, (a, e, m) in enumerate(_story_entries(articles, verified_only)):
        # a clock told in a named zone sits at the incident's local time when that is known;
        # else at the clock as written, which the slide says ("15:00 GMT")
        start_date = timelinejs_date(placed_value(e))
        if start_date is None or e.timex.type not in ("DATE", "TIME"):
            continue
        status = m.status if m else "unverified"
        said = e.event.text if e.event else _sentence(a.report.text, e.start, e.end)
        title = full_title(a.report)
        body = f"<p>{html.escape(said)}</p><p><em>{html.escape(title)}</em> — {status}"
        if e.zone and not e.local:
            written = f"Placed at the clock as written ({html.escape(e.zone)})"
            body = f"<p>{written}: the local time of the incident is unknown.</p>{body}"
        if m and m.status != "unverified":
            body += f" by {html.escape(m.reviewer)}"
            body += f": {html.escape(m.note)}" if m.note else ""
        events.append({
            "start_date": start_date,
            "display_date": _when_entry(e),
            "text": {"headline": html.escape(e.timex.text), "text": body + "</p>"},
            "group": title,
            "unique_id": f"e{n}-{re.sub(r'[^a-z0-9]+', '-', a.report.id.lower())}",
        })  # fmt: skip
    titles = sorted({full_title(art.analysis.report) for art in articles})
    intro = html.escape("; ".join(titles))
    orphans = [(art.analysis.report.id, o) for art in articles for o in art.orphans]
    orphans += [(o["report_id"], o) for o in orphans_elsewhere]
    orphans = [(rid, o) for rid, o in orphans if not verified_only or o["status"] == "verified"]
    if orphans:
        items = "".join(
            f"<li>{html.escape(o['status'])} mark on “{html.escape(o['quote'])}” "
            f"({html.escape(rid)}): {html.escape(o['reason'])}</li>"
            for rid, o in orphans
        )
        intro += f"<p>Orphaned marks ({len(orphans)}):</p><ul>{items}</ul>"
    slide = {"text": {"headline": "Verified timeline" if verified_only else "Timeline",
                      "text": intro}}  # fmt: skip
    return {"title": slide, "events": events}


# --------------------------------------------------------------------------- entry point
def render(
    fmt: str,
    analyses: Sequence[ReportAnalysis],
    store: Store | None,
    verified_only: bool = False,
    compare: Callable[[Sequence[ReportAnalysis]], Comparison] | None = None,
    whole_corpus: bool = False,
    unread: Collection[str] = (),
) -> str:
    """The export text of ``analyses`` in format ``fmt`` (one of FORMATS).

    ``whole_corpus``: the analyses are every report of the folder and the database is the
    folder's own, so marks of other report ids belong to reports that were removed (or could not
    be read) and are exported as orphans. A database shared by several stories holds other
    folders' marks, which are none of this export's: only those of ``unread`` (the ids of this
    folder's files that could not be read) are.
    """
    articles = attach_marks(analyses, store)
    elsewhere: list[Mark] = []
    if (whole_corpus or unread) and store is not None:
        ids = {a.report.id for a in analyses}
        elsewhere = [
            m
            for m in store.all_marks()
            if m.report_id not in ids and (whole_corpus or m.report_id in unread)
        ]
    lost = [orphan_elsewhere(m) for m in elsewhere]
    if fmt == "json":
        return _dumps(marked_document(articles, verified_only, elsewhere))
    if fmt == "csv":
        return to_csv(articles, verified_only, lost)
    if fmt == "md":
        comparison = compare(analyses) if compare and len(analyses) > 1 else None
        return to_markdown(articles, verified_only, lost, comparison)
    if fmt == "timelinejs":
        return _dumps(to_timelinejs(articles, verified_only, lost))
    if fmt == "incidents":
        comparison = compare(analyses) if compare else Comparison()
        from incident_reader.core.export_incidents import to_incidents_csv

        return to_incidents_csv(articles, comparison, verified_only, lost)
    raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")


def _dumps(doc: Any) -> str:
    return json_text(json.dumps(doc, ensure_ascii=False, indent=2)) + "\n"
