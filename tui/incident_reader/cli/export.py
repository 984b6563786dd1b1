"""`incident-reader export PATH --format FMT`: the checked record as json, csv, md, timelinejs or
incidents, with every item's verification mark (read from the corpus's marks database)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from incident_reader.cli.common import (
    PROG,
    CliError,
    add_dct_options,
    dct_overrides,
    guarded,
    load_or_fail,
    open_marks,
)
from incident_reader.core.model import Corpus
from incident_reader.core.store import DB_NAME, Store, corpus_folder

# core.export.FORMATS, spelled out so that building the parser does not load the exporters (every
# command's parser is built when the reader starts); tests/unit/test_export_cli.py keeps them equal.
FORMATS: tuple[str, ...] = ("json", "csv", "md", "timelinejs", "incidents")
CSV_FORMATS = ("csv", "incidents")
BOM = "\ufeff"  # spreadsheets read a CSV as UTF-8 (“ ’ ✓ —) only when it starts with one
DB_SUFFIXES = ("", "-wal", "-shm", "-journal")


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
    p.add_argument(
        "--force",
        action="store_true",
        help="let -o replace an existing file that is not an earlier export of this format",
    )
    add_dct_options(p, "whose marks and dates set in the reader are exported")
    p.add_argument(
        "--no-bom",
        action="store_true",
        help="csv and incidents: leave out the UTF-8 byte order mark that lets spreadsheets "
        "read the file as UTF-8",
    )
    p.set_defaults(run=run)


def _same(a: Path, b: Path) -> bool:
    """Whether two paths name one file (a link or another spelling of the same path counts)."""
    try:
        return a.resolve() == b.resolve() or (a.exists() and b.exists() and a.samefile(b))
    except OSError:
        return False


def refuse_target(target: Path, corpus: Corpus, store: Store) -> None:
    """Refuse an -o that is the marks database (or its -wal, -shm, -journal) or a report file."""
    databases = [p for p in (store.path, corpus_folder(corpus) / DB_NAME) if p is not None]
    for db in databases:
        for suffix in DB_SUFFIXES:
            if _same(target, db.with_name(db.name + suffix)):
                raise CliError(f"refusing to write over the marks database {db}")
    for path in [r.path for r in corpus.reports] + [s.path for s in corpus.skipped]:
        if _same(target, path):
            raise CliError(f"refusing to write over the report {path}")


# How each format's output begins (after a byte order mark): a file that begins so is an earlier
# export of that format, which -o replaces as a re-export; any other existing file is refused.
EXPORT_OPENINGS: dict[str, str] = {
    "json": '{\n  "articles": [',
    "timelinejs": '{\n  "title": {',
    "md": "# Timeline\n",
    "csv": "article,title,item,kind,value,text,start,end,",
    "incidents": "incident,main,date,time,place,killed,",
}


def refuse_overwrite(target: Path, fmt: str) -> None:
    """Refuse an -o naming an existing file that is not an earlier export of ``fmt`` (the user's
    notes, a spreadsheet, another format's export): replacing it would lose it silently."""
    if not target.exists() or target.is_dir():
        return  # a missing file is written; a folder fails as it always did
    try:
        with target.open(encoding="utf-8", errors="replace") as f:
            opening = f.read(len(EXPORT_OPENINGS[fmt]) + 1).removeprefix(BOM)
    except OSError:
        return  # unreadable: the write reports what is wrong
    if not opening.startswith(EXPORT_OPENINGS[fmt]):
        raise CliError(
            f"refusing to overwrite {target}: it is not an earlier {fmt} export "
            "(--force replaces it)"
        )


def own_database(corpus: Corpus, store: Store, db: str | None) -> bool:
    """Whether the marks database is the folder's own (its marks are all this folder's reports'),
    not one --db or a team's database shared by several stories."""
    own = corpus_folder(corpus) / DB_NAME
    return store.path is not None and (db is None or _same(Path(db), own))


def unread_ids(corpus: Corpus) -> set[str]:
    """The ids this folder's files that could not be read would have: their marks are orphans."""
    from incident_reader.core.loading import report_id_of

    return {report_id_of(Path(s.path)) for s in corpus.skipped}


def whole_folder(corpus: Corpus, store: Store, db: str | None) -> bool:
    """Every report of a folder with its own database: a mark of any other id is an orphan."""
    return corpus.root is not None and own_database(corpus, store, db)


def any_verified(store: Store, corpus: Corpus, db: str | None = None) -> bool:
    """Whether any mark the export would write is verified (placed or orphaned)."""
    ids = {r.id for r in corpus.reports}
    if whole_folder(corpus, store, db):
        return any(m.status == "verified" for m in store.all_marks())
    ids |= unread_ids(corpus)
    return any(m.status == "verified" and m.report_id in ids for m in store.all_marks())


@guarded
def run(args: argparse.Namespace) -> int:
    from incident_reader.core import analysis  # the pipeline loads only for the commands using it
    from incident_reader.core.export import render

    corpus = load_or_fail(args.paths)
    given = dct_overrides(getattr(args, "dct", []), [r.id for r in corpus.reports])
    # A mistyped --db would export every item as unverified, as if the marks had gone.
    with open_marks(corpus, args.db, "nothing exported") as store:
        if args.output:
            refuse_target(Path(args.output), corpus, store)
            if not getattr(args, "force", False):
                refuse_overwrite(Path(args.output), args.format)
        if args.verified_only and not any_verified(store, corpus, args.db):
            raise CliError("nothing is marked verified yet: --verified-only has nothing to export")
        analyses = analysis.analyse_corpus(corpus, {**store.get_dcts(), **given})
        text = render(
            args.format,
            analyses,
            store,
            args.verified_only,
            analysis.compare,
            whole_corpus=whole_folder(corpus, store, args.db),
            unread=unread_ids(corpus),
        )
    if args.format == "timelinejs" and not json.loads(text)["events"]:
        if args.verified_only:
            raise CliError(  # verified facts (a date, a toll) are not TimelineJS events
                "no verified timeline entry has a date, and TimelineJS is made of dated timeline "
                "entries (verified facts go to json, csv or md); nothing written"
            )
        print(f"{PROG}: note: no dated timeline entries, and TimelineJS needs one", file=sys.stderr)
    if args.format in CSV_FORMATS and not args.no_bom:
        text = BOM + text
    if args.output:
        try:
            Path(args.output).write_text(text, encoding="utf-8", newline="")
        except OSError as err:
            raise CliError(f"cannot write {args.output}: {err.strerror or err}") from err
    else:
        sys.stdout.write(text)
    return 0
