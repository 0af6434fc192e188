"""Dialogs do not pile up: a detail view opened from a detail view takes its place, so the
path placement → payment → decision → mark sent is never more than two dialogs deep."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QPushButton

from kemidesk.domain.types import DecisionStatus
from kemidesk.services import grants, payments
from kemidesk.ui.dialogs.details import DecisionDetail, PlacementDetail
from kemidesk.ui.dialogs.leaf_details import PaymentDetail
from kemidesk.ui.dialogs.notify_dialog import NotifyDialog


def open_dialogs() -> list[QDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]


def test_placement_payment_decision_mark_sent_stays_two_deep(window: Any, qtbot: Any) -> None:
    decision = next(
        d
        for d in grants.list_decisions(status=DecisionStatus.DECIDED)
        if payments.list_payments(decision_id=d.id)
    )
    placement_detail = window.ctx.opener.open("placement", decision.placement_id)
    assert isinstance(placement_detail, PlacementDetail)
    position = placement_detail.pos()

    # a payment in the placement's schedule, clicked
    table = placement_detail.related["payments"]
    view = table.view
    rect = view.visualRect(table.proxy.index(0, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    payment_detail = next(w for w in open_dialogs() if isinstance(w, PaymentDetail))
    qtbot.waitUntil(lambda: not placement_detail.isVisible())
    assert [type(w) for w in open_dialogs()] == [PaymentDetail]
    assert payment_detail.pos() == position  # in the same place
    assert payment_detail.parentWidget() is window  # not a child of the closed one

    # Avaa päätös: the decision takes the payment's place
    button = next(b for b in payment_detail.findChildren(QPushButton) if b.text() == "Avaa &päätös")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not payment_detail.isVisible())
    decision_detail = next(w for w in open_dialogs() if isinstance(w, DecisionDetail))
    assert decision_detail.record_id == decision.id

    # Merkitse lähetetyksi…: the form over the decision, two deep
    decision_detail.grant_actions.buttons["notify"].click()
    assert sorted(type(w).__name__ for w in open_dialogs()) == ["DecisionDetail", "NotifyDialog"]
    notify = next(w for w in open_dialogs() if isinstance(w, NotifyDialog))
    notify.reject()
    decision_detail.close()


def test_a_detail_opened_from_a_tab_does_not_close_others(window: Any) -> None:
    first = window.ctx.opener.open("placement", grants.list_decisions()[0].placement_id)
    second = window.ctx.opener.open("decision", grants.list_decisions()[1].id)
    assert first.isVisible()
    assert second.isVisible()
    window.ctx.opener.close_all()
