"""Ennenaikainen päättyminen / muutospäätös, and the recovery decision that may follow.

`AmendmentDialog` takes the new end of a granted Kemi-lisä, shows what
`changes.propose_amendment` computes (old and new total, paid, overpaid, whether it is
claimed back) and decides the amendment (`changes.decide_amendment`). When the overpaid
amount is recoverable, it offers `RecoveryDialog` (`changes.decide_recovery`). A placement
without a grant only gets its early end recorded (`EndPlacementDialog`).
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QLabel, QWidget

from kemidesk.domain import validation as v
from kemidesk.domain.dates import format_date
from kemidesk.domain.errors import DomainError, FieldErrors
from kemidesk.domain.ledger import propose_amendment
from kemidesk.domain.lifecycle import can_amend, is_grant
from kemidesk.domain.money import format_money, parse_money
from kemidesk.domain.rules import RuleSet
from kemidesk.domain.types import DecisionType
from kemidesk.services import changes, grants, placements
from kemidesk.ui import messages
from kemidesk.ui.context import DECISION, PAYMENT, PLACEMENT, UiContext
from kemidesk.ui.dialogs.form import FormDialog
from kemidesk.ui.dialogs.grant_parts import (
    add_decision_maker,
    header_label,
    money_text,
    offer_print,
    schedule_lines,
    schedule_table,
    text_box,
)
from kemidesk.ui.errors import check_text, error_text, field_texts
from kemidesk.ui.labels import enum_label
from kemidesk.ui.printing.handlers import HEARING
from kemidesk.ui.widgets.date_edit import DateField
from kemidesk.ui.widgets.fields import MoneyEdit


def _decision_summary(d: grants.DecisionRow) -> str:
    period = f"{format_date(d.period_start)}–{format_date(d.period_end)}"
    return (
        f"{d.number} – {enum_label(d.decision_type)}, {period}, "
        f"{money_text(d.monthly_amount_cents)}/kk\n{d.person_name} – {d.association_name}"
    )


class AmendmentDialog(FormDialog):
    help_page = "muutokset.html#muutospaatos"  # F1: its page in the user guide
    kind = DECISION
    new_title = QT_TRANSLATE_NOOP("Forms", "Ennenaikainen päättyminen / muutospäätös")
    edit_title = new_title

    def __init__(self, ctx: UiContext, decision_id: int, parent: QWidget | None = None) -> None:
        super().__init__(ctx, None, parent)
        view = changes.amendment_view(decision_id, today=ctx.today())
        self.decision, self.ledger, self.placement = view.decision, view.ledger, view.placement
        self.rules = view.ledger.rules
        self.change: changes.GrantChange | None = None
        self.proposal: changes.AmendmentProposal | None = None
        self.proposal_error: str | None = None
        self.layout().insertWidget(0, header_label(self, _decision_summary(self.decision)))
        form = self.group(self.tr("Muutos"), 0, 0)
        self.new_end = DateField(self)
        self.new_end.set_value(self._default_end())
        self.add_field(
            form,
            "new_end",
            self.tr("Tuki päättyy &uusi päivä"),
            self.new_end,
            lambda: self.proposal_error,
            required=True,
        )
        self.decision_date = DateField(self)
        self.decision_date.set_value(ctx.today())
        self.add_field(
            form, "decision_date", self.tr("&Päätöspäivä"), self.decision_date, required=True
        )
        self.end_reason = self.line()
        self.end_reason.setText(self.placement.end_reason)
        self.add_field(form, "end_reason", self.tr("Päättymisen &syy"), self.end_reason)
        self.reasons = text_box(self, 4)
        self.add_field(
            form,
            "reasons",
            self.tr("P&erustelut"),
            self.reasons,
            self._check_reasons,
            required=True,
        )
        self.decided_by_name, self.decided_by_title = add_decision_maker(self, form)
        self._build_proposal()
        self.new_end.value_changed.connect(self.update_proposal)
        self.grid.setColumnStretch(0, 1)
        self.grid.setColumnStretch(1, 1)
        self.resize(1080, 600)
        self._auto_text = self._auto_reasons()
        self.reasons.setPlainText(self._auto_text)
        self.update_proposal()
        self.finish_building()
        self.new_end.setFocus()

    def _default_end(self) -> date:
        d = self.decision
        assert d.period_start is not None
        assert d.period_end is not None
        wanted = self.placement.actual_end_date or self.ctx.today()
        latest = d.period_end - timedelta(days=1)
        return max(d.period_start, min(wanted, latest))

    def _auto_reasons(self) -> str:
        end = self.new_end.value()
        if end is None:
            return ""
        return QCoreApplication.translate(
            "GrantPath",
            "Työsuhde päättyi ennenaikaisesti %1. Kemi-lisän tukijakso päättyy samana "
            "päivänä ja maksuaikataulu lasketaan uudelleen.",
        ).replace("%1", format_date(end))

    def _check_reasons(self) -> str | None:
        if not self.reasons.toPlainText().strip():
            return self.tr("Kirjoita muutoksen perustelu.")
        return None

    def _build_proposal(self) -> None:
        form = self.group(self.tr("Vaikutus"), 0, 1)
        self.figures: dict[str, QLabel] = {}
        for key, label in (
            ("old_total", self.tr("Myönnetty yhteensä")),
            ("new_total", self.tr("Uusi kokonaismäärä")),
            ("change", self.tr("Muutos")),
            ("paid", self.tr("Maksettu")),
            ("recovery", self.tr("Liikaa maksettu")),
            ("recoverable", self.tr("Takaisinperintä")),
        ):
            value = QLabel(self)
            value.setObjectName(f"figure_{key}")
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.figures[key] = value
            form.addRow(label + ":", value)
        self.figures["recoverable"].setWordWrap(True)
        self.figures["recoverable"].setAlignment(Qt.AlignmentFlag.AlignLeft)
        self.schedule = schedule_table(self)
        title = QLabel(self.tr("Uusi maksuaikataulu"), self)
        form.addRow(title)
        form.addRow(self.schedule)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

    def update_proposal(self) -> None:
        new_end = self.new_end.value()
        try:
            self.proposal = None if new_end is None else propose_amendment(self.ledger, new_end)
            self.proposal_error = None
        except FieldErrors as exc:
            texts = field_texts(exc)
            self.proposal, self.proposal_error = None, texts.get("new_end", error_text(exc))
        except DomainError as exc:
            self.proposal, self.proposal_error = None, error_text(exc)
        self._show_figures()
        if self.reasons.toPlainText() == self._auto_text:  # not edited by the user
            self._auto_text = self._auto_reasons()
            self.reasons.setPlainText(self._auto_text)
        self.fields["new_end"].touched = True
        self.revalidate()

    def _show_figures(self) -> None:
        p = self.proposal
        if p is None:
            for label in self.figures.values():
                label.setText("–")
            self.schedule.set_rows([])
            return
        self.figures["old_total"].setText(format_money(p.old_total_cents))
        self.figures["new_total"].setText(format_money(p.new_total_cents))
        self.figures["change"].setText(format_money(p.change_cents))
        self.figures["paid"].setText(format_money(p.paid_cents))
        self.figures["recovery"].setText(format_money(p.recovery_cents))
        limit = format_money(self.rules.recovery_min_cents)
        if p.recoverable:
            text = self.tr("Peritään takaisin (yli %1).").replace("%1", limit)
            style = "color: #b00020; font-weight: bold;"
        elif p.recovery_cents > 0:
            text = self.tr("Ei peritä: enintään %1 ei peritä takaisin.").replace("%1", limit)
            style = "color: #8a5a00;"
        else:
            text = self.tr("Ei liikaa maksettua.")
            style = ""
        self.figures["recoverable"].setText(text)
        self.figures["recoverable"].setStyleSheet(style)
        self.schedule.set_rows(schedule_lines(p.schedule))

    # ------------------------------------------------------------ saving

    def build_input(self) -> dict[str, Any]:
        return {
            "decision_id": self.decision.id,
            "new_end": self.new_end.value(),
            "decision_date": self.decision_date.value() or self.ctx.today(),
            "reasons": self.reasons.toPlainText(),
            "decided_by_name": self.decided_by_name.text(),
            "decided_by_title": self.decided_by_title.text(),
            "end_reason": self.end_reason.text(),
        }

    def submit(self, data: dict[str, Any]) -> grants.DecisionRow:
        self.change = changes.decide_amendment(**data)
        return self.change.decision

    def save(self) -> bool:
        proposal = self.proposal
        if not super().save() or proposal is None or self.change is None:
            return False
        parent = self.parentWidget()
        notify_change(self.ctx, self.change)
        offer_print(self.ctx, parent, self.result_row)
        if proposal.recoverable:
            question = QCoreApplication.translate(
                "GrantPath",
                "Liikaa maksettu %1 peritään takaisin. Tehdäänkö takaisinperintäpäätös nyt?",
            ).replace("%1", format_money(proposal.recovery_cents))
            if messages.ask(
                parent,
                QCoreApplication.translate("GrantPath", "Takaisinperintä"),
                question,
                default_yes=True,
            ):
                self.recovery_dialog = open_recovery_dialog(
                    self.ctx, self.decision, self.rules, proposal, parent
                )
        return True


class RecoveryDialog(FormDialog):
    help_page = "muutokset.html#takaisinperinta"  # F1: its page in the user guide
    kind = DECISION
    new_title = QT_TRANSLATE_NOOP("Forms", "Takaisinperintäpäätös")
    edit_title = new_title

    def __init__(
        self,
        ctx: UiContext,
        decision: grants.DecisionRow,
        rules: RuleSet,
        proposal: changes.AmendmentProposal,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, None, parent)
        self.decision = decision
        self.rules = rules
        self.proposal = proposal
        self.layout().insertWidget(0, header_label(self, _decision_summary(self.decision)))
        form = self.group(self.tr("Takaisinperintä"), 0, 0)
        self.amount = MoneyEdit(self)
        self.amount.set_cents(proposal.recovery_cents)
        self.add_field(
            form,
            "amount",
            self.tr("Takaisin perittävä &määrä"),
            self.amount,
            self._check_amount,
            required=True,
        )
        self.decision_date = DateField(self)
        self.decision_date.set_value(ctx.today())
        self.add_field(
            form, "decision_date", self.tr("&Päätöspäivä"), self.decision_date, required=True
        )
        self.reasons = text_box(self, 5)
        self.reasons.setPlainText(
            QCoreApplication.translate(
                "GrantPath",
                "Työsuhde päättyi ennenaikaisesti %1. Kemi-lisää on maksettu %2 ajalta, jolta "
                "siihen ei ole oikeutta. Perusteetta maksettu määrä peritään takaisin.",
            )
            .replace("%1", format_date(proposal.new_end))
            .replace("%2", format_money(proposal.recovery_cents))
        )
        self.add_field(
            form,
            "reasons",
            self.tr("P&erustelut"),
            self.reasons,
            self._check_reasons,
            required=True,
        )
        self.decided_by_name, self.decided_by_title = add_decision_maker(
            self, form, lambda: DecisionType.RECOVERY
        )
        hearing = self.buttons.addButton(
            self.tr("Tulosta &kuulemiskirje…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        hearing.setObjectName("print_hearing")
        hearing.setToolTip(
            self.tr(
                "Hallintolaki 34 §: päätöksen saajaa kuullaan ennen takaisinperintää. "
                "Kirjeessä on laskelma ja vastausaika."
            )
        )
        hearing.clicked.connect(lambda: self.print_hearing())
        self.resize(720, 460)
        self.finish_building()
        self.amount.setFocus()

    def print_hearing(self) -> Any:
        """The hearing letter for the amount in the form (Hallintolaki 34 §)."""
        handler = self.ctx.print_handlers.get(HEARING)
        try:
            amount = parse_money(self.amount.text())
        except DomainError as exc:
            messages.warn(self, messages.not_allowed_title(), error_text(exc))
            return None
        if handler is None:
            return None
        return handler(
            self.decision.id,
            amount_cents=amount,
            letter_date=self.decision_date.value() or self.ctx.today(),
        )

    def _check_amount(self) -> str | None:
        problem = check_text(v.validate_money, self.amount.text())
        if problem:
            return problem
        if parse_money(self.amount.text()) <= self.rules.recovery_min_cents:
            return self.tr("Enintään %1 ei peritä takaisin.").replace(
                "%1", format_money(self.rules.recovery_min_cents)
            )
        return None

    def _check_reasons(self) -> str | None:
        if not self.reasons.toPlainText().strip():
            return self.tr("Kirjoita takaisinperinnän perustelu.")
        return None

    def build_input(self) -> dict[str, Any]:
        return {
            "decision_id": self.decision.id,
            "amount_cents": parse_money(self.amount.text()),
            "decision_date": self.decision_date.value() or self.ctx.today(),
            "reasons": self.reasons.toPlainText(),
            "decided_by_name": self.decided_by_name.text(),
            "decided_by_title": self.decided_by_title.text(),
        }

    def submit(self, data: dict[str, Any]) -> grants.DecisionRow:
        return changes.decide_recovery(**data).decision

    def save(self) -> bool:
        if not super().save():
            return False
        offer_print(self.ctx, self.parentWidget(), self.result_row)
        return True


class EndPlacementDialog(FormDialog):
    """The early end of a placement that has no Kemi-lisä grant to amend."""

    help_page = "muutokset.html#paattyminen"  # F1: its page in the user guide

    kind = PLACEMENT
    new_title = QT_TRANSLATE_NOOP("Forms", "Työsuhteen ennenaikainen päättyminen")
    edit_title = new_title

    def __init__(self, ctx: UiContext, placement_id: int, parent: QWidget | None = None) -> None:
        super().__init__(ctx, placement_id, parent)
        self.placement = placements.get_placement(placement_id, today=ctx.today())
        p = self.placement
        self.layout().insertWidget(0, header_label(self, f"{p.person_name} – {p.association_name}"))
        form = self.group(self.tr("Päättyminen"), 0, 0)
        self.ended_on = DateField(self)
        self.ended_on.set_value(p.actual_end_date or ctx.today())
        self.add_field(form, "actual_end_date", self.tr("&Päättyi"), self.ended_on, required=True)
        self.reason = self.line()
        self.reason.setText(p.end_reason)
        self.add_field(form, "end_reason", self.tr("&Syy"), self.reason)
        note = QLabel(
            self.tr(
                "Työsuhteella ei ole myönteistä Kemi-lisäpäätöstä, joten muutospäätöstä ei tarvita."
            ),
            self,
        )
        note.setWordWrap(True)
        form.addRow(note)
        self.resize(560, 260)
        self.finish_building()

    def build_input(self) -> tuple[date, str]:
        return self.ended_on.value() or self.ctx.today(), self.reason.text()

    def submit(self, data: tuple[date, str]) -> placements.PlacementRow:
        return placements.end_placement(self.placement.id, *data)


def grant_of_placement(placement_id: int) -> grants.DecisionRow | None:
    """The placement's latest grant (not cancelled) that an amendment would change."""
    rows = [
        d
        for d in grants.list_decisions(include_archived=True, placement_id=placement_id)
        if can_amend(d.decision_type, d.status)
    ]
    return rows[0] if rows else None


