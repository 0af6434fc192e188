"""Asetukset → Kirjelomake: the letterhead and the defaults printed on decisions."""

from __future__ import annotations

from dataclasses import fields
from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kemidesk.domain import validation as v
from kemidesk.domain.errors import DomainError
from kemidesk.services import settings as service
from kemidesk.services.settings import OfficeSettings
from kemidesk.ui import messages
from kemidesk.ui.context import UiContext
from kemidesk.ui.dialogs.form import ERROR_STYLE
from kemidesk.ui.errors import check_text, error_text

OFFICE = "office"  # bus kind
EMAIL_FIELDS = ("email", "registry_email", "contact_email")
PHONE_FIELDS = ("phone", "contact_phone")


class OfficePage(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.edits: dict[str, QLineEdit | QPlainTextEdit] = {}
        self.errors: dict[str, QLabel] = {}
        intro = QLabel(
            self.tr(
                "Nämä tiedot tulostuvat päätösten, seurantalomakkeiden ja maksulistojen "
                "ylätunnisteeseen sekä oikaisuvaatimusohjeeseen."
            ),
            self,
        )
        intro.setWordWrap(True)
        # The groups scroll inside the page: with the recovery and payment-list groups the
        # page is taller than a 1366 × 768 laptop screen leaves for a dialog.
        groups = QWidget(self)
        grid = QGridLayout(groups)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self._office_group(), 0, 0)
        grid.addWidget(self._registry_group(), 0, 1)
        grid.addWidget(self._decision_group(), 1, 0)
        grid.addWidget(self._contact_group(), 1, 1)
        grid.addWidget(self._recovery_group(), 2, 0)
        grid.addWidget(self._payments_group(), 2, 1)
        self.status = QLabel(self)
        self.status.setObjectName("office_status")
        self.save_button = QPushButton(self.tr("&Tallenna kirjelomake"), self)
        self.save_button.setObjectName("save_office")
        self.save_button.clicked.connect(lambda: self.save())
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.save_button)
        scroll = QScrollArea(self)
        scroll.setObjectName("office_groups")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(groups)
        grid.setVerticalSpacing(4)  # the whole page fits a 1366 × 768 screen
        layout = QVBoxLayout(self)
        layout.setSpacing(4)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addLayout(bottom)
        self.load(service.get_office_settings())

    # ------------------------------------------------------------ building

    def _group(self, title: str) -> QFormLayout:
        box = QGroupBox(title, self)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._last_box = box
        return form

    def _field(
        self,
        form: QFormLayout,
        name: str,
        label: str,
        edit: QLineEdit | QPlainTextEdit | None = None,
    ) -> QLineEdit | QPlainTextEdit:
        widget = edit or QLineEdit(self)
        widget.setObjectName(name)
        if isinstance(widget, QLineEdit):
            widget.setMaxLength(200)
            widget.textChanged.connect(self._validate)
        else:
            widget.textChanged.connect(self._validate)
        error = QLabel(self)
        error.setObjectName(f"error_{name}")
        error.setStyleSheet(ERROR_STYLE)
        error.hide()
        holder = QWidget(self)
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(1)
        box.addWidget(widget)
        box.addWidget(error)
        caption = QLabel(label, self)
        caption.setBuddy(widget)
        form.addRow(caption, holder)
        self.edits[name] = widget
        self.errors[name] = error
        return widget

    def _office_group(self) -> QGroupBox:
        form = self._group(self.tr("Toimisto"))
        self._field(form, "organisation", self.tr("Or&ganisaatio"))
        self._field(form, "unit", self.tr("&Yksikkö"))
        self._field(form, "street", self.tr("Kat&uosoite"))
        self._field(form, "postcode_city", self.tr("&Postinumero ja -toimipaikka"))
        self._field(form, "phone", self.tr("Pu&helin"))
        self._field(form, "email", self.tr("&Sähköposti"))
        self.logo = QLineEdit(self)
        self.logo.setPlaceholderText(self.tr("PNG- tai JPEG-kuva, ei pakollinen"))
        choose = QPushButton(self.tr("&Valitse…"), self)
        choose.setObjectName("choose_logo")
        choose.clicked.connect(lambda: self.choose_logo())
        row = QWidget(self)
        row_box = QHBoxLayout(row)
        row_box.setContentsMargins(0, 0, 0, 0)
        row_box.addWidget(self.logo, 1)
        row_box.addWidget(choose)
        self._field(form, "logo_path", self.tr("&Logo"), self.logo)
        holder = self.errors["logo_path"].parentWidget()
        holder_box = holder.layout()
        assert isinstance(holder_box, QVBoxLayout)
        holder_box.insertWidget(0, row)
        row_box.insertWidget(0, self.logo, 1)  # the path before its button
        return self._last_box

    def _registry_group(self) -> QGroupBox:
        form = self._group(self.tr("Kirjaamo ja oikaisuvaatimukset"))
        self._field(form, "registry_name", self.tr("&Kirjaamo"))
        address = QPlainTextEdit(self)
        address.setTabChangesFocus(True)
        address.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        address.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._field(form, "registry_address", self.tr("Kirjaamon osoit&e"), address)
        self._field(form, "registry_email", self.tr("Kirjaamon sähk&öposti"))
        hours = self._field(form, "registry_hours", self.tr("Kir&jaamon aukioloaika"))
        assert isinstance(hours, QLineEdit)
        hours.setPlaceholderText(self.tr("esim. ma–pe klo 9.00–15.00 (pakollinen)"))
        review = self._field(
            form, "review_body", self.tr("Oikaisuvaatimuksen käsittelevä toi&mielin")
        )
        assert isinstance(review, QLineEdit)
        review.setPlaceholderText(self.tr("esim. Kemin kaupungin elinvoimalautakunta (pakollinen)"))
        review.setToolTip(
            self.tr(
                "Kuntalaki 134 §: viranhaltijan päätöksestä oikaisuvaatimus tehdään "
                "toimielimelle, jonka alainen viranhaltija on – ei päätöksen tehneelle "
                "viranhaltijalle."
            )
        )
        return self._last_box

    def _decision_group(self) -> QGroupBox:
        form = self._group(self.tr("Päätökset"))
        self._field(form, "decision_maker_name", self.tr("P&äätöksentekijä"))
        self._field(form, "decision_maker_title", self.tr("Vi&rkanimike"))
        self._field(form, "signing_place", self.tr("&Allekirjoituspaikka"))
        delegation = self._field(form, "delegation", self.tr("Toimivalta (&delegointipäätös)"))
        assert isinstance(delegation, QLineEdit)
        delegation.setPlaceholderText(self.tr("esim. Hallintosääntö 45 § (pakollinen)"))
        delegation.setToolTip(
            self.tr("Säännös tai delegointipäätös, jonka nojalla viranhaltija päättää asiasta.")
        )
        return self._last_box

    def _recovery_group(self) -> QGroupBox:
        form = self._group(self.tr("Takaisinperintä"))
        iban = self._field(form, "recovery_iban", self.tr("Kaupungin tili (I&BAN)"))
        assert isinstance(iban, QLineEdit)
        iban.setPlaceholderText(self.tr("pakollinen takaisinperintäpäätöksessä"))
        interest = QPlainTextEdit(self)
        interest.setTabChangesFocus(True)
        interest.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        interest.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        interest.setToolTip(self.tr("Korkoehto lähteineen; tulostuu takaisinperintäpäätökseen."))
        self._field(form, "recovery_interest", self.tr("Korkoehto"), interest)
        self._field(form, "hearing_days", self.tr("Kuulemisen vastausaika (pv)"))
        return self._last_box

    def _contact_group(self) -> QGroupBox:
        form = self._group(self.tr("Lisätietojen antaja"))
        self._field(form, "contact_name", self.tr("&Nimi"))
        self._field(form, "contact_phone", self.tr("Puhel&in"))
        self._field(form, "contact_email", self.tr("Sähköp&osti"))
        return self._last_box

    def _payments_group(self) -> QGroupBox:
        form = self._group(self.tr("Maksuluettelot"))
        # no Alt+letter: every letter of the label is taken on this page
        edit = self._field(form, "payment_list_preparer", self.tr("Maksuluettelon laatija"))
        edit.setPlaceholderText(self.tr("Nimi; tyhjä: laatija kirjoittaa nimensä käsin"))
        return self._last_box

    # ------------------------------------------------------------ behaviour

    def load(self, office: OfficeSettings) -> None:
        for f in fields(OfficeSettings):
            edit = self.edits[f.name]
            value = getattr(office, f.name)
            if isinstance(edit, QPlainTextEdit):
                edit.setPlainText(value)
            else:
                edit.setText(value)
        self.saved = self.values()
        self._validate()

    def values(self) -> dict[str, str]:
        return {
            name: (edit.toPlainText() if isinstance(edit, QPlainTextEdit) else edit.text()).strip()
            for name, edit in self.edits.items()
        }

    def is_dirty(self) -> bool:
        return self.values() != self.saved

    def problems(self) -> dict[str, str]:
        values = self.values()
        found: dict[str, str] = {}
        for name in EMAIL_FIELDS:
            message = check_text(v.validate_email, values[name]) if values[name] else None
            if message:
                found[name] = message
        for name in PHONE_FIELDS:
            message = check_text(v.validate_phone, values[name]) if values[name] else None
            if message:
                found[name] = message
        if values["recovery_iban"]:
            message = check_text(v.validate_iban, values["recovery_iban"])
            if message:
                found["recovery_iban"] = message
        days = values["hearing_days"]
        if not (days.isascii() and days.isdigit() and 1 <= int(days) <= 90):
            found["hearing_days"] = self.tr("Anna vastausaika päivinä (1–90).")
        if not values["organisation"]:
            found["organisation"] = self.tr("Anna organisaation nimi.")
        logo = values["logo_path"]
        if logo and not Path(logo).is_file():
            found["logo_path"] = self.tr("Kuvatiedostoa ei löydy.")
        return found

    def _validate(self) -> bool:
        found = self.problems()
        for name, label in self.errors.items():
            label.setText(found.get(name, ""))
            label.setVisible(name in found)
        self.save_button.setEnabled(not found)
        if hasattr(self, "saved"):
            self.status.setText(self.tr("Tallentamattomia muutoksia.") if self.is_dirty() else "")
        return not found

    def choose_logo(self) -> str | None:
        start = self.logo.text() or str(Path.home())
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Valitse logo"), start, self.tr("Kuvat (*.png *.jpg *.jpeg)")
        )
        if not path:
            return None
        self.logo.setText(path)
        return path

    def save(self) -> bool:
        if not self._validate():
            return False
        try:
            saved = service.save_office_settings(OfficeSettings(**self.values()))
        except DomainError as exc:
            messages.warn(self, messages.not_allowed_title(), error_text(exc))
            return False
        self.load(saved)
        self.status.setText(self.tr("Kirjelomake tallennettu."))
        self.ctx.notify(OFFICE, 0)
        return True
