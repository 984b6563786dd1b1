"""The marks database: schema, statuses, append-only history, DCTs, cache, re-anchored lookups."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from incident_reader.core import store as store_mod
from incident_reader.core import store_db
from incident_reader.core.model import DctSource, Fact, Report, TimelineEntry, Timex
from incident_reader.core.store import (
    APPLICATION_ID,
    DB_NAME,
    SCHEMA_VERSION,
    Change,
    ItemRef,
    Store,
    StoreError,
    dct_key,
)

TEXT = (
    "A car hit pedestrians outside Parliament at around 7.30am on Tuesday.\n"
    "Police said three people were injured and a man in his late 20s was arrested.\n"
)


def report(text: str = TEXT, rid: str = "r1") -> Report:
    sha1 = hashlib.sha1(text.encode()).hexdigest()
    return Report(rid, Path(f"{rid}.txt"), "title", text, "2018-08-14", DctSource.HEADER, sha1)


def entry(text: str, words: str = "7.30am") -> TimelineEntry:
    start = text.index(words)
    timex = Timex(start, start + len(words), words, "TIME", "2018-08-14T07:30")
    return TimelineEntry(timex=timex, incident="i0")


def fact(text: str, words: str = "three people were injured") -> Fact:
    start = text.index(words)
    return Fact("casualties.injured", 3, start, start + len(words), words, "i0", "police")


@pytest.fixture(params=["sqlite", "postgresql"])
def backend(request: pytest.FixtureRequest, tmp_path: Path) -> str | None:
    """The ``db_path`` of each backend: None (SQLite beside the corpus) or a fresh PostgreSQL."""
    if request.param == "sqlite":
        return None
    return str(request.getfixturevalue("pg_url"))


@pytest.fixture
def open_store(tmp_path: Path, backend: str | None) -> Iterator[Callable[[str], Store]]:
    """Open the test's database (as another window does) on the backend under test."""
    opened: list[Store] = []

    def open_as(reviewer: str) -> Store:
        opened.append(Store.open(tmp_path, db_path=backend, reviewer=reviewer))
        return opened[-1]

    yield open_as
    for s in opened:
        s.close()


@pytest.fixture
def store(open_store: Callable[[str], Store]) -> Store:
    return open_store("ann")


def test_new_database_lives_in_the_corpus_folder_and_is_marked_ours(tmp_path: Path) -> None:
    with Store.open(tmp_path) as s:
        assert s.path == tmp_path / DB_NAME and not s.read_only and s.error is None
        assert str(tmp_path / DB_NAME) in s.location_note
    con = sqlite3.connect(tmp_path / DB_NAME)
    assert con.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert con.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"marks", "history", "dcts", "extraction_cache"} <= tables


def test_explicit_db_path_is_used(tmp_path: Path) -> None:
    chosen = tmp_path / "elsewhere" / "marks.db"
    with Store.open(tmp_path / "corpus", db_path=chosen) as s:
        assert s.path == chosen and "--db" in s.location_note
    assert chosen.exists() and not (tmp_path / "corpus" / DB_NAME).exists()


def test_a_folder_or_impossible_db_path_is_one_line(tmp_path: Path) -> None:
    s = Store.open(tmp_path, db_path=tmp_path)
    assert s.read_only and "is a folder" in (s.error or "")
    (tmp_path / "file").write_text("x")
    s = Store.open(tmp_path, db_path=tmp_path / "file" / "x.db")
    assert s.read_only and s.error and "\n" not in s.error


def test_status_note_reviewer_and_time_are_recorded(store: Store) -> None:
    r = report()
    m = store.set_status(r, entry(TEXT), "verified", note="seen on CCTV")
    assert (m.status, m.note, m.reviewer) == ("verified", "seen on CCTV", "ann")
    assert m.marked_at.endswith("Z") and m.anchor.quote == "7.30am"
    again = store.mark_for(r, entry(TEXT))
    assert again == m


