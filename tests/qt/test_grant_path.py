"""The grant path through the window: application → findings → decision → notification,
rejection, override of the appropriation, amendment with recovery, outcome with bonus."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from kemidesk.domain.money import format_money
from kemidesk.domain.types import (
    ApplicationStatus,
    DecisionStatus,
    DecisionType,
    NotificationMethod,
    OutcomeCheckpoint,
    OutcomeStatus,
    PaymentStatus,
)
from kemidesk.services import associations, changes, grants, payments, people, placements
from kemidesk.services.settings import appropriation_status, set_appropriation
from kemidesk.ui.dialogs.amendment_dialog import AmendmentDialog, RecoveryDialog
from kemidesk.ui.dialogs.application_dialog import ApplicationDialog
from kemidesk.ui.dialogs.decision_dialog import DecisionDialog
from kemidesk.ui.dialogs.notify_dialog import NotifyDialog, open_notify_dialog
from kemidesk.ui.dialogs.outcome_dialog import BonusDialog, OutcomeDialog
from tests.qt.conftest import DEMO_TODAY, finish_loading, type_text

START, END = date(2026, 3, 15), date(2027, 3, 14)


# ---------------------------------------------------------------- helpers


def new_placement(tmt_days: str = "400", birth: date = date(1980, 5, 5)) -> int:
    """A fresh person on a fresh placement 15.3.2026–14.3.2027 at a demo association."""
    association = next(
        a for a in associations.list_associations() if a.employer_type.value == "association"
    )
    person = people.create_person(
        people.PersonInput(
            first_name="Testi", last_name="Hakija", birth_date=birth, tmt_days=tmt_days
        )
    )
    row = placements.create_placement(
        placements.PlacementInput(
            person_id=person.id,
            association_id=association.id,
            job_title="kierrätystyöntekijä",
            start_date=START,
            end_date=END,
            hours_per_week="30",
            monthly_wage="1 800,00",
            supervisor_name="Ohjaaja Olli",
            pt_decision_number="PT-9",
            pt_decision_date=START,
            pt_percent=100,
            pt_start=START,
            pt_end=END,
        ),
        (50, 70, 100),
    )
    return row.id


def show_tab(window: Any, key: str) -> Any:
    tab = window.tab_by_key(key)
    window.tabs.setCurrentWidget(tab)
    finish_loading(tab)
    return tab


def shown(cls: type) -> Any:
    """The visible top-level dialog of this class."""
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, cls) and w.isVisible()]
    assert len(found) == 1, f"{cls.__name__}: {len(found)} shown"
    return found[0]


@pytest.fixture(autouse=True)
def printed(window: Any) -> list[int]:
    """Decisions handed to the print handler (instead of the print preview, which waits
    for the user); set after the window has installed its own handlers."""
    calls: list[int] = []
    window.ctx.print_handlers["decision"] = calls.append
    return calls


def apply_through_window(window: Any, qtbot: Any, placement_id: int, received: date) -> Any:
    """Työsuhteet → Uusi hakemus… → fill → Tallenna; returns the dialog showing findings."""
    tab = show_tab(window, "placements")
    tab.refresh()
    finish_loading(tab)
    assert tab.select_id(placement_id)
    action = tab.grant_actions.actions["new_application"]
    assert action.isEnabled()
    action.trigger()
    dialog = shown(ApplicationDialog)
    dialog.received_on.set_value(received)
    dialog.pt_attached.setChecked(True)
    dialog.contract_attached.setChecked(True)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.saved
    return dialog


def open_decision_from(dialog: ApplicationDialog, qtbot: Any) -> DecisionDialog:
    assert dialog.save_button.text() == "Tee &päätös…"
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    return shown(DecisionDialog)


# ---------------------------------------------------------------- the whole path


def test_whole_grant_path_through_the_window(
    window: Any, qtbot: Any, boxes: Any, printed: list[int]
) -> None:
    placement_id = new_placement()
    grants_tab = show_tab(window, "grants")  # loaded before: the new row must arrive by bus

    application = apply_through_window(window, qtbot, placement_id, date(2026, 3, 20))
    assert "Hakemus on tallennettu" in application.findings_title.text()
    assert application.findings.errors == []
    assert application.findings.texts() == ["Kaikki Kemi-lisän ehdot täyttyvät."]

    decision_dialog = open_decision_from(application, qtbot)
    assert not application.isVisible()
    assert decision_dialog.period_start.value() == START
    assert decision_dialog.period_end.value() == END
    assert decision_dialog.decision_date.value() == DEMO_TODAY
    assert format_money(600_000) in decision_dialog.total.text()  # 6 000,00 €
    assert decision_dialog.schedule.row_count() == 13  # 15.–31.3., 11 months, 1.–14.3.
    assert decision_dialog.decided_by_name.text() == "Maija Esimerkki"  # office default
    # the criteria are generated on the printed decision; the officer's box adds to them
    assert decision_dialog.reasons.toPlainText() == ""
    assert "automaattisesti" in decision_dialog.reasons.toolTip()
    assert decision_dialog.save_button.isEnabled()

    qtbot.mouseClick(decision_dialog.save_button, Qt.MouseButton.LeftButton)
    decision = grants.list_decisions(placement_id=placement_id)[0]
    assert re.fullmatch(r"KL-2026-\d{3}", decision.number)
    assert decision.total_cents == 600_000
    assert printed == [decision.id]  # "Tulostetaanko se nyt?" answered yes
    assert any(decision.number in question for question in boxes.asked)
    position = grants_tab.model.position_of(decision.id)
    assert position is not None  # arrived in Avustukset by the data bus
    assert grants_tab.model.row_at(position).number == decision.number

    # Merkitse lähetetyksi… by letter: the appeal deadline is shown before saving.
    window.tabs.setCurrentWidget(grants_tab)
    assert grants_tab.select_id(decision.id)
    grants_tab.grant_actions.actions["notify"].trigger()
    notify = shown(NotifyDialog)
    assert notify.chosen_method() is NotificationMethod.LETTER
    notify.sent_on.set_value(date(2026, 11, 30))
    # letter: deemed received 7.12.2026, + 14 days = 21.12.2026 (a Monday)
    assert "Katsotaan tiedoksi saaduksi 7.12.2026" in notify.preview.text()
    assert "Oikaisuvaatimusaika päättyy 21.12.2026" in notify.preview.text()
    qtbot.mouseClick(notify.save_button, Qt.MouseButton.LeftButton)
    row = grants_tab.model.row_at(grants_tab.model.position_of(decision.id))
    assert row.status is DecisionStatus.SENT
    assert row.appeal_deadline == date(2026, 12, 21)
    detail = window.ctx.opener.open("decision", decision.id)
    assert detail.value_labels["Oikaisuaika päättyy"].text() == "21.12.2026"
    assert "Kirje" in detail.value_labels["Lähetetty"].text()
    # sent once: the deadline is fixed, so the action is off and the dialog only informs
    assert not detail.grant_actions.buttons["notify"].isEnabled()
    assert not grants_tab.grant_actions.actions["notify"].isEnabled()
    assert open_notify_dialog(window.ctx, decision.id, detail) is None
    assert "oikaisuvaatimusaika päättyy 21.12.2026" in boxes.shown[-1][2]
    detail.close()


def test_sent_date_before_the_decision_is_refused_in_the_form(window: Any, qtbot: Any) -> None:
    decision = grants.list_decisions(status=DecisionStatus.DECIDED)[0]
    detail = window.ctx.opener.open("decision", decision.id)
    detail.grant_actions.buttons["notify"].click()
    notify = shown(NotifyDialog)
    notify.sent_on.set_value(decision.decision_date - timedelta(days=1))
    assert notify.error_text("sent_on") == "Lähetyspäivä on ennen päätöspäivää."
    assert not notify.save_button.isEnabled()
    notify.method.setCurrentIndex(notify.method.findData(NotificationMethod.EMAIL))
    notify.sent_on.set_value(decision.decision_date)
    assert notify.save_button.isEnabled()
    qtbot.mouseClick(notify.save_button, Qt.MouseButton.LeftButton)
    assert grants.get_decision(decision.id).notification_method is NotificationMethod.EMAIL
    assert "Sähköposti" in detail.value_labels["Lähetetty"].text()  # the detail reloaded
    detail.close()


# ---------------------------------------------------------------- refusals and overrides


def test_rejection_when_the_person_is_not_in_the_target_group(
    window: Any, qtbot: Any, printed: list[int]
) -> None:
    placement_id = new_placement(tmt_days="100", birth=date(1970, 1, 1))
    application = apply_through_window(window, qtbot, placement_id, date(2026, 3, 20))
    assert application.findings.errors
    assert application.findings.texts()[0].startswith("Este: Henkilö ei kuulu kohderyhmään")
    assert "esteitä 1" in application.hint.text()

    dialog = open_decision_from(application, qtbot)
    assert not dialog.save_button.isEnabled()  # a grant is blocked, and it says why
    assert dialog.error_text("decision_type").startswith("Myönteistä päätöstä ei voi tehdä")
    assert "kohderyhmään" in dialog.error_text("decision_type")
    dialog.decision_type.setCurrentIndex(dialog.decision_type.findData(DecisionType.REJECTION))
    assert dialog.save_button.isEnabled()
    assert dialog.error_text("decision_type") == ""
    assert dialog.reasons.toPlainText().startswith("Hakemus hylätään")
    assert dialog.schedule.row_count() == 0
    assert not dialog.period_start.isEnabled()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    rejection = grants.list_decisions(placement_id=placement_id)[0]
    assert rejection.decision_type is DecisionType.REJECTION
    assert rejection.total_cents == 0
    assert payments.list_payments(decision_id=rejection.id) == []
    assert printed == [rejection.id]


def test_late_application_needs_a_written_justification(window: Any, qtbot: Any) -> None:
    placement_id = new_placement()
    application = apply_through_window(window, qtbot, placement_id, date(2026, 5, 20))
    assert any(t.startswith("Huomautus: Hakemus saapui") for t in application.findings.texts())
    dialog = open_decision_from(application, qtbot)
    field = dialog.fields["warning_justification"].widget
    assert field.isVisibleTo(dialog)
    assert not dialog.save_button.isEnabled()
    assert "Perustelu huomautuksille" in dialog.hint.text()
    type_text(qtbot, field, "Palkkatukipäätös viivästyi.")
    assert dialog.save_button.isEnabled()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    decision = grants.list_decisions(placement_id=placement_id)[0]
    assert "viivästyi" in decision.reasons


def test_exceeding_the_appropriation_needs_a_justified_override(
    window: Any, qtbot: Any, printed: list[int]
) -> None:
    status = appropriation_status(2026)
    set_appropriation(2026, format_money(status.decided_cents + 100_000))  # 1 000 € left
    placement_id = new_placement()
    application = apply_through_window(window, qtbot, placement_id, date(2026, 3, 20))
    dialog = open_decision_from(application, qtbot)
    assert "määrärahaa on jäljellä" in dialog.error_text("decision_type")
    assert not dialog.save_button.isEnabled()
    assert dialog.override.isVisibleTo(dialog)
    justification = dialog.fields["override_justification"].widget
    assert not justification.isVisibleTo(dialog)
    assert "jäljellä 1 000,00" in dialog.appropriation.text().replace("\u00a0", " ")

    dialog.override.setChecked(True)
    assert justification.isVisibleTo(dialog)
    assert dialog.error_text("decision_type") == ""
    assert not dialog.save_button.isEnabled()  # the justification is still missing
    type_text(qtbot, justification, "Lisämääräraha on esityslistalla.")
    assert dialog.save_button.isEnabled()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    decision = grants.list_decisions(placement_id=placement_id)[0]
    assert decision.total_cents == 600_000
    assert appropriation_status(2026).left_cents == 100_000 - 600_000


def test_live_recompute_of_a_shorter_partial_grant(window: Any, qtbot: Any) -> None:
    placement_id = new_placement()
    application = apply_through_window(window, qtbot, placement_id, date(2026, 3, 20))
    dialog = open_decision_from(application, qtbot)
    dialog.decision_type.setCurrentIndex(dialog.decision_type.findData(DecisionType.PARTIAL_GRANT))
    dialog.period_end.set_value(date(2026, 9, 14))
    dialog.monthly.setText("400,00")
    qtbot.waitUntil(lambda: format_money(240_000) in dialog.total.text())  # 6 × 400 €
    assert dialog.schedule.row_count() == 7
    dialog.monthly.setText("600,00")  # over the 500 € cap
    qtbot.waitUntil(lambda: "ylittää" in dialog.error_text("decision_type"))
    assert not dialog.save_button.isEnabled()
    dialog.monthly.setText("400,00")
    qtbot.waitUntil(dialog.save_button.isEnabled)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    decision = grants.list_decisions(placement_id=placement_id)[0]
    assert decision.decision_type is DecisionType.PARTIAL_GRANT
    assert (decision.period_end, decision.total_cents) == (date(2026, 9, 14), 240_000)


# ---------------------------------------------------------------- changes


def paid_grant() -> tuple[grants.DecisionRow, date]:
    """A demo grant with paid periods, and an end date inside its last paid period."""
    for d in grants.list_decisions():
        if d.decision_type is not DecisionType.GRANT or d.period_end is None:
            continue
        paid = [
            p for p in payments.list_payments(decision_id=d.id) if p.status is PaymentStatus.PAID
        ]
        if len(paid) >= 2 and max(p.period_end for p in paid) < d.period_end:
            last = max(paid, key=lambda p: p.period_end)
            return d, last.period_start + timedelta(days=1)
    raise AssertionError("no paid grant in the demo data")


def test_amendment_with_recovery(window: Any, qtbot: Any, boxes: Any, printed: list[int]) -> None:
    decision, new_end = paid_grant()
    proposal = changes.propose_amendment(decision.id, new_end)
    assert proposal.recoverable
    detail = window.ctx.opener.open("decision", decision.id)
    assert detail.grant_actions.buttons["amend"].isEnabled()
    detail.grant_actions.buttons["amend"].click()
    dialog = shown(AmendmentDialog)
    dialog.new_end.set_value(decision.period_end + timedelta(days=3))
    assert "ei lyhennä" in dialog.error_text("new_end")
    assert not dialog.save_button.isEnabled()
    dialog.new_end.set_value(new_end)
    assert dialog.error_text("new_end") == ""
    figures = {k: v.text() for k, v in dialog.figures.items()}
    assert figures["old_total"] == format_money(proposal.old_total_cents)
    assert figures["new_total"] == format_money(proposal.new_total_cents)
    assert figures["paid"] == format_money(proposal.paid_cents)
    assert figures["recovery"] == format_money(proposal.recovery_cents)
    assert figures["recoverable"].startswith("Peritään takaisin")
    assert dialog.reasons.toPlainText().startswith("Työsuhde päättyi ennenaikaisesti")
    dialog.end_reason.setText("irtisanoutui")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    made = grants.list_decisions(placement_id=decision.placement_id)
    amendment = next(d for d in made if d.decision_type is DecisionType.AMENDMENT)
    assert amendment.total_cents == proposal.change_cents
    assert placements.get_placement(decision.placement_id).end_reason == "irtisanoutui"
    recovery_dialog = shown(RecoveryDialog)  # offered because the overpaid sum is recoverable
    assert recovery_dialog.amount.text() == format_money(proposal.recovery_cents)
    recovery_dialog.amount.setText("50,00")
    assert "ei peritä" in recovery_dialog.error_text("amount")
    recovery_dialog.amount.setText(format_money(proposal.recovery_cents))
    # The hearing letter (Hallintolaki 34 §) is printed from the same window first.
    from kemidesk.services.print_jobs import hearing_job
    from tests.unit.printing.pdfcheck import all_text

    letters: list[str] = []
    window.ctx.print_handlers["hearing"] = lambda gid, amount_cents, letter_date: letters.append(
        all_text(hearing_job(gid, amount_cents, letter_date).run())
    )
    hearing = recovery_dialog.findChild(QPushButton, "print_hearing")
    qtbot.mouseClick(hearing, Qt.MouseButton.LeftButton)
    assert len(letters) == 1
    assert "KUULEMISKIRJE" in letters[0]
    assert "34 §" in letters[0]
    assert format_money(proposal.recovery_cents).replace("\xa0", " ") in letters[0]
    assert "Pyydämme vastineenne viimeistään" in letters[0]
    qtbot.mouseClick(recovery_dialog.save_button, Qt.MouseButton.LeftButton)
    recovery = next(
        d
        for d in grants.list_decisions(placement_id=decision.placement_id)
        if d.decision_type is DecisionType.RECOVERY
    )
    assert recovery.total_cents == proposal.recovery_cents
    assert recovery.parent_id == decision.id
    assert printed == [amendment.id, recovery.id]  # both print like any decision
    detail.close()


def test_amendment_dialog_reads_once_and_proposes_without_queries(
    ctx: Any, qtbot: Any, boxes: Any
) -> None:
    """Opening reads the grant's ledger, the decision and the placement once; moving the new
    end recomputes from the ledger alone; saving is one use case (end and reason included)."""
    from kemidesk.db.connection import database_proxy, raw_connection

    decision, new_end = paid_grant()
    statements: list[str] = []
    conn = raw_connection(database_proxy.obj)
    conn.set_trace_callback(statements.append)
    try:
        dialog = AmendmentDialog(ctx, decision.id)
        qtbot.addWidget(dialog)
        opened = len(statements)
        dialog.new_end.set_value(new_end)
        dialog.new_end.set_value(new_end - timedelta(days=1))
        moved = len(statements) - opened
    finally:
        conn.set_trace_callback(None)
    assert opened <= 8
    assert moved == 0
    assert dialog.proposal is not None and dialog.proposal.new_end == new_end - timedelta(days=1)


def test_placement_without_grant_only_records_the_end(window: Any, qtbot: Any) -> None:
    placement_id = new_placement()
    tab = show_tab(window, "placements")
    tab.refresh()
    finish_loading(tab)
    tab.select_id(placement_id)
    dialog = tab.grant_actions.run("amend")
    assert dialog.windowTitle() == "Työsuhteen ennenaikainen päättyminen"
    dialog.ended_on.set_value(date(2026, 6, 30))
    dialog.reason.setText("muutti pois")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    row = placements.get_placement(placement_id)
    assert (row.actual_end_date, row.end_reason) == (date(2026, 6, 30), "muutti pois")


# ---------------------------------------------------------------- outcome and bonus


def test_outcome_leads_to_the_bonus(
    window: Any, qtbot: Any, boxes: Any, printed: list[int]
) -> None:
    from kemidesk.services.overview import build_overview

    overview = build_overview(DEMO_TODAY)
    placement_id = overview.outcome_checks_due[0].record_id
    proposed = {i.record_id for i in overview.bonus_proposals}
    assert placement_id not in proposed
    tab = show_tab(window, "placements")
    assert tab.select_id(placement_id)
    assert not tab.grant_actions.actions["bonus"].isEnabled()
    tab.grant_actions.actions["outcome"].trigger()
    dialog = shown(OutcomeDialog)
    assert dialog.chosen_checkpoint() is OutcomeCheckpoint.END
    dialog.status.setCurrentIndex(dialog.status.findData(OutcomeStatus.COMPANY_JOB))
    assert "oikeuttaa työllistämisbonukseen" in dialog.note.text()
    type_text(qtbot, dialog.notes, "Vakituinen työ Kemin Konepaja Oy:ssä")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert any("työllistämisbonus" in q for q in boxes.asked)

    bonus = shown(BonusDialog)
    assert bonus.amount.text() == format_money(150_000)
    assert "Työ yrityksessä" in bonus.findChild(type(bonus.amount), "summary").text()
    qtbot.mouseClick(bonus.save_button, Qt.MouseButton.LeftButton)
    decision = next(
        d
        for d in grants.list_decisions(placement_id=placement_id)
        if d.decision_type is DecisionType.BONUS
    )
    assert decision.total_cents == 150_000
    assert printed == [decision.id]
    assert placement_id not in {i.record_id for i in build_overview(DEMO_TODAY).bonus_proposals}
    assert not tab.grant_actions.actions["bonus"].isEnabled()  # decided once only


def test_bonus_from_the_placement_detail(window: Any, qtbot: Any, printed: list[int]) -> None:
    from kemidesk.services.overview import build_overview

    placement_id = build_overview(DEMO_TODAY).bonus_proposals[0].record_id
    detail = window.ctx.opener.open("placement", placement_id)
    button = detail.grant_actions.buttons["bonus"]
    assert button.isVisibleTo(detail)
    button.click()
    bonus = shown(BonusDialog)
    qtbot.mouseClick(bonus.save_button, Qt.MouseButton.LeftButton)
    assert len(printed) == 1
    assert not button.isVisibleTo(detail)  # the detail reloaded: no bonus due any more
    detail.close()


def test_withdrawn_application_leaves_the_waiting_list(
    window: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QInputDialog

    placement_id = new_placement()
    application = apply_through_window(window, qtbot, placement_id, date(2026, 3, 20))
    dialog = open_decision_from(application, qtbot)
    monkeypatch.setattr(
        QInputDialog, "getText", lambda *a, **k: ("Yhdistys perui hakemuksen.", True)
    )
    assert dialog.withdraw()
    waiting = grants.list_applications(status=ApplicationStatus.RECEIVED)
    assert placement_id not in [a.placement_id for a in waiting]
    assert grants.list_decisions(placement_id=placement_id) == []


def test_save_and_print_and_the_next_steps_are_said(
    window: Any, qtbot: Any, boxes: Any, printed: list[int]
) -> None:
    placement_id = new_placement()
    application = apply_through_window(window, qtbot, placement_id, date(2026, 3, 20))
    dialog = open_decision_from(application, qtbot)
    button = dialog.save_and_print
    assert button.isEnabled()
    dialog.decision_date.line.setText("31.2.2026")  # a wrong date stops both ways of saving
    assert not button.isEnabled()
    assert not dialog.save_button.isEnabled()
    dialog.decision_date.set_value(DEMO_TODAY)
    asked_before = len(boxes.asked)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    decision = grants.list_decisions(placement_id=placement_id)[0]
    assert printed == [decision.id]  # printed without a question
    assert len(boxes.asked) == asked_before
    view = window.ctx.opener.open("decision", decision.id)
    pairs = dict(view.describe(view.row))
    assert "merkitse se lähetetyksi" in pairs["Seuraava vaihe"]
    assert "Maksatushakemuksia voi hyväksyä vasta" in pairs["Seuraava vaihe"]
    view.close()


def test_the_print_question_says_what_comes_next(
    window: Any, qtbot: Any, boxes: Any, printed: list[int]
) -> None:
    placement_id = new_placement()
    application = apply_through_window(window, qtbot, placement_id, date(2026, 3, 20))
    dialog = open_decision_from(application, qtbot)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    question = boxes.asked[-1]
    assert "Merkitse lähetetyksi" in question
    assert "Maksatushakemuksia voi hyväksyä vasta, kun päätös on merkitty lähetetyksi." in question
    assert question.endswith("Tulostetaanko päätös nyt?")


def test_decision_dialog_says_which_settings_are_missing(window: Any, qtbot: Any) -> None:
    from dataclasses import replace

    from kemidesk.services import settings

    office = settings.get_office_settings()
    settings.save_office_settings(replace(office, review_body="", delegation=""))
    placement_id = new_placement()
    application = apply_through_window(window, qtbot, placement_id, date(2026, 3, 20))
    dialog = open_decision_from(application, qtbot)
    error = dialog.fields["decided_by_name"].error_label
    assert error.isVisibleTo(dialog)
    assert "oikaisuvaatimuksen käsittelevä toimielin" in error.text()
    assert "toimivalta" in error.text()
    assert not dialog.save_button.isEnabled()
    dialog.reject()
    settings.save_office_settings(office)
