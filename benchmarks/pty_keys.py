"""A program in a pseudo-terminal, a key sent the moment it draws, and when the key's effect shows.

Shared by ``bench_reader.py`` (launch-to-first-key-acted-on, the reader against a bare Textual
app) and ``tests/ui/test_early_keys.py`` (a key typed at start is never lost).
"""

from __future__ import annotations

import os
import pty
import select
import subprocess
import time
from dataclasses import dataclass

# A bare Textual app whose `?` shows a screen: the baseline for launch-to-key-acted-on.
BARE_KEY_APP = """
from textual.app import App
from textual.screen import Screen
from textual.widgets import Static


class Shown(Screen):
    def compose(self):
        yield Static("bare-key-acted")


class Bare(App):
    BINDINGS = [("q", "quit"), ("question_mark", "push_screen('shown')")]
    SCREENS = {"shown": Shown}

    def compose(self):
        yield Static("bare-app-drawn")


Bare().run()
"""


@dataclass(frozen=True)
class KeyLaunch:
    """Seconds from launch until it drew ``ready``, and until the key's effect was drawn."""

    drawn_s: float | None
    acted_s: float | None


def launch_and_press(
    cmd: list[str],
    ready: str,
    key: bytes,
    acted: str,
    env: dict[str, str],
    timeout: float = 30,
    size: tuple[int, int] = (160, 48),
) -> KeyLaunch:
    """Start ``cmd`` in a pty; send ``key`` as soon as ``ready`` is written; wait for ``acted``."""
    parent, child = pty.openpty()
    os.set_blocking(parent, False)
    columns, lines = size
    began = time.time()
    proc = subprocess.Popen(
        cmd,
        stdin=child,
        stdout=child,
        stderr=child,
        env={**env, "TERM": "xterm-256color", "COLUMNS": str(columns), "LINES": str(lines)},
        close_fds=True,
    )
    os.close(child)
    seen = b""
    drawn: float | None = None
    done: float | None = None
    mark = 0  # the effect is looked for only in what was written after the key
    end = began + timeout
    while time.time() < end and done is None:
        ready_fds, _, _ = select.select([parent], [], [], 0.005)
        if not ready_fds:
            continue
        try:
            seen += os.read(parent, 1 << 16)
        except OSError:
            break
        if drawn is None and ready.encode() in seen:
            drawn = time.time()
            os.write(parent, key)
            mark = len(seen)
        elif drawn is not None and acted.encode() in seen[mark:]:
            done = time.time()
    for quit_key in (b"\x1b", b"q", b"\x11"):  # close what the key opened, then quit
        try:
            os.write(parent, quit_key)
        except OSError:
            break
        time.sleep(0.05)
    try:
        proc.wait(10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
    os.close(parent)
    return KeyLaunch(
        drawn - began if drawn else None,
        done - began if done else None,
    )