def test_default_reviewer_is_the_os_user(tmp_path: Path) -> None:
    with Store.open(tmp_path) as s:
        assert s.reviewer == store_mod.default_reviewer() and s.reviewer


def test_unknown_status_is_refused(store: Store) -> None:
    with pytest.raises(ValueError):
        store.set_status(report(), entry(TEXT), "true")


def test_note_is_kept_changed_or_cleared(store: Store) -> None:
    r, e = report(), entry(TEXT)
    store.set_status(r, e, "verified", note="first")
    assert store.set_status(r, e, "disputed").note == "first"
    assert store.set_note(r, e, "second").status == "disputed"
    assert store.set_status(r, e, "inconclusive", note=None).note is None


def test_a_note_on_an_unmarked_item_leaves_it_unverified(
    store: Store, open_store: Callable[[str], Store]
) -> None:
    r, e = report(), entry(TEXT)
    assert store.set_note(r, e, "ask the Met").status == "unverified"
    with open_store("bob") as other:  # another window changes the status
        other.set_status(r, e, "verified")
    kept = store.set_note(r, e, "the Met confirmed")
    assert (kept.status, kept.note) == ("verified", "the Met confirmed")


def test_history_lists_every_change_in_order(store: Store) -> None:
    r, e = report(), entry(TEXT)
    for status in ("verified", "disputed", "unverified"):
        key = store.set_status(r, e, status).key
    changes = store.history(key)
    assert [(c.from_status, c.to_status) for c in changes] == [
        (None, "verified"), ("verified", "disputed"), ("disputed", "unverified"),
    ]  # fmt: skip
    assert all(c.reviewer == "ann" for c in changes)


def test_history_cannot_be_rewritten(store: Store) -> None:
    store.set_status(report(), entry(TEXT), "verified")
    if store.team_url:
        import psycopg

        with psycopg.connect(store.team_url, autocommit=True) as pg:
            for sql in ("UPDATE history SET to_status='x'", "DELETE FROM history",
                        "TRUNCATE history"):  # fmt: skip
                with pytest.raises(psycopg.Error, match="append-only"):
                    pg.execute(sql)
        return
    assert store.path is not None
    con = sqlite3.connect(store.path)
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        con.execute("UPDATE history SET to_status='disputed'")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        con.execute("DELETE FROM history")


def test_marks_follow_the_words_when_the_report_changes(store: Store) -> None:
    old = report()
    store.set_status(old, entry(TEXT), "verified")
    store.set_status(old, fact(TEXT), "disputed")
    new_text = "Update: this report was revised at 9am.\n\n" + TEXT
    new = report(new_text)
    placed, orphans = store.marks_for(new.id, new.text, new.sha1)
    assert orphans == []
    assert sorted(new_text[p.start : p.end] for p in placed) == [
        "7.30am", "three people were injured",
    ]  # fmt: skip
    shift = len("Update: this report was revised at 9am.\n\n")
    assert {p.start - p.mark.anchor.start for p in placed} == {shift}


def test_marking_a_moved_item_updates_its_mark_not_a_new_one(store: Store) -> None:
    old = report()
    first = store.set_status(old, entry(TEXT), "verified")
    new = report("New paragraph.\n" + TEXT)
    again = store.set_status(new, entry(new.text), "disputed")
    assert again.key == first.key and again.anchor.sha1 == new.sha1
    assert [c.to_status for c in store.history(first.key)] == ["verified", "disputed"]
    assert len(store.all_marks()) == 1


def test_a_deleted_sentence_makes_an_orphan_never_dropped(store: Store) -> None:
    store.set_status(report(), fact(TEXT), "verified")
    new = report(TEXT.split("\n")[0] + "\nPolice gave no figures.\n")
    placed, orphans = store.marks_for(new.id, new.text, new.sha1)
    assert placed == [] and [o.anchor.quote for o in orphans] == ["three people were injured"]


