"""Analyse many reports fast: cached results first, then a process pool when the work pays for it.

Results come out as they finish (``iter_analyses``) so a reader can show progress; the report the
user looks at is always done first, in this process. ``analyse_many`` returns them in input order.
The cache is two injected callables, ``get(sha1, dct_key)`` and ``put(sha1, dct_key, data)``, over
``codec`` dicts (without report text), so this module knows nothing of how the store keeps them.
Hooks are called only from the thread that iterates (sqlite connections are per thread).
"""

from __future__ import annotations

import json
import multiprocessing
import os
import sys
import threading
import time
from collections.abc import Callable, Generator, Iterator, Mapping, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from incident_reader.core import codec
from incident_reader.core.model import Report, ReportAnalysis

CacheGet = Callable[[str, str], dict[str, Any] | None]
CachePut = Callable[[str, str, dict[str, Any]], None]
Analyser = Callable[[Report, str | None], ReportAnalysis]
Wanted = Callable[[], int | None]

# Below these, starting worker processes costs more than it saves (measured: benchmarks/).
MIN_PARALLEL_REPORTS = 8
MIN_PARALLEL_CHARS = 300_000
RATE_MIN_CHARS = 2_000  # a tiny first report says more about per-call cost than per-char cost
POOL_PAYS_AFTER = 2.0  # seconds of single-process work; a pool takes 0.3-1 s to start
# Work goes to workers in chunks of at most this many characters or reports (one big report is a
# chunk of its own), and small enough that each worker gets CHUNKS_PER_WORKER of them: fewer round
# trips than one report at a time, yet even load and smooth progress.
CHUNK_CHARS = 50_000
CHUNK_REPORTS = 16
CHUNKS_PER_WORKER = 8
# An interface keeps a report this long out of its own process (``apart_chars``): about a second of
# extraction that would hold the interpreter, and that ``stop`` could not cut short.
APART_CHARS = 500_000


@dataclass(frozen=True, slots=True)
class BatchResult:
    """One finished report: where it sits in the input, its analysis, and the batch's progress."""

    index: int
    analysis: ReportAnalysis
    done: int
    total: int
    cached: bool = False
    error: str | None = None  # set when extraction failed; ``analysis`` is then empty


class MemoryCache:
    """An in-memory cache with the store's hook signature, keeping JSON text as a database would."""

    def __init__(self) -> None:
        self.entries: dict[tuple[str, str], str] = {}
        self.gets = 0
        self.puts = 0

    def get(self, sha1: str, key: str) -> dict[str, Any] | None:
        """The cached dict for a file version and key, or None."""
        self.gets += 1
        raw = self.entries.get((sha1, key))
        return None if raw is None else json.loads(raw)

    def put(self, sha1: str, key: str, data: dict[str, Any]) -> None:
        """Remember a dict for a file version and key."""
        self.puts += 1
        self.entries[(sha1, key)] = json.dumps(data, ensure_ascii=False)


def text_hooks(
    get_text: Callable[[str, str], str | None], put_text: Callable[[str, str, str], None]
) -> tuple[CacheGet, CachePut]:
    """Cache hooks over a store that keeps JSON text (e.g. ``Store.cache_get``/``cache_put``)."""

    def get(sha1: str, key: str) -> dict[str, Any] | None:
        raw = get_text(sha1, key)
        if raw is None:
            return None
        try:
            data = json.loads(raw)
        except ValueError:
            return None  # damaged entry: analyse again and overwrite
        return data if isinstance(data, dict) else None

    def put(sha1: str, key: str, data: dict[str, Any]) -> None:
        put_text(sha1, key, json.dumps(data, ensure_ascii=False, separators=(",", ":")))

    return get, put


