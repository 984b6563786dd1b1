"""Keys typed while the reader is still starting are applied once it is ready, never dropped."""

from __future__ import annotations

import os
import subprocess
import threading
import time
from pathlib import Path

from textual import events

from incident_reader.core.model import Report, ReportAnalysis
from incident_reader.ui.app import ReaderApp
from tests.terminal import drain, read_until, spawn_reader
from tests.ui.conftest import fixture_app, fixture_corpus, reader, settle
from tests.ui.fakes import fake_analyse

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
FIRST = sorted(p.name for p in SEEDS.glob("*.txt"))[0].encode()


def stop(proc: subprocess.Popen[bytes], fd: int) -> None:
    """Close the help, quit, and make sure the process is gone."""
    for key in (b"\x1b", b"q"):
        time.sleep(0.2)  # an escape on its own, not the start of alt+q
        drain(fd)
        os.write(fd, key)
    deadline = time.monotonic() + 3  # extraction threads may hold a quit back; not tested here
    while proc.poll() is None and time.monotonic() < deadline:
        drain(fd)
        time.sleep(0.05)
    if proc.poll() is None:
        proc.kill()
        proc.wait()
    os.close(fd)


def test_a_key_sent_the_moment_the_text_appears_acts_in_ten_launches(tmp_path: Path) -> None:
    acted = 0
    for _ in range(10):
        proc, fd = spawn_reader(str(SEEDS), "--db", str(tmp_path / "marks.db"))
        try:
            shown = read_until(fd, FIRST, 30)
            assert FIRST in shown, "the reader never drew its first report"
            os.write(fd, b"?")  # at once: the lists are usually not mounted yet
            after = read_until(fd, b"this help", 15)
            acted += b"this help" in after
        finally:
            stop(proc, fd)
    assert acted == 10


async def test_keys_held_before_the_lists_are_mounted_run_in_order() -> None:
    app = fixture_app()
    async with app.run_test(size=(160, 48)) as pilot:
        screen = reader(pilot)
        # Typed before the first frame: the lists (and the screen's key handling) are not there.
        for key in ("right_square_bracket", "t", "j"):
            app.post_message(events.Key(key, None))
        await settle(pilot)
        await pilot.pause(0.1)
        assert screen.report_index == 1  # `]` went to the next report
        assert screen.facts.display  # `t` showed the facts
        assert screen.facts.has_focus


def gated_app() -> tuple[ReaderApp, threading.Event]:
    """A reader whose analyses wait until the returned event is set."""
    release = threading.Event()

    def gated(report: Report, dct: str | None = None) -> ReportAnalysis:
        release.wait(5)
        return fake_analyse(report, dct)

    return ReaderApp(fixture_corpus(), analyser=gated), release


async def test_a_timeline_key_typed_at_start_waits_for_the_timeline_then_moves_in_it() -> None:
    plain = fixture_app()
    async with plain.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.press("j")
        await pilot.pause()
        moved_to = reader(pilot).timeline.cursor  # where j goes once the timeline is there

    app, release = gated_app()
    async with app.run_test(size=(160, 48)) as pilot:
        app.post_message(events.Key("j", None))  # typed before the timeline has arrived
        for _ in range(30):
            await pilot.pause(0.01)
        screen = reader(pilot)
        assert app._held_keys, "j acted on the placeholder instead of waiting"
        release.set()
        await settle(pilot)
        await pilot.pause(0.1)
        assert not app._held_keys
        assert screen.timeline.cursor == moved_to != screen._indexes["timeline"].first()


async def test_keys_that_do_not_need_the_timeline_act_while_it_is_extracted() -> None:
    app, release = gated_app()
    try:
        async with app.run_test(size=(160, 48)) as pilot:
            for _ in range(30):
                await pilot.pause(0.01)
            await pilot.press("question_mark")  # the help: nothing to wait for
            await pilot.pause(0.1)
            assert type(app.screen).__name__ == "HelpScreen"
            await pilot.press("escape")
            await pilot.pause(0.1)
            await pilot.press("j", "q")  # j waits for the timeline; q quits all the same
            await pilot.pause(0.3)
            assert app.return_code == 0  # quit, not held behind j
    finally:
        release.set()


def test_the_reader_s_long_report_is_the_one_extracted_apart() -> None:
    from incident_reader.core.batch import APART_CHARS
    from incident_reader.ui.screens.reader import LONG_REPORT_CHARS

    assert LONG_REPORT_CHARS == APART_CHARS
