"""`incident-reader batch`: JSON-lines input, same results as in-process, resume, errors, Dask."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import pytest

from incident_reader.archive.coding import code_article
from incident_reader.archive.output import incident_rows, safe_cell
from incident_reader.archive.runner import ERRORS, REPORTS, run_archive
from incident_reader.archive.source import Item, ItemError, iter_archive, parse_line
from incident_reader.archive.work import analyse_batch, report_of
from incident_reader.core import analysis
from incident_reader.core.export import article_json
from incident_reader.core.model import Report, ReportAnalysis

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
CLI = [sys.executable, "-m", "incident_reader"]

STORIES = (
    (
        "Two people were killed and five injured when a lorry hit a bus shelter on Mill Lane in "
        "Harnby on Tuesday at about 4.20pm. Police arrested the driver, Tomas Reyne, 41."
    ),
    (
        "A lorry ploughed into a bus shelter in Harnby on Tuesday afternoon, killing two people. "
        "Five others were taken to hospital. The driver, Tomas Reyne, was arrested."
    ),
    (
        "A fire at a bakery on Quay Street in Dunmore destroyed the building overnight on Friday. "
        "No one was hurt, the fire service said."
    ),
)


def write_jsonl(path: Path, rows: Sequence[dict | str]) -> Path:
    path.write_text(
        "".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in rows),
        encoding="utf-8",
    )
    return path


def small_archive(tmp_path: Path, copies: int = 1) -> Path:
    rows = []
    for n in range(copies):
        for i, text in enumerate(STORIES):
            rows.append({"id": f"r{n}-{i}", "text": text, "dct": "2024-05-08", "source": f"o{i}"})
        for seed in sorted(SEEDS.glob("*.txt")):
            rows.append({"id": f"{seed.stem}-{n}", "text": seed.read_text(encoding="utf-8")})
    return write_jsonl(tmp_path / "archive.jsonl", rows)


class InlineExecutor:
    """Runs batches in this process, finishing them in reverse order to exercise the reordering."""

    workers = 2

    def __init__(self, fail_on: str | None = None) -> None:
        self._queue: list[tuple[int, list[Item]]] = []
        self._ticket = 0
        self.fail_on = fail_on

    def submit(self, batch: Sequence[Item]) -> int:
        self._ticket += 1
        self._queue.append((self._ticket, list(batch)))
        return self._ticket

    def next_done(self) -> tuple[int, list[tuple[int, bool, bytes]]]:
        ticket, batch = self._queue.pop()  # last submitted finishes first
        return ticket, analyse_batch(batch)

    def close(self) -> None:
        pass


def read_files(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in (REPORTS, ERRORS, "incidents.csv")}


# --------------------------------------------------------------------------- input
@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b'{"text": "A man died."}', 'missing "id"'),
        (b'{"id": "a"}', 'missing "text"'),
        (b'{"id": "a", "text": "   "}', 'empty "text"'),
        (b'{"id": "a", "text": "x", "dct": "last Tuesday"}', '"dct"'),
        (b'{"id": "a", "text": "x", "url": 5}', '"url" must be a string'),
        (b'{"id": [1], "text": "x"}', 'missing "id"'),
        (b'{"id": "a", "text": ', "not JSON"),
        (b"[1, 2]", "not a JSON object"),
        (b'{"id": "a", "text": "caf\xe9"}', "not UTF-8"),
    ],
)
def test_a_bad_line_is_an_error_for_that_line_only(raw: bytes, reason: str) -> None:
    got = parse_line(3, "a.jsonl:7", raw)
    assert isinstance(got, ItemError)
    assert reason in got.reason and got.where == "a.jsonl:7" and "\n" not in got.reason


def test_good_lines_around_a_bad_one_are_read(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "a.jsonl", [
        {"id": 1, "text": "A man died.", "dct": "2024-01-02"}, "{oops", "",
        {"id": "b", "text": "Two were hurt.\r\nLater.", "source": "Wire"},
    ])  # fmt: skip
    entries = list(iter_archive(path))
    assert [type(e).__name__ for e in entries] == ["Item", "ItemError", "Item"]
    assert entries[0].id == "1" and entries[0].dct == "2024-01-02"  # type: ignore[union-attr]
    assert entries[1].where == "a.jsonl:2"  # type: ignore[union-attr]
    assert entries[2].text == "Two were hurt.\nLater."  # type: ignore[union-attr]


def test_folder_tree_skips_saved_page_folders_and_fifos(tmp_path: Path) -> None:
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / "one.txt").write_text("A man was hurt in Leeds.")
    (tmp_path / "page_files").mkdir()
    (tmp_path / "page_files" / "script.html").write_text("<p>furniture</p>")
    (tmp_path / "empty.txt").write_text("")
    os.mkfifo(tmp_path / "pipe.txt")
    entries = list(iter_archive(tmp_path))
    assert [(type(e).__name__, getattr(e, "id", getattr(e, "where", ""))) for e in entries] == [
        ("Item", "a/b/one"), ("ItemError", "empty.txt")
    ]  # fmt: skip


# --------------------------------------------------------------------------- results
def test_each_line_is_what_extract_gives_in_process(tmp_path: Path) -> None:
    archive = small_archive(tmp_path)
    progress = run_archive(archive, tmp_path / "out", InlineExecutor())
    lines = (tmp_path / "out" / REPORTS).read_text(encoding="utf-8").splitlines()
    items = [e for e in iter_archive(archive) if isinstance(e, Item)]
    assert progress.done == len(items) == len(lines) == 5
    for item, line in zip(items, lines, strict=True):
        got = json.loads(line)
        want = article_json(analysis.analyse(report_of(item)))
        assert {k: got[k] for k in want} == json.loads(json.dumps(want))
        assert got["key"] == item.key and got["source"] == item.source


def test_a_failing_report_is_listed_and_the_run_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    archive = small_archive(tmp_path)
    real = analysis.analyse

    def flaky(report: Report, dct_override: str | None = None) -> ReportAnalysis:
        if report.id == "r0-1":
            raise ValueError("boom")
        return real(report, dct_override)

    monkeypatch.setattr(analysis, "analyse", flaky)
    progress = run_archive(archive, tmp_path / "out", InlineExecutor())
    errors = [json.loads(x) for x in (tmp_path / "out" / ERRORS).read_text().splitlines()]
    assert [(e["id"], e["reason"]) for e in errors] == [("r0-1", "ValueError: boom")]
    assert progress.done == 4 and progress.errors == 1


def test_resume_after_a_cut_gives_the_same_files(tmp_path: Path) -> None:
    archive = small_archive(tmp_path, copies=3)
    from incident_reader.archive.output import write_tables

    whole = tmp_path / "whole"
    run_archive(archive, whole, InlineExecutor())
    write_tables(whole, whole / REPORTS)
    cut = tmp_path / "cut"
    cut.mkdir()
    data = (whole / REPORTS).read_bytes()
    (cut / REPORTS).write_bytes(data[: len(data) // 2])  # killed mid-line
    (cut / "state.json").write_bytes((whole / "state.json").read_bytes())
    progress = run_archive(archive, cut, InlineExecutor())
    write_tables(cut, cut / REPORTS)
    assert progress.skipped > 0 and progress.done > 0
    assert read_files(cut) == read_files(whole)


def test_results_of_other_rules_are_set_aside(tmp_path: Path) -> None:
    archive = small_archive(tmp_path)
    out = tmp_path / "out"
    run_archive(archive, out, InlineExecutor())
    (out / "state.json").write_text('{"version": "older-rules"}\n')
    progress = run_archive(archive, out, InlineExecutor())
    assert progress.skipped == 0 and progress.done == 5
    assert (out / (REPORTS + ".stale")).exists()


# --------------------------------------------------------------------------- coding
def test_reports_of_one_incident_share_a_group_and_disputes_are_named(tmp_path: Path) -> None:
    archive = small_archive(tmp_path)
    run_archive(archive, tmp_path / "out", InlineExecutor())
    lines = (tmp_path / "out" / REPORTS).read_text(encoding="utf-8").splitlines()
    rows = {r["report"]: r for r in incident_rows(
        [code_article(i, json.loads(x)) for i, x in enumerate(lines)])}  # fmt: skip
    assert rows["r0-0"]["group"] == rows["r0-1"]["group"] != rows["r0-2"]["group"]
    assert rows["r0-0"]["group_size"] == 2 and rows["r0-0"]["killed_min"] == 2
    assert rows["r0-2"]["group_size"] == 1


def test_csv_cells_never_start_as_formulas() -> None:
    assert safe_cell("=HYPERLINK(1)") == "'=HYPERLINK(1)"
    assert safe_cell("@x") == "'@x" and safe_cell("plain") == "plain" and safe_cell(None) == ""


# --------------------------------------------------------------------------- command line, Dask
def batch_cmd(archive: Path, out: Path, *extra: str) -> list[str]:
    return [*CLI, "batch", str(archive), "--out", str(out), "--workers", "2", "--quiet", *extra]


def test_dask_run_equals_pool_run_and_kill_then_resume_gives_same_files(tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    archive = small_archive(tmp_path, copies=40)  # 200 reports
    pool = tmp_path / "pool"
    done = subprocess.run(batch_cmd(archive, pool, "--pool"), capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "200 reports analysed" in done.stderr

    killed = tmp_path / "killed"
    proc = subprocess.Popen(batch_cmd(archive, killed), start_new_session=True,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        reports = killed / REPORTS
        if reports.exists() and reports.stat().st_size > 0:
            break
        time.sleep(0.05)
    assert proc.poll() is None, "the run ended before it could be killed"
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    assert not (killed / "incidents.csv").exists()
    again = subprocess.run(batch_cmd(archive, killed), capture_output=True, text=True)
    assert again.returncode == 0, again.stderr
    assert "already done" in again.stderr and " 0 already done" not in again.stderr
    assert read_files(killed) == read_files(pool)


def test_a_bad_archive_path_is_one_line(tmp_path: Path) -> None:
    done = subprocess.run(batch_cmd(tmp_path / "nope", tmp_path / "o", "--pool"),
                          capture_output=True, text=True)  # fmt: skip
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "no such file or folder" in done.stderr
