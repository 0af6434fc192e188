"""Recruitment needs and job seekers in the window: the need form (a survey answer), the job
seeker form, and the match list (seekers for a need, needs for a seeker) whose "Tee työsuhde"
opens the new-placement form pre-filled."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kemidesk.domain import validation as v
from kemidesk.domain.errors import DomainError
from kemidesk.services import associations, matching, needs, people, seekers
from kemidesk.ui import messages
from kemidesk.ui.context import UiContext
from kemidesk.ui.dialogs.form import FormDialog
from kemidesk.ui.dialogs.placement_form import PlacementForm, combo_id, searchable_combo
from kemidesk.ui.errors import check_text, error_text
from kemidesk.ui.models import specs
from kemidesk.ui.models.row_model import RowTableModel
from kemidesk.ui.widgets.date_edit import DateField
from kemidesk.ui.widgets.fields import HoursEdit
from kemidesk.ui.widgets.table_view import RecordTableView

NEED = "need"
SEEKER = "seeker"
RING = "ring"


def _notes(form: FormDialog, lines: int = 3) -> QPlainTextEdit:
    edit = QPlainTextEdit(form)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(form.fontMetrics().height() * lines + 12)
    return edit


def _hours_text(value: Any) -> str:
    return format(value.normalize(), "f").replace(".", ",")


class NeedForm(FormDialog):
    """One association's answer in the recruitment-needs survey."""

    help_page = "rekrytointi.html#tarve"  # F1: its page in the user guide
    kind = NEED
    new_title = QT_TRANSLATE_NOOP("Forms", "Uusi rekrytointitarve")
    edit_title = QT_TRANSLATE_NOOP("Forms", "Muokkaa rekrytointitarvetta")

    def __init__(
        self, ctx: UiContext, record_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, record_id, parent)
        row = needs.get_need(record_id) if record_id is not None else None
        self._build_who(row)
        self._build_work()
        self._build_place()
        if row is not None:
            self.load(row)
        self.resize(980, 620)
        self.finish_building()
        self.association.setFocus()

    def _build_who(self, row: needs.NeedRow | None) -> None:
        form = self.group(self.tr("Yhdistys ja kartoitus"), 0, 0)
        items = [(a.name, a.id) for a in associations.list_associations()]
        if row is not None and row.association_id not in {i for _n, i in items}:
            items.append((row.association_name, row.association_id))
        self.association = searchable_combo(self, items)
        self.add_field(
            form,
            "association_id",
            self.tr("&Yhdistys"),
            self.association,
            lambda: None if combo_id(self.association) else self.tr("Valitse yhdistys."),
            required=True,
        )
        self.survey = QComboBox(self)
        self.survey.addItem(self.tr("(ei kartoituskierrosta)"), None)
        for r in needs.list_rounds():
            self.survey.addItem(r.label, r.id)
        if self.survey.count() > 1 and row is None:
            self.survey.setCurrentIndex(1)  # the latest round
        self.add_field(form, "round_id", self.tr("&Kartoitus"), self.survey)
        self.answered_on = DateField(self, optional=True)
        self.add_field(form, "answered_on", self.tr("Vastattu"), self.answered_on)
        self.contact_name, self.contact_phone, self.contact_email = (
            self.line(),
            self.line(30),
            self.line(),
        )
        self.add_field(form, "contact_name", self.tr("Yhteys&henkilö"), self.contact_name)
        self.add_field(
            form,
            "contact_phone",
            self.tr("Puhelin"),
            self.contact_phone,
            lambda: check_text(v.validate_phone, self.contact_phone.text()),
        )
        self.add_field(
            form,
            "contact_email",
            self.tr("Sähköposti"),
            self.contact_email,
            lambda: check_text(v.validate_email, self.contact_email.text()),
        )

    def _build_work(self) -> None:
        form = self.group(self.tr("Työ"), 0, 1)
        self.tasks = _notes(self, 3)
        self.add_field(
            form,
            "tasks",
            self.tr("&Työtehtävät"),
            self.tasks,
            lambda: None if self.tasks.toPlainText().strip() else self.tr("Kerro työtehtävät."),
            required=True,
        )
        self.hours = HoursEdit(self)
        self.add_field(
            form,
            "hours",
            self.tr("Tunnit/&vko"),
            self.hours,
            lambda: check_text(v.validate_hours, self.hours.text()),
            required=True,
        )
        self.start_date, self.end_date = (
            DateField(self, optional=True),
            DateField(self, optional=True),
        )
        self.add_field(form, "start_date", self.tr("&Alkaa"), self.start_date)
        self.add_field(form, "end_date", self.tr("&Päättyy"), self.end_date)
        self.skills = _notes(self, 2)
        self.add_field(form, "skills", self.tr("&Osaaminen"), self.skills)
        self.suits_partial = QCheckBox(self.tr("Sopii &osatyökykyiselle"), self)
        self.add_field(form, "suits_partial_ability", "", self.suits_partial)

    def _build_place(self) -> None:
        form = self.group(self.tr("Ohjaus ja työpaikka"), 1, 0, column_span=2)
        self.supervisor = self.line()
        self.add_field(form, "supervisor_name", self.tr("Oh&jaaja"), self.supervisor)
        self.capacity = QSpinBox(self)
        self.capacity.setRange(0, 50)
        self.capacity.setValue(1)
        form.addRow(self.tr("Ohjauskapasiteetti (henkilöä)"), self.capacity)
        self.street, self.postcode, self.area = self.line(), self.line(5), self.line(60)
        self.add_field(form, "street", self.tr("Työpaikan &katuosoite"), self.street)
        self.add_field(
            form,
            "postcode",
            self.tr("Postinumero"),
            self.postcode,
            lambda: (
                check_text(v.validate_postcode, self.postcode.text())
                if self.postcode.text().strip()
                else None
            ),
        )
        self.add_field(form, "area", self.tr("A&lue"), self.area)
        self.notes = _notes(self, 2)
        self.add_field(form, "notes", self.tr("M&uistiinpanot"), self.notes)

    def load(self, row: needs.NeedRow) -> None:
        self.association.setCurrentIndex(max(0, self.association.findData(row.association_id)))
        self.survey.setCurrentIndex(max(0, self.survey.findData(row.round_id)))
        self.answered_on.set_value(row.answered_on)
        self.contact_name.setText(row.contact_name)
        self.contact_phone.setText(row.contact_phone)
        self.contact_email.setText(row.contact_email)
        self.tasks.setPlainText(row.tasks)
        self.hours.setText(_hours_text(row.hours_per_week))
        self.start_date.set_value(row.start_date)
        self.end_date.set_value(row.end_date)
        self.skills.setPlainText(row.skills)
        self.suits_partial.setChecked(row.suits_partial_ability)
        self.supervisor.setText(row.supervisor_name)
        self.capacity.setValue(row.supervision_capacity)
        self.street.setText(row.street)
        self.postcode.setText(row.postcode)
        self.area.setText(row.area)
        self.notes.setPlainText(row.notes)

    def build_input(self) -> needs.NeedInput:
        return needs.NeedInput(
            association_id=combo_id(self.association),
            round_id=self.survey.currentData(),
            tasks=self.tasks.toPlainText(),
            hours=self.hours.text(),
            start_date=self.start_date.value(),
            end_date=self.end_date.value(),
            skills=self.skills.toPlainText(),
            supervisor_name=self.supervisor.text(),
            supervision_capacity=str(self.capacity.value()),
            street=self.street.text(),
            postcode=self.postcode.text(),
            area=self.area.text(),
            suits_partial_ability=self.suits_partial.isChecked(),
            contact_name=self.contact_name.text(),
            contact_phone=self.contact_phone.text(),
            contact_email=self.contact_email.text(),
            answered_on=self.answered_on.value(),
            notes=self.notes.toPlainText(),
        )

    def submit(self, data: needs.NeedInput) -> needs.NeedRow:
        if self.record_id is None:
            return needs.add_need(data)
        return needs.update_need(self.record_id, data)


