"""Numbered schema migrations kept in PRAGMA user_version.

Each step runs in one transaction, after an online backup of a file that already holds data.
Steps are registered in a table (version → function), not an if-chain. A file written by a
newer program is refused untouched.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

import peewee

from kemidesk.db.backup import backup_database
from kemidesk.db.errors import DatabaseFileError, SchemaTooNewError
from kemidesk.db.inspect import APPLICATION_ID, inspect_database
from kemidesk.db.schema_sql import (
    SCHEMA_V1,
    SCHEMA_V2_RINGS,
    SCHEMA_V4_INDEXES,
    SCHEMA_V5_FOLLOWUP_FIELDS,
    SCHEMA_V6_DE_MINIMIS_DESCRIPTION,
    SCHEMA_V7_TRANSFER_AGREEMENTS,
)

log = logging.getLogger(__name__)

Step = Callable[[peewee.SqliteDatabase], None]


def _run_script(db: peewee.SqliteDatabase, script: str) -> None:
    for statement in script.split(";\n"):
        if statement.strip():
            db.execute_sql(statement.strip().rstrip(";"))


def _v1_initial(db: peewee.SqliteDatabase) -> None:
    _run_script(db, SCHEMA_V1)


def _v2_employer_rings(db: peewee.SqliteDatabase) -> None:
    _run_script(db, SCHEMA_V2_RINGS)


def _v3_application_id(db: peewee.SqliteDatabase) -> None:
    """Mark the file as ours ("KEMI"), so that another program's SQLite file is never taken
    for a kemidesk database (see db.inspect)."""
    db.execute_sql(f"PRAGMA application_id = {APPLICATION_ID:d}")


def _v4_indexes(db: peewee.SqliteDatabase) -> None:
    _run_script(db, SCHEMA_V4_INDEXES)


def _v5_followup_fields(db: peewee.SqliteDatabase) -> None:
    _run_script(db, SCHEMA_V5_FOLLOWUP_FIELDS)


def _v6_de_minimis_description(db: peewee.SqliteDatabase) -> None:
    _run_script(db, SCHEMA_V6_DE_MINIMIS_DESCRIPTION)


def _v7_transfer_agreements(db: peewee.SqliteDatabase) -> None:
    _run_script(db, SCHEMA_V7_TRANSFER_AGREEMENTS)


MIGRATIONS: dict[int, Step] = {
    1: _v1_initial,
    2: _v2_employer_rings,
    3: _v3_application_id,
    4: _v4_indexes,
    5: _v5_followup_fields,
    6: _v6_de_minimis_description,
    7: _v7_transfer_agreements,
}
HEAD = max(MIGRATIONS)


def schema_version(db: peewee.SqliteDatabase) -> int:
    return int(db.execute_sql("PRAGMA user_version").fetchone()[0])


def _has_tables(db: peewee.SqliteDatabase) -> bool:
    row = db.execute_sql("SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()
    return bool(row[0])


def check_version(db: peewee.SqliteDatabase) -> int:
    """The file's version; raises SchemaTooNewError when it is newer than this program."""
    try:
        version = schema_version(db)
    except peewee.DatabaseError as exc:
        raise DatabaseFileError(f"Tietokanta on vioittunut: {exc}") from exc
    if version > HEAD:
        raise SchemaTooNewError(
            f"Tietokannan versio {version} on uudempi kuin tämän ohjelman ({HEAD}). "
            "Päivitä kemidesk. Tiedostoon ei koskettu."
        )
    if version == 0 and _has_tables(db):
        raise DatabaseFileError("Tiedosto on SQLite-tietokanta, mutta ei kemidesk-tietokanta.")
    return version


def inspect_file(path: Path) -> int:
    """Read-only look at a file before it is opened for writing (opening it with our pragmas
    would already change its header). Returns the version; raises on foreign, damaged,
    truncated or newer files, leaving them untouched (see db.inspect)."""
    return inspect_database(path, HEAD).version


def migrate(db: peewee.SqliteDatabase, db_path: Path | None, backup_dir: Path | None) -> int:
    """Bring the schema to HEAD; returns the number of steps applied."""
    current = check_version(db)
    if current == HEAD:
        return 0
    if current > 0 and db_path is not None and backup_dir is not None:
        target = backup_database(db_path, backup_dir, reason=f"ennen-paivitysta-v{current}")
        log.info("backed up before migration to %s", target.name)
    applied = 0
    for version in range(current + 1, HEAD + 1):
        with db.atomic():
            MIGRATIONS[version](db)
            db.execute_sql(f"PRAGMA user_version = {version:d}")
        log.info("schema migrated to version %d", version)
        applied += 1
    return applied
