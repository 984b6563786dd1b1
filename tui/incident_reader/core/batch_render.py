"""Analyse a folder and turn each analysis into its output where it was made (``extract``).

``batch.iter_analyses`` sends every analysis from the worker processes back to this one, which
rebuilds it and then renders it: for a headless run that only prints, the rebuilding and the
rendering cost this process CPU the workers need (two cores, three processes). Here each worker
renders its reports itself and sends back only the result (e.g. JSON text), and no report is
analysed here before the workers start: the output is the same, report for report.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from incident_reader.core import batch
from incident_reader.core.model import Report, ReportAnalysis

Render = Callable[[ReportAnalysis], Any]  # a module-level function: workers get it by name
Rendered = tuple[int, Any, str | None]  # index, render's result, the error if extraction failed


def iter_rendered(
    reports: Sequence[Report],
    render: Render,
    dct_overrides: Mapping[str, str] | None = None,
    *,
    workers: int | None = None,
    start_method: str | None = None,
) -> Iterator[Rendered]:
    """``render`` of each report's analysis (of an empty one where extraction failed, with the
    error), as each finishes: in a pool of one process per core for a large folder (``workers``
    forces the count), else here in input order."""
    overrides = dct_overrides or {}
    todo = [(i, r, overrides.get(r.id)) for i, r in enumerate(reports)]
    count = batch.plan_workers(reports, workers)
    left = todo
    if count > 1:
        done: set[int] = set()
        for item in _in_pool(todo, render, count, start_method):
            done.add(item[0])
            yield item
        left = [item for item in todo if item[0] not in done]  # the pool broke: the rest here
    for item in left:
        yield from _work([item], render)


def _work(chunk: list[tuple[int, Report, str | None]], render: Render) -> list[Rendered]:
    """Analyse and render a chunk of reports (in a worker, or here)."""
    out: list[Rendered] = []
    for index, report, override in chunk:
        try:
            analysis, error = batch.analyse(report, override), None
        except Exception as err:
            analysis, error = batch._failure(report, override), batch._error_text(err)
        out.append((index, render(analysis), error))
    return out


def _in_pool(
    todo: list[tuple[int, Report, str | None]],
    render: Render,
    count: int,
    start_method: str | None,
) -> Iterator[Rendered]:
    """Run ``todo`` in a process pool, yielding results as chunks finish (until it breaks)."""
    chunks = batch._chunks(todo, count)
    context = batch._pool_context(start_method)
    if context.get_start_method() == "fork":  # the workers are copies of this process: warm it
        from incident_reader.core.analysis import warm_up

        warm_up()  # (a forked pool's queues need no resource tracker: none is started for it)
    else:
        batch._start_helpers(context.get_start_method())
    pool = ProcessPoolExecutor(max_workers=min(count, len(chunks)), mp_context=context)
    pending: set[Future[list[Rendered]]] = set()
    try:
        pending = {pool.submit(_work, chunk, render) for chunk in chunks}
        while pending:
            finished, pending = wait(pending, return_when=FIRST_COMPLETED)
            for future in finished:
                yield from future.result()
    except BrokenProcessPool:
        pass  # a worker died (out of memory, killed): the caller does the rest here
    finally:
        pool.shutdown(wait=not pending, cancel_futures=True)
