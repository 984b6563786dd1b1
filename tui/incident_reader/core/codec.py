"""Model records to JSON-safe dicts and back, exactly: what the extraction cache stores.

A cached analysis is only valid for the code that produced it, so cache keys carry
``cache_version()``: ``CODEC_VERSION`` (this file's format) plus a fingerprint of the extraction
code and its data tables. The report's text can be left out of a cached entry (the file on disk
holds it) and given back to ``analysis_from_dict``.
"""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path
from typing import Any

from incident_reader.core.model import (
    Comparison,
    Corpus,
    DctSource,
    Fact,
    FactPair,
    FactSummary,
    FactValue,
    FigureStep,
    Incident,
    InternalConflict,
    OnlyFact,
    PairSide,
    Report,
    ReportAnalysis,
    SharedIncident,
    Skipped,
    TextSpan,
    TimelineEntry,
    Timex,
)

CODEC_VERSION = 2

# Sources whose change can change an analysis (the pipeline, its rules and data tables).
_PIPELINE_PARTS: tuple[str, ...] = (
    "analysis.py",
    "timeline.py",
    "model.py",
    "model_analysis.py",
    "sibling_days.py",  # the tagger's DCT inference reads a report's own month-days with it
    "temporal",
    "facts",
)
_PIPELINE_SUFFIXES: tuple[str, ...] = (".py", ".toml", ".json", ".txt", ".tsv", ".csv")

Json = dict[str, Any]


class CodecError(ValueError):
    """A stored dict that this version cannot turn back into records (stale or damaged cache)."""


