"""Päätös hakemukseen: grant, partial grant or rejection of a Kemi-lisä application.

The period is proposed from the placement (`grants.assess_application`); whenever the
type, the decision date, the period or the monthly amount changes, the rules run again
(`grants.assess`, nothing written) and the findings, the payment schedule, the total and
the appropriation left follow. Errors block a grant (Save is disabled and the reason is
shown under the type); warnings need a written justification; an exceeded appropriation
can be overridden with a justification. Saving calls `grants.decide_application`, then
offers to print the decision.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QWidget,
)

from kemidesk.domain import validation as v
from kemidesk.domain.dates import format_date
from kemidesk.domain.errors import DomainError
from kemidesk.domain.lifecycle import APPLICATION_KINDS
from kemidesk.domain.money import parse_money
from kemidesk.domain.types import ApplicationStatus, DecisionType
from kemidesk.services import grants, placements
from kemidesk.services.settings import appropriation_status
from kemidesk.ui import messages
from kemidesk.ui.context import DECISION, UiContext
from kemidesk.ui.dialogs.form import FormDialog
from kemidesk.ui.dialogs.grant_parts import (
    APPLICATION,
    add_decision_maker,
    header_label,
    money_text,
    offer_print,
    placement_summary,
    schedule_lines,
    schedule_table,
    text_box,
)
from kemidesk.ui.errors import check_text, error_text, message_text
from kemidesk.ui.labels import enum_label
from kemidesk.ui.widgets.date_edit import DateField
from kemidesk.ui.widgets.fields import MoneyEdit
from kemidesk.ui.widgets.findings import FindingsView

TYPES = tuple(kind for kind in DecisionType if kind in APPLICATION_KINDS)
REASSESS_DELAY_MS = 120
APPROPRIATION_CODE = "APPROPRIATION_EXCEEDED"


class DecisionDialog(FormDialog):
    help_page = "avustuspolku.html#paatos"  # F1: its page in the user guide
    kind = DECISION
    new_title = QT_TRANSLATE_NOOP("Forms", "Päätös Kemi-lisähakemukseen")
    edit_title = QT_TRANSLATE_NOOP("Forms", "Päätös Kemi-lisähakemukseen")

    def __init__(self, ctx: UiContext, application_id: int, parent: QWidget | None = None) -> None:
        super().__init__(ctx, None, parent)
        self.application = grants.get_application(application_id)
        self.placement = placements.get_placement(self.application.placement_id, today=ctx.today())
        self.assessment = grants.assess_application(application_id, ctx.today())
        self.layout().insertWidget(0, header_label(self, self._summary()))
        self._build_decision()
        self._build_reasons()
        self._build_findings()
        self._build_schedule()
        maker = self.group(self.tr("Päättäjä"), 2, 0)
        self.decided_by_name, self.decided_by_title = add_decision_maker(
            self, maker, self.chosen_type
        )
        self.grid.setColumnStretch(0, 5)
        self.grid.setColumnStretch(1, 6)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REASSESS_DELAY_MS)
        self._timer.timeout.connect(self.reassess)
        for edit in (self.decision_date, self.period_start, self.period_end):
            edit.value_changed.connect(lambda: self._timer.start())
        self.monthly.textChanged.connect(lambda _t: self._timer.start())
        self.decision_type.currentIndexChanged.connect(lambda _i: self._type_changed())
        self.override.toggled.connect(lambda _on: self._apply_assessment())
        self.fields["decision_type"].touched = True  # a blocked grant says why at once
        withdraw = self.buttons.addButton(
            self.tr("Hakemus pe&ruttu…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        withdraw.setToolTip(
            self.tr("Yhdistys perui hakemuksen, tai se on kirjattu virheellisesti.")
        )
        withdraw.clicked.connect(self.withdraw)
        self.print_after_save = False
        self.save_and_print = self.buttons.addButton(
            self.tr("Tallenna ja t&ulosta"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.save_and_print.setObjectName("save_and_print")
        self.save_and_print.setAutoDefault(False)
        self.save_and_print.clicked.connect(self.save_then_print)
        self.also_saves.append(self.save_and_print)  # enabled with Save
        self.resize(1180, 680)
        self.finish_building()
        self._apply_assessment()
        self.decision_type.setFocus()

    # ------------------------------------------------------------ building

    def _summary(self) -> str:
        a = self.application
        attached = [
            text
            for flag, text in (
                (a.pt_decision_attached, self.tr("palkkatukipäätös")),
                (a.contract_attached, self.tr("työsopimus")),
            )
            if flag
        ]
        second = (
            self.tr("Hakemus saapui %1 · haettu %2/kk · liitteet: %3")
            .replace("%1", format_date(a.received_on))
            .replace("%2", money_text(a.requested_monthly_cents))
            .replace("%3", ", ".join(attached) or self.tr("ei liitteitä"))
        )
        return placement_summary(self.placement) + "\n" + second

    def _build_decision(self) -> None:
        form = self.decision_form = self.group(self.tr("Päätös"), 0, 0)
        self.decision_type = QComboBox(self)
        for decision_type in TYPES:
            self.decision_type.addItem(enum_label(decision_type), decision_type)
        self.add_field(
            form, "decision_type", self.tr("Päätöksen t&yyppi"), self.decision_type, required=True
        )
        self.decision_date = DateField(self)
        self.decision_date.set_value(self.ctx.today())
        self.add_field(
            form, "decision_date", self.tr("&Päätöspäivä"), self.decision_date, required=True
        )
        self.period_start, self.period_end = DateField(self), DateField(self)
        self.period_start.set_value(self.assessment.period_start)
        self.period_end.set_value(self.assessment.period_end)
        self.add_field(form, "period_start", self.tr("Tuki &alkaa"), self.period_start)
        self.add_field(form, "period_end", self.tr("Tuki p&äättyy"), self.period_end)
        self.monthly = MoneyEdit(self)
        self.monthly.set_cents(self.assessment.monthly_cents)
        self.add_field(
            form,
            "monthly",
            self.tr("&Kuukausimäärä"),
            self.monthly,
            lambda: (
                None if self.is_rejection() else check_text(v.validate_money, self.monthly.text())
            ),
        )

    def _build_reasons(self) -> None:
        form = self.reasons_form = self.group(self.tr("Päätöksen perustelut"), 1, 0)
        self.reasons = text_box(self, 5)
        self._composed = grants.compose_reasons(self.assessment, DecisionType.GRANT)
        self.reasons.setPlainText(self._composed)
        self.reasons.setToolTip(
            self.tr(
                "Päätökseen tulostuvat automaattisesti ehtojen täyttyminen lukuineen, määrän "
                "laskenta, määräraha ja sääntöversio. Kirjoita tähän omat lisäperustelusi; "
                "ne eivät tulostu julkiseen versioon."
            )
        )
        self.add_field(form, "reasons", self.tr("Viranhaltijan p&erustelut"), self.reasons)
        recompose = QPushButton(self.tr("&Muodosta perustelut uudelleen"), self)
        recompose.setObjectName("recompose")
        recompose.setAutoDefault(False)
        recompose.clicked.connect(self.recompose_reasons)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(recompose)
        form.addRow("", row)
        self.public_reasons = text_box(self, 2, max_lines=4)
        self.public_reasons.setPlaceholderText(
            self.tr("ei pakollinen; ei henkilötietoja (nimi, henkilötunnus, terveys)")
        )
        self.add_field(
            form,
            "public_reasons",
            self.tr("&Julkinen perustelu"),
            self.public_reasons,
        )
        self.warning_justification = text_box(self, 2, max_lines=4)
        self.add_field(
            form,
            "warning_justification",
            self.tr("Perustelu &huomautuksille"),
            self.warning_justification,
            self._check_warning_justification,
        )
        self.override = QCheckBox(self.tr("Myönnä määrärahan y&littäen"), self)
        self.add_field(form, "override_appropriation", self.tr("Määräraha"), self.override)
        self.override_justification = text_box(self, 2, max_lines=4)
        self.add_field(
            form,
            "override_justification",
            self.tr("Perustelu yl&itykselle"),
            self.override_justification,
            self._check_override_justification,
        )

    def _build_findings(self) -> None:
        form = self.group(self.tr("Ehtojen tarkistus"), 0, 1)
        self.findings = FindingsView(self)
        self.findings.setMinimumHeight(110)
        form.addRow(self.findings)

    def _build_schedule(self) -> None:
        form = self.group(self.tr("Maksuaikataulu"), 1, 1, row_span=2)
        self.schedule = schedule_table(self)
        self.total = QLabel(self)
        self.total.setObjectName("total")
        font = self.total.font()
        font.setBold(True)
        self.total.setFont(font)
        self.appropriation = QLabel(self)
        self.appropriation.setObjectName("appropriation")
        self.appropriation.setWordWrap(True)
        form.addRow(self.schedule)
        form.addRow(self.total)
        form.addRow(self.appropriation)

    # ------------------------------------------------------------ state

    def chosen_type(self) -> DecisionType:
        return DecisionType(self.decision_type.currentData())  # Qt hands back the str value

    def is_rejection(self) -> bool:
        return self.chosen_type() is DecisionType.REJECTION

    def _check_warning_justification(self) -> str | None:
        needed = not self.is_rejection() and bool(self.assessment.warnings)
        if needed and not self.warning_justification.toPlainText().strip():
            return self.tr("Huomautukset vaativat kirjallisen perustelun.")
        return None

    def _check_override_justification(self) -> str | None:
        if self.overriding() and not self.override_justification.toPlainText().strip():
            return self.tr("Kirjoita perustelu määrärahan ylitykselle.")
        return None

    def overriding(self) -> bool:
        return not self.is_rejection() and self.override.isChecked()

    def cross_checks(self) -> dict[str, str]:
        found: dict[str, str] = {}
        if self.is_rejection():
            return found
        order = check_text(
            lambda _t: v.validate_date_order(
                self.period_start.value(),
                self.period_end.value(),
                start_label=self.tr("Tukijakson alkupäivä"),
                end_label=self.tr("Tukijakson loppupäivä"),
            ),
            "",
        )
        if order:
            found["period_end"] = order
        blocking = self.assessment.blocking(self.overriding())
        if blocking:
            text = self.tr("Myönteistä päätöstä ei voi tehdä: %1").replace(
                "%1", message_text(blocking[0])
            )
            if len(blocking) > 1:
                text += " " + self.tr("(ja %1 muuta estettä)").replace("%1", str(len(blocking) - 1))
            found["decision_type"] = text
        elif not self.assessment.schedule:
            found["period_end"] = self.tr("Tukijaksolle ei kerry maksettavaa.")
        return found

    def _type_changed(self) -> None:
        rejection = self.is_rejection()
        for edit in (self.period_start, self.period_end, self.monthly):
            edit.setEnabled(not rejection)
        self._apply_assessment()

    def reassess(self) -> None:
        """Run the rules again on the values in the form (nothing is written)."""
        self._timer.stop()
        try:
            monthly = parse_money(self.monthly.text())
        except DomainError:
            return  # the field shows its own message
        start, end = self.period_start.value(), self.period_end.value()
        if start is None or end is None or end < start:
            self.revalidate()
            return
        try:
            self.assessment = grants.assess(
                self.placement.id,
                decision_date=self.decision_date.value() or self.ctx.today(),
                period_start=start,
                period_end=end,
                monthly_cents=monthly,
                application_date=self.application.received_on,
            )
        except DomainError as exc:
            self.findings.clear_findings(error_text(exc))
            return
        self._apply_assessment()

    def _apply_assessment(self) -> None:
        a = self.assessment
        rejection = self.is_rejection()
        self.findings.set_findings(a.findings)
        if rejection:
            self.schedule.set_rows([])
            self.total.setText(self.tr("Kielteinen päätös: ei maksuja."))
        else:
            self.schedule.set_rows(schedule_lines(a.schedule))
            count = len(a.schedule)
            text = (
                self.tr("Yhteensä %1 (1 maksuerä)")
                if count == 1
                else self.tr("Yhteensä %1 (%2 maksuerää)")
            )
            self.total.setText(
                text.replace("%1", money_text(a.total_cents)).replace("%2", str(count))
            )
        self._show_appropriation(0 if rejection else a.total_cents)
        composed = grants.compose_reasons(a, self.chosen_type())
        if self.reasons.toPlainText() == self._composed:
            self.reasons.setPlainText(composed)
        self._composed = composed
        exceeded = any(f.code == APPROPRIATION_CODE for f in a.errors)
        self._set_row_visible(
            self.reasons_form, "warning_justification", not rejection and bool(a.warnings)
        )
        self._set_row_visible(
            self.reasons_form,
            "override_appropriation",
            not rejection and (exceeded or self.override.isChecked()),
        )
        self._set_row_visible(self.reasons_form, "override_justification", self.overriding())
        self.revalidate()

    def _show_appropriation(self, total_cents: int) -> None:
        day = self.decision_date.value() or self.ctx.today()
        status = appropriation_status(day.year)
        if not status.is_set:
            text = self.tr("Määrärahaa vuodelle %1 ei ole asetettu.").replace("%1", str(day.year))
        else:
            text = (
                self.tr("Määrärahaa %1 jäljellä %2; tämän päätöksen jälkeen %3.")
                .replace("%1", str(day.year))
                .replace("%2", money_text(status.left_cents))
                .replace("%3", money_text(status.left_cents - total_cents))
            )
        self.appropriation.setText(text)
        short = status.is_set and status.left_cents - total_cents < 0
        self.appropriation.setStyleSheet("color: #b00020;" if short else "")

    def _set_row_visible(self, form: QFormLayout, name: str, visible: bool) -> None:
        holder = self.fields[name].widget.parentWidget()
        form.setRowVisible(holder, visible)

    def recompose_reasons(self) -> None:
        self._composed = grants.compose_reasons(self.assessment, self.chosen_type())
        self.reasons.setPlainText(self._composed)

    # ------------------------------------------------------------ saving

    def build_input(self) -> grants.DecisionInput:
        rejection = self.is_rejection()
        return grants.DecisionInput(
            application_id=self.application.id,
            decision_type=self.chosen_type(),
            decision_date=self.decision_date.value() or self.ctx.today(),
            period_start=None if rejection else self.period_start.value(),
            period_end=None if rejection else self.period_end.value(),
            monthly=self.monthly.text() if not rejection else "0,00",
            reasons=self.reasons.toPlainText(),
            public_reasons=self.public_reasons.toPlainText(),
            warning_justification="" if rejection else self.warning_justification.toPlainText(),
            decided_by_name=self.decided_by_name.text(),
            decided_by_title=self.decided_by_title.text(),
            override_appropriation=self.overriding(),
            override_justification=self.override_justification.toPlainText()
            if self.overriding()
            else "",
        )

    def submit(self, data: grants.DecisionInput) -> grants.DecisionRow:
        return grants.decide_application(data)

    def withdraw(self) -> bool:
        """Close the application without a decision, with the reason written down."""
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Hakemus peruttu"),
            self.tr("Peruutuksen syy (esim. yhdistys perui hakemuksen):"),
        )
        if not ok:
            return False
        try:
            grants.withdraw_application(self.application.id, reason)
        except DomainError as exc:
            messages.warn(self, messages.not_allowed_title(), error_text(exc))
            return False
        self.ctx.notify(APPLICATION, self.application.id)
        QDialog.reject(self)  # the application is closed: nothing is left unsaved here
        return True

    def save(self) -> bool:
        if self._timer.isActive():
            self.reassess()
        saved = super().save()
        if saved:
            self.ctx.notify(APPLICATION, self.application.id)
            ask = not self.print_after_save
            offer_print(self.ctx, self.parentWidget(), self.result_row, ask=ask)
        return saved

    def save_then_print(self) -> bool:
        """Tallenna ja tulosta: the decision is saved, then printed without a question."""
        self.print_after_save = True
        try:
            return self.save()
        finally:
            self.print_after_save = False


def open_decision_dialog(
    ctx: UiContext, application_id: int, parent: QWidget | None = None
) -> DecisionDialog | None:
    """The decision dialog of an application still waiting for its decision."""
    from kemidesk.ui.permissions import refused

    if refused("decide", parent):
        return None
    try:
        application = grants.get_application(application_id)
    except DomainError as exc:
        messages.warn(parent, messages.not_allowed_title(), error_text(exc))
        return None
    if application.status is not ApplicationStatus.RECEIVED:
        messages.info(
            parent,
            QCoreApplication.translate("GrantPath", "Hakemus on ratkaistu"),
            QCoreApplication.translate(
                "GrantPath", "Hakemus on jo ratkaistu; sen päätös löytyy Avustukset-välilehdeltä."
            ),
        )
        return None
    dialog = DecisionDialog(ctx, application_id, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
