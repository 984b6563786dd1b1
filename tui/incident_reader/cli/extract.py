"""`incident-reader extract`: facts, incidents and timeline of each report, as JSON or tables.

JSON: ``{"articles": [{"id", "path", "title", "dct": {"value", "source"}, "outlet", "author",
"url" (from the report's front matter or page; null when it gives none), "timeline": [{"start",
"end", "text", "type", "value", "event": {"start", "end", "text"}, "incident"}], "facts": [{"kind",
"value", "text", "start", "end", "incident", "said_by"}], "incidents": [{"id", "main", "date",
"place", "summary"}], "internal_conflicts": [{"kind", "facts": [indexes into facts]}]}],
"skipped": [{"path", "reason"}]}``: the files that could not be read as reports, as the notices on
stderr say (``compare --json`` lists them the same way).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Iterator, Sequence
from json.encoder import encode_basestring
from typing import TYPE_CHECKING, Any, TextIO

from incident_reader.cli.common import (
    add_dct_options,
    cell,
    chosen_dcts,
    console,
    fail,
    guarded,
    load_or_fail,
    notice,
    section,
)
from incident_reader.core.safe_text import json_text

if TYPE_CHECKING:
    from incident_reader.core.batch import BatchResult
    from incident_reader.core.batch_render import Rendered
    from incident_reader.core.model import ReportAnalysis

_CONSTANTS = {None: "null", True: "true", False: "false"}
# Folders of at most this many reports are one story's: their incidents' dates are lent across
# reports before they are written (a larger folder streams its reports as each is done; the
# same bound as core.align.lent_dates.LEND_MAX_REPORTS, not imported: the comparer loads late).
LEND_MAX_REPORTS = 60


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "extract",
        help="facts and incidents of each report as tables; with --json also its timeline",
        description="Extract from each report what happened, when, where, to how many and by "
        "whom, each fact with the words that state it; earlier incidents a report recalls are "
        "kept apart from its own.",
    )
    p.add_argument("paths", nargs="*", metavar="PATH", help="a folder of reports, or report files")
    p.add_argument(
        "--json", action="store_true", help="print one JSON document, with each report's timeline"
    )
    add_dct_options(p)
    p.set_defaults(run=run)


@guarded
def run(args: argparse.Namespace) -> int:
    """Load and analyse the reports; print JSON or tables."""
    from incident_reader.core.batch_render import iter_rendered

    if not args.paths:
        fail("extract needs a report or a folder of reports")
    corpus = load_or_fail(args.paths)
    overrides = chosen_dcts(args, corpus)
    # Both cores for a large folder, each worker rendering its own reports (core.batch_render);
    # reports come out in input order, as they finish.
    render = article_text if args.json else article
    paths = [r.path for r in corpus.reports]
    if 2 <= len(corpus.reports) <= LEND_MAX_REPORTS:
        # one story's folder: an incident a report dates by a year, or by its own day only,
        # takes the day the other reports of it tell (core.align.lent_dates)
        from incident_reader.core.export import story_dated

        analyses = list(rendered_in_order(iter_rendered(corpus.reports, as_is, overrides), paths))
        results: Iterable[Any] = (render(a) for a in story_dated(analyses))
    else:
        rendered = iter_rendered(corpus.reports, render, overrides)
        results = rendered_in_order(rendered, paths)
    if args.json:
        # A script reading stdout alone must learn that a file was left out.
        skipped = [{"path": str(s.path), "reason": s.reason} for s in corpus.skipped]
        write_texts(results, sys.stdout, skipped)
    else:
        print_tables({"articles": list(results)})
    return 0


def as_is(analysis: ReportAnalysis) -> ReportAnalysis:
    """A worker's rendering when the analyses are wanted whole (lent dates, ``run``)."""
    return analysis


def article(analysis: ReportAnalysis) -> dict[str, Any]:
    """One report's article of the JSON document (a worker's rendering for the tables)."""
    from incident_reader.core.export import article_json

    return article_json(analysis)


def article_text(analysis: ReportAnalysis) -> str:
    """One report's article as ``write_document`` writes it (a worker's rendering for --json)."""
    return json_text(_article_text(article(analysis)))


