"""Background extraction: first text at once, a progress bar, the cache, a responsive interface."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from textual.pilot import Pilot

from incident_reader.core.loading import load_corpus
from incident_reader.core.model import Report, ReportAnalysis
from incident_reader.core.store import Store
from incident_reader.ui.app import ReaderApp
from incident_reader.ui.screens.reader import ReaderScreen
from incident_reader.ui.widgets.progress import ExtractionProgress, progress_text
from incident_reader.ui.widgets.row_list import TextRow
from incident_reader.ui.widgets.timeline import TimelineRow
from tests.ui.conftest import reader, settle
from tests.ui.fakes import fake_analyse

NAMES = ("a", "b", "c", "d", "e")


def write_folder(folder: Path, names: tuple[str, ...] = NAMES) -> Path:
    """A folder of small reports, one time expression each."""
    folder.mkdir(parents=True, exist_ok=True)
    for n, name in enumerate(names):
        (folder / f"{name}.txt").write_text(
            f"date 2024-05-0{n + 1}\nAt {n + 1}.30am a crane fell in {name}.\n", encoding="utf-8"
        )
    return folder


def gate(on: str, release: threading.Event, calls: list[str]) -> Callable[..., ReportAnalysis]:
    """The fake analyser, holding report ``on`` until ``release`` is set."""

    def analyse(report: Report, dct: str | None = None) -> ReportAnalysis:
        calls.append(report.id)
        if report.id == on:
            release.wait(5)
        return fake_analyse(report, dct)

    return analyse


def counted(calls: list[str]) -> Callable[..., ReportAnalysis]:
    """The fake analyser, noting each report it is asked for."""
    return gate("", threading.Event(), calls)


async def until(pilot: Pilot[None], check: Callable[[], bool], tries: int = 100) -> None:
    """Let the app run until ``check`` holds (at most ``tries`` short pauses)."""
    for _ in range(tries):
        if check():
            return
        await pilot.pause(0.02)
    assert check()


def bar(pilot: Pilot[None]) -> ExtractionProgress:
    return reader(pilot).query_one(ExtractionProgress)


async def test_the_first_report_text_shows_before_its_analysis(tmp_path: Path) -> None:
    release, calls = threading.Event(), list[str]()
    app = ReaderApp(load_corpus([write_folder(tmp_path)]), analyser=gate("a", release, calls))
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        screen = reader(pilot)
        assert screen.source.text == app.state.reports[0].text  # on screen, not analysed yet
        waiting = screen.timeline.rows[0]
        assert isinstance(waiting, TextRow) and waiting.text == "Analysing…"
        assert "a" not in app.state.analyses
        release.set()
        await settle(pilot)
        assert isinstance(screen.timeline.current, TimelineRow)


async def test_progress_shows_done_of_total_while_keys_are_handled_then_hides(
    tmp_path: Path,
) -> None:
    release, calls = threading.Event(), list[str]()
    app = ReaderApp(load_corpus([write_folder(tmp_path)]), analyser=gate("c", release, calls))
    async with app.run_test(size=(120, 30)) as pilot:
        await until(pilot, lambda: bar(pilot).done == 2)  # a, b done; c holds the run
        assert bar(pilot).display and bar(pilot).total == 5
        assert "Extracting" in bar(pilot).plain and "2/5" in bar(pilot).plain
        screen = reader(pilot)
        await pilot.press("right_square_bracket")  # the interface answers during extraction
        assert screen.report_index == 1
        assert isinstance(screen.timeline.current, TimelineRow)  # b's analysis is shown
        release.set()
        await settle(pilot)
        assert not bar(pilot).display and bar(pilot).plain == ""
        assert len(app.state.analyses) == 5
        assert sorted(calls) == list(NAMES)  # each report analysed once


async def test_a_second_launch_takes_every_report_from_the_cache(tmp_path: Path) -> None:
    folder = write_folder(tmp_path / "corpus")
    calls: list[str] = []
    first = ReaderApp(
        load_corpus([folder]),
        analyser=gate("-", threading.Event(), calls),
        store=Store.open(folder),
    )
    async with first.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        assert first.extraction.cache_hits == 0 and len(calls) == len(NAMES)
        shown = {rid: a.timeline for rid, a in first.state.analyses.items()}
    calls.clear()
    again = ReaderApp(
        load_corpus([folder]),
        analyser=gate("-", threading.Event(), calls),
        store=Store.open(folder),
    )
    async with again.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        assert again.extraction.cache_hits == len(NAMES)
        assert calls == []  # nothing analysed again
        assert {rid: a.timeline for rid, a in again.state.analyses.items()} == shown
        assert not bar(pilot).display


async def test_a_changed_dct_is_not_served_from_the_cache(tmp_path: Path) -> None:
    folder = write_folder(tmp_path / "corpus", ("a", "b"))
    calls: list[str] = []
    store = Store.open(folder)
    app = ReaderApp(
        load_corpus([folder]), analyser=gate("-", threading.Event(), calls), store=store
    )
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        app.post_message(ReaderScreen.DctChosen("a", "2020-01-01"))
        await settle(pilot)
        assert calls == ["a", "b", "a"]
        assert app.state.analyses["a"].dct == "2020-01-01"


def test_progress_text_is_cut_to_the_width() -> None:
    text = progress_text(120, 1000, 100, 200, lambda _: "")
    assert text.plain.startswith("Extracting ") and text.plain.endswith(
        " 120/1000 · 100 from cache"
    )
    assert len(progress_text(1, 3, 0, 10, lambda _: "").plain) == 10
