"""Other reviewers' marks, live: a thread runs ``core.store_feed`` and posts what landed.

A plain daemon thread (like ``ui.live``) because it never finishes; the app's handler re-reads
the marks of the reports concerned and names who changed what.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from textual.message import Message

from incident_reader.core.store import Change, Store
from incident_reader.core.store_feed import ChangeFeed


class MarksChanged(Message):
    """History rows another reader (or this one) has just written."""

    def __init__(self, changes: list[Change]) -> None:
        self.changes = changes
        super().__init__()


class MarksFeed:
    """Starts and stops the feed thread for one store."""

    def __init__(self, store: Store | None) -> None:
        self._store = store
        self._feed: ChangeFeed | None = None

    def start(self, post: Callable[[Message], object]) -> None:
        if self._store is None or self._store.error or self._feed is not None:
            return
        feed = self._feed = ChangeFeed(self._store)
        thread = threading.Thread(
            target=feed.run, args=(lambda rows: post(MarksChanged(rows)),),
            name="marks-feed", daemon=True,
        )  # fmt: skip
        thread.start()

    def stop(self) -> None:
        if self._feed is not None:
            self._feed.stop()


def describe(change: Change) -> str:
    """One line for a notice: who did what to which item."""
    what = change.item_key.split("|")
    item = f"{what[2]} in {change.report_id}" if len(what) >= 3 else change.report_id
    if what[-1] == "dct":
        return f"{change.reviewer} set the date of {change.report_id} to {change.to_status or '-'}"
    if change.from_status == change.to_status:
        return f"{change.reviewer} edited the note on {item}"
    return f"{change.reviewer} marked {item} {change.to_status}"
