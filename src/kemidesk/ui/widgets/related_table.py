"""A small read-only table of related rows; a click (or Enter) opens the row."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kemidesk.ui.models.columns import Column
from kemidesk.ui.models.proxy import RowFilterProxy
from kemidesk.ui.models.row_model import RowTableModel
from kemidesk.ui.widgets.table_view import RecordTableView

OpenRow = Callable[[Any], Any]


class RelatedTable(QWidget):
    def __init__(
        self,
        columns: Sequence[Column],
        on_open: OpenRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = RowTableModel(columns, self)
        self.proxy = RowFilterProxy(self.model, self)
        self.view = RecordTableView(self)
        self.view.setModel(self.proxy)
        self.view.apply_default_widths(self.model)
        self.view.setSortingEnabled(True)
        self.view.horizontalHeader().setSortIndicator(-1, self.model.sort_order)
        self.on_open = on_open
        self.view.open_requested.connect(self._open_row)
        self.view.clicked.connect(self._clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        if on_open is not None:
            self.view.setToolTip(self.tr("Avaa rivi napsauttamalla"))

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.model.set_rows(rows)

    def row_count(self) -> int:
        return self.proxy.rowCount()

    def open_row(self, proxy_row: int) -> Any:
        """Open the row at `proxy_row` (also used by tests)."""
        if self.on_open is None or not 0 <= proxy_row < self.proxy.rowCount():
            return None
        return self.on_open(self.proxy.row_at(proxy_row))

    def _open_row(self, proxy_row: int) -> None:
        self.open_row(proxy_row)

    def _clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_row(index.row())
