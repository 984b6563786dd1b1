"""`incident-reader compare`: pair facts across reports as JSON, or as tables for people.

JSON: ``{"incidents": [{"id", "date", "place", "articles", "date_from"?}], "pairs": [{"kind",
"incident", "status", "echo", "a": {"article", "value", "text", "start", "end"}, "b": {...}}],
"only": [{"article", "kind", "incident", "value", "text", "start", "end"}], "facts": [{"incident",
"kind", "standing", "value", "reports", "agreeing", "revised", "disputing", "history": [{"article",
"value", "written"}]}]}``; a pair's status (match, compatible, revised or conflict) comes from its
own two values ("echo": another mention of the two finals, under their status); kind "timeline"
marks aligned timeline entries; "facts" says per fact of each incident how all its reports stand
(agreed, revised, disputed, or only one report), the figure's history by date; an incident no
report's text dates carries "date_from" ``{"report", "source"}``: its "date" is that report's own
date (it happened by then); "skipped" lists the files that could not be read as reports (``[{"path",
"reason"}]``), as the notices on stderr do.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Sequence
from typing import Any

from incident_reader.cli.common import (
    add_dct_options,
    cell,
    chosen_dcts,
    console,
    fail,
    guarded,
    load_or_fail,
    section,
    write_json_sections,
)

JSON_SECTIONS = ("incidents", "pairs", "only", "facts")  # Comparison.to_json's keys, in order
STANDING_STYLES = {
    "agreed": "green",
    "revised": "yellow",
    "disputed": "bold red",
    "only": "dim",
}
STATUS_STYLES = {
    "match": "green",
    "compatible": "cyan",
    "revised": "yellow",
    "conflict": "bold red",
    "only": "dim",
}


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the `compare` subcommand to the parser."""
    p = subparsers.add_parser(
        "compare",
        help="pair facts across reports: match, compatible, revised, conflict",
        description="Match incidents across two or more reports and pair what they say about "
        "each: match, compatible, revised (a later report updates a figure) or conflict.",
    )
    p.add_argument("paths", nargs="*", metavar="PATH", help="two or more reports, or a folder")
    p.add_argument("--json", action="store_true", help="print one JSON document")
    p.add_argument(
        "--timeline", action="store_true", help="also list aligned timeline entries (tables)"
    )
    add_dct_options(p)
    p.set_defaults(run=run)


@guarded
def run(args: argparse.Namespace) -> int:
    """Load, analyse and compare the reports; print JSON or tables."""
    from incident_reader.core import analysis

    if not args.paths:
        fail("compare needs two or more reports, or a folder of them")
    corpus = load_or_fail(args.paths)
    if len(corpus.reports) < 2:
        fail(f"compare needs two or more reports, found {len(corpus.reports)}")
    comparison = analysis.compare(analysis.analyse_corpus(corpus, chosen_dcts(args, corpus)))
    if args.json:  # streamed: the pairs of thousands of reports are never one string
        sections: list[tuple[str, Iterable[Any]]] = [
            (key, (item.to_json() for item in getattr(comparison, key))) for key in JSON_SECTIONS
        ]
        # Files that were not read are part of the answer: a script reading only stdout must
        # know that the comparison left a report out.
        skipped = [{"path": str(s.path), "reason": s.reason} for s in corpus.skipped]
        sections.append(("skipped", skipped))
        write_json_sections(sections, sys.stdout, line_per_item={"pairs"})  # a line per pair
    else:
        print_tables(comparison.to_json(), args.timeline)
    return 0


def _value(value: Any) -> str:
    if isinstance(value, dict):
        lo, hi = value.get("min"), value.get("max")
        return f"{lo}+" if hi is None else (f"{lo}" if lo == hi else f"{lo}-{hi}")
    return value if isinstance(value, str) else json.dumps(value)


def _side(side: dict[str, Any], kind: str) -> str:
    """One side of a pair: its report, value and words; a clock told in a named zone keeps the
    zone by its TIMEX3 value, the clock as told ("2017-04-07T13:00 GMT"): a match with a local
    clock is read in the incident's local time (a compared incident.time is already local)."""
    from incident_reader.core.clock_zones import zone_label
    from incident_reader.core.speed_values import speed_text

    value = speed_text(side) if "unit" in side else _value(side["value"])
    if kind == "timeline" and (zone := zone_label(side["text"])):
        value = f"{value} {zone}"
    return f"{side['article']}: {value}  “{side['text']}”"


