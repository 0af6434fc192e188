"""Job coaches: the coach form (name, phone, e-mail, still working) and the visit form
(coach, placement, date, kind, a short note), which also deletes a visit after asking."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QCheckBox, QComboBox, QPlainTextEdit, QPushButton, QWidget

from kemidesk.domain import validation as v
from kemidesk.domain.errors import DomainError
from kemidesk.domain.types import VisitKind
from kemidesk.services import coaches, placements
from kemidesk.services.coaches import CoachInput, CoachRow, VisitInput, VisitRow
from kemidesk.ui import messages
from kemidesk.ui.dialogs.form import FormDialog
from kemidesk.ui.dialogs.placement_form import combo_id, searchable_combo
from kemidesk.ui.errors import check_text, error_text
from kemidesk.ui.labels import enum_label
from kemidesk.ui.widgets.date_edit import DateField

COACH, VISIT = "coach", "coach_visit"  # record kinds on the bus


class CoachForm(FormDialog):
    help_page = "tyohonvalmentajat.html#valmentaja"  # F1: its page in the user guide
    kind = COACH
    new_title = QT_TRANSLATE_NOOP("Forms", "Uusi työhönvalmentaja")
    edit_title = QT_TRANSLATE_NOOP("Forms", "Muokkaa työhönvalmentajaa")

    def __init__(self, ctx: Any, coach: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(ctx, coach.id if coach else None, parent)
        self.setObjectName("coach_form")
        form = self.group(self.tr("Työhönvalmentaja"), 0, 0)
        self.name = self.line(v.text_limit("JobCoach.name"))
        self.add_field(
            form, "name", self.tr("&Nimi"), self.name,
            lambda: check_text(lambda t: v.validate_required(t, self.tr("Nimi")),
                               self.name.text()),
            required=True,
        )  # fmt: skip
        self.phone = self.line(40)
        self.add_field(
            form, "phone", self.tr("&Puhelin"), self.phone,
            lambda: check_text(v.validate_phone, self.phone.text()),
        )  # fmt: skip
        self.email = self.line(v.text_limit("JobCoach.email"))
        self.add_field(
            form, "email", self.tr("&Sähköposti"), self.email,
            lambda: check_text(v.validate_email, self.email.text()),
        )  # fmt: skip
        self.active = QCheckBox(self.tr("Mukana (tarjotaan uusiin työsuhteisiin)"), self)
        self.active.setChecked(True)
        self.add_field(form, "active", self.tr("&Tila"), self.active)
        if coach is not None:
            self.name.setText(coach.name)
            self.phone.setText(coach.phone)
            self.email.setText(coach.email)
            self.active.setChecked(coach.active)
        self.resize(460, 260)
        self.finish_building()

    def build_input(self) -> CoachInput:
        return CoachInput(
            name=self.name.text(),
            phone=self.phone.text(),
            email=self.email.text(),
            active=self.active.isChecked(),
        )

    def submit(self, data: CoachInput) -> CoachRow:
        if self.record_id is None:
            return coaches.create_coach(data)
        return coaches.update_coach(self.record_id, data)


def _placement_items(coach_id: int | None, keep: int | None) -> list[tuple[str, int]]:
    """The placements a visit can be under: not archived, newest first ("name – employer
    (start)"); the coach's own placements first when a coach is given."""
    rows = placements.list_placements(include_archived=keep is not None)
    rows = [r for r in rows if not r.archived or r.id == keep]
    if coach_id is not None:
        rows.sort(key=lambda r: r.coach_id != coach_id)  # stable: newest first within
    from kemidesk.domain.dates import format_date

    return [
        (f"{r.person_name} – {r.association_name} ({format_date(r.start_date)})", r.id)
        for r in rows
    ]


class VisitDialog(FormDialog):
    """A visit of the job coach's log; opened from the placement's view (placement fixed)
    or from the caseload view (coach preset)."""

    help_page = "tyohonvalmentajat.html#kaynnit"  # F1: its page in the user guide
    kind = VISIT
    new_title = QT_TRANSLATE_NOOP("Forms", "Uusi käynti")
    edit_title = QT_TRANSLATE_NOOP("Forms", "Muokkaa käyntiä")

    def __init__(
        self,
        ctx: Any,
        visit: VisitRow | None = None,
        parent: QWidget | None = None,
        *,
        coach_id: int | None = None,
        placement_id: int | None = None,
    ) -> None:
        super().__init__(ctx, visit.id if visit else None, parent)
        self.setObjectName("visit_dialog")
        self.visit = visit
        if visit is not None:
            coach_id, placement_id = visit.coach_id, visit.placement_id
        elif placement_id is not None and coach_id is None:
            coach_id = placements.get_placement(placement_id).coach_id
        form = self.group(self.tr("Käynti"), 0, 0)
        self.coach = QComboBox(self)
        self.coach.addItem("", None)
        for name, cid in coaches.coach_choices(keep_id=coach_id):
            self.coach.addItem(name, cid)
        self.coach.setCurrentIndex(max(0, self.coach.findData(coach_id)))
        self.add_field(
            form, "coach_id", self.tr("&Työhönvalmentaja"), self.coach,
            lambda: None if self.coach.currentData() else self.tr("Valitse työhönvalmentaja."),
            required=True,
        )  # fmt: skip
        self.placement = searchable_combo(self, _placement_items(coach_id, placement_id))
        if placement_id is not None:
            self.placement.setCurrentIndex(max(0, self.placement.findData(placement_id)))
        self.add_field(
            form, "placement_id", self.tr("Ty&ösuhde"), self.placement,
            lambda: None if combo_id(self.placement) else self.tr("Valitse työsuhde."),
            required=True,
        )  # fmt: skip
        self.placement.setEnabled(visit is None and placement_id is None)
        self.visited_on = DateField(self, today=ctx.today)
        self.visited_on.set_value(ctx.today())
        self.add_field(form, "visited_on", self.tr("&Päivä"), self.visited_on, required=True)
        self.visit_kind = QComboBox(self)
        for member in VisitKind:
            self.visit_kind.addItem(enum_label(member), member.value)
        self.add_field(form, "kind", self.tr("&Laji"), self.visit_kind)
        self.note = QPlainTextEdit(self)
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(80)
        self.note.setPlaceholderText(
            self.tr("Lyhyesti: mitä tehtiin, mitä sovittiin. Poistetaan henkilön tietojen kanssa.")
        )
        self.add_field(
            form, "note", self.tr("&Muistiinpano"), self.note,
            lambda: check_text(lambda t: v.validate_field_text("CoachVisit.note", t),
                               self.note.toPlainText()),
        )  # fmt: skip
        if visit is not None:
            self.visited_on.set_value(visit.visited_on)
            self.visit_kind.setCurrentIndex(self.visit_kind.findData(visit.kind.value))
            self.note.setPlainText(visit.note)
            delete = QPushButton(self.tr("P&oista…"), self)
            delete.setObjectName("delete")
            delete.setAutoDefault(False)
            delete.clicked.connect(self.delete)
            self.buttons.addButton(delete, self.buttons.ButtonRole.DestructiveRole)
        self.resize(560, 360)
        self.finish_building()

    def build_input(self) -> VisitInput:
        return VisitInput(
            coach_id=self.coach.currentData(),
            placement_id=combo_id(self.placement),
            visited_on=self.visited_on.value(),
            kind=self.visit_kind.currentData(),
            note=self.note.toPlainText(),
        )

    def submit(self, data: VisitInput) -> VisitRow:
        today = self.ctx.today()
        if self.visit is None:
            return coaches.record_visit(data, today=today)
        return coaches.update_visit(self.visit.id, data, today=today)

    def delete(self) -> bool:
        if self.visit is None:
            return False
        question = self.tr("Poistetaanko käynti %1? Poistoa ei voi perua.").replace(
            "%1", self.visited_on.text()
        )
        if not messages.ask(self, self.tr("Poista käynti"), question):
            return False
        try:
            coaches.delete_visit(self.visit.id)
        except DomainError as exc:
            messages.warn(self, messages.not_allowed_title(), error_text(exc))
            return False
        self.ctx.notify(VISIT, self.visit.id)
        self.accept()
        return True
