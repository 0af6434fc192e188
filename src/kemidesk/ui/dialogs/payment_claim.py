"""Kirjaa maksatushakemus… and Hyväksy: one payment's claim and its approval.

The claim form records when the association's claim arrived and whether the payslip and the
proof of the wage payment came with it; "Hyväksy heti" then tries to approve at once. An
approval that finds a condition missing holds the payment, and the message lists each
missing condition as the service wrote it (`PaymentRow.held_reason`).
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPoint, Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QMenu, QWidget

from kemidesk.domain.dates import format_date
from kemidesk.domain.errors import DomainError
from kemidesk.domain.lifecycle import is_approvable, is_claimable
from kemidesk.domain.money import format_money
from kemidesk.domain.types import PaymentStatus
from kemidesk.services import payments
from kemidesk.ui import messages
from kemidesk.ui.context import PAYMENT, UiContext
from kemidesk.ui.dialogs.form import FormDialog
from kemidesk.ui.errors import error_text
from kemidesk.ui.labels import enum_label
from kemidesk.ui.widgets.date_edit import DateField
from kemidesk.ui.widgets.related_table import RelatedTable

NOTE_STYLE = "color: #8a5a00;"


def reasons(held_reason: str) -> list[str]:
    """The sentences of a held reason (the service joins them with spaces)."""
    return [part for part in re.split(r"(?<=\.)\s+(?=[A-ZÅÄÖ])", held_reason.strip()) if part]


def describe_payment(row: payments.PaymentRow) -> str:
    return (
        QCoreApplication.translate("Payments", "Päätös %1, erä %2: %3 – %4")
        .replace("%1", row.decision_number)
        .replace("%2", str(row.period_index))
        .replace("%3", row.association_name)
        .replace("%4", row.person_name)
    )


class PaymentClaimDialog(FormDialog):
    help_page = "maksut.html#maksatushakemus"  # F1: its page in the user guide
    kind = PAYMENT
    new_title = QT_TRANSLATE_NOOP("Forms", "Kirjaa maksatushakemus")
    edit_title = QT_TRANSLATE_NOOP("Forms", "Kirjaa maksatushakemus")

    def __init__(self, ctx: UiContext, record_id: int, parent: QWidget | None = None) -> None:
        super().__init__(ctx, record_id, parent)
        self.payment = payments.get_payment(record_id)
        self.approved_row: payments.PaymentRow | None = None
        row = self.payment
        summary = QLabel(self)
        summary.setObjectName("summary")
        summary.setWordWrap(True)
        summary.setText(
            "<b>"
            + describe_payment(row)
            + "</b><br>"
            + QCoreApplication.translate(
                "Payments", "Kausi %1–%2 · %3 · haettava viimeistään %4 · tila: %5"
            )
            .replace("%1", format_date(row.period_start))
            .replace("%2", format_date(row.period_end))
            .replace("%3", format_money(row.amount_cents))
            .replace("%4", format_date(row.claim_due))
            .replace("%5", enum_label(row.status))
            + (
                "<br>"
                + QCoreApplication.translate("Payments", "Pidätetty: %1").replace(
                    "%1", row.held_reason
                )
                if row.held_reason
                else ""
            )
        )
        self.grid.addWidget(summary, 0, 0)
        form = self.group(self.tr("Maksatushakemus"), 1, 0)
        self.received = DateField(self)
        self.received.set_value(row.claim_received_on or ctx.today())
        self.payslip = QCheckBox(self.tr("Palkkalaskelma on liitteenä"), self)
        self.payslip.setChecked(row.payslip_received)
        self.proof = QCheckBox(self.tr("Tosite palkanmaksusta (maksutosite) on liitteenä"), self)
        self.proof.setChecked(row.proof_received)
        self.add_field(
            form, "received_on", self.tr("Hakemus &saapui"), self.received, required=True
        )
        self.add_field(form, "payslip_received", self.tr("&Palkkalaskelma"), self.payslip)
        self.add_field(form, "proof_received", self.tr("&Maksutosite"), self.proof)
        self.late_note = QLabel(self)
        self.late_note.setObjectName("late_note")
        self.late_note.setStyleSheet(NOTE_STYLE)
        self.late_note.setWordWrap(True)
        form.addRow(self.late_note)
        self.approve_now = QCheckBox(self.tr("&Hyväksy maksu heti, jos ehdot täyttyvät"), self)
        self.approve_now.setObjectName("approve_now")
        self.approve_now.setChecked(True)
        self.approve_now.setToolTip(
            self.tr(
                "Jos jokin ehto puuttuu (liitteet, päätöksen tiedoksianto, oikaisuaika, "
                "seurantalomakkeet), maksu pidätetään ja syy kerrotaan."
            )
        )
        self.grid.addWidget(self.approve_now, 2, 0)
        self.received.value_changed.connect(self._update_late_note)
        self._update_late_note()
        self.resize(620, 300)
        self.finish_building()

    def _update_late_note(self) -> None:
        day = self.received.value()
        notes = []
        if day is not None and day > self.payment.claim_due:
            notes.append(
                self.tr("Hakemus saapui määräajan (%1) jälkeen.").replace(
                    "%1", format_date(self.payment.claim_due)
                )
            )
        if day is not None and day <= self.payment.period_end:
            notes.append(
                self.tr("Kemi-lisä maksetaan jälkikäteen: kausi päättyy %1.").replace(
                    "%1", format_date(self.payment.period_end)
                )
            )
        self.late_note.setText(" ".join(notes))
        self.late_note.setVisible(bool(notes))

    def cross_checks(self) -> dict[str, str]:
        day = self.received.value()
        if day is not None and day > self.ctx.today():
            return {"received_on": self.tr("Saapumispäivä ei voi olla tulevaisuudessa.")}
        return {}

    def build_input(self) -> tuple[Any, ...]:
        return (self.received.value(), self.payslip.isChecked(), self.proof.isChecked())

    def submit(self, data: tuple[Any, ...]) -> payments.PaymentRow:
        received, payslip, proof = data
        approve_on = self.ctx.today() if self.approve_now.isChecked() else None
        row = payments.record_claim(self.payment.id, received, payslip, proof, approve_on)
        if approve_on is not None:
            self.approved_row = row
        return row

    def save(self) -> bool:
        if not super().save():
            return False
        if self.approved_row is not None:
            show_approval_result(self.parentWidget(), self.approved_row)
        return True


def show_approval_result(parent: QWidget | None, row: payments.PaymentRow) -> None:
    """Say what the approval did: approved, or held and exactly why."""
    if row.status is PaymentStatus.APPROVED:
        messages.info(
            parent,
            QCoreApplication.translate("Payments", "Maksu hyväksytty"),
            QCoreApplication.translate(
                "Payments", "%1 (%2) on hyväksytty %3. Se voidaan koota maksuerään."
            )
            .replace("%1", describe_payment(row))
            .replace("%2", format_money(row.amount_cents))
            .replace("%3", format_date(row.approved_on)),
        )
        return
    lines = "\n".join(f"• {reason}" for reason in reasons(row.held_reason))
    messages.warn(
        parent,
        QCoreApplication.translate("Payments", "Maksu pidätetty"),
        QCoreApplication.translate(
            "Payments", "%1 pidätettiin, koska maksun ehdot eivät täyty:"
        ).replace("%1", describe_payment(row))
        + "\n\n"
        + lines
        + "\n\n"
        + QCoreApplication.translate(
            "Payments", "Kun puuttuvat tiedot on kirjattu, hyväksy maksu uudelleen."
        ),
    )


# ---------------------------------------------------------------- commands


def open_claim_form(
    ctx: UiContext, payment_id: int, parent: QWidget | None = None
) -> PaymentClaimDialog | None:
    row = payments.get_payment(payment_id)
    if not is_claimable(row.status):
        messages.warn(
            parent,
            messages.not_allowed_title(),
            QCoreApplication.translate(
                "Payments", "Maksu on jo tilassa %1; hakemusta ei voi enää kirjata."
            ).replace("%1", enum_label(row.status)),
        )
        return None
    form = PaymentClaimDialog(ctx, payment_id, parent)
    form.open()
    return form


def approve(
    ctx: UiContext, payment_id: int, parent: QWidget | None = None
) -> payments.PaymentRow | None:
    """Hyväksy: approve, or hold with the reasons; the result is shown either way."""
    from kemidesk.ui.permissions import refused

    if refused("approve", parent):
        return None
    try:
        row = payments.approve_payment(payment_id, ctx.today())
    except DomainError as exc:
        messages.warn(parent, messages.not_allowed_title(), error_text(exc))
        return None
    ctx.notify(PAYMENT, row.id)
    show_approval_result(parent, row)
    return row


def install_payment_menu(table: RelatedTable, ctx: UiContext) -> None:
    """Right-click on a payment row: Kirjaa maksatushakemus…, Hyväksy."""
    view = table.view
    view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def show_menu(position: QPoint) -> None:
        index = view.indexAt(position)
        if not index.isValid():
            return
        row = table.proxy.row_at(index.row())
        menu = payment_menu(ctx, row, view)
        menu.exec(view.viewport().mapToGlobal(position))

    view.customContextMenuRequested.connect(show_menu)


def payment_menu(ctx: UiContext, row: payments.PaymentRow, parent: QWidget) -> QMenu:
    menu = QMenu(parent)
    claim = menu.addAction(QCoreApplication.translate("Payments", "Kirjaa &maksatushakemus…"))
    claim.setEnabled(is_claimable(row.status))
    claim.triggered.connect(lambda: open_claim_form(ctx, row.id, parent.window()))
    accept = menu.addAction(QCoreApplication.translate("Payments", "&Hyväksy"))
    accept.setEnabled(is_approvable(row.status))
    accept.triggered.connect(lambda: approve(ctx, row.id, parent.window()))
    menu.addSeparator()
    show = menu.addAction(QCoreApplication.translate("Payments", "&Avaa"))
    show.triggered.connect(lambda: ctx.opener.open(PAYMENT, row.id, parent=parent.window()))
    return menu
