"""Background extraction for the reader: core.batch over the store's cache, posted in bursts.

A run is one thread worker iterating ``batch.iter_analyses``: the open report first, cache hits
next, then the rest (a process pool on both cores when the work pays for it). Results go back to
the interface thread as ``Extraction.Arrived`` messages, one per burst of ``FLUSH_SECONDS``, so a
cached launch of 1,000 reports is a handful of messages, not a thousand, and keys are never stuck
behind them; a timer sends a burst on time even while the next report takes long. Cache writes are
gathered into one transaction per burst.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from textual.message import Message
from textual.worker import Worker

from incident_reader.core.model import Report
from incident_reader.core.record import Record
from incident_reader.core.store import Store

if TYPE_CHECKING:  # analysis records load with the first analysis (core.model_analysis)
    from incident_reader.core.model import ReportAnalysis

Analyser = Callable[[Report, str | None], "ReportAnalysis"]
Post = Callable[[Message], Any]
FLUSH_SECONDS = 0.05  # a burst: short enough for a smooth bar, long enough to merge redraws
QUIT_GRACE = 0.3  # seconds a cancelled run gets to stop before the program exits without it


class Arrival(Record):
    """One finished report of a run: its analysis, or why extraction failed."""

    _fields = ("report_id", "analysis", "error", "cached")

    def __init__(
        self,
        report_id: str,
        analysis: ReportAnalysis,
        error: str | None = None,
        cached: bool = False,
    ) -> None:
        self.report_id = report_id
        self.analysis = analysis
        self.error = error
        self.cached = cached


class Progress(Record):
    """How far the runs in flight have got (for the progress bar)."""

    _fields = ("done", "total", "cached")

    def __init__(self, done: int = 0, total: int = 0, cached: int = 0) -> None:
        self.done = done
        self.total = total
        self.cached = cached

    @property
    def busy(self) -> bool:
        """Whether reports are still waiting for extraction."""
        return self.done < self.total


class Extraction:
    """Runs extraction for the app in thread workers and keeps the tally of every run."""

    class Arrived(Message):
        """A burst of finished reports from one run, and that run's progress."""

        def __init__(self, run: int, arrivals: list[Arrival], done: int, total: int) -> None:
            self.run = run
            self.arrivals = arrivals
            self.done = done
            self.total = total
            super().__init__()

    def __init__(self, store: Store | None, analyser: Analyser | None = None) -> None:
        self.store = store
        self.analyser = analyser  # None: the core pipeline (pooled); else in this process only
        self.wanted: list[str] = []  # reports the user opened before their analysis arrived
        self.cache_hits = 0  # reports served from the cache since launch (tests, benchmark)
        self._runs: dict[int, tuple[int, int, int]] = {}  # run -> (done, total, cached)
        self._next_run = 0
        self._active = 0
        self._lock = threading.Lock()

    # -- on the interface thread ---------------------------------------------------------------

    @property
    def active(self) -> bool:
        """Whether a run is scheduled or going (it will pick up ``wanted`` reports)."""
        return self._active > 0

    def scheduled(self, total: int) -> int:
        """Count in a run of ``total`` reports before its worker starts; its number."""
        with self._lock:
            self._active += 1
            self._next_run += 1
            self._runs[self._next_run] = (0, total, 0)
            return self._next_run

    def progress(self) -> Progress:
        """Progress over every run in flight (all of them finished: not busy)."""
        progress = Progress()
        for done, total, cached in self._runs.values():
            progress.done += done
            progress.total += total
            progress.cached += cached
        if not progress.busy:
            self._runs.clear()
        return progress

    def tally(self, message: Arrived) -> Progress:
        """Count a burst in and return the progress over every run in flight."""
        cached = sum(a.cached for a in message.arrivals)
        self.cache_hits += cached
        if message.run in self._runs:
            before = self._runs[message.run][2]
            self._runs[message.run] = (message.done, message.total, before + cached)
        return self.progress()

    # -- in the worker thread ------------------------------------------------------------------

    def run_detached(
        self,
        run: int,
        reports: Sequence[Report],
        overrides: dict[str, str],
        post: Post,
        worker: Worker[Any],
    ) -> None:
        """``run`` in a daemon thread, this (worker) thread waiting for it until it ends or the
        worker is cancelled. Textual's thread workers are joined when the program exits: one busy
        importing the pipeline (seconds on a first launch) held `q` until it was done. Cancelled,
        a run still importing the pipeline is left to the exit; one gets ``QUIT_GRACE`` seconds to
        stop once it has results (the cache written, a pool ended)."""
        done, begun = threading.Event(), threading.Event()

        def detached() -> None:
            try:
                self.run(run, reports, overrides, post, worker, begun=begun)
            finally:
                done.set()

        threading.Thread(target=detached, name="extraction", daemon=True).start()
        while not done.wait(0.05):
            if worker.is_cancelled:
                if begun.is_set():
                    done.wait(QUIT_GRACE)
                return

    def run(
        self,
        run: int,
        reports: Sequence[Report],
        overrides: dict[str, str],
        post: Post,
        worker: Worker[Any] | None = None,
        first: int = 0,
        begun: threading.Event | None = None,
    ) -> None:
        """Extract ``reports`` in this thread, posting bursts until done or cancelled; ``begun``
        is set at the first result."""
        try:
            self._run(run, reports, overrides, post, worker, first, begun)
        finally:
            with self._lock:
                self._active -= 1

    def _run(
        self,
        run: int,
        reports: Sequence[Report],
        overrides: dict[str, str],
        post: Post,
        worker: Worker[Any] | None,
        first: int,
        begun: threading.Event | None,
    ) -> None:
        from incident_reader.core import batch

        if not reports:
            return
        stop = worker.cancelled_event if worker is not None else threading.Event()
        cache = _Cache(self.store, reports, overrides)
        ids = {r.id: i for i, r in enumerate(reports)}
        burst = _Burst(run, len(reports), post)
        results = batch.iter_analyses(
            reports,
            overrides,
            get=cache.get if cache.usable else None,
            put=cache.put if cache.usable else None,
            first=first,
            stop=stop,
            analyser=self.analyser,
            wanted=lambda: self._take_wanted(ids),
            apart_chars=batch.APART_CHARS,  # a long report never holds the interface's interpreter
        )
        try:
            for result in results:
                if begun is not None:
                    begun.set()  # results to write to the cache: quitting waits a little for them
                arrival = Arrival(
                    reports[result.index].id, result.analysis, result.error, result.cached
                )
                if burst.add(arrival, result.done):
                    cache.flush()
        finally:
            results.close()  # stops a pool at once when the worker was cancelled
            cache.flush()
            burst.flush()

    def _take_wanted(self, ids: dict[str, int]) -> int | None:
        """The index in this run of the report the user opened last (list.pop is atomic)."""
        while self.wanted:
            try:
                report_id = self.wanted.pop()
            except IndexError:
                return None
            if report_id in ids:
                return ids[report_id]
        return None


