"""RowFilterProxy: search-as-you-type and per-tab filters over a RowTableModel.

The proxy holds the filtered rows as a list of source row numbers. A keystroke computes
that list in one Python pass over the model's precomputed lower-case search strings (one
pass per search word and per filter, each over the rows still in) and tells the view once
(one layout change). Nothing is called back per row: a QSortFilterProxyModel would call
`filterAcceptsRow` from C++ for each of 40 000 rows on every keystroke, which cost more
than the filtering itself. Sorting is forwarded to the source model (see row_model); the
proxy keeps the source's order.

A search needs each row's search text, made once per load. A keystroke does not wait for
40 000 of them (105 ms at 40 000 placements): it filters the rows whose texts are made, and
makes more for at most SEARCH_STEP_SECONDS; the rest follow in steps of the same length on
the event loop, their matches appended in order, until the result is what filtering every
row at once gives.
"""

from __future__ import annotations

import time
from array import array
from collections.abc import Callable, Iterable, MutableSequence
from typing import Any

from PySide6.QtCore import (
    QAbstractProxyModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)

from kemidesk.ui.models.row_model import (
    ARCHIVED_ROLES,
    ID_ROLE,
    ROLES,
    RowTableModel,
    search_fold,
)

Predicate = Callable[[Any], bool]
AnyIndex = QModelIndex | QPersistentModelIndex
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable  # every row's
SEARCH_STEP_SECONDS = 0.015  # search texts made in a keystroke or a later step, at most
SEARCH_SHOW_SECONDS = 0.25  # rows found in later steps are shown at most this often
KEPT_INDEXES = 20_000  # the most indexes kept for `index` (those painted, mostly)


