"""`incident-reader [read] PATH...`: open the Textual reader."""

from __future__ import annotations

import argparse

from incident_reader.cli.common import guarded, load_or_fail


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = subparsers.add_parser("read", help="open the reader (the default command)")
    p.add_argument("paths", nargs="+", metavar="PATH", help="a folder of reports, or report files")
    p.set_defaults(run=run)


@guarded
def run(args: argparse.Namespace) -> int:
    corpus = load_or_fail(args.paths)
    from incident_reader.ui.app import ReaderApp  # Textual loads only for the reader

    app = ReaderApp(corpus)
    app.run()
    return int(app.return_code or 0)
