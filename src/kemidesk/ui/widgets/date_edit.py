"""DateField: the one date input of every form.

A line edit that takes a date as typed (30.11.2027, 30.11.27, 301127, 1.12., +14, -3, t or
tänään; read by `domain.dates.parse_typed_date`) and a calendar button as the second way.
Tab moves to the next field (the button takes no focus); Alt+Down or F4 opens the calendar;
Up and Down move a valid date by a day. When typing is finished (Tab, Enter, focus out) a
valid date is shown as 30.11.2027; an impossible or unreadable text stays as typed and its
message is shown next to the field: nothing is silently changed. An empty optional field is
empty (value None); an empty required field is an error.

Inside a FormDialog the form shows the message under the field (`show_own_error` off);
elsewhere the field shows it itself. "Today" is the window's clock (`ctx.today` of the
nearest parent with a context), so typed "t" and "+14" follow the demo's date in tests.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QDate, QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kemidesk.domain.dates import DATE_MAX, DATE_MIN, format_date, parse_typed_date
from kemidesk.domain.errors import ValidationError
from kemidesk.ui.errors import error_text

ERROR_STYLE = "color: #b00020;"


class DateField(QWidget):
    """A typed date with a calendar button; `value()` is a date or None."""

    value_changed = Signal()

    def __init__(
        self,
        parent: QWidget | None = None,
        optional: bool = False,
        today: Callable[[], date] | None = None,
    ) -> None:
        super().__init__(parent)
        self.optional = optional
        self.show_own_error = True
        self._today = today
        self._editing = False
        self._state: tuple[date | None, str | None] = (None, None)
        self.line = QLineEdit(self)
        self.line.setObjectName("date_text")
        self.line.setMaxLength(20)
        self.line.setPlaceholderText(self.tr("pp.kk.vvvv"))
        self.line.setToolTip(
            self.tr(
                "Kirjoita esim. 30.11.2027, 30.11.27, 301127, 1.12. (tämä vuosi), "
                "+14 (päivää tästä), -3 tai t (tänään). Alt+alas avaa kalenterin."
            )
        )
        if optional:
            self.line.setClearButtonEnabled(True)
        self.calendar_button = QToolButton(self)
        self.calendar_button.setObjectName("date_calendar")
        self.calendar_button.setArrowType(Qt.ArrowType.DownArrow)
        self.calendar_button.setToolTip(self.tr("Valitse kalenterista (Alt+alas)"))
        self.calendar_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.calendar_button.clicked.connect(self.open_calendar)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("date_error")
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.popup: QWidget | None = None
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self.line, 1)
        row.addWidget(self.calendar_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(1)
        column.addLayout(row)
        column.addWidget(self.error_label)
        self.setFocusProxy(self.line)
        self.line.textEdited.connect(self._edited)
        self.line.textChanged.connect(lambda _t: self._update_state())
        self.line.editingFinished.connect(self.finish_editing)
        self.line.installEventFilter(self)
        if not optional:
            self.line.setText(format_date(self.today()))
        self._update_state()

    # ------------------------------------------------------------ value

    def today(self) -> date:
        if self._today is not None:
            return self._today()
        widget: QObject | None = self.parent()
        while widget is not None:
            ctx = getattr(widget, "ctx", None)
            if ctx is not None and callable(getattr(ctx, "today", None)):
                return ctx.today()  # type: ignore[no-any-return]
            widget = widget.parent()
        return date.today()

    def text(self) -> str:
        return self.line.text()

    def _parse(self) -> tuple[date | None, str | None]:
        try:
            value = parse_typed_date(self.line.text(), self.today())
        except ValidationError as exc:
            return None, error_text(exc)
        if value is None and not self.optional:
            return None, error_text(ValidationError("DATE_REQUIRED"))
        return value, None

    def value(self) -> date | None:
        """The date shown; None when empty or when the text is not a date (see error())."""
        return self._state[0]

    def error(self) -> str | None:
        """Why the text is not an acceptable date (in the user's language), or None."""
        return self._state[1]

    def is_editing(self) -> bool:
        """True while the user is typing (between a key and Tab, Enter or focus out)."""
        return self._editing

    def raw(self) -> object:
        """The value for change tracking: the date, or the text when it is not one."""
        return self._state[0] if self._state[1] is None else self.line.text()

    def set_value(self, value: date | None) -> None:
        if value is None and not self.optional:
            value = self.today()
        self._editing = False
        self.line.setText(format_date(value))
        self._update_state()

    def clear_value(self) -> None:
        if self.optional:
            self.set_value(None)

    # ------------------------------------------------------------ typing

    def _edited(self, _text: str) -> None:
        self._editing = True
        self._show_error()

    def _update_state(self) -> None:
        state = self._parse()
        if state != self._state:
            self._state = state
            self.value_changed.emit()
        self._show_error()

    def finish_editing(self) -> None:
        """Tab, Enter or focus out: a valid date is shown in the standard form."""
        was_editing, self._editing = self._editing, False
        value, error = self._state
        if error is None and value is not None and self.line.text() != format_date(value):
            self.line.setText(format_date(value))
        self._show_error()
        if was_editing:
            self.value_changed.emit()  # lets a form show the message now typing has ended

    def _show_error(self) -> None:
        message = self.error() if self.show_own_error and not self._editing else None
        self.error_label.setText(message or "")
        self.error_label.setVisible(bool(message))

    def set_show_own_error(self, show: bool) -> None:
        self.show_own_error = show
        self._show_error()

    def _step(self, days: int) -> None:
        value = self.value()
        if value is None:
            value = self.today()
            days = 0
        moved = value + timedelta(days=days)
        if DATE_MIN <= moved <= DATE_MAX:
            self.set_value(moved)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.line
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
        ):
            key, alt = event.key(), bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
            if key == Qt.Key.Key_F4 or (alt and key == Qt.Key.Key_Down):
                self.open_calendar()
                return True
            if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and self.error() is None:
                self._step(1 if key == Qt.Key.Key_Up else -1)
                return True
        return super().eventFilter(watched, event)

    # ------------------------------------------------------------ calendar

    def open_calendar(self) -> QCalendarWidget:
        """The calendar as a pop-up under the field, on the shown date (or today)."""
        popup = QWidget(self, Qt.WindowType.Popup)
        popup.setObjectName("date_popup")
        calendar = QCalendarWidget(popup)
        calendar.setObjectName("date_calendar_widget")
        calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        calendar.setGridVisible(True)
        calendar.setMinimumDate(QDate(DATE_MIN.year, DATE_MIN.month, DATE_MIN.day))
        calendar.setMaximumDate(QDate(DATE_MAX.year, DATE_MAX.month, DATE_MAX.day))
        shown = self.value() or self.today()
        calendar.setSelectedDate(QDate(shown.year, shown.month, shown.day))
        calendar.clicked.connect(lambda d: self._picked(d, popup))
        calendar.activated.connect(lambda d: self._picked(d, popup))
        layout = QVBoxLayout(popup)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(calendar)
        popup.adjustSize()
        popup.move(self.line.mapToGlobal(QPoint(0, self.line.height())))
        self.popup = popup
        popup.show()
        calendar.setFocus()
        return calendar

    def _picked(self, picked: QDate, popup: QWidget) -> None:
        self.set_value(picked.toPython())
        popup.close()
        self.popup = None
        self.line.setFocus()