class RowFilterProxy(QAbstractProxyModel):
    def __init__(self, source: RowTableModel, parent: Any = None) -> None:
        super().__init__(parent)
        self._source = source
        self._needles: list[str] = []
        self._predicates: dict[str, Predicate] = {}
        self._rows: MutableSequence[int] = array("q")  # source row of each proxy row, in order
        self._position: MutableSequence[int] | None = None  # proxy row of each source row
        # (-1: filtered out)
        self._saved: list[tuple[QPersistentModelIndex, QPersistentModelIndex]] = []
        self._removing = False
        # Source rows from here on are not filtered yet (their search texts are being made,
        # one step per event-loop turn); None when every row is.
        self._open_from: int | None = None
        self._found: MutableSequence[int] = array("q")  # found in later steps, not shown yet
        self._shown_at = 0.0  # when rows found in later steps were last shown
        self._more = QTimer(self)
        self._more.setSingleShot(True)
        self._more.setInterval(0)
        self._more.timeout.connect(self._search_more)
        # Each cell's index, made once (`index`): an index holds its row and column only, so
        # one made before stays right whatever row of the source it stands for now.
        self._indexes: dict[int, QModelIndex] = {}
        self._column_count = len(source.columns)
        self.setSourceModel(source)
        source.modelAboutToBeReset.connect(self.beginResetModel)
        source.modelReset.connect(self._source_reset)
        source.layoutAboutToBeChanged.connect(self._before_layout)
        source.layoutChanged.connect(self._after_layout)
        source.rowsInserted.connect(self._source_rows_inserted)
        source.rowsAboutToBeRemoved.connect(self._before_remove)
        source.rowsRemoved.connect(self._source_rows_removed)
        source.dataChanged.connect(self._source_data_changed)
        self._rows = self._compute(0, source.rowCount())

    @property
    def source(self) -> RowTableModel:
        return self._source

    # ------------------------------------------------------------ filters

    def set_search(self, text: str) -> None:
        """Words of the search box; every word must occur in some column of the row."""
        needles = search_fold(text).split()
        if needles != self._needles:
            self._needles = needles
            self._refilter()

    def set_predicate(self, name: str, predicate: Predicate | None) -> None:
        """Add, replace or (with None) remove a named filter on the row dataclass."""
        self.set_predicates({name: predicate})

    def set_predicates(self, predicates: dict[str, Predicate | None]) -> None:
        """Several filters at once, with one refiltering."""
        changed = False
        for name, predicate in predicates.items():
            if predicate is None:
                changed |= self._predicates.pop(name, None) is not None
            else:
                self._predicates[name] = predicate
                changed = True
        if changed:
            self._refilter()

    def is_filtered(self) -> bool:
        return bool(self._needles or self._predicates)

    def is_searching(self) -> bool:
        """True while some rows wait for their search texts (steps to come)."""
        return self._open_from is not None

    def finish_search(self) -> None:
        """The search's remaining steps at once (an export of the rows found)."""
        while self._open_from is not None:
            self._source.search_strings()
            self._search_more()

    def _refilter(self) -> None:
        self._before_layout()
        self._rows = self._compute(0, self._source.rowCount())
        self._finish_layout()

    def _search_more(self) -> None:
        """One step of a search whose rows' texts were not all made: the next rows' texts,
        their matches appended (shown in a few batches: each repaints the view)."""
        first = self._open_from
        if first is None:
            return
        self._found.extend(self._compute(first, self._source.rowCount()))
        now = time.perf_counter()
        if self._open_from is not None and now - self._shown_at < SEARCH_SHOW_SECONDS:
            return
        self._shown_at = now
        new, self._found = self._found, array("q")
        self._append(new)

    def _append(self, new: MutableSequence[int]) -> None:
        """Show the accepted source rows `new` (in order) after those shown."""
        if new:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(new) - 1)
            self._rows.extend(new)
            self._position = None
            self.endInsertRows()

    def _compute(self, first: int, end: int) -> MutableSequence[int]:
        """The accepted source rows among first..end-1, in order (machine integers: a list
        of 40 000 row numbers would hold an int object for each). With search words, only
        among the rows whose search texts are made (more made now, for SEARCH_STEP_SECONDS):
        the rest are left to `_search_more` (`_open_from`)."""
        self._open_from = None
        if first == 0:  # a new search (or a new order): what later steps found is void
            self._found = array("q")
            self._shown_at = time.perf_counter()
        kept: Iterable[int] = range(first, end)
        if not self._needles and not self._predicates:
            self._more.stop()
            return array("q", kept)
        if self._needles:
            texts = self._source.search_made()
            if len(texts) < end:
                self._source.search_for(SEARCH_STEP_SECONDS)
                texts = self._source.search_made()
            if len(texts) < end:
                kept = range(first, max(first, len(texts)))
                self._open_from = max(first, len(texts))
        if self._open_from is None:
            self._more.stop()
        else:
            self._more.start()
        for needle in self._needles:
            kept = [i for i in kept if needle in texts[i]]
        if self._predicates:  # (a list of lines makes its lines here)
            rows = self._source.rows()
            for predicate in self._predicates.values():
                kept = [i for i in kept if predicate(rows[i])]
        return array("q", kept)

    def _positions(self) -> MutableSequence[int]:
        if self._position is None:
            position = array("q", [-1]) * self._source.rowCount()
            for proxy_row, source_row in enumerate(self._rows):
                position[source_row] = proxy_row
            self._position = position
        return self._position

    # ------------------------------------------------------------ following the source

    def _source_reset(self) -> None:
        self._rows = self._compute(0, self._source.rowCount())
        self._position = None
        self.endResetModel()

    def _before_layout(self, *_args: Any) -> None:
        """Remember the persistent indexes (selection, current row) as source indexes."""
        self.layoutAboutToBeChanged.emit()
        self._saved = [
            (QPersistentModelIndex(index), QPersistentModelIndex(self.mapToSource(index)))
            for index in self.persistentIndexList()
        ]

    def _after_layout(self, *_args: Any) -> None:
        """The source was sorted: the accepted rows again, in the new order."""
        self._rows = self._compute(0, self._source.rowCount())
        self._finish_layout()

    def _finish_layout(self) -> None:
        self._position = None
        saved, self._saved = self._saved, []
        self.changePersistentIndexList(
            [QModelIndex(old) for old, _source in saved],
            [self.mapFromSource(QModelIndex(source)) for _old, source in saved],
        )
        self.layoutChanged.emit()

    def _source_rows_inserted(self, parent: QModelIndex, first: int, last: int) -> None:
        if parent.isValid():
            return
        if first == self._source.rowCount() - (last - first + 1):  # appended (the loader)
            if self._open_from is not None:
                self._position = None
                return  # filtered in the search's next steps, after the rows before them
            self._position = None
            self._append(self._compute(first, last + 1))
            return
        self.beginResetModel()
        self._source_reset()

    def _before_remove(self, parent: QModelIndex, first: int, last: int) -> None:
        if not parent.isValid():
            self._removing = True
            self.beginResetModel()

    def _source_rows_removed(self, parent: QModelIndex, first: int, last: int) -> None:
        if self._removing:
            self._removing = False
            self._source_reset()

    def _source_data_changed(self, top_left: QModelIndex, bottom_right: QModelIndex) -> None:
        # A row replaced after an edit: it may now be filtered in or out.
        self._before_layout()
        self._after_layout()
        positions = self._positions()
        for row in range(top_left.row(), bottom_right.row() + 1):
            position = positions[row] if row < len(positions) else -1
            if position >= 0:
                last = self.columnCount() - 1
                self.dataChanged.emit(self.index(position, 0), self.index(position, last))

    # ------------------------------------------------------------ Qt interface

    def index(
        self,
        row: int,
        column: int,
        parent: AnyIndex = QModelIndex(),  # noqa: B008
    ) -> QModelIndex:
        # asked for every cell painted: createIndex costs ~1.5 µs in PySide, a lookup 0.1
        columns = self._column_count
        if not (0 <= row < len(self._rows) and 0 <= column < columns) or parent.isValid():
            return QModelIndex()
        key = row * columns + column
        found = self._indexes.get(key)
        if found is None:
            if len(self._indexes) >= KEPT_INDEXES:
                self._indexes.clear()
            found = self._indexes[key] = self.createIndex(row, column)
        return found

    def parent(self, *args: Any) -> Any:  # type: ignore[override]
        if not args:  # QObject.parent()
            return super().parent()
        return QModelIndex()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._source.columns)

    def hasChildren(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and bool(self._rows)

    def mapToSource(self, proxy_index: AnyIndex) -> QModelIndex:
        if not proxy_index.isValid() or proxy_index.row() >= len(self._rows):
            return QModelIndex()
        return self._source.index(self._rows[proxy_index.row()], proxy_index.column())

    def mapFromSource(self, source_index: AnyIndex) -> QModelIndex:
        if not source_index.isValid():
            return QModelIndex()
        positions = self._positions()
        row = source_index.row()
        if row >= len(positions) or positions[row] < 0:
            return QModelIndex()
        return self.createIndex(positions[row], source_index.column())

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # A paint asks 7 roles of every cell: the row's number is checked without asking
        # the index whether it is valid (an invalid index's row is -1).
        if role not in ROLES or (role in ARCHIVED_ROLES and not self._source.has_archived()):
            return None
        row = index.row()
        if row < 0 or row >= len(self._rows):
            return None
        return self._source.cell(self._rows[row], index.column(), role)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        return self._source.headerData(section, orientation, role)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        return _FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    # ------------------------------------------------------------ sorting and access

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._source.sort(column, order)

    def row_at(self, proxy_row: int) -> Any:
        if not 0 <= proxy_row < len(self._rows):
            return None
        return self._source.row_at(self._rows[proxy_row])

    def proxy_row_of(self, row_id: int) -> int | None:
        position = self._source.position_of(row_id)
        if position is None:
            return None
        row = self._positions()[position]
        return None if row < 0 else row

    def id_at(self, proxy_row: int) -> int | None:
        value = self.data(self.index(proxy_row, 0), ID_ROLE)
        return None if value is None else int(value)
