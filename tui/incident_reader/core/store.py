"""Verification marks that outlive crashes and edits: SQLite with WAL, append-only history, DCTs.

One database per corpus (``<corpus>/.incident-reader.db`` by default, ``--db PATH``, or a per-user
file when the corpus folder cannot be written). Every change is its own committed transaction, so a
process killed right after ``set_status`` returns loses nothing, and two processes can mark at once.
A file that is not ours or is corrupt is only ever opened read-only (``mode=ro``) to find that out;
the store then stays read-only without marks and nothing writes to that file.

API for the reader (all calls are thread-safe; each change is one committed transaction)::

    store = Store.open(corpus_folder(corpus), db_path=None, reviewer=None)  # never raises
    store.read_only, store.location_note, store.error        # header: where marks live and why
    store.set_status(report, entry_or_fact, "verified")      # v x i u (note kept unless given)
    store.set_note(report, entry_or_fact, "text")            # e
    store.mark_for(report, entry_or_fact)                    # the item's Mark or None
    placed, orphans = store.marks_for(report.id, report.text, report.sha1)  # on load and on r
    store.history(mark.key)                                  # h: every change, oldest first
    store.set_dct(report.id, "2017-10-07"); store.get_dcts() # user DCTs -> analyse_corpus
    store.counts(); store.cache_get(sha1, variant); store.cache_put(sha1, variant, payload)

``set_*`` on a read-only store raise StoreError (one line, for a notice). Reads always see what
other processes have committed, so a reload is simply asking again.
"""

from __future__ import annotations

import getpass
import sqlite3
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from incident_reader.core.model import Corpus, Report
from incident_reader.core.record import FrozenRecord
from incident_reader.core.store_db import (
    APPLICATION_ID,
    BUSY_TIMEOUT_S,
    DB_NAME,
    PROBE_TIMEOUT_S,
    SCHEMA_VERSION,
    BusyError,
    StoreError,
    checkpoint,
    connect,
    is_busy,
    locate,
    seed_copy,
    user_db_path,
)
from incident_reader.core.store_pg import env_url, is_url, open_pg, redact

if TYPE_CHECKING:  # anchoring loads when a mark is made or placed: not on the first frame's path
    from incident_reader.core.anchoring import Anchor
    from incident_reader.core.model import Fact, TimelineEntry

__all__ = [
    "APPLICATION_ID", "DB_NAME", "SCHEMA_VERSION", "STATUSES", "STATUS_SYMBOLS", "BusyError",
    "Change", "ItemRef", "Mark", "PlacedMark", "Store", "StoreError", "corpus_folder", "dct_key",
    "default_reviewer", "item_ref", "locate", "place_marks", "user_db_path",
]  # fmt: skip
STATUSES: tuple[str, ...] = ("unverified", "verified", "disputed", "inconclusive")
STATUS_SYMBOLS: dict[str, str] = {
    "unverified": " ",
    "verified": "✓",
    "disputed": "✗",
    "inconclusive": "?",
}
_KEEP = object()  # set_status(note=...) default: keep the note already there
_METHOD_RANK = {"unchanged": 0, "exact": 1, "fuzzy": 2}
REOPEN_PAUSE_S = 2.0  # a file locked at start is tried again at most this often


# The mark records are plain frozen classes (core.record), not dataclasses: the reader loads
# this module at start, and a dataclass compiles its methods at every first launch.
class ItemRef(FrozenRecord):
    """What a mark is about: a timeline entry or fact of a report, by kind and span."""

    __slots__ = ("report_id", "item_kind", "kind", "start", "end")
    _fields = __slots__
    report_id: str
    item_kind: str  # "timeline" or "fact" (later "pair")
    kind: str  # a fact kind, or the timex type of a timeline entry
    start: int
    end: int

    def __init__(self, report_id: str, item_kind: str, kind: str, start: int, end: int) -> None:
        self._init(report_id=report_id, item_kind=item_kind, kind=kind, start=start, end=end)


