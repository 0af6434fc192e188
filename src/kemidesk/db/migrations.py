"""Numbered schema migrations, the same numbers on both engines.

SQLite: the version is kept in PRAGMA user_version; each step runs in one transaction, after
an online backup of a file that already holds data. PostgreSQL: the version is kept in the
table `kemidesk_schema` (which also marks the database as kemidesk's), each numbered step
has its own frozen DDL (`schema_pg_sql.py`) and runs in one transaction under an advisory
lock, so two laptops starting at once migrate once. No backup is made before a server
migration (the server's own `pg_dump` backups are the office's; see README). Steps are
registered in tables (version → function), not an if-chain. A database written by a newer
program is refused untouched.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

import peewee

from kemidesk.db.backup import backup_database
from kemidesk.db.errors import DatabaseFileError, SchemaTooNewError
from kemidesk.db.head import HEAD
from kemidesk.db.inspect import APPLICATION_ID, inspect_database
from kemidesk.db.schema_pg_sql import (
    PG_SCHEMA_V1,
    PG_SCHEMA_V2_RINGS,
    PG_SCHEMA_V4_INDEXES,
    PG_SCHEMA_V5_FOLLOWUP_FIELDS,
    PG_SCHEMA_V6_DE_MINIMIS_DESCRIPTION,
    PG_SCHEMA_V7_TRANSFER_AGREEMENTS,
    PG_SCHEMA_V8_TRAININGS,
    PG_SCHEMA_V9_AUDIT_DB_USER,
    PG_SCHEMA_V10_RINGS_AND_NEEDS,
    PG_SCHEMA_V12_LIST_INDEXES,
    PG_SCHEMA_V13_COACHES,
    PG_SCHEMA_V15_OVERVIEW_INDEXES,
    PG_SCHEMA_V19_PLACEMENT_COUNT_INDEX,
    PG_SCHEMA_V22_OVERVIEW_INDEXES,
    PG_SCHEMA_V26_GROWTH_INDEXES,
    PG_SCHEMA_V27_GROWTH_INDEXES,
    PG_VERSION_TABLE,
)
from kemidesk.db.schema_sql import (
    SCHEMA_V1,
    SCHEMA_V2_RINGS,
    SCHEMA_V4_INDEXES,
    SCHEMA_V5_FOLLOWUP_FIELDS,
    SCHEMA_V6_DE_MINIMIS_DESCRIPTION,
    SCHEMA_V7_TRANSFER_AGREEMENTS,
    SCHEMA_V8_TRAININGS,
    SCHEMA_V9_AUDIT_DB_USER,
    SCHEMA_V10_RINGS_AND_NEEDS,
    SCHEMA_V12_LIST_INDEXES,
    SCHEMA_V13_COACHES,
    SCHEMA_V15_OVERVIEW_INDEXES,
    SCHEMA_V19_PLACEMENT_COUNT_INDEX,
    SCHEMA_V22_OVERVIEW_INDEXES,
    SCHEMA_V26_GROWTH_INDEXES,
    SCHEMA_V27_GROWTH_INDEXES,
)
from kemidesk.db.sync_schema import (
    PG_SCHEMA_V14_SYNC,
    PG_SCHEMA_V20_SYNC_LOG_PRUNED,
    SCHEMA_V14_SYNC,
    SCHEMA_V20_SYNC_LOG_PRUNED,
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


def _v8_trainings(db: peewee.SqliteDatabase) -> None:
    _run_script(db, SCHEMA_V8_TRAININGS)


def _v9_audit_db_user(db: peewee.SqliteDatabase) -> None:
    _run_script(db, SCHEMA_V9_AUDIT_DB_USER)


def _v10_rings_and_needs(db: peewee.SqliteDatabase) -> None:
    _run_script(db, SCHEMA_V10_RINGS_AND_NEEDS)


def _v13_coaches(db: peewee.SqliteDatabase) -> None:
    _run_script(db, SCHEMA_V13_COACHES)


def _v12_list_indexes(db: peewee.SqliteDatabase) -> None:
    _run_script(db, SCHEMA_V12_LIST_INDEXES)


def _v14_sync(db: peewee.SqliteDatabase) -> None:
    _run_script(db, SCHEMA_V14_SYNC)


def _v15_overview_indexes(db: peewee.SqliteDatabase) -> None:
    _run_script(db, SCHEMA_V15_OVERVIEW_INDEXES)


def _v19_placement_count_index(db: peewee.SqliteDatabase) -> None:
    _run_script(db, SCHEMA_V19_PLACEMENT_COUNT_INDEX)


def _v20_sync_log_pruned(db: peewee.SqliteDatabase) -> None:
    _run_script(db, SCHEMA_V20_SYNC_LOG_PRUNED)


def _v22_overview_indexes(db: peewee.SqliteDatabase) -> None:
    _run_script(db, SCHEMA_V22_OVERVIEW_INDEXES)


def _v26_growth_indexes(db: peewee.SqliteDatabase) -> None:
    _run_script(db, SCHEMA_V26_GROWTH_INDEXES)


def _v27_growth_indexes(db: peewee.SqliteDatabase) -> None:
    _run_script(db, SCHEMA_V27_GROWTH_INDEXES)


MIGRATIONS: dict[int, Step] = {
    1: _v1_initial,
    2: _v2_employer_rings,
    3: _v3_application_id,
    4: _v4_indexes,
    5: _v5_followup_fields,
    6: _v6_de_minimis_description,
    7: _v7_transfer_agreements,
    8: _v8_trainings,
    9: _v9_audit_db_user,
    10: _v10_rings_and_needs,
    12: _v12_list_indexes,
    13: _v13_coaches,
    14: _v14_sync,
    15: _v15_overview_indexes,
    19: _v19_placement_count_index,
    20: _v20_sync_log_pruned,
    22: _v22_overview_indexes,
    26: _v26_growth_indexes,
    27: _v27_growth_indexes,
}
if max(MIGRATIONS) != HEAD:  # db/head.py says it for the readers that skip this module
    raise RuntimeError(f"db/head.py: HEAD {HEAD} is not the highest step {max(MIGRATIONS)}")

# PostgreSQL: the same numbered steps in the server's types. Step 3 marked SQLite files with
# application_id; on the server the marker is the `kemidesk_schema` table, there from step 1,
# so step 3 has nothing to do there.
PG_MIGRATIONS: dict[int, str] = {
    1: PG_SCHEMA_V1,
    2: PG_SCHEMA_V2_RINGS,
    3: "",
    4: PG_SCHEMA_V4_INDEXES,
    5: PG_SCHEMA_V5_FOLLOWUP_FIELDS,
    6: PG_SCHEMA_V6_DE_MINIMIS_DESCRIPTION,
    7: PG_SCHEMA_V7_TRANSFER_AGREEMENTS,
    8: PG_SCHEMA_V8_TRAININGS,
    9: PG_SCHEMA_V9_AUDIT_DB_USER,
    10: PG_SCHEMA_V10_RINGS_AND_NEEDS,
    12: PG_SCHEMA_V12_LIST_INDEXES,
    13: PG_SCHEMA_V13_COACHES,
    14: PG_SCHEMA_V14_SYNC,
    15: PG_SCHEMA_V15_OVERVIEW_INDEXES,
    19: PG_SCHEMA_V19_PLACEMENT_COUNT_INDEX,
    20: PG_SCHEMA_V20_SYNC_LOG_PRUNED,
    22: PG_SCHEMA_V22_OVERVIEW_INDEXES,
    26: PG_SCHEMA_V26_GROWTH_INDEXES,
    27: PG_SCHEMA_V27_GROWTH_INDEXES,
}
assert set(PG_MIGRATIONS) == set(MIGRATIONS), "every numbered step exists for both engines"

PG_MIGRATION_LOCK = 0x4B454D49  # pg_advisory_xact_lock key ("KEMI")
PG_APPLICATION = "kemidesk"


def _steps(current: int, up_to: int) -> list[int]:
    """The registered step numbers after `current` up to `up_to`, in order (numbers are handed
    out to work done in parallel, so a number may be missing until that work is merged)."""
    return sorted(v for v in MIGRATIONS if current < v <= up_to)


def _is_server(db: peewee.Database) -> bool:
    return isinstance(db, peewee.PostgresqlDatabase)


def schema_version(db: peewee.Database) -> int:
    if _is_server(db):
        if not _pg_has_version_table(db):
            return 0
        row = db.execute_sql('SELECT "version" FROM "kemidesk_schema" WHERE "id" = 1').fetchone()
        return int(row[0]) if row else 0
    return int(db.execute_sql("PRAGMA user_version").fetchone()[0])


def _pg_has_version_table(db: peewee.Database) -> bool:
    row = db.execute_sql("SELECT to_regclass('kemidesk_schema') IS NOT NULL").fetchone()
    return bool(row[0])


def _has_tables(db: peewee.Database) -> bool:
    if _is_server(db):
        row = db.execute_sql(
            "SELECT count(*) FROM information_schema.tables "
            "WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'"
        ).fetchone()
        return bool(row[0])
    row = db.execute_sql("SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()
    return bool(row[0])


def _pg_is_ours(db: peewee.Database) -> bool:
    if not _pg_has_version_table(db):
        return False
    row = db.execute_sql('SELECT "application" FROM "kemidesk_schema" WHERE "id" = 1').fetchone()
    return bool(row) and row[0] == PG_APPLICATION


def check_version(db: peewee.SqliteDatabase) -> int:
    """The file's version; raises SchemaTooNewError when it is newer than this program."""
    if _is_server(db):
        return _check_server_version(db)
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


