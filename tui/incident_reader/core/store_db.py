"""The marks database file: where it lives, whether it is ours, its schema and migrations.

Kept apart from ``store`` so the file-level rules (never write to a file that is not ours, check it
read-only first, one schema version per migration step) can be read on their own.
"""

from __future__ import annotations

import atexit
import os
import re
import shutil
import sqlite3
import tempfile
import time
from pathlib import Path
from urllib.parse import quote as url_quote

DB_NAME = ".incident-reader.db"

APPLICATION_ID = 0x49524452  # "IRDR" in the file header: how we know a database is ours
_APPEND_ONLY = "BEGIN SELECT RAISE(ABORT, 'history is append-only'); END"
# MIGRATIONS[v] brings a database from version v-1 to v (PRAGMA user_version); never edit a step
# that has shipped, add the next one.
MIGRATIONS: dict[int, tuple[str, ...]] = {
    1: (
        """CREATE TABLE marks (
            key TEXT PRIMARY KEY,
            report_id TEXT NOT NULL,
            item_kind TEXT NOT NULL,
            kind TEXT NOT NULL,
            status TEXT NOT NULL
                CHECK (status IN ('unverified', 'verified', 'disputed', 'inconclusive')),
            note TEXT,
            reviewer TEXT NOT NULL,
            marked_at TEXT NOT NULL,
            sha1 TEXT NOT NULL,
            quote TEXT NOT NULL,
            prefix TEXT NOT NULL,
            suffix TEXT NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL)""",
        "CREATE INDEX marks_by_report ON marks (report_id, item_kind, kind)",
        """CREATE TABLE history (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            item_key TEXT NOT NULL,
            report_id TEXT NOT NULL,
            reviewer TEXT NOT NULL,
            at TEXT NOT NULL,
            from_status TEXT,
            to_status TEXT,
            note TEXT)""",
        "CREATE INDEX history_by_item ON history (item_key)",
        f"CREATE TRIGGER history_no_update BEFORE UPDATE ON history {_APPEND_ONLY}",
        f"CREATE TRIGGER history_no_delete BEFORE DELETE ON history {_APPEND_ONLY}",
        """CREATE TABLE dcts (
            report_id TEXT PRIMARY KEY,
            value TEXT NOT NULL,
            reviewer TEXT NOT NULL,
            set_at TEXT NOT NULL)""",
        # issue 7: extraction results keyed by report content hash and extractor variant
        """CREATE TABLE extraction_cache (
            sha1 TEXT NOT NULL,
            variant TEXT NOT NULL,
            payload TEXT NOT NULL,
            created_at TEXT NOT NULL,
            PRIMARY KEY (sha1, variant))""",
    ),
}
SCHEMA_VERSION = max(MIGRATIONS)
BUSY_TIMEOUT_S = 10.0
_BUSY = r"(?i)locked|busy"  # compiled on first use (an error), through re's own cache


class StoreError(Exception):
    """A database we cannot use (not ours, corrupt, newer, unwritable): one line for the user."""


class BusyError(StoreError):
    """Another program holds the database's lock now: try again later, nothing is wrong with it."""


PROBE_TIMEOUT_S = 1.0  # how long opening waits on a lock before saying busy (the reader starts)
CHECKPOINT_WAIT_S = 1.0  # how long closing waits for another program's reader


def is_busy(err: BaseException) -> bool:
    """Whether an SQLite error means "locked by someone else", not "broken"."""
    return bool(re.search(_BUSY, str(err)))


def user_db_path(corpus_root: Path) -> Path:
    """The per-user database file for a corpus whose folder cannot be written."""
    import hashlib  # not at start-up: only a folder the user cannot write needs it

    import platformdirs

    resolved = str(corpus_root.resolve())
    slug = re.sub(r"[^\w.-]+", "-", corpus_root.resolve().name or "corpus")[:40]
    digest = hashlib.sha1(resolved.encode("utf-8")).hexdigest()[:12]
    return Path(platformdirs.user_data_dir("incident-reader")) / f"{slug}-{digest}.db"