def available_cores() -> int:
    """The cores this process may run on (not the machine's count, under a CPU limit)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


def plan_workers(
    reports: Sequence[Report], workers: int | None = None, seconds_per_char: float | None = None
) -> int:
    """How many processes to use for these reports: 1 (this process) unless a pool pays off.

    With ``seconds_per_char`` (timed on the first report) the pool is used when the work would take
    longer than ``POOL_PAYS_AFTER`` seconds here; without it, when there are enough characters.
    """
    if workers is not None:
        return max(1, min(workers, len(reports)))
    chars = sum(len(r.text) for r in reports)
    if len(reports) < MIN_PARALLEL_REPORTS:
        return 1
    if seconds_per_char is not None:
        if chars * seconds_per_char < POOL_PAYS_AFTER:
            return 1
    elif chars < MIN_PARALLEL_CHARS:
        return 1
    return max(1, min(available_cores(), len(reports)))


def analyse(report: Report, dct_override: str | None = None) -> ReportAnalysis:
    """``analysis.analyse``, imported on first use: a launch served from the cache never loads
    the tagger and extractors (about half a second of imports)."""
    from incident_reader.core.analysis import analyse as run

    return run(report, dct_override)


def _failure(report: Report, dct_override: str | None) -> ReportAnalysis:
    """An empty analysis for a report whose extraction failed, so views still show its text."""
    from incident_reader.core.analysis import effective_dct

    try:
        dct, source = effective_dct(report, dct_override)
    except Exception:
        dct, source = report.dct, report.dct_source
    return ReportAnalysis(report=report, dct=dct, dct_source=source)


def _error_text(err: BaseException) -> str:
    return f"{type(err).__name__}: {err}"


def _work(chunk: list[tuple[int, Report, str | None]]) -> list[tuple[int, Any, str | None]]:
    """In a worker: analyse a chunk, returning codec dicts without text (small to send back)."""
    out: list[tuple[int, Any, str | None]] = []
    for index, report, override in chunk:
        try:
            out.append((index, codec.analysis_to_dict(analyse(report, override), False), None))
        except Exception as err:
            out.append((index, None, _error_text(err)))
    return out


def _chunks(
    todo: list[tuple[int, Report, str | None]], workers: int = 1
) -> list[list[tuple[int, Report, str | None]]]:
    total = sum(len(item[1].text) for item in todo)
    limit = max(1, min(CHUNK_CHARS, total // (workers * CHUNKS_PER_WORKER)))
    chunks: list[list[tuple[int, Report, str | None]]] = []
    current: list[tuple[int, Report, str | None]] = []
    size = 0
    for item in todo:
        if current and (size + len(item[1].text) > limit or len(current) >= CHUNK_REPORTS):
            chunks.append(current)
            current, size = [], 0
        current.append(item)
        size += len(item[1].text)
    if current:
        chunks.append(current)
    return chunks


def _pool_context(method: str | None = None) -> multiprocessing.context.BaseContext:
    """Fork when this process runs one thread (cheap); forkserver when it runs several (the reader),
    since forking a threaded process can deadlock the child."""
    methods = multiprocessing.get_all_start_methods()
    if method is None:
        if "fork" in methods and threading.active_count() == 1:
            method = "fork"
        else:
            method = "forkserver" if "forkserver" in methods else "spawn"
    ctx = multiprocessing.get_context(method)
    if method == "forkserver":
        ctx.set_forkserver_preload(["incident_reader.core.warm", "incident_reader.core.batch"])
    return ctx


def prepare_pool(start_method: str | None = None) -> None:
    """Start the forkserver (importing the pipeline once) ahead of the first batch, e.g. while
    the reader opens, so the pool's start-up is not paid when extraction begins."""
    methods = multiprocessing.get_all_start_methods()
    method = start_method or ("forkserver" if "forkserver" in methods else "spawn")
    _pool_context(method)
    _start_helpers(method)


@contextmanager
def _stderr_with_fd() -> Iterator[None]:
    """Give ``sys.stderr`` a real file descriptor for a moment when it has none.

    Inside a terminal interface (Textual captures ``sys.stderr``; its ``fileno()`` is -1)
    multiprocessing cannot start its helper processes, which pass that descriptor on.
    """
    try:
        usable = sys.stderr is not None and sys.stderr.fileno() >= 0
    except (AttributeError, OSError, ValueError):
        usable = False
    if usable:
        yield
        return
    captured = sys.stderr
    with open(os.devnull, "w") as devnull:
        sys.stderr = devnull
        try:
            yield
        finally:
            sys.stderr = captured


def _start_helpers(method: str) -> None:
    """Start multiprocessing's resource tracker (and the forkserver) if they are not running."""
    from multiprocessing import resource_tracker

    with _stderr_with_fd():
        resource_tracker.ensure_running()
        if method == "forkserver":
            from multiprocessing import forkserver

            forkserver.ensure_running()


