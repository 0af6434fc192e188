"""Migrations on the PostgreSQL server: the same numbered steps, its own DDL, the version in
the `kemidesk_schema` table. An old-schema database (version 1, with data) reaches head and
then equals a fresh database and the models' own `create_tables()` (columns, types, nullability,
defaults aside; indexes; foreign keys), read through information_schema and pg_catalog."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import peewee
import pytest

from kemidesk.db import models
from kemidesk.db.connection import (
    ServerDatabase,
    close_database,
    database_proxy,
    open_server_database,
)
from kemidesk.db.errors import DatabaseFileError, SchemaTooNewError
from kemidesk.db.migrations import HEAD, MIGRATIONS, check_version, migrate, schema_version
from kemidesk.db.setup import prepare_server_database

pytestmark = pytest.mark.postgres


@pytest.fixture
def fresh_url(pg_server: Any) -> Iterator[str]:
    """An empty database (no tables at all) on the test server."""
    name = pg_server.create_database()
    yield pg_server.url(name)
    close_database()
    pg_server.drop_database(name)


def server_schema(db: peewee.Database) -> dict[str, object]:
    """Tables → (columns (name, type, nullable), indexes (name, unique, columns, a partial
    index's condition), foreign keys (column → table.column, on delete)); the version table
    aside."""
    out: dict[str, object] = {}
    tables = [
        r[0]
        for r in db.execute_sql(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = "
            "current_schema() AND table_type = 'BASE TABLE' AND table_name <> 'kemidesk_schema'"
        )
    ]
    for table in tables:
        cols = {
            (r[0], r[1], r[2])
            for r in db.execute_sql(
                "SELECT column_name, data_type, is_nullable FROM information_schema.columns "
                "WHERE table_schema = current_schema() AND table_name = %s",
                (table,),
            )
        }
        idx = {
            (r[0], r[1], tuple(r[2]), r[3])
            for r in db.execute_sql(
                "SELECT i.relname, x.indisunique, array_agg(a.attname ORDER BY k.ord), "
                "pg_get_expr(x.indpred, x.indrelid) "
                "FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid "
                "JOIN pg_class t ON t.oid = x.indrelid "
                "CROSS JOIN LATERAL unnest(x.indkey) WITH ORDINALITY AS k(attnum, ord) "
                "JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum "
                "WHERE t.relname = %s AND NOT x.indisprimary "
                "GROUP BY i.relname, x.indisunique, x.indpred, x.indrelid",
                (table,),
            )
        }
        fks = {
            (r[0], r[1], r[2], r[3])
            for r in db.execute_sql(
                "SELECT kcu.column_name, ccu.table_name, ccu.column_name, rc.delete_rule "
                "FROM information_schema.referential_constraints rc "
                "JOIN information_schema.key_column_usage kcu "
                "ON kcu.constraint_name = rc.constraint_name "
                "JOIN information_schema.constraint_column_usage ccu "
                "ON ccu.constraint_name = rc.unique_constraint_name "
                "WHERE kcu.table_name = %s",
                (table,),
            )
        }
        out[table] = (cols, idx, fks)
    return out


def test_fresh_server_database_reaches_head_and_equals_the_models(
    pg_server: Any, fresh_url: str
) -> None:
    db = prepare_server_database(fresh_url)
    assert schema_version(db) == HEAD
    migrated = server_schema(db)
    close_database()
    name = pg_server.create_database()
    try:
        created_db = ServerDatabase(pg_server.url(name), prefer_psycopg3=True)
        database_proxy.initialize(created_db)
        created_db.create_tables(models.ALL_MODELS)
        created = server_schema(created_db)
        created_db.close()
    finally:
        pg_server.drop_database(name)
    assert migrated == created
    columns = {c[0]: c[1] for c in migrated["decision"][0]}  # type: ignore[index]
    assert columns["total_cents"] == "bigint"  # money in integer cents, bigint
    assert columns["decision_date"] == "date"
    assert columns["created_at"] == "timestamp with time zone"
    assert columns["archived"] == "boolean"


def test_version_1_database_with_data_migrates_to_head_and_equals_fresh(
    pg_server: Any, fresh_url: str
) -> None:
    db = open_server_database(fresh_url)
    assert migrate(db, None, None, up_to=1) == 1
    assert schema_version(db) == 1
    db.execute_sql(
        'INSERT INTO "association" ("uuid", "created_at", "updated_at", "name", '
        '"employer_type", "business_id", "association_number", "business_activity", "street", '
        '"postcode", "city", "iban", "bic", "contact_name", "contact_phone", "contact_email", '
        '"supervisor_name", "supervision_competence", "notes", "archived") VALUES '
        "('a1', now(), now(), 'Kemin Kisa ry', 'association', '', '', false, '', '', 'Kemi', "
        "'', '', '', '', '', '', true, '', false)"
    )
    assert migrate(db, None, None) == len([v for v in MIGRATIONS if v > 1])
    assert schema_version(db) == HEAD
    assert models.Association.get().name == "Kemin Kisa ry"
    models.EmployerRing.create(name="Rengas", coordinator="", notes="")  # step 2 is there
    old = server_schema(db)
    close_database()
    name = pg_server.create_database()
    try:
        fresh = prepare_server_database(pg_server.url(name))
        assert server_schema(fresh) == old
        close_database()
    finally:
        pg_server.drop_database(name)


def test_newer_server_schema_is_refused_untouched(fresh_url: str) -> None:
    db = prepare_server_database(fresh_url)
    db.execute_sql('UPDATE "kemidesk_schema" SET "version" = %s', (HEAD + 1,))
    before = server_schema(db)
    close_database()
    with pytest.raises(SchemaTooNewError):
        prepare_server_database(fresh_url)
    db = open_server_database(fresh_url)
    assert schema_version(db) == HEAD + 1
    assert server_schema(db) == before


def test_foreign_server_database_is_refused_untouched(fresh_url: str) -> None:
    db = open_server_database(fresh_url)
    db.execute_sql("CREATE TABLE customers (id integer primary key)")
    close_database()
    with pytest.raises(DatabaseFileError, match="ei ole kemidesk-tietokanta"):
        prepare_server_database(fresh_url)
    db = open_server_database(fresh_url)
    assert list(server_schema(db)) == ["customers"]
    with pytest.raises(DatabaseFileError):
        check_version(db)


def test_times_come_back_as_utc_and_money_as_int(db: Any) -> None:
    """On the server: timestamptz reads back the naive UTC time written; SUM() of bigint
    (NUMERIC on PostgreSQL) reads back as int."""
    del db
    ring = models.EmployerRing.create(name="R", coordinator="", notes="")
    again = models.EmployerRing.get_by_id(ring.id)
    assert again.created_at == ring.created_at
    assert again.created_at.tzinfo is None
    models.Appropriation.create(year=2026, amount_cents=10**15, notes="")
    models.Appropriation.create(year=2027, amount_cents=5, notes="")
    total = models.Appropriation.select(peewee.fn.SUM(models.Appropriation.amount_cents)).scalar()
    assert total == 10**15 + 5
    assert isinstance(total, int)


@pytest.fixture
def engine() -> str:
    return "postgres"  # the `db` fixture of this module opens a server database


def test_v13_turns_free_text_coach_names_into_coach_records_on_the_server(
    fresh_url: str,
) -> None:
    """As on SQLite: one coach per distinct trimmed name, placements linked, text dropped."""
    db = open_server_database(fresh_url)
    migrate(db, None, None, up_to=12)
    db.execute_sql(
        'INSERT INTO "person" ("uuid", "created_at", "updated_at", "first_name", "last_name", '
        '"hetu", "kemi_resident", "partial_work_ability", "work_ability_note", "phone", '
        '"email", "notes", "archived") VALUES '
        "('p1', now(), now(), 'Testi', 'Henkilö', '', true, false, '', '', '', '', false)"
    )
    db.execute_sql(
        'INSERT INTO "association" ("uuid", "created_at", "updated_at", "name", '
        '"employer_type", "business_id", "association_number", "business_activity", "street", '
        '"postcode", "city", "iban", "bic", "contact_name", "contact_phone", "contact_email", '
        '"supervisor_name", "supervision_competence", "notes", "archived") VALUES '
        "('a1', now(), now(), 'Kemin Kisa ry', 'association', '', '', false, '', '', 'Kemi', "
        "'', '', '', '', '', '', true, '', false)"
    )
    for n, coach in enumerate(("Laura Heikkilä", " Laura Heikkilä", "", "Mikko Tervo")):
        db.execute_sql(
            'INSERT INTO "placement" ("uuid", "created_at", "updated_at", "person_id", '
            '"association_id", "job_title", "start_date", "hours_per_week", '
            '"monthly_wage_cents", "supervisor_name", "job_coach", "end_reason", '
            '"pt_authority", "pt_decision_number", "notes", "archived") '
            "SELECT %s, now(), now(), p.id, a.id, 'Työ', DATE '2026-01-01', '25', 150000, '', "
            "%s, '', '', '', '', false FROM person p, association a",
            (f"u{n}", coach),
        )
    assert migrate(db, None, None) == len([v for v in MIGRATIONS if v > 12])
    coaches = sorted(c.name for c in models.JobCoach.select())
    assert coaches == ["Laura Heikkilä", "Mikko Tervo"]
    linked = [
        p.coach.name if p.coach else None
        for p in models.Placement.select().order_by(models.Placement.uuid)
    ]
    assert linked == ["Laura Heikkilä", "Laura Heikkilä", None, "Mikko Tervo"]
    columns = {
        r[0]
        for r in db.execute_sql(
            "SELECT column_name FROM information_schema.columns WHERE table_name = 'placement'"
        )
    }
    assert "job_coach" not in columns
    assert "coach_id" in columns
