"""RowTableModel: a read-only QAbstractTableModel over frozen service rows.

One class serves every list; what differs is the tuple of `Column`s. Rows are replaced
with `set_rows()` (one model reset), grown with `append_rows()` (chunked loading) and
patched with `upsert_row()` / `remove_id()` after an edit. Sorting happens here, on Python
values (`Column.sort_key`), because a QSortFilterProxyModel that sorts through data() calls
back into Python n·log n times. The proxy on top only filters.
"""

from __future__ import annotations

import operator
import time
from collections.abc import Callable, Sequence
from itertools import islice
from operator import attrgetter, itemgetter
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
SEARCH_STEP_ROWS = 1000  # search texts made at a time by `search_for` (~3 ms)
_ARCHIVED_COLOUR = QColor("#808080")
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_FONT = int(Qt.ItemDataRole.FontRole)
ARCHIVED_ROLES = frozenset({_FOREGROUND, _FONT})  # answered for archived rows only
ROLES = frozenset({  # the roles a cell answers (others: None)
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole, SORT_ROLE, ROW_ROLE, ID_ROLE,
})  # fmt: skip


def search_fold(text: str) -> str:
    """A text as searched: no-break spaces as spaces, case folded, and the euro sign and the
    dash of a period as one-byte stand-ins (control characters nobody types), so that the
    search strings of 40 000 rows keep one byte per character instead of two (17 MB less
    at 115 000 rows). The search box's words are folded the same way."""
    return text.replace(NBSP, " ").casefold().replace("€", "\x80").replace("–", "\x96")


def _archived(row: Any) -> bool:
    return bool(getattr(row, "archived", False))


def _missing_last(value: Any) -> tuple[bool, Any]:
    return (value is None, 0 if value is None else value)