def test_two_marks_landing_on_one_item_keep_the_surer_and_orphan_the_other(store: Store) -> None:
    sentence = "Police said three people were injured and a man in his late 20s was arrested.\n"
    doubled = TEXT + sentence
    first, second = doubled.index("three people"), doubled.rindex("three people")
    r = report(doubled)
    n = len("three people were injured")
    store.set_status(r, ItemRef("r1", "fact", "injured", first, first + n), "verified")
    store.set_status(r, ItemRef("r1", "fact", "injured", second, second + n), "disputed")
    placed, orphans = store.marks_for("r1", TEXT, report(TEXT).sha1)
    assert len(placed) == 1 and len(orphans) == 1  # both found the remaining copy; none dropped
    assert TEXT[placed[0].start : placed[0].end] == "three people were injured"


def test_counts_by_status(store: Store) -> None:
    r = report()
    store.set_status(r, entry(TEXT), "verified")
    store.set_status(r, fact(TEXT), "disputed")
    store.set_status(report(rid="r2"), fact(TEXT), "verified")
    assert store.counts()["verified"] == 2 and store.counts()["disputed"] == 1
    assert store.counts("r2") == {"unverified": 0, "verified": 1, "disputed": 0, "inconclusive": 0}


def test_item_refs_can_mark_any_span(store: Store) -> None:
    r = report()
    ref = ItemRef("r1", "fact", "arrests", TEXT.index("a man"), TEXT.index("a man") + 5)
    assert store.set_status(r, ref, "verified").anchor.quote == "a man"


def test_user_dcts_are_stored_with_history(store: Store) -> None:
    store.set_dct("r1", "2018-08-14")
    store.set_dct("r1", "2018-08-15")
    store.set_dct("r2", "2017-10-07")
    assert store.get_dcts() == {"r1": "2018-08-15", "r2": "2017-10-07"}
    store.set_dct("r2", None)
    assert store.get_dcts() == {"r1": "2018-08-15"}
    changes = store.history(dct_key("r1"))
    assert [(c.from_status, c.to_status) for c in changes] == [
        (None, "2018-08-14"), ("2018-08-14", "2018-08-15"),
    ]  # fmt: skip


def test_cache_by_content_hash(store: Store) -> None:
    assert store.cache_get("abc", "v1") is None
    store.cache_put("abc", "v1", '{"x": 1}')
    store.cache_put("abc", "v1", '{"x": 2}')
    assert store.cache_get("abc", "v1") == '{"x": 2}' and store.cache_get("abc", "v2") is None
    many = [(f"s{i}", "v1", f"p{i}") for i in range(1200)]
    store.cache_put_many(many)
    got = store.cache_get_many([f"s{i}" for i in range(0, 1300, 2)] + ["abc"], "v1")
    assert len(got) == 601 and got["s1198"] == "p1198" and got["abc"] == '{"x": 2}'


def test_marks_persist_across_opens(tmp_path: Path) -> None:
    with Store.open(tmp_path, reviewer="ann") as s:
        s.set_status(report(), entry(TEXT), "verified")
    with Store.open(tmp_path) as s:
        placed, _ = s.marks_for("r1", TEXT, report().sha1)
        assert [p.mark.status for p in placed] == ["verified"]


