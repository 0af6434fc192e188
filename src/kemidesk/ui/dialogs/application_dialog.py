"""Uusi hakemus: an association's Kemi-lisä application on a placement.

While the form is filled, the rules run as a preview (`grants.assess`, nothing written).
After saving, the dialog shows what `grants.assess_application` found and offers to go on
to the decision (`Tee päätös…`) or to close.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer
from PySide6.QtWidgets import QCheckBox, QDialogButtonBox, QLabel, QWidget

from kemidesk.domain import validation as v
from kemidesk.domain.dates import format_date
from kemidesk.domain.errors import DomainError
from kemidesk.domain.money import parse_money
from kemidesk.domain.types import ApplicationStatus
from kemidesk.services import grants, placements
from kemidesk.services.settings import rules_for
from kemidesk.ui.context import UiContext
from kemidesk.ui.dialogs.form import FormDialog
from kemidesk.ui.dialogs.grant_parts import (
    APPLICATION,
    header_label,
    money_text,
    placement_summary,
    text_box,
)
from kemidesk.ui.errors import check_text, error_text
from kemidesk.ui.widgets.date_edit import DateField
from kemidesk.ui.widgets.fields import MoneyEdit
from kemidesk.ui.widgets.findings import FindingsView

PREVIEW_DELAY_MS = 150


class ApplicationDialog(FormDialog):
    help_page = "avustuspolku.html#hakemus"  # F1: its page in the user guide
    kind = APPLICATION
    new_title = QT_TRANSLATE_NOOP("Forms", "Uusi Kemi-lisähakemus")
    edit_title = QT_TRANSLATE_NOOP("Forms", "Kemi-lisähakemus")

    def __init__(self, ctx: UiContext, placement_id: int, parent: QWidget | None = None) -> None:
        super().__init__(ctx, None, parent)
        self.placement_id = placement_id
        self.placement = placements.get_placement(placement_id, today=ctx.today())
        self.assessment: grants.Assessment | None = None
        self.saved = False
        self.layout().insertWidget(0, header_label(self, placement_summary(self.placement)))
        self._build_application()
        self._build_findings()
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self.preview)
        self.received_on.value_changed.connect(lambda: self._preview_timer.start())
        self.requested.textChanged.connect(lambda _text: self._preview_timer.start())
        self.resize(900, 460)
        self.finish_building()
        self.preview()
        self.received_on.setFocus()

    # ------------------------------------------------------------ building

    def _build_application(self) -> None:
        form = self.group(self.tr("Hakemus"), 0, 0)
        self.received_on = DateField(self)
        self.received_on.set_value(self.ctx.today())
        self.add_field(
            form, "received_on", self.tr("Hakemus &saapui"), self.received_on, required=True
        )
        self.pt_attached = QCheckBox(self.tr("&Palkkatukipäätös"), self)
        self.contract_attached = QCheckBox(self.tr("Työsopi&mus"), self)
        self.add_field(form, "pt_decision_attached", self.tr("Liitteet"), self.pt_attached)
        self.add_field(form, "contract_attached", "", self.contract_attached)
        self.requested = MoneyEdit(self)
        self.requested.set_cents(rules_for(self.placement.start_date).monthly_max_cents)
        self.add_field(
            form,
            "requested_monthly",
            self.tr("&Haettu määrä/kk"),
            self.requested,
            lambda: check_text(v.validate_money, self.requested.text()),
            required=True,
        )
        self.notes = text_box(self, 3)
        self.add_field(form, "notes", self.tr("&Lisätiedot"), self.notes)
        self.attachment_note = QLabel(self)
        self.attachment_note.setObjectName("attachment_note")
        self.attachment_note.setWordWrap(True)
        form.addRow(self.attachment_note)
        self.pt_attached.toggled.connect(self._show_attachment_note)
        self.contract_attached.toggled.connect(self._show_attachment_note)
        self._show_attachment_note()
        pending = [
            a
            for a in grants.list_applications(status=ApplicationStatus.RECEIVED)
            if a.placement_id == self.placement_id
        ]
        if pending:
            note = QLabel(
                self.tr("Työsuhteella on jo vireillä oleva hakemus (saapunut %1).").replace(
                    "%1", format_date(pending[0].received_on)
                ),
                self,
            )
            note.setObjectName("pending_note")
            note.setWordWrap(True)
            note.setStyleSheet("color: #8a5a00;")
            form.addRow(note)

    def _build_findings(self) -> None:
        form = self.group(self.tr("Ehtojen tarkistus"), 0, 1)
        self.findings_title = QLabel(self)
        self.findings_title.setObjectName("findings_title")
        self.findings_title.setWordWrap(True)
        self.findings = FindingsView(self)
        self.findings.setMinimumWidth(380)
        form.addRow(self.findings_title)
        form.addRow(self.findings)
        self.grid.setColumnStretch(0, 1)
        self.grid.setColumnStretch(1, 1)

    def _show_attachment_note(self) -> None:
        missing = [
            text
            for box, text in (
                (self.pt_attached, self.tr("palkkatukipäätös")),
                (self.contract_attached, self.tr("työsopimus")),
            )
            if not box.isChecked()
        ]
        if missing:
            self.attachment_note.setText(
                self.tr("Puuttuvat liitteet (%1) pyydetään täydentämään ennen päätöstä.").replace(
                    "%1", ", ".join(missing)
                )
            )
            self.attachment_note.setStyleSheet("color: #8a5a00;")
        else:
            self.attachment_note.setText(self.tr("Liitteet ovat mukana."))
            self.attachment_note.setStyleSheet("color: #1e6b2f;")

    # ------------------------------------------------------------ the rules

    def preview(self) -> None:
        """Run the rules on what is typed so far (nothing is written)."""
        if self.saved:
            return
        try:
            monthly = parse_money(self.requested.text())
        except DomainError:
            self.findings_title.setText(self.tr("Anna haettu määrä, niin ehdot tarkistetaan."))
            self.findings.clear_findings()
            return
        try:
            self.assessment = grants.assess(
                self.placement_id,
                decision_date=self.ctx.today(),
                monthly_cents=monthly,
                application_date=self.received_on.value(),
            )
        except DomainError as exc:
            self.findings.clear_findings(error_text(exc))
            return
        self.findings_title.setText(self._assessment_text(self.tr("Ennakkotarkistus")))
        self.findings.set_findings(self.assessment.findings)

    def _assessment_text(self, heading: str) -> str:
        a = self.assessment
        if a is None or a.period_start is None:
            return heading
        return (
            self.tr("%1: ehdotettu jakso %2–%3, yhteensä %4.")
            .replace("%1", heading)
            .replace("%2", format_date(a.period_start))
            .replace("%3", format_date(a.period_end))
            .replace("%4", money_text(a.total_cents))
        )

    # ------------------------------------------------------------ saving

    def build_input(self) -> grants.ApplicationInput:
        return grants.ApplicationInput(
            placement_id=self.placement_id,
            received_on=self.received_on.value() or self.ctx.today(),
            pt_decision_attached=self.pt_attached.isChecked(),
            contract_attached=self.contract_attached.isChecked(),
            requested_monthly=self.requested.text(),
            notes=self.notes.toPlainText(),
        )

    def submit(self, data: grants.ApplicationInput) -> grants.ApplicationRow:
        return grants.record_application(data)

    def accept(self) -> None:
        """The first accept (after saving) shows the findings; the dialog stays open."""
        if self.result_row is not None and not self.saved:
            self._show_result()
            return
        super().accept()

    def _show_result(self) -> None:
        self.saved = True
        self._preview_timer.stop()
        self.setWindowTitle(self.tr("Kemi-lisähakemus tallennettu"))
        for entry in self.fields.values():
            entry.widget.setEnabled(False)
        self.assessment = grants.assess_application(self.result_row.id, self.ctx.today())
        self.findings_title.setText(self._assessment_text(self.tr("Hakemus on tallennettu")))
        self.findings.set_findings(self.assessment.findings)
        errors = len(self.assessment.errors)
        if errors:
            self.hint.setText(
                self.tr(
                    "Myönteinen päätös ei ole mahdollinen: esteitä %1. Päätöksessä voi "
                    "hylätä hakemuksen."
                ).replace("%1", str(errors))
            )
        else:
            self.hint.setText(self.tr("Hakemus odottaa päätöstä; se näkyy yleiskatsauksessa."))
        self.save_button.clicked.disconnect()
        self.save_button.setText(self.tr("Tee &päätös…"))
        self.save_button.setEnabled(True)
        self.save_button.clicked.connect(self.open_decision)
        close = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        close.setText(self.tr("&Sulje"))

    def open_decision(self) -> Any:
        """Close this dialog and open the decision dialog of the saved application."""
        from kemidesk.ui.dialogs.decision_dialog import open_decision_dialog

        parent = self.parentWidget()
        self.accept()  # saved already: closes
        return open_decision_dialog(self.ctx, self.result_row.id, parent)

    def revalidate(self) -> bool:
        if self.saved:
            return True
        return super().revalidate()


def open_application_dialog(
    ctx: UiContext, placement_id: int, parent: QWidget | None = None
) -> ApplicationDialog:
    dialog = ApplicationDialog(ctx, placement_id, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
