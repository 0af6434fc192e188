"""Migrations: a stored version-1 file reaches the head schema with its data intact."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import peewee
import pytest

from kemidesk.db import models
from kemidesk.db.connection import close_database, database_proxy, open_database
from kemidesk.db.errors import DatabaseFileError, SchemaTooNewError
from kemidesk.db.inspect import APPLICATION_ID
from kemidesk.db.migrations import HEAD, MIGRATIONS, migrate, schema_version
from kemidesk.db.setup import prepare_database

V1_FIXTURE = Path(__file__).parents[2] / "data" / "schema_v1.sqlite3"


def schema_of(path: Path) -> dict[str, object]:
    """Tables → (columns as sets of (name, type, notnull, pk), foreign keys, indexes (name,
    unique, partial, columns), and each partial index's statement)."""
    conn = sqlite3.connect(path)
    try:
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        out: dict[str, object] = {}
        for table in tables:
            cols = {
                (r[1], r[2].upper(), r[3], r[5])
                for r in conn.execute(f'PRAGMA table_info("{table}")')
            }
            fks = {
                (r[2], r[3], r[4], r[6])
                for r in conn.execute(f'PRAGMA foreign_key_list("{table}")')
            }
            idx = {
                (
                    r[1],
                    r[2],
                    r[4],
                    tuple(c[2] for c in conn.execute(f'PRAGMA index_info("{r[1]}")')),
                )
                for r in conn.execute(f'PRAGMA index_list("{table}")')
            }
            partial = {
                r[0]: r[1]
                for r in conn.execute(
                    "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
                    "AND sql LIKE '% WHERE %'",
                    (table,),
                )
            }
            out[table] = (cols, fks, idx, partial)
        return out
    finally:
        conn.close()


def test_fresh_migrations_equal_the_models(tmp_path: Path) -> None:
    migrated = tmp_path / "migrated.sqlite3"
    prepare_database(migrated, tmp_path / "backups")
    close_database()
    created = tmp_path / "created.sqlite3"
    db = peewee.SqliteDatabase(str(created))
    database_proxy.initialize(db)
    db.create_tables(models.ALL_MODELS)
    db.close()
    assert schema_of(migrated) == schema_of(created)


def test_stored_v1_file_migrates_to_head_with_data(tmp_path: Path) -> None:
    live = tmp_path / "kemidesk.sqlite3"
    shutil.copy(V1_FIXTURE, live)
    db = open_database(live)
    assert schema_version(db) == 1
    applied = migrate(db, live, tmp_path / "backups")
    assert applied == len([v for v in MIGRATIONS if v > 1])
    assert schema_version(db) == HEAD
    assert models.Association.select().count() == 2
    placement = models.Placement.get()
    assert placement.ring is None
    themes = [t.name for t in models.TrainingTheme.select()]  # version 8's starting list
    assert "Rekrytointiosaaminen" in themes
    assert len({t.uuid for t in models.TrainingTheme.select()}) == len(themes) == 4
    close_database()
    assert list((tmp_path / "backups").glob("*ennen-paivitysta-v1*")), "backup before migrating"
    reference = tmp_path / "fresh.sqlite3"
    prepare_database(reference, tmp_path / "b2")
    close_database()
    assert schema_of(live) == schema_of(reference)


def test_failed_step_rolls_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    live = tmp_path / "kemidesk.sqlite3"
    shutil.copy(V1_FIXTURE, live)
    db = open_database(live)

    def broken(database: peewee.SqliteDatabase) -> None:
        database.execute_sql('CREATE TABLE "half_done" ("id" INTEGER)')
        raise RuntimeError("boom")

    monkeypatch.setitem(MIGRATIONS, 2, broken)
    with pytest.raises(RuntimeError):
        migrate(db, live, tmp_path / "backups")
    assert schema_version(db) == 1
    tables = {r[0] for r in db.execute_sql("SELECT name FROM sqlite_master WHERE type='table'")}
    assert "half_done" not in tables
    close_database()


def test_newer_schema_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "kemidesk.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE x (id INTEGER)")
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")  # ours, from a newer program
    conn.execute(f"PRAGMA user_version = {HEAD + 1}")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(SchemaTooNewError, match="uudempi"):
        prepare_database(path, tmp_path / "backups")
    assert path.read_bytes() == before


def test_not_sqlite_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "kemidesk.sqlite3"
    path.write_text("tämä ei ole tietokanta")
    with pytest.raises(DatabaseFileError, match="ei ole kemidesk-tietokanta"):
        prepare_database(path, tmp_path / "backups")
    assert path.read_text() == "tämä ei ole tietokanta"


def test_foreign_sqlite_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE muuta (id INTEGER)")
    conn.commit()
    conn.close()
    with pytest.raises(DatabaseFileError, match="ei kemidesk-tietokanta"):
        prepare_database(path, tmp_path / "backups")


def test_corrupt_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "kemidesk.sqlite3"
    prepare_database(path, tmp_path / "backups")
    close_database()
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # destroy the schema page after the header
    path.write_bytes(bytes(data))
    with pytest.raises(DatabaseFileError):
        prepare_database(path, tmp_path / "backups")


def test_pragmas_are_set(db) -> None:  # type: ignore[no-untyped-def]
    conn = database_proxy.obj
    assert conn.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute_sql("PRAGMA synchronous").fetchone()[0] == 2  # FULL (README, Backups)
    assert conn.execute_sql("PRAGMA busy_timeout").fetchone()[0] == 5000


