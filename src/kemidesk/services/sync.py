"""Laptop copies that work offline and synchronise with the office database (issue 13).

- `init_copy`: a local SQLite copy of the server (or of chosen associations and everything
  under them), read in one REPEATABLE READ snapshot; the pull checkpoint starts at that
  snapshot's horizon. The laptop's outbox triggers are installed (db.sync_schema).
- `synchronise`: push, then pull. Push sends the outbox in order, in batches, each batch one
  server transaction that also records the change UUIDs it applied (`sync_applied`): a
  change sent again after a crash is recognised and not applied twice. Per field, the
  server's value is compared with the value the laptop saw before its edit: equal → the
  laptop's value is written; already the laptop's value → nothing; else the same field was
  changed on both sides: the server's value stays and the laptop's is kept in a conflict.
- Pull: the server's change log is read by transaction id window [lo, hi), where hi is the
  oldest transaction still running when the window opened: every transaction below hi has
  finished, so nothing committed later can appear below it (a BIGSERIAL alone can: sequence
  numbers are taken before commit). Within a window, batches by seq; each batch fetches the
  rows' CURRENT server state and writes it locally with the checkpoint in one local
  transaction, so a crash anywhere repeats at most one batch, and applying it again gives
  the same result.
- The audit log goes up too (one way): each row the laptop appends is an outbox entry of
  kind "audit", pushed in its place among the changes and appended to the office's log
  (`sync_applied` again keeps a resent one from being appended twice).
"""

from __future__ import annotations

import functools
import json
import uuid as uuid_module
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import peewee

from kemidesk.db import models
from kemidesk.db.connection import ServerDatabase, database_proxy, is_server
from kemidesk.db.sync_schema import (
    AUDIT_COLUMNS,
    AUDIT_OP,
    install_laptop_triggers,
    synced_models,
)
from kemidesk.domain.errors import DomainError
from kemidesk.services import sync_values as sv
from kemidesk.services.sync_rows import Side

PUSH_BATCH = 200
PULL_BATCH = 500
SCOPE_PARENTS = ("association", "placement", "decision", "application")
CONFLICT_NAMESPACE = uuid_module.UUID("6b656d69-6465-736b-2d73-796e632d3133")

# Tests set this to raise at named points, to crash a sync anywhere and resume it.
crash_hook: Callable[[str], None] | None = None


def _crash_point(name: str) -> None:
    if crash_hook is not None:
        crash_hook(name)


class SyncError(DomainError):
    """A sync that cannot run (no copy, server unreachable, old server schema)."""


@dataclass(frozen=True)
class SyncResult:
    pushed: int
    already_applied: int
    conflicts: int
    pulled_rows: int
    batches: int
    audit_rows: int = 0  # the laptop's audit log rows appended to the office's


@dataclass(frozen=True)
class SyncStatus:
    server: str
    online: bool | None  # None: not asked
    last_sync_at: datetime | None
    waiting: int
    conflicts_open: int
    last_error: str


@dataclass(frozen=True)
class ConflictRow:
    id: int
    table_name: str
    row_uuid: str
    field: str
    laptop_value: Any
    server_value: Any
    laptop_user: str
    laptop_at: datetime | None
    server_at: datetime | None
    detected_at: datetime | None
    resolved_at: datetime | None
    resolved_value: Any
    record: str = ""  # which record, as the lists name it


RECORD_NAMES = {  # the columns that name a record in the conflict list
    "person": ("last_name", "first_name"),
    "association": ("name",),
    "placement": ("job_title",),
    "training": ("title",),
    "employer_ring": ("name",),
}


def _record_name(table: str, row_uuid: str) -> str:
    columns = RECORD_NAMES.get(table)
    if not columns:
        return ""
    row = database_proxy.obj.execute_sql(
        f'SELECT {", ".join(chr(34) + c + chr(34) for c in columns)} FROM "{table}" '
        'WHERE "uuid" = ?',
        [row_uuid],
    ).fetchone()
    return " ".join(str(v) for v in row if v) if row else ""


# ---------------------------------------------------------------- connections


def url_without_password(url: str) -> str:
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.rsplit("@", 1)
    user = netloc[0].split(":", 1)[0]
    return urlunsplit(parts._replace(netloc=f"{user}@{netloc[1]}"))


# libpq's words when the server wants a password it did not get, or refused the one given
PASSWORD_PROBLEMS = ("no password supplied", "password authentication failed")


