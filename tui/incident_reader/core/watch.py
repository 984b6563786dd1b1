"""Live updates: notice report files added, changed, removed or renamed under the user's paths.

Polling is the truth: ``poll()`` compares each file's (size, mtime_ns) with the last look and, only
when those moved, its sha1 (a touched but unchanged file is no change). A rename is a removal and
an addition of the same bytes. ``wait()`` sleeps until the next poll is worth doing; when the
optional ``watchfiles`` package is installed it wakes on file-system events instead of a timer.
The same rules as ``loading`` decide which files are reports, so the two never disagree.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import threading
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from incident_reader.core.loading import REPORT_SUFFIXES, is_saved_page_folder


@dataclass(frozen=True, slots=True)
class Changes:
    """What moved on disk since the last poll, each list sorted by path."""

    added: tuple[Path, ...] = ()
    changed: tuple[Path, ...] = ()
    removed: tuple[Path, ...] = ()
    renamed: tuple[tuple[Path, Path], ...] = ()  # (old path, new path), same bytes

    def __bool__(self) -> bool:
        return bool(self.added or self.changed or self.removed or self.renamed)

    def summary(self) -> str:
        """One line for a notice, e.g. '2 reports added, 1 changed'."""
        parts = [
            f"{len(paths)} {verb}"
            for verb, paths in (
                ("added", self.added),
                ("changed", self.changed),
                ("removed", self.removed),
                ("renamed", self.renamed),
            )
            if paths
        ]
        if not parts:
            return "no changes"
        first_count, _, first_verb = parts[0].partition(" ")
        noun = "report" if first_count == "1" else "reports"
        return ", ".join([f"{first_count} {noun} {first_verb}", *parts[1:]])


@dataclass(slots=True)
class _Seen:
    size: int
    mtime_ns: int
    sha1: str | None = field(default=None)


def file_sha1(path: Path) -> str | None:
    """The sha1 of a file's bytes (as ``Report.sha1``), or None when it cannot be read."""
    try:
        return hashlib.sha1(path.read_bytes()).hexdigest()
    except OSError:
        return None


def is_report_name(name: str) -> bool:
    """Whether a file name is one the loader reads from a folder."""
    return not name.startswith(".") and Path(name).suffix.lower() in REPORT_SUFFIXES


class Watcher:
    """Watches folders (one level deep, like the loader) and single files for report changes."""

    def __init__(
        self,
        paths: Sequence[Path | str],
        known: Mapping[Path, str] | None = None,
        use_watchfiles: bool | None = None,
    ) -> None:
        """Take the first look now; ``known`` gives sha1s already computed (``Report.sha1``)."""
        self.paths = tuple(Path(p) for p in paths)
        self._seen: dict[Path, _Seen] = {}
        known = known or {}
        for path, stat in self._scan().items():
            sha1 = known.get(path) or file_sha1(path)
            self._seen[path] = _Seen(stat.st_size, stat.st_mtime_ns, sha1)
        available = importlib.util.find_spec("watchfiles") is not None
        self.backend = "watchfiles" if (use_watchfiles is not False and available) else "polling"
        if use_watchfiles and not available:
            raise RuntimeError("watchfiles is not installed")
        self._events: Iterator[Any] | None = None
        self._stop = threading.Event()

    @property
    def files(self) -> dict[Path, str | None]:
        """Every report file currently known, with its sha1."""
        return {path: seen.sha1 for path, seen in sorted(self._seen.items())}

    def _scan(self) -> dict[Path, os.stat_result]:
        found: dict[Path, os.stat_result] = {}
        for root in self.paths:
            if root.is_dir():
                if is_saved_page_folder(root):
                    continue  # the loader skips it too
                try:
                    entries = list(os.scandir(root))
                except OSError:
                    continue
                for entry in entries:
                    try:
                        if is_report_name(entry.name) and entry.is_file():
                            found[Path(entry.path)] = entry.stat()
                    except OSError:
                        continue  # vanished between listing and stat: absent this time
            else:
                try:
                    found[root] = root.stat()
                except OSError:
                    continue
        return found

    def poll(self) -> Changes:
        """Look at the files again and say what changed since the last look."""
        now = self._scan()
        gone = {p: s for p, s in self._seen.items() if p not in now}
        new: dict[Path, _Seen] = {}
        changed: list[Path] = []
        for path, stat in now.items():
            before = self._seen.get(path)
            if before is None:
                new[path] = _Seen(stat.st_size, stat.st_mtime_ns, file_sha1(path))
                continue
            if (before.size, before.mtime_ns) == (stat.st_size, stat.st_mtime_ns):
                continue
            sha1 = file_sha1(path)
            if sha1 is None or sha1 != before.sha1:
                changed.append(path)
            self._seen[path] = _Seen(stat.st_size, stat.st_mtime_ns, sha1)
        renamed: list[tuple[Path, Path]] = []
        for old in sorted(gone):
            match = next(
                (p for p in sorted(new) if new[p].sha1 and new[p].sha1 == gone[old].sha1), None
            )
            if match is not None:
                renamed.append((old, match))
                self._seen[match] = new.pop(match)
                del self._seen[old]
                gone.pop(old)
        for path in gone:
            del self._seen[path]
        self._seen.update(new)
        return Changes(
            added=tuple(sorted(new)),
            changed=tuple(sorted(changed)),
            removed=tuple(sorted(gone)),
            renamed=tuple(renamed),
        )

    def wait(self, timeout: float, stop: threading.Event | None = None) -> bool:
        """Block until a poll is worth doing (an event, or ``timeout`` s); False once stopped."""
        stop = stop or self._stop
        if self.backend == "polling":
            return not stop.wait(timeout)
        if self._events is None:
            import watchfiles  # optional: only when installed

            roots = [str(p if p.is_dir() else p.parent) for p in self.paths]
            self._events = iter(
                watchfiles.watch(
                    *sorted(set(roots)),
                    stop_event=stop,
                    rust_timeout=max(1, int(timeout * 1000)),
                    yield_on_timeout=True,
                )
            )
        try:
            next(self._events)
        except StopIteration:
            self._events = None
            return False
        return not stop.is_set()

    def close(self) -> None:
        """Stop a ``wait`` in progress and release the event source."""
        self._stop.set()
        self._events = None
