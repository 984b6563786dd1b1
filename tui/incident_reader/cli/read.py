"""`incident-reader [read] PATH...`: open the Textual reader."""

from __future__ import annotations

import argparse
import sys

from incident_reader.cli.common import fail, guarded, load_or_fail


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = subparsers.add_parser("read", help="open the reader (the default command)")
    p.add_argument("paths", nargs="+", metavar="PATH", help="a folder of reports, or report files")
    p.add_argument(
        "--dct",
        metavar="DATE",
        help="creation date for reports that give none (YYYY-MM-DD or YYYY-MM-DDTHH:MM); "
        "press d in the reader to set one report's",
    )
    p.add_argument(
        "--db",
        metavar="PATH",
        help="the marks database (default: .incident-reader.db in the corpus folder, or a "
        "per-user file when that folder cannot be written)",
    )
    p.add_argument("--reviewer", metavar="NAME", help="name recorded with marks (default: OS user)")
    p.set_defaults(run=run)


@guarded
def run(args: argparse.Namespace) -> int:
    from incident_reader.ui import collection

    collection.hold()  # no cycle collection while the reader starts (ui.collection)
    from incident_reader.ui.timefmt import parse_dct  # no Textual: a bad date fails fast

    dct = parse_dct(args.dct) if args.dct else None
    if args.dct and dct is None:
        fail(f"--dct {args.dct!r} is not a date such as 2018-08-14 or 2018-08-14T07:37")
    corpus = load_or_fail(args.paths)
    from incident_reader.core.store import Store, corpus_folder

    store = Store.open(corpus_folder(corpus), db_path=args.db, reviewer=args.reviewer)
    if store.error:
        print(f"incident-reader: {store.error}", file=sys.stderr)
    overrides = {r.id: dct for r in corpus.reports if dct and not r.dct}
    overrides.update(store.get_dcts())  # a DCT the user set in the reader is remembered
    from incident_reader.ui.app import ReaderApp  # Textual loads only for the reader

    app = ReaderApp(corpus, dct_overrides=overrides, store=store)
    app.run()
    return int(app.return_code or 0)