def connect_server(url: str, timeout: int = 10) -> ServerDatabase:
    """A connection to the office server that is NOT bound to the models' proxy (that stays
    on the laptop's file)."""
    from kemidesk.db.connection import _first_line
    from kemidesk.db.target import describe_url

    db = ServerDatabase(
        url, prefer_psycopg3=True, options="-c TimeZone=UTC", connect_timeout=timeout
    )
    try:
        db.connect()
    except peewee.DatabaseError as exc:
        reason = _first_line(exc)
        if any(sign in str(exc) for sign in PASSWORD_PROBLEMS):
            raise SyncError("SYNC_PASSWORD_NEEDED", server=describe_url(url)) from exc
        raise SyncError("SYNC_SERVER_UNREACHABLE", server=describe_url(url), reason=reason) from exc
    return db


def _check_server_schema(server: peewee.Database) -> None:
    from kemidesk.db.migrations import HEAD, schema_version

    if schema_version(server) != HEAD:
        raise SyncError("SYNC_SERVER_SCHEMA", version=schema_version(server), head=HEAD)


def is_laptop_copy() -> bool:
    """True when the open database is a laptop copy (SQLite with a sync state)."""
    from kemidesk.services.permissions import is_laptop_copy as copy

    return copy()


def _state() -> models.SyncState:
    state = models.SyncState.get_or_none()
    if state is None:
        raise SyncError("SYNC_NOT_A_COPY")
    return state


# ---------------------------------------------------------------- the first copy


def init_copy(url: str, association_ids: list[int] | None = None) -> dict[str, int]:
    """Fill the open (fresh, migrated) local SQLite database with the server's data, or
    with the chosen associations and everything under them; returns rows per table."""
    local = database_proxy.obj
    if is_server():
        raise SyncError("SYNC_COPY_NOT_LOCAL")
    if models.SyncState.select().exists() or models.Association.select().exists():
        raise SyncError("SYNC_COPY_NOT_EMPTY")
    server = connect_server(url)
    try:
        _check_server_schema(server)
        with server.atomic():
            server.execute_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
            horizon = _horizon(server)
            tables = _read_copy(server, association_ids)
            scope = [r[1] for r in tables.get("association", [])] if association_ids else []
    finally:
        server.close()
    counts = _write_copy(local, tables)
    with local.atomic():
        models.SyncState.create(
            server=url_without_password(url),
            laptop_id=uuid_module.uuid4().hex,
            os_user=_user(),
            associations=",".join(str(u) for u in scope),
            pull_lo=horizon,
            last_sync_at=models.utc_now(),
            last_error="",
        )
    install_laptop_triggers(local, models.ALL_MODELS)
    return counts


def _user() -> str:
    from kemidesk.services.common import os_user

    return os_user()


def _horizon(server: peewee.Database) -> int:
    """The oldest transaction id still running (or the next one): every transaction below
    it has finished."""
    row = server.execute_sql("SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint")
    return int(row.fetchone()[0])


def _read_copy(
    server: peewee.Database, association_ids: list[int] | None
) -> dict[str, list[tuple[Any, ...]]]:
    """Raw server rows per table (ids as on the server), filtered to the associations."""
    where = _copy_filters(association_ids) if association_ids else {}
    out: dict[str, list[tuple[Any, ...]]] = {}
    for model in synced_models(models.ALL_MODELS):
        table = model._meta.table_name
        columns = ", ".join(f'"{f.column_name}"' for f in model._meta.sorted_fields)
        sql = f'SELECT {columns} FROM "{table}"'
        if table in where:
            sql += f" WHERE {where[table]}"
        out[table] = list(server.execute_sql(sql + ' ORDER BY "id"'))
    return out


def _copy_filters(association_ids: list[int]) -> dict[str, str]:
    ids = ", ".join(str(int(i)) for i in association_ids) or "NULL"
    placements = f'SELECT "id" FROM "placement" WHERE "association_id" IN ({ids})'
    decisions = f'SELECT "id" FROM "decision" WHERE "placement_id" IN ({placements})'
    rings = f'SELECT "id" FROM "employer_ring" WHERE "lead_id" IS NULL OR "lead_id" IN ({ids})'
    people = (
        f'SELECT "person_id" FROM "placement" WHERE "association_id" IN ({ids}) '
        f'UNION SELECT "person_id" FROM "training_registration" WHERE "association_id" IN ({ids})'
    )
    return {
        "association": f'"id" IN ({ids})',
        "placement": f'"association_id" IN ({ids})',
        "person": f'"id" IN ({people})',
        # rings led by the chosen associations (or by none yet), their chosen members
        "employer_ring": f'"id" IN ({rings})',
        "ring_member": f'"association_id" IN ({ids}) AND "ring_id" IN ({rings})',
        "ring_proposal": f'"ring_id" IS NULL OR "ring_id" IN ({rings})',
        "recruitment_need": (
            f'"association_id" IN ({ids}) AND ("placement_id" IS NULL OR "placement_id" IN '
            f'({placements})) AND ("ring_id" IS NULL OR "ring_id" IN ({rings}))'
        ),
        "job_seeker": f'"person_id" IN ({people})',
        "coach_visit": f'"placement_id" IN ({placements})',
        "application": f'"placement_id" IN ({placements})',
        "decision": f'"placement_id" IN ({placements})',
        "payment": f'"decision_id" IN ({decisions})',
        "followup": f'"placement_id" IN ({placements})',
        "outcome": f'"placement_id" IN ({placements})',
        "transfer_agreement": f'"placement_id" IN ({placements})',
        "de_minimis_aid": f'"association_id" IN ({ids})',
        "training_registration": f'"association_id" IN ({ids})',
        "supervision_session": f'"association_id" IN ({ids})',
    }