def test_a_later_schema_step_migrates_old_data(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Store.open(tmp_path, reviewer="ann") as s:
        s.set_status(report(), entry(TEXT), "verified")
    steps = {**store_db.MIGRATIONS, 2: ("ALTER TABLE marks ADD COLUMN tag TEXT",)}
    monkeypatch.setattr(store_db, "MIGRATIONS", steps)
    monkeypatch.setattr(store_db, "SCHEMA_VERSION", 2)
    with Store.open(tmp_path) as s:
        assert not s.read_only and s.counts()["verified"] == 1
    con = sqlite3.connect(tmp_path / DB_NAME)
    assert con.execute("PRAGMA user_version").fetchone()[0] == 2
    assert "tag" in {r[1] for r in con.execute("PRAGMA table_info(marks)")}


def test_create_false_makes_no_file(tmp_path: Path) -> None:
    with Store.open(tmp_path, create=False) as s:
        assert s.read_only and s.error is None and s.marks_for("r1", TEXT) == ([], [])
    assert not (tmp_path / DB_NAME).exists()


def test_an_empty_file_is_initialised(tmp_path: Path) -> None:
    (tmp_path / DB_NAME).write_bytes(b"")
    with Store.open(tmp_path) as s:
        assert not s.read_only


@pytest.mark.parametrize(
    "content",
    [b"this is not a database at all\n" * 40, b"SQLite format 3\x00" + b"\xff" * 4000],
    ids=["text", "damaged-header"],
)
def test_a_corrupt_file_is_left_untouched_and_marks_are_off(tmp_path: Path, content: bytes) -> None:
    db = tmp_path / DB_NAME
    db.write_bytes(content)
    s = Store.open(tmp_path)
    assert s.read_only and s.error and "\n" not in s.error and str(db) in s.error
    assert s.marks_for("r1", TEXT) == ([], []) and s.get_dcts() == {}
    with pytest.raises(StoreError):
        s.set_status(report(), entry(TEXT), "verified")
    with pytest.raises(StoreError):
        Store.open(tmp_path, strict=True)
    s.close()
    assert db.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == [DB_NAME]


def test_someone_elses_database_is_not_ours(tmp_path: Path) -> None:
    db = tmp_path / DB_NAME
    con = sqlite3.connect(db)
    con.execute("CREATE TABLE notes (x TEXT)")
    con.execute("INSERT INTO notes VALUES ('keep me')")
    con.commit()
    con.close()
    before = db.read_bytes()
    s = Store.open(tmp_path)
    assert s.read_only and "not an incident-reader database" in (s.error or "")
    s.close()
    assert db.read_bytes() == before


def test_a_newer_schema_is_refused(tmp_path: Path) -> None:
    Store.open(tmp_path).close()
    con = sqlite3.connect(tmp_path / DB_NAME)
    con.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    con.commit()
    con.close()
    s = Store.open(tmp_path)
    assert s.read_only and "newer" in (s.error or "")


def test_unwritable_corpus_folder_uses_the_user_data_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setattr(store_db, "writable", lambda p: corpus not in (p, p.parent))
    with Store.open(corpus) as s:
        assert not s.read_only and s.path is not None
        assert s.path.parent == tmp_path / "data" / "incident-reader"
        assert "cannot be written" in s.location_note
        s.set_status(report(), entry(TEXT), "verified")
    assert list(corpus.iterdir()) == []
    other = tmp_path / "other" / "corpus"
    assert store_mod.user_db_path(other) != store_mod.user_db_path(corpus)


def test_unwritable_corpus_with_marks_starts_from_a_copy_of_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    with Store.open(corpus, reviewer="ann") as s:
        s.set_status(report(), entry(TEXT), "verified")
    own = corpus / DB_NAME
    before = own.read_bytes()
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setattr(store_db, "writable", lambda p: corpus not in (p, p.parent))
    with Store.open(corpus, reviewer="bob") as s:
        assert s.path != own and "copy of" in s.location_note
        assert s.counts()["verified"] == 1
        s.set_status(report(), fact(TEXT), "disputed")
    assert own.read_bytes() == before


def test_changes_of_another_window_arrive_through_the_feed(
    store: Store, open_store: Callable[[str], Store]
) -> None:
    import threading

    from incident_reader.core.store_feed import ChangeFeed

    feed = ChangeFeed(store, interval=0.05)
    got: list[str] = []
    arrived = threading.Event()

    def deliver(rows: list[Change]) -> None:
        got.extend(f"{c.reviewer}:{c.to_status}" for c in rows)
        arrived.set()

    thread = threading.Thread(target=feed.run, args=(deliver,), daemon=True)
    thread.start()
    try:
        with open_store("bob") as other:
            other.set_status(report(), entry(TEXT), "disputed")
        assert arrived.wait(5), "no change arrived within 5 s"
    finally:
        feed.stop()
        thread.join(5)
    assert got == ["bob:disputed"]
    assert store.changes_since(store.last_change()) == []
