"""Open the database file for the program: check, connect, migrate."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import peewee

from kemidesk.db import clean_close
from kemidesk.db.connection import close_database, open_database, open_server_database
from kemidesk.db.head import HEAD
from kemidesk.db.inspect import inspect_database

if TYPE_CHECKING:
    from kemidesk.paths import AppPaths


def prepare_database(db_path: Path, backup_dir: Path) -> peewee.SqliteDatabase:
    """Open the file and bring its schema to head. A foreign, corrupt or newer file raises
    DatabaseFileError before anything is written."""
    # Read-only: foreign, damaged, truncated, newer → DatabaseFileError. The page-by-page
    # check is skipped only for a file closed cleanly and untouched since (db.clean_close).
    check_pages = not clean_close.trusted(db_path)
    version = inspect_database(db_path, HEAD, quick_check=check_pages).version
    db = open_database(db_path)
    clean_close.opened(db_path, checked_now=check_pages)
    if version == HEAD:
        return db  # ours and current: nothing to migrate (nor the migrations to import)
    from kemidesk.db.migrations import check_version, migrate

    try:
        check_version(db)
        migrate(db, db_path, backup_dir)
    except BaseException:
        close_database()
        raise
    return db


def prepare_server_database(url: str) -> peewee.Database:
    """Connect to the office PostgreSQL server and bring its schema to head. A database that
    is not kemidesk's, or is newer, raises DatabaseFileError before anything is written; an
    unreachable server raises ServerConnectionError. No SQLite checks, no file lock, no
    backup before migrating (the server's backups are `pg_dump`'s)."""
    from kemidesk.db.migrations import migrate

    db = open_server_database(url)
    try:
        if migrate(db, None, None):
            _refresh_grants(db)
    except peewee.DatabaseError as exc:
        close_database()
        from kemidesk.db.roles import is_permission_denied

        if not is_permission_denied(exc):
            raise
        from kemidesk.db.errors import ServerConnectionError
        from kemidesk.db.target import describe_url, server_parts

        raise ServerConnectionError(
            f"Käyttäjällä {server_parts(url)[0]} ei ole oikeutta tietokantaan "
            f"{describe_url(url)} (tai se pitää ensin päivittää). Ylläpitäjä: kemidesk server "
            "init ja kemidesk server add-user NIMI --role reader|officer|decider."
        ) from exc
    except BaseException:
        close_database()
        raise
    return db


def prepare_for(paths: AppPaths) -> peewee.Database:
    """The database a run was pointed at: the server of `paths.database_url`, else the data
    folder's SQLite file."""
    if paths.database_url:
        return prepare_server_database(paths.database_url)
    return prepare_database(paths.database, paths.backup_dir)


def _refresh_grants(db: peewee.Database) -> None:
    """After a server migration (new tables), the roles' grants again, when `server init`
    has made the roles; a failure is logged, `server init` reports and repairs it."""
    import logging

    from kemidesk.db.roles import READER, apply_roles

    exists = db.execute_sql("SELECT 1 FROM pg_roles WHERE rolname = %s", (READER,)).fetchone()
    if not exists:
        return
    try:
        apply_roles(db)
    except peewee.DatabaseError as exc:
        logging.getLogger(__name__).warning("role grants not refreshed: %s", type(exc).__name__)
