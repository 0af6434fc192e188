"""Kirjaa jatkopolku: the outcome of a placement at its end, +3 and +6 months; and the
employment bonus decision that a company job or continuation with own funds earns.

`OutcomeDialog` calls `followups.record_outcome`; when the answer says `bonus_proposed`, it
offers `BonusDialog` ("Päätä työllistämisbonus"), which calls `grants.decide_bonus` and then
offers to print the decision.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from kemidesk.domain.bonus import BONUS_OUTCOMES
from kemidesk.domain.dates import format_date
from kemidesk.domain.errors import DomainError
from kemidesk.domain.followups import outcome_check_dates
from kemidesk.domain.money import format_money
from kemidesk.domain.types import OutcomeCheckpoint, OutcomeStatus
from kemidesk.services import followups, grants, placements
from kemidesk.services.settings import appropriation_status, rules_for
from kemidesk.ui import messages
from kemidesk.ui.context import DECISION, OUTCOME, UiContext
from kemidesk.ui.dialogs.form import FormDialog
from kemidesk.ui.dialogs.grant_parts import (
    add_decision_maker,
    header_label,
    offer_print,
    text_box,
)
from kemidesk.ui.errors import error_text
from kemidesk.ui.labels import enum_label
from kemidesk.ui.widgets.date_edit import DateField

BONUS_REASONS = {
    OutcomeStatus.COMPANY_JOB: (
        "Työllistetty on työllistynyt yritykseen Kemi-lisäjakson jälkeen. Työllistämisbonus "
        "myönnetään Kemi-lisän ehtojen mukaisesti."
    ),
    OutcomeStatus.CONTINUED_OWN_FUNDS: (
        "Järjestö jatkaa työsuhdetta omin varoin Kemi-lisäjakson jälkeen. Työllistämisbonus "
        "myönnetään Kemi-lisän ehtojen mukaisesti."
    ),
}


def bonus_reasons(outcomes: list[followups.OutcomeRow]) -> str:
    """The reasons text of the bonus from the latest outcome that earns it."""
    earning = [o for o in outcomes if o.status in BONUS_OUTCOMES]
    if not earning:
        return ""
    latest = max(earning, key=lambda o: o.recorded_on)
    return BONUS_REASONS.get(latest.status, "")


def _who(p: placements.PlacementRow) -> str:
    period = f"{format_date(p.start_date)}–{format_date(p.effective_end)}"
    return f"{p.person_name} – {p.association_name}\n{p.job_title} {period}".strip()


class OutcomeDialog(FormDialog):
    help_page = "kaynnit.html#jatkopolku"  # F1: its page in the user guide
    kind = OUTCOME
    new_title = QT_TRANSLATE_NOOP("Forms", "Kirjaa jatkopolku")
    edit_title = new_title

    def __init__(self, ctx: UiContext, placement_id: int, parent: QWidget | None = None) -> None:
        super().__init__(ctx, None, parent)
        self.placement = placements.get_placement(placement_id, today=ctx.today())
        self.recorded = {o.checkpoint: o for o in followups.list_outcomes(placement_id)}
        self.bonus_dialog: BonusDialog | None = None
        self.layout().insertWidget(0, header_label(self, _who(self.placement)))
        form = self.group(self.tr("Jatkopolku"), 0, 0)
        self.checkpoint = QComboBox(self)
        for checkpoint, day in self._checkpoints():
            text = enum_label(checkpoint) + (f" ({format_date(day)})" if day else "")
            self.checkpoint.addItem(text, checkpoint)
        self.add_field(form, "checkpoint", self.tr("&Ajankohta"), self.checkpoint, required=True)
        self.status = QComboBox(self)
        for status in OutcomeStatus:
            self.status.addItem(enum_label(status), status)
        self.add_field(form, "status", self.tr("T&ilanne"), self.status, required=True)
        self.recorded_on = DateField(self)
        self.recorded_on.set_value(ctx.today())
        self.add_field(form, "recorded_on", self.tr("&Kirjattu"), self.recorded_on, required=True)
        self.notes = text_box(self, 3)
        self.add_field(form, "notes", self.tr("&Lisätiedot"), self.notes)
        self.note = QLabel(self)
        self.note.setObjectName("outcome_note")
        self.note.setWordWrap(True)
        form.addRow(self.note)
        self.checkpoint.setCurrentIndex(self._first_open_index())
        self._load_recorded()
        self.checkpoint.currentIndexChanged.connect(lambda _i: self._load_recorded())
        self.status.currentIndexChanged.connect(lambda _i: self._show_note())
        self.resize(640, 380)
        self.finish_building()
        self._show_note()
        self.status.setFocus()

    def _checkpoints(self) -> list[tuple[OutcomeCheckpoint, date | None]]:
        end = self.placement.effective_end
        if end is None:
            return [(c, None) for c in OutcomeCheckpoint]
        return outcome_check_dates(end)

    def _first_open_index(self) -> int:
        today = self.ctx.today()
        for index, (checkpoint, day) in enumerate(self._checkpoints()):
            if checkpoint not in self.recorded and (day is None or day <= today):
                return index
        for index, (checkpoint, _day) in enumerate(self._checkpoints()):
            if checkpoint not in self.recorded:
                return index
        return 0

    def chosen_checkpoint(self) -> OutcomeCheckpoint:
        return OutcomeCheckpoint(self.checkpoint.currentData())  # Qt hands back the str

    def chosen_status(self) -> OutcomeStatus:
        return OutcomeStatus(self.status.currentData())

    def _load_recorded(self) -> None:
        row = self.recorded.get(self.chosen_checkpoint())
        if row is not None:
            self.status.setCurrentIndex(max(0, self.status.findData(row.status)))
            self.notes.setPlainText(row.notes)
        self._show_note()

    def _show_note(self) -> None:
        lines = []
        row = self.recorded.get(self.chosen_checkpoint())
        if row is not None:
            lines.append(
                self.tr(
                    "Tämän ajankohdan jatkopolku on kirjattu %1; tallennus korjaa sen."
                ).replace("%1", format_date(row.recorded_on))
            )
        if self.chosen_status() in BONUS_OUTCOMES:
            lines.append(self.tr("Tämä jatkopolku oikeuttaa työllistämisbonukseen."))
        self.note.setText("\n".join(lines))
        self.note.setVisible(bool(lines))
        earns = self.chosen_status() in BONUS_OUTCOMES
        self.note.setStyleSheet("color: #1e6b2f; font-weight: bold;" if earns else "")

    def build_input(self) -> dict[str, Any]:
        return {
            "placement_id": self.placement.id,
            "checkpoint": self.chosen_checkpoint(),
            "status": self.chosen_status(),
            "recorded_on": self.recorded_on.value() or self.ctx.today(),
            "notes": self.notes.toPlainText(),
        }

    def submit(self, data: dict[str, Any]) -> followups.OutcomeRow:
        return followups.record_outcome(**data)

    def save(self) -> bool:
        if not super().save():
            return False
        row: followups.OutcomeRow = self.result_row
        if row.bonus_proposed:
            parent = self.parentWidget()
            amount = format_money(rules_for(self.ctx.today()).bonus_cents)
            question = QCoreApplication.translate(
                "GrantPath",
                "Jatkopolku oikeuttaa työllistämisbonukseen. Päätetäänkö työllistämisbonus "
                "(%1) nyt?",
            ).replace("%1", amount)
            if messages.ask(
                parent,
                QCoreApplication.translate("GrantPath", "Työllistämisbonus"),
                question,
                default_yes=True,
            ):
                self.bonus_dialog = open_bonus_dialog(self.ctx, self.placement.id, parent)
        return True


class BonusDialog(FormDialog):
    help_page = "kaynnit.html#bonus"  # F1: its page in the user guide
    kind = DECISION
    new_title = QT_TRANSLATE_NOOP("Forms", "Päätä työllistämisbonus")
    edit_title = new_title

    def __init__(self, ctx: UiContext, placement_id: int, parent: QWidget | None = None) -> None:
        super().__init__(ctx, None, parent)
        self.placement = placements.get_placement(placement_id, today=ctx.today())
        recorded = followups.list_outcomes(placement_id)
        outcomes = [f"{enum_label(o.checkpoint)}: {enum_label(o.status)}" for o in recorded]
        summary = _who(self.placement)
        if outcomes:
            summary += "\n" + self.tr("Jatkopolku: %1").replace("%1", "; ".join(outcomes))
        self.layout().insertWidget(0, header_label(self, summary))
        form = self.group(self.tr("Työllistämisbonus"), 0, 0)
        self.amount = QLabel(self)
        self.amount.setObjectName("bonus_amount")
        form.addRow(self.tr("Määrä") + ":", self.amount)
        self.decision_date = DateField(self)
        self.decision_date.set_value(ctx.today())
        self.add_field(
            form, "decision_date", self.tr("&Päätöspäivä"), self.decision_date, required=True
        )
        self.reasons = text_box(self, 3)
        self.reasons.setPlainText(bonus_reasons(recorded))
        self.add_field(form, "reasons", self.tr("P&erustelut"), self.reasons)
        self.decided_by_name, self.decided_by_title = add_decision_maker(self, form)
        self.appropriation = QLabel(self)
        self.appropriation.setObjectName("appropriation")
        self.appropriation.setWordWrap(True)
        form.addRow(self.appropriation)
        self.decision_date.value_changed.connect(self._show_amount)
        self.save_button.setText(self.tr("Päätä &bonus"))
        self.resize(680, 420)
        self._show_amount()
        self.finish_building()

    def _show_amount(self) -> None:
        day = self.decision_date.value() or self.ctx.today()
        bonus = rules_for(day).bonus_cents
        self.amount.setText(format_money(bonus))
        status = appropriation_status(day.year)
        if status.is_set:
            self.appropriation.setText(
                self.tr("Määrärahaa %1 jäljellä %2.")
                .replace("%1", str(day.year))
                .replace("%2", format_money(status.left_cents))
            )
            short = status.left_cents < bonus
            self.appropriation.setStyleSheet("color: #b00020;" if short else "")
        else:
            self.appropriation.setText(
                self.tr("Määrärahaa vuodelle %1 ei ole asetettu.").replace("%1", str(day.year))
            )

    def build_input(self) -> dict[str, Any]:
        return {
            "placement_id": self.placement.id,
            "decision_date": self.decision_date.value() or self.ctx.today(),
            "decided_by_name": self.decided_by_name.text(),
            "decided_by_title": self.decided_by_title.text(),
            "reasons": self.reasons.toPlainText(),
        }

    def submit(self, data: dict[str, Any]) -> grants.DecisionRow:
        return grants.decide_bonus(**data)

    def save(self) -> bool:
        if not super().save():
            return False
        offer_print(self.ctx, self.parentWidget(), self.result_row)
        return True


def _show(dialog: FormDialog) -> FormDialog:
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def open_outcome_dialog(
    ctx: UiContext, placement_id: int, parent: QWidget | None = None
) -> OutcomeDialog | None:
    try:
        dialog = OutcomeDialog(ctx, placement_id, parent)
    except DomainError as exc:
        messages.warn(parent, messages.not_allowed_title(), error_text(exc))
        return None
    _show(dialog)
    return dialog


def open_bonus_dialog(
    ctx: UiContext, placement_id: int, parent: QWidget | None = None
) -> BonusDialog | None:
    if not followups.placement_bonus_due(placement_id):
        messages.info(
            parent,
            QCoreApplication.translate("GrantPath", "Työllistämisbonus"),
            QCoreApplication.translate(
                "GrantPath",
                "Työllistämisbonus ei ole maksettavissa: jatkopolkua (työ yrityksessä tai jatko "
                "omin varoin) ei ole kirjattu, tai bonus on jo päätetty.",
            ),
        )
        return None
    dialog = BonusDialog(ctx, placement_id, parent)
    _show(dialog)
    return dialog