class _Batch:
    """The state of one batch run: progress count, cache hooks, and how results are made."""

    def __init__(
        self,
        reports: Sequence[Report],
        overrides: Mapping[str, str],
        get: CacheGet | None,
        put: CachePut | None,
        analyser: Analyser | None = None,
    ) -> None:
        self.reports = reports
        self.overrides = overrides
        self.get, self.put = get, put
        self.analyser: Analyser = analyser or analyse
        self.done = 0
        self.finished: set[int] = set()
        self.apart: set[int] = set()  # long reports sent to a worker process even alone

    def override(self, index: int) -> str | None:
        return self.overrides.get(self.reports[index].id)

    def result(
        self, index: int, analysis: ReportAnalysis, cached: bool = False, error: str | None = None
    ) -> BatchResult:
        self.done += 1
        self.finished.add(index)
        return BatchResult(index, analysis, self.done, len(self.reports), cached, error)

    def cached(self, index: int) -> BatchResult | None:
        if self.get is None:
            return None
        report = self.reports[index]
        data = self.get(report.sha1, codec.report_key(report, self.override(index)))
        if data is None:
            return None
        try:
            return self.result(index, codec.analysis_from_dict(data, report), cached=True)
        except codec.CodecError:
            return None  # stale or damaged: analyse again and overwrite

    def store(self, index: int, data: dict[str, Any]) -> None:
        if self.put is not None:
            report = self.reports[index]
            self.put(
                report.sha1,
                codec.report_key(report, self.override(index)),
                data,
            )

    def here(self, index: int) -> BatchResult:
        """Analyse one report in this process."""
        report, override = self.reports[index], self.override(index)
        try:
            analysis = self.analyser(report, override)
        except Exception as err:
            return self.result(index, _failure(report, override), error=_error_text(err))
        if self.put is not None:
            self.store(index, codec.analysis_to_dict(analysis, include_text=False))
        return self.result(index, analysis)

    def received(self, index: int, data: Any, error: str | None) -> BatchResult:
        """Turn a worker's answer into a result (and cache it)."""
        report, override = self.reports[index], self.override(index)
        if error is not None:
            return self.result(index, _failure(report, override), error=error)
        self.store(index, data)
        return self.result(index, codec.analysis_from_dict(data, report))


def iter_analyses(
    reports: Sequence[Report],
    dct_overrides: Mapping[str, str] | None = None,
    *,
    get: CacheGet | None = None,
    put: CachePut | None = None,
    workers: int | None = None,
    first: int = 0,
    stop: threading.Event | None = None,
    start_method: str | None = None,
    analyser: Analyser | None = None,
    wanted: Wanted | None = None,
    apart_chars: int | None = None,
) -> Generator[BatchResult, None, None]:
    """Yield each report's analysis as it finishes: ``first`` at once, cache hits, then the rest.

    ``workers`` forces the process count (1 = this process only); by default a pool of one process
    per core is used when the uncached work would take over ``POOL_PAYS_AFTER`` seconds here, judged
    by the time the first report took. Setting ``stop`` ends the batch early; ``start_method``
    forces a multiprocessing start method (default: fork if single-threaded, else forkserver).
    ``analyser`` replaces the pipeline (e.g. a test's stand-in) and runs in this process only.
    ``wanted`` is asked between reports for the index of one the user now wants; it is done next,
    here (a report already finished or out of range is ignored). Each report is yielded once.
    Reports of at least ``apart_chars`` characters go to a worker process even alone (``first``
    too, then not first): an interface in this process keeps its interpreter, and ``stop`` works.
    """
    batch = _Batch(reports, dct_overrides or {}, get, put, analyser)
    if analyser is not None or workers == 1:
        workers, apart_chars = 1, None  # a stand-in may not survive pickling into a worker
    if not reports:
        return
    if apart_chars is not None:
        batch.apart = {i for i, r in enumerate(reports) if len(r.text) >= apart_chars}
    first = first if 0 <= first < len(reports) else 0
    rate: float | None = None
    todo: list[int] = []
    head = batch.cached(first)
    if head is None and first in batch.apart:
        todo.append(first)
    elif head is None:
        began = time.perf_counter()
        head = batch.here(first)
        rate = (time.perf_counter() - began) / max(len(reports[first].text), RATE_MIN_CHARS)
    if head is not None:
        yield head
    for index in range(len(reports)):
        if index == first:
            continue
        if stop is not None and stop.is_set():
            return
        hit = batch.cached(index)
        if hit is None:
            todo.append(index)
        else:
            yield hit
    count = plan_workers([reports[i] for i in todo], workers, rate)
    if count > 1:
        todo = yield from _in_pool(batch, todo, count, stop, start_method, wanted)
    elif batch.apart & set(todo):
        apart = [i for i in todo if i in batch.apart]
        left = yield from _in_pool(batch, apart, 1, stop, start_method, wanted)
        todo = [i for i in todo if i not in batch.apart] + left
    for index in todo:
        if stop is not None and stop.is_set():
            return
        yield from _wanted_first(batch, wanted)
        if index not in batch.finished:
            yield batch.here(index)


