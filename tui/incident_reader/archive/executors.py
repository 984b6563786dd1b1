"""Where batches run: a Dask cluster (local or at a scheduler address) or a local process pool.

Both give the runner the same two calls, ``submit(batch)`` and ``next_done()``, so the output of
the two is the same by construction and the benchmark can compare them fairly.
"""

from __future__ import annotations

from collections.abc import Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from typing import Any, Protocol

from incident_reader.archive.source import Item
from incident_reader.archive.work import analyse_batch

Result = list[tuple[int, bool, bytes]]


class Executor(Protocol):
    """Runs ``analyse_batch`` somewhere; hands back results as they complete."""

    workers: int

    def submit(self, batch: Sequence[Item]) -> int: ...
    def next_done(self) -> tuple[int, Result]: ...
    def close(self) -> None: ...


class ExecutorError(Exception):
    """The cluster cannot be reached or started (one line for the user)."""


class PoolExecutor:
    """The built-in process pool of this machine."""

    def __init__(self, workers: int) -> None:
        import multiprocessing

        self.workers = workers
        self._pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"))
        self._pending: dict[Future[Result], int] = {}
        self._ticket = 0

    def submit(self, batch: Sequence[Item]) -> int:
        self._ticket += 1
        self._pending[self._pool.submit(analyse_batch, list(batch))] = self._ticket
        return self._ticket

    def next_done(self) -> tuple[int, Result]:
        done, _ = wait(self._pending, return_when=FIRST_COMPLETED)
        future = min(done, key=lambda f: self._pending[f])
        return self._pending.pop(future), future.result()

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)


class DaskExecutor:
    """A Dask cluster: a local one of ``workers`` processes, or the one at ``scheduler``."""

    def __init__(self, workers: int, scheduler: str | None = None) -> None:
        try:
            from distributed import Client, LocalCluster, as_completed
        except ImportError as err:
            raise ExecutorError(
                "Dask is not installed: pip install 'incident-reader[archive]'"
            ) from err
        self._cluster: Any = None
        try:
            if scheduler:
                self._client = Client(scheduler, timeout="10s")
            else:
                self._cluster = LocalCluster(
                    n_workers=workers, threads_per_worker=1, processes=True,
                    dashboard_address=None, silence_logs=50,  # no tracebacks as it closes
                )  # fmt: skip
                self._client = Client(self._cluster)
        except OSError as err:
            raise ExecutorError(f"cannot reach the Dask scheduler {scheduler}: {err}") from err
        info = self._client.scheduler_info()
        self.workers = max(1, len(info.get("workers", {})) or workers)
        self._done = as_completed()
        self._tickets: dict[Any, int] = {}
        self._ticket = 0

    def submit(self, batch: Sequence[Item]) -> int:
        self._ticket += 1
        future = self._client.submit(analyse_batch, list(batch), pure=False)
        self._tickets[future.key] = self._ticket
        self._done.add(future)
        return self._ticket

    def next_done(self) -> tuple[int, Result]:
        future = next(self._done)
        ticket = self._tickets.pop(future.key)
        result = future.result()
        future.release()
        return ticket, result

    def close(self) -> None:
        self._client.close()
        if self._cluster is not None:
            self._cluster.close()
