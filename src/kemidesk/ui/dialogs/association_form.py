"""The association (employer) form."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QCheckBox, QComboBox, QPlainTextEdit, QWidget

from kemidesk.domain import validation as v
from kemidesk.domain.types import EmployerType
from kemidesk.services import associations as service
from kemidesk.ui.context import ASSOCIATION, UiContext
from kemidesk.ui.dialogs.form import FormDialog
from kemidesk.ui.errors import check_text
from kemidesk.ui.labels import enum_label


def _optional(validator: Any) -> Any:
    """The service accepts an empty postcode and IBAN; the validators alone do not."""
    return lambda text: validator(text) if text.strip() else ""


class AssociationForm(FormDialog):
    help_page = "avustuspolku.html#yhdistys"  # F1: its page in the user guide
    kind = ASSOCIATION
    new_title = QT_TRANSLATE_NOOP("Forms", "Uusi yhdistys")
    edit_title = QT_TRANSLATE_NOOP("Forms", "Muokkaa yhdistystä")

    def __init__(
        self, ctx: UiContext, record_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, record_id, parent)
        self._build_basic()
        self._build_contact()
        self._build_payment_and_supervision()
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.fontMetrics().height() * 4)
        notes_form = self.group(self.tr("Lisätiedot"), 2, 0, column_span=2)
        self.add_field(notes_form, "notes", self.tr("M&uistiinpanot"), self.notes)
        if record_id is not None:
            self.load(service.get_association(record_id))
        self.resize(900, 560)
        self.finish_building()
        self.name.setFocus()

    def _build_basic(self) -> None:
        form = self.group(self.tr("Perustiedot"), 0, 0)
        self.name = self.line()
        self.employer_type = QComboBox(self)
        for member in EmployerType:
            self.employer_type.addItem(enum_label(member), member)
        self.business_id = self.line(20)
        self.business_id.setPlaceholderText(self.tr("esim. %1").replace("%1", "1234567-1"))
        self.association_number = self.line(20)
        self.association_number.setPlaceholderText(self.tr("esim. %1").replace("%1", "123.456"))
        self.business_activity = QCheckBox(self.tr("Harjoittaa elinkeinotoimintaa (&de minimis)"))
        self._text_field(
            form,
            "name",
            self.tr("&Nimi"),
            self.name,
            lambda t: v.validate_required(t, self.tr("Nimi")),
            required=True,
        )
        self.add_field(form, "employer_type", self.tr("Tyy&ppi"), self.employer_type)
        self._text_field(
            form,
            "business_id",
            self.tr("&Y-tunnus"),
            self.business_id,
            v.validate_business_id,
            required=True,
        )
        self._text_field(
            form,
            "association_number",
            self.tr("&Rekisterinumero"),
            self.association_number,
            v.validate_association_number,
        )
        self.add_field(form, "business_activity", "", self.business_activity)

    def _build_contact(self) -> None:
        form = self.group(self.tr("Yhteystiedot"), 0, 1)
        self.street, self.postcode, self.city = self.line(), self.line(5), self.line(60)
        self.contact_name, self.contact_phone = self.line(), self.line(30)
        self.contact_email = self.line()
        self.city.setText("Kemi")
        self.add_field(form, "street", self.tr("&Katuosoite"), self.street)
        self._text_field(
            form, "postcode", self.tr("P&ostinumero"), self.postcode, _optional(v.validate_postcode)
        )
        self.add_field(form, "city", self.tr("Postitoimipaikk&a"), self.city)
        self.add_field(form, "contact_name", self.tr("Yhteys&henkilö"), self.contact_name)
        self._text_field(
            form, "contact_phone", self.tr("Puh&elin"), self.contact_phone, v.validate_phone
        )
        self._text_field(
            form, "contact_email", self.tr("&Sähköposti"), self.contact_email, v.validate_email
        )

    def _build_payment_and_supervision(self) -> None:
        form = self.group(self.tr("Tilitiedot ja ohjaus"), 1, 0)
        self.iban, self.bic, self.supervisor_name = self.line(40), self.line(11), self.line()
        self.iban.setPlaceholderText(self.tr("esim. %1").replace("%1", "FI21 1234 5600 0007 85"))
        self.supervision_competence = QCheckBox(self.tr("Ohjausosaa&minen on"), self)
        self.supervision_competence.setChecked(True)
        self._text_field(form, "iban", self.tr("&IBAN"), self.iban, _optional(v.validate_iban))
        self._text_field(form, "bic", self.tr("&BIC"), self.bic, v.validate_bic)
        self.add_field(form, "supervisor_name", self.tr("Oh&jaaja"), self.supervisor_name)
        self.add_field(form, "supervision_competence", "", self.supervision_competence)

    def _text_field(
        self, form: Any, name: str, label: str, edit: Any, validator: Any, required: bool = False
    ) -> None:
        self.add_field(
            form, name, label, edit, lambda: check_text(validator, edit.text()), required
        )

    def load(self, row: service.AssociationRow) -> None:
        self.name.setText(row.name)
        self.employer_type.setCurrentIndex(self.employer_type.findData(row.employer_type))
        self.business_id.setText(row.business_id)
        self.association_number.setText(row.association_number)
        self.business_activity.setChecked(row.business_activity)
        self.street.setText(row.street)
        self.postcode.setText(row.postcode)
        self.city.setText(row.city)
        self.iban.setText(v.format_iban(row.iban) if row.iban else "")
        self.bic.setText(row.bic)
        self.contact_name.setText(row.contact_name)
        self.contact_phone.setText(row.contact_phone)
        self.contact_email.setText(row.contact_email)
        self.supervisor_name.setText(row.supervisor_name)
        self.supervision_competence.setChecked(row.supervision_competence)
        self.notes.setPlainText(row.notes)

    def build_input(self) -> service.AssociationInput:
        return service.AssociationInput(
            name=self.name.text(),
            business_id=self.business_id.text(),
            employer_type=self.employer_type.currentData(),
            association_number=self.association_number.text(),
            business_activity=self.business_activity.isChecked(),
            street=self.street.text(),
            postcode=self.postcode.text(),
            city=self.city.text(),
            iban=self.iban.text(),
            bic=self.bic.text(),
            contact_name=self.contact_name.text(),
            contact_phone=self.contact_phone.text(),
            contact_email=self.contact_email.text(),
            supervisor_name=self.supervisor_name.text(),
            supervision_competence=self.supervision_competence.isChecked(),
            notes=self.notes.toPlainText(),
        )

    def submit(self, data: service.AssociationInput) -> service.AssociationRow:
        if self.record_id is None:
            return service.create_association(data)
        return service.update_association(self.record_id, data)
