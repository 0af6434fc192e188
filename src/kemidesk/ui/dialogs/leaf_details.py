"""Detail views of the leaves: a payment, a follow-up talk, an outcome (no related lists)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from kemidesk.domain.dates import format_date
from kemidesk.domain.lifecycle import is_approvable, is_claimable
from kemidesk.services import payments
from kemidesk.services.followups import FollowupRow, OutcomeRow
from kemidesk.ui.context import DECISION, PAYMENT, UiContext
from kemidesk.ui.dialogs import payment_claim
from kemidesk.ui.dialogs.detail import DetailDialog, Pair, yes_no
from kemidesk.ui.dialogs.details import money, period
from kemidesk.ui.labels import enum_label


class LeafDetail(DetailDialog):
    """A detail view without related tables."""

    help_page = "index.html"  # F1: its page in the user guide (subclasses name theirs)

    def __init__(self, ctx: UiContext, record_id: int, parent: QWidget | None = None) -> None:
        super().__init__(ctx, record_id, parent)
        self.tabs.hide()
        self.resize(760, 420)


class PaymentDetail(LeafDetail):
    help_page = "maksut.html"  # F1: its page in the user guide
    kind = PAYMENT
    title = QT_TRANSLATE_NOOP("Details", "Maksu")

    def build_related(self) -> None:
        self.add_button(
            self.tr("Avaa &päätös"), lambda: self.open_record(DECISION, self.row.decision_id)
        )
        self.claim_button = self.add_button(
            self.tr("Kirjaa &maksatushakemus…"),
            lambda: payment_claim.open_claim_form(self.ctx, self.record_id, self),
        )
        self.claim_button.setObjectName("claim_button")
        self.approve_button = self.add_button(
            self.tr("&Hyväksy"), lambda: payment_claim.approve(self.ctx, self.record_id, self)
        )
        self.approve_button.setObjectName("approve_button")

    def fetch(self) -> payments.PaymentRow:
        row = payments.get_payment(self.record_id)
        self.claim_button.setEnabled(is_claimable(row.status))
        self.approve_button.setEnabled(is_approvable(row.status))
        return row

    def heading(self, row: payments.PaymentRow) -> str:
        return (
            self.tr("Maksu %1, päätös %2")
            .replace("%1", str(row.period_index))
            .replace("%2", row.decision_number)
        )

    def describe(self, row: payments.PaymentRow) -> list[Pair]:
        return [
            (self.tr("Tila"), enum_label(row.status)),
            (self.tr("Yhdistys"), row.association_name),
            (self.tr("Työllistetty"), row.person_name),
            (self.tr("Kausi"), period(row.period_start, row.period_end)),
            (self.tr("Tukipäiviä"), f"{row.eligible_days} / {row.total_days}"),
            (self.tr("Summa"), money(row.amount_cents)),
            (self.tr("Haettava viimeistään"), format_date(row.claim_due)),
            (self.tr("Hakemus saapui"), format_date(row.claim_received_on)),
            (self.tr("Palkkalaskelma"), yes_no(row.payslip_received)),
            (self.tr("Maksutosite"), yes_no(row.proof_received)),
            (self.tr("Hyväksytty"), format_date(row.approved_on)),
            (self.tr("Maksettu"), format_date(row.paid_on)),
            (self.tr("Viite"), row.reference),
            (self.tr("Pidätyksen syy"), row.held_reason),
        ]


class RowDetail(LeafDetail):
    """A detail view of a row that has no single-record service (follow-up, outcome)."""

    def __init__(self, ctx: UiContext, row: Any, parent: QWidget | None = None) -> None:
        self.given_row = row
        super().__init__(ctx, row.id, parent)

    def fetch(self) -> Any:
        return self.given_row


class FollowupDetail(RowDetail):
    help_page = "kaynnit.html#seuranta"  # F1: its page in the user guide
    title = QT_TRANSLATE_NOOP("Details", "Seurantakeskustelu")

    def heading(self, row: FollowupRow) -> str:
        return f"{enum_label(row.followup_type)} {format_date(row.held_on)}"

    def describe(self, row: FollowupRow) -> list[Pair]:
        signed = format_date(row.signed_on) if row.signed else yes_no(False)
        return [
            (self.tr("Osallistujat"), row.participants),
            (self.tr("Työhönvalmentaja mukana"), yes_no(row.job_coach_present)),
            (self.tr("Tavoitteet"), row.goals),
            (self.tr("Edistyminen"), row.progress),
            (self.tr("Tuki ja perehdytys"), row.support_given),
            (self.tr("Koulutus"), row.training),
            (self.tr("Työnhaun tuki"), row.job_search_support),
            (self.tr("Tutustumisjakso"), row.trial_visit),
            (self.tr("Poissaolot ja muutokset"), row.absences),
            (self.tr("Työntekijän oma arvio"), row.own_assessment),
            (self.tr("Loppuarvio"), row.end_assessment),
            (self.tr("Seuraava keskustelu"), format_date(row.next_meeting_on)),
            (self.tr("Jatkopolku"), enum_label(row.next_step) if row.next_step else ""),
            (self.tr("Uusi työnantaja"), row.new_employer),
            (self.tr("Uusi työ alkaa"), format_date(row.new_job_start)),
            (self.tr("Työsopimus"), row.new_contract_type),
            (self.tr("Allekirjoitettu"), signed),
            (self.tr("Muistiinpanot"), row.notes),
        ]


class OutcomeDetail(RowDetail):
    help_page = "kaynnit.html#jatkopolku"  # F1: its page in the user guide
    title = QT_TRANSLATE_NOOP("Details", "Jatkopolku")

    def heading(self, row: OutcomeRow) -> str:
        return f"{enum_label(row.checkpoint)}: {enum_label(row.status)}"

    def describe(self, row: OutcomeRow) -> list[Pair]:
        return [
            (self.tr("Ajankohta"), enum_label(row.checkpoint)),
            (self.tr("Tilanne"), enum_label(row.status)),
            (self.tr("Kirjattu"), format_date(row.recorded_on)),
            (self.tr("Lisätiedot"), row.notes),
        ]
