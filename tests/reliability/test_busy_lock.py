"""Issue 14 item 7: another program's lock never freezes the reader nor turns marks off.

A held write lock used to block every key for 10 s (the busy timeout, on the UI thread); an
exclusive lock at start turned marks off for the session ("not a usable database"). Now a key
waits at most a moment, the change shows at once and is saved by a writer thread when the lock
goes ("busy, retrying"), and a database locked at start is opened when it is free.
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from incident_reader.core.analysis import analyse_corpus
from incident_reader.core.loading import load_corpus
from incident_reader.core.model import ReportAnalysis
from incident_reader.core.store import DB_NAME, BusyError, Store
from incident_reader.ui.mark_writer import BUSY_NOTICE
from incident_reader.ui.marks import MarkBook
from tests.reliability.helpers import copy_seeds


def _setup(tmp_path: Path) -> tuple[Path, ReportAnalysis]:
    corpus = copy_seeds(tmp_path)
    first = analyse_corpus(load_corpus([corpus]))[0]
    with Store.open(corpus, reviewer="setup") as store:  # the file exists, ours, in WAL mode
        store.set_status(first.report, first.timeline[1], "disputed")
    return corpus, first


def _hold_write_lock(db: Path) -> sqlite3.Connection:
    con = sqlite3.connect(db, isolation_level=None)
    con.execute("BEGIN IMMEDIATE")
    return con


def test_a_held_write_lock_is_busy_at_once_not_after_ten_seconds(tmp_path: Path) -> None:
    corpus, first = _setup(tmp_path)
    holder = _hold_write_lock(corpus / DB_NAME)
    with Store.open(corpus, reviewer="kim") as store:
        started = time.monotonic()
        try:
            store.set_status(first.report, first.timeline[0], "verified", wait=0.05)
        except BusyError:
            pass
        else:
            raise AssertionError("a held lock should say busy")
        assert time.monotonic() - started < 1.0
    holder.rollback()
    holder.close()


def test_marking_while_locked_shows_at_once_and_is_saved_when_the_lock_goes(
    tmp_path: Path,
) -> None:
    corpus, first = _setup(tmp_path)
    store = Store.open(corpus, reviewer="kim")
    book = MarkBook(store)
    told: list[str] = []
    book.writer._tell = lambda message, severity: told.append(message)  # no app here
    holder = _hold_write_lock(corpus / DB_NAME)
    started = time.monotonic()
    entry = first.timeline[0]
    shown = book.set_status(first.report, entry, "verified")
    book.set_note(first.report, entry, "seen on the video")
    assert time.monotonic() - started < 1.5  # not 2 x 10 s
    assert shown is not None
    assert shown.status == "verified" and book.status_of(first.report.id, entry) == "verified"
    assert book.mark_of(first.report.id, entry).note == "seen on the video"  # type: ignore[union-attr]
    assert told[:1] == [BUSY_NOTICE] and book.writer.pending == 2
    time.sleep(0.6)
    assert book.writer.pending == 2  # still locked: kept, retried, not dropped
    holder.rollback()
    holder.close()
    assert book.writer.wait(10.0)
    with Store.open(corpus, reviewer="other") as check:
        saved = check.mark_for(first.report, entry)
        assert saved is not None and (saved.status, saved.note) == ("verified", "seen on the video")
    assert told[-1].startswith("Marks database free again: 2 ")
    store.close()


def test_an_exclusive_lock_at_start_is_busy_not_broken_and_recovers(tmp_path: Path) -> None:
    corpus, first = _setup(tmp_path)
    holder = sqlite3.connect(corpus / DB_NAME, isolation_level=None)
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    started = time.monotonic()
    store = Store.open(corpus, reviewer="kim")
    assert time.monotonic() - started < 5.0
    assert not store.read_only and store.error is None and store.busy
    assert "busy" in store.location_note and "not a usable database" not in store.location_note
    holder.rollback()
    holder.close()
    time.sleep(2.1)  # the store tries a locked file again at most every 2 s
    store.set_status(first.report, first.timeline[0], "verified")
    assert not store.busy and store.counts()["verified"] == 1
    store.close()
