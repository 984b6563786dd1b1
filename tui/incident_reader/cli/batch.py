"""`incident-reader batch ARCHIVE --out DIR`: code an archive of reports on Dask, resumably.

Writes ``reports.jsonl`` (each report as ``extract --json`` gives it, in archive order),
``errors.jsonl`` (what could not be read or analysed, and why) and ``incidents.csv`` /
``incidents.parquet`` (one coded row per report's main incident, grouped into incidents across the
archive). Run again with the same ``--out`` after a kill: what is done is skipped.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from incident_reader.cli.common import fail, guarded, notice

if TYPE_CHECKING:
    from incident_reader.archive.runner import Progress


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "batch",
        help="code an archive of reports (folder tree or JSON lines) on Dask, resumably",
        description="Analyse every report of an archive with the reader's own extraction, on a "
        "Dask cluster (a local one by default) or the built-in process pool, writing results as "
        "they complete; a killed run started again with the same --out skips what is done.",
    )
    p.add_argument("archive", metavar="ARCHIVE", help="a folder tree of reports, or a .jsonl file "
                   'of {"id", "text", "dct"?, "url"?, "source"?} lines')  # fmt: skip
    p.add_argument("--out", required=True, metavar="DIR", help="where results are written")
    where = p.add_mutually_exclusive_group()
    where.add_argument("--scheduler", metavar="ADDRESS", help="an existing Dask scheduler, "
                       "e.g. tcp://host:8786")  # fmt: skip
    where.add_argument("--pool", action="store_true", help="use the built-in process pool "
                       "instead of Dask")  # fmt: skip
    p.add_argument(
        "--workers", type=int, default=os.cpu_count() or 2, metavar="N",
        help="worker processes of a local cluster or pool (default: all cores)",
    )  # fmt: skip
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.set_defaults(run=run)


@guarded
def run(args: argparse.Namespace) -> int:
    """Run the archive; print a summary line; exit 1 if some reports failed."""
    from incident_reader.archive.executors import DaskExecutor, ExecutorError, PoolExecutor
    from incident_reader.archive.output import write_tables
    from incident_reader.archive.runner import ERRORS, REPORTS, run_archive
    from incident_reader.archive.source import ArchiveError, count_archive

    archive, out = Path(args.archive), Path(args.out)
    if args.workers < 1:
        fail("--workers must be at least 1")
    if out.exists() and not out.is_dir():
        fail(f"--out {out}: exists and is not a folder")
    bar = _Bar() if sys.stderr.isatty() and not args.quiet else None
    try:
        total = count_archive(archive) if archive.exists() else None
        executor = (
            PoolExecutor(args.workers) if args.pool else DaskExecutor(args.workers, args.scheduler)
        )
    except (ArchiveError, ExecutorError) as err:
        fail(str(err))
    try:
        progress = run_archive(archive, out, executor, bar.draw if bar else None, total)
    except ArchiveError as err:
        fail(str(err))
    finally:
        executor.close()
        if bar:
            bar.end()
    tables = write_tables(out, out / REPORTS)
    notice(
        f"{progress.done} reports analysed, {progress.skipped} already done, "
        f"{progress.errors} failed (see {out / ERRORS}); "
        f"wrote {', '.join(str(t) for t in tables)}"
    )
    return 1 if progress.errors else 0


class _Bar:
    """Reports done, rate and time left, redrawn on one line of a terminal's stderr."""

    def __init__(self) -> None:
        self._last = 0.0

    def draw(self, progress: Progress) -> None:
        now = time.monotonic()
        if now - self._last < 0.2:
            return
        self._last = now
        total = progress.total
        done = progress.done + progress.skipped + progress.errors
        rate = progress.rate
        if total:
            left = max(0, total - done)
            eta = f"{int(left / rate) // 60}:{int(left / rate) % 60:02d} left" if rate else ""
            width = 30
            filled = int(width * done / total) if total else 0
            bar = "█" * filled + "░" * (width - filled)
            line = f"{bar} {done}/{total} reports  {rate:.1f}/s  {eta}"
        else:
            line = f"{done} reports  {rate:.1f}/s"
        sys.stderr.write("\r" + line + "\x1b[K")
        sys.stderr.flush()

    def end(self) -> None:
        sys.stderr.write("\r\x1b[K")
        sys.stderr.flush()
