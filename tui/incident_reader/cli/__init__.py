"""Command line: `incident-reader PATH...` opens the reader; subcommands serve scripts with JSON.

Each subcommand lives in its own module with ``register(subparsers)``; the reader's module imports
Textual only when it runs, so headless commands start fast.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from incident_reader import __version__

if TYPE_CHECKING:  # the reader's plain command line is parsed without argparse (read.parse_plain)
    import argparse

# Each subcommand's module (incident_reader.cli.NAME), imported only when its parser is needed:
# `incident-reader seeds/` builds the reader's alone, so the others' imports never delay it.
SUBCOMMANDS = ("read", "timex", "extract", "compare", "export", "batch", "serve")
EPILOG = """\
commands:
  incident-reader PATH...            open the reader on a folder of reports or on report files
  incident-reader timex ...          find and normalise time expressions (TimeML TIMEX3)
  incident-reader extract PATH...    facts, incidents and timeline of each report
  incident-reader compare PATH...    pair facts across reports: match, compatible, revised, conflict
  incident-reader export PATH ...    the checked record as json, csv, md, timelinejs or incidents
  incident-reader batch ARCHIVE --out DIR   code an archive on Dask, resumably
  incident-reader serve PATH...      the reader in a web browser (loopback by default)

reader options ('incident-reader read --help' says more):
  --db PATH         the marks database (default: .incident-reader.db in the folder)
  --dct DATE        publication date (YYYY-MM-DD) for reports that give none
  --reviewer NAME   the name recorded with your marks (default: your OS user)

Run 'incident-reader COMMAND --help' for a command's options.
"""


def build_parser(commands: Iterable[str] = SUBCOMMANDS) -> argparse.ArgumentParser:
    """The parser with the given subcommands (all of them for the top-level help)."""
    import argparse

    parser = argparse.ArgumentParser(
        prog="incident-reader",
        description="Read several news reports of one incident side by side: timelines, facts, "
        "where they agree and where they conflict.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"incident-reader {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in commands:
        importlib.import_module(f"incident_reader.cli.{name}").register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the console script and of ``python -m incident_reader``."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    if args_list and args_list[0] not in SUBCOMMANDS and not args_list[0].startswith("-"):
        args_list.insert(0, "read")  # `incident-reader seeds/` is `incident-reader read seeds/`
    elif (
        args_list
        and args_list[0] not in SUBCOMMANDS
        and args_list[0] not in ("-h", "--help", "--version")
    ):
        args_list.insert(0, "read")  # options before the path: `incident-reader --db X seeds/`
    command = args_list[0] if args_list else None
    if command == "read":
        from incident_reader.ui import start_cache

        start_cache.install()  # the reader's start-up code and patterns, read back (see there)
        from incident_reader.cli.read import parse_plain

        plain = parse_plain(args_list)
        if plain is not None:
            return _run(plain)
    parser = build_parser([command] if command in SUBCOMMANDS else SUBCOMMANDS)
    if not args_list:
        parser.print_help(sys.stderr)
        return 2
    return _run(parser.parse_args(args_list))


def _run(args: Any) -> int:
    """Run the parsed command; an interrupt or a closed pipe ends it quietly."""
    try:
        return int(args.run(args))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