def _wanted_first(batch: _Batch, wanted: Wanted | None) -> Iterator[BatchResult]:
    """Analyse here every report the user asked for since the last look, latest first."""
    while wanted is not None and (index := wanted()) is not None:
        if 0 <= index < len(batch.reports) and index not in batch.finished | batch.apart:
            yield batch.here(index)


def _in_pool(
    batch: _Batch,
    todo: list[int],
    count: int,
    stop: threading.Event | None,
    start_method: str | None,
    wanted: Wanted | None = None,
) -> Generator[BatchResult, None, list[int]]:
    """Run ``todo`` in a process pool; return what is left to do here if the pool broke."""
    chunks = _chunks([(i, batch.reports[i], batch.override(i)) for i in todo], count)
    pending: dict[Future[list[tuple[int, Any, str | None]]], list[int]] = {}
    finished: set[int] = set()
    context = _pool_context(start_method)
    if context.get_start_method() == "fork":  # the workers are copies of this process: warm it
        from incident_reader.core.analysis import warm_up

        warm_up()
    _start_helpers(context.get_start_method())
    pool = ProcessPoolExecutor(max_workers=min(count, len(chunks)), mp_context=context)
    try:
        for chunk in chunks:
            pending[pool.submit(_work, chunk)] = [item[0] for item in chunk]
        while pending:
            yield from _wanted_first(batch, wanted)  # the workers meanwhile go on with theirs
            done, _ = wait(pending, timeout=0.2, return_when=FIRST_COMPLETED)
            if stop is not None and stop.is_set():
                return []
            for future in sorted(done, key=lambda f: pending[f][0]):
                del pending[future]
                for index, data, error in future.result():
                    finished.add(index)
                    if index not in batch.finished:  # not already done here for the user
                        yield batch.received(index, data, error)
    except BrokenProcessPool:
        pass  # a worker died (out of memory, killed): finish the rest in this process
    finally:
        if pending and stop is not None and stop.is_set():
            _end_workers(pool)
        pool.shutdown(wait=not pending, cancel_futures=True)
    return [i for i in todo if i not in finished]


def _end_workers(pool: ProcessPoolExecutor) -> None:
    """Stop a stopped batch's workers now: one may be minutes into a long report, and the
    interpreter waits for pool workers before it exits."""
    for process in list(getattr(pool, "_processes", {}).values()):
        try:
            process.terminate()
        except (OSError, ValueError, AttributeError):
            continue


def analyse_many(
    reports: Sequence[Report],
    dct_overrides: Mapping[str, str] | None = None,
    *,
    get: CacheGet | None = None,
    put: CachePut | None = None,
    workers: int | None = None,
    first: int = 0,
    on_result: Callable[[BatchResult], None] | None = None,
    start_method: str | None = None,
    analyser: Analyser | None = None,
) -> list[ReportAnalysis]:
    """Analyse every report (see ``iter_analyses``) and return the analyses in input order."""
    out: list[ReportAnalysis | None] = [None] * len(reports)
    for result in iter_analyses(
        reports,
        dct_overrides,
        get=get,
        put=put,
        workers=workers,
        first=first,
        start_method=start_method,
        analyser=analyser,
    ):
        out[result.index] = result.analysis
        if on_result is not None:
            on_result(result)
    return [a for a in out if a is not None]
