"""Laptop copies against a real office server (issue 13): two copies and the server edit
offline, synchronise and converge; conflicts exactly when the same field changed on both
sides; syncs killed at random points and resumed; office-only actions refused on a copy."""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import peewee
import pytest

from kemidesk.db import models
from kemidesk.db.connection import close_database
from kemidesk.db.setup import prepare_database
from kemidesk.db.sync_schema import synced_models
from kemidesk.domain.types import FollowupType
from kemidesk.services import sync
from kemidesk.services.common import update_record
from kemidesk.services.errors import NotAllowedError
from kemidesk.services.sync_rows import Side
from tests.conftest import _demo

pytestmark = pytest.mark.postgres


@pytest.fixture
def server_url(pg_server: Any) -> Iterator[str]:
    name = pg_server.create_database(pg_server.template("demo", _demo))
    try:
        yield pg_server.url(name)
    finally:
        close_database()
        pg_server.drop_database(name)


class Laptop:
    def __init__(self, folder: Path, url: str, associations: list[int] | None = None) -> None:
        folder.mkdir(parents=True)
        self.path = folder / "kemidesk.sqlite3"
        self.backups = folder / "backups"
        self.url = url
        with self.open():
            sync.init_copy(url, associations)

    def open(self) -> Any:
        laptop = self

        class _Open:
            def __enter__(self) -> peewee.Database:
                close_database()
                return prepare_database(laptop.path, laptop.backups)

            def __exit__(self, *exc: object) -> None:
                close_database()

        return _Open()

    def sync(self) -> sync.SyncResult:
        with self.open():
            return sync.synchronise(self.url)


def server_db(url: str) -> peewee.Database:
    return sync.connect_server(url)


def snapshot(db: peewee.Database) -> dict[str, dict[str, dict[str, Any]]]:
    side = Side(db)
    out = {}
    for model in synced_models(models.ALL_MODELS):
        rows = side.rows(model)
        out[model._meta.table_name] = {
            u: {k: v for k, v in r.items() if k != "id"} for u, r in rows.items()
        }
    return out


def server_snapshot(url: str) -> dict[str, dict[str, dict[str, Any]]]:
    db = server_db(url)
    try:
        return snapshot(db)
    finally:
        db.close()


def laptop_snapshot(laptop: Laptop) -> dict[str, dict[str, dict[str, Any]]]:
    with laptop.open() as db:
        return snapshot(db)


def server_sql(url: str, sql: str, params: list[Any] | None = None) -> list[tuple[Any, ...]]:
    db = server_db(url)
    try:
        with db.atomic():
            cursor = db.execute_sql(sql, params or [])
            return cursor.fetchall() if cursor.description else []
    finally:
        db.close()


def test_two_laptops_and_the_server_converge(server_url: str, tmp_path: Path) -> None:
    a = Laptop(tmp_path / "a", server_url)
    b = Laptop(tmp_path / "b", server_url)
    assert laptop_snapshot(a) == server_snapshot(server_url)  # the first copy is exact
    with a.open():
        person = models.Person.select().order_by(models.Person.id).first()
        placement = models.Placement.select().order_by(models.Placement.id).first()
        update_record(models.Person, person.id, "X", {"phone": "040 111"})
        update_record(models.Placement, placement.id, "X", {"job_title": "Kannettava A"})
        from kemidesk.services.followups import FollowupInput, record_followup

        record_followup(
            FollowupInput(
                placement.id,
                FollowupType.INTERIM,
                date(2026, 11, 20),
                participants="ohjaaja",
                notes="A:n käynti",
            ),
            today=date(2026, 11, 28),
        )
        assert len(sync.waiting_changes()) == 3
    with b.open():
        update_record(models.Person, person.id, "X", {"email": "b@kemi.fi"})
        update_record(models.Placement, placement.id, "X", {"job_title": "Kannettava B"})
    server_sql(
        server_url, 'UPDATE "person" SET "notes" = %s WHERE "uuid" = %s', ["toimisto", person.uuid]
    )
    result_a = a.sync()
    assert (result_a.pushed, result_a.conflicts) == (3, 0)
    result_b = b.sync()
    assert (result_b.pushed, result_b.conflicts) == (2, 1)  # job_title changed on both sides
    a.sync()
    server = server_snapshot(server_url)
    row = server["person"][person.uuid]
    assert (row["phone"], row["email"], row["notes"]) == ("040 111", "b@kemi.fi", "toimisto")
    assert server["placement"][placement.uuid]["job_title"] == "Kannettava A"
    assert laptop_snapshot(a) == server
    assert laptop_snapshot(b) == server
    with b.open():
        conflicts = sync.list_conflicts()
        assert [(c.field, c.laptop_value, c.server_value) for c in conflicts] == [
            ("job_title", "Kannettava B", "Kannettava A")
        ]
        sync.resolve_conflict(conflicts[0].id, "Kannettava A ja B")  # a third value
        assert sync.status(ask_server=False).conflicts_open == 0
    b.sync()
    a.sync()
    server = server_snapshot(server_url)
    assert server["placement"][placement.uuid]["job_title"] == "Kannettava A ja B"
    assert laptop_snapshot(a) == server == laptop_snapshot(b)
    resolved = server_sql(server_url, 'SELECT "resolved_value" FROM "sync_conflict"')
    assert [json.loads(r[0]) for r in resolved] == ["Kannettava A ja B"]


