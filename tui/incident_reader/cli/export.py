"""`incident-reader export PATH --format FMT`: the checked record as json, csv, md, timelinejs or
incidents, with every item's verification mark (read from the corpus's marks database)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from incident_reader.cli.common import PROG, CliError, guarded, load_or_fail
from incident_reader.core.store import Store, StoreError, corpus_folder

# core.export.FORMATS, spelled out so that building the parser does not load the exporters (every
# command's parser is built when the reader starts); tests/unit/test_export_cli.py keeps them equal.
FORMATS: tuple[str, ...] = ("json", "csv", "md", "timelinejs", "incidents")


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "export",
        help="write the checked record as json, csv, md, timelinejs or incidents",
        description="Export the reports' timelines and facts with their verification marks.",
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help="a folder of reports, or report files")
    p.add_argument("--format", "-f", choices=FORMATS, default="json", help="default: json")
    p.add_argument("--verified-only", action="store_true", help="only items marked verified")
    p.add_argument("-o", "--output", metavar="FILE", help="write here instead of standard output")
    p.add_argument("--db", metavar="PATH", help="marks database (default: in the corpus folder)")
    p.set_defaults(run=run)


@guarded
def run(args: argparse.Namespace) -> int:
    from incident_reader.core import analysis  # the pipeline loads only for the commands using it
    from incident_reader.core.export import render

    corpus = load_or_fail(args.paths)
    try:
        store = Store.open(corpus_folder(corpus), args.db, create=False, strict=True)
    except StoreError as err:
        raise CliError(str(err)) from err
    with store:
        analyses = analysis.analyse_corpus(corpus, store.get_dcts())
        text = render(
            args.format,
            analyses,
            store,
            args.verified_only,
            analysis.compare,
            whole_corpus=corpus.root is not None,
        )
    if args.format == "timelinejs" and not json.loads(text)["events"]:
        print(f"{PROG}: note: no dated timeline entries, and TimelineJS needs one", file=sys.stderr)
    if args.output:
        try:
            Path(args.output).write_text(text, encoding="utf-8", newline="")
        except OSError as err:
            raise CliError(f"cannot write {args.output}: {err.strerror or err}") from err
    else:
        sys.stdout.write(text)
    return 0
