"""Muu de minimis -tuki under a company: added from the company's view, shown in its list
and in the rolling three-year total, edited and deleted with a confirmation."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from kemidesk.domain.types import EmployerType
from kemidesk.services import associations, de_minimis
from tests.qt.conftest import type_text


def _company_and_association() -> tuple[Any, Any]:
    rows = associations.list_associations()
    company = next(a for a in rows if a.employer_type is EmployerType.COMPANY)
    plain = next(
        a for a in rows if a.employer_type is EmployerType.ASSOCIATION and not a.business_activity
    )
    return company, plain


def test_add_edit_and_delete_other_aid_from_the_company_view(
    window: Any, qtbot: Any, boxes: Any
) -> None:
    from kemidesk.ui.dialogs.de_minimis_dialog import DeMinimisDialog

    company, _ = _company_and_association()
    before = de_minimis.de_minimis_status(company.id, window.ctx.today()).received_cents
    view = window.ctx.opener.open("association", company.id)
    assert view.add_aid_button.isEnabled()
    assert "De minimis -tuet 3 v" in view.value_labels
    dialog = view.add_aid()
    assert isinstance(dialog, DeMinimisDialog)
    assert not dialog.save_button.isEnabled() or dialog.save() is False  # empty: nothing saved
    type_text(qtbot, dialog.grantor, "Business Finland")
    dialog.granted_on.line.clear()  # it opens on today
    type_text(qtbot, dialog.granted_on.line, "1.6.2026")
    type_text(qtbot, dialog.amount, "12 000")
    type_text(qtbot, dialog.description, "Kehittämisavustus")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    rows = de_minimis.list_aid(company.id)
    assert [(r.grantor, r.amount_cents) for r in rows] == [("Business Finland", 1_200_000)]
    qtbot.waitUntil(lambda: view.related["de_minimis"].model.rowCount() == 1)
    after = de_minimis.de_minimis_status(company.id, window.ctx.today()).received_cents
    assert after == before + 1_200_000
    edit = view.edit_aid(rows[0])
    edit.amount.clear()
    type_text(qtbot, edit.amount, "13 000")
    qtbot.mouseClick(edit.save_button, Qt.MouseButton.LeftButton)
    assert de_minimis.list_aid(company.id)[0].amount_cents == 1_300_000
    remove = view.edit_aid(de_minimis.list_aid(company.id)[0])
    boxes.answer = True
    assert remove.delete()
    assert "Business Finland" in boxes.asked[-1]
    assert de_minimis.list_aid(company.id) == []
    view.close()


def test_an_association_without_business_activity_cannot_have_it(window: Any) -> None:
    _, plain = _company_and_association()
    view = window.ctx.opener.open("association", plain.id)
    assert not view.add_aid_button.isEnabled()
    assert "De minimis -tuet 3 v" not in view.value_labels
    view.close()
