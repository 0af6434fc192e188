"""Siirtosopimukset in the placement's view: added with a form (a period outside the
placement gets a Finnish message beside the field and nothing is written), listed, signed
through a status change, printed; an ending with employment before the placement has ended
is refused beside the day."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from PySide6.QtCore import Qt

from kemidesk.domain.dates import format_date
from kemidesk.domain.types import TransferStatus
from kemidesk.services import placements, transfers
from tests.qt.conftest import DEMO_TODAY, type_text


def _running_placement() -> Any:
    taken = {t.placement_id for t in transfers.list_transfers()}
    return next(
        p
        for p in placements.list_placements()
        if p.id not in taken
        and p.start_date < DEMO_TODAY - timedelta(days=30)
        and p.effective_end is not None
        and p.effective_end > DEMO_TODAY + timedelta(days=60)
    )


def test_add_sign_and_print_a_transfer_from_the_placement_view(
    window: Any, qtbot: Any, boxes: Any
) -> None:
    from kemidesk.ui.dialogs.transfer_dialog import TransferDialog, TransferStatusDialog

    placement = _running_placement()
    view = window.ctx.opener.open("placement", placement.id)
    dialog = view.add_transfer()
    assert isinstance(dialog, TransferDialog)
    assert not dialog.save_button.isEnabled()  # empty form
    type_text(qtbot, dialog.receiving_name, "Kemin Konepaja Oy")
    type_text(qtbot, dialog.receiving_business_id, "1234567-8")
    assert "Y-tunnus" in dialog.error_text("receiving_business_id")
    dialog.receiving_business_id.clear()
    type_text(qtbot, dialog.receiving_business_id, "3912345-4")
    assert dialog.error_text("receiving_business_id") == ""
    dialog.start_date.line.clear()  # it opens on today
    type_text(qtbot, dialog.start_date.line, format_date(DEMO_TODAY + timedelta(days=7)))
    dialog.start_date.finish_editing()
    too_late = placement.effective_end + timedelta(days=10)
    type_text(qtbot, dialog.end_date.line, format_date(too_late))
    dialog.end_date.finish_editing()  # Tab out, as a person does before clicking Save
    type_text(qtbot, dialog.hours, "30")
    type_text(qtbot, dialog.tasks, "Varastotyöt")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "työsuhteen" in dialog.error_text("end_date")  # beside the field, from the service
    assert transfers.list_transfers(placement.id) == []
    dialog.end_date.line.clear()
    type_text(qtbot, dialog.end_date.line, format_date(placement.effective_end))
    dialog.end_date.finish_editing()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    [row] = transfers.list_transfers(placement.id)
    assert (row.status, row.receiving_name) == (TransferStatus.DRAFT, "Kemin Konepaja Oy")
    qtbot.waitUntil(lambda: view.related["transfers"].model.rowCount() == 1)

    edit = view.edit_transfer(row)
    assert set(edit.action_buttons) == {TransferStatus.SIGNED}
    printed: list[int] = []
    window.ctx.print_handlers["transfer_agreement"] = printed.append
    qtbot.mouseClick(edit.print_button, Qt.MouseButton.LeftButton)
    assert printed == [row.id]
    status = edit.change_status(TransferStatus.SIGNED)
    assert isinstance(status, TransferStatusDialog)
    assert status.on.value() == DEMO_TODAY
    qtbot.mouseClick(status.save_button, Qt.MouseButton.LeftButton)
    signed = transfers.get_transfer(row.id)
    assert (signed.status, signed.signed_on) == (TransferStatus.SIGNED, DEMO_TODAY)
    view.close()


def test_employment_before_the_placement_ends_is_refused_beside_the_day(
    window: Any, qtbot: Any
) -> None:
    from kemidesk.ui.dialogs.transfer_dialog import TransferStatusDialog

    [running] = transfers.list_transfers(status=TransferStatus.IN_PROGRESS)
    dialog = TransferStatusDialog(window.ctx, running, TransferStatus.ENDED_EMPLOYED)
    dialog.on.line.clear()
    type_text(qtbot, dialog.on.line, format_date(DEMO_TODAY))
    dialog.on.finish_editing()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "Työsuhde päättyy" in dialog.error_text("on")
    assert transfers.get_transfer(running.id).status is TransferStatus.IN_PROGRESS
    dialog.close()


def test_every_alt_letter_is_unique_in_the_transfer_dialogs(window: Any, qtbot: Any) -> None:
    from kemidesk.ui.dialogs.transfer_dialog import TransferDialog, TransferStatusDialog
    from tests.qt.test_mnemonics import duplicate_mnemonics

    shown = []
    for row in transfers.list_transfers():  # one in every status (demo)
        shown.append(TransferDialog(window.ctx, row.placement_id, row, window))
        for status in row.next_statuses:
            shown.append(TransferStatusDialog(window.ctx, row, status, window))
    shown.append(TransferDialog(window.ctx, _running_placement().id, None, window))
    shown.append(window.ctx.opener.open("placement", _running_placement().id))
    for dialog in shown:
        dialog.show()
        qtbot.waitExposed(dialog)
        assert duplicate_mnemonics(dialog) == {}, dialog.windowTitle()
        dialog.done(0)