def _check_server_version(db: peewee.Database) -> int:
    if _pg_has_version_table(db) and not _pg_is_ours(db):
        raise DatabaseFileError(
            "Palvelimen tietokanta ei ole kemidesk-tietokanta (toisen ohjelman taulu "
            "kemidesk_schema). Tietokantaan ei koskettu."
        )
    version = schema_version(db)
    if version > HEAD:
        raise SchemaTooNewError(
            f"Palvelimen tietokannan versio {version} on uudempi kuin tämän ohjelman ({HEAD}). "
            "Päivitä kemidesk. Tietokantaan ei koskettu."
        )
    if not _pg_has_version_table(db) and _has_tables(db):
        raise DatabaseFileError(
            "Palvelimen tietokannassa on muita tauluja, mutta se ei ole kemidesk-tietokanta. "
            "Anna tyhjä tietokanta tai kemidesk-tietokanta. Tietokantaan ei koskettu."
        )
    return version


def inspect_file(path: Path, quick_check: bool = True) -> int:
    """Read-only look at a file before it is opened for writing (opening it with our pragmas
    would already change its header). Returns the version; raises on foreign, damaged,
    truncated or newer files, leaving them untouched (see db.inspect)."""
    return inspect_database(path, HEAD, quick_check=quick_check).version


