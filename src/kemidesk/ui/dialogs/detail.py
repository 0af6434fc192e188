"""DetailDialog: one record and what belongs to it.

The top shows the record's fields as label/value pairs in two columns; below, tabs of
related rows (RelatedTable) that open their own detail view with a click. Every detail view
reloads itself when any record changes (the bus), so an edit made elsewhere shows at once.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kemidesk.domain.errors import DomainError
from kemidesk.services.errors import NotFoundError
from kemidesk.ui import messages
from kemidesk.ui.context import UiContext
from kemidesk.ui.errors import error_text
from kemidesk.ui.models.columns import Column
from kemidesk.ui.widgets.related_table import RelatedTable

Pair = tuple[str, str]


def yes_no(value: bool) -> str:
    if value:
        return QCoreApplication.translate("Details", "kyllä")
    return QCoreApplication.translate("Details", "ei")


class DetailDialog(QDialog):
    kind = ""
    title = ""  # untranslated, context "Details"
    editable = False

    def __init__(self, ctx: UiContext, record_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.record_id = record_id
        self.row: Any = None
        self.related: dict[str, RelatedTable] = {}
        self.value_labels: dict[str, QLabel] = {}
        self.header = QLabel(self)
        self.header.setObjectName("header")
        font = self.header.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.header.setFont(font)
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.columns_box = QHBoxLayout()
        self.tabs = QTabWidget(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        self.extra_buttons = QHBoxLayout()
        if self.editable:
            edit = self.add_button(self.tr("&Muokkaa…"), self.edit)
            edit.setObjectName("edit_button")
        bottom = QHBoxLayout()
        bottom.addLayout(self.extra_buttons)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addLayout(self.columns_box)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        self.setWindowTitle(QCoreApplication.translate("Details", self.title))
        self.build_related()
        ctx.bus.changed.connect(self._bus_changed)
        self.resize(1000, 640)

    # ------------------------------------------------------------ building

    def add_button(self, text: str, slot: Callable[[], Any]) -> QPushButton:
        button = QPushButton(text, self)
        button.setAutoDefault(False)
        button.clicked.connect(lambda: slot())
        self.extra_buttons.addWidget(button)
        return button

    def add_related(
        self, key: str, title: str, columns: Sequence[Column], on_open: Callable[[Any], Any] | None
    ) -> RelatedTable:
        table = RelatedTable(columns, on_open, self)
        table.setObjectName(f"related_{key}")
        self.related[key] = table
        self.tabs.addTab(table, title)
        return table

    def set_related(self, key: str, rows: Sequence[Any]) -> None:
        table = self.related[key]
        table.set_rows(rows)
        index = self.tabs.indexOf(table)
        title = self.tabs.tabText(index).split(" (")[0]
        self.tabs.setTabText(index, f"{title} ({len(rows)})")

    def show_pairs(self, pairs: Sequence[Pair]) -> None:
        """Fill the two columns of label/value pairs (rebuilt on every reload)."""
        while self.columns_box.count():
            item = self.columns_box.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.value_labels = {}
        half = (len(pairs) + 1) // 2
        for chunk in (pairs[:half], pairs[half:]):
            holder = QWidget(self)
            form = QFormLayout(holder)
            form.setContentsMargins(0, 0, 12, 0)
            for label, value in chunk:
                shown = QLabel(value or "–", holder)
                shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                shown.setWordWrap(True)
                self.value_labels[label] = shown
                form.addRow(QLabel(label + ":", holder), shown)
            self.columns_box.addWidget(holder, 1)

    # ------------------------------------------------------------ subclass hooks

    def build_related(self) -> None:
        """Create the related tables with add_related()."""

    def fetch(self) -> Any:
        raise NotImplementedError

    def heading(self, row: Any) -> str:
        raise NotImplementedError

    def describe(self, row: Any) -> list[Pair]:
        raise NotImplementedError

    def fill_related(self, row: Any) -> None:
        """Fill the related tables with set_related()."""

    # ------------------------------------------------------------ behaviour

    def reload(self) -> bool:
        try:
            self.row = self.fetch()
        except NotFoundError:
            self.close()
            return False
        self.header.setText(self.heading(self.row))
        self.show_pairs(self.describe(self.row))
        self.fill_related(self.row)
        return True

    def _bus_changed(self, _kind: str, _record_id: int) -> None:
        if self.isVisible():
            self.reload()

    def edit(self) -> QWidget | None:
        return self.ctx.opener.edit(self.kind, self.record_id, parent=self)

    def open_record(self, kind: str, record_id: int | None) -> QWidget | None:
        if record_id is None:
            return None
        return self.ctx.opener.open(kind, record_id, parent=self)

    def run_guarded(self, function: Callable[..., Any], *args: Any) -> Any:
        try:
            return function(*args)
        except DomainError as exc:
            messages.warn(self, messages.not_allowed_title(), error_text(exc))
            return None