# Columns of short labels ("casualties.hospitalised", "conflict") are never broken inside a word;
# the others fold what does not fit.
WHOLE_COLUMNS = frozenset({"incident", "kind", "status", "standing"})


def add_columns(table: Any, names: Sequence[str]) -> None:
    """Add ``names`` as columns: labels kept whole, text folded."""
    for name in names:
        if name in WHOLE_COLUMNS:
            table.add_column(name, no_wrap=True)
        else:
            table.add_column(name, overflow="fold")


def _date_label(inc: dict[str, Any]) -> str:
    """An incident's date as its JSON tells it: a report's own date standing in says so."""
    from incident_reader.core.model import SharedIncident

    lent = inc.get("date_from") or {}
    return SharedIncident(
        inc["id"], inc["date"], inc["place"], (), {}, lent.get("report"), lent.get("source")
    ).date_label()


def print_tables(doc: dict[str, Any], timeline: bool) -> None:
    """Incidents, how all reports stand on each fact (the answer, first), then the pairs behind
    it by incident (symbol and colour per status), then facts told once; a section with nothing
    in it is one line, not an empty table."""
    from rich.table import Table

    from incident_reader.core.model import STATUS_SYMBOLS
    from incident_reader.core.speed_values import speed_text

    out = console()
    incidents = Table()
    for column in ("id", "date", "place", "reports"):
        incidents.add_column(column)
    for inc in doc["incidents"]:
        incidents.add_row(
            cell(inc["id"]),
            cell(_date_label(inc)),
            cell(inc["place"] or ""),
            cell(", ".join(inc["articles"])),
        )
    section(out, "Incidents", incidents)
    section(out, "Facts across reports", facts_table(doc))
    pairs = Table()
    add_columns(pairs, ("incident", "kind", "status", "A", "B"))
    seen: set[tuple[str, str, str, str]] = set()
    for p in doc["pairs"]:
        if p["kind"] == "timeline" and not timeline:
            continue
        key = (p["incident"], p["kind"], p["a"]["article"], p["b"]["article"])
        if key in seen and p["kind"] != "timeline":
            continue  # an echo of a statement already listed
        seen.add(key)
        style = STATUS_STYLES.get(p["status"], "")
        symbol = STATUS_SYMBOLS.get(p["status"], "?")
        pairs.add_row(
            cell(p["incident"]),
            cell(p["kind"]),
            cell(f"{symbol} {p['status']}", style),
            cell(_side(p["a"], p["kind"])),
            cell(_side(p["b"], p["kind"])),
        )
    section(out, "Paired", pairs)
    only = Table()
    add_columns(only, ("incident", "kind", "report", "value", "text"))
    told: set[tuple[str, str, str]] = set()
    for o in doc["only"]:
        if (o["incident"], o["kind"], o["article"]) in told:
            continue
        told.add((o["incident"], o["kind"], o["article"]))
        only.add_row(*(cell(v) for v in (o["incident"], o["kind"], o["article"])),
                     cell(speed_text(o) if "unit" in o else _value(o["value"])),
                     cell(o["text"]))  # fmt: skip
    section(out, "Told by one report", only)


def facts_table(doc: dict[str, Any]) -> Any:
    """Per fact of each incident: agreed by k of n, disputed by m, and the figure's history."""
    from rich.table import Table

    from incident_reader.core.align.summary import describe, history_text, shown_values
    from incident_reader.core.codec import summary_from_dict

    table = Table()
    add_columns(table, ("incident", "kind", "standing", "value", "reports", "history"))
    for data in doc.get("facts", []):
        if data["reports"] < 2:
            continue  # told by one report: listed under "Told by one report"
        summary = summary_from_dict(data)
        style = STANDING_STYLES.get(summary.standing, "")
        table.add_row(
            cell(summary.incident),
            cell(summary.kind),
            cell(summary.standing, style),
            cell(" / ".join(_value(v) for v in shown_values(summary))),
            cell(describe(summary)),
            cell(history_text(summary)),
        )
    return table