def locate(corpus_root: Path | None, db_path: Path | None = None) -> tuple[Path, str]:
    """Where the marks of a corpus live, and a short note saying why (for the reader's header)."""
    if db_path is not None:
        return db_path, f"marks in {db_path} (--db)"
    root = corpus_root or Path.cwd()
    own = root / DB_NAME
    if writable(root) and (not own.exists() or writable(own)):
        return own, f"marks in {own}"
    fallback = user_db_path(root)
    return fallback, f"marks in {fallback} (the corpus folder {root} cannot be written)"


def writable(path: Path) -> bool:
    """Whether we may write there (a read-only mount or folder says no)."""
    return os.access(path, os.W_OK)


def _ro_uri(path: Path, immutable: bool = False) -> str:
    flag = "&immutable=1" if immutable else ""
    return f"file:{url_quote(str(path.resolve()))}?mode=ro{flag}"


def _wal_mode(path: Path) -> bool:
    """Whether the file's header says WAL (bytes 18-19 are 2): reading it may need -wal/-shm."""
    try:
        with path.open("rb") as f:
            header = f.read(20)
    except OSError:
        return False
    return len(header) == 20 and header[18] == 2


def open_read_only(
    path: Path, timeout: float = BUSY_TIMEOUT_S
) -> tuple[sqlite3.Connection, str | None]:
    """A connection that only reads and leaves no file behind: (con, how when not directly).

    ``mode=ro`` on a WAL database creates -wal/-shm beside it (or, where the folder cannot be
    written, cannot read it at all). A WAL file with no -wal holds everything in the main file and
    is read ``immutable``; a -wal that cannot be shared read-only is read from a snapshot copy of
    the database and its -wal in a private folder. Raises StoreError when none of this works.
    """
    wal = path.with_name(path.name + "-wal")
    immutable = _wal_mode(path) and not wal.exists()
    try:
        con = sqlite3.connect(
            _ro_uri(path, immutable), uri=True, timeout=timeout, check_same_thread=False
        )
        try:
            con.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.Error:
            con.close()
            raise
        return con, None
    except sqlite3.OperationalError as err:
        if is_busy(err):
            raise BusyError(f"{path} is busy: another program holds its lock") from err
        if "unable to open" not in str(err) or not path.is_file():
            raise StoreError(f"{path} cannot be opened ({err}); marks are off") from err
    except sqlite3.Error as err:
        raise StoreError(
            f"{path} is not a usable database ({err}); it is left untouched and marks are off"
        ) from err
    return _snapshot(path, wal), "read from a snapshot copy: its folder cannot be written"


def _snapshot(path: Path, wal: Path) -> sqlite3.Connection:
    """Open a private copy of the database and its -wal (SQLite folds the -wal into the copy)."""
    folder = Path(tempfile.mkdtemp(prefix="incident-reader-"))
    atexit.register(shutil.rmtree, folder, True)
    copy = folder / path.name
    try:
        shutil.copyfile(path, copy)
        if wal.exists():
            shutil.copyfile(wal, folder / wal.name)
        con = sqlite3.connect(copy, timeout=BUSY_TIMEOUT_S, check_same_thread=False)
        con.execute("SELECT count(*) FROM sqlite_master").fetchone()
        con.execute("PRAGMA query_only = ON")
        return con
    except (OSError, sqlite3.Error) as err:
        raise StoreError(f"{path} cannot be read ({err}); marks are off") from err


def probe(path: Path) -> bool:
    """Check an existing file read-only: True when it is ours, False when empty; else StoreError."""
    if path.stat().st_size == 0:
        return False
    con, _ = open_read_only(path, PROBE_TIMEOUT_S)
    try:
        app_id = con.execute("PRAGMA application_id").fetchone()[0]
        version = con.execute("PRAGMA user_version").fetchone()[0]
        objects = con.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        if app_id != APPLICATION_ID:
            if app_id == 0 and objects == 0 and version == 0:
                return False
            raise StoreError(
                f"{path} is not an incident-reader database; it is left untouched and marks are off"
            )
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"{path} was written by a newer incident-reader (schema {version}); marks are off"
            )
        check = con.execute("PRAGMA quick_check").fetchone()[0]
        if check != "ok":
            raise StoreError(f"{path} is damaged ({check}); it is left untouched and marks are off")
        return True
    except sqlite3.DatabaseError as err:
        if is_busy(err):  # an exclusive lock held elsewhere: busy, not broken
            raise BusyError(f"{path} is busy: another program holds its lock") from err
        raise StoreError(
            f"{path} is not a usable database ({err}); it is left untouched and marks are off"
        ) from err
    finally:
        con.close()


