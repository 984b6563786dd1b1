"""An Enter typed while the reader starts (before the terminal leaves line mode, so it arrives as
ctrl+j) closes the dialog a held key opened, as it would once the reader is ready."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

from textual import events

from incident_reader.core.loading import load_corpus
from incident_reader.core.store import DB_NAME, Store
from incident_reader.ui.app import ReaderApp
from incident_reader.ui.widgets.timeline import TimelineRow
from tests.terminal import drain, read_until, spawn_reader
from tests.ui.conftest import FIXTURES, reader, settle
from tests.ui.fakes import fake_analyse


def key(name: str) -> events.Key:
    return events.Key(name, {"space": " ", "ctrl+j": "\n"}.get(name, name))


async def test_an_enter_typed_at_start_keeps_the_note_its_e_opened(tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    shutil.copytree(FIXTURES, folder, ignore=shutil.ignore_patterns(DB_NAME + "*"))
    app = ReaderApp(
        load_corpus([folder]), analyser=fake_analyse, store=Store.open(folder, reviewer="kim")
    )
    async with app.run_test(size=(120, 30)) as pilot:
        # What a terminal still in line mode delivers for `j v e early note <Enter>`.
        for name in ("j", "v", "e", *"early", "space", *"note", "ctrl+j"):
            app.post_message(key(name))
        await settle(pilot)
        for _ in range(50):
            await pilot.pause(0.02)
            if not app._held_keys and app.screen is reader(pilot):
                break
        screen = reader(pilot)
        assert app.screen is screen, f"{type(app.screen).__name__} still open"
        row = screen.timeline.current
        assert isinstance(row, TimelineRow)
        report = app.state.reports[screen.report_index]
        mark = app.state.marks.mark_of(report.id, row.entry)
        assert mark is not None and mark.status == "verified" and mark.note == "early note"


def test_keys_and_enter_sent_before_the_reader_draws_keep_the_note(tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    shutil.copytree(FIXTURES, folder, ignore=shutil.ignore_patterns(DB_NAME + "*"))
    proc, fd = spawn_reader(str(folder), columns=120, lines=30)
    try:
        os.write(fd, b"jve")  # at once: the terminal is still in line mode (CR -> LF)
        os.write(fd, b"early note\r")
        read_until(fd, b"Note on", 30)
        time.sleep(1.5)
        drain(fd)
        os.write(fd, b"q")
        deadline = time.monotonic() + 10
        while proc.poll() is None and time.monotonic() < deadline:
            drain(fd)
            time.sleep(0.05)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        os.close(fd)
    store = Store.open(folder, reviewer="kim")
    assert "early note" in [mark.note for mark in store.all_marks()]
