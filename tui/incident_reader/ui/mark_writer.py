"""Marks are written off the UI thread when the database is busy, and never lost meanwhile.

A key press tries its write at once with a short wait (UI_WAIT_S); when another program holds
the database's lock, the change is kept in the reader (the mark shows at once) and queued for a
writer thread that retries, in order, until the lock goes. The user is told "busy, retrying" once,
and told again when the changes are saved. Without this, each key waited up to ten seconds.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable
from typing import Any

from incident_reader.core.store import BusyError, Mark, StoreError

UI_WAIT_S = 0.05  # how long a key press may wait for the lock on the UI thread
RETRY_WAIT_S = 0.25  # each retry's wait for the lock (the store is locked meanwhile)
RETRY_PAUSE_S = 0.5  # between retries
BUSY_NOTICE = "Marks database busy (another program holds its lock): retrying; your marks show"
FREE_NOTICE = "Marks database free again: {n} queued change{s} saved"

Attempt = Callable[[float], Mark]  # one write, given how long it may wait for the lock
Saved = Callable[[Mark], None]
Tell = Callable[[str, str], None]


class MarkWriter:
    """Runs each mark write now, or queues it for a retrying thread while the database is busy."""

    def __init__(self) -> None:
        self._queue: deque[tuple[Attempt, Saved]] = deque()
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._tell: Tell = _no_tell

    @property
    def pending(self) -> int:
        """How many changes wait for the lock."""
        with self._lock:
            return len(self._queue)

    def write(self, attempt: Attempt, pending: Mark, saved: Saved) -> Mark:
        """The saved mark, or ``pending`` when it was queued (``saved`` is called once it is)."""
        self._tell = _teller() or self._tell
        with self._lock:
            waiting = bool(self._queue)
        if not waiting:
            try:
                return attempt(UI_WAIT_S)
            except BusyError:
                pass
        with self._lock:
            first = not self._queue
            self._queue.append((attempt, saved))
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="mark-writer", daemon=True)
                self._thread.start()
        if first:
            self._tell(BUSY_NOTICE, "warning")
        return pending

    def wait(self, timeout: float) -> bool:
        """Wait until every queued change is saved; False when some still wait (tests, quit)."""
        deadline = time.monotonic() + timeout
        while self.pending and time.monotonic() < deadline:
            time.sleep(0.02)
        return not self.pending

    def _run(self) -> None:
        saved_count = 0
        while True:
            with self._lock:
                if not self._queue:
                    self._thread = None
                    break
                attempt, saved = self._queue[0]
            try:
                mark = attempt(RETRY_WAIT_S)
            except BusyError:
                time.sleep(RETRY_PAUSE_S)
                continue
            except StoreError as err:  # not a lock: this change cannot be saved; say so
                with self._lock:
                    self._queue.popleft()
                self._tell(str(err), "error")
                continue
            saved(mark)
            saved_count += 1
            with self._lock:
                self._queue.popleft()
        if saved_count:
            self._tell(
                FREE_NOTICE.format(n=saved_count, s="" if saved_count == 1 else "s"), "information"
            )


def _no_tell(message: str, severity: str) -> None:
    """No app to tell (a test or a script)."""


def _teller() -> Tell | None:
    """A notifier for the running app that works from any thread, or None outside an app."""
    from textual._context import active_app

    app: Any = active_app.get(None)
    if app is None:
        return None
    ui_thread = threading.get_ident()

    def tell(message: str, severity: str) -> None:
        try:
            if threading.get_ident() == ui_thread:
                app.notify(message, severity=severity, markup=False)
            else:
                app.call_from_thread(app.notify, message, severity=severity, markup=False)
        except RuntimeError:  # the app has stopped
            pass

    return tell
