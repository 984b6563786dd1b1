"""While a report's analysis is still running, the reader shows what it already knows: the report
date the file gives, and for a report whose analysis takes minutes, its text to read and search."""

from __future__ import annotations

import threading
from pathlib import Path

from incident_reader.core.loading import load_corpus
from incident_reader.core.model import Report, ReportAnalysis
from incident_reader.core.store import Store
from incident_reader.ui.app import ReaderApp
from incident_reader.ui.screens.reader import LONG_REPORT_CHARS
from incident_reader.ui.widgets.report_header import ReportHeader
from tests.ui.conftest import FIXTURES, reader
from tests.ui.fakes import fake_analyse

STORY = (FIXTURES / "a_bridge.txt").read_text(encoding="utf-8")  # opens "date 2019-03-04"
FILLER = "\n\nThe council said the road would stay closed while engineers inspected it."


def gated(folder: Path) -> tuple[ReaderApp, threading.Event]:
    """A reader whose analyses wait until the returned event is set."""
    release = threading.Event()

    def slow(report: Report, dct: str | None = None) -> ReportAnalysis:
        release.wait(10)
        return fake_analyse(report, dct)

    app = ReaderApp(load_corpus([folder]), analyser=slow, store=Store.open(folder, reviewer="kim"))
    return app, release


def header_words(pilot: object) -> str:
    return reader(pilot).query_one(ReportHeader).plain  # type: ignore[arg-type]


async def test_the_header_gives_the_file_s_date_before_the_analysis_arrives(tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "bridge.txt").write_text(STORY, encoding="utf-8")
    app, release = gated(folder)
    try:
        async with app.run_test(size=(160, 48)) as pilot:
            for _ in range(10):
                await pilot.pause(0.02)
            assert app.state.analysis_of(0) is None
            words = header_words(pilot)
            assert "analysing" not in words.split("·")[0]
            assert "2019" in words and "(header line)" in words
    finally:
        release.set()


async def test_a_date_only_the_text_can_tell_waits_for_the_analysis(tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "bridge.txt").write_text(STORY.split("\n", 1)[1], encoding="utf-8")  # no header
    app, release = gated(folder)
    try:
        async with app.run_test(size=(160, 48)) as pilot:
            for _ in range(10):
                await pilot.pause(0.02)
            assert app.state.analysis_of(0) is None
            assert "Report date: analysing…" in header_words(pilot)
    finally:
        release.set()


async def test_a_long_report_opens_on_its_text_which_scrolls_before_the_analysis(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    copies = LONG_REPORT_CHARS // len(FILLER) + 1
    (folder / "long.txt").write_text(STORY + FILLER * copies, encoding="utf-8")
    app, release = gated(folder)
    try:
        async with app.run_test(size=(160, 48)) as pilot:
            for _ in range(10):
                await pilot.pause(0.02)
            screen = reader(pilot)
            assert app.state.analysis_of(0) is None
            assert screen.focused is screen.source
            said = [n.message for n in app._notifications]
            assert any("long.txt is long" in m for m in said), said
            await pilot.press("end")
            await pilot.pause(0.1)
            assert app.state.analysis_of(0) is None and not app._held_keys
            assert screen.source.scroll_y > 0  # the key acted, not held for minutes
    finally:
        release.set()


async def test_a_short_report_still_opens_on_its_timeline(tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "bridge.txt").write_text(STORY, encoding="utf-8")
    app, release = gated(folder)
    try:
        async with app.run_test(size=(160, 48)) as pilot:
            for _ in range(10):
                await pilot.pause(0.02)
            screen = reader(pilot)
            assert screen.focused is screen.timeline
    finally:
        release.set()


async def test_a_long_report_opened_later_says_why_its_lists_wait(tmp_path: Path) -> None:
    """Opened with ] after a short one (not at start, where a notice says it), a long report's
    timeline and facts say how long it is and that it takes a while; a short one's say
    "Analysing…" alone."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a_short.txt").write_text(STORY, encoding="utf-8")
    copies = LONG_REPORT_CHARS // len(FILLER) + 1
    (folder / "b_long.txt").write_text(STORY + FILLER * copies, encoding="utf-8")
    app, release = gated(folder)
    try:
        async with app.run_test(size=(160, 48)) as pilot:
            for _ in range(10):
                await pilot.pause(0.02)
            screen = reader(pilot)
            assert [getattr(r, "text", "") for r in screen.timeline.rows] == ["Analysing…"]
            await pilot.press("]")
            for _ in range(5):
                await pilot.pause(0.02)
            assert screen.report_index == 1 and app.state.analysis_of(1) is None
            for pane in (screen.timeline, screen.facts):
                said = getattr(pane.rows[0], "text", "")
                assert said.startswith("Analysing… a long report (0.") and "minutes" in said
    finally:
        release.set()
