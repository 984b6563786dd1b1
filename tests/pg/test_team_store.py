"""A team's marks in PostgreSQL: bad connections, a foreign database, kill -9, four writers."""

from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from incident_reader.core.model import DctSource, Fact, Report
from incident_reader.core.store import Store, StoreError
from tests.pg_server import fresh_database

ROOT = Path(__file__).resolve().parents[2]
TEXT = "Police said three people were injured when a van hit a crowd on Mill Lane.\n"


def report() -> Report:
    sha1 = hashlib.sha1(TEXT.encode()).hexdigest()
    return Report("r1", Path("r1.txt"), "t", TEXT, "2024-05-01", DctSource.HEADER, sha1)


def fact() -> Fact:
    words = "three people were injured"
    start = TEXT.index(words)
    return Fact("casualties.injured", 3, start, start + len(words), words, "i0", None)


def test_a_refused_connection_is_one_line_and_read_only() -> None:
    s = Store.open(None, "postgresql://nobody@127.0.0.1:1/marks")
    assert s.read_only and s.error and "\n" not in s.error
    assert "cannot connect" in s.error and "127.0.0.1" in s.error
    with pytest.raises(StoreError):
        s.set_status(report(), fact(), "verified")


def test_a_malformed_url_is_one_line() -> None:
    s = Store.open(None, "postgresql://u@host:notaport/db")
    assert s.read_only and s.error and "\n" not in s.error


def test_the_password_is_never_shown(pg_url: str) -> None:
    s = Store.open(None, "postgresql://ann:s3cret@127.0.0.1:1/marks")
    assert s.error and "s3cret" not in s.error and "***" in s.error


def test_another_applications_database_is_refused_and_untouched(pg_url: str) -> None:
    import psycopg

    with psycopg.connect(pg_url, autocommit=True) as con:
        con.execute("CREATE TABLE invoices (id int)")
    s = Store.open(None, pg_url)
    assert s.read_only and s.error and "another application" in s.error
    with psycopg.connect(pg_url, autocommit=True) as con:
        tables = con.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema='public'"
        ).fetchall()
    assert tables == [("invoices",)]


def test_the_environment_variable_names_the_team_database(
    pg_url: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("INCIDENT_READER_DB", pg_url)
    with Store.open(tmp_path, reviewer="ann") as s:
        assert s.team_url == pg_url and not s.read_only
        s.set_status(report(), fact(), "verified")
    assert not (tmp_path / ".incident-reader.db").exists()


def test_export_reads_marks_without_writing(pg_url: str, pg_server: str, tmp_path: Path) -> None:
    import psycopg

    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "r1.txt").write_text("date 2024-05-01\n" + TEXT, encoding="utf-8")
    from incident_reader.core.analysis import analyse
    from incident_reader.core.loading import load_corpus

    analysis = analyse(load_corpus([folder]).reports[0])
    with Store.open(folder, pg_url, reviewer="ann") as s:
        s.set_status(analysis.report, analysis.facts[0], "verified")
    with psycopg.connect(pg_url, autocommit=True) as con:
        before = con.execute("SELECT count(*) FROM history").fetchone()
    done = subprocess.run(
        [sys.executable, "-m", "incident_reader", "export", str(folder), "--format", "json",
         "--db", pg_url], capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    doc = json.loads(done.stdout)
    facts = [f for a in doc["articles"] for f in a["facts"]]
    assert any(f["status"] == "verified" and f["reviewer"] == "ann" for f in facts)
    with psycopg.connect(pg_url, autocommit=True) as con:
        assert con.execute("SELECT count(*) FROM history").fetchone() == before
    empty = fresh_database(pg_server)  # no marks there yet: export writes nothing, not even tables
    done = subprocess.run(
        [sys.executable, "-m", "incident_reader", "export", str(folder), "--format", "json",
         "--db", empty], capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    with psycopg.connect(empty, autocommit=True) as con:
        assert con.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema='public'"
        ).fetchone() == (0,)


WRITER = textwrap.dedent(
    """
    import hashlib, sys
    from pathlib import Path
    from incident_reader.core.model import DctSource, Fact, Report
    from incident_reader.core.store import Store
    text = {text!r}
    r = Report("r1", Path("r1.txt"), "t", text, "2024-05-01", DctSource.HEADER,
               hashlib.sha1(text.encode()).hexdigest())
    s = Store.open(None, sys.argv[1], reviewer=sys.argv[2])
    statuses = ["verified", "disputed", "inconclusive"]
    for i in range(int(sys.argv[3])):
        start = i % 40
        f = Fact("casualties.injured", 3, start, start + 5, text[start:start + 5], "i0", None)
        s.set_status(r, f, statuses[i % 3], note=sys.argv[2] + str(i))
        print(i, flush=True)
    """
).format(text=TEXT)


def test_four_processes_marking_at_once_lose_nothing(pg_url: str) -> None:
    Store.open(None, pg_url).close()  # the schema, once
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, pg_url, f"rev{n}", "25"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )  # fmt: skip
        for n in range(4)
    ]
    for p in procs:
        _, err = p.communicate(timeout=180)
        assert p.returncode == 0, err
    with Store.open(None, pg_url) as s:
        rows = s.changes_since(0)
        assert len(rows) == 100  # every change in the history
        assert {r.reviewer for r in rows} == {f"rev{n}" for n in range(4)}
        current = {m.key: m for m in s.all_marks()}
        for key, mark in current.items():
            last = [r for r in rows if r.item_key == key][-1]
            assert (mark.status, mark.reviewer) == (last.to_status, last.reviewer)  # later wins


def test_kill_9_right_after_a_mark_loses_nothing(pg_url: str) -> None:
    Store.open(None, pg_url).close()
    proc = subprocess.Popen([sys.executable, "-c", WRITER, pg_url, "kim", "1000"],
                            stdout=subprocess.PIPE, text=True)  # fmt: skip
    acknowledged = -1
    assert proc.stdout is not None
    deadline = time.monotonic() + 60
    while acknowledged < 5 and time.monotonic() < deadline:
        acknowledged = int(proc.stdout.readline())
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    with Store.open(None, pg_url) as s:
        notes = {r.note for r in s.changes_since(0)}
    assert {f"kim{i}" for i in range(acknowledged + 1)} <= notes


def test_a_lost_connection_is_reported_then_recovered(pg_url: str, pg_server: str) -> None:
    import psycopg

    s = Store.open(None, pg_url, reviewer="ann")
    s.set_status(report(), fact(), "verified")
    with psycopg.connect(pg_server, autocommit=True) as admin:
        admin.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name ="
            " 'incident-reader' AND datname = current_database() OR application_name ="
            " 'incident-reader' AND pid <> pg_backend_pid()"
        )
    with pytest.raises(StoreError, match="lost the connection"):
        s.set_status(report(), fact(), "disputed")  # told: not saved
    mark = s.set_status(report(), fact(), "disputed")  # the next change reconnects
    assert mark.status == "disputed"
    assert [c.to_status for c in s.history(mark.key)] == ["verified", "disputed"]
