"""Changes other readers make to the marks, as they land.

History is append-only with increasing ids, so "what is new" is every row after the last one
seen, on either backend. PostgreSQL announces each row (NOTIFY), so a reviewer sees another's mark
within a second; SQLite has no such signal and is polled (a cheap ``max(id)``-sized query).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator

from incident_reader.core.store import Change, Store, StoreError
from incident_reader.core.store_pg import listen

POLL_S = 0.5


class ChangeFeed:
    """Batches of new history rows; ``run`` calls ``deliver`` with each batch until stopped."""

    def __init__(self, store: Store, interval: float = POLL_S) -> None:
        self._store = store
        self._url = store.team_url  # PostgreSQL: wake on NOTIFY, not at the end of the interval
        self._interval = interval
        self._after = store.last_change()
        self.stop_event = threading.Event()

    def poll(self) -> list[Change]:
        """Rows written since the last poll (by anyone, this process included)."""
        try:
            rows = self._store.changes_since(self._after)
        except StoreError:
            return []  # a lost connection: the next poll tries again
        if rows:
            self._after = rows[-1].id
        return rows

    def run(self, deliver: Callable[[list[Change]], None]) -> None:
        """Deliver new rows until ``stop``; returns when stopped."""
        for _ in self._ticks():
            rows = self.poll()
            if rows:
                deliver(rows)

    def stop(self) -> None:
        self.stop_event.set()

    def _ticks(self) -> Iterator[None]:
        if self._url:
            for _ in listen(self._url, self.stop_event, self._interval):
                if self.stop_event.is_set():
                    return
                yield None  # a NOTIFY, or the interval passed (a missed one is caught then)
            return
        while not self.stop_event.wait(self._interval):
            yield None
