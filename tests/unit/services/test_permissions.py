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
