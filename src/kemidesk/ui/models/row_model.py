"""RowTableModel: a read-only QAbstractTableModel over frozen service rows.

One class serves every list; what differs is the tuple of `Column`s. Rows are replaced
with `set_rows()` (one model reset), grown with `append_rows()` (chunked loading) and
patched with `upsert_row()` / `remove_id()` after an edit. Sorting happens here, on Python
values (`Column.sort_key`), because a QSortFilterProxyModel that sorts through data() calls
back into Python n·log n times. The proxy on top only filters.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from kemidesk.domain.money import NBSP
from kemidesk.ui.models.columns import Column

SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # value to sort by (date ordinal, cents, text key)
ROW_ROLE = Qt.ItemDataRole.UserRole + 2  # the row dataclass itself
ID_ROLE = Qt.ItemDataRole.UserRole + 3  # the row's id

AnyIndex = QModelIndex | QPersistentModelIndex
_ARCHIVED_COLOUR = QColor("#808080")
_ROLES = frozenset({
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole, SORT_ROLE, ROW_ROLE, ID_ROLE,
})  # fmt: skip


def search_fold(text: str) -> str:
    """A text as searched: no-break spaces as spaces, case folded, and the euro sign and the
    dash of a period as one-byte stand-ins (control characters nobody types), so that the
    search strings of 40 000 rows keep one byte per character instead of two (17 MB less
    at 115 000 rows). The search box's words are folded the same way."""
    return text.replace(NBSP, " ").casefold().replace("€", "\x80").replace("–", "\x96")


def _missing_last(value: Any) -> tuple[bool, Any]:
    return (value is None, 0 if value is None else value)


class RowTableModel(QAbstractTableModel):
    """Rows of one kind (anything with an `id` attribute) shown through column specs."""

    def __init__(self, columns: Sequence[Column], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns: tuple[Column, ...] = tuple(columns)
        self._rows: list[Any] = []
        self._search: list[str] = []
        # per column with a value-only text (`Column.shown`): each distinct value's text,
        # made once per load (a list's dates, sums and states repeat across 40 000 rows)
        self._shown: list[dict[Any, str] | None] = [{} if c.shown else None for c in self.columns]
        self._italic = QFont()
        self._italic.setItalic(True)
        # Called after the row lists change and before Qt hears of it (the filter proxy
        # recomputes its accepted rows there, so filterAcceptsRow stays a list lookup).
        self.listeners: list[Callable[[], None]] = []
        self.sort_column = -1
        self.sort_order = Qt.SortOrder.AscendingOrder

    # ------------------------------------------------------------ Qt interface

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ROLES or not index.isValid():  # the view asks ~10 roles per cell
            return None
        return self.cell(index.row(), index.column(), role)

    def cell(self, position: int, column_number: int, role: int) -> Any:
        """data() of the row at `position` (the filter proxy asks here directly)."""
        if role not in _ROLES:
            return None
        row = self._rows[position]
        column = self.columns[column_number]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.display(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return column.align
        if role == SORT_ROLE:
            key = column.sort_key(row)
            return key[0] if isinstance(key, tuple) else key
        if role == ROW_ROLE:
            return row
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(row)
        if getattr(row, "archived", False):
            if role == Qt.ItemDataRole.ForegroundRole:
                return _ARCHIVED_COLOUR
            if role == Qt.ItemDataRole.FontRole:
                return self._italic
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return QCoreApplication.translate("Columns", self.columns[section].title)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self.columns[section].align
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sort_column, self.sort_order = column, order
        if not 0 <= column < len(self.columns) or len(self._rows) < 2:
            return
        self.layoutAboutToBeChanged.emit()
        key = self.columns[column].sort_key
        reverse = order == Qt.SortOrder.DescendingOrder
        order_ = sorted(
            range(len(self._rows)), key=lambda i: _missing_last(key(self._rows[i])), reverse=reverse
        )
        self._permute(order_)
        self._changed()
        self.layoutChanged.emit()

    def _permute(self, order: list[int]) -> None:
        new_position = [0] * len(order)
        for new, old in enumerate(order):
            new_position[old] = new
        self._rows = [self._rows[i] for i in order]
        self._search = [self._search[i] for i in order]
        old_indexes = self.persistentIndexList()
        new_indexes = [self.index(new_position[i.row()], i.column()) for i in old_indexes]
        self.changePersistentIndexList(old_indexes, new_indexes)

    # ------------------------------------------------------------ rows

    def set_rows(self, rows: Sequence[Any]) -> None:
        """Replace every row (one reset) and keep the current sort."""
        self.beginResetModel()
        self._rows = list(rows)
        self._shown = [{} if c.shown else None for c in self.columns]
        self._search = self.search_texts(self._rows)
        self._changed()
        self.endResetModel()
        if self.sort_column >= 0:
            self.sort(self.sort_column, self.sort_order)

    def append_rows(self, rows: Sequence[Any], search_texts: Sequence[str] | None = None) -> None:
        """Add rows at the end; `search_texts` are theirs when already made (`search_texts`)."""
        if not rows:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._rows.extend(rows)
        self._search.extend(self.search_texts(rows) if search_texts is None else search_texts)
        self._changed()
        self.endInsertRows()

    def upsert_row(self, row: Any) -> int:
        """Replace the row with the same id (or add it), in its place of the current sort;
        returns its position."""
        position = self.position_of(row.id)
        if position is None:
            self.append_rows([row])
        else:
            self._rows[position] = row
            self._search[position] = self._search_text(row)
            self._changed()
            last = self.index(position, len(self.columns) - 1)
            self.dataChanged.emit(self.index(position, 0), last)
        if self.sort_column >= 0:
            self.sort(self.sort_column, self.sort_order)
        placed = self.position_of(row.id)
        return len(self._rows) - 1 if placed is None else placed

    def remove_id(self, row_id: int) -> None:
        position = self.position_of(row_id)
        if position is None:
            return
        self.beginRemoveRows(QModelIndex(), position, position)
        del self._rows[position]
        del self._search[position]
        self._changed()
        self.endRemoveRows()

    def _changed(self) -> None:
        for listener in self.listeners:
            listener()

    def rows(self) -> list[Any]:
        return self._rows

    def row_at(self, position: int) -> Any:
        return self._rows[position]

    def position_of(self, row_id: int) -> int | None:
        for position, row in enumerate(self._rows):
            if row.id == row_id:
                return position
        return None

    def search_strings(self) -> list[str]:
        """Lower-case text of every row's columns (for the filter proxy), in row order."""
        return self._search

    def search_texts(self, rows: Sequence[Any]) -> list[str]:
        """The search strings of rows not in the model yet (the loader makes them ahead):
        the same as `_search_text` of each, made column by column."""
        if not self.columns:
            return ["" for _ in rows]
        cells: list[list[str]] = []
        for column, known in zip(self.columns, self._shown, strict=True):
            get, shown = column.get, column.shown
            if known is None or get is None or shown is None:
                cells.append([column.display(r) for r in rows])
                continue
            texts = []
            for value in map(get, rows):
                text = known.get(value)
                if text is None:
                    text = known[value] = shown(value)
                texts.append(text)
            cells.append(texts)
        return [search_fold("\x1f".join(row)) for row in zip(*cells, strict=True)]

    def _search_text(self, row: Any) -> str:
        return search_fold("\x1f".join(column.display(row) for column in self.columns))