class RowTableModel(QAbstractTableModel):
    """Rows of one kind (anything with an `id` attribute) shown through column specs."""

    def __init__(self, columns: Sequence[Column], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns: tuple[Column, ...] = tuple(columns)
        self._rows: list[Any] = []
        # each row's search text, made when first searched (`search_strings`) and kept up
        # to date from then on: a list of 40 000 rows need not make them to be shown
        self._search: list[str] | None = None
        self._ahead: list[str] = []  # the first rows' search texts, made ahead (`search_ahead`)
        # per column with a value-only text (`Column.shown`): each distinct value's text,
        # made once per load (a list's dates, sums and states repeat across 40 000 rows)
        self._shown: list[dict[Any, str] | None] = self._texts_per_value()
        self._gets = [c.get for c in self.columns]
        # each column's alignment as the int Qt reads (an enum member returned to Qt is
        # converted through Python each time: a paint asks it of every cell)
        self._aligns = [int(c.align) for c in self.columns]
        # per column sorted by `Column.sort_of`: each distinct value's sort key
        self._keys: list[dict[Any, Any] | None] = [None for _ in self.columns]
        self._folded: list[dict[Any, str] | None] = [None for _ in self.columns]  # searched
        self._italic = QFont()
        self._italic.setItalic(True)
        # Called after the row lists change and before Qt hears of it (the filter proxy
        # recomputes its accepted rows there, so filterAcceptsRow stays a list lookup).
        self.listeners: list[Callable[[], None]] = []
        self.sort_column = -1
        self.sort_order = Qt.SortOrder.AscendingOrder
        self._line: type | None = None  # `hold_lines`
        self._any_archived: bool | None = None  # `has_archived`; None: not known yet
        self._id_of: Callable[[Any], Any] = attrgetter("id")
        self._archived_of: Callable[[Any], Any] = _archived

    # ------------------------------------------------------------ Qt interface

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in ROLES or not index.isValid():  # the view asks ~10 roles per cell
            return None
        return self.cell(index.row(), index.column(), role)

    def cell(self, position: int, column_number: int, role: int) -> Any:
        """data() of the row at `position` (the filter proxy asks here directly). The roles
        are compared as plain ints (an attribute of the Qt.ItemDataRole enum class costs a
        Python call each time it is read: a paint asks ~7 roles of every cell)."""
        if role == _DISPLAY:
            known = self._shown[column_number]
            if known is None:
                return self.columns[column_number].display(self._rows[position])
            value = self._gets[column_number](self._rows[position])  # type: ignore[misc]
            text = known.get(value)
            if text is None:
                text = known[value] = self.columns[column_number].shown(value)  # type: ignore[misc]
            return text
        if role == _ALIGNMENT:
            return self._aligns[column_number]
        if role == _FOREGROUND or role == _FONT:  # noqa: SIM109  (two int compares, no tuple)
            if not self._archived_of(self._rows[position]):
                return None
            return _ARCHIVED_COLOUR if role == _FOREGROUND else self._italic
        return self._other_cell(position, column_number, role)

    def _other_cell(self, position: int, column_number: int, role: int) -> Any:
        """`cell` of the roles a paint does not ask."""
        if role not in ROLES:
            return None
        row = self._rows[position]
        column = self.columns[column_number]
        if role == SORT_ROLE:
            key = column.sort_key(row)
            return key[0] if isinstance(key, tuple) else key
        if role == ROW_ROLE:
            return row if self._line is None else self._line(row)
        if role == ID_ROLE:
            return self._id_of(row)
        if role == _TOOLTIP and column.tooltip is not None:
            return column.tooltip(row)
        return None

    def has_archived(self) -> bool:
        """True when some row is archived (shown grey and italic): a paint asks each cell
        for its colour and font, which no row needs in a list without archived rows."""
        if self._any_archived is None:
            self._any_archived = any(map(self._archived_of, self._rows))
        return self._any_archived

    def _texts_per_value(self) -> list[dict[Any, str] | None]:
        """Per column whose text follows from its value alone (`Column.get` and `shown`),
        each distinct value's text as made (in `cell`), once per load."""
        return [{} if c.get is not None and c.shown is not None else None for c in self.columns]

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
        order_ = self._sort_order()
        if order_ is None:
            return
        self.layoutAboutToBeChanged.emit()
        self._permute(order_)
        self._changed()
        self.layoutChanged.emit()

    def _sort_order(self) -> list[int] | None:
        """The rows' positions in the order of `sort_column` and `sort_order`; None when
        nothing is to move (no such column, a row or none, or in that order already)."""
        column = self.sort_column
        if not 0 <= column < len(self.columns) or len(self._rows) < 2:
            return None
        spec = self.columns[column]
        reverse = self.sort_order == Qt.SortOrder.DescendingOrder
        if spec.get is not None and spec.sort_of is not None:
            return self._sorted_by_values(column, reverse)
        key = spec.sort_key
        return sorted(
            range(len(self._rows)),
            key=lambda i: _missing_last(key(self._rows[i])),
            reverse=reverse,
        )

    def _sorted_by_values(self, column: int, reverse: bool) -> list[int] | None:
        """The order of `sort` by `Column.sort_of` of each row's `get` value, each distinct
        value's key made once: the same order as sorting by `_missing_last(sort_key(row))`
        (stable; a missing key after every other, so first when descending). None when the
        rows are in that order already."""
        spec = self.columns[column]
        get, sort_of = spec.get, spec.sort_of
        assert get is not None
        assert sort_of is not None
        values = list(map(get, self._rows))
        keys_of = self._keys[column]
        if keys_of is None:
            keys_of = self._keys[column] = {}
        for value in set(values).difference(keys_of):
            keys_of[value] = sort_of(value)
        keys = list(map(keys_of.__getitem__, values))
        if None not in keys_of.values() and all(
            map(operator.ge if reverse else operator.le, keys, islice(keys, 1, None))
        ):
            return None  # in this order already (a list read in it): nothing moves
        if None in keys_of.values():
            missing = [i for i, k in enumerate(keys) if k is None]
            present = [i for i, k in enumerate(keys) if k is not None]
            ordered = sorted(present, key=keys.__getitem__, reverse=reverse)
            return missing + ordered if reverse else ordered + missing
        return sorted(range(len(keys)), key=keys.__getitem__, reverse=reverse)

    def _permute(self, order: list[int]) -> None:
        new_position = [0] * len(order)
        for new, old in enumerate(order):
            new_position[old] = new
        self._rows = list(map(self._rows.__getitem__, order))
        if self._search is not None:
            self._search = list(map(self._search.__getitem__, order))
        self._ahead = []
        old_indexes = self.persistentIndexList()
        new_indexes = [self.index(new_position[i.row()], i.column()) for i in old_indexes]
        self.changePersistentIndexList(old_indexes, new_indexes)

    # ------------------------------------------------------------ rows

    def set_rows(self, rows: Sequence[Any]) -> None:
        """Replace every row (one reset) and keep the current sort."""
        self.beginResetModel()
        self._rows = list(rows)
        self._any_archived = None
        self._shown = self._texts_per_value()
        self._keys = [None for _ in self.columns]
        self._folded = [None for _ in self.columns]
        self._search = None
        self._ahead = []
        # put in the current sort within the reset: no layout change after it (the proxy
        # and the view would map every row again, and the tab count them again)
        order = self._sort_order()
        if order is not None:
            self._rows = list(map(self._rows.__getitem__, order))
        self._changed()
        self.endResetModel()

    def append_rows(self, rows: Sequence[Any], search_texts: Sequence[str] | None = None) -> None:
        """Add rows at the end; `search_texts` are theirs when already made (`search_texts`)."""
        if not rows:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._rows.extend(rows)
        if self._any_archived is False:  # only the new rows can change that
            self._any_archived = any(map(self._archived_of, rows))
        if self._search is not None:
            self._search.extend(self.search_texts(rows) if search_texts is None else search_texts)
        self._changed()
        self.endInsertRows()

    def upsert_row(self, row: Any) -> int:
        """Replace the row with the same id (or add it), in its place of the current sort;
        returns its position."""
        row_id = self._id_of(row)
        position = self.position_of(row_id)
        if position is None:
            self.append_rows([row])
        else:
            self._rows[position] = row
            self._any_archived = None  # the row replaced may have been the archived one
            if self._search is not None:
                self._search[position] = self._search_text(row)
            self._ahead = self._ahead[:position]
            self._changed()
            last = self.index(position, len(self.columns) - 1)
            self.dataChanged.emit(self.index(position, 0), last)
        if self.sort_column >= 0:
            self.sort(self.sort_column, self.sort_order)
        placed = self.position_of(row_id)
        return len(self._rows) - 1 if placed is None else placed

    def remove_id(self, row_id: int) -> None:
        position = self.position_of(row_id)
        if position is None:
            return
        self.beginRemoveRows(QModelIndex(), position, position)
        del self._rows[position]
        self._any_archived = None
        if self._search is not None:
            del self._search[position]
        self._ahead = self._ahead[:position]
        self._changed()
        self.endRemoveRows()

    def _changed(self) -> None:
        for listener in self.listeners:
            listener()

    def rows(self) -> list[Any]:
        """The rows (lines made of them when the model holds tuples as read)."""
        return self._rows if self._line is None else list(map(self._line, self._rows))

    def row_at(self, position: int) -> Any:
        row = self._rows[position]
        return row if self._line is None else self._line(row)

    def position_of(self, row_id: int) -> int | None:
        for position, found in enumerate(map(self._id_of, self._rows)):
            if found == row_id:
                return position
        return None

    def is_archived(self, row: Any) -> bool:
        return bool(self._archived_of(row))

    def hold_lines(self, line_class: type) -> None:
        """The rows are tuples as read, named by `line_class` (`db.rows.line_class`): the
        model reads their id and archived mark by place, and gives a line of a row when
        the row is asked for (`row_at`, `rows`, ROW_ROLE)."""
        index: dict[str, int] = line_class._index  # type: ignore[attr-defined]
        self._line = line_class
        self._any_archived = None
        self._id_of = itemgetter(index["id"])
        archived = index.get("archived")
        self._archived_of = (lambda _row: False) if archived is None else itemgetter(archived)

    def line_places(self, *names: str) -> tuple[int, ...]:
        """The places of the named columns in the rows held as lines (`hold_lines`)."""
        assert self._line is not None
        index: dict[str, int] = self._line._index  # type: ignore[attr-defined]
        return tuple(index[name] for name in names)

    def search_strings(self) -> list[str]:
        """Lower-case text of every row's columns (for the filter proxy), in row order;
        made at the first search."""
        if self._search is None:
            ahead, self._ahead = self._ahead, []
            self._search = ahead + self.search_texts(self._rows[len(ahead) :])
        return self._search

    def search_ahead(self, count: int) -> bool:
        """Make the search texts of the next `count` rows before the first search (in the
        window's idle time: the first keystroke then does not make 40 000 of them); True
        when every row's is made."""
        if self._search is not None:
            return True
        made = len(self._ahead)
        self._ahead.extend(self.search_texts(self._rows[made : made + count]))
        if len(self._ahead) < len(self._rows):
            return False
        self._search, self._ahead = self._ahead, []
        return True

    def search_made(self) -> list[str]:
        """The search texts made so far, of the first rows in order (all of them once
        `search_strings` or `search_ahead` has made every row's); nothing is made here."""
        return self._ahead if self._search is None else self._search

    def search_for(self, seconds: float) -> bool:
        """Make the next rows' search texts, SEARCH_STEP_ROWS at a time, for about `seconds`
        (at least one batch); True when every row's is made."""
        began = time.perf_counter()
        while not self.search_ahead(SEARCH_STEP_ROWS):
            if time.perf_counter() - began >= seconds:
                return False
        return True

    def search_texts(self, rows: Sequence[Any]) -> list[str]:
        """The search strings of `rows`: the same as `_search_text` of each, made column by
        column with each distinct value's text made and folded once (folding the cells one
        by one gives the folded whole: `search_fold` maps each character on its own)."""
        if not self.columns:
            return ["" for _ in rows]
        cells: list[list[str]] = []
        for number, (column, known) in enumerate(zip(self.columns, self._shown, strict=True)):
            get, shown = column.get, column.shown
            if known is None or get is None or shown is None:
                cells.append([search_fold(column.display(r)) for r in rows])
                continue
            folded = self._folded[number]
            if folded is None:
                folded = self._folded[number] = {}
            values = list(map(get, rows))
            for value in set(values).difference(folded):
                text = known.get(value)
                if text is None:
                    text = known[value] = shown(value)
                folded[value] = search_fold(text)
            cells.append(list(map(folded.__getitem__, values)))
        return list(map("\x1f".join, zip(*cells, strict=True)))

    def _search_text(self, row: Any) -> str:
        return search_fold("\x1f".join(column.display(row) for column in self.columns))
