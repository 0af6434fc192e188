"""Chunked loading: the first rows at once, the rest in slices on the event loop.

A list of 40 000 placements takes about a second to read; read in one go it would freeze
the window. The loader reads a first page (on a tab's first load in the turn after the
one that shows the tab, so that each stays short), then, one step per event-loop turn, the
remaining rows in pages or chunks, appended to the model. No threads: SQLite
and the rows stay on the GUI thread, and a new load simply cancels the old one.
"""

from __future__ import annotations

import gc
import logging
import time
from collections.abc import Callable, Collection, Sequence
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from kemidesk.ui.models.row_model import RowTableModel

log = logging.getLogger(__name__)

FetchAll = Callable[[], Sequence[Any]]
FetchIds = Callable[[], Sequence[int]]
FetchChunk = Callable[[list[int]], Sequence[Any]]
FetchFirst = Callable[[int], Sequence[int]]
FetchPage = Callable[[Any, int], Sequence[Any]]  # (after, limit) -> the rows after `after`


# A page function may return this instead of rows: it did some preparing work in this
# step (e.g. one part of what its pages need), and is to be asked again in the next turn.
class _Later(tuple):  # type: ignore[type-arg]  # not `()`: an empty page is that object
    __slots__ = ()


LATER: Sequence[Any] = _Later()
FIRST_PAGE = 100  # fills a tall window; read in a step of its own on a tab's first load
FIRST_READ = 2 * FIRST_PAGE  # a short list's first read (`load_pages(first=...)`): all of it
CHUNK = 2500  # the most rows of one step
FIRST_CHUNK = 400
STEP_SECONDS = 0.02  # each step aims at this much time (its read), so the window never waits long
FLUSH_SECONDS = 0.5  # rows read are shown at most this often: each batch repaints the view
FREEZE_ROWS = 5000
SORT_APART_ROWS = 2000  # a list this long is sorted in a step of its own after its last rows


