"""Date fields shown as 28.11.2026 with a calendar pop-up; optional ones can be emptied."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QToolButton, QWidget

DISPLAY_FORMAT = "d.M.yyyy"
_NO_DATE = QDate(1900, 1, 1)  # the minimum date stands for "no date" (shown as special text)


class DateEdit(QDateEdit):
    """QDateEdit with the Finnish format, a calendar pop-up and an optional empty state."""

    value_changed = Signal()

    def __init__(self, parent: QWidget | None = None, optional: bool = False) -> None:
        super().__init__(parent)
        self.optional = optional
        self.setDisplayFormat(DISPLAY_FORMAT)
        self.setCalendarPopup(True)
        self.setMaximumDate(QDate(2100, 12, 31))
        if optional:
            self.setMinimumDate(_NO_DATE)
            self.setSpecialValueText(self.tr("ei päivää"))
            self.setDate(_NO_DATE)
            self.calendarWidget().installEventFilter(self)
        else:
            self.setMinimumDate(QDate(1900, 1, 2))
            self.setDate(QDate.currentDate())
        self.dateChanged.connect(lambda _d: self.value_changed.emit())

    def value(self) -> date | None:
        if self.optional and self.date() == _NO_DATE:
            return None
        return self.date().toPython()  # type: ignore[no-any-return]

    def set_value(self, value: date | None) -> None:
        if value is None:
            self.setDate(_NO_DATE if self.optional else QDate.currentDate())
        else:
            self.setDate(QDate(value.year, value.month, value.day))

    def clear_value(self) -> None:
        if self.optional:
            self.setDate(_NO_DATE)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # An empty optional date opens its calendar on today, not on January 1900.
        if event.type() == QEvent.Type.Show and self.value() is None:
            today = QDate.currentDate()
            self.calendarWidget().setCurrentPage(today.year(), today.month())
        return super().eventFilter(watched, event)


class OptionalDateField(QWidget):
    """An optional DateEdit with a button that empties it ("no date")."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = DateEdit(self, optional=True)
        self.clear_button = QToolButton(self)
        self.clear_button.setText("×")
        self.clear_button.setToolTip(self.tr("Tyhjennä päivämäärä"))
        self.clear_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.clear_button.clicked.connect(self.edit.clear_value)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.clear_button)
        self.setFocusProxy(self.edit)
        self.value_changed = self.edit.value_changed

    def value(self) -> date | None:
        return self.edit.value()

    def set_value(self, value: date | None) -> None:
        self.edit.set_value(value)
