"""RowFilterProxy: search-as-you-type and per-tab filters over a RowTableModel.

filterAcceptsRow() is called once per source row from C++, so it only looks up a list of
booleans. That list is computed in one Python pass over the model's precomputed lower-case
search strings, and recomputed only when the search text, a filter or the model's rows
change. Sorting is forwarded to the source model (see row_model).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from kemidesk.domain.money import NBSP
from kemidesk.ui.models.row_model import ID_ROLE, ROW_ROLE, RowTableModel

Predicate = Callable[[Any], bool]


class RowFilterProxy(QSortFilterProxyModel):
    def __init__(self, source: RowTableModel, parent: Any = None) -> None:
        super().__init__(parent)
        self._source = source
        self._needles: list[str] = []
        self._predicates: dict[str, Predicate] = {}
        self._accepted: list[bool] = []
        self.setDynamicSortFilter(False)
        source.listeners.append(self._recompute)
        self._recompute()
        self.setSourceModel(source)

    @property
    def source(self) -> RowTableModel:
        return self._source

    # ------------------------------------------------------------ filters

    def set_search(self, text: str) -> None:
        """Words of the search box; every word must occur in some column of the row."""
        needles = text.replace(NBSP, " ").casefold().split()
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

    def _refilter(self) -> None:
        # invalidate() rebuilds the mapping behind one layoutChanged signal. The incremental
        # begin/endFilterChange() emits rowsRemoved/rowsInserted once per contiguous range,
        # which for a search over 40 000 rows means thousands of signals per keystroke.
        # The proxy never sorts (sort() is forwarded to the source), so nothing is re-sorted.
        self._recompute()
        self.invalidate()

    def _recompute(self) -> None:
        self._accepted = self._compute()

    def _compute(self) -> list[bool]:
        """One pass per search word and per filter, each over the rows still in."""
        texts = self._source.search_strings()
        if not self._needles and not self._predicates:
            return [True] * len(texts)
        kept: Iterable[int] = range(len(texts))
        for needle in self._needles:
            kept = [i for i in kept if needle in texts[i]]
        rows = self._source.rows()
        for predicate in self._predicates.values():
            kept = [i for i in kept if predicate(rows[i])]
        accepted = [False] * len(texts)
        for i in kept:
            accepted[i] = True
        return accepted

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        return self._accepted[source_row]

    # ------------------------------------------------------------ sorting and access

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._source.sort(column, order)

    def row_at(self, proxy_row: int) -> Any:
        return self.index(proxy_row, 0).data(ROW_ROLE)

    def proxy_row_of(self, row_id: int) -> int | None:
        position = self._source.position_of(row_id)
        if position is None:
            return None
        index = self.mapFromSource(self._source.index(position, 0))
        return index.row() if index.isValid() else None

    def id_at(self, proxy_row: int) -> int | None:
        value = self.index(proxy_row, 0).data(ID_ROLE)
        return None if value is None else int(value)