@cache
def pipeline_fingerprint() -> str:
    """A short hash of the extraction code and data, so a rule change invalidates cached results."""
    core = Path(__file__).resolve().parent
    digest = hashlib.sha1()
    for part in _PIPELINE_PARTS:
        base = core / part
        files = sorted(base.rglob("*")) if base.is_dir() else [base]
        for path in files:
            if path.suffix in _PIPELINE_SUFFIXES and path.is_file():
                digest.update(str(path.relative_to(core)).encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def cache_version() -> str:
    """The version every cache key includes: codec format and extraction-code fingerprint."""
    return f"c{CODEC_VERSION}-{pipeline_fingerprint()}"


def dct_key(
    dct_override: str | None = None, year_hint: int | None = None, date_hint: str | None = None
) -> str:
    """The second half of a cache key (the first is the file's sha1): versions, user DCT, and
    the corpus year and date that date a report without a DCT."""
    key = f"{cache_version()}|{dct_override or ''}"
    key = f"{key}|y{year_hint}" if year_hint is not None else key
    return f"{key}|d{date_hint}" if date_hint is not None else key


def report_key(report: Report, dct_override: str | None = None) -> str:
    """``dct_key`` for one report: a DCT read from the file's name is not in the text the sha1
    covers, so it joins the key (the same text under another dated name is analysed again)."""
    key = dct_key(dct_override, report.year_hint, report.date_hint)
    named = report.dct if report.dct_source is DctSource.FILE_NAME else None
    return f"{key}|n{named}" if named else key


# -- leaves -----------------------------------------------------------------------------------


def _value_out(value: FactValue) -> FactValue:
    return dict(value) if isinstance(value, dict) else value


def _value_in(value: Any) -> FactValue:
    if isinstance(value, bool) or not isinstance(value, int | str | dict):
        raise CodecError(f"bad fact value {value!r}")
    return dict(value) if isinstance(value, dict) else value


def report_to_dict(report: Report, include_text: bool = True) -> Json:
    """A report as a dict; without its text when the caller will supply the text back."""
    out: Json = {
        "id": report.id,
        "path": str(report.path),
        "title": report.title,
        "dct": report.dct,
        "dct_source": report.dct_source.value,
        "sha1": report.sha1,
        "format": report.format,
        "source": report.source,
        "url": report.url,
        "year_hint": report.year_hint,
        "date_hint": report.date_hint,
        "author": report.author,
        "updated": report.updated,
        "decoding": report.decoding,
    }
    if include_text:
        out["text"] = report.text
    else:  # the text comes back from the file, read by today's loader: keep what it must be
        out["text_sha1"] = text_digest(report.text)
    return out


def text_digest(text: str) -> str:
    """A report text's hash: the same file read differently (an HTML reader that changed, a new
    decoding) gives another text, and offsets cached for the old one must not be used on it."""
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()


def report_from_dict(data: Json, text: str | None = None) -> Report:
    """The inverse of ``report_to_dict``; ``text`` fills in a text that was left out."""
    body = data.get("text", text)
    if body is None:
        raise CodecError("report text missing")
    return Report(
        id=data["id"],
        path=Path(data["path"]),
        title=data["title"],
        text=body,
        dct=data["dct"],
        dct_source=DctSource(data["dct_source"]),
        sha1=data["sha1"],
        format=data["format"],
        source=data["source"],
        url=data["url"],
        year_hint=data.get("year_hint"),
        date_hint=data.get("date_hint"),
        author=data.get("author"),
        updated=data.get("updated"),
        decoding=data.get("decoding"),
    )


def timex_to_list(t: Timex) -> list[Any]:
    """A timex as a compact list (timexes are the most numerous record)."""
    return [t.start, t.end, t.text, str(t.type), t.value, t.mod]


def timex_from_list(data: list[Any]) -> Timex:
    """The inverse of ``timex_to_list``."""
    start, end, text, type_, value, mod = data
    return Timex(start=start, end=end, text=text, type=type_, value=value, mod=mod)


def span_to_dict(span: TextSpan) -> Json:
    """A text span as a dict."""
    return {"start": span.start, "end": span.end, "text": span.text}


def span_from_dict(data: Json) -> TextSpan:
    """The inverse of ``span_to_dict``."""
    return TextSpan(start=data["start"], end=data["end"], text=data["text"])


def fact_to_dict(f: Fact) -> Json:
    """A fact as a dict."""
    return {
        "kind": f.kind,
        "value": _value_out(f.value),
        "start": f.start,
        "end": f.end,
        "text": f.text,
        "incident": f.incident,
        "said_by": f.said_by,
    }


def fact_from_dict(data: Json) -> Fact:
    """The inverse of ``fact_to_dict``."""
    return Fact(
        kind=data["kind"],
        value=_value_in(data["value"]),
        start=data["start"],
        end=data["end"],
        text=data["text"],
        incident=data["incident"],
        said_by=data["said_by"],
    )


def incident_to_dict(i: Incident) -> Json:
    """An incident as a dict (with its text stretch, which ``Incident.to_json`` omits)."""
    return {
        "id": i.id,
        "main": i.main,
        "date": i.date,
        "place": i.place,
        "summary": i.summary,
        "start": i.start,
        "end": i.end,
    }


def incident_from_dict(data: Json) -> Incident:
    """The inverse of ``incident_to_dict``."""
    return Incident(
        **{k: data[k] for k in ("id", "main", "date", "place", "summary", "start", "end")}
    )


# -- one report's analysis ----------------------------------------------------------------------


def analysis_to_dict(analysis: ReportAnalysis, include_text: bool = True) -> Json:
    """A report's analysis as a JSON-safe dict; timeline timexes refer to ``timexes`` by index."""
    index = {t: n for n, t in enumerate(analysis.timexes)}
    timeline: list[Json] = []
    for entry in analysis.timeline:
        ref = index.get(entry.timex)
        timeline.append(
            {
                "timex": ref if ref is not None else timex_to_list(entry.timex),
                "event": span_to_dict(entry.event) if entry.event else None,
                "incident": entry.incident,
                "zone": entry.zone,
                "local": entry.local,
            }
        )
    return {
        "v": CODEC_VERSION,
        "report": report_to_dict(analysis.report, include_text),
        "dct": analysis.dct,
        "dct_source": analysis.dct_source.value,
        "dct_note": analysis.dct_note,
        "timexes": [timex_to_list(t) for t in analysis.timexes],
        "timeline": timeline,
        "facts": [fact_to_dict(f) for f in analysis.facts],
        "incidents": [incident_to_dict(i) for i in analysis.incidents],
        "internal_conflicts": [
            {"kind": c.kind, "facts": list(c.facts), "status": c.status, "stands": c.stands}
            for c in analysis.internal_conflicts
        ],
    }


def analysis_from_dict(data: Json, report: Report | None = None) -> ReportAnalysis:
    """The inverse of ``analysis_to_dict``; ``report`` (same sha1) replaces the stored one."""
    if data.get("v") != CODEC_VERSION:
        raise CodecError(f"codec version {data.get('v')!r}, expected {CODEC_VERSION}")
    try:
        stored = data["report"]
        if report is None:
            report = report_from_dict(stored)
        elif report.sha1 != stored["sha1"]:
            raise CodecError("cached analysis is for another version of the report")
        elif "text_sha1" in stored and stored["text_sha1"] != text_digest(report.text):
            raise CodecError("cached analysis is for another reading of the report's file")
        timexes = tuple(timex_from_list(t) for t in data["timexes"])
        timeline = tuple(
            TimelineEntry(
                timex=timexes[e["timex"]]
                if isinstance(e["timex"], int)
                else timex_from_list(e["timex"]),
                event=span_from_dict(e["event"]) if e["event"] else None,
                incident=e["incident"],
                zone=e.get("zone"),
                local=e.get("local"),
            )
            for e in data["timeline"]
        )
        return ReportAnalysis(
            report=report,
            dct=data["dct"],
            dct_source=DctSource(data["dct_source"]),
            timexes=timexes,
            timeline=timeline,
            facts=tuple(fact_from_dict(f) for f in data["facts"]),
            incidents=tuple(incident_from_dict(i) for i in data["incidents"]),
            internal_conflicts=tuple(
                InternalConflict(
                    kind=c["kind"],
                    facts=tuple(c["facts"]),
                    status=c.get("status", "conflict"),
                    stands=c.get("stands"),
                )
                for c in data["internal_conflicts"]
            ),
            dct_note=data.get("dct_note"),
        )
    except (KeyError, IndexError, TypeError, ValueError) as err:
        if isinstance(err, CodecError):
            raise
        raise CodecError(f"damaged cached analysis ({err!r})") from err


# -- cross-report records -----------------------------------------------------------------------


def side_to_dict(side: PairSide) -> Json:
    """One side of a fact pair as a dict."""
    return side.to_json() | {"value": _value_out(side.value)}


def side_from_dict(data: Json) -> PairSide:
    """The inverse of ``side_to_dict``."""
    return PairSide(
        article=data["article"],
        value=_value_in(data["value"]),
        text=data["text"],
        start=data["start"],
        end=data["end"],
    )


def comparison_to_dict(comparison: Comparison) -> Json:
    """A comparison as a JSON-safe dict (with shared incidents' members, unlike ``to_json``)."""
    return {
        "v": CODEC_VERSION,
        "incidents": [
            {
                "id": s.id,
                "date": s.date,
                "place": s.place,
                "articles": list(s.articles),
                "members": dict(s.members),
                "date_from": s.date_from,
                "date_from_source": s.date_from_source,
            }
            for s in comparison.incidents
        ],
        "pairs": [
            {
                "kind": p.kind,
                "incident": p.incident,
                "status": str(p.status),
                "a": side_to_dict(p.a),
                "b": side_to_dict(p.b),
                "dissent": p.dissent,
                "echo": p.echo,
            }
            for p in comparison.pairs
        ],
        "only": [
            {
                "article": o.article,
                "kind": o.kind,
                "incident": o.incident,
                "value": _value_out(o.value),
                "text": o.text,
                "start": o.start,
                "end": o.end,
            }  # the record's fields; to_json adds the id and a speed's unit for scripts
            for o in comparison.only
        ],
        "facts": [summary_to_dict(f) for f in comparison.facts],
    }


def summary_to_dict(summary: FactSummary) -> Json:
    """A fact-level summary as a dict (the same keys as ``to_json``, values copied)."""
    return summary.to_json() | {
        "value": _value_out(summary.value),
        "history": [s.to_json() | {"value": _value_out(s.value)} for s in summary.history],
    }


def summary_from_dict(data: Json) -> FactSummary:
    """The inverse of ``summary_to_dict``."""
    return FactSummary(
        incident=data["incident"],
        kind=data["kind"],
        standing=data["standing"],
        value=_value_in(data["value"]),
        agreeing=tuple(data["agreeing"]),
        revised=tuple(data["revised"]),
        disputing=tuple(data["disputing"]),
        history=tuple(
            FigureStep(
                s["article"],
                _value_in(s["value"]),
                s["written"],
                s.get("inferred", False),
                s.get("measure", ""),
            )
            for s in data["history"]
        ),
        latest=data.get("latest"),
    )


def comparison_from_dict(data: Json) -> Comparison:
    """The inverse of ``comparison_to_dict``."""
    if data.get("v") != CODEC_VERSION:
        raise CodecError(f"codec version {data.get('v')!r}, expected {CODEC_VERSION}")
    try:
        return Comparison(
            incidents=tuple(
                SharedIncident(
                    id=s["id"],
                    date=s["date"],
                    place=s["place"],
                    articles=tuple(s["articles"]),
                    members=dict(s["members"]),
                    date_from=s.get("date_from"),
                    date_from_source=s.get("date_from_source"),
                )
                for s in data["incidents"]
            ),
            pairs=tuple(
                FactPair(
                    kind=p["kind"],
                    incident=p["incident"],
                    status=p["status"],
                    a=side_from_dict(p["a"]),
                    b=side_from_dict(p["b"]),
                    dissent=p.get("dissent"),
                    echo=p.get("echo", False),
                )
                for p in data["pairs"]
            ),
            only=tuple(
                OnlyFact(
                    article=o["article"],
                    kind=o["kind"],
                    incident=o["incident"],
                    value=_value_in(o["value"]),
                    text=o["text"],
                    start=o["start"],
                    end=o["end"],
                )
                for o in data["only"]
            ),
            facts=tuple(summary_from_dict(f) for f in data.get("facts", ())),
        )
    except (KeyError, TypeError, ValueError) as err:
        if isinstance(err, CodecError):
            raise
        raise CodecError(f"damaged comparison ({err!r})") from err


def corpus_to_dict(corpus: Corpus, include_text: bool = True) -> Json:
    """A corpus (reports, skipped files, root) as a JSON-safe dict."""
    return {
        "v": CODEC_VERSION,
        "reports": [report_to_dict(r, include_text) for r in corpus.reports],
        "skipped": [{"path": str(s.path), "reason": s.reason} for s in corpus.skipped],
        "root": str(corpus.root) if corpus.root is not None else None,
    }


def corpus_from_dict(data: Json) -> Corpus:
    """The inverse of ``corpus_to_dict`` (texts must have been included)."""
    return Corpus(
        reports=tuple(report_from_dict(r) for r in data["reports"]),
        skipped=tuple(Skipped(Path(s["path"]), s["reason"]) for s in data["skipped"]),
        root=Path(data["root"]) if data["root"] is not None else None,
    )