def rendered_in_order(results: Iterable[Rendered], paths: Sequence[object]) -> Iterator[Any]:
    """Renderings in input order as soon as each is next; a failed report is named on stderr."""
    waiting: dict[int, Any] = {}
    following = 0
    for index, value, error in results:
        if error is not None:
            notice(f"{paths[index]}: extraction failed ({error})")
        waiting[index] = value
        while following in waiting:
            yield waiting.pop(following)
            following += 1
    yield from (waiting[i] for i in sorted(waiting))  # only if the batch stopped early


def in_input_order(results: Iterable[BatchResult]) -> Iterator[ReportAnalysis]:
    """Analyses in input order as soon as each is next; a failed report is named on stderr."""
    waiting: dict[int, ReportAnalysis] = {}
    following = 0
    for result in results:
        if result.error is not None:
            path = result.analysis.report.path
            notice(f"{path}: extraction failed ({result.error})")
        waiting[result.index] = result.analysis
        while following in waiting:
            yield waiting.pop(following)
            following += 1
    yield from (waiting[i] for i in sorted(waiting))  # only if the batch stopped early


def write_document(
    articles: Iterable[dict[str, Any]], out: TextIO, skipped: list[dict[str, str]] | None = None
) -> None:
    """``{"articles": [...]}`` exactly as ``json.dump(doc, indent=2)`` writes it, one article at a
    time: output starts before the last report is done, in one write per article (not one per
    token, which costs seconds when Python's output is unbuffered); ``skipped`` as the command
    lists it."""
    write_texts((json_text(_article_text(a)) for a in articles), out, skipped)


def write_texts(
    texts: Iterable[str], out: TextIO, skipped: list[dict[str, str]] | None = None
) -> None:
    """``write_document`` of articles already written as text (``article_text``), with the
    skipped files after them when given (as ``json.dump(doc, indent=2)`` writes the key)."""
    out.write('{\n  "articles": [')
    separator = "\n    "
    for text in texts:
        out.write(separator + text)
        separator = ",\n    "
    out.write("\n  ]" if separator != "\n    " else "]")
    if skipped is not None:
        listed = json.dumps(skipped, indent=2).replace("\n", "\n  ")
        out.write(',\n  "skipped": ' + json_text(listed))
    out.write("\n}\n")


def _article_text(article: dict[str, Any]) -> str:
    """One article as ``json.dumps(..., ensure_ascii=False, indent=2)`` writes it, nested four
    spaces deep: orjson writes the same text (tested) several times faster; values it will not
    take go through ``_indented``."""
    import orjson  # on first use: the reader imports this module too, and must start fast

    try:
        raw = orjson.dumps(article, option=orjson.OPT_INDENT_2 | orjson.OPT_NON_STR_KEYS)
    except orjson.JSONEncodeError:
        pieces: list[str] = []
        _indented(article, "\n    ", pieces)
        return "".join(pieces)
    return raw.decode().replace("\n", "\n    ")


def _indented(value: Any, newline: str, out: list[str]) -> None:
    """Append ``value`` as ``json.dumps(..., ensure_ascii=False, indent=2)`` writes it, nested
    where ``newline`` says: the standard encoder's Python path (the one ``indent`` takes) is about
    twice as slow and its time counts against extract's throughput."""
    kind = type(value)
    if kind is str:
        out.append(encode_basestring(value))
    elif kind is int:
        out.append(int.__repr__(value))
    elif value is None or value is True or value is False:
        out.append(_CONSTANTS[value])
    elif kind is dict and value and all(type(k) is str for k in value):
        inner = newline + "  "
        opening = "{"
        for key, item in value.items():
            out.append(f"{opening}{inner}{encode_basestring(key)}: ")
            opening = ","
            _indented(item, inner, out)
        out.append(newline + "}")
    elif (kind is list or kind is tuple) and value:
        inner = newline + "  "
        opening = "["
        for item in value:
            out.append(opening + inner)
            opening = ","
            _indented(item, inner, out)
        out.append(newline + "]")
    else:  # empty containers, floats, subclasses: the standard encoder, re-indented
        out.append(json.dumps(value, ensure_ascii=False, indent=2).replace("\n", newline))


def _value(value: Any) -> str:
    if isinstance(value, dict):
        lo, hi = value.get("min"), value.get("max")
        if lo is None:
            return f"≤{hi}"
        return f"{lo}+" if hi is None else (f"{lo}" if lo == hi else f"{lo}-{hi}")
    return value if isinstance(value, str) else json.dumps(value)


