"""The whole grant path as a new office worker walks it: typed keys, clicks, menu actions.

No service is called for a step; the database is only read to check what the steps wrote.
New association → new person → new placement → application → decision (typed dates) →
print preview → mark sent → follow-up talk → payment claim → approval → batch → paid.
The preview's modal exec() is replaced by a recorder as in test_printing_ui.py, and message
boxes by the `boxes` recorder (which answers yes), since neither can be clicked offscreen.
"""

from __future__ import annotations

import time
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QDialog, QPushButton, QWidget

from kemidesk.domain.types import DecisionStatus, DecisionType, PaymentStatus
from kemidesk.services import associations, followups, grants, payments, people, placements
from kemidesk.ui.dialogs.application_dialog import ApplicationDialog
from kemidesk.ui.dialogs.association_form import AssociationForm
from kemidesk.ui.dialogs.decision_dialog import DecisionDialog
from kemidesk.ui.dialogs.followup_form import FollowupForm
from kemidesk.ui.dialogs.notify_dialog import NotifyDialog
from kemidesk.ui.dialogs.payment_batch import BatchDialog, MarkPaidDialog
from kemidesk.ui.dialogs.payment_claim import PaymentClaimDialog
from kemidesk.ui.dialogs.person_form import PersonForm
from kemidesk.ui.dialogs.placement_form import PlacementForm
from kemidesk.ui.printing import choice
from kemidesk.ui.printing.preview import PrintPreviewDialog
from tests.qt.conftest import DEMO_TODAY, finish_loading, type_text

ASSOCIATION = "Pohjoisen Pyöräpaja ry"
BUSINESS_ID = "0201256-6"
FIRST, LAST = "Veikko", "Zetterholm"


# ---------------------------------------------------------------- a user's hands


def click(qtbot: Any, button: QWidget) -> None:
    assert button.isEnabled(), f"{button.text()} is disabled"  # type: ignore[attr-defined]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def type_field(qtbot: Any, widget: QWidget, text: str) -> None:
    """Click into a field, type, Tab out (a DateField takes keys in its line)."""
    target = getattr(widget, "line", None) or widget
    target.setFocus()
    qtbot.keyClick(target, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)  # replace
    type_text(qtbot, target, text)
    qtbot.keyClick(target, Qt.Key.Key_Tab)