def test_v4_follow_ups_gain_the_v5_fields_empty(tmp_path: Path) -> None:
    """A file of version 4 with a recorded follow-up: migration 5 adds the employee's own
    assessment, the next talk and the new job, empty, and keeps what was recorded."""
    live = tmp_path / "kemidesk.sqlite3"
    shutil.copy(V1_FIXTURE, live)
    db = open_database(live)
    for version in (2, 3, 4):
        with db.atomic():
            MIGRATIONS[version](db)
            db.execute_sql(f"PRAGMA user_version = {version:d}")
    placement_id = models.Placement.select(models.Placement.id).scalar()
    db.execute_sql(
        'INSERT INTO "followup" ("uuid", "created_at", "updated_at", "placement_id", '
        '"followup_type", "held_on", "participants", "job_coach_present", "goals", "progress", '
        '"support_given", "training", "job_search_support", "trial_visit", "absences", '
        '"end_assessment", "next_step", "signed", "signed_on", "notes") VALUES '
        "('u1', '2026-01-01 00:00:00', '2026-01-01 00:00:00', ?, 'start', '2026-01-08', "
        "'Työntekijä, ohjaaja', 1, 'Kassatyö', '', '', '', '', '', '', '', '', 0, NULL, '')",
        (placement_id,),
    )
    assert migrate(db, live, tmp_path / "backups") == len([v for v in MIGRATIONS if v > 4])
    followup = models.Followup.get()
    assert (followup.goals, followup.job_coach_present) == ("Kassatyö", True)
    assert followup.own_assessment == followup.new_employer == followup.new_contract_type == ""
    assert followup.next_meeting_on is None
    assert followup.new_job_start is None
    close_database()
    reference = tmp_path / "fresh.sqlite3"
    prepare_database(reference, tmp_path / "b2")
    close_database()
    assert schema_of(live) == schema_of(reference)


def test_v8_rings_gain_the_v10_fields_empty(tmp_path: Path) -> None:
    """A ring member written before version 10 keeps its hours; the new columns are empty."""
    live = tmp_path / "kemidesk.sqlite3"
    db = open_database(live)
    migrate(db, live, tmp_path / "backups", up_to=8)
    db.execute_sql(
        "INSERT INTO association (uuid, created_at, updated_at, name, employer_type, "
        "business_id, association_number, business_activity, street, postcode, city, iban, "
        "bic, contact_name, contact_phone, contact_email, supervisor_name, "
        "supervision_competence, notes, archived) VALUES ('a1', '2026-01-01 00:00:00', "
        "'2026-01-01 00:00:00', 'Yhdistys', 'association', '1234567-1', '', 0, '', '', 'Kemi', "
        "'', '', '', '', '', '', 1, '', 0)"
    )
    db.execute_sql(
        "INSERT INTO employer_ring (uuid, created_at, updated_at, name, coordinator, notes, "
        "archived) VALUES ('r1', '2026-01-01 00:00:00', '2026-01-01 00:00:00', 'Rinki', '', '', 0)"
    )
    db.execute_sql(
        "INSERT INTO ring_member (uuid, created_at, updated_at, ring_id, association_id, "
        "hours_per_week) VALUES ('m1', '2026-01-01 00:00:00', '2026-01-01 00:00:00', 1, 1, '10')"
    )
    migrate(db, live, tmp_path / "backups")
    member = models.RingMember.get()
    assert member.hours_per_week == 10
    assert (member.tasks, member.supervisor_name, member.weekdays) == ("", "", "")
    assert models.EmployerRing.get().lead is None
    close_database()


def test_v13_turns_free_text_coach_names_into_coach_records(tmp_path: Path) -> None:
    """A file of version 12 whose placements name their job coach as free text: migration
    13 makes one coach per distinct (trimmed) name, links each placement to its coach, keeps
    the placements without a coach without one, and drops the text column."""
    live = tmp_path / "kemidesk.sqlite3"
    shutil.copy(V1_FIXTURE, live)
    db = open_database(live)
    migrate(db, live, tmp_path / "backups", up_to=12)
    person, association = db.execute_sql(
        'SELECT "person_id", "association_id" FROM "placement"'
    ).fetchone()
    db.execute_sql('UPDATE "placement" SET "job_coach" = ?', ("Laura Heikkilä",))
    columns = [r[1] for r in db.execute_sql('PRAGMA table_info("placement")')]
    copy = ", ".join(f'"{c}"' for c in columns if c not in ("id", "uuid", "job_coach"))
    for n, coach in enumerate(("  Laura Heikkilä ", "Mikko Tervo", "", "Mikko Tervo")):
        db.execute_sql(
            f'INSERT INTO "placement" ("uuid", "job_coach", {copy}) '
            f'SELECT ?, ?, {copy} FROM "placement" WHERE "id" = 1',
            (f"copy{n}", coach),
        )
    assert migrate(db, live, tmp_path / "backups") == len([v for v in MIGRATIONS if v > 12])
    assert schema_version(db) == HEAD
    coaches = {c.name: c for c in models.JobCoach.select()}
    assert sorted(coaches) == ["Laura Heikkilä", "Mikko Tervo"]
    assert all(c.active and c.phone == c.email == "" for c in coaches.values())
    assert len({c.uuid for c in coaches.values()}) == 2
    linked = {
        p.uuid: (p.coach.name if p.coach else None)
        for p in models.Placement.select().order_by(models.Placement.id)
    }
    assert list(linked.values()) == [
        "Laura Heikkilä",
        "Laura Heikkilä",
        "Mikko Tervo",
        None,
        "Mikko Tervo",
    ]
    assert {(p.person_id, p.association_id) for p in models.Placement.select()} == {
        (person, association)
    }
    close_database()
    reference = tmp_path / "fresh.sqlite3"
    prepare_database(reference, tmp_path / "b2")
    close_database()
    assert schema_of(live) == schema_of(reference)