def _write_copy(local: peewee.Database, tables: dict[str, list[tuple[Any, ...]]]) -> dict[str, int]:
    """The server's rows with the server's ids into the fresh file (its own starting rows,
    such as the training themes of step 8, give way to the server's)."""
    ordered = synced_models(models.ALL_MODELS)
    conn = local.connection()
    counts: dict[str, int] = {}
    with local.atomic():
        local.execute_sql("PRAGMA defer_foreign_keys = ON")
        for model in reversed(ordered):
            local.execute_sql(f'DELETE FROM "{model._meta.table_name}"')
        for model in ordered:
            table = model._meta.table_name
            fields = model._meta.sorted_fields
            convert = [_copy_converter(f) for f in fields]
            rows = tables.get(table, [])
            if any(convert):
                rows = [
                    tuple(
                        v if c is None or v is None else c(v)
                        for c, v in zip(convert, raw, strict=True)
                    )
                    for raw in rows
                ]
            columns = ", ".join(f'"{f.column_name}"' for f in fields)
            marks = ", ".join("?" * len(fields))
            conn.executemany(f'INSERT INTO "{table}" ({columns}) VALUES ({marks})', rows)
            counts[table] = len(rows)
        broken = local.execute_sql("PRAGMA foreign_key_check").fetchall()
        if broken:
            raise SyncError("SYNC_COPY_BROKEN", table=broken[0][0])
    return counts


def _copy_converter(field: peewee.Field) -> Callable[[Any], Any] | None:
    """A server value → the SQLite value of the first copy (None: as it is)."""
    if isinstance(field, peewee.ForeignKeyField) or field.primary_key:
        return None
    kind = sv.kind(field)
    if kind == "bool":
        return int
    if kind in ("date", "datetime"):
        return lambda v: sv.from_server(field, v)
    return None


# ---------------------------------------------------------------- synchronise


def server_reachable(url: str, timeout: float = 3.0) -> bool:
    """Whether the office server answers at its address (a TCP or Unix-socket connect, no
    login): the window asks this off its own thread before an automatic try, so an offline
    laptop never waits for a connection attempt."""
    import socket
    from urllib.parse import parse_qs

    parts = urlsplit(url)
    query = {k: v[-1] for k, v in parse_qs(parts.query).items()}
    host = query.get("host") or parts.hostname or "localhost"
    port = int(query.get("port") or parts.port or 5432)
    try:
        if host.startswith("/"):
            with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
                sock.settimeout(timeout)
                sock.connect(f"{host}/.s.PGSQL.{port}")
        else:
            socket.create_connection((host, port), timeout=timeout).close()
    except OSError:
        return False
    return True


def synchronise(url: str | None = None, *, timeout: int = 10) -> SyncResult:
    """Push the outbox, then pull the server's changes. `url` with the password when the
    stored one (without it) does not do; libpq's PGPASSWORD / pgpass work too."""
    state = _state()
    local = database_proxy.obj
    install_laptop_triggers(local, models.ALL_MODELS)  # tables added by later migrations
    with local.atomic():
        models.SyncState.update(last_attempt_at=models.utc_now()).execute()
    try:
        server = connect_server(url or state.server, timeout=timeout)
    except SyncError as exc:
        with local.atomic():
            models.SyncState.update(last_error=exc.message).execute()
        raise
    try:
        _check_server_schema(server)
        pushed, again, conflicts, audited = _push(local, server, state)
        _push_resolutions(local, server)
        try:
            pulled, batches = _pull(local, server)
        except SyncError as exc:  # the copy's own changes went up; it cannot be brought up
            with local.atomic():
                models.SyncState.update(last_error=exc.message).execute()
            raise
    finally:
        server.close()
    with local.atomic():
        models.SyncState.update(last_sync_at=models.utc_now(), last_error="").execute()
    return SyncResult(pushed, again, conflicts, pulled, batches, audited)