class _Burst:
    """Results waiting to be posted: sent when the burst is old enough, or by a timer."""

    def __init__(self, run: int, total: int, post: Post) -> None:
        self.run, self.total, self.post = run, total, post
        self.items: list[Arrival] = []
        self.done = 0
        self.last = 0.0  # the first result goes at once
        self.timer: threading.Timer | None = None
        self.lock = threading.Lock()

    def add(self, arrival: Arrival, done: int) -> bool:
        """Keep a result; post the burst if it is due (True when it was posted now)."""
        with self.lock:
            self.items.append(arrival)
            self.done = done
            if done == self.total or time.monotonic() - self.last >= FLUSH_SECONDS:
                self._send()
                return True
            if self.timer is None:
                self.timer = threading.Timer(FLUSH_SECONDS, self.flush)
                self.timer.daemon = True
                self.timer.start()
            return False

    def flush(self) -> None:
        """Post whatever is waiting."""
        with self.lock:
            self._send()

    def _send(self) -> None:
        if self.timer is not None:
            self.timer.cancel()
            self.timer = None
        if self.items:
            items, self.items = self.items, []
            self.post(Extraction.Arrived(self.run, items, self.done, self.total))
            self.last = time.monotonic()


class _Cache(Record):
    """The store's extraction cache for one run: read in one query per key, written per burst."""

    _fields = ("store", "reports", "overrides", "entries", "writes", "usable")

    def __init__(
        self, store: Store | None, reports: Sequence[Report], overrides: dict[str, str]
    ) -> None:
        self.store = store
        self.reports = reports
        self.overrides = overrides
        self.entries: dict[tuple[str, str], str] = {}
        self.writes: list[tuple[str, str, str]] = []
        self.usable = False
        self._read()

    def _read(self) -> None:
        from incident_reader.core import codec

        store = self.store
        if store is None or store.error:
            return
        by_key: dict[str, list[str]] = {}
        for report in self.reports:
            key = codec.report_key(report, self.overrides.get(report.id))
            by_key.setdefault(key, []).append(report.sha1)
        try:
            for key, sha1s in by_key.items():
                for sha1, payload in store.cache_get_many(sha1s, key).items():
                    self.entries[(sha1, key)] = payload
        except Exception:  # a cache is an optimisation: a broken one is simply not used
            return
        self.usable = True

    def get(self, sha1: str, key: str) -> dict[str, Any] | None:
        """A cached analysis dict (see ``batch.text_hooks``), or None."""
        raw = self.entries.get((sha1, key))
        if raw is None:
            return None
        import json  # with the first run (after the first key), not at start-up

        try:
            data = json.loads(raw)
        except ValueError:
            return None  # damaged: analysed again and overwritten
        return data if isinstance(data, dict) else None

    def put(self, sha1: str, key: str, data: dict[str, Any]) -> None:
        """Keep a fresh analysis for the next ``flush``."""
        import json

        payload = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
        self.writes.append((sha1, key, payload))

    def flush(self) -> None:
        """Write what was gathered in one transaction (one disk sync, not one per report)."""
        if self.store is None or not self.writes:
            return
        writes, self.writes = self.writes, []
        try:
            self.store.cache_put_many(writes)
        except Exception:  # read-only or locked by another process: next launch analyses again
            return
