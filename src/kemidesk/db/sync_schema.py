# ruff: noqa: E501
"""Schema version 14: the tables and triggers of laptop copies (issue 13).

Both engines get the same five tables (models.SYNC_MODELS; a sixth, sync_log_pruned, in
schema version 20). What fills them are triggers,
not the services, because a trigger sees every write, whichever path made it (a service's
`save()`, a bulk `update().where()`, `delete_instance`, an import, a raw statement), and it
writes in the writer's own transaction, so a change and its record commit or roll back
together:

- on the office server (this step's DDL), `kemidesk_log_change()` appends one row to
  `sync_change_log` per written row: a BIGSERIAL sequence plus the writing transaction's id,
  which lets a pull know when every transaction below a horizon has finished (see
  services.sync). It is SECURITY DEFINER, so the officer roles need no grant on the log;
- on a laptop copy (installed by `kemidesk sync init`, refreshed at every sync, see
  `laptop_trigger_sql`), AFTER triggers append the changed fields with their old and new
  values to `sync_outbox`, and BEFORE triggers refuse the office-only tables (numbers,
  decisions, payment approvals and batches, settings, rule versions).

A pull writes with `sync_state.applying = 1`, which the laptop triggers skip.
"""

from __future__ import annotations

from collections.abc import Iterable

import peewee

from kemidesk.db.roles import AUDIT_INSERT_COLUMNS

SCHEMA_V14_SYNC = """
CREATE TABLE "sync_state" ("id" INTEGER NOT NULL PRIMARY KEY, "server" VARCHAR(255) NOT NULL, "laptop_id" VARCHAR(32) NOT NULL, "os_user" VARCHAR(255) NOT NULL, "associations" TEXT NOT NULL, "applying" INTEGER NOT NULL, "pull_lo" INTEGER NOT NULL, "pull_hi" INTEGER, "pull_after" INTEGER NOT NULL, "last_sync_at" DATETIME, "last_attempt_at" DATETIME, "last_error" TEXT NOT NULL);
CREATE TABLE "sync_outbox" ("id" INTEGER NOT NULL PRIMARY KEY, "change_uuid" VARCHAR(32) NOT NULL, "table_name" VARCHAR(255) NOT NULL, "row_uuid" VARCHAR(32) NOT NULL, "op" VARCHAR(255) NOT NULL, "fields" TEXT NOT NULL, "at" DATETIME NOT NULL, "os_user" VARCHAR(255) NOT NULL, "pushed_at" DATETIME);
CREATE UNIQUE INDEX "sync_outbox_change_uuid" ON "sync_outbox" ("change_uuid");
CREATE INDEX "sync_outbox_row_uuid" ON "sync_outbox" ("row_uuid");
CREATE INDEX "sync_outbox_pushed_at" ON "sync_outbox" ("pushed_at");
CREATE TABLE "sync_conflict" ("id" INTEGER NOT NULL PRIMARY KEY, "conflict_uuid" VARCHAR(32) NOT NULL, "change_uuid" VARCHAR(32) NOT NULL, "laptop_id" VARCHAR(32) NOT NULL, "table_name" VARCHAR(255) NOT NULL, "row_uuid" VARCHAR(32) NOT NULL, "field" VARCHAR(255) NOT NULL, "laptop_value" TEXT, "server_value" TEXT, "laptop_user" VARCHAR(255) NOT NULL, "laptop_at" DATETIME, "server_at" DATETIME, "detected_at" DATETIME NOT NULL, "resolved_at" DATETIME, "resolved_value" TEXT);
CREATE UNIQUE INDEX "sync_conflict_conflict_uuid" ON "sync_conflict" ("conflict_uuid");
CREATE INDEX "sync_conflict_change_uuid" ON "sync_conflict" ("change_uuid");
CREATE TABLE "sync_change_log" ("seq" INTEGER NOT NULL PRIMARY KEY, "xid" INTEGER NOT NULL, "table_name" VARCHAR(255) NOT NULL, "row_uuid" VARCHAR(32) NOT NULL, "op" VARCHAR(255) NOT NULL, "at" DATETIME NOT NULL);
CREATE INDEX "sync_change_log_xid" ON "sync_change_log" ("xid");
CREATE TABLE "sync_applied" ("change_uuid" VARCHAR(32) NOT NULL PRIMARY KEY, "laptop_id" VARCHAR(32) NOT NULL, "applied_at" DATETIME NOT NULL);
"""