class ChunkedLoader(QObject):
    """Fills a RowTableModel; emits `progress(loaded, total)` and `finished()`."""

    progress = Signal(int, int)
    finished = Signal()

    def __init__(self, model: RowTableModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self._pending: list[int] = []
        self._ids: FetchIds | None = None  # all ids, read after the first page
        self._seen: set[int] = set()
        self._fetch: FetchChunk | None = None
        self._total = 0
        self._chunk = FIRST_CHUNK
        self._buffer: list[Any] = []  # rows read and not shown yet
        self._page: FetchPage | None = None  # paged reading (`load_pages`)
        self._after_of: Callable[[Any], Any] | None = None
        self._after: Any = None
        self._first_waiting = False  # `load_pages`: the first page is read in the next turn
        self._values: list[dict[Any, Any]] | None = None  # `_shared`, for one load
        self._distinct: tuple[int, ...] = ()  # `load_pages`: columns not shared
        self._started = 0.0
        self._flushed = 0.0  # when rows last reached the model
        self._sorting = False  # the rows are all in; the model's sort comes in a step of its own
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._next_chunk)

    @property
    def loading(self) -> bool:
        return (
            bool(self._pending) or self._ids is not None or self._page is not None or self._sorting
        )

    def load_all(self, fetch: FetchAll) -> None:
        """Small lists: one synchronous read."""
        self.cancel()
        rows = list(fetch())
        self._model.set_rows(rows)
        self.progress.emit(len(rows), len(rows))
        self.finished.emit()

    def load_chunked(self, ids: FetchIds, fetch: FetchChunk, first: FetchFirst) -> None:
        """Big lists: the first page (`first(FIRST_PAGE)` ids) now; all ids and the rest,
        chunk by chunk, from the next event-loop turns. A list of at most two pages is read
        whole now (as long as a page or two: no more turns, no second repaint)."""
        self.cancel()
        self._started = self._flushed = time.perf_counter()
        self._chunk = FIRST_CHUNK
        first_ids = list(first(2 * FIRST_PAGE + 1))
        more = len(first_ids) > 2 * FIRST_PAGE
        if more:
            first_ids = first_ids[:FIRST_PAGE]
        self._fetch, self._seen = fetch, set(first_ids)
        self._ids = ids if more else None
        self._model.set_rows(list(fetch(first_ids)) if first_ids else [])
        self._total = self._model.rowCount()
        self.progress.emit(self._total, self._total)
        if more:
            self._timer.start()
        else:
            self.finished.emit()

    def load_pages(
        self,
        page: FetchPage,
        after_of: Callable[[Any], Any],
        distinct: Collection[int] = (),
        first: int | None = None,
    ) -> None:
        """Big lists read as pages of one ordered query: `page(None, FIRST_PAGE)` now (in
        the next event-loop turn when the model is empty: the tab's first load), then
        from the next event-loop turns `page(after_of(last row), n)` until a page comes
        short. Each page continues the index where the last one stopped (no list of ids
        read first, no rows put back in order). `distinct`: the places of the columns
        whose value differs in every row (an id, a decision number), whose values are
        not shared (`_shared`). `first`: a list that is usually short reads its first
        `first` rows now, also on its first load (most often the whole list, in one read)."""
        self.cancel()
        self._started = self._flushed = time.perf_counter()
        self._chunk = FIRST_CHUNK
        self._values = None
        self._distinct = tuple(distinct)
        self._page, self._after_of = page, after_of
        if first is not None:
            self._first_page(first)
            return
        if self._model.rowCount() == 0:
            # Nothing on screen to keep (a tab's first load): the tab is shown and painted
            # empty in this turn, its first page comes in the next one (each under ~40 ms).
            self._first_waiting = True
            self.progress.emit(0, 0)
            self._timer.start()
            return
        self._first_page()

    def _first_page(self, size: int = FIRST_PAGE) -> None:
        """`page(None, size)` into the model in place of its rows."""
        page, after_of = self._page, self._after_of
        assert page is not None
        assert after_of is not None
        self._first_waiting = False
        first = _kept_out_of_collection(page, None, size, self._shared)
        self._model.set_rows(first)
        self._total = len(first)
        self.progress.emit(self._total, self._total)
        if len(first) >= size:
            self._after = after_of(first[-1])
            self._timer.start()
        else:
            self._page = self._after_of = self._after = None
            self.finished.emit()

    def cancel(self) -> None:
        self._timer.stop()
        self._pending = []
        self._ids = None
        self._page = self._after_of = self._after = None
        self._first_waiting = False
        self._values = None
        self._sorting = False
        self._buffer = []

    def finish_now(self) -> None:
        """Read everything that is still pending (tests, printing, exports)."""
        while self.loading:
            self._next_chunk()

    def _next_chunk(self) -> None:
        if self._sorting:
            self._sorting = False
            self._done()
            return
        if self._first_waiting:
            self._first_page()
            return
        if self._page is not None:
            self._next_page()
            return
        if self._ids is not None:  # the full id list, minus the first page
            every = list(self._ids())
            self._ids = None
            self._total = len(every)
            self._pending = [i for i in every if i not in self._seen]
            self._seen = set()
            if self._pending:  # the rows from the next turn: keep each turn short
                self._timer.start()
                return
        if not self._pending or self._fetch is None:
            self._done()
            return
        size = self._chunk
        chunk, self._pending = self._pending[:size], self._pending[size:]
        began = time.perf_counter()
        rows = list(self._fetch(chunk))
        self._buffer.extend(rows)
        # The next chunk as big as fits in STEP_SECONDS at this step's pace (rows cost
        # differently per list and per machine).
        took = max(time.perf_counter() - began, 1e-4)
        self._chunk = max(100, min(CHUNK, int(size * STEP_SECONDS / took)))
        # Rows reach the model (and the view repaints) in a few big batches, not after every
        # step: a repaint of a full table costs as much as a step.
        if not self._pending or time.perf_counter() - self._flushed >= FLUSH_SECONDS:
            self._flush()
        self.progress.emit(self._model.rowCount() + len(self._buffer), self._total)
        if self._pending:
            self._timer.start()
            return
        if self._model.sort_column >= 0 and self._model.rowCount() > SORT_APART_ROWS:
            self._sorting = True  # sorting 40 000 rows takes a step of its own
            self._timer.start()
            return
        self._done()

    def _next_page(self) -> None:
        page, after_of = self._page, self._after_of
        assert page is not None
        assert after_of is not None
        size = self._chunk
        began = time.perf_counter()
        rows = _kept_out_of_collection(page, self._after, size, self._shared)
        if rows is LATER:
            self._timer.start()
            return
        took = max(time.perf_counter() - began, 1e-4)
        self._chunk = max(100, min(CHUNK, int(size * STEP_SECONDS / took)))
        self._buffer.extend(rows)
        more = len(rows) >= size
        if more:
            self._after = after_of(rows[-1])
        else:
            self._page = self._after_of = self._after = None
        if not more or time.perf_counter() - self._flushed >= FLUSH_SECONDS:
            self._flush()
        self._total = self._model.rowCount() + len(self._buffer)
        self.progress.emit(self._total, self._total)
        if more:
            self._timer.start()
        elif self._model.sort_column >= 0 and self._model.rowCount() > SORT_APART_ROWS:
            self._sorting = True  # the sort in a step of its own
            self._timer.start()
        else:
            self._done()

    def _flush(self) -> None:
        self._flushed = time.perf_counter()
        rows, self._buffer = self._buffer, []
        self._model.append_rows(rows)

    def _shared(self, rows: list[Any]) -> list[Any]:
        """The rows with each column's equal values as one object (a list's dates, names
        and sums repeat across its rows, and the driver makes a new text of each). The
        `distinct` columns go through a dict of this page's values only: one of every id
        of the list would only grow, and the walk through it grew faster than the list
        (at 144 000 decisions 178 ms against 37 ms at 36 000; with each page's own,
        119 and 31 ms)."""
        if not rows:
            return rows
        if self._values is None:
            self._values = [{} for _ in rows[0]]
        values = self._values
        for place in self._distinct:
            values[place] = {}
        share = dict.setdefault
        return [tuple(map(share, values, row, row)) for row in rows]

    def _done(self) -> None:
        self._values = None
        model = self._model
        if model.sort_column >= 0:
            model.sort(model.sort_column, model.sort_order)
        if model.rowCount() >= FREEZE_ROWS:
            # Tens of thousands of long-lived rows make every full garbage collection walk
            # them all (a pause of tens of ms in the middle of typing). They hold no
            # reference cycles, so they are moved out of the collector's sight.
            gc.freeze()
        log.info("loaded %d rows in %.2f s", self._total, time.perf_counter() - self._started)
        self.finished.emit()


def _kept_out_of_collection(
    page: FetchPage, after: Any, limit: int, shared: Callable[[list[Any]], list[Any]]
) -> Any:
    """`shared(page(after, limit))` made with the garbage collector paused, its rows then
    moved out of the collector's sight (`gc.freeze`, as `_done` does for a whole list):
    rows as read hold no reference cycles, and the collections that the thousands of new
    tuples would set off cost as much as a tenth of reading them."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        rows = page(after, limit)
        return rows if rows is LATER else shared(list(rows))
    finally:
        gc.freeze()
        if enabled:
            gc.enable()