class Mark(FrozenRecord):
    """A reviewer's current verdict on one item, anchored to the words it is about."""

    __slots__ = (
        "key", "report_id", "item_kind", "kind", "status", "note", "reviewer", "marked_at",
        "anchor",
    )  # fmt: skip
    _fields = __slots__
    key: str
    report_id: str
    item_kind: str
    kind: str
    status: str
    note: str | None
    reviewer: str
    marked_at: str
    anchor: Anchor

    def __init__(
        self,
        key: str,
        report_id: str,
        item_kind: str,
        kind: str,
        status: str,
        note: str | None,
        reviewer: str,
        marked_at: str,
        anchor: Anchor,
    ) -> None:
        self._init(
            key=key,
            report_id=report_id,
            item_kind=item_kind,
            kind=kind,
            status=status,
            note=note,
            reviewer=reviewer,
            marked_at=marked_at,
            anchor=anchor,
        )


class PlacedMark(FrozenRecord):
    """A mark found again in the current text of its report, at ``start..end``."""

    __slots__ = ("mark", "start", "end", "method", "score")
    _fields = __slots__
    mark: Mark
    start: int
    end: int
    method: str  # "unchanged", "exact" or "fuzzy" (see anchoring.place)
    score: float  # context agreement, 0..1

    def __init__(self, mark: Mark, start: int, end: int, method: str, score: float = 1.0) -> None:
        self._init(mark=mark, start=start, end=end, method=method, score=score)

    def is_for(self, ref: ItemRef) -> bool:
        """True when this mark sits on ``ref`` (same kind of item, same span)."""
        m = self.mark
        return (m.item_kind, m.kind, self.start, self.end) == (
            ref.item_kind,
            ref.kind,
            ref.start,
            ref.end,
        )


class Change(FrozenRecord):
    """One row of the append-only history: who changed what, when, from which status to which."""

    __slots__ = (
        "id", "item_key", "report_id", "reviewer", "at", "from_status", "to_status", "note",
    )  # fmt: skip
    _fields = __slots__
    id: int
    item_key: str
    report_id: str
    reviewer: str
    at: str
    from_status: str | None
    to_status: str | None
    note: str | None

    def __init__(
        self,
        id: int,  # noqa: A002 - the history row's id, as the dataclass named it
        item_key: str,
        report_id: str,
        reviewer: str,
        at: str,
        from_status: str | None,
        to_status: str | None,
        note: str | None,
    ) -> None:
        self._init(
            id=id,
            item_key=item_key,
            report_id=report_id,
            reviewer=reviewer,
            at=at,
            from_status=from_status,
            to_status=to_status,
            note=note,
        )


def item_ref(report_id: str, item: TimelineEntry | Fact | ItemRef) -> ItemRef:
    """The mark identity of a timeline entry or fact of report ``report_id``."""
    if isinstance(item, ItemRef):
        return item
    from incident_reader.core.model import Fact, TimelineEntry  # loaded by then (an analysis)

    if isinstance(item, TimelineEntry):
        return ItemRef(report_id, "timeline", item.timex.type, item.start, item.end)
    if isinstance(item, Fact):
        return ItemRef(report_id, "fact", item.kind, item.start, item.end)
    raise TypeError(f"cannot mark a {type(item).__name__}")


def default_reviewer() -> str:
    """The OS user name, or 'unknown' where the system cannot say."""
    try:
        return getpass.getuser() or "unknown"
    except (OSError, KeyError, ImportError):
        return "unknown"


def now_utc() -> str:
    """A record time in UTC ISO 8601 (when a mark was made, not what a report says)."""
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


