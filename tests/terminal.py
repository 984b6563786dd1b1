"""Run the real reader in a pseudo-terminal, as a user's terminal would, and read its screen."""

from __future__ import annotations

import os
import re
import select
import struct
import subprocess
import sys
import time


def spawn_reader(
    *args: str, columns: int = 160, lines: int = 48
) -> tuple[subprocess.Popen[bytes], int]:
    """Start `python -m incident_reader ARGS` on a new pty: the process and our end of the pty."""
    import fcntl
    import pty
    import termios

    parent, child = pty.openpty()
    fcntl.ioctl(child, termios.TIOCSWINSZ, struct.pack("HHHH", lines, columns, 0, 0))
    env = {**os.environ, "TERM": "xterm-256color", "COLUMNS": str(columns), "LINES": str(lines)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "incident_reader", *args],
        stdin=child,
        stdout=child,
        stderr=child,
        env=env,
        close_fds=True,
    )
    os.close(child)
    return proc, parent


def read_until(fd: int, pattern: bytes | re.Pattern[bytes], timeout: float) -> bytes:
    """Read the terminal until `pattern` shows (or the time is up); returns what was read."""
    found = pattern.search if isinstance(pattern, re.Pattern) else (lambda out: pattern in out)
    out = b""
    deadline = time.monotonic() + timeout
    while not found(out) and time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.1)
        if ready:
            try:
                out += os.read(fd, 65536)
            except OSError:
                break
    return out


def drain(fd: int) -> None:
    """Read what is waiting, so the reader never blocks writing to a full terminal."""
    while select.select([fd], [], [], 0)[0]:
        try:
            if not os.read(fd, 65536):
                return
        except OSError:
            return
