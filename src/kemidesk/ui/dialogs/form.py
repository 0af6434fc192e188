"""FormDialog: the base of every record form.

Each field is registered with a check that returns the Finnish message of the same
`domain.validation` validator the service runs (or None). Messages appear in red under the
field once the field has been touched; Save is enabled only when every check passes.
Errors the service still raises (FieldErrors) are shown under their fields the same way.
Closing a form with unsaved changes asks first (Esc, Cancel and the window's close button).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kemidesk.domain.errors import DomainError, FieldErrors
from kemidesk.services.errors import DuplicateError
from kemidesk.ui import messages
from kemidesk.ui.context import UiContext
from kemidesk.ui.errors import error_text, field_texts
from kemidesk.ui.widgets.date_edit import DateField

Check = Callable[[], "str | None"]
ERROR_STYLE = "color: #b00020;"


@dataclass
class FormField:
    name: str
    label: str
    widget: QWidget
    error_label: QLabel
    check: Check | None = None
    required: bool = False
    touched: bool = False
    extra: dict[str, Any] = field(default_factory=dict)


def widget_value(widget: QWidget) -> Any:
    """The raw value of an input widget (for change tracking)."""
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    if isinstance(widget, QComboBox):
        return widget.currentText() if widget.isEditable() else widget.currentData()
    if isinstance(widget, DateField):
        return widget.raw()
    return None


def _change_signal(widget: QWidget) -> Any:
    if isinstance(widget, QLineEdit | QPlainTextEdit):
        return widget.textChanged
    if isinstance(widget, QCheckBox):
        return widget.toggled
    if isinstance(widget, QComboBox):
        return widget.editTextChanged if widget.isEditable() else widget.currentIndexChanged
    if isinstance(widget, DateField):
        return widget.value_changed
    raise TypeError(f"unsupported form widget {type(widget).__name__}")


FOOTER_LINES = 4  # the footer names at most this many fields (the dialog must fit the screen)
UNLISTED_DATE = "date:"  # error keys of date fields that are not registered form fields


def caption_of(widget: QWidget) -> str:
    """The text of the label whose buddy is the widget (without "&" and "*")."""
    parent = widget.window()
    for label in parent.findChildren(QLabel):
        if label.buddy() is widget or label.buddy() is widget.focusProxy():
            return label.text().replace("&", "").replace("*", "").strip().rstrip(":")
    return widget.objectName()


class FormDialog(QDialog):
    kind = ""
    new_title = ""
    edit_title = ""

    def __init__(
        self, ctx: UiContext, record_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.record_id = record_id
        self.result_row: Any = None
        self.fields: dict[str, FormField] = {}
        self._snapshot: dict[str, Any] = {}
        self._server_errors: dict[str, str] = {}
        self._open_existing: dict[str, QPushButton] = {}
        self.grid = QGridLayout()
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setObjectName("hint")
        self.buttons = QDialogButtonBox(self)
        self.save_button: QPushButton = self.buttons.addButton(
            self.tr("&Tallenna"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setDefault(True)
        self.also_saves: list[QPushButton] = []  # buttons that save too: enabled with Save
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        cancel.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.grid)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        title = self.edit_title if record_id else self.new_title
        self.setWindowTitle(QCoreApplication.translate("Forms", title))

    # ------------------------------------------------------------ building

    def group(
        self, title: str, row: int, column: int, row_span: int = 1, column_span: int = 1
    ) -> QFormLayout:
        box = QGroupBox(title, self)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.grid.addWidget(box, row, column, row_span, column_span)
        return form

    def add_field(
        self,
        form: QFormLayout,
        name: str,
        label: str,
        widget: QWidget,
        check: Check | None = None,
        required: bool = False,
    ) -> FormField:
        """Add a labelled input with its error label under it."""
        widget.setObjectName(name)
        error = QLabel(self)
        error.setObjectName(f"error_{name}")
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.hide()
        holder = QWidget(self)
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(1)
        box.addWidget(widget)
        box.addWidget(error)
        caption = QLabel(label + (" *" if required else ""), self)
        caption.setBuddy(widget)
        form.addRow(caption, holder)
        if isinstance(widget, DateField):
            widget.set_show_own_error(False)  # its message goes under the field like any other
        entry = FormField(name, label.replace("&", ""), widget, error, check, required)
        self.fields[name] = entry
        _change_signal(widget).connect(lambda *_a, f=entry: self._field_edited(f))
        return entry

    def line(self, max_length: int = 200) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setMaxLength(max_length)
        return edit

    def finish_building(self) -> None:
        """Call at the end of the subclass constructor, after the values are loaded."""
        self._snapshot = self.values()
        self.revalidate()

    # ------------------------------------------------------------ validation

    def values(self) -> dict[str, Any]:
        return {name: widget_value(f.widget) for name, f in self.fields.items()}

    def is_dirty(self) -> bool:
        return self.values() != self._snapshot

    def cross_checks(self) -> dict[str, str]:
        """Checks that involve several fields: field name → message."""
        return {}

    def _field_edited(self, entry: FormField) -> None:
        entry.touched = True
        self._server_errors.pop(entry.name, None)
        button = self._open_existing.get(entry.name)
        if button is not None:
            button.hide()
        self.revalidate()

    def errors(self) -> dict[str, str]:
        """Every current problem, touched or not."""
        found: dict[str, str] = {}
        for name, entry in self.fields.items():
            widget = entry.widget
            message = (
                widget.error() if isinstance(widget, DateField) and widget.isEnabled() else None
            )
            if not message and entry.check is not None:
                message = entry.check()
            if message:
                found[name] = message
        registered = {id(f.widget) for f in self.fields.values()}
        for widget in self.findChildren(DateField):
            message = widget.error()
            if message and id(widget) not in registered and widget.isEnabled():
                # a date outside the registered fields shows its own message
                found[f"{UNLISTED_DATE}{caption_of(widget)}"] = message
        for name, message in self.cross_checks().items():
            found.setdefault(name, message)
        for name, message in self._server_errors.items():
            found.setdefault(name, message)
        return found

    def revalidate(self) -> bool:
        found = self.errors()
        for name, entry in self.fields.items():
            message = found.get(name) if entry.touched or name in self._server_errors else None
            if isinstance(entry.widget, DateField) and entry.widget.is_editing():
                message = None  # no red text under the fingers; shown when typing ends
            entry.error_label.setText(message or "")
            entry.error_label.setVisible(bool(message))
        self.hint.setText(self.footer_text(found))
        valid = not found
        self.save_button.setEnabled(valid)
        for button in self.also_saves:
            button.setEnabled(valid)
        return valid

    def footer_text(self, found: dict[str, str]) -> str:
        """Under the form: each field that stops saving, named, with what it expects."""
        if not found:
            return self.tr("Tähdellä (*) merkityt kentät ovat pakollisia.")
        lines = []
        for name, message in found.items():
            entry = self.fields.get(name)
            label = entry.label if entry is not None else name.removeprefix(UNLISTED_DATE)
            label = label.rstrip(" *:")
            lines.append(f"• {label}: {message}" if label else f"• {message}")
        shown = lines[:FOOTER_LINES]
        if len(lines) > FOOTER_LINES:
            more = self.tr("• … ja %1 muuta kenttää").replace("%1", str(len(lines) - FOOTER_LINES))
            shown.append(more)
        return "\n".join([self.tr("Tallennus odottaa näitä:"), *shown])

    def error_text(self, name: str) -> str:
        """The message shown under a field ("" when none), for tests and screenshots."""
        label = self.fields[name].error_label
        return "" if label.isHidden() else label.text()

    # ------------------------------------------------------------ saving and closing

    def build_input(self) -> Any:
        raise NotImplementedError

    def submit(self, data: Any) -> Any:
        """Call the service; returns the saved row."""
        raise NotImplementedError

    def save(self) -> bool:
        for entry in self.fields.values():
            entry.touched = True
        if not self.revalidate():
            return False
        try:
            row = self.submit(self.build_input())
        except FieldErrors as exc:
            self._show_server_errors(field_texts(exc))
            if isinstance(exc, DuplicateError):
                self._offer_existing(exc)
            return False
        except DomainError as exc:
            messages.warn(self, messages.not_allowed_title(), error_text(exc))
            return False
        self.result_row = row
        self.record_id = row.id
        self._snapshot = self.values()
        self.ctx.notify(self.kind, row.id)
        self.ctx.bus.saved.emit(self.kind, row.id)
        self.accept()
        return True

    def _offer_existing(self, exc: DuplicateError) -> None:
        """A button under the field that opens the record that already has the value."""
        entry = self.fields.get(exc.field)
        if entry is None:
            return
        button = self._open_existing.get(exc.field)
        if button is None:
            button = QPushButton(self.tr("Avaa olemassa oleva"), self)
            button.setObjectName(f"open_existing_{exc.field}")
            button.setAutoDefault(False)
            button.clicked.connect(lambda *_a, b=button: self.open_existing(b))
            holder = entry.error_label.parentWidget().layout()
            holder.addWidget(button)
            self._open_existing[exc.field] = button
        button.setProperty("existing_id", exc.existing_id)
        button.show()

    def open_existing(self, button: QPushButton) -> Any:
        """Open the detail view of the record named by a duplicate error."""
        return self.ctx.opener.open(self.kind, int(button.property("existing_id")), self)

    def _show_server_errors(self, errors: dict[str, str]) -> None:
        unplaced = []
        for name, message in errors.items():
            if name in self.fields:
                self._server_errors[name] = message
            else:
                unplaced.append(message)
        self.revalidate()
        if unplaced:
            messages.warn(self, messages.not_allowed_title(), " ".join(unplaced))

    def reject(self) -> None:
        if self.is_dirty() and not messages.ask(
            self,
            self.tr("Tallentamattomat muutokset"),
            self.tr("Lomakkeella on tallentamattomia muutoksia. Suljetaanko tallentamatta?"),
        ):
            return
        super().reject()

    def keyPressEvent(self, event: Any) -> None:
        # Enter in a one-line field must not save a half-filled form by accident.
        if (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not self.save_button.isEnabled()
        ):
            event.accept()
            return
        super().keyPressEvent(event)