class Store:
    """The marks, history, user DCTs and extraction cache of one corpus (see the module doc)."""

    def __init__(
        self,
        con: sqlite3.Connection | None,
        path: Path | None,
        location_note: str,
        reviewer: str,
        read_only: bool,
        error: str | None = None,
    ) -> None:
        self._con = con
        self._lock = threading.RLock()
        self.path = path
        self.location_note = location_note
        self.reviewer = reviewer
        self.read_only = read_only
        self.error = error
        # Another program held the file's lock when we opened it: it is opened on first use, and
        # until then reads find nothing and writes raise BusyError (the reader retries them).
        self._deferred_note: str | None = None
        self._next_try = 0.0
        self._side_ids: tuple[int, int] | None = None  # our -wal and -shm (inodes) once written

    # ----------------------------------------------------------------- opening
    @classmethod
    def open(
        cls,
        corpus_root: Path | None,
        db_path: Path | str | None = None,
        reviewer: str | None = None,
        *,
        create: bool = True,
        strict: bool = False,
    ) -> Store:
        """Open or create the corpus's database; a bad file gives a read-only store with ``error``.

        ``create=False`` never makes a file (export reads marks only); ``strict=True`` raises
        StoreError instead of returning a read-only store.
        """
        who = reviewer or default_reviewer()
        url = db_path if is_url(db_path) else (env_url() if db_path is None else None)
        if url is not None:
            return cls._open_team(str(url), who, create, strict)
        path, note = locate(corpus_root, Path(db_path) if db_path is not None else None)
        own = (corpus_root or Path.cwd()) / DB_NAME
        if create and db_path is None and path != own and seed_copy(own, path):
            note += f"; started from a copy of {own}"  # the corpus's marks stay visible
        if not create and db_path is None and path != own and not path.exists() and own.exists():
            path, note = own, f"marks in {own}"  # a reader never copied them: read them there
        try:
            con, why = connect(path, create)
        except BusyError as err:
            if strict or not create:
                raise
            store = cls(None, path, f"{note} (busy: {err}; retrying)", who, read_only=False)
            store._deferred_note = note
            return store
        except StoreError as err:
            if strict:
                raise
            return cls(None, path, str(err), who, read_only=True, error=str(err))
        if why is None:
            return cls(con, path, note, who, read_only=False)
        return cls(con, path, f"{note} ({why})" if con else why, who, read_only=True)

    @classmethod
    def _open_team(cls, url: str, who: str, create: bool, strict: bool) -> Store:
        """A team's shared database on a PostgreSQL server (core.store_pg)."""
        try:
            pg, why = open_pg(url, create)
        except StoreError as err:
            if strict:
                raise
            return cls(None, None, str(err), who, read_only=True, error=str(err))
        where = f"marks in PostgreSQL {redact(url)}"
        con = cast(sqlite3.Connection, pg)  # the same DB-API surface (store_pg.PgConnection)
        return cls(con, None, where if why is None else f"{where} ({why})", who, why is not None)

    @property
    def team_url(self) -> str | None:
        """The PostgreSQL URL of a team's shared store; None for a SQLite file."""
        return cast(str | None, getattr(self._con, "url", None))

    def close(self) -> None:
        """Close the connection; a SQLite file first takes in its -wal, so it alone holds all."""
        with self._lock:
            if self._con is not None:
                if self.path is not None and not self.read_only:
                    checkpoint(self._con)  # every change is already committed
                self._con.close()
                self._con = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ----------------------------------------------------------------- internals
    def _check_side_files(self) -> None:
        """Refuse to write once our -wal or -shm was deleted or replaced under us.

        SQLite would go on writing to the unlinked file and the marks would vanish at close; the
        reader says so instead, and the store turns read-only (reopening the reader recovers).
        """
        if self._side_ids is None or _side_ids(self.path) == self._side_ids:
            return
        self.read_only = True
        self.error = (
            f"{self.path}-wal or -shm was deleted or replaced while the reader was open: marks "
            "made now would be lost; close and reopen the reader"
        )
        raise StoreError(self.error)

    @property
    def busy(self) -> bool:
        """Whether the file was locked by another program when opened, and is not open yet."""
        return self._deferred_note is not None

    def _open_deferred(self) -> None:
        """Open a file that was locked at start; BusyError while it still is."""
        if self._deferred_note is None or self._con is not None or self.path is None:
            return
        if time.monotonic() < self._next_try:  # the UI thread reads too: never wait twice a go
            raise BusyError(f"{self.path} is busy: another program holds its lock")
        self._next_try = time.monotonic() + REOPEN_PAUSE_S
        con, why = connect(self.path, True, wait=PROBE_TIMEOUT_S)
        if why is not None:  # it turned out read-only after all
            self.read_only, self.location_note = True, f"{self._deferred_note} ({why})"
        else:
            self.location_note = self._deferred_note
        self._con, self._deferred_note = con, None

    def _query(self, sql: str, args: tuple[object, ...] = ()) -> list[Any]:
        with self._lock:
            self._open_deferred()
            if self._con is None:
                return []
            try:
                return list(self._con.execute(sql, args).fetchall())
            except sqlite3.Error as err:
                kind = BusyError if is_busy(err) else StoreError
                raise kind(f"{self.path}: {err}") from err

    @contextmanager
    def _write(self, wait: float | None = None) -> Iterator[sqlite3.Connection]:
        """One committed transaction, taken with the write lock so concurrent writers queue.

        ``wait``: seconds to wait for another program's lock (default BUSY_TIMEOUT_S) before
        BusyError; the reader waits a moment on its own thread and retries on another.
        """
        with self._lock:
            self._open_deferred()
            if self.read_only or self._con is None:
                raise StoreError(f"marks are read-only: {self.error or self.location_note}")
            con = self._con
            self._check_side_files()
            wait = wait if self.path is not None else None  # a SQLite file (not a team server)
            if wait is not None:
                con.execute(f"PRAGMA busy_timeout = {int(wait * 1000)}")
            try:
                con.execute("BEGIN IMMEDIATE")
                yield con
                con.execute("COMMIT")
                self._side_ids = _side_ids(self.path)
            except BaseException as err:
                if con.in_transaction:
                    con.execute("ROLLBACK")
                if isinstance(err, sqlite3.Error):
                    kind = BusyError if is_busy(err) else StoreError
                    raise kind(f"{self.path}: {err}") from err
                raise
            finally:
                if wait is not None:
                    con.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")

    # ----------------------------------------------------------------- marks
    def set_status(
        self,
        report: Report,
        item: TimelineEntry | Fact | ItemRef,
        status: str | None,
        note: str | None | object = _KEEP,
        reviewer: str | None = None,
        wait: float | None = None,
    ) -> Mark:
        """Record a verdict on an item of ``report`` (and its history row) in one transaction.

        ``note`` left out keeps the note already there, ``None`` clears it; ``status=None`` keeps
        the status already there (read inside the same transaction, so no other writer is undone).
        ``wait`` bounds the wait for another program's lock (BusyError after it).
        """
        if status is not None and status not in STATUSES:
            raise ValueError(f"status must be one of {', '.join(STATUSES)}, not {status!r}")
        from incident_reader.core.anchoring import make_anchor

        ref = item_ref(report.id, item)
        anchor = make_anchor(report.text, ref.start, ref.end, report.sha1)
        who, at = reviewer or self.reviewer, now_utc()
        with self._write(wait) as con:
            old = self._find(con, report, ref)
            key = old.key if old else _item_key(ref, report.sha1)
            status = status or (old.status if old else "unverified")
            new_note = cast(str | None, (old.note if old else None) if note is _KEEP else note)
            mark = Mark(
                key, ref.report_id, ref.item_kind, ref.kind, status, new_note, who, at, anchor
            )
            con.execute(_UPSERT_MARK, _mark_row(mark))
            con.execute(
                _INSERT_HISTORY,
                (key, ref.report_id, who, at, old.status if old else None, status, new_note),
            )
        return mark

    def set_note(
        self,
        report: Report,
        item: TimelineEntry | Fact | ItemRef,
        note: str | None,
        wait: float | None = None,
    ) -> Mark:
        """Attach (or with None clear) a note, keeping the item's status; recorded in history."""
        return self.set_status(report, item, None, note, wait=wait)

    def mark_for(self, report: Report, item: TimelineEntry | Fact | ItemRef) -> Mark | None:
        """The current mark on one item of ``report`` (re-anchored if it changed), or None."""
        with self._lock:
            if self._con is None:
                return None
            return self._find(self._con, report, item_ref(report.id, item))

    def _find(self, con: sqlite3.Connection, report: Report, ref: ItemRef) -> Mark | None:
        rows = con.execute(
            f"SELECT {_MARK_COLUMNS} FROM marks WHERE report_id=? AND item_kind=? AND kind=?",
            (ref.report_id, ref.item_kind, ref.kind),
        ).fetchall()
        marks = [_mark(r) for r in rows]
        span = (ref.start, ref.end)
        for m in marks:  # the fast path: same version of the report, same span
            if m.anchor.sha1 == report.sha1 and (m.anchor.start, m.anchor.end) == span:
                return m
        placed, _ = place_marks(marks, report.text, report.sha1)
        return next((p.mark for p in placed if (p.start, p.end) == span), None)

    def marks_for(
        self, report_id: str, text: str, sha1: str | None = None
    ) -> tuple[list[PlacedMark], list[Mark]]:
        """Every mark of a report placed in its ``text`` now: (placed, orphans); none dropped."""
        rows = self._query(f"SELECT {_MARK_COLUMNS} FROM marks WHERE report_id=?", (report_id,))
        return place_marks([_mark(r) for r in rows], text, sha1)

    def report_ids(self) -> set[str]:
        """The reports that have marks (to find marks of reports no longer in the folder)."""
        return {str(r[0]) for r in self._query("SELECT DISTINCT report_id FROM marks")}

    def all_marks(self) -> list[Mark]:
        """Every current mark of the corpus, as stored (not re-anchored)."""
        return [_mark(r) for r in self._query(f"SELECT {_MARK_COLUMNS} FROM marks ORDER BY key")]

    def history(self, item_key: str) -> list[Change]:
        """Every change to one item, oldest first (the history is append-only)."""
        rows = self._query(
            "SELECT id, item_key, report_id, reviewer, at, from_status, to_status, note"
            " FROM history WHERE item_key=? ORDER BY id",
            (item_key,),
        )
        return [Change(*row) for row in rows]

    def changes_since(self, after: int) -> list[Change]:
        """History rows written after history id ``after``, oldest first (others' marks)."""
        rows = self._query(
            "SELECT id, item_key, report_id, reviewer, at, from_status, to_status, note"
            " FROM history WHERE id > ? ORDER BY id",
            (after,),
        )
        return [Change(*row) for row in rows]

    def last_change(self) -> int:
        """The newest history id (0 when there is none): where a change feed starts."""
        rows = self._query("SELECT max(id) FROM history")
        return int(rows[0][0] or 0) if rows else 0

    def counts(self, report_id: str | None = None) -> dict[str, int]:
        """How many marks have each status (all reports, or one), for the header."""
        sql = "SELECT status, count(*) FROM marks"
        rows = (
            self._query(sql + " WHERE report_id=? GROUP BY status", (report_id,))
            if report_id
            else self._query(sql + " GROUP BY status")
        )
        out = dict.fromkeys(STATUSES, 0)
        out.update({str(s): int(n) for s, n in rows})
        return out

    # ----------------------------------------------------------------- DCTs
    def set_dct(self, report_id: str, value: str | None, reviewer: str | None = None) -> None:
        """Store (or with None forget) the user's DCT for a report; recorded in history."""
        who, at = reviewer or self.reviewer, now_utc()
        with self._write() as con:
            row = con.execute("SELECT value FROM dcts WHERE report_id=?", (report_id,)).fetchone()
            if value is None:
                con.execute("DELETE FROM dcts WHERE report_id=?", (report_id,))
            else:
                con.execute(
                    "INSERT INTO dcts (report_id, value, reviewer, set_at) VALUES (?,?,?,?)"
                    " ON CONFLICT(report_id) DO UPDATE SET value=excluded.value,"
                    " reviewer=excluded.reviewer, set_at=excluded.set_at",
                    (report_id, value, who, at),
                )
            old = row[0] if row else None
            con.execute(_INSERT_HISTORY, (dct_key(report_id), report_id, who, at, old, value, None))

    def get_dcts(self) -> dict[str, str]:
        """The user-set DCTs by report id (pass to analysis.analyse_corpus)."""
        return {str(r): str(v) for r, v in self._query("SELECT report_id, value FROM dcts")}

    # ----------------------------------------------------------------- cache (issue 7)
    def cache_get(self, sha1: str, variant: str) -> str | None:
        """A cached extraction payload for a report version and extractor variant, if any."""
        rows = self._query(
            "SELECT payload FROM extraction_cache WHERE sha1=? AND variant=?", (sha1, variant)
        )
        return str(rows[0][0]) if rows else None

    def cache_put(self, sha1: str, variant: str, payload: str) -> None:
        """Cache an extraction payload (JSON text) keyed by content hash and extractor variant."""
        self.cache_put_many([(sha1, variant, payload)])

    def cache_get_many(self, sha1s: Sequence[str], variant: str) -> dict[str, str]:
        """Cached payloads of many report versions at once (sha1 -> payload), for a fast start."""
        out: dict[str, str] = {}
        for i in range(0, len(sha1s), 500):  # stay under SQLite's bound-parameter limit
            chunk = list(sha1s[i : i + 500])
            marks = ",".join("?" * len(chunk))
            rows = self._query(
                f"SELECT sha1, payload FROM extraction_cache WHERE variant=? AND sha1 IN ({marks})",
                (variant, *chunk),
            )
            out.update({str(k): str(v) for k, v in rows})
        return out

    def cache_put_many(self, items: Sequence[tuple[str, str, str]]) -> None:
        """Cache many (sha1, variant, payload) in one transaction (one disk sync, not one each)."""
        if self.read_only or not items:
            return  # a cache is an optimisation: a read-only store simply does without
        at = now_utc()
        with self._write() as con:
            con.executemany(
                "INSERT OR REPLACE INTO extraction_cache (sha1, variant, payload, created_at)"
                " VALUES (?,?,?,?)",
                [(sha1, variant, payload, at) for sha1, variant, payload in items],
            )


