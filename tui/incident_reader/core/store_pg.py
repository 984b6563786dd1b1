"""Marks shared by a team through PostgreSQL: the same store, another backend (psycopg 3).

``Store`` speaks SQL through a DB-API connection with ``?`` parameters, SQLite style;
``PgConnection`` gives it that surface over psycopg, so the marks logic exists once. Differences
live here: ``BEGIN IMMEDIATE`` becomes ``BEGIN`` plus a transaction-level advisory lock (writers
queue as they do on SQLite), the schema and its migrations are PostgreSQL's own, history is
append-only by trigger (UPDATE, DELETE and TRUNCATE raise in the database), and every history row
is announced with NOTIFY so other readers see it at once. Any database error becomes a one-line
StoreError naming the server (never the password).
"""

from __future__ import annotations

import os
import re
import threading
from collections.abc import Iterator, Sequence
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from incident_reader.core.store_db import StoreError

ENV_VAR = "INCIDENT_READER_DB"
CHANNEL = "incident_reader_history"
APPLICATION = "incident-reader"
_WRITE_LOCK = 0x49524452  # advisory lock key ("IRDR"): one writer at a time, as in SQLite
_URL = re.compile(r"^postgres(?:ql)?://", re.IGNORECASE)
CONNECT_TIMEOUT_S = 5

_APPEND_ONLY_FN = """CREATE FUNCTION incident_reader_append_only() RETURNS trigger
    LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'history is append-only'; END $$"""
_NOTIFY_FN = f"""CREATE FUNCTION incident_reader_announce() RETURNS trigger
    LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_notify('{CHANNEL}', NEW.id::text); RETURN NEW; END $$"""