def tick(qtbot: Any, checkbox: Any) -> None:
    """Click a check box on its box (left end) so that it is checked."""
    if not checkbox.isChecked():
        qtbot.mouseClick(checkbox, Qt.MouseButton.LeftButton, pos=QPoint(6, checkbox.height() // 2))
    assert checkbox.isChecked()


def open_dialogs() -> list[QDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]


def shown(cls: type) -> Any:
    """The one visible dialog of this class; never more than two dialogs on screen."""
    found = [w for w in open_dialogs() if isinstance(w, cls)]
    assert len(found) == 1, f"{cls.__name__}: {len(found)} shown"
    stacked = [type(w).__name__ for w in open_dialogs()]
    assert len(stacked) <= 2, f"dialogs stacked: {stacked}"
    return found[0]


def open_tab(window: Any, qtbot: Any, key: str) -> Any:
    """Click the tab's title in the tab bar."""
    tab = window.tab_by_key(key)
    bar = window.tabs.tabBar()
    qtbot.mouseClick(
        bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(window.tabs.indexOf(tab)).center()
    )
    assert window.tabs.currentWidget() is tab
    finish_loading(tab)
    return tab


def click_row(qtbot: Any, view: Any, row: int) -> None:
    view.scrollTo(view.model().index(row, 0))
    rect = view.visualRect(view.model().index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def search_and_pick(qtbot: Any, tab: Any, text: str, record_id: int) -> None:
    """Type into the tab's search field, then click the record's row in what is left."""
    tab.search.clear()
    type_text(qtbot, tab.search, text)
    finish_loading(tab)
    qtbot.waitUntil(lambda: tab.proxy.proxy_row_of(record_id) is not None)
    click_row(qtbot, tab.view, tab.proxy.proxy_row_of(record_id))
    assert tab.current_id() == record_id


@pytest.fixture
def previews(monkeypatch: pytest.MonkeyPatch) -> list[PrintPreviewDialog]:
    opened: list[PrintPreviewDialog] = []

    def fake_exec(dialog: PrintPreviewDialog) -> int:
        opened.append(dialog)
        return 0

    monkeypatch.setattr(PrintPreviewDialog, "exec", fake_exec)
    monkeypatch.setattr(PrintPreviewDialog, "deleteLater", lambda dialog: None)
    monkeypatch.setattr(choice, "ask_choice", lambda parent, title, text, choices: "party")
    return opened


# ---------------------------------------------------------------- the path


def test_the_whole_grant_path_by_keys_and_clicks(
    window: Any, qtbot: Any, boxes: Any, previews: list[Any]
) -> None:
    steps: list[tuple[str, float]] = []
    depth: list[int] = []  # dialogs open on screen after each step
    started = last = time.perf_counter()

    def step(name: str) -> None:
        nonlocal last
        depth.append(len(open_dialogs()))
        now = time.perf_counter()
        steps.append((name, now - last))
        last = now

    a = window.actions_by_key

    # 1. Yhdistykset → Uusi…
    open_tab(window, qtbot, "associations")
    a["new"].trigger()
    form = shown(AssociationForm)
    type_field(qtbot, form.name, ASSOCIATION)
    type_field(qtbot, form.business_id, BUSINESS_ID)
    type_field(qtbot, form.street, "Keskuspuistokatu 1")
    type_field(qtbot, form.postcode, "94100")
    type_field(qtbot, form.city, "Kemi")
    type_field(qtbot, form.iban, "FI21 1234 5600 0007 85")
    type_field(qtbot, form.supervisor_name, "Olli Ohjaaja")
    click(qtbot, form.save_button)
    association = next(r for r in associations.list_associations() if r.name == ASSOCIATION)
    step("yhdistys")

    # 2. Työllistetyt → Uusi…
    open_tab(window, qtbot, "people")
    a["new"].trigger()
    form = shown(PersonForm)
    type_field(qtbot, form.first_name, FIRST)
    type_field(qtbot, form.last_name, LAST)
    type_field(qtbot, form.birth_date, "5.5.1980")
    tick(qtbot, form.kemi_resident)
    type_field(qtbot, form.tmt_days, "420")
    click(qtbot, form.save_button)
    person = next(p for p in people.list_people() if p.last_name == LAST)
    assert person.birth_date == date(1980, 5, 5)
    step("työllistetty")

    # 3. Työsuhteet → Uusi…: the parties typed into the searchable boxes
    tab = open_tab(window, qtbot, "placements")
    a["new"].trigger()
    form = shown(PlacementForm)
    type_field(qtbot, form.person, f"{LAST} {FIRST}")
    type_field(qtbot, form.association, ASSOCIATION)
    type_field(qtbot, form.job_title, "pyöräkorjaaja")
    type_field(qtbot, form.start_date, "1.9.26")
    type_field(qtbot, form.end_date, "310827")
    type_field(qtbot, form.hours, "30")
    type_field(qtbot, form.wage, "1800")
    type_field(qtbot, form.pt_number, "PT-2026-77")
    type_field(qtbot, form.pt_date, "25.8.2026")
    form.pt_percent.setFocus()
    qtbot.keyClick(form.pt_percent, Qt.Key.Key_End)  # the last choice, 100 %
    assert form.pt_percent.currentText() == "100 %", form.pt_percent.currentText()
    qtbot.keyClick(form.pt_percent, Qt.Key.Key_Tab)
    assert form.pt_start.value() == date(2026, 9, 1)  # taken from the employment
    click(qtbot, form.save_button)
    placement = next(p for p in placements.list_placements() if p.person_id == person.id)
    assert placement.association_id == association.id
    assert placement.job_title == "pyöräkorjaaja"
    assert placement.start_date == date(2026, 9, 1)
    assert placement.end_date == date(2027, 8, 31)
    step("työsuhde")

    # 4. the application: Uusi hakemus… on the selected placement
    search_and_pick(qtbot, tab, LAST, placement.id)
    tab.grant_actions.actions["new_application"].trigger()
    application = shown(ApplicationDialog)
    type_field(qtbot, application.received_on, "15.9.2026")
    tick(qtbot, application.pt_attached)
    tick(qtbot, application.contract_attached)
    click(qtbot, application.save_button)
    assert application.findings.errors == []
    step("hakemus")

    # 5. the decision, with typed dates; saved, then printed (the question answered yes)
    assert application.save_button.text() == "Tee &päätös…"
    click(qtbot, application.save_button)
    decision_dialog = shown(DecisionDialog)
    assert not application.isVisible()  # the decision replaced the application
    assert decision_dialog.decision_type.currentData() == DecisionType.GRANT
    # decided on 1.10. (recorded later): its appeal time has run out by today, 28.11.
    type_field(qtbot, decision_dialog.decision_date, "1.10.26")
    type_field(qtbot, decision_dialog.period_start, "1.9.2026")
    type_field(qtbot, decision_dialog.period_end, "31.8.27")
    assert decision_dialog.period_end.value() == date(2027, 8, 31)
    click(qtbot, decision_dialog.save_button)
    decision = grants.list_decisions(placement_id=placement.id)[0]
    assert decision.decision_date == date(2026, 10, 1)
    assert decision.status is DecisionStatus.DECIDED
    step("päätös")

    # 6. the print preview (asked after saving)
    assert any(decision.number in question for question in boxes.asked)  # "Tulostetaanko…?"
    qtbot.waitUntil(lambda: len(previews) == 1, timeout=20_000)
    assert decision.number in previews[0].windowTitle() or decision.number in (
        previews[0].suggested_filename
    )
    assert previews[0].page_count() >= 2
    step("esikatselu")

    # 7. Merkitse lähetetyksi… from Avustukset
    grants_tab = open_tab(window, qtbot, "grants")
    search_and_pick(qtbot, grants_tab, decision.number, decision.id)
    grants_tab.grant_actions.actions["notify"].trigger()
    notify = shown(NotifyDialog)
    type_field(qtbot, notify.sent_on, "2.10.")  # this year; by letter
    click(qtbot, notify.save_button)
    sent = grants.get_decision(decision.id)
    assert sent.status is DecisionStatus.SENT
    assert sent.appeal_deadline == date(2026, 10, 23)  # received 9.10. + 14 days
    step("lähetetty")

    # 8. Muokkaa → Kirjaa seurantalomake… for the placement
    tab = open_tab(window, qtbot, "placements")
    search_and_pick(qtbot, tab, LAST, placement.id)
    window.workflow_actions.update()
    window.workflow_actions.followup.trigger()
    followup = shown(FollowupForm)
    type_field(qtbot, followup.held_on, "25.9.2026")
    type_field(qtbot, followup.fields["participants"].widget, "työntekijä, ohjaaja")
    type_field(qtbot, followup.fields["goals"].widget, "Polkupyörien huolto itsenäisesti.")
    click(qtbot, followup.save_button)
    talks = followups.list_followups(placement_id=placement.id)
    assert len(talks) == 1
    assert talks[0].held_on == date(2026, 9, 25)
    step("seuranta")

    # 9. the claim for September: Maksut → Kirjaa maksatushakemus…
    pay_tab = open_tab(window, qtbot, "payments")
    first = payments.list_payments(decision_id=decision.id)[0]
    assert first.period_start == date(2026, 9, 1)
    search_and_pick(qtbot, pay_tab, LAST, first.id)
    click(qtbot, pay_tab.claim_button)
    claim = shown(PaymentClaimDialog)
    type_field(qtbot, claim.received, "10.10.2026")
    tick(qtbot, claim.payslip)
    tick(qtbot, claim.proof)
    if claim.approve_now.isChecked():
        claim.approve_now.click()  # approval is its own step below
    click(qtbot, claim.save_button)
    assert payments.get_payment(first.id).status is PaymentStatus.CLAIMED
    step("maksatushakemus")

    # 10. Hyväksy
    search_and_pick(qtbot, pay_tab, LAST, first.id)
    click(qtbot, pay_tab.approve_button)
    assert payments.get_payment(first.id).status is PaymentStatus.APPROVED
    step("hyväksyntä")

    # 11. Kokoa maksuerä… with only this payment
    click(qtbot, pay_tab.batch_button)
    batch_dialog = shown(BatchDialog)
    none_button = next(
        b for b in batch_dialog.findChildren(QPushButton) if b.text() == "&Poista valinnat"
    )
    click(qtbot, none_button)  # other approved payments of the demo stay out of this batch
    model = batch_dialog.model
    ours = next(i for i in range(model.rowCount()) if model.row_at(i).id == first.id)
    click_row(qtbot, batch_dialog.view, ours)
    qtbot.keyClick(batch_dialog.view, Qt.Key.Key_Return)  # Enter ticks the row
    assert [r.id for r in model.checked_rows()] == [first.id]
    click(qtbot, batch_dialog.create_button)
    batched = payments.get_payment(first.id)
    assert batched.batch_id is not None
    qtbot.waitUntil(lambda: len(previews) == 2, timeout=20_000)  # the payment list
    step("maksuerä")

    # 12. Merkitse maksetuksi…
    batches = pay_tab.batches
    qtbot.waitUntil(lambda: batches.proxy.proxy_row_of(batched.batch_id) is not None)
    click_row(qtbot, batches.view, batches.proxy.proxy_row_of(batched.batch_id))
    click(qtbot, pay_tab.paid_button)
    paid = shown(MarkPaidDialog)
    type_field(qtbot, paid.paid_on, "+0")  # paid today
    click(qtbot, paid.ok_button)
    final = payments.get_payment(first.id)
    assert final.status is PaymentStatus.PAID
    assert final.paid_on == DEMO_TODAY
    step("maksettu")

    total = time.perf_counter() - started
    print("\nend-to-end steps (s): " + ", ".join(f"{n} {t:.2f}" for n, t in steps))
    print(f"end-to-end total: {total:.1f} s; dialogs open after each step: {depth}")
    assert total < 120
    assert max(depth) <= 1, depth  # a finished step leaves at most its result open