def waiting_changes() -> list[models.SyncOutbox]:
    """The record changes not yet pushed (the audit log's rows that wait are not changes)."""
    return list(
        models.SyncOutbox.select()
        .where(models.SyncOutbox.pushed_at.is_null() & (models.SyncOutbox.op != AUDIT_OP))
        .order_by(models.SyncOutbox.id)
    )


def _push(local: peewee.Database, server: peewee.Database, state: Any) -> tuple[int, int, int, int]:
    pushed = again = conflicts = audited = 0
    laptop_id = state.laptop_id
    while True:
        batch = list(
            models.SyncOutbox.select()
            .where(models.SyncOutbox.pushed_at.is_null())
            .order_by(models.SyncOutbox.id)
            .limit(PUSH_BATCH)
        )
        if not batch:
            return pushed, again, conflicts, audited
        found: list[dict[str, Any]] = []
        with server.atomic():
            remote = Side(server)
            for change in batch:
                done = server.execute_sql(
                    'SELECT 1 FROM "sync_applied" WHERE "change_uuid" = %s', [change.change_uuid]
                ).fetchone()
                if done:
                    again += 1
                    found.extend(_server_conflicts(server, change.change_uuid))
                    continue
                if change.op == AUDIT_OP:
                    _append_audit(remote, change)
                    audited += 1
                else:
                    new = _apply_change(remote, change, laptop_id)
                    for conflict in new:
                        _store_server_conflict(server, conflict)
                    found.extend(new)
                    pushed += 1
                server.execute_sql(
                    'INSERT INTO "sync_applied" ("change_uuid", "laptop_id", "applied_at") '
                    "VALUES (%s, %s, now())",
                    [change.change_uuid, laptop_id],
                )
            _crash_point("push-before-commit")
        _crash_point("push-after-server-commit")
        with local.atomic():
            ids = [c.id for c in batch]
            models.SyncOutbox.update(pushed_at=models.utc_now()).where(
                models.SyncOutbox.id.in_(ids)
            ).execute()
            for conflict in found:
                models.SyncConflict.insert(**conflict).on_conflict_ignore().execute()
                conflicts += 1
            _drop_refused_inserts(local, batch, found)
        _crash_point("push-after-local-commit")


def _append_audit(remote: Side, change: Any) -> None:
    """One row of the laptop's audit log appended to the office's (field names only). Its
    record is named by uuid; the office's id of it, or 0 when the office does not have it
    (a new record the office refused). The database user is the server's: the syncing
    login (`DEFAULT CURRENT_USER`); the laptop's OS user stays in os_user."""
    row = json.loads(change.fields)
    model = _audited_models().get(row["entity"])
    uuid = row["entity_uuid"]
    office_ids = remote.ids_of_uuids(model, [uuid]) if model is not None and uuid else {}
    row["entity_id"] = office_ids.get(uuid, 0)
    row["at"] = sv.to_server(models.AuditLog.at, row["at"])
    columns = ", ".join(f'"{c}"' for c in AUDIT_COLUMNS)
    remote.db.execute_sql(
        f'INSERT INTO "audit_log" ({columns}) VALUES ({", ".join(["%s"] * len(AUDIT_COLUMNS))})',
        [row[c] for c in AUDIT_COLUMNS],
    )


@functools.cache
def _audited_models() -> dict[str, type[peewee.Model]]:
    """A model's name (the audit log's `entity`) → the model, for the synced tables."""
    return {m.__name__: m for m in synced_models(models.ALL_MODELS)}


def _drop_refused_inserts(local: peewee.Database, batch: list[Any], found: list[Any]) -> None:
    """A new row the server refused (its parent is gone, or the office has the same record)
    leaves the copy too: its values stay in the conflict record, and the copy converges
    with the server."""
    inserts = {c.change_uuid: c for c in batch if c.op == "insert"}
    refused = [inserts[c["change_uuid"]] for c in found if c["change_uuid"] in inserts]
    if not refused:
        return
    side = Side(local)
    models.SyncState.update(applying=1).execute()
    local.execute_sql("PRAGMA defer_foreign_keys = ON")
    for change in refused:
        model = sv.table_models().get(change.table_name)
        if model is not None:
            side.delete(model, change.row_uuid)
    models.SyncState.update(applying=0).execute()


CONFLICT_COLUMNS = (
    "conflict_uuid", "change_uuid", "laptop_id", "table_name", "row_uuid", "field",
    "laptop_value", "server_value", "laptop_user", "laptop_at", "server_at",
)  # fmt: skip


