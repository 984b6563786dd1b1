"""`incident-reader extract`: PLACEHOLDER (see its issue)."""

from __future__ import annotations

import argparse

from incident_reader.cli.common import fail, guarded


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = subparsers.add_parser("extract", help="extract (not yet available)")
    p.add_argument("paths", nargs="*", metavar="PATH")
    p.set_defaults(run=run)


@guarded
def run(args: argparse.Namespace) -> int:
    fail("'extract' is not available yet")