def place_marks(
    marks: Sequence[Mark], text: str, sha1: str | None = None
) -> tuple[list[PlacedMark], list[Mark]]:
    """Re-anchor marks in a report's current text; two marks landing on one item keep the surer.

    The other becomes an orphan (never silently merged), e.g. when one of two marked copies of a
    repeated sentence is deleted and both marks find the remaining copy.
    """
    if not marks:  # a report without marks (the usual first one) needs no anchoring module
        return [], []
    from incident_reader.core.anchoring import place

    found: dict[tuple[str, str, int, int], list[PlacedMark]] = {}
    orphans: list[Mark] = []
    for m in marks:
        where = place(m.anchor, text, sha1)
        if where is None:
            orphans.append(m)
            continue
        p = PlacedMark(m, where.start, where.end, where.method, where.score)
        found.setdefault((m.item_kind, m.kind, p.start, p.end), []).append(p)
    placed: list[PlacedMark] = []
    for rivals in found.values():
        rivals.sort(key=lambda p: (_METHOD_RANK[p.method], -p.score, p.mark.marked_at))
        placed.append(rivals[0])
        orphans.extend(p.mark for p in rivals[1:])
    placed.sort(key=lambda p: (p.start, p.end, p.mark.key))
    orphans.sort(key=lambda m: (m.anchor.start, m.key))
    return placed, orphans


