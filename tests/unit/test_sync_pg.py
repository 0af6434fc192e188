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
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kemidesk.db import models
from kemidesk.db.connection import close_database
from kemidesk.db.setup import prepare_database
from kemidesk.db.sync_schema import synced_models
from kemidesk.domain.types import FollowupType
from kemidesk.services import permissions, sync
from kemidesk.services.common import update_record
from kemidesk.services.errors import NotAllowedError
from kemidesk.services.sync_rows import Side
from tests.conftest import _demo

pytestmark = pytest.mark.postgres
TODAY_ = date(2026, 11, 28)


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
        # the window asks the same rights: the office's own actions off, the records on
        assert not permissions.can("decide")
        assert not permissions.can("approve")
        assert permissions.can("record")
        assert permissions.can("claim")
        with pytest.raises(NotAllowedError) as refused:
            permissions.require("decide")
        assert refused.value.code == "SYNC_OFFICE_ONLY"


def test_erasure_travels_to_the_copy(server_url: str, tmp_path: Path) -> None:
    """Erased at the office while the laptop edited the person's notes offline: the copy
    gets the erased row, and the laptop's text is kept nowhere (no conflict record)."""
    a = Laptop(tmp_path / "a", server_url)
    with a.open():
        person = models.Person.select().where(models.Person.hetu != "").first()
        update_record(models.Person, person.id, "X", {"notes": "terveystieto kannettavalla"})
    server_sql(
        server_url,
        'UPDATE "person" SET "first_name" = %s, "hetu" = %s, "notes" = %s, "archived" = true '
        'WHERE "uuid" = %s',
        ["Poistettu", "", "", person.uuid],
    )
    result = a.sync()
    assert result.conflicts == 0
    with a.open():
        erased = models.Person.get(models.Person.uuid == person.uuid)
        assert (erased.first_name, erased.hetu, erased.notes) == ("Poistettu", "", "")
        assert not sync.list_conflicts()
    assert not server_sql(server_url, 'SELECT 1 FROM "sync_conflict"')
    assert server_snapshot(server_url) == laptop_snapshot(a)


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


