"""Batch hooks the reader uses: a stand-in analyser, and reports the user wants done next."""

from __future__ import annotations

import dataclasses
import hashlib
import subprocess
import sys
from pathlib import Path

from incident_reader.core import batch
from incident_reader.core.model import DctSource, Report, ReportAnalysis


def tiny_reports(count: int) -> list[Report]:
    """Reports of one short sentence each (a stand-in analyser needs no real text)."""
    out = []
    for n in range(count):
        text = f"Report {n} at 4pm.\n"
        sha1 = hashlib.sha1(text.encode()).hexdigest()
        out.append(Report(f"r{n}", Path(f"/c/r{n}.txt"), f"r{n}", text, None, DctSource.NONE, sha1))
    return out


def stand_in(calls: list[str]) -> batch.Analyser:
    def analyse(report: Report, dct: str | None = None) -> ReportAnalysis:
        calls.append(report.id)
        return ReportAnalysis(report=report, dct=dct, dct_source=DctSource.NONE)

    return analyse


def test_a_stand_in_analyser_runs_here_even_when_workers_are_asked_for() -> None:
    calls: list[str] = []
    reports = tiny_reports(10)
    out = batch.analyse_many(reports, workers=2, analyser=stand_in(calls))
    assert calls == [r.id for r in reports]  # in this process, so the list saw every call
    assert [a.report for a in out] == reports


def test_wanted_reports_come_next_latest_first_each_once() -> None:
    asks = [2, 4, 99, 0]  # popped from the end: 0 (done already), 99 (no such report), 4, 2
    calls: list[str] = []
    results = list(
        batch.iter_analyses(
            tiny_reports(6),
            analyser=stand_in(calls),
            wanted=lambda: asks.pop() if asks else None,
        )
    )
    assert [r.index for r in results] == [0, 4, 2, 1, 3, 5]
    assert [r.done for r in results] == [1, 2, 3, 4, 5, 6]
    assert calls == ["r0", "r4", "r2", "r1", "r3", "r5"]


def test_a_wanted_report_is_done_here_while_the_pool_works_and_yielded_once() -> None:
    reports = [
        dataclasses.replace(r, text=r.text * 40, sha1=f"{n:040d}")
        for n, r in enumerate(tiny_reports(12))
    ]
    asks = [11]
    results = list(
        batch.iter_analyses(
            reports, workers=2, start_method="fork", wanted=lambda: asks.pop() if asks else None
        )
    )
    assert results[1].index == 11  # asked for while the pool started: done here, next
    assert sorted(r.index for r in results) == list(range(12))
    assert [r.done for r in results] == list(range(1, 13))


POOL_UNDER_A_CAPTURED_STDERR = """
import sys, threading
sys.path.insert(0, {tests!r})
from test_batch_wanted import tiny_reports
from incident_reader.core import batch

class Captured:  # what a terminal interface puts in sys.stderr: no file descriptor
    def write(self, text): return len(text)
    def flush(self): pass
    def fileno(self): return -1

sys.stderr = Captured()
threading.Thread(target=threading.Event().wait, args=(5,), daemon=True).start()  # forkserver
out = batch.analyse_many(tiny_reports(8), workers=2)
print(len(out), type(sys.stderr).__name__)
"""


def test_a_pool_starts_while_an_interface_holds_stderr() -> None:
    """Textual's captured stderr has no descriptor; the pool must start anyway (the reader)."""
    probe = POOL_UNDER_A_CAPTURED_STDERR.format(tests=str(Path(__file__).parent))
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-500:]
    assert done.stdout.split() == ["8", "Captured"]


def test_a_long_report_is_analysed_apart_even_alone_and_first_when_wanted() -> None:
    """Reports over ``apart_chars`` go to a worker process; the rest stay here; each once."""
    reports = tiny_reports(3)
    asks = [2, 0]  # 0 (in the worker already: not done again here), then 2
    results = list(
        batch.iter_analyses(
            reports,
            apart_chars=len(reports[0].text),  # every report counts as long
            start_method="fork",
            wanted=lambda: asks.pop() if asks else None,
        )
    )
    assert sorted(r.index for r in results) == [0, 1, 2]
    assert [r.done for r in results] == [1, 2, 3]
    assert [r.analysis.report for r in sorted(results, key=lambda r: r.index)] == reports
    here = list(batch.iter_analyses(reports, workers=1, apart_chars=1))  # workers=1 wins
    assert [r.index for r in here] == [0, 1, 2]


def test_stopping_ends_a_worker_that_is_busy() -> None:
    import threading
    import time

    long = dataclasses.replace(tiny_reports(1)[0], text="At 4pm it rained. " * 150_000)
    stop = threading.Event()
    results = batch.iter_analyses([long], apart_chars=1, start_method="fork", stop=stop)
    threading.Timer(0.5, stop.set).start()
    began = time.perf_counter()
    assert list(results) == []
    assert time.perf_counter() - began < 3  # not the whole report's analysis (seconds)
