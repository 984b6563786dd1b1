"""A corrupt or foreign database: a one-line message, no traceback, and not one byte written."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from tests.reliability.helpers import copy_seeds, export, python, snapshot

OPEN_AND_TRY = """
import sys
from incident_reader.core.loading import load_corpus
from incident_reader.core.analysis import analyse_corpus
from incident_reader.core.store import Store, StoreError

corpus = load_corpus([sys.argv[1]])
first = analyse_corpus(corpus)[0]
store = Store.open(corpus.root)
print(store.read_only, store.error is not None, store.marks_for(first.report.id, first.report.text))
try:
    store.set_status(first.report, first.timeline[0], "verified")
except StoreError as err:
    print("refused:", err)
"""


def _sqlite_not_ours(path: Path) -> None:
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE photos (name TEXT)")
    con.commit()
    con.close()


@pytest.mark.parametrize("kind", ["random-bytes", "truncated-sqlite", "someone-elses"])
def test_bad_database_is_reported_in_one_line_and_left_untouched(tmp_path: Path, kind: str) -> None:
    corpus = copy_seeds(tmp_path)
    db = corpus / ".incident-reader.db"
    if kind == "random-bytes":
        db.write_bytes(os.urandom(8192))
    elif kind == "truncated-sqlite":
        good = tmp_path / "good.db"
        con = sqlite3.connect(good)
        con.execute("CREATE TABLE t (x)")
        con.executemany("INSERT INTO t VALUES (?)", [("x" * 500,)] * 50)
        con.commit()
        con.close()
        db.write_bytes(good.read_bytes()[:6000])
    else:
        _sqlite_not_ours(db)
    before = snapshot(corpus)

    result = export(str(corpus), "--format", "json")
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert str(db) in result.stderr and result.stdout == ""

    reader = python(OPEN_AND_TRY, str(corpus))
    assert reader.returncode == 0, reader.stderr
    lines = reader.stdout.splitlines()
    assert lines[0] == "True True ([], [])" and lines[1].startswith("refused: marks are read-only")

    assert snapshot(corpus) == before  # byte-identical, and no -wal/-shm/-journal files
