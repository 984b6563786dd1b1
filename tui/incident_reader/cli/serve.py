"""`incident-reader serve PATH`: the same reader in a browser, for reviewers not in a terminal.

textual-serve starts one reader process per browser tab (``incident-reader read PATH`` with
Textual's web driver) and relays it over a websocket. Loopback only by default: the reader shows
reports and writes marks, so exposing it is a decision for a proxy with authentication (README).
"""

from __future__ import annotations

import argparse
import shlex
import sys
from pathlib import Path

from incident_reader.cli.common import check_db_folder, fail, guarded

DEFAULT_PORT = 8000


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "serve",
        help="serve the reader to a web browser (textual-serve)",
        description="Serve the reader on PATH to web browsers: each browser tab gets its own "
        "reader, with the same marks database as the terminal reader.",
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help="a folder of reports, or report files")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default: loopback)")
    p.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"port (default {DEFAULT_PORT})")
    p.add_argument("--public-url", metavar="URL", help="the address browsers use, behind a proxy")
    p.add_argument("--db", metavar="PATH", help="marks database, as for the reader")
    p.add_argument("--reviewer", metavar="NAME", help="name recorded with marks")
    p.set_defaults(run=run)


def reader_command(args: argparse.Namespace) -> str:
    """The shell command textual-serve runs for each browser tab."""
    parts = [sys.executable, "-m", "incident_reader", "read"]
    parts += [str(Path(p).resolve()) for p in args.paths]
    if args.db:
        parts += ["--db", args.db if "://" in args.db else str(Path(args.db).resolve())]
    if args.reviewer:
        parts += ["--reviewer", args.reviewer]
    return shlex.join(parts)


@guarded
def run(args: argparse.Namespace) -> int:
    """Check the paths, then serve until Ctrl+C."""
    for p in args.paths:
        if not Path(p).exists():
            fail(f"{p}: no such file or folder")
    check_db_folder(args.db)
    if not 0 < args.port < 65536:
        fail(f"--port {args.port}: not a port number")
    try:
        from textual_serve.server import Server
    except ImportError:
        fail("textual-serve is not installed: pip install textual-serve")
    server = Server(
        reader_command(args), host=args.host, port=args.port, title="incident-reader",
        public_url=args.public_url,
    )  # fmt: skip
    try:
        server.serve()
    except OSError as err:
        fail(f"cannot listen on {args.host}:{args.port} ({err.strerror or err})")
    return 0
