"""The reader's command line: --dct, and a real run in a pseudo-terminal that `q` ends with 0."""

from __future__ import annotations

import os
import sqlite3
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from incident_reader.cli import main
from incident_reader.core.model import Corpus
from incident_reader.ui.app import ReaderApp
from tests.terminal import read_until, spawn_reader

FIXTURES = str(Path(__file__).parent / "fixtures")


def test_bad_dct_is_a_one_line_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([FIXTURES, "--dct", "2018-13-01"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "--dct '2018-13-01'" in err[0]


def test_dct_applies_to_reports_without_one(
    make_corpus: Callable[[dict[str, str | bytes]], Corpus],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    make_corpus({"dated.txt": " date 2019-03-04\nAt 7.30am a car.\n", "bare.txt": "At 9am.\n"})
    seen: dict[str, Any] = {}

    def fake_run(self: ReaderApp, *args: object, **kwargs: object) -> None:
        seen["overrides"] = dict(self.state.dct_overrides)

    monkeypatch.setattr(ReaderApp, "run", fake_run)
    assert main([str(tmp_path), "--dct", "2020-01-02"]) == 0
    assert seen["overrides"] == {"bare": "2020-01-02"}


@pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")
def test_q_in_a_real_terminal_exits_with_status_0(tmp_path: Path) -> None:
    proc, parent = spawn_reader(FIXTURES, "--db", str(tmp_path / "marks.db"))
    try:
        screen = read_until(parent, b"Quit", 20)
        assert b"Quit" in screen, screen[-500:]
        deadline = time.monotonic() + 60  # generous: the machine may be busy with other work
        while proc.poll() is None and time.monotonic() < deadline:
            try:
                os.write(parent, b"q")  # again if a busy start-up had not read the first one yet
            except OSError:  # the reader has closed the terminal: it is exiting
                break
            read_until(parent, b"\x00never", 5)  # drain the terminal while it shuts down
            time.sleep(0.1)
        assert proc.wait(timeout=10) == 0
        # The .db alone holds what the reader wrote (its schema, the analyses it cached).
        alone = tmp_path / "copy.db"
        alone.write_bytes((tmp_path / "marks.db").read_bytes())
        con = sqlite3.connect(alone)
        try:
            assert con.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 0
        finally:
            con.close()
    finally:
        if proc.poll() is None:
            proc.kill()
        os.close(parent)


@pytest.mark.parametrize("command", ["read", "serve"])
def test_db_in_a_folder_that_does_not_exist_is_a_one_line_error(
    command: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # A mistyped folder would otherwise be created, and the reader would open an empty database.
    monkeypatch.setattr(ReaderApp, "run", lambda self, *a, **k: None)
    missing = tmp_path / "mraks" / "team.db"
    assert main([command, FIXTURES, "--db", str(missing)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and str(missing.parent) in err[0] and "does not exist" in err[0]
    assert not missing.parent.exists()


def test_after_the_reader_quits_the_db_alone_holds_its_marks(
    make_corpus: Callable[[dict[str, str | bytes]], Corpus],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The app outlives its run (cycles are collected late); the -wal must not keep the marks.
    from incident_reader.core.store import DB_NAME, ItemRef, Store

    corpus = make_corpus({"crash.txt": "At 7.30am a van hit a wall. Two people were hurt.\n"})
    kept: list[ReaderApp] = []

    def fake_run(self: ReaderApp, *args: object, **kwargs: object) -> None:
        assert self.store is not None
        kept.append(self)
        report = corpus.reports[0]
        self.store.set_status(report, ItemRef(report.id, "fact", "k", 0, 6), "verified")

    monkeypatch.setattr(ReaderApp, "run", fake_run)
    assert main([str(tmp_path)]) == 0
    copy = tmp_path / "backup"
    copy.mkdir()
    (copy / DB_NAME).write_bytes((tmp_path / DB_NAME).read_bytes())
    with Store.open(copy, create=False, strict=True) as seen:
        assert [m.status for m in seen.all_marks()] == ["verified"]
    assert kept
