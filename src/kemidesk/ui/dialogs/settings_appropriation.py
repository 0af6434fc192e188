"""Asetukset → Määrärahat: the yearly appropriation, and what is decided, paid and left."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kemidesk.domain import validation as v
from kemidesk.domain.errors import DomainError, FieldErrors
from kemidesk.domain.money import format_money
from kemidesk.services import settings as service
from kemidesk.services.settings import appropriation_notes
from kemidesk.ui import messages
from kemidesk.ui.context import UiContext
from kemidesk.ui.dialogs.form import ERROR_STYLE
from kemidesk.ui.errors import check_text, error_text, field_texts
from kemidesk.ui.models.columns import Column, money_col, number_col, text_col
from kemidesk.ui.widgets.fields import MoneyEdit
from kemidesk.ui.widgets.related_table import RelatedTable

APPROPRIATION = "appropriation"  # bus kind


@dataclass(frozen=True)
class AppropriationLine:
    id: int  # the year
    amount_cents: int
    decided_cents: int
    paid_cents: int
    left_cents: int
    notes: str

    @property
    def year(self) -> int:
        return self.id

    @property
    def used_percent(self) -> str:
        if self.amount_cents <= 0:
            return ""
        return f"{self.decided_cents * 100 / self.amount_cents:.0f} %"


COLUMNS: tuple[Column, ...] = (
    number_col(QT_TRANSLATE_NOOP("Columns", "Vuosi"), "year", 6),
    money_col(QT_TRANSLATE_NOOP("Columns", "Määräraha"), "amount_cents", 13),
    money_col(QT_TRANSLATE_NOOP("Columns", "Päätetty"), "decided_cents", 13),
    money_col(QT_TRANSLATE_NOOP("Columns", "Maksettu"), "paid_cents", 13),
    money_col(QT_TRANSLATE_NOOP("Columns", "Jäljellä"), "left_cents", 13),
    text_col(QT_TRANSLATE_NOOP("Columns", "Päätetty %"), "used_percent", 9),
    text_col(QT_TRANSLATE_NOOP("Columns", "Lisätiedot"), "notes", 36),
)


def appropriation_lines() -> list[AppropriationLine]:
    notes = appropriation_notes()
    return [
        AppropriationLine(
            s.year,
            s.amount_cents,
            s.decided_cents,
            s.paid_cents,
            s.left_cents,
            notes.get(s.year, ""),
        )
        for s in service.list_appropriations()
    ]


class AppropriationPage(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.table = RelatedTable(COLUMNS, self.choose, self)
        self.table.setObjectName("appropriations")
        self.table.view.setToolTip(self.tr("Muokkaa vuoden määrärahaa napsauttamalla"))
        intro = QLabel(
            self.tr(
                "Kemi-lisä ja työllistämisbonus ovat harkinnanvaraisia ja sidottuja vuoden "
                "määrärahaan: päätös ei voi ylittää sitä, mitä määrärahasta on jäljellä. "
                "Päätetty on vuoden päätösten yhteissumma, maksettu vuoden aikana maksetut erät."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self._build_form())
        self.reload()
        self.choose_year(ctx.today().year)

    def _build_form(self) -> QGroupBox:
        box = QGroupBox(self.tr("Vuoden määräraha"), self)
        form = QFormLayout(box)
        self.year = QSpinBox(self)
        self.year.setObjectName("year")
        self.year.setRange(2000, 2100)
        self.year.setGroupSeparatorShown(False)
        self.amount = MoneyEdit(self)
        self.amount.setObjectName("amount")
        self.notes = QLineEdit(self)
        self.notes.setObjectName("notes")
        self.notes.setMaxLength(300)
        self.notes.setPlaceholderText(self.tr("esim. talousarvio 2027, kaupunginvaltuusto"))
        self.amount_error = QLabel(self)
        self.amount_error.setObjectName("error_amount")
        self.amount_error.setStyleSheet(ERROR_STYLE)
        self.amount_error.hide()
        self.status = QLabel(self)
        self.status.setObjectName("year_status")
        self.save_button = QPushButton(self.tr("&Tallenna määräraha"), self)
        self.save_button.setObjectName("save_appropriation")
        self.save_button.clicked.connect(lambda: self.save())
        amount_row = QWidget(self)
        amount_box = QVBoxLayout(amount_row)
        amount_box.setContentsMargins(0, 0, 0, 0)
        amount_box.setSpacing(1)
        amount_box.addWidget(self.amount)
        amount_box.addWidget(self.amount_error)
        for text, widget in (
            (self.tr("&Vuosi"), self.year),
            (self.tr("Mää&räraha"), amount_row),
            (self.tr("&Lisätiedot"), self.notes),
        ):
            label = QLabel(text, self)
            label.setBuddy(self.amount if widget is amount_row else widget)
            form.addRow(label, widget)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.save_button)
        form.addRow(bottom)
        self.year.valueChanged.connect(self.choose_year)
        self.amount.textChanged.connect(self._validate)
        return box

    # ------------------------------------------------------------ behaviour

    def reload(self) -> None:
        self.lines = appropriation_lines()
        self.table.set_rows(self.lines)

    def line_of(self, year: int) -> AppropriationLine | None:
        return next((line for line in self.lines if line.year == year), None)

    def choose(self, line: AppropriationLine) -> None:
        self.choose_year(line.year)

    def choose_year(self, year: int) -> None:
        if self.year.value() != year:
            self.year.blockSignals(True)
            self.year.setValue(year)
            self.year.blockSignals(False)
        line = self.line_of(year)
        self.amount.set_cents(line.amount_cents if line else None)
        self.notes.setText(line.notes if line else "")
        status = service.appropriation_status(year)
        if line is None:
            text = self.tr("Vuodelle %1 ei ole asetettu määrärahaa; päätöksiä %2.").replace(
                "%2", format_money(status.decided_cents)
            )
        else:
            text = (
                self.tr("Vuosi %1: päätetty %2, maksettu %3, jäljellä %4.")
                .replace("%2", format_money(status.decided_cents))
                .replace("%3", format_money(status.paid_cents))
                .replace("%4", format_money(status.left_cents))
            )
        self.status.setText(text.replace("%1", str(year)))
        self._validate()

    def _validate(self) -> bool:
        text = self.amount.text()
        message = check_text(v.validate_money, text) if text.strip() else None
        if not text.strip():
            message = self.tr("Anna määräraha euroina.")
        self.amount_error.setText(message or "")
        self.amount_error.setVisible(bool(message) and bool(text.strip()))
        self.save_button.setEnabled(not message)
        return not message

    def save(self) -> bool:
        if not self._validate():
            return False
        year = self.year.value()
        try:
            service.set_appropriation(year, self.amount.text(), self.notes.text().strip())
        except FieldErrors as exc:
            self.amount_error.setText(" ".join(field_texts(exc).values()))
            self.amount_error.show()
            return False
        except DomainError as exc:
            messages.warn(self, messages.not_allowed_title(), error_text(exc))
            return False
        self.reload()
        self.choose_year(year)
        self.ctx.notify(APPROPRIATION, year)
        return True
