"""A laptop copy made and synchronised by an office user who holds only the officer role
(kemidesk_officer), as the office's officers do: `server init` and `server add-user` on the
office database, the copy made and synced with the officer's login. What the officer may
write travels both ways; the change log, the applied-change register, the conflicts and the
laptop's audit log need no more than the officer's rights."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import peewee
import pytest

from kemidesk.cli import main
from kemidesk.db import models
from kemidesk.domain.types import FollowupType
from kemidesk.services import followups, sync
from kemidesk.services.common import update_record
from tests.unit import test_sync_pg
from tests.unit.test_roles_pg import add_user, as_user
from tests.unit.test_sync_pg import Laptop, laptop_snapshot, server_snapshot, server_sql

pytestmark = pytest.mark.postgres
server_url = test_sync_pg.server_url  # the fixture: a server database with the demo


def test_an_officer_makes_and_syncs_a_copy(
    server_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert main(["server", "init", "--database", server_url]) == 0
    assert add_user("sy_kasittelija", "officer", server_url, monkeypatch) == 0
    officer = as_user(server_url, "sy_kasittelija")
    laptop = Laptop(tmp_path / "a", officer)
    with laptop.open():
        audited_before = models.AuditLog.select(peewee.fn.MAX(models.AuditLog.id)).scalar() or 0
        person = models.Person.select().order_by(models.Person.id).first()
        update_record(models.Person, person.id, "X", {"phone": "040 kannettava"})
        placement = (
            models.Placement.select()
            .where(
                (models.Placement.archived == False)  # noqa: E712
                & (models.Placement.start_date <= date(2026, 10, 1))
            )
            .order_by(models.Placement.id.desc())
            .first()
        )
        held = followups.record_followup(
            followups.FollowupInput(
                placement_id=placement.id,
                followup_type=FollowupType.INTERIM,
                held_on=date(2026, 11, 27),
                participants="Työllistetty, ohjaaja",
                goals="Trukkikortti",
            )
        )
        claim = models.Payment.select().where(models.Payment.payslip_received == False).first()  # noqa: E712
        update_record(models.Payment, claim.id, "X", {"payslip_received": True})  # a claim's part
        conflicted = models.Person.select().order_by(models.Person.id.desc()).first()
        update_record(models.Person, conflicted.id, "X", {"phone": "040 kannettavan"})
    server_sql(
        server_url,
        'UPDATE "person" SET "phone" = %s WHERE "uuid" = %s',
        ["016 toimiston", conflicted.uuid],
    )
    association = server_sql(server_url, 'SELECT "uuid" FROM "association" ORDER BY "id" LIMIT 1')
    server_sql(
        server_url,
        'UPDATE "association" SET "notes" = %s WHERE "uuid" = %s',
        ["toimistossa muutettu", association[0][0]],
    )
    result = laptop.sync()
    assert (result.pushed, result.conflicts) == (4, 1)
    assert result.pulled_rows >= 2  # the office's two changes
    assert server_sql(
        server_url, 'SELECT "phone" FROM "person" WHERE "uuid" = %s', [person.uuid]
    ) == [("040 kannettava",)]
    assert server_sql(
        server_url, 'SELECT "payslip_received" FROM "payment" WHERE "uuid" = %s', [claim.uuid]
    ) == [(True,)]
    # The laptop's audit log went up as well: each row once, named by the office's id of its
    # record, with the laptop's OS user and the syncing login as the database user.
    with laptop.open():
        audited = [
            (r.entity, r.entity_uuid, r.action, r.fields, r.os_user)
            for r in models.AuditLog.select()
            .where(models.AuditLog.id > audited_before)
            .order_by(models.AuditLog.id)
        ]
    assert len(audited) >= 4 and result.audit_rows == len(audited)
    office_audit = server_sql(
        server_url,
        'SELECT a."entity", a."entity_uuid", a."action", a."fields", a."os_user", a."db_user", '
        'a."entity_id" = COALESCE((SELECT p."id" FROM "person" p WHERE p."uuid" = a."entity_uuid"),'
        ' a."entity_id") FROM "audit_log" a WHERE a."db_user" = %s ORDER BY a."id"',
        ["sy_kasittelija"],
    )
    assert [row[:5] for row in office_audit] == audited
    assert all(row[6] for row in office_audit)
    assert {row[1] for row in office_audit} >= {person.uuid, conflicted.uuid}
    with laptop.open():
        uuid = models.Followup.get_by_id(held.id).uuid
        assert models.Association.get(models.Association.uuid == association[0][0]).notes == (
            "toimistossa muutettu"
        )
        assert [c.laptop_value for c in sync.list_conflicts()] == ["040 kannettavan"]
    assert server_sql(server_url, 'SELECT "goals" FROM "followup" WHERE "uuid" = %s', [uuid]) == [
        ("Trukkikortti",)
    ]
    assert server_snapshot(server_url) == laptop_snapshot(laptop)
    with laptop.open():
        sync.resolve_conflict(sync.list_conflicts()[0].id, "040 yhteinen")
    again = laptop.sync()
    assert (again.pushed, again.conflicts) == (1, 0)
    assert server_sql(
        server_url, 'SELECT "phone" FROM "person" WHERE "uuid" = %s', [conflicted.uuid]
    ) == [("040 yhteinen",)]
    assert server_sql(server_url, 'SELECT "resolved_value" FROM "sync_conflict"') == [
        ('"040 yhteinen"',)
    ]
    last = laptop.sync()
    assert (last.pushed, last.audit_rows) == (0, 0)
    assert (
        len(
            server_sql(
                server_url, 'SELECT 1 FROM "audit_log" WHERE "db_user" = %s', ["sy_kasittelija"]
            )
        )
        == len(audited) + again.audit_rows
    )  # nothing appended twice