def _side_ids(path: Path | None) -> tuple[int, int] | None:
    """The inodes of a WAL database's -wal and -shm, or None when either is missing."""
    if path is None:
        return None
    try:
        wal = path.with_name(path.name + "-wal").stat()
        shm = path.with_name(path.name + "-shm").stat()
    except OSError:
        return None
    return wal.st_ino, shm.st_ino


def corpus_folder(corpus: Corpus) -> Path:
    """The folder whose marks database applies: the folder opened, else the first report's."""
    if corpus.root is not None:
        return corpus.root
    return corpus.reports[0].path.parent if corpus.reports else Path.cwd()


def dct_key(report_id: str) -> str:
    """The history key under which a report's user-set DCT changes are recorded."""
    return f"{report_id}|dct"


def _item_key(ref: ItemRef, sha1: str) -> str:
    return f"{ref.report_id}|{ref.item_kind}|{ref.kind}|{sha1[:12]}:{ref.start}-{ref.end}"


_UPSERT_MARK = (
    "INSERT INTO marks (key, report_id, item_kind, kind, status, note, reviewer, marked_at,"
    ' sha1, quote, prefix, suffix, start, "end") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)'
    " ON CONFLICT(key) DO UPDATE SET status=excluded.status, note=excluded.note,"
    " reviewer=excluded.reviewer, marked_at=excluded.marked_at, sha1=excluded.sha1,"
    " quote=excluded.quote, prefix=excluded.prefix, suffix=excluded.suffix,"
    ' start=excluded.start, "end"=excluded."end"'
)
_INSERT_HISTORY = (
    "INSERT INTO history (item_key, report_id, reviewer, at, from_status, to_status, note)"
    " VALUES (?,?,?,?,?,?,?)"
)
_MARK_COLUMNS = (
    "key, report_id, item_kind, kind, status, note, reviewer, marked_at,"
    ' sha1, quote, prefix, suffix, start, "end"'
)


def _mark_row(m: Mark) -> tuple[object, ...]:
    a = m.anchor
    return (m.key, m.report_id, m.item_kind, m.kind, m.status, m.note, m.reviewer, m.marked_at,
            a.sha1, a.quote, a.prefix, a.suffix, a.start, a.end)  # fmt: skip


def _mark(row: Sequence[Any]) -> Mark:
    from incident_reader.core.anchoring import Anchor

    key, report_id, item_kind, kind, status, note, reviewer, at, *anchor = row
    return Mark(key, report_id, item_kind, kind, status, note, reviewer, at, Anchor(*anchor))
