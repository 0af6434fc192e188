"""A read-only command's way into the local file without peewee (`kemidesk list placements
--format csv`): the same checks as `db.setup.prepare_database`, then a plain sqlite3
connection with the program's pragmas.

The file is looked at first exactly as the full open does (db.inspect: a foreign, damaged,
truncated or newer file raises DatabaseFileError and is left untouched; the page check is
skipped only for a file closed cleanly, db.clean_close). Only a file at this program's
schema (`db.head.HEAD`) is opened here; a missing, new or older one gives None and the
caller takes the full open, which creates or migrates it. Closing is `close_database()`'s:
`PRAGMA optimize`, then the clean-close marker.
"""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

from kemidesk.db import clean_close
from kemidesk.db.errors import DatabaseFileError
from kemidesk.db.head import HEAD
from kemidesk.db.inspect import inspect_database

PRAGMAS = (
    ("journal_mode", "wal"),
    ("foreign_keys", 1),
    ("synchronous", "full"),  # see README, Backups: ~4 ms a commit buys durability
    ("busy_timeout", 5000),
    ("cache_size", -16000),  # 16 MB page cache
)


def open_at_head(db_path: Path) -> sqlite3.Connection | None:
    """The file opened for reading when it is at HEAD; None when it is missing, new or older
    (the full open makes or migrates it). Raises DatabaseFileError as the full open does."""
    if not db_path.is_file() or db_path.stat().st_size == 0:
        return None
    check_pages = not clean_close.trusted(db_path)
    info = inspect_database(db_path, HEAD, quick_check=check_pages)
    if info.version != HEAD:
        return None
    try:
        # as peewee.SqliteDatabase connects: autocommit, a 5 s wait for a writer's lock
        conn = sqlite3.connect(str(db_path), timeout=5.0, isolation_level=None)
    except sqlite3.Error as exc:
        raise DatabaseFileError(f"Tietokantaa {db_path} ei voi avata: {exc}") from exc
    try:
        for name, value in PRAGMAS:
            conn.execute(f"PRAGMA {name} = {value}")
    except sqlite3.Error as exc:
        conn.close()
        raise DatabaseFileError(f"Tietokantaa {db_path} ei voi avata: {exc}") from exc
    clean_close.opened(db_path, checked_now=check_pages)
    return conn


def close_reading(conn: sqlite3.Connection, db_path: Path) -> None:
    """Close as `close_database()` does: fresh planner statistics, then the marker of a clean
    close (the WAL folded into the file)."""
    with contextlib.suppress(sqlite3.DatabaseError):
        conn.execute("PRAGMA optimize")
    conn.close()
    clean_close.closed(db_path)
