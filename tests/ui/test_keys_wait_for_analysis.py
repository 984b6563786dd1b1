"""A key that needs the open report's analysis waits for it however long it takes, and the keys
typed behind it go, in order, to what it opens (never run as commands of the reader)."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

import pytest
from textual import events

from incident_reader.core.loading import load_corpus
from incident_reader.core.model import Report, ReportAnalysis
from incident_reader.core.store import DB_NAME, Store
from incident_reader.ui import app as app_module
from incident_reader.ui.app import WAITING, ReaderApp
from incident_reader.ui.screens.note import NoteScreen
from incident_reader.ui.widgets.timeline import TimelineRow
from tests.ui.conftest import FIXTURES, reader, settle
from tests.ui.fakes import fake_analyse


def key(name: str) -> events.Key:
    character = {"space": " ", "enter": "\r"}.get(name, name)
    return events.Key(name, character)


async def test_a_note_typed_while_the_analysis_is_slow_goes_into_the_note(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Any give-up limit the reader might have is made short, so that waiting past it is cheap.
    monkeypatch.setattr(app_module, "ANALYSIS_WAIT", 0.2, raising=False)
    folder = tmp_path / "corpus"
    shutil.copytree(FIXTURES, folder, ignore=shutil.ignore_patterns(DB_NAME + "*"))
    release = threading.Event()

    def slow(report: Report, dct: str | None = None) -> ReportAnalysis:
        release.wait(10)
        return fake_analyse(report, dct)

    store = Store.open(folder, reviewer="kim")
    app = ReaderApp(load_corpus([folder]), analyser=slow, store=store)
    try:
        async with app.run_test(size=(160, 48)) as pilot:
            # `e` (note), then the note's words: d, i and c are commands of the reader too.
            for name in ("e", *"did check", "enter"):
                app.post_message(key("space" if name == " " else name))
            for _ in range(60):  # past the old 8 s limit (made 0.2 s above)
                await pilot.pause(0.02)
            screen = reader(pilot)
            assert app.screen is screen, "a key ran before the analysis arrived"
            assert app.state.analysis_of(screen.report_index) is None
            said = [n.message for n in app._notifications]
            assert WAITING in said  # the user is told why nothing happens
            release.set()
            await settle(pilot)
            for _ in range(20):
                await pilot.pause(0.02)
            assert not app._held_keys
            assert app.screen is screen  # the note dialog opened and closed; nothing else open
            report = app.state.reports[screen.report_index]
            row = screen.timeline.current
            assert isinstance(row, TimelineRow)
            mark = app.state.marks.mark_of(report.id, row.entry)
            assert mark is not None and mark.note == "did check"
            assert mark.status != "inconclusive"  # `i` did not mark it
            assert not isinstance(app.screen, NoteScreen)
    finally:
        release.set()


async def test_a_note_on_a_report_opened_before_its_analysis_waits_for_it(tmp_path: Path) -> None:
    # After start-up: the first report is analysed, the next one is not yet when it is opened.
    folder = tmp_path / "corpus"
    shutil.copytree(FIXTURES, folder, ignore=shutil.ignore_patterns(DB_NAME + "*"))
    corpus = load_corpus([folder])
    first = corpus.reports[0].id
    release = threading.Event()

    def slow_after_the_first(report: Report, dct: str | None = None) -> ReportAnalysis:
        if report.id != first:
            release.wait(10)
        return fake_analyse(report, dct)

    app = ReaderApp(corpus, analyser=slow_after_the_first, store=Store.open(folder, reviewer="kim"))
    try:
        async with app.run_test(size=(160, 48)) as pilot:
            for _ in range(200):
                await pilot.pause(0.02)
                if app.state.analysis_of(0) is not None:
                    break
            screen = reader(pilot)
            await pilot.press("right_square_bracket")
            await pilot.pause(0.1)
            assert screen.report_index == 1 and app.state.analysis_of(1) is None
            await pilot.press("e", *"did", "enter")
            await pilot.pause(0.3)
            assert app.screen is screen, "a key ran before the analysis arrived"
            release.set()
            for _ in range(50):
                await pilot.pause(0.02)
                if not app._held_keys and app.screen is screen:
                    break
            assert app.screen is screen and not app._held_keys
            row = screen.timeline.current
            assert isinstance(row, TimelineRow)
            mark = app.state.marks.mark_of(corpus.reports[1].id, row.entry)
            assert mark is not None and mark.note == "did"
    finally:
        release.set()


async def test_a_note_on_a_long_report_waits_for_its_analysis(tmp_path: Path) -> None:
    # A report of 500,000+ characters is extracted apart and takes long: its keys wait all the
    # same (before, they acted on "Analysing…" at once and the note's letters ran as commands).
    from incident_reader.ui.screens.reader import LONG_REPORT_CHARS

    folder = tmp_path / "corpus"
    folder.mkdir()
    story = (FIXTURES / "a_bridge.txt").read_text(encoding="utf-8")
    filler = "\n\nThe council said the road would stay closed while engineers inspected it."
    copies = LONG_REPORT_CHARS // len(filler) + 1
    (folder / "long.txt").write_text(story + filler * copies, encoding="utf-8")
    release = threading.Event()

    def slow(report: Report, dct: str | None = None) -> ReportAnalysis:
        release.wait(10)
        return fake_analyse(report, dct)

    corpus = load_corpus([folder])
    assert len(corpus.reports[0].text) >= LONG_REPORT_CHARS
    app = ReaderApp(corpus, analyser=slow, store=Store.open(folder, reviewer="kim"))
    try:
        async with app.run_test(size=(160, 48)) as pilot:
            screen = reader(pilot)
            for _ in range(10):
                await pilot.pause(0.02)
            await pilot.press("e", *"did", "enter")
            await pilot.pause(0.3)
            assert app.screen is screen, "a key ran before the analysis arrived"
            assert app.state.analysis_of(0) is None and app._held_keys
            said = [n.message for n in app._notifications]
            assert WAITING in said
            release.set()
            report_id = corpus.reports[0].id
            noted: list[str | None] = []
            for _ in range(500):  # a 500,000-character report: its rows take a while under load
                await pilot.pause(0.02)
                marks = app.state.marks._marks.get(report_id, {})
                noted = [m.note for m in marks.values() if m.note]
                if not app._held_keys and app.screen is screen and noted:
                    break
            assert app.screen is screen and not app._held_keys
            assert noted == ["did"]  # the note went into the dialog, not to d, i, d as commands
    finally:
        release.set()


async def test_escape_cancels_the_keys_waiting_for_the_analysis_and_says_so(tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    shutil.copytree(FIXTURES, folder, ignore=shutil.ignore_patterns(DB_NAME + "*"))
    release = threading.Event()

    def slow(report: Report, dct: str | None = None) -> ReportAnalysis:
        release.wait(10)
        return fake_analyse(report, dct)

    app = ReaderApp(load_corpus([folder]), analyser=slow, store=Store.open(folder, reviewer="kim"))
    try:
        async with app.run_test(size=(160, 48)) as pilot:
            screen = reader(pilot)
            for _ in range(10):
                await pilot.pause(0.02)
            await pilot.press("e", *"did", "escape")
            await pilot.pause(0.3)
            assert not app._held_keys and app.screen is screen
            said = [str(n.message) for n in app._notifications]
            assert "Cancelled: 4 keys typed while waiting for the analysis not applied" in said
            release.set()
            await settle(pilot)
            for _ in range(10):
                await pilot.pause(0.02)
            assert app.screen is screen  # no note dialog, no date dialog: nothing was applied
            assert not app.state.dct_overrides
    finally:
        release.set()