class RoundForm(FormDialog):
    """A round of the recruitment-needs survey (the year's survey of the associations): the
    need form then files each association's answer under it."""

    help_page = "rekrytointi.html#tarve"  # F1: its page in the user guide
    kind = "survey_round"
    new_title = QT_TRANSLATE_NOOP("Forms", "Uusi kartoituskierros")
    edit_title = QT_TRANSLATE_NOOP("Forms", "Muokkaa kartoituskierrosta")

    def __init__(
        self, ctx: UiContext, record_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        from datetime import date

        super().__init__(ctx, record_id, parent)
        form = self.group(self.tr("Kartoituskierros"), 0, 0)
        self.year = self.line(4)
        self.year.setText(str(date.today().year))
        self.add_field(
            form,
            "year",
            self.tr("&Vuosi"),
            self.year,
            lambda: None if self.year.text().strip().isdigit() else self.tr("Anna vuosi."),
            required=True,
        )
        self.title_edit = self.line()
        self.title_edit.setPlaceholderText(self.tr("Rekrytointitarvekartoitus (vuosi)"))
        self.add_field(form, "title", self.tr("&Nimi"), self.title_edit)
        self.opened_on = DateField(self)
        self.opened_on.set_value(date.today())
        self.add_field(form, "opened_on", self.tr("&Alkaa"), self.opened_on, required=True)
        self.closes_on = DateField(self, optional=True)
        self.add_field(form, "closes_on", self.tr("Vastattava &viimeistään"), self.closes_on)
        self.notes = _notes(self, 3)
        self.add_field(form, "notes", self.tr("M&uistiinpanot"), self.notes)
        if record_id is not None:
            row = needs.get_round(record_id)
            self.year.setText(str(row.year))
            self.title_edit.setText(row.title)
            self.opened_on.set_value(row.opened_on)
            self.closes_on.set_value(row.closes_on)
            self.notes.setPlainText(row.notes)
        self.finish_building()
        self.year.setFocus()

    def build_input(self) -> needs.RoundInput:
        return needs.RoundInput(
            year=self.year.text(),
            opened_on=self.opened_on.value(),
            closes_on=self.closes_on.value(),
            title=self.title_edit.text(),
            notes=self.notes.toPlainText(),
        )

    def submit(self, data: needs.RoundInput) -> needs.RoundRow:
        if self.record_id is None:
            return needs.create_round(data)
        return needs.update_round(self.record_id, data)


class SeekerForm(FormDialog):
    """A person marked as seeking work. The restrictions are sensitive: shown here and in the
    person's match list only."""

    help_page = "rekrytointi.html#tyonhakija"  # F1: its page in the user guide
    kind = SEEKER
    new_title = QT_TRANSLATE_NOOP("Forms", "Uusi työnhakija")
    edit_title = QT_TRANSLATE_NOOP("Forms", "Muokkaa työnhakijaa")

    def __init__(
        self, ctx: UiContext, record_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        """`record_id` is the person's id (one seeker record per person)."""
        super().__init__(ctx, record_id, parent)
        row = seekers.get_seeker(record_id) if record_id is not None else None
        form = self.group(self.tr("Työnhakija"), 0, 0)
        items = [(p.full_name, p.id) for p in people.list_people()]
        self.person = searchable_combo(self, items)
        self.add_field(
            form,
            "person_id",
            self.tr("&Henkilö"),
            self.person,
            lambda: None if combo_id(self.person) else self.tr("Valitse henkilö."),
            required=True,
        )
        self.hours_min, self.hours_max = HoursEdit(self), HoursEdit(self)
        self.hours_min.setText("18")
        self.hours_max.setText("40")
        self.add_field(
            form,
            "hours_min",
            self.tr("Tunteja vähintään/vko"),
            self.hours_min,
            lambda: check_text(v.validate_hours, self.hours_min.text()),
            required=True,
        )
        self.add_field(
            form,
            "hours_max",
            self.tr("Tunteja enintään/vko"),
            self.hours_max,
            lambda: check_text(v.validate_hours, self.hours_max.text()),
            required=True,
        )
        self.available_from = DateField(self, optional=True)
        self.add_field(
            form, "available_from", self.tr("&Käytettävissä alkaen"), self.available_from
        )
        self.area = self.line(60)
        self.add_field(form, "area", self.tr("A&lue"), self.area)
        self.active = QCheckBox(self.tr("Hakee &työtä"), self)
        self.active.setChecked(True)
        self.add_field(form, "active", "", self.active)
        texts = self.group(self.tr("Osaaminen ja rajoitukset"), 0, 1)
        self.skills, self.interests = _notes(self, 2), _notes(self, 2)
        self.restrictions, self.notes = _notes(self, 2), _notes(self, 2)
        self.add_field(texts, "skills", self.tr("&Osaaminen"), self.skills)
        self.add_field(texts, "interests", self.tr("K&iinnostukset"), self.interests)
        self.add_field(texts, "restrictions", self.tr("&Rajoitukset (arkaluonteinen)"),
                       self.restrictions)  # fmt: skip
        self.add_field(texts, "notes", self.tr("M&uistiinpanot"), self.notes)
        if row is not None:
            self.load(row)
        self.resize(900, 460)
        self.finish_building()

    def load(self, row: seekers.SeekerRow) -> None:
        self.person.setCurrentIndex(max(0, self.person.findData(row.person_id)))
        self.person.setEnabled(False)  # one seeker record per person
        self.hours_min.setText(_hours_text(row.hours_min))
        self.hours_max.setText(_hours_text(row.hours_max))
        self.available_from.set_value(row.available_from)
        self.area.setText(row.area)
        self.active.setChecked(row.active)
        self.skills.setPlainText(row.skills)
        self.interests.setPlainText(row.interests)
        self.restrictions.setPlainText(row.restrictions or "")
        self.notes.setPlainText(row.notes)

    def build_input(self) -> seekers.SeekerInput:
        return seekers.SeekerInput(
            person_id=combo_id(self.person),
            interests=self.interests.toPlainText(),
            skills=self.skills.toPlainText(),
            hours_min=self.hours_min.text(),
            hours_max=self.hours_max.text(),
            restrictions=self.restrictions.toPlainText(),
            available_from=self.available_from.value(),
            area=self.area.text(),
            active=self.active.isChecked(),
            notes=self.notes.toPlainText(),
        )

    def submit(self, data: seekers.SeekerInput) -> Any:
        row = seekers.save_seeker(data)
        return _SavedSeeker(row.person_id)


class _SavedSeeker:
    """The saved seeker as the form reports it: keyed by the person's id (the list's id)."""

    def __init__(self, person_id: int) -> None:
        self.id = person_id


class MatchDialog(QDialog):
    """The ranked seekers of a need (`need_id`) or needs of a seeker (`person_id`), with the
    reasons of each rank; "Tee työsuhde" opens the new-placement form pre-filled."""

    help_page = "rekrytointi.html#yhteensovitus"  # F1: its page in the user guide

    def __init__(
        self,
        ctx: UiContext,
        *,
        need_id: int | None = None,
        person_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.need_id, self.person_id = ctx, need_id, person_id
        self.created_placement: Any = None
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        columns = specs.SEEKER_MATCHES if need_id is not None else specs.NEED_MATCHES
        self.model = RowTableModel(columns, self)
        self.view = RecordTableView(self)
        self.view.setModel(self.model)
        self.view.apply_default_widths(self.model)
        self.view.horizontalHeader().setStretchLastSection(True)  # the reasons
        self.view.open_requested.connect(lambda _row: self.make_placement())
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._selected())
        self.reasons = QLabel(self)
        self.reasons.setObjectName("reasons")
        self.reasons.setWordWrap(True)
        self.reasons.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QDialogButtonBox(self)
        self.make_button: QPushButton = buttons.addButton(
            self.tr("Tee &työsuhde…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.make_button.setEnabled(False)
        self.make_button.clicked.connect(self.make_placement)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.reasons)
        layout.addWidget(buttons)
        self.resize(1100, 560)
        self.load()

    def load(self) -> None:
        today = self.ctx.today()
        if self.need_id is not None:
            need = needs.get_need(self.need_id)
            self.need = need
            self.setWindowTitle(self.tr("Sopivat työnhakijat"))
            self.heading.setText(
                self.tr("%1: %2, %3 h/vko. Parhaat 50 työnhakijaa pisteiden mukaan.")
                .replace("%1", need.association_name)
                .replace("%2", need.tasks_line)
                .replace("%3", _hours_text(need.hours_per_week))
            )
            rows = matching.match_need(self.need_id, today=today)
        else:
            assert self.person_id is not None
            seeker = seekers.get_seeker(self.person_id, today)
            self.setWindowTitle(self.tr("Sopivat työt"))
            text = (
                self.tr("%1, toive %2 h/vko. Avoimet tarpeet pisteiden mukaan.")
                .replace("%1", seeker.person_name)
                .replace("%2", seeker.hours_range)
            )
            if seeker.restrictions:
                text += "\n" + self.tr("Rajoitukset: %1").replace("%1", seeker.restrictions)
            self.heading.setText(text)
            rows = matching.match_person(self.person_id, today=today)
        self.model.set_rows(rows)
        if rows:
            self.view.selectRow(0)

    def current(self) -> Any:
        index = self.view.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _selected(self) -> None:
        row = self.current()
        self.make_button.setEnabled(row is not None)
        self.reasons.setText(row.reasons if row is not None else "")

    def make_placement(self) -> Any:
        """The new-placement form with the person, the employer (the ring's lead for a ring
        need), the tasks, hours, start and supervisor of the need; saving fills the need."""
        row = self.current()
        if row is None:
            return None
        need = needs.get_need(row.need_id)
        association_id, hours, ring_id = need.association_id, need.hours_per_week, None
        if need.ring_id is not None:
            from kemidesk.services.rings import get_ring

            ring = get_ring(need.ring_id)
            association_id, hours, ring_id = ring.lead_id, ring.total_hours, ring.id
        form = PlacementForm(
            self.ctx, None, self, person_id=row.person_id, association_id=association_id
        )
        form.job_title.setText(need.tasks_line[:200])
        form.hours.setText(_hours_text(hours))
        if need.start_date is not None:
            form.start_date.set_value(max(need.start_date, self.ctx.today()))
        form.end_date.set_value(need.end_date)
        form.supervisor.setText(need.supervisor_name)
        if ring_id is not None:
            form.ring_choice.setCurrentIndex(max(0, form.ring_choice.findData(ring_id)))
        form.finish_building()
        form.accepted.connect(lambda: self._placement_saved(form, need.id))
        form.open()
        return form

    def _placement_saved(self, form: PlacementForm, need_id: int) -> None:
        """The placement fills the need (its list shows it as täytetty)."""
        if form.result_row is None:
            return
        try:
            needs.link_placement(need_id, form.result_row.id)
        except DomainError as exc:
            messages.warn(self, messages.not_allowed_title(), error_text(exc))
        self.ctx.notify(NEED, need_id)
        self.created_placement = form.result_row
        self.load()