def _show(dialog: FormDialog) -> FormDialog:
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def open_amendment_dialog(
    ctx: UiContext,
    decision_id: int | None = None,
    placement_id: int | None = None,
    parent: QWidget | None = None,
) -> FormDialog | None:
    """From a grant decision, or from a placement (its grant; without one, the end only)."""
    try:
        if decision_id is None and placement_id is not None:
            grant = grant_of_placement(placement_id)
            if grant is None:
                return _show(EndPlacementDialog(ctx, placement_id, parent))
            decision_id = grant.id
        if decision_id is None:
            return None
        decision = grants.get_decision(decision_id)
        if not is_grant(decision.decision_type):
            messages.warn(
                parent,
                messages.not_allowed_title(),
                QCoreApplication.translate(
                    "GrantPath", "Muutospäätös tehdään myönteiseen Kemi-lisäpäätökseen."
                ),
            )
            return None
        return _show(AmendmentDialog(ctx, decision_id, parent))
    except DomainError as exc:
        messages.warn(parent, messages.not_allowed_title(), error_text(exc))
        return None


def open_recovery_dialog(
    ctx: UiContext,
    decision: grants.DecisionRow,
    rules: RuleSet,
    proposal: changes.AmendmentProposal,
    parent: QWidget | None = None,
) -> FormDialog:
    return _show(RecoveryDialog(ctx, decision, rules, proposal, parent))


def notify_change(ctx: UiContext, change: changes.GrantChange) -> None:
    """Refresh exactly what the change wrote (the new decision itself is announced by the
    form): the grant, its placement when its end changed, and the payments it touched."""
    ctx.notify(DECISION, change.grant_id)
    if change.placement_changed:
        ctx.notify(PLACEMENT, change.placement_id)
    for payment_id in change.payment_ids:
        ctx.notify(PAYMENT, payment_id)
