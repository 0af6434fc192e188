"""Who may do what on the office server: three group roles and their grants.

- `kemidesk_reader`: reads everything; may append to the audit log (opening a HETU or
  printing is logged).
- `kemidesk_officer`: a reader who also keeps the records: people, associations, rings,
  placements, applications, follow-ups and outcomes, de minimis aid, trainings and
  supervision, transfer agreements, and the association's payment claim (only the claim's
  columns of `payment`).
- `kemidesk_decider`: an officer who also decides: decisions and their numbers, payments
  (approval), payment batches, the appropriation, office settings and rule versions.

The grants are the server's own enforcement; the services ask the same server which of
them the connected user holds (`server_rights`, through `has_table_privilege`, so a
superuser or the tables' owner has every right) and refuse first with a Finnish message.
Nobody but the owner may change or delete audit rows; a trigger keeps an officer's payment
status moves to a claim's (`_claim_guard_statements`). Roles are cluster-wide in
PostgreSQL; the grants are per database, so `apply_roles` runs for each database.

Nothing here runs on SQLite: a single laptop's user has every right.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from kemidesk.domain.lifecycle import CLAIMABLE
from kemidesk.domain.types import PaymentStatus

READER = "kemidesk_reader"
OFFICER = "kemidesk_officer"
DECIDER = "kemidesk_decider"
ROLES = {"reader": READER, "officer": OFFICER, "decider": DECIDER}

# The tables an officer keeps (all of INSERT, UPDATE, DELETE).
OFFICER_TABLES = (
    "person",
    "association",
    "employer_ring",
    "ring_member",
    "placement",
    "application",
    "followup",
    "outcome",
    "de_minimis_aid",
    "training_theme",
    "training",
    "training_registration",
    "supervision_session",
    "transfer_agreement",
    "survey_round",
    "recruitment_need",
    "job_seeker",
    "ring_proposal",
    "job_coach",
    "coach_visit",
)
# The association's payment claim (services.payments.record_claim) writes only these.
PAYMENT_CLAIM_COLUMNS = (
    "claim_received_on",
    "payslip_received",
    "proof_received",
    "held_reason",
    "status",
    "updated_at",
)
# The tables only a decider writes.
DECIDER_TABLES = (
    "decision",
    "decision_series",
    "payment",
    "payment_batch",
    "appropriation",
    "app_setting",
    "rule_version",
)
# Laptop copies (db.sync_schema): a push records each change it applied once (sync_applied,
# keyed by the change's UUID, no id sequence) and the office's copy of each conflict it met
# (sync_conflict, resolved later by the laptop's push); the change log is written by a
# SECURITY DEFINER trigger; the outbox and the copy's state live only on the laptops.
SYNC_PUSH_TABLES = ("sync_applied", "sync_conflict")
SYNC_PUSH_SEQUENCES = ("sync_conflict_id_seq",)
SYNC_UNGRANTED_TABLES = ("sync_change_log", "sync_state", "sync_outbox", "sync_log_pruned")
# audit_log: INSERT for everybody, without db_user (the server's CURRENT_USER fills it).
AUDIT_INSERT_COLUMNS = ("at", "os_user", "entity", "entity_id", "entity_uuid", "action", "fields")

# A right of the services → (the table and privilege that proves it, the role it needs).
RIGHT_PROBES: dict[str, tuple[str, str | None, str, str]] = {
    "record": ("person", None, "INSERT", OFFICER),
    "claim": ("payment", "claim_received_on", "UPDATE", OFFICER),
    "decide": ("decision", None, "INSERT", DECIDER),
    "approve": ("payment", "approved_on", "UPDATE", DECIDER),
    "batch": ("payment_batch", None, "INSERT", DECIDER),
    "settings": ("app_setting", None, "INSERT", DECIDER),
}


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _cols(columns: Iterable[str]) -> str:
    return ", ".join(_q(c) for c in columns)


def grant_statements() -> list[str]:
    """The GRANTs of the three roles on this database's tables and sequences (idempotent:
    REVOKE first, so a grant removed from this list is removed from the server too)."""
    all_roles = ", ".join(_q(r) for r in (READER, OFFICER, DECIDER))
    out = [
        f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {all_roles}",
        f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM {all_roles}",
        f"GRANT USAGE ON SCHEMA public TO {all_roles}",
        f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {_q(READER)}",
        f"GRANT INSERT ({_cols(AUDIT_INSERT_COLUMNS)}) ON {_q('audit_log')} TO {_q(READER)}",
        f"GRANT USAGE ON SEQUENCE {_q('audit_log_id_seq')} TO {_q(READER)}",
        f"GRANT {_q(READER)} TO {_q(OFFICER)}",
        f"GRANT {_q(OFFICER)} TO {_q(DECIDER)}",
    ]
    for table in OFFICER_TABLES:
        out.append(f"GRANT INSERT, UPDATE, DELETE ON {_q(table)} TO {_q(OFFICER)}")
        out.append(f"GRANT USAGE ON SEQUENCE {_q(table + '_id_seq')} TO {_q(OFFICER)}")
    out.append(f"GRANT UPDATE ({_cols(PAYMENT_CLAIM_COLUMNS)}) ON {_q('payment')} TO {_q(OFFICER)}")
    for table in SYNC_PUSH_TABLES:
        out.append(f"GRANT INSERT, UPDATE, DELETE ON {_q(table)} TO {_q(OFFICER)}")
    for sequence in SYNC_PUSH_SEQUENCES:
        out.append(f"GRANT USAGE ON SEQUENCE {_q(sequence)} TO {_q(OFFICER)}")
    for table in DECIDER_TABLES:
        out.append(f"GRANT INSERT, UPDATE, DELETE ON {_q(table)} TO {_q(DECIDER)}")
        out.append(f"GRANT USAGE ON SEQUENCE {_q(table + '_id_seq')} TO {_q(DECIDER)}")
    return out


def _claim_guard_statements() -> list[str]:
    """An officer's grant on `payment` is per column, and `status` is one of the claim's
    columns: the grant alone would let an officer's raw SQL write "approved" or "paid".
    A trigger lets a user who is not a decider (nor the database's owner) move a payment's
    status only as a claim does (due, claimed or held → claimed), the services' one path."""
    claimable = ", ".join(f"'{s.value}'" for s in sorted(CLAIMABLE, key=lambda s: s.value))
    return [
        "CREATE OR REPLACE FUNCTION kemidesk_payment_claim_guard() RETURNS trigger "
        "LANGUAGE plpgsql AS $$ BEGIN "
        "IF NEW.status IS DISTINCT FROM OLD.status "
        f"AND NOT (OLD.status IN ({claimable}) AND NEW.status = '{PaymentStatus.CLAIMED.value}') "
        f"AND NOT pg_has_role(current_user, '{DECIDER}', 'MEMBER') "
        "AND NOT pg_has_role(current_user, (SELECT datdba FROM pg_database "
        "WHERE datname = current_database()), 'MEMBER') THEN "
        "RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege', MESSAGE = "
        "'permission denied: only a decider moves a payment from ' || OLD.status || ' to ' "
        "|| NEW.status; "
        "END IF; RETURN NEW; END $$",
        'DROP TRIGGER IF EXISTS "payment_claim_guard" ON "payment"',
        'CREATE TRIGGER "payment_claim_guard" BEFORE UPDATE OF "status" ON "payment" '
        "FOR EACH ROW EXECUTE FUNCTION kemidesk_payment_claim_guard()",
    ]


def _role_exists(db: Any, name: str) -> bool:
    return bool(db.execute_sql("SELECT 1 FROM pg_roles WHERE rolname = %s", (name,)).fetchone())


def apply_roles(db: Any) -> list[str]:
    """Create the three group roles (NOLOGIN) when missing and set their grants on the
    connected database, in one transaction. Returns the roles created now."""
    created = []
    with db.atomic():
        for role in (READER, OFFICER, DECIDER):
            if not _role_exists(db, role):
                db.execute_sql(f"CREATE ROLE {_q(role)} NOLOGIN")
                created.append(role)
        for statement in grant_statements() + _claim_guard_statements():
            db.execute_sql(statement)
    return created


@dataclass(frozen=True)
class UserRow:
    name: str
    role: str  # "reader" / "officer" / "decider" / "" (none of them)
    can_login: bool


class UserNameError(ValueError):
    """A user name the server would not take as an unquoted identifier (Finnish message)."""


def check_user_name(name: str) -> str:
    text = name.strip()
    if not text or len(text) > 63 or not all(c.isalnum() or c in "_.-" for c in text):
        raise UserNameError(
            f"Käyttäjätunnus {name!r} ei kelpaa: käytä kirjaimia, numeroita, pistettä, "
            "alaviivaa tai viivaa (enintään 63 merkkiä)."
        )
    if text.lower().startswith(("pg_", "kemidesk_")):
        raise UserNameError(f"Käyttäjätunnus {text!r} on varattu (pg_… tai kemidesk_…).")
    return text


def add_user(db: Any, name: str, role: str, password: str | None) -> str:
    """Create the LOGIN role `name` (or keep it), set its password when given, and make it a
    member of exactly the group role of `role`. Returns "created", "changed" or "unchanged"
    (the role; a new password alone is "changed")."""
    name = check_user_name(name)
    group = ROLES[role]
    with db.atomic():
        existed = _role_exists(db, name)
        before = _user_role(db, name) if existed else ""
        if not existed:
            db.execute_sql(f"CREATE ROLE {_q(name)} LOGIN")
        if password is not None:
            # The statement with the password is built by psycopg (a literal, never logged
            # by us); peewee would pass it as a parameter, which DDL does not take.
            from psycopg import sql

            conn = db.connection()
            statement = sql.SQL("ALTER ROLE {} WITH LOGIN PASSWORD {}").format(
                sql.Identifier(name), sql.Literal(password)
            )
            conn.execute(statement)
        for other in (READER, OFFICER, DECIDER):
            if other != group:
                db.execute_sql(f"REVOKE {_q(other)} FROM {_q(name)}")
        db.execute_sql(f"GRANT {_q(group)} TO {_q(name)}")
    if not existed:
        return "created"
    return "changed" if before != role or password is not None else "unchanged"


def _user_role(db: Any, name: str) -> str:
    rows = db.execute_sql(
        "SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
        "JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = %s",
        (name,),
    ).fetchall()
    groups = {r[0] for r in rows}
    for key in ("decider", "officer", "reader"):
        if ROLES[key] in groups:
            return key
    return ""


def list_users(db: Any) -> list[UserRow]:
    """The login roles that are members of a kemidesk group role, by name."""
    rows = db.execute_sql(
        "SELECT DISTINCT u.rolname, u.rolcanlogin FROM pg_auth_members m "
        "JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles u ON u.oid = m.member "
        "WHERE g.rolname IN (%s, %s, %s) AND u.rolname NOT LIKE 'kemidesk\\_%%' "
        "ORDER BY u.rolname",
        (READER, OFFICER, DECIDER),
    ).fetchall()
    return [UserRow(name, _user_role(db, name), bool(login)) for name, login in rows]


def server_rights(db: Any) -> frozenset[str]:
    """The rights (keys of RIGHT_PROBES) the connected user holds on this database."""
    parts = []
    params: list[str] = []
    for table, column, privilege, _role in RIGHT_PROBES.values():
        if column is None:
            parts.append("has_table_privilege(%s, %s)")
            params += [table, privilege]
        else:
            parts.append("has_column_privilege(%s, %s, %s)")
            params += [table, column, privilege]
    row = db.execute_sql("SELECT " + ", ".join(parts), params).fetchone()
    return frozenset(key for key, held in zip(RIGHT_PROBES, row, strict=True) if held)


INSUFFICIENT_PRIVILEGE = "42501"  # SQLSTATE of "permission denied"


def is_permission_denied(exc: BaseException) -> bool:
    """True for the server's "permission denied" (SQLSTATE 42501), wrapped by peewee or not."""
    seen: set[int] = set()
    stack: list[Any] = [exc]
    while stack:
        item = stack.pop()
        if item is None or id(item) in seen:
            continue
        seen.add(id(item))
        if getattr(item, "sqlstate", None) == INSUFFICIENT_PRIVILEGE:
            return True
        stack += [item.__cause__, item.__context__, getattr(item, "orig", None)]
        stack += [a for a in getattr(item, "args", ()) if isinstance(a, BaseException)]
    return False