def migrate(
    db: peewee.Database,
    db_path: Path | None,
    backup_dir: Path | None,
    up_to: int = HEAD,
) -> int:
    """Bring the schema to `up_to` (HEAD; lower only in tests that make an old schema);
    returns the number of steps applied."""
    current = check_version(db)
    if _is_server(db):
        return _migrate_server(db, current, up_to)
    if current == HEAD:
        return 0
    if current > 0 and db_path is not None and backup_dir is not None:
        target = backup_database(db_path, backup_dir, reason=f"ennen-paivitysta-v{current}")
        log.info("backed up before migration to %s", target.name)
    applied = 0
    for version in _steps(current, up_to):
        with db.atomic():
            MIGRATIONS[version](db)
            db.execute_sql(f"PRAGMA user_version = {version:d}")
        log.info("schema migrated to version %d", version)
        applied += 1
    return applied


def _migrate_server(db: peewee.Database, current: int, up_to: int) -> int:
    """Each step in its own transaction under the migration advisory lock; the version is
    read again under the lock, so a second program starting at the same moment waits and
    then finds the work done."""
    applied = 0
    for version in _steps(current, up_to):
        with db.atomic():
            db.execute_sql("SELECT pg_advisory_xact_lock(%s)", (PG_MIGRATION_LOCK,))
            if not _pg_has_version_table(db):
                _run_script(db, PG_VERSION_TABLE)
            now = schema_version(db)
            if now >= version:
                continue  # another program did this step while we waited
            if now > HEAD:
                raise SchemaTooNewError(
                    f"Palvelimen tietokannan versio {now} on uudempi kuin tämän ohjelman "
                    f"({HEAD}). Päivitä kemidesk."
                )
            if PG_MIGRATIONS[version]:
                _run_script(db, PG_MIGRATIONS[version])
            db.execute_sql(
                'UPDATE "kemidesk_schema" SET "version" = %s, "migrated_at" = now() WHERE "id" = 1',
                (version,),
            )
        log.info("server schema migrated to version %d", version)
        applied += 1
    return applied
