"""The table view used by every list: rows selected whole, Enter or double-click opens."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QHelpEvent, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QToolTip, QWidget

from kemidesk.ui.models.row_model import RowTableModel

CELL_MARGIN = 4  # the style's text margin on each side of a cell (about)


class RecordTableView(QTableView):
    """Emits `open_requested(proxy_row)` on Enter/Return or a double-click."""

    open_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        rows = self.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        rows.hide()
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionsMovable(False)
        header.setStretchLastSection(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.doubleClicked.connect(self._double_clicked)

    def apply_default_widths(self, model: RowTableModel) -> None:
        """Column widths from the column specs (in average characters), never narrower than
        the header text with its sort arrow."""
        metrics = self.fontMetrics()
        char = metrics.averageCharWidth()
        header = self.horizontalHeader()
        header_metrics = header.fontMetrics()
        for section, column in enumerate(model.columns):
            title = str(model.headerData(section, Qt.Orientation.Horizontal))
            wanted = max(column.width * char + 16, header_metrics.horizontalAdvance(title) + 30)
            self.setColumnWidth(section, wanted)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_requested.emit(self.currentIndex().row())
            event.accept()
            return
        super().keyPressEvent(event)

    def elided_text(self, index: QModelIndex) -> str | None:
        """The cell's whole text when the column is too narrow to show it, else None."""
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if not isinstance(text, str) or not text:
            return None
        room = self.visualRect(index).width() - 2 * CELL_MARGIN
        return text if self.fontMetrics().horizontalAdvance(text) > room else None

    def viewportEvent(self, event: QEvent) -> bool:
        # A cut-off cell ("Tuomas Pikkarain…") shows its whole text as a tooltip.
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self.indexAt(event.pos())
            if index.isValid() and index.data(Qt.ItemDataRole.ToolTipRole) is None:
                text = self.elided_text(index)
                if text is not None:
                    QToolTip.showText(event.globalPos(), text, self.viewport())
                else:
                    QToolTip.hideText()
                event.accept()
                return True
        return super().viewportEvent(event)

    def _double_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_requested.emit(index.row())