def migrate(con: sqlite3.Connection, path: Path) -> None:
    """Bring the schema to SCHEMA_VERSION, each step in the same transaction as its version bump."""
    if con.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION:
        return
    con.execute("BEGIN IMMEDIATE")
    try:
        app_id = con.execute("PRAGMA application_id").fetchone()[0]
        version = con.execute("PRAGMA user_version").fetchone()[0]
        objects = con.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        if app_id != APPLICATION_ID and (app_id != 0 or objects or version):
            raise StoreError(f"{path} is not an incident-reader database; marks are off")
        if version > SCHEMA_VERSION:
            raise StoreError(f"{path} was written by a newer incident-reader; marks are off")
        con.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        for target in range(version + 1, SCHEMA_VERSION + 1):
            for statement in MIGRATIONS[target]:
                con.execute(statement)
            con.execute(f"PRAGMA user_version = {target}")
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise


def connect(
    path: Path, create: bool, wait: float = BUSY_TIMEOUT_S
) -> tuple[sqlite3.Connection | None, str | None]:
    """A connection to the marks file: (con, None) to write, (con or None, why) to only read.

    An existing file is first checked read-only (``probe``); StoreError when it is not ours.
    """
    if path.is_dir():
        raise StoreError(f"{path} is a folder, not a database file; marks are off")
    exists = path.exists()
    ours = probe(path) if exists else False
    if not create and not ours:
        return None, f"no marks yet: {path} does not exist"
    if not create or (exists and not writable(path)):
        if not ours:
            raise StoreError(f"{path} cannot be written; marks are off")
        con, how = open_read_only(path)
        return con, f"{path} is read-only" + (f", {how}" if how else "")
    deadline = time.monotonic() + wait
    attempt = 0
    while True:
        attempt += 1
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            return _open_for_writing(path), None
        except sqlite3.OperationalError as err:
            # Two processes creating the file at once: SQLite answers "locked" without waiting
            # where waiting could deadlock (the switch to WAL, a lock upgrade). Try again shortly.
            if is_busy(err) and time.monotonic() > deadline:
                raise BusyError(f"{path} is busy: another program holds its lock") from err
            if not is_busy(err):
                raise StoreError(f"{path} cannot be used for marks ({err}); marks are off") from err
            time.sleep(min(0.5, 0.02 * attempt))
        except sqlite3.Error as err:
            raise StoreError(f"{path} cannot be used for marks ({err}); marks are off") from err
        except OSError as err:
            reason = err.strerror or err
            raise StoreError(f"{path} cannot be created ({reason}); marks are off") from err


def _open_for_writing(path: Path) -> sqlite3.Connection:
    """A writing connection in WAL mode with the schema up to date; closed again if that fails."""
    con = sqlite3.connect(
        path, timeout=BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False
    )
    try:
        con.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
        con.execute("PRAGMA journal_mode = WAL")  # readers never block the writer
        con.execute("PRAGMA synchronous = FULL")  # a committed mark is on disk
        migrate(con, path)
    except BaseException:
        con.close()
        raise
    return con


def checkpoint(con: sqlite3.Connection) -> None:
    """Move every committed change from the -wal into the file itself and empty the -wal.

    Done when the reader closes, so the file alone holds every mark (a user copies just the
    .db to a colleague or a backup). Best effort and brief: another program reading the file at
    that moment keeps its frames in the -wal, where SQLite still finds them.
    """
    try:
        con.execute(f"PRAGMA busy_timeout = {int(CHECKPOINT_WAIT_S * 1000)}")
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    except sqlite3.Error:
        pass


def seed_copy(source: Path, target: Path) -> bool:
    """Copy an existing marks database of ours (read-only) to a new file; False if it cannot be."""
    if target.exists() or not source.exists():
        return False
    try:
        if not probe(source):
            return False
        target.parent.mkdir(parents=True, exist_ok=True)
        src, _ = open_read_only(source)
        try:
            dst = sqlite3.connect(target)
            try:
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
        return True
    except (StoreError, sqlite3.Error, OSError):
        target.unlink(missing_ok=True)
        return False
