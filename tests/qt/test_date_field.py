"""DateField: typed dates with real key clicks, Tab to the next field, the calendar, errors."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from kemidesk.ui.widgets.date_edit import DateField
from tests.qt.conftest import DEMO_TODAY, type_text


class Host(QWidget):
    """A date field between two line edits, as in a form."""

    def __init__(self, optional: bool) -> None:
        super().__init__()
        self.before = QLineEdit(self)
        self.field = DateField(self, optional=optional, today=lambda: DEMO_TODAY)
        self.after = QLineEdit(self)
        layout = QVBoxLayout(self)
        for widget in (self.before, self.field, self.after):
            layout.addWidget(widget)


@pytest.fixture
def host(qtbot: Any) -> Any:
    def make(optional: bool = True) -> Host:
        widget = Host(optional)
        qtbot.addWidget(widget)
        widget.show()
        qtbot.waitExposed(widget)
        widget.activateWindow()
        widget.field.setFocus()
        qtbot.waitUntil(lambda: widget.field.line.hasFocus())
        return widget

    return make


def type_and_tab(qtbot: Any, host: Host, text: str) -> None:
    host.field.line.selectAll()
    type_text(qtbot, host.field.line, text)
    qtbot.keyClick(host.field.line, Qt.Key.Key_Tab)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("30.11.2027", date(2027, 11, 30)),
        ("30.11.27", date(2027, 11, 30)),
        ("301127", date(2027, 11, 30)),
        ("1.12.", date(2026, 12, 1)),
        ("+14", date(2026, 12, 12)),
        ("-3", date(2026, 11, 25)),
        ("t", DEMO_TODAY),
        ("tänään", DEMO_TODAY),
    ],
)
def test_typed_date_then_tab_goes_to_the_next_field(
    qtbot: Any, host: Any, typed: str, expected: date
) -> None:
    widget = host()
    type_and_tab(qtbot, widget, typed)
    assert widget.field.value() == expected
    assert widget.field.text() == f"{expected.day}.{expected.month}.{expected.year}"
    assert widget.field.error() is None
    assert widget.field.error_label.isHidden()
    assert widget.after.hasFocus()  # Tab left the date, not moved inside it


def test_typing_into_an_empty_optional_field(qtbot: Any, host: Any) -> None:
    widget = host(optional=True)
    assert widget.field.text() == ""
    assert widget.field.value() is None
    qtbot.keyClicks(widget.field.line, "30.11.2027")
    assert widget.field.value() == date(2027, 11, 30)  # not 1.11.2027
    assert widget.field.text() == "30.11.2027"


def test_an_impossible_date_is_an_error_next_to_the_field_and_kept(qtbot: Any, host: Any) -> None:
    widget = host()
    type_and_tab(qtbot, widget, "31.2.2027")
    assert widget.field.text() == "31.2.2027"  # never silently changed
    assert widget.field.value() is None
    assert widget.field.error() == "Päivää 31.2.2027 ei ole kalenterissa."
    assert widget.field.error_label.isVisible()
    assert widget.field.error_label.text() == widget.field.error()
    widget.field.setFocus()
    widget.field.line.selectAll()
    qtbot.keyClicks(widget.field.line, "28.2.2027")
    qtbot.keyClick(widget.field.line, Qt.Key.Key_Return)
    assert widget.field.value() == date(2027, 2, 28)
    assert widget.field.error_label.isHidden()


def test_no_message_while_still_typing(qtbot: Any, host: Any) -> None:
    widget = host()
    widget.field.line.selectAll()
    qtbot.keyClicks(widget.field.line, "30")
    assert widget.field.error() is not None  # not a date yet: a form cannot save it
    assert widget.field.error_label.isHidden()  # but no red text under the fingers
    qtbot.keyClick(widget.field.line, Qt.Key.Key_Tab)
    assert widget.field.error_label.isVisible()
    assert "30.11.2027" in widget.field.error_label.text()  # the message shows the ways


def test_an_emptied_optional_date_is_really_empty(qtbot: Any, host: Any) -> None:
    widget = host(optional=True)
    widget.field.set_value(date(2027, 1, 31))
    widget.field.setFocus()
    widget.field.line.selectAll()
    qtbot.keyClick(widget.field.line, Qt.Key.Key_Delete)
    qtbot.keyClick(widget.field.line, Qt.Key.Key_Tab)
    assert widget.field.text() == ""
    assert widget.field.value() is None
    assert widget.field.error() is None


def test_an_emptied_required_date_is_an_error(qtbot: Any, host: Any) -> None:
    widget = host(optional=False)
    assert widget.field.value() == DEMO_TODAY  # a required date starts on today
    widget.field.line.selectAll()
    qtbot.keyClick(widget.field.line, Qt.Key.Key_Delete)
    qtbot.keyClick(widget.field.line, Qt.Key.Key_Tab)
    assert widget.field.value() is None
    assert widget.field.error() == "Päivämäärä on pakollinen."


def test_up_and_down_move_a_day(qtbot: Any, host: Any) -> None:
    widget = host()
    widget.field.set_value(date(2026, 12, 31))
    qtbot.keyClick(widget.field.line, Qt.Key.Key_Up)
    assert widget.field.value() == date(2027, 1, 1)
    qtbot.keyClick(widget.field.line, Qt.Key.Key_Down)
    qtbot.keyClick(widget.field.line, Qt.Key.Key_Down)
    assert widget.field.value() == date(2026, 12, 30)


def test_the_calendar_is_the_second_way(qtbot: Any, host: Any) -> None:
    widget = host()
    assert widget.field.calendar_button.focusPolicy() == Qt.FocusPolicy.NoFocus
    qtbot.keyClick(widget.field.line, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    popup = widget.field.popup
    assert popup is not None
    assert popup.isVisible()
    calendar = popup.findChild(QWidget, "date_calendar_widget")
    assert calendar.selectedDate().toPython() == DEMO_TODAY  # an empty field opens on today
    calendar.setSelectedDate(calendar.selectedDate().addDays(3))
    calendar.activated.emit(calendar.selectedDate())
    assert widget.field.value() == date(2026, 12, 1)
    assert not popup.isVisible()
    widget.field.calendar_button.click()
    assert widget.field.popup is not None
    widget.field.popup.close()


def test_value_changed_is_emitted_once_per_change(qtbot: Any, host: Any) -> None:
    widget = host()
    seen: list[Any] = []
    widget.field.value_changed.connect(lambda: seen.append(widget.field.value()))
    widget.field.set_value(date(2027, 3, 1))
    widget.field.set_value(date(2027, 3, 1))
    assert seen == [date(2027, 3, 1)]


def test_today_comes_from_the_window_clock(ctx: Any, qtbot: Any) -> None:
    class Dialog(QWidget):
        def __init__(self) -> None:
            super().__init__()
            self.ctx = ctx
            self.field = DateField(self, optional=True)

    dialog = Dialog()
    qtbot.addWidget(dialog)
    dialog.field.line.setText("t")
    assert dialog.field.value() == DEMO_TODAY
    assert QApplication.instance() is not None


def test_placement_form_shows_a_typed_date_error_and_names_it(window: Any, qtbot: Any) -> None:
    from tests.qt.test_placements import placements_tab

    placements_tab(window)
    form = window.new_record()
    form.show()
    qtbot.waitExposed(form)
    form.activateWindow()
    line = form.start_date.line
    line.setFocus()
    qtbot.waitUntil(line.hasFocus)
    line.selectAll()
    qtbot.keyClicks(line, "31.2.2027")
    assert form.error_text("start_date") == ""  # still typing
    assert not form.save_button.isEnabled()
    qtbot.keyClick(line, Qt.Key.Key_Tab)
    assert form.end_date.line.hasFocus()
    assert form.error_text("start_date") == "Päivää 31.2.2027 ei ole kalenterissa."
    assert form.start_date.error_label.isHidden()  # shown once, by the form
    assert "• Alkaa: Päivää 31.2.2027 ei ole kalenterissa." in form.hint.text()
    assert not form.save_button.isEnabled()
    assert form.start_date.text() == "31.2.2027"
    line.setFocus()
    line.selectAll()
    qtbot.keyClicks(line, "1.3.27")
    qtbot.keyClick(line, Qt.Key.Key_Tab)
    assert form.start_date.value() == date(2027, 3, 1)
    assert form.error_text("start_date") == ""
    form.reject()
