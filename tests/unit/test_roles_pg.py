"""Roles on the office server: `server init` makes kemidesk_reader/officer/decider and their
grants (idempotent), `server add-user` makes login users and changes their role, the services
refuse first with a Finnish message, and the server's grants refuse what a missed check
would let through. The audit log records the database user, which a user cannot forge."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import date
from typing import Any

import psycopg
import pytest

from kemidesk.cli import main
from kemidesk.db.connection import close_database, database_proxy, open_server_database
from kemidesk.db.models import AuditLog, Decision, Payment
from kemidesk.db.roles import DECIDER
from kemidesk.domain.types import DecisionType
from kemidesk.services import grants, payments, people, permissions, settings
from kemidesk.services.permissions import PermissionDeniedError

pytestmark = pytest.mark.postgres


def as_user(url: str, user: str) -> str:
    return url.replace("postgresql://postgres@", f"postgresql://{user}@", 1)


def add_user(name: str, role: str, url: str, monkeypatch: pytest.MonkeyPatch, *extra: str) -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO("salainen-1\n"))
    return main(
        ["server", "add-user", name, "--role", role, "--password-stdin", "--database", url, *extra]
    )


@pytest.fixture
def office(pg_server: Any, monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, Any]]:
    """A database made by `server init`, users of each role, and (made by the owner) a
    placement with an application and a granted decision with its payments."""
    from tests.conftest import _decision_settings
    from tests.unit.services.test_grants import apply, grant, setup_placement

    name = pg_server.create_database()
    url = pg_server.url(name)
    assert main(["server", "init", "--database", url]) == 0
    for user, role in (
        ("rl_lukija", "reader"),
        ("rl_kasittelija", "officer"),
        ("rl_paattaja", "decider"),
    ):
        assert add_user(user, role, url, monkeypatch) == 0
    open_server_database(url)
    _decision_settings()
    granted = grant(apply(setup_placement().id).id)
    pending = apply(setup_placement().id)
    first_payment = payments.list_payments(decision_id=granted.id)[0].id
    close_database()
    yield {"url": url, "decision": granted.id, "application": pending.id, "payment": first_payment}
    close_database()
    pg_server.drop_database(name)


def decide(application_id: int) -> grants.DecisionRow:
    return grants.decide_application(
        grants.DecisionInput(
            application_id=application_id,
            decision_type=DecisionType.GRANT,
            decision_date=date(2026, 3, 25),
            decided_by_name="Olli Käsittelijä",
        )
    )


def test_init_makes_the_roles_and_add_user_sets_and_changes_a_role(
    office: dict[str, Any], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    url = office["url"]
    assert main(["server", "init", "--database", url]) == 0  # a second run: same state
    assert "Roolit: kemidesk_reader" in capsys.readouterr().out
    assert main(["server", "list-users", "--database", url]) == 0
    listing = capsys.readouterr().out
    assert "rl_kasittelija\tkäsittelijä (kemidesk_officer)" in listing
    assert "rl_paattaja\tpäättäjä (kemidesk_decider)" in listing
    assert "rl_lukija\tlukija (kemidesk_reader)" in listing
    assert add_user("rl_vaihtuva", "officer", url, monkeypatch) == 0
    assert "rl_vaihtuva lisätty" in capsys.readouterr().out
    assert (
        main(
            [
                "server",
                "add-user",
                "rl_vaihtuva",
                "--role",
                "decider",
                "--no-password",
                "--database",
                url,
            ]
        )
        == 0
    )
    assert "rl_vaihtuva päivitetty: päättäjä" in capsys.readouterr().out
    with psycopg.connect(url) as conn:
        groups = {
            r[0]
            for r in conn.execute(
                "SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
                "JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = 'rl_vaihtuva'"
            )
        }
        assert groups == {DECIDER}  # the officer role was taken away
        secret = conn.execute(
            "SELECT rolpassword FROM pg_authid WHERE rolname = 'rl_vaihtuva'"
        ).fetchone()
        assert secret is not None
        assert str(secret[0]).startswith("SCRAM-SHA-256$")  # stored hashed, set from stdin
    assert (
        main(["server", "add-user", "pg_x", "--role", "reader", "--no-password", "--database", url])
        == 2
    )
    assert "varattu" in capsys.readouterr().err


def test_officer_cannot_decide_service_check_and_server_grant(
    office: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    open_server_database(as_user(office["url"], "rl_kasittelija"))
    assert permissions.current_rights() == {"record", "claim"}
    with pytest.raises(PermissionDeniedError) as refused:
        decide(office["application"])
    assert refused.value.code == "ROLE_REQUIRED_DECIDE"
    assert refused.value.message == (
        "Sinulla ei ole oikeutta tehdä päätöksiä. Tarvitaan rooli kemidesk_decider."
    )
    # A check missed: the server's grants refuse the decision all the same.
    monkeypatch.setattr(permissions, "require", lambda right: None)
    with pytest.raises(PermissionDeniedError) as by_server:
        decide(office["application"])
    assert by_server.value.code == "ROLE_DENIED_BY_SERVER"
    assert "rl_kasittelija" in by_server.value.message
    assert Decision.select().count() == 1  # only the owner's decision; nothing half-written
    payments.record_claim(office["payment"], date(2026, 4, 30), True, True)  # an officer may
    with pytest.raises(PermissionDeniedError) as approve:
        payments.approve_payment(office["payment"], date(2026, 5, 2))
    assert approve.value.code == "ROLE_DENIED_BY_SERVER"
    with pytest.raises(PermissionDeniedError):
        settings.set_appropriation(2026, "100 000,00")
    close_database()
    with psycopg.connect(as_user(office["url"], "rl_kasittelija")) as conn:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("UPDATE payment SET approved_on = '2026-05-02'")
        conn.rollback()
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute(
                "INSERT INTO app_setting (uuid, created_at, updated_at, key, value) "
                "VALUES ('x', now(), now(), 'office.x', 'y')"
            )
        conn.rollback()
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("DELETE FROM audit_log")


def test_officer_keeps_records_and_claims_and_the_audit_log_names_the_user(
    office: dict[str, Any],
) -> None:
    from tests.unit.services.factories import person

    open_server_database(as_user(office["url"], "rl_kasittelija"))
    new = person()
    row = payments.record_claim(office["payment"], date(2026, 4, 30), True, True)
    assert row.claim_received_on == date(2026, 4, 30)
    with pytest.raises(PermissionDeniedError) as refused:
        payments.record_claim(office["payment"], date(2026, 4, 30), True, True, date(2026, 5, 2))
    assert refused.value.code == "ROLE_REQUIRED_APPROVE"
    assert Payment.get_by_id(office["payment"]).approved_on is None
    users = {
        a.db_user
        for a in AuditLog.select().where(
            (AuditLog.entity == "Person") & (AuditLog.entity_id == new.id)
        )
    }
    assert users == {"rl_kasittelija"}
    close_database()
    with (
        psycopg.connect(as_user(office["url"], "rl_kasittelija")) as conn,
        pytest.raises(psycopg.errors.InsufficientPrivilege),  # the user cannot be forged
    ):
        conn.execute(
            "INSERT INTO audit_log (at, os_user, entity, entity_id, entity_uuid, action, "
            "fields, db_user) VALUES (now(), 'x', 'Person', 1, '', 'x', '', 'rl_paattaja')"
        )


def test_an_officer_moves_a_payment_only_as_a_claim_does(office: dict[str, Any]) -> None:
    """The officer's grant on `payment` covers `status` (a claim sets it): raw SQL may not
    use it to approve, pay or cancel; the claim's own move goes; a decider's does."""
    pid = office["payment"]
    with psycopg.connect(as_user(office["url"], "rl_kasittelija")) as conn:
        for status in ("approved", "paid", "cancelled"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege) as refused:
                conn.execute("UPDATE payment SET status = %s WHERE id = %s", [status, pid])
            assert "only a decider" in str(refused.value)
            conn.rollback()
        conn.execute("UPDATE payment SET status = 'claimed' WHERE id = %s", [pid])  # due → claimed
        conn.commit()
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("UPDATE payment SET status = 'due' WHERE id = %s", [pid])
        conn.rollback()
        conn.execute("UPDATE payment SET held_reason = '' WHERE id = %s", [pid])  # no move: ok
        conn.commit()
    with psycopg.connect(as_user(office["url"], "rl_paattaja")) as conn:
        conn.execute("UPDATE payment SET status = 'held' WHERE id = %s", [pid])
        conn.commit()
    with psycopg.connect(as_user(office["url"], "rl_kasittelija")) as conn:
        conn.execute("UPDATE payment SET status = 'claimed' WHERE id = %s", [pid])  # held → claimed
        conn.commit()
    with psycopg.connect(office["url"]) as conn:  # the owner (server init, import-laptop)
        conn.execute("UPDATE payment SET status = 'approved' WHERE id = %s", [pid])
        conn.commit()
        assert conn.execute("SELECT status FROM payment WHERE id = %s", [pid]).fetchone() == (
            "approved",
        )


def test_reader_reads_but_does_not_write_and_decider_decides(office: dict[str, Any]) -> None:
    from tests.unit.services.factories import person

    open_server_database(as_user(office["url"], "rl_lukija"))
    assert permissions.current_rights() == frozenset()
    with pytest.raises(PermissionDeniedError) as refused:
        person()
    assert refused.value.code == "ROLE_REQUIRED_RECORD"
    listed = people.list_people()
    assert listed
    owner_person = listed[0].id
    people.reveal_hetu(owner_person)  # a logged read is allowed
    assert AuditLog.select().where(AuditLog.db_user == "rl_lukija").count() == 1
    close_database()
    open_server_database(as_user(office["url"], "rl_paattaja"))
    assert permissions.current_rights() == permissions.ALL_RIGHTS
    made = decide(office["application"])
    assert made.number == "KL-2026-002"
    assert AuditLog.select().where(AuditLog.db_user == "rl_paattaja").count() > 0


def test_a_user_without_a_kemidesk_role_is_told_so_at_connecting(
    office: dict[str, Any],
) -> None:
    from kemidesk.db.errors import ServerConnectionError
    from kemidesk.db.setup import prepare_server_database

    with psycopg.connect(office["url"], autocommit=True) as conn:
        if not conn.execute("SELECT 1 FROM pg_roles WHERE rolname = 'rl_vieras'").fetchone():
            conn.execute("CREATE ROLE rl_vieras LOGIN")
    with pytest.raises(ServerConnectionError) as refused:
        prepare_server_database(as_user(office["url"], "rl_vieras"))
    assert "Käyttäjällä rl_vieras ei ole oikeutta tietokantaan" in str(refused.value)
    assert "server add-user" in str(refused.value)


def test_a_server_migration_renews_the_grants_and_old_audit_rows_keep_no_user(
    office: dict[str, Any], pg_server: Any
) -> None:
    """A database of version 8 (before the audit user) on the office's server: the owner's
    program migrates it to head, its old audit rows keep no user, and the roles' grants are
    set on the tables the migration made (the officer may record at once)."""
    from kemidesk.db.migrations import HEAD, migrate, schema_version
    from kemidesk.db.setup import prepare_server_database

    name = pg_server.create_database()
    url = pg_server.url(name)
    try:
        db = open_server_database(url)
        migrate(db, None, None, up_to=8)
        db.execute_sql(
            'INSERT INTO "audit_log" ("at", "os_user", "entity", "entity_id", "entity_uuid",'
            ' "action", "fields") VALUES (now(), %s, %s, 1, %s, %s, %s)',
            ("vanha", "person", "", "create", ""),
        )
        close_database()
        prepare_server_database(url)  # the owner's program migrates 8 → head
        assert schema_version(database_proxy.obj) == HEAD
        assert AuditLog.select().where(AuditLog.db_user == "").count() == 1
        close_database()
        open_server_database(as_user(url, "rl_kasittelija"))
        assert "record" in permissions.current_rights()  # the grants were set
    finally:
        close_database()
        pg_server.drop_database(name)
