"""Run an archive through an executor and write results in input order, resumably.

Results are appended to ``reports.jsonl`` and ``errors.jsonl`` in archive order (a small reorder
buffer holds batches that finish early), so whatever a killed run wrote is a prefix of what an
uninterrupted run writes. A new run with the same ``--out`` skips every report whose key (id,
content hash, DCT) is already written under the same rule fingerprint, cuts a half-written last
line, and appends the rest: it ends with the same files. At most a few batches are in flight, so the
client's memory stays flat however large the archive is.
"""

from __future__ import annotations

import json
import os
import re
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from incident_reader.archive.executors import Executor, Result
from incident_reader.archive.source import Item, ItemError, iter_archive
from incident_reader.core.codec import cache_version

# Every line starts with its key (work.py writes it first), so resuming reads no more than that.
_KEY = re.compile(rb'^\{"key":\s*("(?:[^"\\]|\\.)*")')

REPORTS = "reports.jsonl"
ERRORS = "errors.jsonl"
STATE = "state.json"
BATCH_CHARS = 200_000  # a batch is about a second of one worker's analysis
BATCH_REPORTS = 64
BATCHES_PER_WORKER = 3  # in flight: enough to keep every worker busy while results travel


@dataclass
class Progress:
    """Counts a run reports as it goes (the CLI draws them as a bar)."""

    total: int | None = None
    done: int = 0
    skipped: int = 0
    errors: int = 0
    started: float = field(default_factory=time.monotonic)

    @property
    def rate(self) -> float:
        elapsed = time.monotonic() - self.started
        return self.done / elapsed if elapsed > 0 else 0.0


Listener = Callable[[Progress], None]


def run_archive(
    archive: Path,
    out: Path,
    executor: Executor,
    listener: Listener | None = None,
    total: int | None = None,
) -> Progress:
    """Analyse every report of ``archive`` not already in ``out``; write results in order."""
    out.mkdir(parents=True, exist_ok=True)
    _start_state(out)
    done_keys = _done_keys(out / REPORTS) | _done_keys(out / ERRORS)
    progress = Progress(total=total)
    limit = max(2, executor.workers * BATCHES_PER_WORKER)
    with (out / REPORTS).open("ab") as reports, (out / ERRORS).open("ab") as errors:
        writer = _OrderedWriter(reports, errors, progress, listener)
        tickets: dict[int, int] = {}  # executor ticket -> slot
        for slot, (batch, unusable) in enumerate(
            _slots(iter_archive(archive), done_keys, progress)
        ):
            if unusable is not None:
                writer.put(slot, [_error_line(unusable)])
                continue
            while len(tickets) + writer.waiting >= limit:
                ticket, result = executor.next_done()
                writer.put(tickets.pop(ticket), result)
            tickets[executor.submit(batch)] = slot
        while tickets:
            ticket, result = executor.next_done()
            writer.put(tickets.pop(ticket), result)
    return progress


def _slots(
    entries: Iterator[Item | ItemError], done_keys: set[str], progress: Progress
) -> Iterator[tuple[list[Item], ItemError | None]]:
    """The archive cut into batches of work and single unusable entries, in input order."""
    batch: list[Item] = []
    chars = 0
    for entry in entries:
        if entry.key in done_keys:
            progress.skipped += 1
            continue
        if isinstance(entry, ItemError):
            if batch:
                yield batch, None
                batch, chars = [], 0
            yield [], entry
            continue
        batch.append(entry)
        chars += len(entry.text)
        if chars >= BATCH_CHARS or len(batch) >= BATCH_REPORTS:
            yield batch, None
            batch, chars = [], 0
    if batch:
        yield batch, None


def _error_line(e: ItemError) -> tuple[int, bool, bytes]:
    record = {"key": e.key, "index": e.index, "id": None, "where": e.where, "reason": e.reason}
    return e.index, False, json.dumps(record, ensure_ascii=False).encode()


class _OrderedWriter:
    """Writes slots strictly in order; holds the ones that finish early."""

    def __init__(
        self, reports: BinaryIO, errors: BinaryIO, progress: Progress, listener: Listener | None
    ) -> None:
        self._files = reports, errors
        self._held: dict[int, Result] = {}
        self._next = 0
        self._progress = progress
        self._listener = listener

    @property
    def waiting(self) -> int:
        return len(self._held)

    def put(self, slot: int, result: Result) -> None:
        self._held[slot] = result
        while self._next in self._held:
            self._write(self._held.pop(self._next))
            self._next += 1

    def _write(self, result: Result) -> None:
        reports, errors = self._files
        rows = sorted(result)
        # Errors first: a report line on disk then implies every error line before it is too.
        failed = [line for _, ok, line in rows if not ok]
        if failed:
            errors.write(b"".join(line + b"\n" for line in failed))
            errors.flush()
        good = [line for _, ok, line in rows if ok]
        if good:
            reports.write(b"".join(line + b"\n" for line in good))
            reports.flush()
        self._progress.done += len(good)
        self._progress.errors += len(failed)
        if self._listener:
            self._listener(self._progress)


def _start_state(out: Path) -> None:
    """Results of other rules are set aside (``*.stale``); the state records this run's rules."""
    state_path = out / STATE
    version = cache_version()
    try:
        old = json.loads(state_path.read_text())
    except (OSError, ValueError):
        old = None
    if old is not None and old.get("version") != version:
        for name in (REPORTS, ERRORS):
            if (out / name).exists():
                os.replace(out / name, out / f"{name}.stale")
    tmp = state_path.with_suffix(".tmp")
    tmp.write_text(json.dumps({"version": version}) + "\n")
    os.replace(tmp, state_path)


def _done_keys(path: Path) -> set[str]:
    """Keys of the complete lines of a results file, read a line at a time (the file may hold
    gigabytes); a half-written last line is cut off first."""
    if not path.exists():
        return set()
    _cut_partial_line(path)
    keys: set[str] = set()
    with path.open("rb") as f:
        for line in f:
            m = _KEY.match(line)
            if m:
                keys.add(json.loads(m.group(1)))
    return keys


def _cut_partial_line(path: Path) -> None:
    """Truncate after the last newline (a run killed mid-write leaves part of a line)."""
    with path.open("r+b") as f:
        size = f.seek(0, os.SEEK_END)
        pos = size
        while pos > 0:
            step = min(pos, 65536)
            f.seek(pos - step)
            chunk = f.read(step)
            at = chunk.rfind(b"\n")
            if at >= 0:
                pos = pos - step + at + 1
                break
            pos -= step
        if pos != size:
            f.truncate(pos)