def test_every_service_write_on_a_copy_lands_in_the_outbox(server_url: str, tmp_path: Path) -> None:
    a = Laptop(tmp_path / "a", server_url)
    with a.open() as db:
        tables = {m._meta.table_name for m in synced_models(models.ALL_MODELS)}
        triggers = {
            r[0] for r in db.execute_sql("SELECT tbl_name FROM sqlite_master WHERE type='trigger'")
        }
        assert tables <= triggers, f"tables without outbox triggers: {tables - triggers}"
        person = models.Person.select().first()
        models.Person.update(notes="joukkopäivitys").where(models.Person.id == person.id).execute()
        change = sync.waiting_changes()[-1]
        assert (change.table_name, change.row_uuid, change.op) == ("person", person.uuid, "update")
        assert json.loads(change.fields) == {"notes": [person.notes, "joukkopäivitys"]}
        models.Person.update(notes="joukkopäivitys").where(models.Person.id == person.id).execute()
        assert len(sync.waiting_changes()) == 1  # nothing changed, nothing recorded


def test_office_only_actions_are_refused_on_a_copy(server_url: str, tmp_path: Path) -> None:
    from kemidesk.services.settings import get_office_settings, save_office_settings

    a = Laptop(tmp_path / "a", server_url)
    with a.open():
        current = get_office_settings()
        with pytest.raises(NotAllowedError) as caught:
            save_office_settings(current.__class__(**{**current.__dict__, "phone": "016 000 000"}))
        assert caught.value.code == "SYNC_OFFICE_ONLY"
        assert "vaatii yhteyden toimiston tietokantaan" in caught.value.message
        payment = models.Payment.select().first()
        with pytest.raises(NotAllowedError):
            update_record(models.Payment, payment.id, "X", {"approved_on": date(2026, 11, 28)})
        update_record(models.Payment, payment.id, "X", {"payslip_received": True})  # a claim


def test_erasure_travels_to_the_copy(server_url: str, tmp_path: Path) -> None:
    a = Laptop(tmp_path / "a", server_url)
    with a.open():
        person = models.Person.select().where(models.Person.hetu != "").first()
    server_sql(
        server_url,
        'UPDATE "person" SET "first_name" = %s, "hetu" = %s WHERE "uuid" = %s',
        ["(poistettu)", "", person.uuid],
    )
    a.sync()
    with a.open():
        erased = models.Person.get(models.Person.uuid == person.uuid)
        assert (erased.first_name, erased.hetu) == ("(poistettu)", "")


