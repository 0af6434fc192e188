"""The database behind a proxy: opened in main() or a test fixture, never at import time."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path
from typing import Any

import peewee

from kemidesk.db.errors import DatabaseFileError

database_proxy = peewee.DatabaseProxy()

PRAGMAS = (
    ("journal_mode", "wal"),
    ("foreign_keys", 1),
    ("synchronous", "full"),  # see README, Backups: ~4 ms a commit buys durability
    ("busy_timeout", 5000),
    ("cache_size", -16000),  # 16 MB page cache
)

SQLITE_HEADER = b"SQLite format 3\x00"


def check_file_is_sqlite(path: Path) -> None:
    """Refuse a file that exists but is not an SQLite database, without touching it."""
    if not path.exists() or path.stat().st_size == 0:
        return
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        raise DatabaseFileError(
            f"Tiedosto {path} ei ole kemidesk-tietokanta (ei SQLite-tiedosto). "
            "Tiedostoon ei koskettu."
        )


def open_database(path: Path) -> peewee.SqliteDatabase:
    """Open (or create) the SQLite file and bind it to the models' proxy."""
    check_file_is_sqlite(path)
    db = peewee.SqliteDatabase(str(path), pragmas=PRAGMAS, check_same_thread=False)
    try:
        db.connect(reuse_if_open=True)
    except peewee.DatabaseError as exc:
        raise DatabaseFileError(f"Tietokantaa {path} ei voi avata: {exc}") from exc
    database_proxy.initialize(db)
    return db


def write_transaction() -> Any:
    """A transaction that takes the write lock when it begins (SQLite `BEGIN IMMEDIATE`), so
    a second writer waits for the busy timeout instead of failing after it has read; nested,
    a savepoint."""
    return database_proxy.atomic("IMMEDIATE")


def close_database() -> None:
    db = database_proxy.obj
    if db is not None and not db.is_closed():
        # Fresh statistics for the query planner; on a damaged file closing matters more.
        with contextlib.suppress(peewee.DatabaseError):
            db.execute_sql("PRAGMA optimize")
        db.close()


def raw_connection(db: peewee.SqliteDatabase) -> sqlite3.Connection:
    conn = db.connection()
    assert isinstance(conn, sqlite3.Connection)
    return conn
