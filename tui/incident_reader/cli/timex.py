"""`incident-reader timex`: find and normalise time expressions, as JSON lines or a table.

``--jsonl`` reads ``{"id", "text", "dct"}`` per line on stdin and writes ``{"id", "timexes"}`` per
line in input order. A line that is not a JSON object with a string ``text`` gets a one-line error
on stderr and no output line; the others are still tagged, and the exit status is then 1.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from typing import Any, TextIO

from incident_reader.cli.common import PROG, cell, console, fail, guarded, load_or_fail
from incident_reader.core.safe_text import json_text


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``timex`` subcommand to the command line."""
    p = subparsers.add_parser(
        "timex",
        help="find and normalise time expressions (TimeML TIMEX3)",
        description="Tag time expressions in report files (a table) or in JSON lines on stdin.",
    )
    p.add_argument("paths", nargs="*", metavar="PATH", help="report files or folders")
    p.add_argument("--dct", help="document creation time (TIMEX3 value, e.g. 2018-08-14)")
    p.add_argument(
        "--jsonl",
        action="store_true",
        help='read {"id","text","dct"} lines on stdin, write {"id","timexes"} lines in order; '
        "an unusable line is reported on stderr and skipped, and the exit status is then 1",
    )
    p.set_defaults(run=run)


def is_day(value: str) -> bool:
    """Whether a DCT starts with a day of the calendar (2018-08-14, 2018-08-14T07:37:00Z)."""
    from datetime import date

    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", value)
    try:
        return m is not None and date(int(m[1]), int(m[2]), int(m[3])) is not None
    except ValueError:
        return False


def tag_lines(stdin: TextIO, stdout: TextIO, stderr: TextIO) -> int:
    """Tag each JSON line of ``stdin``; returns 1 when some line was unusable, else 0."""
    from incident_reader.core.temporal import tag

    status = 0
    for number, line in enumerate(stdin, start=1):
        if not line.strip():
            continue
        try:
            try:
                rec: Any = json.loads(line)
            except json.JSONDecodeError as err:  # say what the line is, not the decoder's state
                raise ValueError(f"not JSON ({err.msg} at column {err.colno})") from err
            if not isinstance(rec, dict) or not isinstance(rec.get("text"), str):
                raise ValueError('expected an object with a string "text"')
            dct = rec.get("dct")
            if dct is not None and not isinstance(dct, str):
                raise ValueError('"dct" must be a string')
            if dct and not is_day(dct):  # tagged without it, every date would be left open
                raise ValueError(f'"dct" {dct!r} is not a day such as 2018-08-14')
        except ValueError as err:
            print(f"{PROG}: error: stdin line {number}: {err}", file=stderr)
            status = 1
            continue
        try:
            timexes = [t.to_json() for t in tag(rec["text"], dct or None)]
        except Exception as err:  # one bad line never ends the stream: report it, go on
            print(f"{PROG}: error: stdin line {number}: cannot be tagged ({err})", file=stderr)
            status = 1
            continue
        stdout.write(
            json_text(json.dumps({"id": rec.get("id"), "timexes": timexes}, ensure_ascii=False))
        )
        stdout.write("\n")
    stdout.flush()
    return status


def print_tables(args: argparse.Namespace) -> int:
    """One rich table per report: extent, type, value, mod."""
    from rich.table import Table

    from incident_reader.core.temporal import infer_dct_with_evidence, is_valid, tag

    if args.dct and not (is_valid(args.dct) and is_day(args.dct)):
        fail(f"--dct {args.dct!r} is not a TIMEX3 date such as 2018-08-14")
    corpus = load_or_fail(args.paths)
    out = console()
    for report in corpus.reports:
        dct, source = args.dct, "--dct"
        if not dct and report.dct:
            dct, source = report.dct, str(report.dct_source)
        if not dct:
            inferred = infer_dct_with_evidence(report.text)
            dct, source = (
                (inferred[0], f"inferred: {inferred[1]}") if inferred else (None, "unknown")
            )
        # The heading is a line of its own: as a table title it was wrapped to the table's
        # width and padded with spaces, in a file or a pipe too.
        out.print(cell(f"{report.id}  (DCT {dct or 'unknown'}, {source})"))
        table = Table()
        for column in ("offset", "text", "type", "value", "mod"):
            table.add_column(column, no_wrap=column != "text")
        for t in tag(report.text, dct):
            table.add_row(*(cell(v) for v in (t.start, t.text, t.type, t.value, t.mod or "")))
        out.print(table)
    return 0


@guarded
def run(args: argparse.Namespace) -> int:
    """Tag JSON lines from stdin, or print a table per report file."""
    if args.jsonl:
        if args.paths:
            fail("--jsonl reads stdin; give no PATH with it")
        return tag_lines(sys.stdin, sys.stdout, sys.stderr)
    if not args.paths:
        fail("give report files or folders, or --jsonl to read JSON lines on stdin")
    return print_tables(args)
