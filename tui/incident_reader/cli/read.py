"""`incident-reader [read] PATH...`: open the Textual reader."""

from __future__ import annotations

import argparse

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
    p.set_defaults(run=run)


@guarded
def run(args: argparse.Namespace) -> int:
    from incident_reader.ui.timefmt import parse_dct  # no Textual: a bad date fails fast

    dct = parse_dct(args.dct) if args.dct else None
    if args.dct and dct is None:
        fail(f"--dct {args.dct!r} is not a date such as 2018-08-14 or 2018-08-14T07:37")
    corpus = load_or_fail(args.paths)
    overrides = {r.id: dct for r in corpus.reports if dct and not r.dct}
    from incident_reader.ui.app import ReaderApp  # Textual loads only for the reader

    app = ReaderApp(corpus, dct_overrides=overrides)
    app.run()
    return int(app.return_code or 0)
