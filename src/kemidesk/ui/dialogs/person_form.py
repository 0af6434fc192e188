"""The employee (person) form. The HETU is never loaded into the edit form: it stays stored
unless the user chooses to replace it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from kemidesk.domain import validation as v
from kemidesk.services import people as service
from kemidesk.ui.context import PERSON, UiContext
from kemidesk.ui.dialogs.form import FormDialog
from kemidesk.ui.errors import check_text
from kemidesk.ui.widgets.date_edit import DateField


class PersonForm(FormDialog):
    help_page = "avustuspolku.html#henkilo"  # F1: its page in the user guide
    kind = PERSON
    new_title = QT_TRANSLATE_NOOP("Forms", "Uusi työllistetty")
    edit_title = QT_TRANSLATE_NOOP("Forms", "Muokkaa työllistettyä")

    def __init__(
        self, ctx: UiContext, record_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, record_id, parent)
        self.replace_hetu = record_id is None
        self._build_identity()
        self._build_eligibility()
        self._build_contact()
        if record_id is not None:
            self.load(service.get_person(record_id))
        self._partial_toggled(self.partial.isChecked())
        self.resize(860, 520)
        self.finish_building()
        self.first_name.setFocus()

    def _text(
        self,
        form: Any,
        name: str,
        label: str,
        edit: QLineEdit,
        validator: Any,
        required: bool = False,
    ) -> None:
        self.add_field(
            form, name, label, edit, lambda: check_text(validator, edit.text()), required
        )

    def _build_identity(self) -> None:
        form = self.group(self.tr("Henkilötiedot"), 0, 0)
        self.first_name, self.last_name, self.hetu = self.line(), self.line(), self.line(11)
        self.hetu.setPlaceholderText(self.tr("esim. %1").replace("%1", "010190-900P"))
        self.birth_date = DateField(self, optional=True)
        self._text(
            form,
            "first_name",
            self.tr("&Etunimi"),
            self.first_name,
            lambda t: v.validate_required(t, self.tr("Etunimi")),
            required=True,
        )
        self._text(
            form,
            "last_name",
            self.tr("&Sukunimi"),
            self.last_name,
            lambda t: v.validate_required(t, self.tr("Sukunimi")),
            required=True,
        )
        hetu_field = self.add_field(
            form, "hetu", self.tr("&Henkilötunnus"), self.hetu, self._hetu_error
        )
        self.change_hetu = QPushButton(self.tr("&Vaihda…"), self)
        self.change_hetu.setAutoDefault(False)
        self.change_hetu.clicked.connect(self._start_replacing_hetu)
        row = QHBoxLayout()
        holder = hetu_field.widget.parentWidget().layout()
        holder.removeWidget(self.hetu)
        row.addWidget(self.hetu, 1)
        row.addWidget(self.change_hetu)
        holder.insertLayout(0, row)
        self.change_hetu.setVisible(self.record_id is not None)
        self.add_field(form, "birth_date", self.tr("S&yntymäaika"), self.birth_date)
        self.hetu.textChanged.connect(self._hetu_typed)

    def _build_eligibility(self) -> None:
        form = self.group(self.tr("Kohderyhmä"), 1, 0)
        self.kemi_resident = QCheckBox(self.tr("&Kemiläinen"), self)
        self.kemi_resident.setChecked(True)
        self.tmt_days = self.line(5)
        self.partial = QCheckBox(self.tr("&Osatyökykyinen"), self)
        self.work_ability_note = QPlainTextEdit(self)
        self.work_ability_note.setTabChangesFocus(True)
        self.work_ability_note.setFixedHeight(self.fontMetrics().height() * 3 + 12)
        self.work_ability_note.setToolTip(self.tr("Terveystieto: kirjaa vain välttämätön."))
        self.add_field(form, "kemi_resident", "", self.kemi_resident)
        self._text(
            form, "tmt_days", self.tr("Ty&ömarkkinatukipäiviä"), self.tmt_days, v.validate_tmt_days
        )
        self.add_field(form, "partial_work_ability", "", self.partial)
        self.add_field(
            form, "work_ability_note", self.tr("Työkyvyn &rajoitteet"), self.work_ability_note
        )
        self.partial.toggled.connect(self._partial_toggled)

    def _build_contact(self) -> None:
        form = self.group(self.tr("Yhteystiedot"), 0, 1, row_span=2)
        self.phone, self.email = self.line(30), self.line()
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)
        self._text(form, "phone", self.tr("&Puhelin"), self.phone, v.validate_phone)
        self._text(form, "email", self.tr("S&ähköposti"), self.email, v.validate_email)
        self.add_field(form, "notes", self.tr("M&uistiinpanot"), self.notes)

    # ------------------------------------------------------------ behaviour

    def _start_replacing_hetu(self) -> None:
        self.replace_hetu = True
        self.hetu.setReadOnly(False)
        self.hetu.clear()
        self.hetu.setPlaceholderText(self.tr("tyhjä poistaa henkilötunnuksen"))
        self.change_hetu.setEnabled(False)
        self.hetu.setFocus()

    def _hetu_error(self) -> str | None:
        if not self.replace_hetu:  # the stored HETU is kept as it is
            return None
        return check_text(v.validate_hetu, self.hetu.text())

    def _hetu_typed(self, text: str) -> None:
        valid = text.strip() and check_text(v.validate_hetu, text) is None
        if self.replace_hetu and valid and self.birth_date.value() is None:
            self.birth_date.set_value(v.hetu_birth_date(text))

    def _partial_toggled(self, checked: bool) -> None:
        self.work_ability_note.setEnabled(checked)

    def cross_checks(self) -> dict[str, str]:
        text = self.hetu.text()
        if not self.replace_hetu or not text.strip() or check_text(v.validate_hetu, text):
            return {}
        birth = self.birth_date.value()
        if birth is not None and birth != v.hetu_birth_date(text):
            return {"birth_date": self.tr("Syntymäaika ei vastaa henkilötunnusta.")}
        return {}

    def load(self, row: service.PersonRow) -> None:
        self.first_name.setText(row.first_name)
        self.last_name.setText(row.last_name)
        self.hetu.setText(row.hetu_masked)
        self.hetu.setReadOnly(True)
        self.birth_date.set_value(row.birth_date)
        self.kemi_resident.setChecked(row.kemi_resident)
        self.tmt_days.setText("" if row.tmt_days is None else str(row.tmt_days))
        self.partial.setChecked(row.partial_work_ability)
        if row.partial_work_ability:  # a read of health data: audited by the service
            self.work_ability_note.setPlainText(service.work_ability_note(row.id))
        self.phone.setText(row.phone)
        self.email.setText(row.email)
        self.notes.setPlainText(row.notes)

    def build_input(self) -> service.PersonInput:
        partial = self.partial.isChecked()
        return service.PersonInput(
            first_name=self.first_name.text(),
            last_name=self.last_name.text(),
            hetu=self.hetu.text() if self.replace_hetu else None,
            birth_date=self.birth_date.value(),
            kemi_resident=self.kemi_resident.isChecked(),
            tmt_days=self.tmt_days.text(),
            partial_work_ability=partial,
            work_ability_note=self.work_ability_note.toPlainText() if partial else "",
            phone=self.phone.text(),
            email=self.email.text(),
            notes=self.notes.toPlainText(),
        )

    def submit(self, data: service.PersonInput) -> service.PersonRow:
        if self.record_id is None:
            return service.create_person(data)
        return service.update_person(self.record_id, data)