# One line per statement: the migration runner splits scripts at ";\n", and the plpgsql
# bodies keep their semicolons on one line.
PG_SCHEMA_V14_SYNC = """
CREATE TABLE "sync_state" ("id" BIGSERIAL NOT NULL PRIMARY KEY, "server" VARCHAR(255) NOT NULL, "laptop_id" VARCHAR(32) NOT NULL, "os_user" VARCHAR(255) NOT NULL, "associations" TEXT NOT NULL, "applying" BIGINT NOT NULL, "pull_lo" BIGINT NOT NULL, "pull_hi" BIGINT, "pull_after" BIGINT NOT NULL, "last_sync_at" TIMESTAMPTZ, "last_attempt_at" TIMESTAMPTZ, "last_error" TEXT NOT NULL);
CREATE TABLE "sync_outbox" ("id" BIGSERIAL NOT NULL PRIMARY KEY, "change_uuid" VARCHAR(32) NOT NULL, "table_name" VARCHAR(255) NOT NULL, "row_uuid" VARCHAR(32) NOT NULL, "op" VARCHAR(255) NOT NULL, "fields" TEXT NOT NULL, "at" TIMESTAMPTZ NOT NULL, "os_user" VARCHAR(255) NOT NULL, "pushed_at" TIMESTAMPTZ);
CREATE UNIQUE INDEX "sync_outbox_change_uuid" ON "sync_outbox" ("change_uuid");
CREATE INDEX "sync_outbox_row_uuid" ON "sync_outbox" ("row_uuid");
CREATE INDEX "sync_outbox_pushed_at" ON "sync_outbox" ("pushed_at");
CREATE TABLE "sync_conflict" ("id" BIGSERIAL NOT NULL PRIMARY KEY, "conflict_uuid" VARCHAR(32) NOT NULL, "change_uuid" VARCHAR(32) NOT NULL, "laptop_id" VARCHAR(32) NOT NULL, "table_name" VARCHAR(255) NOT NULL, "row_uuid" VARCHAR(32) NOT NULL, "field" VARCHAR(255) NOT NULL, "laptop_value" TEXT, "server_value" TEXT, "laptop_user" VARCHAR(255) NOT NULL, "laptop_at" TIMESTAMPTZ, "server_at" TIMESTAMPTZ, "detected_at" TIMESTAMPTZ NOT NULL, "resolved_at" TIMESTAMPTZ, "resolved_value" TEXT);
CREATE UNIQUE INDEX "sync_conflict_conflict_uuid" ON "sync_conflict" ("conflict_uuid");
CREATE INDEX "sync_conflict_change_uuid" ON "sync_conflict" ("change_uuid");
CREATE TABLE "sync_change_log" ("seq" BIGSERIAL NOT NULL PRIMARY KEY, "xid" BIGINT NOT NULL, "table_name" VARCHAR(255) NOT NULL, "row_uuid" VARCHAR(32) NOT NULL, "op" VARCHAR(255) NOT NULL, "at" TIMESTAMPTZ NOT NULL);
CREATE INDEX "sync_change_log_xid" ON "sync_change_log" ("xid");
CREATE TABLE "sync_applied" ("change_uuid" VARCHAR(32) NOT NULL PRIMARY KEY, "laptop_id" VARCHAR(32) NOT NULL, "applied_at" TIMESTAMPTZ NOT NULL);
CREATE FUNCTION kemidesk_log_change() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$ BEGIN IF TG_OP = 'DELETE' THEN INSERT INTO "sync_change_log" ("xid", "table_name", "row_uuid", "op", "at") VALUES (pg_current_xact_id()::text::bigint, TG_TABLE_NAME, OLD.uuid, 'delete', now()); ELSE INSERT INTO "sync_change_log" ("xid", "table_name", "row_uuid", "op", "at") VALUES (pg_current_xact_id()::text::bigint, TG_TABLE_NAME, NEW.uuid, lower(TG_OP), now()); END IF; RETURN NULL; END $$;
CREATE FUNCTION kemidesk_sync_install_triggers() RETURNS integer LANGUAGE plpgsql AS $$ DECLARE t text; n integer := 0; BEGIN FOR t IN SELECT c.table_name FROM information_schema.columns c JOIN information_schema.tables b ON b.table_name = c.table_name AND b.table_schema = c.table_schema WHERE c.table_schema = current_schema() AND c.column_name = 'uuid' AND b.table_type = 'BASE TABLE' AND left(c.table_name, 5) <> 'sync_' ORDER BY 1 LOOP EXECUTE 'DROP TRIGGER IF EXISTS kemidesk_sync_log ON ' || quote_ident(t); EXECUTE 'CREATE TRIGGER kemidesk_sync_log AFTER INSERT OR UPDATE OR DELETE ON ' || quote_ident(t) || ' FOR EACH ROW EXECUTE FUNCTION kemidesk_log_change()'; n := n + 1; END LOOP; RETURN n; END $$;
SELECT kemidesk_sync_install_triggers();
"""

