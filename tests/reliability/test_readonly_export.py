"""Issue 14, items 3 and 5: export only ever reads, and a read-only corpus still shows its marks.

A WAL database cannot be opened ``mode=ro`` without its -shm where the folder cannot be written;
export used to swallow that and write no marks (exit 0), and where it could write it switched a
rollback-journal database to WAL and left -wal/-shm beside it.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.reliability.helpers import copy_seeds, python, snapshot

MARK = """
import sys
from incident_reader.core.analysis import analyse_corpus
from incident_reader.core.loading import load_corpus
from incident_reader.core.store import Store
corpus = load_corpus([sys.argv[1]])
first = analyse_corpus(corpus)[0]
with Store.open(corpus.root, reviewer="rel") as store:
    store.set_status(first.report, first.timeline[0], "verified", note="seen on the footage")
    if len(sys.argv) > 2:  # leave the mark in the -wal: copy the files while still open
        for name in (".incident-reader.db", ".incident-reader.db-wal"):
            (corpus.root / name).rename(corpus.root / (name + ".kept"))
        import os
        os._exit(0)  # killed: a clean close would take the -wal into the file (Store.close)
"""
EXPORT_VERIFIED = """
import contextlib, io, json, sys
from incident_reader.cli import main
from incident_reader.core.store import Store
from pathlib import Path
out, err = io.StringIO(), io.StringIO()
with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
    code = main(["export", sys.argv[1], "--format", "json"])
doc = json.loads(out.getvalue()) if code == 0 else {"articles": []}
verified = [e["text"] for a in doc["articles"] for e in a["timeline"] if e["status"] == "verified"]
with Store.open(Path(sys.argv[1])) as store:
    counted = store.counts()["verified"]
print(json.dumps({"code": code, "verified": verified, "reader": counted, "err": err.getvalue()}))
"""


def _mark_one(corpus: Path) -> None:
    result = python(MARK, str(corpus))
    assert result.returncode == 0, result.stderr


def _in_read_only_folder(corpus: Path, code: str, data: Path) -> dict[str, object]:
    """Run ``code`` with ``corpus`` mounted read-only (root: a mount namespace; else chmod)."""
    env = {**os.environ, "XDG_DATA_HOME": str(data)}
    if os.geteuid() != 0:
        corpus.chmod(0o555)
        cmd = [sys.executable, "-c", code, str(corpus)]
    else:
        if (
            shutil.which("unshare") is None
            or subprocess.run(["unshare", "-m", "true"], capture_output=True).returncode
        ):
            pytest.skip("running as root without mount namespaces: cannot make a folder read-only")
        script = 'mount --bind "$1" "$1" && mount -o remount,bind,ro "$1" && exec "$2" -c "$3" "$1"'
        cmd = ["unshare", "-m", "sh", "-c", script, "sh", str(corpus), sys.executable, code]
    try:
        result = subprocess.run(cmd, capture_output=True, text=True, timeout=120, env=env)
    finally:
        corpus.chmod(0o755)
    assert result.returncode == 0, result.stderr
    return dict(json.loads(result.stdout))


def test_a_wal_database_in_a_read_only_folder_shows_its_marks(tmp_path: Path) -> None:
    corpus = copy_seeds(tmp_path)
    _mark_one(corpus)
    before = snapshot(corpus)
    got = _in_read_only_folder(corpus, EXPORT_VERIFIED, tmp_path / "data")
    assert got["code"] == 0 and len(got["verified"]) == 1  # type: ignore[arg-type]
    assert got["reader"] == 1
    assert snapshot(corpus) == before


def test_marks_still_in_the_wal_of_a_read_only_folder_are_read(tmp_path: Path) -> None:
    # A reader killed with its mark in the -wal, no -shm, and then the folder made read-only.
    corpus = copy_seeds(tmp_path)
    result = python(MARK, str(corpus), "keep-wal")
    assert result.returncode == 0, result.stderr
    for name in (".incident-reader.db", ".incident-reader.db-wal"):
        (corpus / (name + ".kept")).rename(corpus / name)
    (corpus / ".incident-reader.db-shm").unlink(missing_ok=True)
    assert (corpus / ".incident-reader.db-wal").stat().st_size > 0
    got = _in_read_only_folder(corpus, EXPORT_VERIFIED, tmp_path / "data")
    assert got["code"] == 0 and len(got["verified"]) == 1  # type: ignore[arg-type]
    assert got["reader"] == 1


def _export(corpus: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "incident_reader", "export", str(corpus), *args],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip


def test_export_leaves_a_rollback_journal_database_as_it_was(tmp_path: Path) -> None:
    corpus = copy_seeds(tmp_path)
    _mark_one(corpus)
    con = sqlite3.connect(corpus / ".incident-reader.db")
    assert con.execute("PRAGMA journal_mode = DELETE").fetchone()[0] == "delete"
    con.close()
    before = snapshot(corpus)
    for fmt in ("json", "csv"):
        result = _export(corpus, "-f", fmt)
        assert result.returncode == 0, result.stderr
    assert snapshot(corpus) == before  # same bytes: still a rollback journal, no -wal, no -shm


def test_export_leaves_no_wal_or_shm_beside_a_database_it_leaves_untouched(tmp_path: Path) -> None:
    # A WAL database that is not ours, and one of a newer schema: probed, refused, and not a
    # byte beside them (mode=ro used to leave an empty -wal and -shm).
    corpus = copy_seeds(tmp_path)
    foreign, newer = tmp_path / "foreign.db", tmp_path / "newer.db"
    for path, version in ((foreign, 0), (newer, 99)):
        con = sqlite3.connect(path)
        con.execute("PRAGMA journal_mode = WAL")
        con.execute("CREATE TABLE t (x)")
        if version:
            con.execute("PRAGMA application_id = 1230128210")  # ours ("IRDR")
            con.execute(f"PRAGMA user_version = {version}")
        con.commit()
        con.close()
    before = snapshot(tmp_path)
    for db in (foreign, newer):
        result = _export(corpus, "-f", "csv", "--db", str(db))
        assert result.returncode == 2 and "nothing exported" in result.stderr
        assert "marks are off" not in result.stderr  # it stopped: it says so, and what to do
    assert snapshot(tmp_path) == before
    assert not list(tmp_path.glob("*-wal")) and not list(tmp_path.glob("*-shm"))


def test_export_of_a_closed_wal_database_writes_nothing_beside_it(tmp_path: Path) -> None:
    corpus = copy_seeds(tmp_path)
    _mark_one(corpus)
    before = snapshot(corpus)
    result = _export(corpus, "-f", "md")
    assert result.returncode == 0, result.stderr
    assert snapshot(corpus) == before
