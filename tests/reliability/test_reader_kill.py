"""The real reader in a terminal: `v` on the first timeline entry, kill -9, and export has it."""

from __future__ import annotations

import os
import re
import signal
import sqlite3
import sys
import time
from pathlib import Path

import pytest

from incident_reader.core.store import DB_NAME
from tests.reliability.helpers import add_paragraph_at_top, copy_seeds, export_json
from tests.terminal import drain, read_until, spawn_reader

# The header's marks line appears once the open report's analysis is in: '0 of 37 verified'.
READY = re.compile(rb"\d+ of \d+ verified")


def _verified_rows(db: Path) -> int:
    """How many verified marks the database holds, read as another process would."""
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as con:
            row = con.execute("SELECT count(*) FROM marks WHERE status='verified'").fetchone()
    except sqlite3.Error:
        return 0
    return int(row[0])


@pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")
def test_v_then_kill_9_in_a_real_terminal_is_in_the_export(tmp_path: Path) -> None:
    corpus = copy_seeds(tmp_path)
    db = corpus / DB_NAME
    proc, parent = spawn_reader(str(corpus), "--reviewer", "kim")
    try:
        screen = read_until(parent, READY, 30)
        assert READY.search(screen), screen[-800:]
        os.write(parent, b"\x1b[H")  # Home: the cursor goes to the first timeline entry
        time.sleep(0.2)
        os.write(parent, b"v")
        deadline = time.monotonic() + 10
        while _verified_rows(db) == 0 and time.monotonic() < deadline:
            drain(parent)
            time.sleep(0.05)
        assert _verified_rows(db) == 1
        proc.send_signal(signal.SIGKILL)  # right after the write: no clean shutdown
        assert proc.wait(timeout=10) == -signal.SIGKILL
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(timeout=10)
        os.close(parent)

    doc = export_json(corpus)
    # Home selects the reader's first entry (the main incident's first moment), which need not
    # be the export's first: whichever it is, exactly one item is verified, by kim.
    marked = [(a, e) for a in doc["articles"] for e in a["timeline"] if e["status"] == "verified"]
    assert len(marked) == 1
    first, entry = marked[0]
    assert (entry["status"], entry["reviewer"]) == ("verified", "kim")
    items = [e for a in doc["articles"] for e in a["timeline"] + a["facts"]]
    assert [e["status"] for e in items].count("verified") == 1

    shift = add_paragraph_at_top(Path(first["path"]))
    moved = next(a for a in export_json(corpus)["articles"] if a["id"] == first["id"])
    verified = [e for e in moved["timeline"] if e["status"] == "verified"]
    assert [(e["start"], e["end"], e["text"]) for e in verified] == [
        (entry["start"] + shift, entry["end"] + shift, entry["text"])
    ]
    assert moved["orphans"] == []