# MIGRATIONS[v] brings the database from version v-1 to v; never edit a shipped step.
MIGRATIONS: dict[int, tuple[str, ...]] = {
    1: (
        "CREATE TABLE incident_reader_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        """CREATE TABLE marks (
            key TEXT PRIMARY KEY, report_id TEXT NOT NULL, item_kind TEXT NOT NULL,
            kind TEXT NOT NULL,
            status TEXT NOT NULL
                CHECK (status IN ('unverified', 'verified', 'disputed', 'inconclusive')),
            note TEXT, reviewer TEXT NOT NULL, marked_at TEXT NOT NULL, sha1 TEXT NOT NULL,
            quote TEXT NOT NULL, prefix TEXT NOT NULL, suffix TEXT NOT NULL,
            start INTEGER NOT NULL, "end" INTEGER NOT NULL)""",
        "CREATE INDEX marks_by_report ON marks (report_id, item_kind, kind)",
        """CREATE TABLE history (
            id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, item_key TEXT NOT NULL,
            report_id TEXT NOT NULL, reviewer TEXT NOT NULL, at TEXT NOT NULL,
            from_status TEXT, to_status TEXT, note TEXT)""",
        "CREATE INDEX history_by_item ON history (item_key)",
        _APPEND_ONLY_FN,
        "CREATE TRIGGER history_no_update BEFORE UPDATE OR DELETE ON history"
        " FOR EACH ROW EXECUTE FUNCTION incident_reader_append_only()",
        "CREATE TRIGGER history_no_truncate BEFORE TRUNCATE ON history"
        " FOR EACH STATEMENT EXECUTE FUNCTION incident_reader_append_only()",
        _NOTIFY_FN,
        "CREATE TRIGGER history_announce AFTER INSERT ON history"
        " FOR EACH ROW EXECUTE FUNCTION incident_reader_announce()",
        """CREATE TABLE dcts (report_id TEXT PRIMARY KEY, value TEXT NOT NULL,
            reviewer TEXT NOT NULL, set_at TEXT NOT NULL)""",
        """CREATE TABLE extraction_cache (sha1 TEXT NOT NULL, variant TEXT NOT NULL,
            payload TEXT NOT NULL, created_at TEXT NOT NULL, PRIMARY KEY (sha1, variant))""",
    ),
}
SCHEMA_VERSION = max(MIGRATIONS)
# The few SQLite forms the store uses, in PostgreSQL's words (pattern texts, compiled on first
# use through re's own cache: the reader's start-up with a database file never uses them).
_REWRITES = (
    (
        r"(?s)^INSERT OR REPLACE INTO extraction_cache \((.*?)\) VALUES \((.*?)\)$",
        r"INSERT INTO extraction_cache (\1) VALUES (\2) ON CONFLICT (sha1, variant) DO UPDATE"
        " SET payload = excluded.payload, created_at = excluded.created_at",
    ),
)


def is_url(value: object) -> bool:
    """Whether a ``--db`` value names a PostgreSQL database rather than a file."""
    return isinstance(value, str) and bool(_URL.match(value))


def env_url() -> str | None:
    """The team database named by ``INCIDENT_READER_DB``, if it is a PostgreSQL URL."""
    value = os.environ.get(ENV_VAR, "").strip()
    return value if is_url(value) else None


def redact(url: str) -> str:
    """A URL fit to show: the password replaced by ***."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.netloc.rsplit("@", 1)[1]
    user = parts.username or ""
    return urlunsplit(parts._replace(netloc=f"{user}:***@{host}"))


def _one_line(err: BaseException) -> str:
    text = " ".join(str(err).split())
    return text[:200] or type(err).__name__


class PgConnection:
    """The DB-API surface ``Store`` uses (execute, executemany, in_transaction, close)."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.where = f"PostgreSQL {redact(url)}"
        self._lock = threading.RLock()
        self._con: Any = _connect(url, self.where)

    # -- the surface Store uses
    def execute(self, sql: str, args: Sequence[object] = ()) -> Any:
        with self._lock:
            statement = sql.strip()
            if statement == "BEGIN IMMEDIATE":
                self._run("BEGIN")
                return self._run("SELECT pg_advisory_xact_lock(%s)", (_WRITE_LOCK,))
            return self._run(_translate(statement, bool(args)), tuple(args))

    def executemany(self, sql: str, rows: Sequence[Sequence[object]]) -> None:
        with self._lock:
            try:
                with self._con.cursor() as cur:
                    cur.executemany(_translate(sql.strip(), True), [tuple(r) for r in rows])
            except Exception as err:
                raise self._error(err) from err

    @property
    def in_transaction(self) -> bool:
        from psycopg.pq import TransactionStatus

        status = self._con.info.transaction_status
        return status not in (TransactionStatus.IDLE, TransactionStatus.UNKNOWN)

    def close(self) -> None:
        with self._lock:
            self._con.close()

    # -- internals
    def _run(self, sql: str, args: tuple[object, ...] = ()) -> Any:
        if self._con.closed and not self.in_transaction:
            self._con = _connect(self.url, self.where)  # a lost connection, between changes
        try:
            return self._con.execute(sql, args or None)
        except Exception as err:
            raise self._error(err) from err

    def _error(self, err: Exception) -> StoreError:
        import psycopg

        if isinstance(err, psycopg.OperationalError) or self._con.closed:
            return StoreError(f"lost the connection to {self.where}: {_one_line(err)}")
        if isinstance(err, psycopg.Error):
            return StoreError(f"{self.where}: {_one_line(err)}")
        raise err


def _translate(sql: str, with_args: bool) -> str:
    """SQLite's statement in PostgreSQL's words, ``?`` parameters as psycopg's ``%s``."""
    for pattern, replacement in _REWRITES:
        if re.match(pattern, sql):
            sql = re.sub(pattern, replacement, sql)
    return sql.replace("%", "%%").replace("?", "%s") if with_args else sql


def _connect(url: str, where: str) -> Any:
    try:
        import psycopg
    except ImportError as err:
        raise StoreError("PostgreSQL needs psycopg: pip install 'psycopg[binary]'") from err
    try:
        con = psycopg.connect(
            url, autocommit=True, connect_timeout=CONNECT_TIMEOUT_S, application_name=APPLICATION
        )
    except psycopg.Error as err:
        raise StoreError(f"cannot connect to {where}: {_one_line(err)}; marks are off") from err
    except ValueError as err:  # a URL psycopg cannot parse
        raise StoreError(f"{where} is not a usable address ({_one_line(err)})") from err
    return con


def open_pg(url: str, create: bool = True) -> tuple[PgConnection | None, str | None]:
    """(con, None) to write, (con or None, why) to only read; StoreError when not ours.

    ``create=False`` (export) never writes: it reads the marks if our tables are there.
    """
    con = PgConnection(url)
    try:
        if create:
            migrate(con)
            return con, None
        if not _ours(con):
            con.close()
            return None, f"no marks yet in {con.where}"
        return con, "read-only for export"
    except StoreError:
        con.close()
        raise


def _ours(con: PgConnection) -> bool:
    rows = con.execute(
        "SELECT 1 FROM information_schema.tables WHERE table_schema = current_schema()"
        " AND table_name = 'incident_reader_meta'"
    ).fetchall()
    return bool(rows)


def migrate(con: PgConnection) -> None:
    """Create or upgrade our tables, each step in one transaction with its version bump."""
    con.execute("BEGIN IMMEDIATE")
    try:
        tables = {str(r[0]) for r in con.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
        ).fetchall()}  # fmt: skip
        version = 0
        if "incident_reader_meta" in tables:
            rows = dict(con.execute("SELECT key, value FROM incident_reader_meta").fetchall())
            if rows.get("application") != APPLICATION:
                raise StoreError(f"{con.where} is not an incident-reader database; marks are off")
            version = int(rows.get("schema_version", "0"))
        elif tables:
            raise StoreError(
                f"{con.where} holds another application's tables ({', '.join(sorted(tables)[:3])})"
                "; give incident-reader a database of its own; marks are off"
            )
        if version > SCHEMA_VERSION:
            raise StoreError(f"{con.where} was written by a newer incident-reader; marks are off")
        for target in range(version + 1, SCHEMA_VERSION + 1):
            for statement in MIGRATIONS[target]:
                con.execute(statement)
            con.execute(
                "INSERT INTO incident_reader_meta (key, value) VALUES (?, ?), (?, ?)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                ("application", APPLICATION, "schema_version", str(target)),
            )
        con.execute("COMMIT")
    except BaseException:
        if con.in_transaction:
            con.execute("ROLLBACK")
        raise


def listen(url: str, stop: threading.Event, timeout: float = 1.0) -> Iterator[bool]:
    """Yield True when another connection wrote history, False every ``timeout`` seconds idle.

    Runs on its own connection (LISTEN needs one that stays open); a lost connection is retried.
    """
    import psycopg

    while not stop.is_set():
        try:
            with psycopg.connect(url, autocommit=True, connect_timeout=CONNECT_TIMEOUT_S) as con:
                con.execute(f"LISTEN {CHANNEL}")
                while not stop.is_set():
                    got = False
                    for _ in con.notifies(timeout=timeout, stop_after=1):
                        got = True
                    yield got
        except psycopg.Error:
            yield False
            stop.wait(timeout)