def _told_date(art: dict[str, Any], inc: dict[str, Any]) -> str | None:
    """An incident's date when the report tells one: an incident no date of the text anchors
    has the report's own day, which is when it was written, not when it happened ("?")."""
    date = inc["date"]
    if not date or date != (art["dct"]["value"] or "")[:10]:
        return date
    stated = any(f["kind"] == "incident.date" and f["incident"] == inc["id"] for f in art["facts"])
    return (
        date
        if stated
        or any(
            e["incident"] == inc["id"] and str(e["value"]).startswith(date) for e in art["timeline"]
        )
        else None
    )


def print_tables(doc: dict[str, Any]) -> None:
    """Per report: its incidents, its facts by incident then kind, its internal conflicts."""
    from rich.table import Table
    from rich.text import Text

    from incident_reader.core.model import DctSource
    from incident_reader.core.speed_values import speed_text

    out = console()
    for art in doc["articles"]:
        dct = art["dct"]
        heading = Text.assemble(cell(art["id"], "bold"), "  ", cell(art["title"]))
        if out.is_terminal:
            out.rule(heading)
        else:
            out.print(heading)
        source = "HTML" if dct["source"] == DctSource.HTML.value else dct["source"]
        if dct["value"]:
            out.print(cell(f"DCT {dct['value']} ({source})"))
        else:  # as the reader says it, with this command's way to give one
            out.print(cell(f"DCT unknown ({source}; give one with --dct {art['id']}=YYYY-MM-DD)"))
        incidents = Table()
        incidents.add_column("id", no_wrap=True, min_width=3)
        incidents.add_column("role", no_wrap=True, min_width=7)  # main, or earlier recalled
        incidents.add_column("date", no_wrap=True, min_width=10)
        incidents.add_column("place", min_width=12, max_width=24)
        if out.is_terminal:  # a glance on screen; a file or pipe keeps every word
            incidents.add_column("summary", no_wrap=True, overflow="ellipsis", max_width=44)
        else:
            incidents.add_column("summary")
        for inc in art["incidents"]:
            incidents.add_row(
                cell(inc["id"]),
                cell("main" if inc["main"] else "earlier"),
                cell(_told_date(art, inc) or "?"),
                cell(inc["place"] or ""),
                cell(inc["summary"]),
                style=None if inc["main"] else "dim",
            )
        section(out, "Incidents", incidents)
        conflicted = {i for c in art["internal_conflicts"] if "stands" not in c for i in c["facts"]}
        facts = Table()
        for column in ("inc", "kind"):
            facts.add_column(column, no_wrap=True)
        facts.add_column("value", max_width=24)
        facts.add_column("evidence", min_width=24, ratio=1)
        facts.add_column("said by", max_width=16)
        order = sorted(
            range(len(art["facts"])),
            key=lambda i: (art["facts"][i]["incident"] != "i0", art["facts"][i]["incident"],
                           art["facts"][i]["kind"], art["facts"][i]["start"]),
        )  # fmt: skip
        for i in order:
            f = art["facts"][i]
            facts.add_row(
                cell(f["incident"]),
                cell(f["kind"].removeprefix("casualties.")),
                cell(speed_text(f) if "unit" in f else _value(f["value"])),
                cell(f["text"]),
                cell(f["said_by"] or ""),
                style="bold red" if i in conflicted else None,
            )
        section(out, "Facts", facts)
        for c in art["internal_conflicts"]:
            if "stands" in c:  # the report revised its own figure: what it stood by before
                old = [i for i in c["facts"] if i != c["stands"]]
                values = ", ".join(_value(art["facts"][i]["value"]) for i in old)
                now = _value(art["facts"][c["stands"]]["value"])
                out.print(Text.assemble(("> revised in the report", "yellow"), " ",
                                        cell(f"{c['kind']}: {values} -> {now}")))  # fmt: skip
                continue
            values = ", ".join(_value(art["facts"][i]["value"]) for i in c["facts"])
            out.print(Text.assemble(("! internal conflict", "bold red"), " ",
                                    cell(f"{c['kind']}: {values}")))  # fmt: skip
