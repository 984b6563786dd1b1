"""Helpers every subcommand shares: load the user's paths, report problems in one line."""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Collection, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TextIO

from incident_reader.core.loading import LoadError, load_corpus
from incident_reader.core.model import Corpus
from incident_reader.core.safe_text import json_text, one_line

if TYPE_CHECKING:
    import argparse

    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    from incident_reader.core.store import Store

PROG = "incident-reader"
UNCROPPED_WIDTH = 100_000  # tables written to a file or a pipe take their natural width
# Text past this many characters takes minutes to analyse (a multi-megabyte page or log): the
# user is told before a command prints nothing for that long.
LONG_REPORT_CHARS = 1_000_000


# A --dct value; its pattern text is compiled on first use through re's own cache (a launch
# without --dct needs it not).
_DCT = r"^(?:(?P<id>[^=]+)=)?(?P<value>\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2})?)$"


class CliError(Exception):
    """A user error: printed as one line, exit status 2."""


def fail(message: str) -> NoReturn:
    raise CliError(message)


def check_db_folder(db: str | None) -> None:
    """Fail when a --db file path names a folder that does not exist: creating it would hide a
    typo behind a fresh, empty marks database (a URL is the team database: not a path)."""
    if not db or "://" in db:
        return
    folder = Path(db).parent
    if not folder.is_dir():
        what = "is not a folder" if folder.exists() else "does not exist"
        fail(f"--db {db}: the folder {one_line(str(folder))} {what}; marks not opened")


def error_line(message: str) -> None:
    notice(f"error: {message}")


def notice(message: str) -> None:
    """One line on stderr; a file name or title in it cannot act on the terminal (one_line)."""
    print(f"{PROG}: {one_line(message)}", file=sys.stderr)


def console() -> Console:
    """A rich console for tables: a terminal's width, else wide enough that nothing is cropped.

    A reader that stops early (``| head``) ends the command with status 0, as with --json: rich
    would exit with 1.
    """
    from rich.console import Console

    class QuietConsole(Console):
        def on_broken_pipe(self) -> None:
            self.quiet = True
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())  # nothing left to flush into the closed pipe
            raise BrokenPipeError  # cli._run: a closed pipe ends the command quietly

    if sys.stdout.isatty():
        return QuietConsole()
    return QuietConsole(width=UNCROPPED_WIDTH)


def section(out: Console, title: str, table: Table) -> None:
    """A table under a title line of its own (a table's title is padded to its width), or the
    title and "none" when it has no rows, not an empty grid of headers."""
    out.print(title if table.row_count else f"{title}: none", markup=False)
    if table.row_count:
        out.print(table)


def cell(text: object, style: str = "") -> Text:
    """A table cell of literal text: never read as markup, controls shown as visible stand-ins."""
    from rich.text import Text

    return Text(one_line("" if text is None else str(text)), style=style)


def load_or_fail(paths: Sequence[str | Path], quiet: bool = False) -> Corpus:
    """Load reports; print a notice on stderr for every skipped file; raise CliError for none."""
    try:
        corpus = load_corpus(paths)
    except LoadError as err:
        raise CliError(str(err)) from err
    if not quiet:
        for skipped in corpus.skipped:
            notice(skipped.message())
        for report in corpus.reports:
            if report.decoding:
                notice(f"{report.path}: not all UTF-8: read as {report.decoding} by \ufffd")
            if len(report.text) >= LONG_REPORT_CHARS:
                size = f"{len(report.text) / 1_000_000:.1f} million characters"
                notice(f"{report.path}: {size}: its analysis may take minutes")
    return corpus


def write_json(doc: Any, out: Any = None) -> None:
    import json  # not at start-up: the reader writes none (a first launch's 6M instructions)

    stream = out or sys.stdout
    stream.write(json_text(json.dumps(doc, ensure_ascii=False, indent=2)))
    stream.write("\n")


def write_json_sections(
    sections: Iterable[tuple[str, Iterable[Any]]],
    out: TextIO,
    line_per_item: Collection[str] = (),
) -> None:
    """``{key: [items...], ...}`` exactly as ``write_json`` writes it, one item at a time.

    Nothing is held but the item being written: a comparison of thousands of reports has
    hundreds of megabytes of pairs, which no longer sit in memory twice (as a dict and a string).
    Items of the sections named in ``line_per_item`` take one line each, without indentation: the
    same document, less than half the bytes, and a line per pair for ``grep`` and ``head``.
    """
    import json

    out.write("{")
    opening = "\n  "
    for key, items in sections:
        out.write(f"{opening}{json.dumps(key)}: [")
        opening = ",\n  "
        separator = "\n    "
        indent = None if key in line_per_item else 2
        for item in items:
            text = json.dumps(item, ensure_ascii=False, indent=indent).replace("\n", "\n    ")
            out.write(separator + json_text(text))
            separator = ",\n    "
        out.write("\n  ]" if separator != "\n    " else "]")
    out.write("\n}\n" if opening != "\n  " else "}\n")


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


