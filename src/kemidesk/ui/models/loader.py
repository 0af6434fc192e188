"""Chunked loading: the first rows at once, the rest in slices on the event loop.

A list of 40 000 placements takes about a second to read; read in one go it would freeze
the window. The loader asks for the ordered ids first (one cheap query), reads the first
page synchronously so the tab shows rows at once, and then reads the rest a chunk per
event-loop turn, appending to the model. No threads: SQLite and the rows stay on the GUI
thread, and a new load simply cancels the old one.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from kemidesk.ui.models.row_model import RowTableModel

log = logging.getLogger(__name__)

FetchAll = Callable[[], Sequence[Any]]
FetchIds = Callable[[], Sequence[int]]
FetchChunk = Callable[[list[int]], Sequence[Any]]

FIRST_PAGE = 150
CHUNK = 2500


class ChunkedLoader(QObject):
    """Fills a RowTableModel; emits `progress(loaded, total)` and `finished()`."""

    progress = Signal(int, int)
    finished = Signal()

    def __init__(self, model: RowTableModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self._pending: list[int] = []
        self._fetch: FetchChunk | None = None
        self._total = 0
        self._started = 0.0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._next_chunk)

    @property
    def loading(self) -> bool:
        return bool(self._pending)

    def load_all(self, fetch: FetchAll) -> None:
        """Small lists: one synchronous read."""
        self.cancel()
        rows = list(fetch())
        self._model.set_rows(rows)
        self.progress.emit(len(rows), len(rows))
        self.finished.emit()

    def load_chunked(self, ids: FetchIds, fetch: FetchChunk) -> None:
        """Big lists: ordered ids, the first page now, the rest chunk by chunk."""
        self.cancel()
        self._started = time.perf_counter()
        all_ids = list(ids())
        self._total = len(all_ids)
        self._fetch = fetch
        first, self._pending = all_ids[:FIRST_PAGE], all_ids[FIRST_PAGE:]
        self._model.set_rows(list(fetch(first)) if first else [])
        self.progress.emit(self._model.rowCount(), self._total)
        if self._pending:
            self._timer.start()
        else:
            self.finished.emit()

    def cancel(self) -> None:
        self._timer.stop()
        self._pending = []

    def finish_now(self) -> None:
        """Read everything that is still pending (tests, printing, exports)."""
        while self._pending:
            self._next_chunk()

    def _next_chunk(self) -> None:
        if not self._pending or self._fetch is None:
            return
        chunk, self._pending = self._pending[:CHUNK], self._pending[CHUNK:]
        self._model.append_rows(list(self._fetch(chunk)))
        self.progress.emit(self._model.rowCount(), self._total)
        if self._pending:
            self._timer.start()
            return
        model = self._model
        if model.sort_column >= 0:
            model.sort(model.sort_column, model.sort_order)
        log.info("loaded %d rows in %.2f s", self._total, time.perf_counter() - self._started)
        self.finished.emit()
