"""Two processes marking the same corpus at once lose nothing and see each other's marks."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from tests.reliability.helpers import copy_seeds

N = 30  # distinct items per process; both also flip one shared item N times

MARKER = """
import re, sys, time
from pathlib import Path
from incident_reader.core.loading import load_corpus
from incident_reader.core.store import ItemRef, Store

root, name, parity, n, flags = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), \
    Path(sys.argv[5])
corpus = load_corpus([root])
report = corpus.reports[0]
words = list(re.finditer(r"[A-Za-z]{5,}", report.text))[: 2 * n]
shared = ItemRef(report.id, "fact", "shared", words[-1].start(), words[-1].end())
store = Store.open(corpus.root, reviewer=name)
deadline = time.monotonic() + 30  # a crashed partner fails the test, never hangs it
while not (flags / "go").exists() and time.monotonic() < deadline:
    time.sleep(0.002)
for i, w in enumerate(words[:-1]):
    if i % 2 == parity:
        store.set_status(report, ItemRef(report.id, "fact", "word", w.start(), w.end()), "verified")
    store.set_status(report, shared, ("verified", "disputed", "inconclusive")[i % 3])
(flags / name).touch()
other = "b" if name == "a" else "a"
while not (flags / other).exists() and time.monotonic() < deadline:
    time.sleep(0.01)
placed, orphans = store.marks_for(report.id, report.text, report.sha1)  # the reader's reload
print(len(placed), len(orphans), flush=True)
"""


def test_two_processes_marking_at_once_lose_nothing(tmp_path: Path) -> None:
    corpus = copy_seeds(tmp_path)
    flags = tmp_path / "flags"
    flags.mkdir()
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", MARKER, str(corpus), name, str(parity), str(N), str(flags)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )  # fmt: skip
        for parity, name in enumerate(("a", "b"))
    ]
    time.sleep(0.3)  # both are loaded and waiting
    (flags / "go").touch()
    outputs = [p.communicate(timeout=60) for p in procs]
    for proc, (_, err) in zip(procs, outputs, strict=True):
        assert proc.returncode == 0, err
    distinct_words = 2 * N - 1
    for out, _ in outputs:
        assert out.split() == [str(distinct_words + 1), "0"]  # every word of both, and the shared

    con = sqlite3.connect(corpus / ".incident-reader.db")
    rows = con.execute(
        "SELECT reviewer, from_status, to_status FROM history WHERE item_key LIKE '%|shared|%'"
        " ORDER BY id"
    ).fetchall()
    assert len(rows) == 2 * distinct_words and {r[0] for r in rows} == {"a", "b"}
    for before, after in zip(rows, rows[1:], strict=False):
        assert after[1] == before[2]  # each change saw the one committed before it
    words = con.execute("SELECT count(*) FROM marks WHERE kind='word'").fetchone()[0]
    assert words == distinct_words
    assert con.execute("SELECT count(*) FROM history").fetchone()[0] == 3 * distinct_words


OPEN_AT_ONCE = """
import sys, time
from pathlib import Path
from incident_reader.core.loading import load_corpus
from incident_reader.core.store import ItemRef, Store

corpus = load_corpus([sys.argv[1]])
report = corpus.reports[0]
flags, i = Path(sys.argv[2]), int(sys.argv[3])
deadline = time.monotonic() + 30
while not (flags / "go").exists() and time.monotonic() < deadline:
    time.sleep(0.001)
store = Store.open(corpus.root, reviewer=f"p{i}")  # all create the same fresh database at once
store.set_status(report, ItemRef(report.id, "fact", "word", i, i + 3), "verified")
print(store.read_only, store.error, flush=True)
"""


def test_processes_creating_the_database_at_once_all_succeed(tmp_path: Path) -> None:
    corpus = copy_seeds(tmp_path)
    flags = tmp_path / "flags"
    flags.mkdir()
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", OPEN_AT_ONCE, str(corpus), str(flags), str(i)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )  # fmt: skip
        for i in range(4)
    ]
    time.sleep(0.4)
    (flags / "go").touch()
    for proc in procs:
        out, err = proc.communicate(timeout=60)
        assert proc.returncode == 0 and out.strip() == "False None", err

    con = sqlite3.connect(corpus / ".incident-reader.db")
    assert con.execute("SELECT count(*) FROM marks").fetchone()[0] == 4
    assert con.execute("PRAGMA user_version").fetchone()[0] == 1
