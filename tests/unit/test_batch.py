"""Batch analysis: same results as one-by-one, first report first, progress, cache hooks, pools."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from incident_reader.core import batch, codec, model
from incident_reader.core.analysis import analyse
from incident_reader.core.loading import load_corpus
from incident_reader.core.model import DctSource, Report, ReportAnalysis

SEEDS = Path(__file__).resolve().parents[2] / "seeds"

# Start the forkserver now, as the reader does at launch: its workers then run the code this
# process imported, even if the source tree is edited while the suite runs.
batch.prepare_pool()


def make_reports(count: int) -> list[Report]:
    """``count`` distinct reports built from the seeds' texts (each with its own sha1)."""
    seeds = load_corpus([SEEDS]).reports
    out: list[Report] = []
    for n in range(count):
        base = seeds[n % len(seeds)]
        text = f"{base.text}\nUpdate {n % 24}:{n % 60:02d}pm: report number {n}.\n"
        out.append(
            Report(
                id=f"r{n:03d}",
                path=Path(f"/corpus/r{n:03d}.txt"),
                title=base.title,
                text=text,
                dct=base.dct,
                dct_source=base.dct_source,
                sha1=hashlib.sha1(text.encode()).hexdigest(),
            )
        )
    return out


@pytest.fixture(scope="module")
def reports() -> list[Report]:
    return make_reports(12)


@pytest.fixture(scope="module")
def expected(reports: list[Report]) -> list[ReportAnalysis]:
    return [analyse(r) for r in reports]


def test_in_process_matches_one_by_one(
    reports: list[Report], expected: list[ReportAnalysis]
) -> None:
    assert batch.analyse_many(reports, workers=1) == expected


def without_incidents(analyses: list[ReportAnalysis]) -> list[ReportAnalysis]:
    """Analyses minus their incidents, whose main-date tie-break has varied with the hash seed (a
    forkserver worker's seed differs from ours); the seed test below checks the whole output."""
    return [dataclasses.replace(a, incidents=()) for a in analyses]


@pytest.mark.parametrize("method", ["fork", "forkserver"])
def test_pool_matches_one_by_one_in_input_order(
    reports: list[Report], expected: list[ReportAnalysis], method: str
) -> None:
    seen: list[batch.BatchResult] = []
    out = batch.analyse_many(
        reports, workers=2, first=3, on_result=seen.append, start_method=method
    )
    if method == "fork":  # same hash seed as this process
        assert out == expected
    assert without_incidents(out) == without_incidents(expected)
    assert [a.report for a in out] == reports
    assert seen[0].index == 3
    assert sorted(r.index for r in seen) == list(range(len(reports)))


SEED_PROBE = """
import json, sys
sys.path.insert(0, {tests!r})
from test_batch import make_reports
from incident_reader.core import codec
from incident_reader.core.analysis import analyse
assert codec.__file__.startswith({root!r}), codec.__file__  # the snapshot, not the tree
print(json.dumps([codec.analysis_to_dict(analyse(r)) for r in make_reports(3)]))
"""


def test_analysis_does_not_depend_on_the_hash_seed(tmp_path: Path) -> None:
    """Workers run with their own hash seed, so the pipeline must not depend on it."""
    # Both runs import one copy of the package, so an edit to the tree between them cannot count.
    package = Path(batch.__file__).resolve().parents[1]
    shutil.copytree(package, tmp_path / package.name, ignore=shutil.ignore_patterns("__pycache__"))
    probe = SEED_PROBE.format(tests=str(Path(__file__).parent), root=str(tmp_path))
    outputs = {
        subprocess.run(
            [sys.executable, "-c", probe],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PYTHONHASHSEED": str(seed), "PYTHONPATH": str(tmp_path)},
        ).stdout
        for seed in (1, 2)
    }
    assert len(outputs) == 1


def test_first_report_comes_first_and_progress_counts_up(reports: list[Report]) -> None:
    results = list(batch.iter_analyses(reports, workers=1, first=7))
    assert results[0].index == 7
    assert [r.index for r in results[1:]] == [i for i in range(len(reports)) if i != 7]
    assert [r.done for r in results] == list(range(1, len(reports) + 1))
    assert {r.total for r in results} == {len(reports)}
    assert all(r.analysis.report is reports[r.index] for r in results)


def test_a_first_index_out_of_range_falls_back_to_the_first_report(
    reports: list[Report],
) -> None:
    assert next(batch.iter_analyses(reports, workers=1, first=99)).index == 0


def test_nothing_to_do_yields_nothing() -> None:
    assert list(batch.iter_analyses([])) == []
    assert batch.analyse_many([]) == []


