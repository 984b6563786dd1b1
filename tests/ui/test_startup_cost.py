"""What the reader saves at start-up keeps its behaviour: the cycle collector comes back once the
reader is ready, the help's columns draw as a rich grid would, messages a thread posts while the
app closes are dropped, not raised, quitting does not wait for a busy extraction, and `r` gives a
failed analysis another try."""

from __future__ import annotations

import gc
import threading
import time
from collections.abc import Iterator
from datetime import datetime

import pytest
from rich.console import Console
from rich.measure import Measurement
from rich.segment import Segment
from rich.table import Table

from incident_reader.core.loading import _is_date, iso_to_timex
from incident_reader.core.model import Report, ReportAnalysis
from incident_reader.ui import collection
from incident_reader.ui.app import ReaderApp
from incident_reader.ui.extraction import QUIT_GRACE, Arrival, Extraction
from incident_reader.ui.keys import SYMBOLS
from incident_reader.ui.screens.help import HelpScreen, KeyColumns, key_rows
from tests.ui.conftest import fixture_app, fixture_corpus, reader, settle
from tests.ui.fakes import fake_analyse


@pytest.fixture
def collector_on() -> Iterator[None]:
    """The collector is on before the test and after it, whatever the test did."""
    gc.enable()
    yield
    collection.release()
    gc.enable()


def test_hold_turns_the_collector_off_until_release(collector_on: None) -> None:
    collection.hold()
    assert not gc.isenabled() and collection.held()
    collection.release()
    assert gc.isenabled() and not collection.held()
    collection.release()  # a second release changes nothing
    assert gc.isenabled()


def test_release_leaves_a_collector_someone_else_turned_off(collector_on: None) -> None:
    gc.disable()
    collection.hold()  # it was off already: not ours to turn on
    collection.release()
    assert not gc.isenabled()


async def test_the_reader_turns_the_collector_back_on_once_started(collector_on: None) -> None:
    collection.hold()
    app = fixture_app()
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        assert app._started
        assert gc.isenabled() and not collection.held()


async def test_a_key_typed_at_start_still_opens_the_help_with_the_collector_held(
    collector_on: None,
) -> None:
    collection.hold()
    app = fixture_app()
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.press("question_mark")
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)
        assert gc.isenabled()


def _lines(console: Console, renderable: Table | KeyColumns, width: int) -> list[list[Segment]]:
    return console.render_lines(renderable, console.options.update_width(width))


# Rows of my own beside the help's: a dim row, blank and heading rows, wide and typographic
# characters, a term of several words and a meaning longer than any width tried.
ODD_ROWS: list[tuple[str, str, str | None]] = [
    ("a / b", "one two three four five six seven eight nine ten eleven twelve", None),
    ("", "", None),
    ("coming", "", None),
    ("z", "kept for a later view, several words long so that it wraps", "dim"),
    ("✓  ✗  ?", "marks drawn — “quoted” words and a verylongwordwithoutanyspaces", None),
    ("q", "two  spaces inside and one after ", None),
    ("tab", "a\ttab and\na new line", "dim"),
]


@pytest.mark.parametrize(
    "rows",
    [
        key_rows(),
        [(s, m, None) for s, m in SYMBOLS],
        ODD_ROWS,
    ],
    ids=["keys", "symbols", "odd"],
)
def test_the_help_columns_draw_and_measure_as_a_rich_grid_at_every_width(
    rows: list[tuple[str, str, str | None]],
) -> None:
    console = Console(width=200, color_system="truecolor", file=open("/dev/null", "w"))  # noqa: SIM115
    columns = KeyColumns(rows)
    for width in range(4, 130):
        options = console.options.update_width(width)
        table = columns._table()
        assert _lines(console, columns, width) == _lines(console, table, width), width
        measured = Measurement.get(console, options, columns)
        assert measured == Measurement.get(console, options, table), width


def test_the_help_columns_are_laid_out_once_per_width(monkeypatch: pytest.MonkeyPatch) -> None:
    console = Console(width=120, color_system="truecolor", file=open("/dev/null", "w"))  # noqa: SIM115
    layouts: list[int] = []
    original = KeyColumns._layout

    def counted(self: KeyColumns, console: Console, width: int) -> list[Segment]:
        layouts.append(width)
        return original(self, console, width)

    monkeypatch.setattr(KeyColumns, "_layout", counted)
    columns = KeyColumns(key_rows())
    first = _lines(console, columns, 86)
    for _ in range(3):
        assert _lines(console, columns, 86) == first
    assert layouts == [86]
    assert _lines(console, columns, 40) != first  # another width: laid out again, wrapped
    assert layouts == [86, 40]
    assert _lines(console, columns._table(), 86) == first  # the same rows, drawn by rich


