"""`incident-reader [read] PATH...`: open the Textual reader."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from types import SimpleNamespace
from typing import TYPE_CHECKING

from incident_reader.cli.common import check_db_folder, fail, guarded, load_or_fail

if TYPE_CHECKING:  # argparse loads only when a command line needs it (see parse_plain)
    import argparse

# The reader's options that take one value, and the attribute argparse stores each in.
OPTIONS = {"--dct": "dct", "--db": "db", "--reviewer": "reviewer"}


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = subparsers.add_parser(
        "read",
        help="open the reader (the default command)",
        description="Read the reports in the terminal: each report's text beside the timeline "
        "and facts found in it; c compares reports side by side, v and x mark what you have "
        "checked (kept in the marks database). Press ? in the reader for every key.",
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help="a folder of reports, or report files")
    p.add_argument(
        "--dct",
        metavar="DATE",
        help="publication date (DCT) for reports that give none (YYYY-MM-DD or "
        "YYYY-MM-DDTHH:MM); press d in the reader to set one report's",
    )
    p.add_argument(
        "--db",
        metavar="PATH",
        help="the marks database (default: .incident-reader.db in the corpus folder, or a "
        "per-user file when that folder cannot be written)",
    )
    p.add_argument("--reviewer", metavar="NAME", help="name recorded with marks (default: OS user)")
    p.set_defaults(run=run)


def parse_plain(argv: Sequence[str]) -> SimpleNamespace | None:
    """``read PATH... [--db X] ...`` parsed as argparse would, without importing and building it
    (3.5-8 ms of every launch); None for anything else (help, an error, an abbreviation, a repeated
    option, a value starting with '-'), which argparse then parses with its own messages."""
    if not argv or argv[0] != "read":
        return None
    paths: list[str] = []
    values: dict[str, str] = {}
    paths_ended = False
    rest = iter(argv[1:])
    for token in rest:
        if not token.startswith("-"):
            if paths and paths_ended:  # `read a --db X b`: argparse's "unrecognized arguments"
                return None
            paths.append(token)
            continue
        paths_ended = bool(paths)
        name, equals, value = token.partition("=")
        if not equals:
            value = next(rest, "-")
        if name not in OPTIONS or name in values or not value or value.startswith("-"):
            return None
        values[name] = value
    if not paths:
        return None
    options = {attr: values.get(name) for name, attr in OPTIONS.items()}
    return SimpleNamespace(command="read", paths=paths, **options, run=run)


@guarded
def run(args: argparse.Namespace) -> int:
    from incident_reader.ui import collection

    collection.hold()  # no cycle collection while the reader starts (ui.collection)
    from incident_reader.ui.timefmt import parse_dct  # no Textual: a bad date fails fast

    dct = parse_dct(args.dct) if args.dct else None
    if args.dct and dct is None:
        fail(f"--dct {args.dct!r} is not a date such as 2018-08-14 or 2018-08-14T07:37")
    check_db_folder(args.db)
    corpus = load_or_fail(args.paths)
    from incident_reader.core.store import Store, corpus_folder

    store = Store.open(corpus_folder(corpus), db_path=args.db, reviewer=args.reviewer)
    if store.error:
        print(f"incident-reader: {store.error}", file=sys.stderr)
    overrides = {r.id: dct for r in corpus.reports if dct and not r.dct}
    overrides.update(store.get_dcts())  # a DCT the user set in the reader is remembered
    from incident_reader.ui.app import ReaderApp  # Textual loads only for the reader

    app = ReaderApp(corpus, dct_overrides=overrides, store=store)
    try:
        app.run()
    finally:
        store.close()  # the .db alone then holds every mark (its -wal is taken in)
    return int(app.return_code or 0)