def test_cache_is_filled_then_used_instead_of_the_extractor(
    reports: list[Report], expected: list[ReportAnalysis], monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = batch.MemoryCache()
    cold = list(batch.iter_analyses(reports, get=cache.get, put=cache.put, workers=1))
    assert not any(r.cached for r in cold)
    assert cache.puts == len(reports) and cache.gets == len(reports)
    assert all("text" not in json.loads(e)["report"] for e in cache.entries.values())
    assert {key for _, key in cache.entries} == {codec.dct_key(None)}

    def broken(*_args: object, **_kw: object) -> ReportAnalysis:
        raise AssertionError("a cached report was analysed again")

    monkeypatch.setattr(batch, "analyse", broken)
    seen: list[batch.BatchResult] = []
    warm = batch.analyse_many(
        reports, get=cache.get, put=cache.put, workers=1, on_result=seen.append
    )
    assert warm == expected
    assert all(r.cached for r in seen)
    assert cache.puts == len(reports)


def test_pool_results_are_cached_too(reports: list[Report]) -> None:
    cache = batch.MemoryCache()
    batch.analyse_many(reports, get=cache.get, put=cache.put, workers=2, start_method="fork")
    assert cache.puts == len(reports)
    seen: list[batch.BatchResult] = []
    batch.analyse_many(reports, get=cache.get, put=cache.put, on_result=seen.append)
    assert all(r.cached for r in seen)


def test_a_stale_cache_entry_is_analysed_again_and_replaced(
    reports: list[Report], expected: list[ReportAnalysis]
) -> None:
    cache = batch.MemoryCache()
    key = codec.dct_key(None)
    cache.entries[(reports[2].sha1, key)] = '{"v": -1}'
    out = batch.analyse_many(reports[:4], get=cache.get, put=cache.put, workers=1)
    assert out == expected[:4]
    assert batch.MemoryCache.get(cache, reports[2].sha1, key) is not None
    assert cache.entries[(reports[2].sha1, key)] != '{"v": -1}'


def test_user_dct_is_used_and_keyed_separately(reports: list[Report]) -> None:
    cache = batch.MemoryCache()
    overrides = {reports[1].id: "2001-02-03"}
    out = batch.analyse_many(reports[:3], overrides, get=cache.get, put=cache.put, workers=1)
    assert out[1].dct == "2001-02-03" and out[1].dct_source is DctSource.USER
    assert (reports[1].sha1, codec.dct_key("2001-02-03")) in cache.entries
    assert (reports[0].sha1, codec.dct_key(None)) in cache.entries
    again = batch.analyse_many(reports[:3], get=cache.get, put=cache.put, workers=1)
    assert again[1].dct_source is not DctSource.USER


def test_a_failing_report_is_reported_not_fatal_and_not_cached(
    reports: list[Report], expected: list[ReportAnalysis], monkeypatch: pytest.MonkeyPatch
) -> None:
    def flaky(report: Report, dct_override: str | None = None) -> ReportAnalysis:
        if report.id == reports[1].id:
            raise ValueError("rule blew up")
        return analyse(report, dct_override)

    monkeypatch.setattr(batch, "analyse", flaky)
    cache = batch.MemoryCache()
    results = {
        r.index: r
        for r in batch.iter_analyses(reports[:4], get=cache.get, put=cache.put, workers=1)
    }
    assert results[1].error == "ValueError: rule blew up"
    assert results[1].analysis.report is reports[1]
    assert results[1].analysis.timexes == () and results[1].analysis.facts == ()
    assert [results[i].analysis for i in (0, 2, 3)] == [expected[i] for i in (0, 2, 3)]
    assert (reports[1].sha1, codec.dct_key(None)) not in cache.entries
    assert cache.puts == 3


def test_a_failing_report_in_a_worker_is_reported(
    reports: list[Report], monkeypatch: pytest.MonkeyPatch
) -> None:
    def flaky(report: Report, dct_override: str | None = None) -> ReportAnalysis:
        if report.id == reports[5].id:
            raise KeyError("x")
        return analyse(report, dct_override)

    monkeypatch.setattr(batch, "analyse", flaky)  # fork: the workers inherit the patch
    results = list(batch.iter_analyses(reports, workers=2, start_method="fork"))
    errors = {r.index: r.error for r in results if r.error}
    assert errors == {5: "KeyError: 'x'"}
    assert len(results) == len(reports)


def test_stop_ends_the_batch_early(reports: list[Report]) -> None:
    stop = threading.Event()
    seen = []
    for result in batch.iter_analyses(reports, workers=1, stop=stop):
        seen.append(result)
        stop.set()
    assert len(seen) == 1


def test_plan_uses_one_process_for_little_work_and_all_cores_for_much(
    reports: list[Report],
) -> None:
    assert batch.plan_workers(reports[:3]) == 1
    assert batch.plan_workers(reports, workers=1) == 1
    assert batch.plan_workers(reports[:2], workers=8) == 2
    slow = 1.0  # seconds per character: far too slow for one process
    assert batch.plan_workers(reports, seconds_per_char=slow) == min(
        batch.available_cores(), len(reports)
    )
    assert batch.plan_workers(reports, seconds_per_char=1e-12) == 1
    assert batch.plan_workers(reports[: batch.MIN_PARALLEL_REPORTS - 1], seconds_per_char=slow) == 1


@pytest.mark.parametrize("workers", [1, 2, 4])
def test_chunks_keep_input_order_and_share_the_work(reports: list[Report], workers: int) -> None:
    items: list[tuple[int, Report, str | None]] = [(i, r, None) for i, r in enumerate(reports)]
    chunks = batch._chunks(items, workers)
    assert [i for chunk in chunks for i, _, _ in chunk] == list(range(len(reports)))
    total = sum(len(r.text) for r in reports)
    for chunk in chunks:
        chars = sum(len(r.text) for _, r, _ in chunk)
        assert len(chunk) == 1 or chars <= min(batch.CHUNK_CHARS, total // workers)
        assert len(chunk) <= batch.CHUNK_REPORTS
    assert len(chunks) >= min(len(reports), 2 * workers)


def test_a_dead_worker_leaves_the_rest_to_this_process(
    reports: list[Report], expected: list[ReportAnalysis], monkeypatch: pytest.MonkeyPatch
) -> None:
    parent = os.getpid()

    def dies_in_worker(report: Report, dct_override: str | None = None) -> ReportAnalysis:
        if os.getpid() != parent and report.id == reports[6].id:
            os._exit(3)  # as if the worker were killed
        return analyse(report, dct_override)

    monkeypatch.setattr(batch, "analyse", dies_in_worker)
    results = list(batch.iter_analyses(reports, workers=2, start_method="fork"))
    assert sorted(r.index for r in results) == list(range(len(reports)))
    assert [r.analysis for r in sorted(results, key=lambda r: r.index)] == expected


def test_text_hooks_store_json_text_and_skip_damaged_entries(
    reports: list[Report], expected: list[ReportAnalysis]
) -> None:
    texts: dict[tuple[str, str], str] = {}
    get, put = batch.text_hooks(
        lambda s, k: texts.get((s, k)), lambda s, k, t: texts.update({(s, k): t})
    )
    assert batch.analyse_many(reports[:3], get=get, put=put, workers=1) == expected[:3]
    assert all(isinstance(t, str) and t.startswith("{") for t in texts.values())
    key = (reports[0].sha1, codec.dct_key(None))
    texts[key] = "{not json"
    assert get(*key) is None
    texts[key] = "[1, 2]"
    assert get(*key) is None
    seen: list[batch.BatchResult] = []
    batch.analyse_many(reports[:3], get=get, put=put, workers=1, on_result=seen.append)
    assert [r.cached for r in sorted(seen, key=lambda r: r.index)] == [False, True, True]
    assert texts[key].startswith("{")


def test_prepare_pool_starts_the_forkserver_ahead(
    reports: list[Report], expected: list[ReportAnalysis]
) -> None:
    from multiprocessing import forkserver

    batch.prepare_pool()
    assert forkserver._forkserver._forkserver_pid is not None  # type: ignore[attr-defined]
    out = batch.analyse_many(reports[:4], workers=2, start_method="forkserver")
    assert without_incidents(out) == without_incidents(expected[:4])


CACHED_PROBE = """
import json, sys
from pathlib import Path
from incident_reader.core import batch
from incident_reader.core.model import DctSource, Report
report = Report("r", Path("r.txt"), "t", "text", None, DctSource.NONE, "0" * 40)
entry = json.loads(sys.stdin.read())
seen = batch.analyse_many([report], get=lambda sha1, key: entry)
assert seen[0].facts[0].kind == "speed", seen
print(sorted(m for m in sys.modules if m.split(".")[-1] in ("temporal", "facts", "analysis")))
"""


def test_a_launch_served_from_the_cache_never_imports_the_extractors() -> None:
    report = Report("r", Path("r.txt"), "t", "text", None, DctSource.NONE, "0" * 40)
    fact = model.Fact("speed", 30, 0, 4, "text", "i0")
    entry = codec.analysis_to_dict(ReportAnalysis(report, None, DctSource.NONE, facts=(fact,)))
    out = subprocess.run(
        [sys.executable, "-c", CACHED_PROBE],
        input=json.dumps(entry),
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    assert out == "[]"