# Whose writes a laptop copy refuses (BEFORE triggers): one authority decides these.
OFFICE_ONLY_TABLES = (
    "decision_series",  # decision numbers KL-YYYY-NNN, gap-free across the office
    "decision",  # decisions carry those numbers and commit the appropriation
    "payment_batch",  # batch numbers and the payment lists sent to the finance office
    "app_setting",  # the office's settings (signers, cost centre, ...)
    "rule_version",  # the rules every decision is computed with
    "appropriation",  # the year's appropriation the decisions draw on
)
# Payment rows: a claim may be recorded offline; approving, batching and paying may not.
PAYMENT_OFFICE_COLUMNS = ("approved_on", "batch_id", "paid_on", "amount_cents")
OFFICE_ONLY_ERROR = "kemidesk-office-only: vaatii yhteyden toimiston tietokantaan"

_NOT_APPLYING = 'NOT EXISTS (SELECT 1 FROM "sync_state" WHERE "applying" = 1)'


def synced_models(all_models: Iterable[type[peewee.Model]]) -> list[type[peewee.Model]]:
    """The models whose rows travel: every table with a `uuid` column (not the audit log,
    not the sync tables themselves)."""
    return [
        m
        for m in all_models
        if "uuid" in m._meta.fields and not m._meta.table_name.startswith("sync_")
    ]


def _value(field: peewee.Field, row: str) -> str:
    """The SQL of a field's value in a trigger: a foreign key as the referenced row's uuid."""
    column = f'{row}."{field.column_name}"'
    if isinstance(field, peewee.ForeignKeyField):
        target = field.rel_model._meta.table_name
        return f'(SELECT "uuid" FROM "{target}" WHERE "id" = {column})'
    return column


def _fields(model: type[peewee.Model]) -> list[peewee.Field]:
    return [
        f
        for f in model._meta.sorted_fields
        if f.name not in ("id", "created_at", "updated_at") and not f.primary_key
    ]


def laptop_trigger_sql(model: type[peewee.Model]) -> list[str]:
    """DROP + CREATE statements of one table's outbox (and office-only) triggers."""
    table = model._meta.table_name
    names = [f"sync_out_{table}_{op}" for op in ("i", "u", "d")]
    names += [f"sync_office_{table}_{op}" for op in ("i", "u", "d")]
    statements = [f'DROP TRIGGER IF EXISTS "{n}"' for n in names]
    fields = _fields(model)
    insert_pairs = ", ".join(f"'{f.name}', json_array(NULL, {_value(f, 'NEW')})" for f in fields)
    delete_pairs = ", ".join(f"'{f.name}', json_array({_value(f, 'OLD')}, NULL)" for f in fields)
    update_pairs = ", ".join(
        f'\'{f.name}\', json(CASE WHEN OLD."{f.column_name}" IS NOT NEW."{f.column_name}" '
        f"THEN json_array({_value(f, 'OLD')}, {_value(f, 'NEW')}) END)"
        for f in fields
    )
    user = '(SELECT "os_user" FROM "sync_state" LIMIT 1)'
    now = "strftime('%Y-%m-%d %H:%M:%S', 'now')"
    insert_cols = '"change_uuid", "table_name", "row_uuid", "op", "fields", "at", "os_user"'
    for op, when, pairs, row in (
        ("i", "INSERT", insert_pairs, "NEW"),
        ("d", "DELETE", delete_pairs, "OLD"),
    ):
        statements.append(
            f'CREATE TRIGGER "sync_out_{table}_{op}" AFTER {when} ON "{table}" '
            f"WHEN {_NOT_APPLYING} BEGIN "
            f'INSERT INTO "sync_outbox" ({insert_cols}) VALUES (lower(hex(randomblob(16))), '
            f"'{table}', {row}.\"uuid\", '{when.lower()}', json_object({pairs}), {now}, {user}); "
            "END"
        )
    statements.append(
        f'CREATE TRIGGER "sync_out_{table}_u" AFTER UPDATE ON "{table}" '
        f"WHEN {_NOT_APPLYING} BEGIN "
        f'INSERT INTO "sync_outbox" ({insert_cols}) SELECT lower(hex(randomblob(16))), '
        f"'{table}', NEW.\"uuid\", 'update', d, {now}, {user} "
        f"FROM (SELECT json_patch('{{}}', json_object({update_pairs})) AS d) WHERE d <> '{{}}'; "
        "END"
    )
    statements.extend(_office_triggers(table))
    return statements


