"""Other de minimis aid under a company: entered, checked, listed, and counted in the
rolling three-year check with this program's own grants."""

from __future__ import annotations

from datetime import date

import pytest

from kemidesk.db.models import Association, AuditLog
from kemidesk.domain.errors import FieldErrors
from kemidesk.domain.types import EmployerType
from kemidesk.services import de_minimis, grants
from kemidesk.services.de_minimis import DeMinimisInput
from kemidesk.services.errors import NotAllowedError

from .test_grants import apply, setup_placement

pytestmark = pytest.mark.usefixtures("db")


def _company_placement():  # type: ignore[no-untyped-def]
    pl = setup_placement()
    Association.update(employer_type=EmployerType.COMPANY).execute()
    return pl


def test_aid_is_entered_listed_edited_and_deleted_with_an_audit_trail() -> None:
    pl = _company_placement()
    first = de_minimis.add_aid(
        DeMinimisInput(pl.association_id, "Business Finland", date(2025, 6, 1), "12 000,00",
                       "Kehittämisavustus")
    )  # fmt: skip
    de_minimis.add_aid(DeMinimisInput(pl.association_id, "ELY-keskus", date(2024, 2, 1), "500"))
    rows = de_minimis.list_aid(pl.association_id)
    assert [r.grantor for r in rows] == ["Business Finland", "ELY-keskus"]  # newest first
    assert rows[0].amount_cents == 1_200_000 and rows[0].description == "Kehittämisavustus"
    de_minimis.update_aid(
        first.id, DeMinimisInput(pl.association_id, "Business Finland", date(2025, 6, 1), "13 000")
    )
    assert de_minimis.list_aid(pl.association_id)[0].amount_cents == 1_300_000
    de_minimis.delete_aid(first.id)
    assert len(de_minimis.list_aid(pl.association_id)) == 1
    actions = [a.action for a in AuditLog.select().where(AuditLog.entity == "DeMinimisAid")]
    assert actions.count("create") == 2 and "update" in actions and "delete" in actions


def test_bad_input_is_named_by_field_and_nothing_is_written() -> None:
    pl = _company_placement()
    with pytest.raises(FieldErrors) as info:
        de_minimis.add_aid(DeMinimisInput(pl.association_id, "", None, "0"))
    assert set(info.value.errors) == {"grantor", "granted_on", "amount"}
    with pytest.raises(FieldErrors) as info:
        de_minimis.add_aid(DeMinimisInput(pl.association_id, "X", date(2025, 1, 1), "-5"))
    assert "amount" in info.value.errors
    assert de_minimis.list_aid(pl.association_id) == []


def test_only_for_an_undertaking() -> None:
    pl = setup_placement()  # an association without business activity
    with pytest.raises(NotAllowedError):
        de_minimis.add_aid(DeMinimisInput(pl.association_id, "X", date(2025, 1, 1), "100"))


def test_the_rolling_check_counts_other_aid_within_the_window_only() -> None:
    pl = _company_placement()
    on = date(2026, 3, 25)
    de_minimis.add_aid(DeMinimisInput(pl.association_id, "Vanha", date(2023, 3, 25), "250 000"))
    status = de_minimis.de_minimis_status(pl.association_id, on)
    assert status.received_cents == 0  # exactly three years before: outside the window
    assert status.cap_cents == 30_000_000 and status.left_cents == 30_000_000
    de_minimis.add_aid(DeMinimisInput(pl.association_id, "Uusi", date(2024, 6, 1), "299 900"))
    status = de_minimis.de_minimis_status(pl.association_id, on)
    assert status.received_cents == 29_990_000 and status.left_cents == 10_000
    assessment = grants.assess_application(apply(pl.id).id, on)
    assert "DE_MINIMIS_EXCEEDED" in [f.code for f in assessment.errors]
