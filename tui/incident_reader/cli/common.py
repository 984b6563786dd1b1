"""Helpers every subcommand shares: load the user's paths, report problems in one line."""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NoReturn

from incident_reader.core.loading import LoadError, load_corpus
from incident_reader.core.model import Corpus

PROG = "incident-reader"


class CliError(Exception):
    """A user error: printed as one line, exit status 2."""


def fail(message: str) -> NoReturn:
    raise CliError(message)


def error_line(message: str) -> None:
    print(f"{PROG}: error: {message}", file=sys.stderr)


def load_or_fail(paths: Sequence[str | Path], quiet: bool = False) -> Corpus:
    """Load reports; print a notice on stderr for every skipped file; raise CliError for none."""
    try:
        corpus = load_corpus(paths)
    except LoadError as err:
        raise CliError(str(err)) from err
    if not quiet:
        for skipped in corpus.skipped:
            print(f"{PROG}: {skipped.message()}", file=sys.stderr)
    return corpus


def write_json(doc: Any, out: Any = None) -> None:
    stream = out or sys.stdout
    json.dump(doc, stream, ensure_ascii=False, indent=2)
    stream.write("\n")


def guarded(run: Any) -> Any:
    """Decorate a subcommand's run(args): CliError becomes a one-line message and status 2."""

    def wrapper(args: Any) -> int:
        try:
            return int(run(args) or 0)
        except CliError as err:
            error_line(str(err))
            return 2

    wrapper.__doc__ = run.__doc__
    return wrapper