def _store_server_conflict(server: peewee.Database, conflict: dict[str, Any]) -> None:
    columns = ", ".join(f'"{c}"' for c in CONFLICT_COLUMNS)
    marks = ", ".join(["%s"] * len(CONFLICT_COLUMNS))
    values = [conflict[c] for c in CONFLICT_COLUMNS]
    for i, name in enumerate(CONFLICT_COLUMNS):
        if name in ("laptop_at", "server_at") and values[i] is not None:
            values[i] = sv.to_server(models.SyncConflict.laptop_at, values[i])
    server.execute_sql(
        f'INSERT INTO "sync_conflict" ({columns}, "detected_at") VALUES ({marks}, now())',
        values,
    )


def _server_conflicts(server: peewee.Database, change_uuid: str) -> list[dict[str, Any]]:
    columns = ", ".join(f'"{c}"' for c in CONFLICT_COLUMNS)
    rows = server.execute_sql(
        f'SELECT {columns} FROM "sync_conflict" WHERE "change_uuid" = %s', [change_uuid]
    )
    out = []
    for row in rows:
        item = dict(zip(CONFLICT_COLUMNS, row, strict=True))
        for key in ("laptop_at", "server_at"):
            if item[key] is not None:
                item[key] = sv.from_server(models.SyncConflict.laptop_at, item[key])
        out.append(item)
    return out


def _apply_change(remote: Side, change: Any, laptop_id: str) -> list[dict[str, Any]]:
    """One laptop change on the server (inside the push transaction); returns conflicts."""
    model = sv.table_models().get(change.table_name)
    if model is None:
        return []
    fields: dict[str, list[Any]] = json.loads(change.fields)
    current = remote.rows(model, [change.row_uuid]).get(change.row_uuid)
    conflicts: list[dict[str, Any]] = []

    def conflict(field: str, laptop: Any, server: Any) -> None:
        conflicts.append(
            {
                "conflict_uuid": uuid_module.uuid5(
                    CONFLICT_NAMESPACE, f"{change.change_uuid}/{field}"
                ).hex,
                "change_uuid": change.change_uuid,
                "laptop_id": laptop_id,
                "table_name": change.table_name,
                "row_uuid": change.row_uuid,
                "field": field,
                "laptop_value": json.dumps(laptop, ensure_ascii=False),
                "server_value": json.dumps(server, ensure_ascii=False),
                "laptop_user": change.os_user,
                "laptop_at": sv.from_sqlite(models.SyncOutbox.at, change.at),
                "server_at": current["updated_at"] if current else None,
            }
        )

    meta = model._meta.fields
    if change.op == "insert" and current is None:
        values = {name: pair[1] for name, pair in fields.items() if name in meta}
        fk_ids, missing = _server_fk_ids(remote, model, values)
        if missing:
            conflict("*", values, None)  # a referenced row is gone from the server
        else:
            now = sv.now_text()
            row = {**values, "uuid": change.row_uuid, "created_at": now, "updated_at": now}
            try:
                with remote.db.atomic():  # a savepoint: a refused insert leaves the batch
                    remote.insert(model, row, fk_ids)
            except peewee.IntegrityError:  # e.g. the office recorded the same outcome
                conflict("*", values, "toimistolla on jo vastaava tieto")
    elif change.op == "delete":
        if current is not None:
            differs = [
                n for n, pair in fields.items()
                if n in meta and not sv.canonical_equal(meta[n], current.get(n), pair[0])
            ]  # fmt: skip
            if differs:  # the office changed the row since: a person decides
                conflict("*", None, {n: current.get(n) for n in differs})
            else:
                _delete_or_conflict(remote, model, change.row_uuid, conflict)
    elif current is None:
        conflict("*", {n: pair[1] for n, pair in fields.items()}, None)  # deleted there
    else:
        _apply_fields(remote, model, change, fields, current, conflict)
    return conflicts


def _apply_fields(
    remote: Side,
    model: Any,
    change: Any,
    fields: dict[str, list[Any]],
    current: dict[str, Any],
    conflict: Callable[[str, Any, Any], None],
) -> None:
    """Per field: the server still has what the laptop saw → the laptop's value; the server
    already has the laptop's value → nothing; else both changed it → a conflict."""
    meta = model._meta.fields
    if _erased(model, current):
        return  # erased at the office: the laptop's personal data is not kept anywhere
    to_set: dict[str, Any] = {}
    for name, (old, new) in fields.items():
        field = meta.get(name)
        if field is None:
            continue
        now_value = current.get(name)
        if sv.canonical_equal(field, now_value, old):
            to_set[name] = new
        elif not sv.canonical_equal(field, now_value, new):
            conflict(name, new, now_value)
    if not to_set:
        return
    fk_ids, missing = _server_fk_ids(remote, model, to_set)
    for name in missing:
        conflict(name, to_set.pop(name), current.get(name))
    if to_set:
        to_set["updated_at"] = sv.now_text()
        remote.update(model, change.row_uuid, to_set, fk_ids)