def test_command_line_init_sync_status_conflicts(
    server_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from kemidesk.cli import main

    folder = str(tmp_path / "kone")
    assert main(["sync", "init", "--database", server_url, "--data-dir", folder]) == 0
    assert "Kopio tehty" in capsys.readouterr().out
    assert main(["sync", "--database", server_url, "--data-dir", folder]) == 0
    assert "Synkronoitu: lähetetty 0 muutosta" in capsys.readouterr().out
    assert main(["sync", "status", "--database", server_url, "--data-dir", folder]) == 0
    out = capsys.readouterr().out
    assert "Yhteys: yhteydessä" in out
    assert "Odottavia muutoksia: 0" in out
    assert main(["sync", "conflicts", "--format", "csv", "--data-dir", folder]) == 0
    assert capsys.readouterr().out.startswith("id;taulu;rivi;kenttä;kannettava;toimisto")
    dead = "postgresql://nobody@127.0.0.1:1/kemidesk"
    assert main(["sync", "status", "--database", dead, "--data-dir", folder]) == 0
    assert "Yhteys: ei yhteyttä" in capsys.readouterr().out
    assert main(["sync", "--database", dead, "--data-dir", folder]) == 1
    assert "ei saada yhteyttä" in capsys.readouterr().err
    assert main(["sync", "init", "--database", server_url, "--data-dir", folder]) == 1
    assert "on jo tietoja" in capsys.readouterr().err


CELLS = [(0, "notes"), (0, "phone"), (1, "notes"), (1, "phone")]
actions = st.lists(
    st.one_of(
        st.tuples(
            st.sampled_from(["a", "b", "server"]),
            st.sampled_from(range(len(CELLS))),
            st.sampled_from(["x", "y", "z"]),
        ),
        st.tuples(st.just("sync"), st.sampled_from(["a", "b"])),
    ),
    min_size=1,
    max_size=14,
)


@settings(max_examples=12, deadline=None, suppress_health_check=list(HealthCheck))
@given(steps=actions)
def test_random_interleavings_converge_with_exactly_the_expected_conflicts(  # noqa: C901
    pg_server: Any, tmp_path_factory: pytest.TempPathFactory, steps: list[tuple[Any, ...]]
) -> None:
    """A model of the rules (push: the server keeps its value when it differs from what the
    laptop saw and from the laptop's value) predicts the conflicts; after a final round of
    syncs every copy equals the server."""
    from tests.conftest import _migrated

    name = pg_server.create_database(pg_server.template("empty", _migrated))
    url = pg_server.url(name)
    try:
        people = []
        for i in range(2):
            uid = f"{i:032x}"
            server_sql(
                url,
                'INSERT INTO "person" ("uuid", "created_at", "updated_at", "first_name", '
                '"last_name", "hetu", "kemi_resident", "partial_work_ability", '
                '"work_ability_note", "phone", "email", "notes", "archived") VALUES '
                "(%s, now(), now(), 'Testi', %s, '', true, false, '', '', '', '', false)",
                [uid, f"Henkilö {i}"],
            )
            people.append(uid)
        folder = tmp_path_factory.mktemp("interleave")
        laptops = {k: Laptop(folder / k, url) for k in ("a", "b")}
        server_cells = {c: "" for c in range(len(CELLS))}
        local = {k: dict(server_cells) for k in laptops}
        pending: dict[str, list[tuple[int, str, str]]] = {k: [] for k in laptops}
        expected_conflicts = 0

        def model_sync(k: str) -> None:
            nonlocal expected_conflicts
            for cell, old, new in pending[k]:
                if server_cells[cell] == old:
                    server_cells[cell] = new
                elif server_cells[cell] != new:
                    expected_conflicts += 1
            pending[k] = []
            local[k] = dict(server_cells)

        for step in steps:
            if step[0] == "sync":
                laptops[step[1]].sync()
                model_sync(step[1])
                continue
            who, cell, value = step
            index, field = CELLS[cell]
            if who == "server":
                server_sql(
                    url,
                    f'UPDATE "person" SET "{field}" = %s WHERE "uuid" = %s',
                    [value, people[index]],
                )
                server_cells[cell] = value
                continue
            with laptops[who].open():
                pid = models.Person.get(models.Person.uuid == people[index]).id
                update_record(models.Person, pid, "X", {field: value})
            if local[who][cell] != value:
                pending[who].append((cell, local[who][cell], value))
                local[who][cell] = value
        for k in ("a", "b", "a"):
            laptops[k].sync()
            model_sync(k)
        server = server_snapshot(url)
        for laptop in laptops.values():
            assert laptop_snapshot(laptop) == server
        for cell, (index, field) in enumerate(CELLS):
            assert server["person"][people[index]][field] == server_cells[cell]
        found = server_sql(url, 'SELECT count(*) FROM "sync_conflict"')[0][0]
        assert found == expected_conflicts
    finally:
        close_database()
        pg_server.drop_database(name)


def test_the_same_new_record_on_both_sides_is_a_conflict_not_a_stuck_sync(
    server_url: str, tmp_path: Path
) -> None:
    """Both recorded the end outcome of one placement (unique per checkpoint): the server's
    stays, the laptop's row leaves the copy with its values kept in the conflict."""
    from kemidesk.domain.types import OutcomeCheckpoint, OutcomeStatus
    from kemidesk.services.followups import record_outcome

    a = Laptop(tmp_path / "a", server_url)
    with a.open():
        done = {o.placement_id for o in models.Outcome.select()}
        placement = (
            models.Placement.select()
            .where(models.Placement.end_date < date(2026, 1, 1), models.Placement.id.not_in(done))
            .first()
        )
        record_outcome(placement.id, OutcomeCheckpoint.END, OutcomeStatus.EDUCATION, TODAY_)
    server_sql(
        server_url,
        'INSERT INTO "outcome" ("uuid", "created_at", "updated_at", "placement_id", '
        '"checkpoint", "status", "recorded_on", "notes") VALUES '
        "(md5('toimisto'), now(), now(), %s, 'end', 'company_job', %s, 'toimisto')",
        [placement.id, TODAY_],
    )
    result = a.sync()
    assert result.conflicts == 1
    assert laptop_snapshot(a) == server_snapshot(server_url)
    with a.open():
        (conflict,) = sync.list_conflicts()
        assert conflict.field == "*"
        assert conflict.laptop_value["status"] == "education"
        outcome = models.Outcome.get(models.Outcome.placement == placement.id)
        assert outcome.notes == "toimisto"


def test_server_reachable_probes_without_logging_in(server_url: str) -> None:
    """The window's automatic try asks this first (off its thread): the running test server
    answers, a closed port does not."""
    import socket

    assert sync.server_reachable(server_url)
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        closed = sock.getsockname()[1]
    assert not sync.server_reachable(f"postgresql://x@127.0.0.1:{closed}/kemidesk", timeout=1)


def test_a_pruned_change_log_refuses_only_the_copies_it_left_behind(
    server_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`server prune-sync-log` removes the office's old change log rows; a copy that pulled
    them syncs on, a copy that had not gets its own changes up and is then told to be made
    again (SYNC_COPY_TOO_OLD); a copy made after the prune works."""
    from datetime import timedelta

    from kemidesk.cli import main
    from kemidesk.db.connection import open_server_database

    fresh = Laptop(tmp_path / "fresh", server_url)
    stale = Laptop(tmp_path / "stale", server_url)
    people = server_sql(server_url, 'SELECT "uuid" FROM "person" ORDER BY "id" LIMIT 2')
    office, offline = people[0][0], people[1][0]
    server_sql(
        server_url, 'UPDATE "person" SET "notes" = %s WHERE "uuid" = %s', ["toimistossa", office]
    )
    assert fresh.sync().pulled_rows >= 1  # fresh has the office's change, stale has not
    with stale.open():
        person = models.Person.get(models.Person.uuid == offline)
        update_record(models.Person, person.id, "X", {"notes": "kannettavalla"})
    # the command line prunes nothing younger than its days (the rows are seconds old)
    assert main(["server", "prune-sync-log", "--keep-days", "30", "--database", server_url]) == 0
    assert "poistettu 0 yli 30 päivää vanhaa riviä" in capsys.readouterr().out
    logged = server_sql(server_url, 'SELECT count(*) FROM "sync_change_log"')[0][0]
    assert logged >= 1
    close_database()
    open_server_database(server_url)
    try:
        result = sync.prune_change_log(0, now=models.utc_now() + timedelta(minutes=1))
    finally:
        close_database()
    assert (result.removed, result.total_removed) == (logged, logged)
    assert server_sql(server_url, 'SELECT count(*) FROM "sync_change_log"')[0][0] == 0

    server_sql(  # a change after the prune
        server_url, 'UPDATE "person" SET "phone" = %s WHERE "uuid" = %s', ["040 1", office]
    )
    fresh.sync()
    with fresh.open():
        assert models.Person.get(models.Person.uuid == office).phone == "040 1"
    with pytest.raises(sync.SyncError) as refused:
        stale.sync()
    assert refused.value.code == "SYNC_COPY_TOO_OLD"
    notes = server_sql(server_url, 'SELECT "notes" FROM "person" WHERE "uuid" = %s', [offline])
    assert notes == [("kannettavalla",)]  # its own change went up first
    with stale.open():
        assert sync.status(ask_server=False).last_error.startswith("Toimiston muutoslokista")
        assert models.Person.get(models.Person.uuid == office).notes != "toimistossa"
    again = Laptop(tmp_path / "again", server_url)
    assert again.sync().pulled_rows == 0
    fresh.sync()  # gets the stale copy's change
    assert laptop_snapshot(again) == server_snapshot(server_url) == laptop_snapshot(fresh)
