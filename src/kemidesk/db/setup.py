"""Open the database file for the program: check, connect, migrate."""

from __future__ import annotations

from pathlib import Path

import peewee

from kemidesk.db.connection import close_database, open_database
from kemidesk.db.migrations import check_version, inspect_file, migrate


def prepare_database(db_path: Path, backup_dir: Path) -> peewee.SqliteDatabase:
    """Open the file and bring its schema to head. A foreign, corrupt or newer file raises
    DatabaseFileError before anything is written."""
    inspect_file(db_path)  # read-only: foreign, damaged, truncated, newer → DatabaseFileError
    db = open_database(db_path)
    try:
        check_version(db)
        migrate(db, db_path, backup_dir)
    except BaseException:
        close_database()
        raise
    return db
