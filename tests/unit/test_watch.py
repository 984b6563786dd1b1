"""The watcher reports report files added, changed, removed and renamed, and nothing else."""

from __future__ import annotations

import hashlib
import os
import sys
import threading
import time
import types
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from incident_reader.core.loading import load_corpus
from incident_reader.core.watch import Changes, Watcher


def write(path: Path, text: str, mtime_ns: int | None = None) -> Path:
    path.write_text(text, encoding="utf-8")
    if mtime_ns is not None:
        os.utime(path, ns=(mtime_ns, mtime_ns))
    return path


def bump(path: Path, seconds: int = 10) -> None:
    """Move a file's mtime forward, as a later write would (no sleeping)."""
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + seconds * 10**9))


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    write(tmp_path / "a.txt", "date 2024-01-01\nFirst report.\n")
    write(tmp_path / "b.md", "---\ntitle: B\n---\nSecond report.\n")
    write(tmp_path / "notes.json", "{}")  # not a report: never watched
    write(tmp_path / ".hidden.txt", "hidden")
    (tmp_path / "sub").mkdir()
    write(tmp_path / "sub" / "deep.txt", "one level only")
    return tmp_path


def test_first_look_sees_the_reports_the_loader_reads(folder: Path) -> None:
    watcher = Watcher([folder])
    loaded = {r.path: r.sha1 for r in load_corpus([folder]).reports}
    assert watcher.files == loaded
    assert watcher.poll() == Changes()
    assert not watcher.poll()


def test_known_sha1s_are_trusted(folder: Path) -> None:
    watcher = Watcher([folder], known={folder / "a.txt": "f" * 40})
    assert watcher.files[folder / "a.txt"] == "f" * 40


def test_added(folder: Path) -> None:
    watcher = Watcher([folder])
    write(folder / "c.html", "<p>Third</p>")
    write(folder / "ignored.csv", "x")
    changes = watcher.poll()
    assert changes == Changes(added=(folder / "c.html",))
    assert changes.summary() == "1 report added"
    assert watcher.poll() == Changes()


def test_changed_content_with_a_new_mtime(folder: Path) -> None:
    watcher = Watcher([folder])
    path = folder / "a.txt"
    before = path.stat()
    write(path, "date 2024-01-01\nFirst report, updated.\n", before.st_mtime_ns + 10**9)
    changes = watcher.poll()
    assert changes == Changes(changed=(path,))
    assert watcher.files[path] == hashlib.sha1(path.read_bytes()).hexdigest()
    assert watcher.poll() == Changes()


def test_same_size_change_is_seen_through_mtime(folder: Path) -> None:
    watcher = Watcher([folder])
    path = folder / "a.txt"
    text = path.read_text()
    write(path, text.replace("First", "Fir5t"))
    bump(path)
    assert watcher.poll().changed == (path,)


def test_touch_without_new_bytes_is_no_change(folder: Path) -> None:
    watcher = Watcher([folder])
    bump(folder / "a.txt")
    assert watcher.poll() == Changes()
    assert watcher.poll() == Changes()


def test_removed(folder: Path) -> None:
    watcher = Watcher([folder])
    (folder / "b.md").unlink()
    changes = watcher.poll()
    assert changes == Changes(removed=(folder / "b.md",))
    assert folder / "b.md" not in watcher.files


def test_renamed_is_one_rename_not_a_removal_and_an_addition(folder: Path) -> None:
    watcher = Watcher([folder])
    (folder / "a.txt").rename(folder / "a2.txt")
    changes = watcher.poll()
    assert changes == Changes(renamed=((folder / "a.txt", folder / "a2.txt"),))
    assert changes.summary() == "1 report renamed"
    assert folder / "a2.txt" in watcher.files and folder / "a.txt" not in watcher.files


def test_rename_with_new_content_is_a_removal_and_an_addition(folder: Path) -> None:
    watcher = Watcher([folder])
    (folder / "a.txt").rename(folder / "a2.txt")
    write(folder / "a2.txt", "different now")
    changes = watcher.poll()
    assert changes.removed == (folder / "a.txt",) and changes.added == (folder / "a2.txt",)
    assert changes.renamed == ()


def test_several_changes_at_once_and_their_summary(folder: Path) -> None:
    watcher = Watcher([folder])
    write(folder / "c.txt", "new one")
    write(folder / "d.txt", "new two")
    (folder / "b.md").unlink()
    write(folder / "a.txt", "rewritten entirely, longer than before")
    changes = watcher.poll()
    assert changes.added == (folder / "c.txt", folder / "d.txt")
    assert changes.removed == (folder / "b.md",)
    assert changes.changed == (folder / "a.txt",)
    assert changes.summary() == "2 reports added, 1 changed, 1 removed"


def test_a_file_becoming_a_folder_or_vanishing_folder_is_handled(folder: Path) -> None:
    watcher = Watcher([folder])
    (folder / "a.txt").unlink()
    (folder / "a.txt").mkdir()
    assert watcher.poll().removed == (folder / "a.txt",)
    other = folder / "sub"
    sub = Watcher([other])
    (other / "deep.txt").unlink()
    other.rmdir()
    assert sub.poll().removed == (other / "deep.txt",)


def test_single_files_are_watched_too(folder: Path) -> None:
    path = folder / "a.txt"
    watcher = Watcher([path])
    assert list(watcher.files) == [path]
    write(folder / "c.txt", "not watched: not among the paths")
    assert watcher.poll() == Changes()
    path.unlink()
    assert watcher.poll().removed == (path,)
    write(path, "back again")
    assert watcher.poll().added == (path,)


def test_polling_wait_returns_after_the_timeout_and_false_once_stopped(folder: Path) -> None:
    watcher = Watcher([folder], use_watchfiles=False)
    assert watcher.backend == "polling"
    began = time.perf_counter()
    assert watcher.wait(0.01) is True
    assert time.perf_counter() - began < 0.5
    stop = threading.Event()
    stop.set()
    assert watcher.wait(0.05, stop) is False
    watcher.close()
    assert watcher.wait(0.05) is False


def test_asking_for_watchfiles_when_missing_fails_clearly(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "watchfiles", None)
    monkeypatch.setattr("importlib.util.find_spec", lambda name: None)
    with pytest.raises(RuntimeError, match="not installed"):
        Watcher([folder], use_watchfiles=True)
    assert Watcher([folder]).backend == "polling"


def test_watchfiles_backend_wakes_on_its_events(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[dict[str, Any]] = []

    def watch(*paths: str, **options: Any) -> Iterator[set[Any]]:
        calls.append({"paths": paths, **options})
        yield {("added", str(folder / "c.txt"))}
        yield set()

    fake = types.ModuleType("watchfiles")
    fake.watch = watch  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "watchfiles", fake)
    monkeypatch.setattr("importlib.util.find_spec", lambda name: object())
    watcher = Watcher([folder, folder / "a.txt"])
    assert watcher.backend == "watchfiles"
    assert watcher.wait(0.05) is True
    assert watcher.wait(0.05) is True
    assert watcher.wait(0.05) is False  # the event source ended
    assert calls[0]["paths"] == (str(folder),)
    assert calls[0]["rust_timeout"] == 50 and calls[0]["yield_on_timeout"] is True