# ----------------------------------------------------------------- the reports' dates (DCT)
def add_db_option(p: argparse.ArgumentParser, reads: str) -> None:
    """``--db``: the marks database (``reads`` says what the command takes from it)."""
    p.add_argument(
        "--db", metavar="PATH", help=f"marks database, {reads} (default: in the corpus folder)"
    )


def add_dct_options(
    p: argparse.ArgumentParser, reads: str = "whose dates set in the reader are used"
) -> None:
    """``--dct`` and ``--db`` as extract, compare and export all take them: a report's date
    given here, else one set in the reader (kept in the marks database), else the report's."""
    p.add_argument(
        "--dct",
        action="append",
        default=[],
        metavar="[ID=]DATE",
        help="set the publication date (YYYY-MM-DD) of every report, or of report ID "
        "(over one set in the reader)",
    )
    add_db_option(p, reads)


def open_marks(corpus: Corpus, db: str | None, nothing: str) -> Store:
    """The marks database, read only (never created); a mistyped --db or a database that is
    not ours is a CliError (``nothing`` says what the command then did not do)."""
    from incident_reader.core.store import Store, StoreError, corpus_folder

    if db and "://" not in db and not Path(db).exists():
        fail(f"no marks database at {db}: check --db; {nothing}")
    try:
        return Store.open(corpus_folder(corpus), db, create=False, strict=True)
    except StoreError as err:
        raise CliError(f"{unusable(err)}; {nothing}{what_to_do(err)}") from err


def unusable(err: BaseException) -> str:
    """What is wrong with a marks database, without the reader's "marks are off" (a command
    that stops has no marks to turn off)."""
    return re.sub(r";(?: it is left untouched and)? marks are off$", "", str(err))


def what_to_do(err: Exception) -> str:
    """What the user can do about a marks database a command cannot use."""
    from incident_reader.core.store import BusyError

    if isinstance(err, BusyError):
        return ": try again when the other program has let it go"
    return (
        ". The file is left as it is: move it away (or rename it), or pass --db PATH"
        " to use another marks database"
    )


def chosen_dcts(args: argparse.Namespace, corpus: Corpus) -> dict[str, str]:
    """The DCTs the user chose, by report id: those set in the reader (the marks database; one
    that cannot be read is named, not fatal, unless --db names it), with --dct over them."""
    ids = [r.id for r in corpus.reports]
    given = dct_overrides(args.dct, ids)
    stored: dict[str, str] = {}
    try:
        with open_marks(corpus, args.db, "nothing done") as store:
            stored = store.get_dcts()
    except CliError as err:
        if args.db:
            raise
        cause = err.__cause__ if err.__cause__ is not None else err
        notice(f"dates set in the reader not read: {unusable(cause)}; carrying on without them")
    known = set(ids)
    return {**{r: v for r, v in stored.items() if r in known}, **given}


def dct_overrides(raw: Sequence[str], ids: Sequence[str]) -> dict[str, str]:
    """``--dct`` values as report id -> DCT; a bare date applies to every report."""
    out: dict[str, str] = {}
    for item in raw:
        m = re.match(_DCT, item.strip())
        if not m or not _real_date(m["value"]):
            fail(f"--dct {item!r}: expected a real date, YYYY-MM-DD or ID=YYYY-MM-DD")
        if m["id"]:
            rid = _report_named(m["id"], ids)
            if rid is None:
                fail(f"--dct {item!r}: no report with id {m['id']!r}")
            out[rid] = m["value"]
        else:
            out.update({i: m["value"] for i in ids if i not in out})
    return out


def _report_named(name: str, ids: Sequence[str]) -> str | None:
    """The report id a user's name stands for: the id itself, or a file name or stem of it (a
    report whose stem holds a dot keeps its suffix in its id, "irishtimes-1.3522605.txt", and
    the user types the stem or the file name; "report.txt" for the id "report")."""
    if name in ids:
        return name
    for rid in ids:
        if rid.rsplit(".", 1)[0] == name or name.rsplit(".", 1)[0] == rid:
            return rid
    return None


def _real_date(value: str) -> bool:
    """Whether a --dct value names a day of the calendar (2018-13-45 would date every time)."""
    from datetime import datetime

    try:
        datetime.fromisoformat(value)
    except ValueError:
        return False
    return True
