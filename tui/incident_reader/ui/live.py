"""Live updates: a thread watches the corpus's files and posts what changed, already read.

``LiveUpdates.start`` runs ``core.watch.Watcher`` in a daemon thread (file-system events when
watchfiles is installed, else a poll every ``interval`` seconds) that posts ``FilesChanged`` with
the new files loaded off the interface thread. It is a plain thread rather than a Textual worker
because it never finishes: waiting for the app's workers (tests, screenshots) still means waiting
for extraction only. ``stop`` ends it.

``edit_corpus`` turns a ``FilesChanged`` into the next corpus: added and renamed files join the list
in name order, removed ones leave it; the ids of reports whose file changed are returned for the
app's reload (which re-reads them and re-places their marks).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual.message import Message

from incident_reader.core.loading import load_file, report_id_of, with_year_hints
from incident_reader.core.model import Corpus, Report, Skipped
from incident_reader.core.record import Record

if TYPE_CHECKING:  # imported when the watching starts, after the first screen (see look)
    from incident_reader.core.watch import Changes, Watcher


class FilesChanged(Message):
    """Report files moved on disk: what changed, and the added or changed files as now read."""

    def __init__(self, changes: Changes, loaded: dict[Path, Report | Skipped]) -> None:
        self.changes = changes
        self.loaded = loaded
        super().__init__()


class CorpusEdit(Record):
    """The corpus after a change on disk, and which reports came, went or changed."""

    _fields = ("corpus", "added", "removed", "changed", "skipped")

    def __init__(self, corpus: Corpus) -> None:
        self.corpus = corpus
        self.added: list[str] = []
        self.removed: list[str] = []
        self.changed: list[str] = []
        self.skipped: list[Skipped] = []  # files that arrived unreadable


def watch_paths(corpus: Corpus) -> list[Path]:
    """What to watch: the corpus folder, and every file the user named outside it."""
    root = corpus.root
    paths: list[Path] = [root] if root is not None else []
    for path in [r.path for r in corpus.reports] + [s.path for s in corpus.skipped]:
        if (root is None or path.parent != root) and path not in paths:
            paths.append(path)
    return paths


def _new_id(stem: str, taken: set[str]) -> str:
    """A report id for a new file: its stem, made unique as the loader does."""
    rid = stem
    while rid in taken:
        rid += "_"
    return rid


def _insert(reports: list[Report], report: Report) -> None:
    """Put a new report among those of its folder in name order (the loader's order)."""
    same = [i for i, r in enumerate(reports) if r.path.parent == report.path.parent]
    after = [i for i in same if reports[i].path.name > report.path.name]
    if after:
        reports.insert(after[0], report)
    elif same:
        reports.insert(same[-1] + 1, report)
    else:
        reports.append(report)


def edit_corpus(corpus: Corpus, message: FilesChanged) -> CorpusEdit:
    """The next corpus after ``message``: removals, additions and renames applied here; changed
    reports keep their old version (their ids are returned for the app to re-read)."""
    changes = message.changes
    gone = set(changes.removed) | {old for old, _ in changes.renamed}
    arrived = list(changes.added) + [new for _, new in changes.renamed]
    known = {r.path for r in corpus.reports}
    # A file that was skipped (say, empty) and now reads is new to the list.
    arrived += [p for p in changes.changed if p not in known and p not in arrived]
    edit = CorpusEdit(corpus)
    reports = [r for r in corpus.reports if r.path not in gone]
    edit.removed = [r.id for r in corpus.reports if r.path in gone]
    edit.changed = [r.id for r in corpus.reports if r.path in set(changes.changed)]
    skipped = [s for s in corpus.skipped if s.path not in gone and s.path not in arrived]
    taken = {r.id for r in reports}
    fresh: list[Report] = []
    for path in sorted(arrived):
        loaded = message.loaded.get(path) or load_file(path)
        if isinstance(loaded, Skipped):
            skipped.append(loaded)
            edit.skipped.append(loaded)
            continue
        report = replace(loaded, id=_new_id(report_id_of(path), taken))
        taken.add(report.id)
        fresh.append(report)
    hinted = {r.path: r for r in with_year_hints([*reports, *fresh])}
    for report in fresh:
        hint = hinted[report.path]
        dated = replace(report, year_hint=hint.year_hint, date_hint=hint.date_hint)
        _insert(reports, dated)
        edit.added.append(dated.id)
    edit.corpus = replace(corpus, reports=tuple(reports), skipped=tuple(skipped))
    return edit


class LiveUpdates:
    """Watches a corpus's files for the app; ``poll`` may also be called directly (tests)."""

    interval = 1.0  # seconds between polls when no file-system events are available

    def __init__(self, corpus: Corpus) -> None:
        self.paths = watch_paths(corpus)
        self.known = {r.path: r.sha1 for r in corpus.reports}
        self.watcher: Watcher | None = None
        self.ready = threading.Event()  # set once the first look is taken
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self, post: Callable[[Message], Any]) -> None:
        """Watch in a daemon thread, posting each ``FilesChanged`` with ``post``."""
        if self.paths and self._thread is None:
            self._thread = threading.Thread(
                target=self.watch, args=(post, self._stop), name="live-updates", daemon=True
            )
            self._thread.start()

    def stop(self) -> None:
        """End the watching thread (it returns within one ``interval``)."""
        self._stop.set()
        if self.watcher is not None:
            self.watcher.close()

    def join(self, timeout: float) -> bool:
        """Wait for the watching thread to end; whether it has (or never ran)."""
        if self._thread is not None:
            self._thread.join(timeout)
            return not self._thread.is_alive()
        return True

    def look(self) -> Watcher:
        """Take the first look (in the calling thread) unless it was taken already."""
        from incident_reader.core.watch import Watcher

        with self._lock:
            if self.watcher is None:
                self.watcher = Watcher(self.paths, known=self.known)
                self.ready.set()
            return self.watcher

    def poll(self) -> FilesChanged | None:
        """Look at the files now; the changes with added and changed files read, or None."""
        watcher = self.look()
        with self._lock:
            changes = watcher.poll()
        if not changes:
            return None
        wanted = [*changes.added, *changes.changed, *(new for _, new in changes.renamed)]
        return FilesChanged(changes, {path: load_file(path) for path in wanted})

    def watch(self, post: Callable[[Message], Any], stop: threading.Event) -> None:
        """Run in a thread until ``stop``: post a ``FilesChanged`` for each change seen."""
        watcher = self.look()
        while not stop.is_set() and watcher.wait(self.interval, stop):
            try:
                message = self.poll()
            except Exception:  # noqa: BLE001 - a file vanishing mid-read: look again next time
                continue
            if message is not None:
                post(message)