def _office_triggers(table: str) -> list[str]:
    raise_it = f"SELECT RAISE(ABORT, '{OFFICE_ONLY_ERROR}'); END"
    if table in OFFICE_ONLY_TABLES:
        return [
            f'CREATE TRIGGER "sync_office_{table}_{op}" BEFORE {when} ON "{table}" '
            f"WHEN {_NOT_APPLYING} BEGIN {raise_it}"
            for op, when in (("i", "INSERT"), ("u", "UPDATE"), ("d", "DELETE"))
        ]
    if table == "payment":
        changed = " OR ".join(f'OLD."{c}" IS NOT NEW."{c}"' for c in PAYMENT_OFFICE_COLUMNS)
        return [
            f'CREATE TRIGGER "sync_office_payment_{op}" BEFORE {when} ON "payment" '
            f"WHEN {_NOT_APPLYING} BEGIN {raise_it}"
            for op, when in (("i", "INSERT"), ("d", "DELETE"))
        ] + [
            'CREATE TRIGGER "sync_office_payment_u" BEFORE UPDATE ON "payment" '
            f"WHEN {_NOT_APPLYING} AND ({changed}) BEGIN {raise_it}"
        ]
    return []


# The audit log travels too, one way: each row the laptop appends (field names only, never
# values) goes up as an outbox entry of its own kind and is appended to the office's log.
AUDIT_TABLE = "audit_log"
AUDIT_OP = "audit"
AUDIT_COLUMNS = AUDIT_INSERT_COLUMNS  # what any user may write of an audit row


def audit_trigger_sql() -> list[str]:
    """DROP + CREATE of the audit log's outbox trigger."""
    user = '(SELECT "os_user" FROM "sync_state" LIMIT 1)'
    now = "strftime('%Y-%m-%d %H:%M:%S', 'now')"
    pairs = ", ".join(f"'{c}', NEW.\"{c}\"" for c in AUDIT_COLUMNS)
    return [
        'DROP TRIGGER IF EXISTS "sync_out_audit_log_i"',
        f'CREATE TRIGGER "sync_out_audit_log_i" AFTER INSERT ON "{AUDIT_TABLE}" '
        f"WHEN {_NOT_APPLYING} BEGIN "
        'INSERT INTO "sync_outbox" ("change_uuid", "table_name", "row_uuid", "op", "fields", '
        f'"at", "os_user") VALUES (lower(hex(randomblob(16))), \'{AUDIT_TABLE}\', '
        f"NEW.\"entity_uuid\", '{AUDIT_OP}', json_object({pairs}), {now}, {user}); END",
    ]


def install_laptop_triggers(db: peewee.Database, all_models: Iterable[type[peewee.Model]]) -> int:
    """(Re)create the outbox triggers of every synced table and of the audit log; returns
    the number of synced tables."""
    models = synced_models(all_models)
    with db.atomic():
        for model in models:
            for statement in laptop_trigger_sql(model):
                db.execute_sql(statement)
        for statement in audit_trigger_sql():
            db.execute_sql(statement)
    return len(models)


# Schema version 20: how far the office's change log was pruned (`kemidesk server
# prune-sync-log`, services.sync.prune_change_log). The table is on both engines like the
# other sync tables; only the server's row is used.
SCHEMA_V20_SYNC_LOG_PRUNED = """
CREATE TABLE "sync_log_pruned" ("id" INTEGER NOT NULL PRIMARY KEY, "below_xid" INTEGER NOT NULL, "rows" INTEGER NOT NULL, "at" DATETIME NOT NULL);
"""
PG_SCHEMA_V20_SYNC_LOG_PRUNED = """
CREATE TABLE "sync_log_pruned" ("id" BIGINT NOT NULL PRIMARY KEY, "below_xid" BIGINT NOT NULL, "rows" BIGINT NOT NULL, "at" TIMESTAMPTZ NOT NULL);
"""
