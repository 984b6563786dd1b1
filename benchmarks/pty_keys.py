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
from pathlib import Path

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
    cpu_s: float | None = None  # the program's CPU time (user + system) when the key had acted


def cpu_seconds(pid: int) -> float | None:
    """A process's CPU time so far (Linux /proc; 10 ms steps): unlike wall time, hardly moved by
    other programs sharing the machine."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _drain_for(fd: int, seconds: float) -> bool:
    """Read (and discard) what the program writes for ``seconds``; False once the pty closed."""
    end = time.time() + seconds
    while time.time() < end:
        if select.select([fd], [], [], 0.02)[0]:
            try:
                if not os.read(fd, 1 << 16):
                    return False
            except OSError:
                return False
    return True


def _quit(proc: subprocess.Popen[bytes], fd: int) -> None:
    """Close what the key opened, then quit: an escape on its own (not the start of alt+q), q,
    and ctrl+q if q did not end it; killed only if none did."""
    for quit_key, wait in ((b"\x1b", 0.25), (b"q", 5.0), (b"\x11", 10.0)):
        try:
            os.write(fd, quit_key)
        except OSError:
            break
        end = time.time() + wait
        while proc.poll() is None and time.time() < end and _drain_for(fd, 0.05):
            pass
        if proc.poll() is not None:
            break
    if proc.poll() is None:
        proc.kill()
    proc.wait()


def launch_and_press(
    cmd: list[str],
    ready: str,
    key: bytes,
    acted: str,
    env: dict[str, str],
    timeout: float = 30,
    size: tuple[int, int] = (160, 48),
    linger: float = 0.0,
) -> KeyLaunch:
    """Start ``cmd`` in a pty; send ``key`` as soon as ``ready`` is written; wait for ``acted``.

    ``linger`` keeps the program running that many seconds after the key acted (e.g. so the
    reader fills its cache) before it is quit.
    """
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
    cpu: float | None = None
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
            cpu = cpu_seconds(proc.pid)
    _drain_for(parent, linger)
    _quit(proc, parent)
    os.close(parent)
    return KeyLaunch(
        drawn - began if drawn else None,
        done - began if done else None,
        cpu,
    )