def test_copy_of_chosen_associations(server_url: str, tmp_path: Path) -> None:
    ids = [
        r[0] for r in server_sql(server_url, 'SELECT "id" FROM "association" ORDER BY "id" LIMIT 2')
    ]
    a = Laptop(tmp_path / "a", server_url, ids)
    with a.open():
        assert sorted(x.id for x in models.Association.select()) == ids
        assert (
            models.Placement.select().where(models.Placement.association.not_in(ids)).count() == 0
        )
    other = server_sql(
        server_url, 'SELECT "uuid" FROM "association" WHERE "id" <> ALL(%s) LIMIT 1', [ids]
    )[0][0]
    server_sql(server_url, 'UPDATE "association" SET "notes" = %s WHERE "uuid" = %s', ["x", other])
    a.sync()
    with a.open():
        assert not models.Association.select().where(models.Association.uuid == other).exists()


class Crash(Exception):
    pass


def test_killed_syncs_resume_without_loss_or_duplicates(
    server_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """50 rounds: edits and inserts on the laptop and the server, then a sync killed at
    random points (and resumed until it finishes). Afterwards every laptop change was
    applied exactly once and the copy equals the server."""
    monkeypatch.setattr(sync, "PUSH_BATCH", 3)
    monkeypatch.setattr(sync, "PULL_BATCH", 4)
    rng = random.Random(13)
    a = Laptop(tmp_path / "a", server_url)
    with a.open():
        people = [p.id for p in models.Person.select().order_by(models.Person.id).limit(40)]
        placement = models.Placement.select().order_by(models.Placement.id).first().id
    kills = 0
    expected_notes: dict[int, str] = {}
    inserted = 0
    for round_no in range(50):
        with a.open():
            for j in range(rng.randint(1, 6)):
                pid = people[rng.randrange(20)]  # the laptop's people: 0..19
                text = f"kierros {round_no} muutos {j}"
                update_record(models.Person, pid, "X", {"notes": text})
                expected_notes[pid] = text
            if rng.random() < 0.5:
                from kemidesk.services.followups import FollowupInput, record_followup

                record_followup(
                    FollowupInput(
                        placement, FollowupType.INTERIM, date(2026, 11, 1), participants="ohjaaja"
                    ),
                    today=date(2026, 11, 28),
                )
                inserted += 1
        for _ in range(rng.randint(0, 5)):  # the office's people: 20..39
            server_sql(
                server_url,
                'UPDATE "person" SET "phone" = %s WHERE "id" = %s',
                [f"{round_no}-{rng.randrange(1000)}", people[20 + rng.randrange(20)]],
            )
        points = [
            "push-before-commit", "push-after-server-commit", "push-after-local-commit",
            "pull-before-apply", "pull-inside-apply", "pull-after-batch",
        ]  # fmt: skip
        target = rng.choice(points)
        skip = rng.randrange(3)

        def hook(name: str, target: str = target) -> None:
            nonlocal skip
            if name == target:
                if skip == 0:
                    skip = -1
                    raise Crash(name)
                skip -= 1

        monkeypatch.setattr(sync, "crash_hook", hook)
        for _attempt in range(10):
            try:
                a.sync()
                break
            except Crash:
                kills += 1
        else:
            pytest.fail("the sync never finished")
    monkeypatch.setattr(sync, "crash_hook", None)
    a.sync()
    assert kills >= 30, kills  # most rounds were really killed somewhere
    with a.open():
        outbox = [c.change_uuid for c in models.SyncOutbox.select()]
        assert not sync.waiting_changes()
    applied = server_sql(server_url, 'SELECT "change_uuid" FROM "sync_applied"')
    assert sorted(r[0] for r in applied) == sorted(outbox)  # 0 lost, 0 twice
    for pid, text in expected_notes.items():
        assert server_sql(server_url, 'SELECT "notes" FROM "person" WHERE "id" = %s', [pid]) == [
            (text,)
        ]
    server = server_snapshot(server_url)
    assert laptop_snapshot(a) == server
    assert len(server["followup"]) == len(set(server["followup"]))
    assert not server_sql(server_url, 'SELECT 1 FROM "sync_conflict"')
    print(f"kill-and-resume: 50 rounds, {kills} kills, {len(outbox)} changes, {inserted} inserts")