async def test_analyses_arriving_after_the_screens_went_are_dropped() -> None:
    app = fixture_app()
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        report = app.state.reports[0]
    assert not app.screen_stack
    arrival = Arrival(report.id, fake_analyse(report))
    app.extraction_arrived(Extraction.Arrived(1, [arrival], 1, 1))  # no IndexError
    failed = Arrival(report.id, fake_analyse(report), error="boom")
    app.extraction_arrived(Extraction.Arrived(1, [failed], 1, 1))


async def test_quitting_before_the_background_starts_does_not_raise() -> None:
    """The footer, extraction and watcher start after a short grace; a quit inside it leaves
    that timer to fire with the screens gone (screenshots/render.py hit it: IndexError)."""
    app = fixture_app()
    async with app.run_test(size=(120, 30)):
        pass  # no pause: the grace's timer has not fired yet
    assert not app.screen_stack and not app._started
    app._start_background()  # what the timer does as the app closes
    assert app._started


class CancelledWorker:
    """The part of a Textual worker extraction reads: cancelled as the app quits."""

    def __init__(self) -> None:
        self.cancelled_event = threading.Event()

    @property
    def is_cancelled(self) -> bool:
        return self.cancelled_event.is_set()


def _quit_while_busy(blocks_at: int) -> tuple[float, threading.Event]:
    """Run extraction detached with an analyser that blocks on its ``blocks_at``-th report (as a
    first import of the pipeline would), cancel it, and time how long the worker took to return."""
    reports = fixture_corpus().reports
    busy, release = threading.Event(), threading.Event()
    calls: list[str] = []

    def analyser(report: Report, dct: str | None = None) -> ReportAnalysis:
        calls.append(report.id)
        if len(calls) > blocks_at:
            busy.set()
            release.wait(30)
        return fake_analyse(report, dct)

    worker = CancelledWorker()
    returned: list[float] = []

    def wait_for_run() -> None:
        extraction = Extraction(None, analyser)
        extraction.run_detached(1, reports, {}, lambda message: None, worker)  # type: ignore[arg-type]
        returned.append(time.monotonic())

    waiter = threading.Thread(target=wait_for_run, daemon=True)
    waiter.start()
    assert busy.wait(10)
    cancelled = time.monotonic()
    worker.cancelled_event.set()  # what Textual does to every worker as the app exits
    waiter.join(10)
    assert returned, "the worker was still waiting for the extraction"
    return returned[0] - cancelled, release


def test_quitting_does_not_wait_for_an_extraction_busy_before_its_first_result() -> None:
    took, release = _quit_while_busy(blocks_at=0)
    release.set()
    assert took < 1.0


def test_quitting_gives_a_run_with_results_a_short_grace_only() -> None:
    took, release = _quit_while_busy(blocks_at=1)
    release.set()
    assert QUIT_GRACE <= took + 0.05 and took < QUIT_GRACE + 1.0


async def test_r_analyses_a_failed_report_again() -> None:
    failures_left = {"count": 1}

    def flaky(report: Report, dct: str | None = None) -> ReportAnalysis:
        if failures_left["count"] and report.id == corpus.reports[0].id:
            failures_left["count"] -= 1
            raise RuntimeError("the tagger ran out of memory")
        return fake_analyse(report, dct)

    corpus = fixture_corpus()
    app = ReaderApp(corpus, analyser=flaky)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        first = corpus.reports[0].id
        assert first in app.state.failures and first not in app.state.analyses
        await pilot.press("r")
        await settle(pilot)
        assert first not in app.state.failures
        assert first in app.state.analyses
        timeline = reader(pilot).timeline
        assert not any("ran out of memory" in str(row) for row in timeline.rows)


@pytest.mark.parametrize(
    "ymd",
    ["2018-08-14", "2024-02-29", "2023-02-29", "2018-02-30", "2018-13-01", "2018-00-10",
     "0000-01-01", "9999-12-31", "2019-04-31", "٢٠١٨-٠٨-١٤"],
)  # fmt: skip
def test_a_date_line_is_checked_as_strptime_would_without_loading_it(ymd: str) -> None:
    try:
        datetime.strptime(ymd, "%Y-%m-%d")
        real = True
    except ValueError:
        real = False
    assert _is_date(ymd) is real
    assert (iso_to_timex(f"{ymd}T07:37") is not None) is real
