"""Keys typed while the reader is still starting are applied once it is ready, never dropped."""

from __future__ import annotations

import os
import subprocess
import time
from pathlib import Path

from textual import events

from tests.terminal import drain, read_until, spawn_reader
from tests.ui.conftest import fixture_app, reader, settle

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
