"""Closing the marks file takes in its -wal: the .db alone, copied elsewhere, holds every mark."""

from __future__ import annotations

import shutil
from pathlib import Path

from incident_reader.core.store import DB_NAME, Store
from tests.unit.test_store import TEXT, entry, fact, report


def copy_alone(folder: Path, target: Path) -> Path:
    """Copy only the .db (no -wal, no -shm), as a user hands it to a colleague or a backup."""
    target.mkdir()
    shutil.copyfile(folder / DB_NAME, target / DB_NAME)
    return target


def test_the_db_alone_holds_the_marks_after_close(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    other = Store.open(corpus, reviewer="bob")  # a second reader on the same file stays open
    try:
        store = Store.open(corpus, reviewer="ann")
        store.set_status(report(), fact(TEXT), "verified", note="police statement")
        store.set_status(report(), entry(TEXT), "disputed")
        store.close()
        copy = copy_alone(corpus, tmp_path / "colleague")
        assert not (copy / f"{DB_NAME}-wal").exists()
        with Store.open(copy, create=False, strict=True) as seen:
            assert seen.read_only
            marks = {(m.status, m.note) for m in seen.all_marks()}
    finally:
        other.close()
    assert marks == {("verified", "police statement"), ("disputed", None)}


def test_closing_a_read_only_store_leaves_the_file_as_it_was(tmp_path: Path) -> None:
    with Store.open(tmp_path, reviewer="ann") as store:
        store.set_status(report(), fact(TEXT), "verified")
    before = (tmp_path / DB_NAME).read_bytes()
    with Store.open(tmp_path, create=False, strict=True) as seen:
        assert [m.status for m in seen.all_marks()] == ["verified"]
    assert (tmp_path / DB_NAME).read_bytes() == before