def _erased(model: Any, current: dict[str, Any]) -> bool:
    from kemidesk.services.people import ERASED_NAME

    return bool(
        model is models.Person
        and current.get("first_name") == ERASED_NAME
        and current.get("archived")
    )


def _delete_or_conflict(remote: Side, model: Any, row_uuid: str, conflict: Any) -> None:
    try:
        with remote.db.atomic():  # a savepoint: a refused delete leaves the batch intact
            remote.delete(model, row_uuid)
    except peewee.IntegrityError:
        conflict("*", None, "viitattu")


def _server_fk_ids(
    remote: Side, model: Any, values: dict[str, Any]
) -> tuple[dict[str, Any], list[str]]:
    fk_ids: dict[str, Any] = {}
    missing: list[str] = []
    for name, value in values.items():
        field = model._meta.fields.get(name)
        if not isinstance(field, peewee.ForeignKeyField):
            continue
        if value is None:
            fk_ids[name] = None
            continue
        found = remote.ids_of_uuids(field.rel_model, [value]).get(value)
        if found is None:
            missing.append(name)
        else:
            fk_ids[name] = found
    return fk_ids, missing


def _push_resolutions(local: peewee.Database, server: peewee.Database) -> None:
    """Conflicts decided on the laptop are marked decided on the server too."""
    done = list(models.SyncConflict.select().where(models.SyncConflict.resolved_at.is_null(False)))
    if not done:
        return
    with server.atomic():
        for item in done:
            server.execute_sql(
                'UPDATE "sync_conflict" SET "resolved_at" = %s, "resolved_value" = %s '
                'WHERE "conflict_uuid" = %s AND "resolved_at" IS NULL',
                [item.resolved_at, item.resolved_value, item.conflict_uuid],
            )


# ---------------------------------------------------------------- pruning the office's log


@dataclass(frozen=True)
class PruneResult:
    removed: int  # rows removed now
    total_removed: int  # by every prune together
    below_xid: int  # a copy whose pull is below this transaction id is made again


def prune_change_log(keep_days: int, now: datetime | None = None) -> PruneResult:
    """On the office server: remove the change log's rows older than `keep_days` days, in
    one transaction, and record below which transaction id rows may be gone. A copy that
    synchronised since those changes has them; one that has not is refused at its next
    pull (after its own changes went up) with SYNC_COPY_TOO_OLD and is made again. Needs
    the database owner (the roles have no right on the log)."""
    if not is_server():
        raise SyncError("SYNC_PRUNE_NOT_SERVER")
    if keep_days < 0:
        raise SyncError("SYNC_PRUNE_DAYS")
    db = database_proxy.obj
    cutoff = models.SyncChangeLog.at.db_value((now or models.utc_now()) - timedelta(days=keep_days))
    with db.atomic():
        removed, top = db.execute_sql(
            'WITH gone AS (DELETE FROM "sync_change_log" WHERE "at" < %s RETURNING "xid") '
            'SELECT count(*), max("xid") FROM gone',
            [cutoff],
        ).fetchone()
        before = db.execute_sql(
            'SELECT "below_xid", "rows" FROM "sync_log_pruned" WHERE "id" = 1 FOR UPDATE'
        ).fetchone()
        below = max(int(before[0]) if before else 0, int(top) + 1 if top is not None else 0)
        total = (int(before[1]) if before else 0) + int(removed)
        db.execute_sql(
            'INSERT INTO "sync_log_pruned" ("id", "below_xid", "rows", "at") '
            'VALUES (1, %s, %s, %s) ON CONFLICT ("id") DO UPDATE SET '
            '"below_xid" = EXCLUDED."below_xid", "rows" = EXCLUDED."rows", "at" = EXCLUDED."at"',
            [below, total, models.SyncLogPruned.at.db_value(models.utc_now())],
        )
    return PruneResult(int(removed), total, below)


# ---------------------------------------------------------------- pull


