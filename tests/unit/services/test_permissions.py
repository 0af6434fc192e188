"""The services' rights on both engines: the local file's user has every right, the test
server's superuser too (it owns the tables); the audit log names the database user."""

from __future__ import annotations

import pytest

from kemidesk.db.connection import is_server
from kemidesk.db.models import AuditLog
from kemidesk.services import permissions
from kemidesk.services.common import os_user, transaction

from .factories import person

pytestmark = pytest.mark.usefixtures("db")


def test_every_right_and_the_audit_user() -> None:
    assert permissions.current_rights() == permissions.ALL_RIGHTS
    assert permissions.can("decide")
    made = person()
    row = AuditLog.get((AuditLog.entity == "Person") & (AuditLog.entity_id == made.id))
    expected = "postgres" if is_server() else os_user()
    assert row.db_user == expected
    assert permissions.database_user() == expected


def test_a_missing_right_refuses_before_anything_is_written(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(permissions, "current_rights", lambda: frozenset({"record"}))
    before = AuditLog.select().count()
    with pytest.raises(permissions.PermissionDeniedError) as refused, transaction("settings"):
        pytest.fail("the body must not run")
    assert refused.value.code == "ROLE_REQUIRED_SETTINGS"
    assert "kemidesk_decider" in refused.value.message
    assert AuditLog.select().count() == before


@pytest.mark.sqlite_only
def test_laptop_copy_is_read_again_only_after_a_write(db) -> None:  # type: ignore[no-untyped-def]
    """The window asks for every action it enables: the sync state is read once, and again
    after this connection or another one wrote the file."""
    import sqlite3

    from kemidesk.db.connection import database_proxy

    asked: list[str] = []
    conn = database_proxy.obj.connection()
    conn.set_trace_callback(lambda sql: asked.append(sql) if "sync_state" in sql else None)
    try:
        assert [permissions.is_laptop_copy() for _ in range(5)] == [False] * 5
        assert len(asked) == 1
        other = sqlite3.connect(db.database)  # another connection makes the file a copy
        other.execute(
            'INSERT INTO "sync_state" ("server", "laptop_id", "os_user", "associations", '
            '"applying", "pull_lo", "pull_after", "last_error") '
            "VALUES ('s', 'l', 'u', '', 0, 0, 0, '')"
        )
        other.commit()
        other.close()
        assert permissions.is_laptop_copy() and permissions.is_laptop_copy()
        assert len(asked) == 2
        database_proxy.obj.execute_sql('DELETE FROM "sync_state"')  # this connection's write
        assert not permissions.is_laptop_copy()
        assert len([s for s in asked if s.startswith("SELECT")]) == 3
    finally:
        conn.set_trace_callback(None)
