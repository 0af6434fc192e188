"""Payments from the window: claim → approve → held with the reason → follow-up recorded →
approved; a batch with its CSV, and the batch marked paid."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog

from kemidesk.db.models import Payment
from kemidesk.domain.types import PaymentStatus
from kemidesk.services import grants, payments
from kemidesk.services.batches import get_batch
from kemidesk.ui.dialogs.followup_form import FollowupForm
from kemidesk.ui.dialogs.payment_batch import BatchDialog, MarkPaidDialog
from kemidesk.ui.dialogs.payment_claim import PaymentClaimDialog
from kemidesk.ui.tabs.placements import FOLLOWUP_LATE
from tests.qt.conftest import DEMO_TODAY, finish_loading


def payment_missing_only_a_followup() -> payments.PaymentRow:
    """A payment of an ended period whose only missing conditions are the claim (or its
    attachments) and one follow-up form."""
    candidates = payments.list_payments(status=PaymentStatus.DUE) + payments.list_payments(
        status=PaymentStatus.CLAIMED
    )
    for row in candidates:
        if grants.get_decision(row.decision_id).period_start is None or row.is_last:
            continue  # a bonus, or the last payment (which also needs the final form)
        problems = payments.approval_problems(Payment.get_by_id(row.id), DEMO_TODAY)
        followup = [p for p in problems if p.startswith("Seurantalomakkeita")]
        others = [p for p in problems if not p.startswith(("Seurantalomakkeita", "Maksatus"))]
        if followup and not others:
            kirjattu, vaaditaan = (
                int(w.strip(",.")) for w in followup[0].split() if w[0].isdigit()
            )
            if vaaditaan - kirjattu == 1:
                return row
    raise AssertionError("the demo data should have such a payment")


def show_tab(window: Any, key: str) -> Any:
    tab = window.tab_by_key(key)
    window.tabs.setCurrentWidget(tab)
    finish_loading(tab)
    return tab


def test_claim_held_for_missing_followup_released_by_the_followup_form(
    window: Any, boxes: Any, qtbot: Any
) -> None:
    payment = payment_missing_only_a_followup()
    decision = grants.get_decision(payment.decision_id)
    grants_tab = show_tab(window, "grants")
    assert grants_tab.select_id(decision.id)
    position = next(
        i
        for i in range(grants_tab.payments.row_count())
        if grants_tab.payments.proxy.row_at(i).id == payment.id
    )
    detail = grants_tab.payments.open_row(position)  # the payment's detail view
    assert detail.claim_button.isEnabled() and not detail.approve_button.isEnabled()

    detail.claim_button.click()
    claim = detail.findChild(PaymentClaimDialog)
    assert claim is not None and claim.isVisible()
    assert claim.approve_now.isChecked()
    claim.received.set_value(date(2026, 11, 20))
    claim.payslip.setChecked(True)
    claim.proof.setChecked(True)
    claim.save_button.click()

    held = payments.get_payment(payment.id)
    assert held.status is PaymentStatus.HELD
    kind, title, text = boxes.shown[-1]
    assert (kind, title) == ("warn", "Maksu pidätetty")
    assert "• " + held.held_reason in text  # exactly why: the service's reason
    assert held.held_reason.startswith("Seurantalomakkeita kirjattu")
    assert detail.approve_button.isEnabled()  # the detail view reloaded
    assert "Pidätetty" in detail.value_labels["Tila"].text()

    placement = window.ctx.opener.open("placement", decision.placement_id)
    followups_before = placement.related["followups"].row_count()
    placement.findChild(type(detail.claim_button), "followup_button").click()
    form = placement.findChild(FollowupForm)
    assert form is not None and not form.save_button.isEnabled()  # participants missing
    form.held_on.set_value(payment.period_end)
    form.participants.setText("työntekijä, ohjaaja")
    form.goals.setPlainText("Työtehtävien laajentaminen")
    assert form.save_button.isEnabled()
    form.save_button.click()
    assert placement.related["followups"].row_count() == followups_before + 1

    detail.approve_button.click()
    approved = payments.get_payment(payment.id)
    assert approved.status is PaymentStatus.APPROVED
    assert approved.approved_on == DEMO_TODAY
    assert boxes.shown[-1][:2] == ("info", "Maksu hyväksytty")
    assert not detail.approve_button.isEnabled()


def test_approve_from_the_payments_tab_says_why_it_is_held(window: Any, boxes: Any) -> None:
    tab = show_tab(window, "payments")
    tab.set_status_filter("claimed")
    rows = [tab.proxy.row_at(r) for r in range(tab.proxy.rowCount())]
    assert rows and all(r.status is PaymentStatus.CLAIMED for r in rows)
    tab.select_id(rows[0].id)
    assert tab.approve_button.isEnabled() and tab.claim_button.isEnabled()
    tab.approve_button.click()
    after = payments.get_payment(rows[0].id)
    assert after.status in (PaymentStatus.APPROVED, PaymentStatus.HELD)
    title = "Maksu hyväksytty" if after.status is PaymentStatus.APPROVED else "Maksu pidätetty"
    assert boxes.shown[-1][1] == title
    tab.set_status_filter("held")
    held = [tab.proxy.row_at(r) for r in range(tab.proxy.rowCount())]
    assert held and all(r.status is PaymentStatus.HELD and r.held_reason for r in held)


def test_batch_csv_and_paid(
    window: Any, boxes: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    printed: list[int] = []
    window.ctx.print_handlers["payment_batch"] = printed.append
    tab = show_tab(window, "payments")
    tab.set_status_filter("approved")
    approved = [tab.proxy.row_at(r) for r in range(tab.proxy.rowCount())]
    assert len(approved) >= 2

    tab.batch_button.click()
    dialog = tab.findChild(BatchDialog)
    assert dialog.model.rowCount() == len(approved)
    total = sum(r.amount_cents for r in approved)
    assert dialog.model.checked == {r.id for r in approved}  # all ticked at first
    assert dialog.total.text().endswith(payments_total(total))
    dialog.model.toggle(0)
    left_out = dialog.model.row_at(0)
    assert dialog.total.text().endswith(payments_total(total - left_out.amount_cents))
    dialog.model.set_all(False)
    assert not dialog.create_button.isEnabled()
    dialog.model.set_all(True)
    dialog.model.toggle(0)
    dialog.title.setText("Marraskuu 2026")
    dialog.create_button.click()

    (batch_id,) = printed  # the payment list opened in the print preview
    batch = get_batch(batch_id)
    assert batch is not None and batch.title == "Marraskuu 2026"
    assert batch.payment_count == len(approved) - 1
    assert payments.get_payment(left_out.id).batch_id is None
    finish_loading(tab)  # the list was read again after the batch was made
    assert tab.proxy.rowCount() == 1  # only the one left out is still waiting for a batch
    assert tab.batches.row_count() >= 1

    assert tab.select_batch(batch_id)
    target = tmp_path / "maksuera"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    tab.csv_button.click()
    data = (tmp_path / "maksuera.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM for Excel
    text = data.decode("utf-8-sig")
    assert text.splitlines()[0].startswith("järjestö;iban;viite")
    in_batch = payments.list_payments(batch_id=batch_id)
    assert all(p.reference in text for p in in_batch)
    assert len(text.splitlines()) == len(in_batch) + 2  # header, rows, total

    tab.paid_button.click()
    mark = tab.findChild(MarkPaidDialog)
    mark.paid_on.set_value(date(2026, 11, 20))  # before the batch was made
    assert not mark.ok_button.isEnabled()
    assert "ennen erän kokoamista" in mark.error.text()
    mark.paid_on.set_value(DEMO_TODAY)
    boxes.answer = False  # "No" to the confirmation: nothing happens
    mark.ok_button.click()
    assert get_batch(batch_id).paid_on is None
    assert mark.isVisible()
    boxes.answer = True
    mark.ok_button.click()
    assert "maksetuiksi 28.11.2026" in boxes.asked[-1]
    assert get_batch(batch_id).paid_on == DEMO_TODAY
    paid = payments.list_payments(batch_id=batch_id)
    assert {p.status for p in paid} == {PaymentStatus.PAID}
    assert tab.select_batch(batch_id)
    assert not tab.paid_button.isEnabled()


def payments_total(cents: int) -> str:
    from kemidesk.domain.money import format_money

    return format_money(cents)


def test_placements_filter_late_followups(window: Any) -> None:
    from kemidesk.services.overview import late_followups

    tab = show_tab(window, "placements")
    late = late_followups(DEMO_TODAY)
    tab.status_filter.setCurrentIndex(tab.status_filter.findData(FOLLOWUP_LATE))
    assert f"({len(late)})" in tab.status_filter.currentText()
    shown = {tab.proxy.row_at(r).id for r in range(tab.proxy.rowCount())}
    assert shown == set(late) & {r.id for r in tab.model.rows()}
    assert shown


def test_lists_of_work_show_the_most_urgent_first(window: Any) -> None:
    from kemidesk.ui.tabs.payments import PaymentsTab

    tab = window.tab_by_key("payments")
    window.tabs.setCurrentWidget(tab)
    assert isinstance(tab, PaymentsTab)
    finish_loading(tab)
    tab.set_status_filter("claimed")
    received = [tab.proxy.row_at(r).claim_received_on for r in range(tab.proxy.rowCount())]
    assert len(received) > 1
    assert received == sorted(received)  # the claim that has waited longest on top
    tab.set_status_filter("due")
    due = [tab.proxy.row_at(r).claim_due for r in range(tab.proxy.rowCount())]
    assert len(due) > 1
    assert due == sorted(due)


def test_a_batch_has_one_name_in_the_lists(window: Any) -> None:
    tab = show_tab(window, "payments")
    assert tab.batches.model.rowCount() > 0
    batch = tab.batches.model.rows()[0]
    assert tab.batches.model.index(0, 0).data() == f"ME-{batch.id}"
    column = next(i for i, c in enumerate(tab.model.columns) if c.title == "Maksuerä")
    in_batch = [r for r in range(tab.proxy.rowCount()) if tab.proxy.row_at(r).batch_id]
    assert in_batch
    row = tab.proxy.row_at(in_batch[0])
    assert tab.proxy.index(in_batch[0], column).data() == f"ME-{row.batch_id}"


def test_the_tab_reads_the_recently_paid_in_parts_and_lists_them_all(window: Any) -> None:
    """After its first page the tab reads the recently paid keys one part a step (each step
    short), then its pages: the same rows as the list read at once."""
    from kemidesk.ui.models.loader import FIRST_PAGE
    from kemidesk.ui.tabs.payments import PAID_PARTS

    today = window.ctx.today()
    whole = payments.payment_lines(today, payments.recently_paid_keys(today))
    assert len(whole) > FIRST_PAGE  # the second page is read, after the parts
    tab = window.tab_by_key("payments")
    window.tabs.setCurrentWidget(tab)
    steps = 0
    while tab.loader.loading:
        tab.loader._next_chunk()
        steps += 1
    shown = [tab.proxy.row_at(r).id for r in range(tab.proxy.rowCount())]
    assert sorted(shown) == sorted(payments.PAYMENT_LINE(x).id for x in whole)
    assert steps >= 2 + PAID_PARTS  # the first page, the parts, the pages