def _pull(local: peewee.Database, server: peewee.Database) -> tuple[int, int]:
    pulled = batches = 0
    state = _state()
    pruned = server.execute_sql('SELECT "below_xid" FROM "sync_log_pruned" WHERE "id" = 1')
    below = pruned.fetchone()
    if below is not None and state.pull_lo < int(below[0]):
        # The log's rows of transactions this copy has not pulled yet may be gone.
        raise SyncError("SYNC_COPY_TOO_OLD")
    if state.pull_hi is None:
        hi = _horizon(server)
        with local.atomic():
            models.SyncState.update(pull_hi=hi, pull_after=0).execute()
        state = _state()
    while True:
        rows = server.execute_sql(
            'SELECT "seq", "table_name", "row_uuid" FROM "sync_change_log" '
            'WHERE "xid" >= %s AND "xid" < %s AND "seq" > %s ORDER BY "seq" LIMIT %s',
            [state.pull_lo, state.pull_hi, state.pull_after, PULL_BATCH],
        ).fetchall()
        if not rows:
            with local.atomic():
                models.SyncState.update(pull_lo=state.pull_hi, pull_hi=None, pull_after=0).execute()
            return pulled, batches
        touched: dict[str, set[str]] = {}
        for _seq, table, row_uuid in rows:
            touched.setdefault(table, set()).add(row_uuid)
        _crash_point("pull-before-apply")
        applier = _Applier(Side(local), Side(server), state.associations)
        with local.atomic():
            models.SyncState.update(applying=1).execute()
            local.execute_sql("PRAGMA defer_foreign_keys = ON")
            pulled += applier.apply(touched)
            _crash_point("pull-inside-apply")
            models.SyncState.update(applying=0, pull_after=rows[-1][0]).execute()
        batches += 1
        _crash_point("pull-after-batch")
        state = _state()


class _Applier:
    """Writes the server's current rows into the laptop copy (inside the pull's local
    transaction). Fields with local changes not yet pushed keep the laptop's value (they
    go up with the next push and are compared there)."""

    def __init__(self, local: Side, remote: Side, associations: str) -> None:
        self.local = local
        self.remote = remote
        self.scoped = bool(associations)
        self.models = sv.table_models()
        pending: dict[str, set[str]] = {}
        for change in waiting_changes():
            pending.setdefault(change.row_uuid, set()).update(json.loads(change.fields))
        self.pending = pending
        self.known: dict[tuple[str, str], int] = {}  # (table, uuid) → local id
        self.checked: set[tuple[str, str]] = set()  # looked up (found or not)

    def _prefetch(self, model: Any, uuids: set[str]) -> None:
        """Local ids of many rows in one query each (a batch touches hundreds)."""
        table = model._meta.table_name
        wanted = {u for u in uuids if (table, u) not in self.checked}
        for found_uuid, row_id in self.local.ids_of_uuids(model, wanted).items():
            self.known[(table, found_uuid)] = row_id
        self.checked.update((table, u) for u in wanted)

    def _known_id(self, model: Any, row_uuid: str) -> int | None:
        table = model._meta.table_name
        if (table, row_uuid) not in self.checked:
            self._prefetch(model, {row_uuid})
        return self.known.get((table, row_uuid))

    def apply(self, touched: dict[str, set[str]]) -> int:
        count = 0
        order = list(self.models)
        for table in sorted(touched, key=lambda t: order.index(t) if t in order else 999):
            model = self.models.get(table)
            if model is None:
                continue
            current = self.remote.rows(model, touched[table])
            self._prefetch(model, touched[table])
            for field in model._meta.sorted_fields:
                if isinstance(field, peewee.ForeignKeyField):
                    targets = {r[field.name] for r in current.values() if r.get(field.name)}
                    self._prefetch(field.rel_model, targets)
            for row_uuid in sorted(touched[table]):
                row = current.get(row_uuid)
                if row is None:
                    self.local.delete(model, row_uuid)  # erased or deleted at the office
                    self.known.pop((table, row_uuid), None)
                    count += 1
                elif self._write(model, row):
                    count += 1
        return count

    def _write(self, model: Any, row: dict[str, Any], *, as_parent: bool = False) -> bool:
        exists = self._known_id(model, row["uuid"]) is not None
        if self.scoped and not exists:
            table = model._meta.table_name
            wanted = table not in SCOPE_PARENTS if as_parent else False
            if not (wanted or self._in_scope(model, row)):
                return False
        fk_ids: dict[str, Any] = {}
        for field in model._meta.sorted_fields:
            if isinstance(field, peewee.ForeignKeyField):
                target = row.get(field.name)
                fk_ids[field.name] = None if target is None else self._local_id(field, target)
                if target is not None and fk_ids[field.name] is None:
                    return False  # the parent is out of this copy's scope
        values = {k: v for k, v in row.items() if k != "id"}
        if exists:
            keep = self.pending.get(row["uuid"], set())
            values = {k: v for k, v in values.items() if k not in keep and k != "uuid"}
            self.local.update(model, row["uuid"], values, fk_ids)
        else:
            new_id = self.local.insert(model, values, fk_ids)
            self.known[(model._meta.table_name, row["uuid"])] = new_id
        return True

    def _local_id(self, field: peewee.ForeignKeyField, target_uuid: str) -> int | None:
        model = field.rel_model
        found = self._known_id(model, target_uuid)
        if found is not None:
            return found
        row = self.remote.rows(model, [target_uuid]).get(target_uuid)
        if row is None or not self._write(model, row, as_parent=True):
            return None
        return self._known_id(model, target_uuid)

    def _in_scope(self, model: Any, row: dict[str, Any]) -> bool:
        """A new row of a copy of chosen associations belongs to it when it hangs under one
        of them; people come along as parents of such rows; a new association does not."""
        table = model._meta.table_name
        if table in ("association", "person"):
            return False
        scoped_fks = [
            f for f in model._meta.sorted_fields
            if isinstance(f, peewee.ForeignKeyField)
            and f.rel_model._meta.table_name in SCOPE_PARENTS
        ]  # fmt: skip
        for field in scoped_fks:
            target = row.get(field.name)
            if target is None:
                continue
            parent = field.rel_model
            if self.local.ids_of_uuids(parent, [target]):
                return True
            parent_row = self.remote.rows(parent, [target]).get(target)
            return parent_row is not None and self._in_scope(parent, parent_row)
        return not scoped_fks


# ---------------------------------------------------------------- status and conflicts


def server_url() -> str:
    """The copy's office server as `sync init` stored it: its URL without the password
    (`status().server` is the description shown to people, not a URL)."""
    return _state().server


def status(url: str | None = None, *, ask_server: bool = True) -> SyncStatus:
    from kemidesk.db.target import describe_url

    state = _state()
    online: bool | None = None
    if ask_server:
        try:
            connect_server(url or state.server, timeout=3).close()
            online = True
        except SyncError:
            online = False
    waiting = (
        models.SyncOutbox.select()
        .where(models.SyncOutbox.pushed_at.is_null() & (models.SyncOutbox.op != AUDIT_OP))
        .count()
    )
    open_conflicts = (
        models.SyncConflict.select().where(models.SyncConflict.resolved_at.is_null()).count()
    )
    return SyncStatus(
        server=describe_url(state.server),
        online=online,
        last_sync_at=state.last_sync_at,
        waiting=waiting,
        conflicts_open=open_conflicts,
        last_error=state.last_error,
    )


def list_conflicts(*, open_only: bool = True) -> list[ConflictRow]:
    query = models.SyncConflict.select().order_by(models.SyncConflict.id)
    if open_only:
        query = query.where(models.SyncConflict.resolved_at.is_null())
    return [
        ConflictRow(
            id=c.id,
            table_name=c.table_name,
            row_uuid=c.row_uuid,
            field=c.field,
            laptop_value=_loads(c.laptop_value),
            server_value=_loads(c.server_value),
            laptop_user=c.laptop_user,
            laptop_at=c.laptop_at,
            server_at=c.server_at,
            detected_at=c.detected_at,
            resolved_at=c.resolved_at,
            resolved_value=_loads(c.resolved_value),
            record=_record_name(c.table_name, c.row_uuid),
        )
        for c in query
    ]


def _loads(text: str | None) -> Any:
    return None if text is None else json.loads(text)


def resolve_conflict(conflict_id: int, value: Any) -> ConflictRow:
    """A person's decision: `value` (the laptop's, the server's, or a third) becomes the
    field's value on the copy, as an ordinary change that the next sync pushes; the
    conflict is marked decided. A whole-row conflict ("*") is only marked decided."""
    from kemidesk.services.common import transaction
    from kemidesk.services.errors import NotFoundError

    local = database_proxy.obj
    with transaction():
        conflict = models.SyncConflict.get_or_none(models.SyncConflict.id == conflict_id)
        if conflict is None or conflict.resolved_at is not None:
            raise NotFoundError("SYNC_CONFLICT_NOT_FOUND", conflict_id)
        model = sv.table_models().get(conflict.table_name)
        if conflict.field != "*" and model is not None:
            field = model._meta.fields[conflict.field]
            side = Side(local)
            current = side.rows(model, [conflict.row_uuid]).get(conflict.row_uuid)
            if current is not None and not sv.canonical_equal(
                field, current.get(conflict.field), value
            ):
                fk_ids = {}
                if isinstance(field, peewee.ForeignKeyField):
                    fk_ids[field.name] = (
                        None if value is None
                        else side.ids_of_uuids(field.rel_model, [value]).get(value)
                    )  # fmt: skip
                side.update(
                    model, conflict.row_uuid,
                    {conflict.field: value, "updated_at": sv.now_text()}, fk_ids,
                )  # fmt: skip
        conflict.resolved_at = models.utc_now()
        conflict.resolved_value = json.dumps(value, ensure_ascii=False)
        conflict.save()
    return next(c for c in list_conflicts(open_only=False) if c.id == conflict_id)
