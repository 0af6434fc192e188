"""RecordTab: a searchable, filterable, lazily loaded list of one kind of record, built on
the tab interface (`BaseTab`, re-exported here)."""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from kemidesk.domain.errors import DomainError
from kemidesk.ui import messages
from kemidesk.ui.context import UiContext
from kemidesk.ui.errors import error_text
from kemidesk.ui.models.columns import Column
from kemidesk.ui.models.loader import STEP_SECONDS, ChunkedLoader
from kemidesk.ui.models.proxy import RowFilterProxy
from kemidesk.ui.models.row_model import RowTableModel
from kemidesk.ui.tabs.interface import BaseTab
from kemidesk.ui.widgets.table_view import RecordTableView

__all__ = ["BaseTab", "RecordTab"]

SEARCH_AHEAD_ROWS = 2000  # lists this long make their search texts ahead, in idle steps
SEARCH_AHEAD_AFTER_MS = 250  # the first step this long after the list is loaded or shown


class RecordTab(BaseTab):
    """A list of one record kind: search box, filters, a sortable table, lazy loading."""

    kind = ""  # record kind on the bus and for the opener
    columns: Sequence[Column] = ()
    default_sort: tuple[int, Qt.SortOrder] = (0, Qt.SortOrder.AscendingOrder)
    depends_on: frozenset[str] = frozenset()  # other kinds whose changes show in this list
    print_kind: str | None = None  # key in ctx.print_handlers
    # The list holds lines (`db.rows.line_class`: the shown columns as read) instead of the
    # service's rows: `current_row()` reads the chosen record by id (`fetch_one`).
    holds_lines = False

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.model = RowTableModel(self.make_columns(), self)
        self.proxy = RowFilterProxy(self.model, self)
        self.loader = ChunkedLoader(self.model, self)
        self.loaded = False
        self.stale = False
        self._current: tuple[int, Any] | None = None  # (id, full row) of `current_row`
        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Hae (Ctrl+F)"))
        self.search.textChanged.connect(self.proxy.set_search)
        self.count_label = QLabel(self)
        self.view = RecordTableView(self)
        self.view.setModel(self.proxy)
        self.view.open_requested.connect(lambda _row: self.open_current())
        self.view.selectionModel().selectionChanged.connect(lambda *_: self.state_changed.emit())
        self.proxy.rowsInserted.connect(self._rows_changed)
        self.proxy.rowsRemoved.connect(self._rows_changed)
        self.proxy.modelReset.connect(self._rows_changed)
        self.proxy.layoutChanged.connect(self._rows_changed)
        self.loader.finished.connect(self._rows_changed)
        # the search texts of a long list, made in idle steps after it is loaded
        self._ahead_timer = QTimer(self)
        self._ahead_timer.setSingleShot(True)
        self._ahead_timer.timeout.connect(self._search_ahead)
        self._ahead_rows = SEARCH_AHEAD_ROWS
        self.loader.finished.connect(self._start_search_ahead)
        self._build_layout()
        self._restore_header()
        ctx.bus.changed.connect(self._record_changed)
        ctx.bus.saved.connect(self._record_saved)

    def make_columns(self) -> Sequence[Column]:
        """The list's columns (those of the class; a list of lines makes its own)."""
        return self.columns

    # ------------------------------------------------------------ layout

    def _build_layout(self) -> None:
        bar = QHBoxLayout()
        search_label = QLabel(self.tr("&Hae:"), self)
        search_label.setBuddy(self.search)
        bar.addWidget(search_label)
        bar.addWidget(self.search, 2)
        self.add_filters(bar)
        bar.addStretch(1)
        bar.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(bar)
        layout.addWidget(self.build_body(), 1)
        # Tab order as the eye reads it: search, the filters, then the table.
        items = (bar.itemAt(i).widget() for i in range(bar.count()))
        chain = [w for w in items if w is not None and w.focusPolicy() != Qt.FocusPolicy.NoFocus]
        for first, second in zip([*chain, self.view], [*chain[1:], self.view], strict=False):
            if first is not second:
                QWidget.setTabOrder(first, second)
        # Enter in the search box moves to the first row; Enter there opens it.
        self.search.returnPressed.connect(self._go_to_rows)

    def _go_to_rows(self) -> None:
        if self.proxy.rowCount():
            if self.current_id() is None:
                self.select_row(0)
            self.view.setFocus(Qt.FocusReason.TabFocusReason)

    def add_filters(self, bar: QHBoxLayout) -> None:
        """Subclasses add their filter widgets to the bar."""

    def build_body(self) -> QWidget:
        """The widget under the filter bar; the table by default."""
        return self.view

    def _restore_header(self) -> None:
        self.view.apply_default_widths(self.model)
        header = self.view.horizontalHeader()
        header.setSortIndicator(*self.default_sort)
        state = self.ctx.settings.bytes_value(f"tables/{self.key}/header")
        if state is not None:
            header.restoreState(state)
        self.view.setSortingEnabled(True)

    def save_state(self) -> None:
        state = self.view.horizontalHeader().saveState()
        self.ctx.settings.set_bytes(f"tables/{self.key}/header", state)

    # ------------------------------------------------------------ loading

    def load(self) -> None:
        """Fill self.model through self.loader (load_all, load_chunked or load_pages)."""
        raise NotImplementedError

    def fetch_one(self, record_id: int) -> Any:
        """The current row of one record (after an edit)."""
        raise NotImplementedError

    def fetch_listed(self, record_id: int) -> Any:
        """The record as the list holds it (its line when `holds_lines`); raises DomainError
        when it is gone."""
        return self.fetch_one(record_id)

    def ensure_loaded(self) -> None:
        if not self.loaded or self.stale:
            self.refresh()

    def is_reading(self) -> bool:
        return bool(self.loader.loading)

    def refresh(self) -> None:
        keep = self.current_id()
        self._current = None
        self.loaded, self.stale = True, False
        self.reload_filters()
        self.load()
        if self.isVisible():
            # The table's layout now rather than in the view's delayed layout (a zero timer
            # that fires after the paint the reset queued, and repaints the whole table
            # again): one paint of the rows, not two.
            self.view.doItemsLayout()
        if keep is not None:
            self.select_id(keep)
        self.state_changed.emit()

    def reload_filters(self) -> None:
        """Subclasses refresh filter choices that come from the data."""

    def _record_changed(self, kind: str, record_id: int) -> None:
        self._current = None
        if not self.loaded:
            return
        if kind == self.kind:
            self._update_row(record_id)
        elif kind in self.depends_on:
            self.stale = True
            if self.isVisible():
                self.refresh()

    def _record_saved(self, kind: str, record_id: int) -> None:
        # A record saved from a form is selected in its sorted place (shown if filtered in).
        if self.loaded and kind == self.kind:
            self.select_id(record_id)

    def _update_row(self, record_id: int) -> None:
        try:
            row = self.fetch_listed(record_id)
        except DomainError:  # deleted
            self.model.remove_id(record_id)
            return
        if self.model.is_archived(row) and not self.ctx.show_archived:
            self.model.remove_id(record_id)
        else:
            self.model.upsert_row(row)
        self.state_changed.emit()

    def _start_search_ahead(self) -> None:
        if self.model.rowCount() >= SEARCH_AHEAD_ROWS:
            self._ahead_timer.start(SEARCH_AHEAD_AFTER_MS)  # after the list is painted

    def _search_ahead(self) -> None:
        """One idle step of the search texts (while the list is shown and not loading):
        about STEP_SECONDS of work, so that typing is not held up."""
        if not self.isVisible() or self.loader.loading:
            return  # resumed when shown again (`showEvent`) or the load is done
        began = time.perf_counter()
        count = self._ahead_rows
        if self.model.search_ahead(count):
            return
        took = max(time.perf_counter() - began, 1e-4)
        self._ahead_rows = max(200, min(20_000, int(count * STEP_SECONDS / took)))
        self._ahead_timer.start(0)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self.loaded and not self.loader.loading:
            self._start_search_ahead()

    def _rows_changed(self, *_args: Any) -> None:
        self._update_count()
        # Rows coming in from a load change no action's state (the selection stays): the
        # actions are asked again when the load is done (`loader.finished`), not after each
        # batch of rows (each asking reads the rights from the database).
        if not self.loader.loading:
            self.state_changed.emit()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if shown == total:
            text = self.tr("Rivejä: %1").replace("%1", str(total))
        else:
            text = self.tr("Näytetään %1 / %2").replace("%1", str(shown)).replace("%2", str(total))
        if self.loader.loading:
            text += " · " + self.tr("ladataan…")
        self.count_label.setText(text)

    # ------------------------------------------------------------ current record

    def current_row(self) -> Any | None:
        """The chosen record's row (of the service: a list of lines reads it by id)."""
        index = self.view.currentIndex()
        if not index.isValid() or not self.view.selectionModel().isRowSelected(index.row()):
            return None
        row = self.proxy.row_at(index.row())
        if not self.holds_lines or row is None:
            return row
        record_id = int(row.id)
        if self._current is None or self._current[0] != record_id:
            try:
                self._current = (record_id, self.fetch_one(record_id))
            except DomainError:  # deleted meanwhile
                return None
        return self._current[1]

    def current_id(self) -> int | None:
        index = self.view.currentIndex()
        if not index.isValid() or not self.view.selectionModel().isRowSelected(index.row()):
            return None
        row = self.proxy.row_at(index.row())
        return None if row is None else int(row.id)

    def select_id(self, record_id: int) -> bool:
        proxy_row = self.proxy.proxy_row_of(record_id)
        if proxy_row is None:
            return False
        self.view.selectRow(proxy_row)
        self.view.scrollTo(self.proxy.index(proxy_row, 0))
        return True

    def select_row(self, proxy_row: int) -> None:
        self.view.selectRow(proxy_row)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def status_text(self) -> str:
        return self.count_label.text()

    # ------------------------------------------------------------ actions

    def can_open(self) -> bool:
        return self.current_id() is not None

    def can_edit(self) -> bool:
        return self.can_open()

    def can_archive(self) -> bool:
        return self.can_open()

    def can_print(self) -> bool:
        return (
            self.print_kind is not None
            and self.print_kind in self.ctx.print_handlers
            and self.current_id() is not None
        )

    def open_current(self) -> QWidget | None:
        record_id = self.current_id()
        return None if record_id is None else self.ctx.opener.open(self.kind, record_id)

    def edit_current(self) -> QWidget | None:
        record_id = self.current_id()
        return None if record_id is None else self.ctx.opener.edit(self.kind, record_id)

    def new_record(self) -> QWidget | None:
        return self.ctx.opener.new(self.kind) if self.can_create() else None

    def print_current(self) -> Any:
        if not self.can_print():
            return None
        return self.ctx.print_handlers[self.print_kind](self.current_id())  # type: ignore[index]

    def archive_current(self) -> None:
        row = self.current_row()
        if row is None:
            return
        archive = not row.archived
        question = (
            self.archive_question(row)
            if archive
            else self.tr("Palautetaanko tietue arkistosta takaisin luetteloihin?")
        )
        if not messages.ask(self, self.tr("Arkistointi"), question):
            return
        if self.run_guarded(self.set_archived, row.id, archive) is not None:
            self.ctx.notify(self.kind, row.id)

    def can_delete(self) -> bool:
        return type(self).delete_record is not RecordTab.delete_record and self.can_open()

    def delete_current(self) -> None:
        """Delete an unused record; when it is in use, offer archiving instead."""
        row = self.current_row()
        if row is None or not messages.ask(
            self, self.tr("Poisto"), self.tr("Poistetaanko valittu tietue pysyvästi?")
        ):
            return
        try:
            self.delete_record(row.id)
        except DomainError as exc:
            reason = error_text(exc)
            question = reason + "\n\n" + self.tr("Arkistoidaanko tietue sen sijaan?")
            archive = not row.archived and messages.ask(self, self.tr("Poisto"), question)
            if archive and self.run_guarded(self.set_archived, row.id, True) is not None:
                self.ctx.notify(self.kind, row.id)
            return
        self.ctx.notify(self.kind, row.id)

    def delete_record(self, record_id: int) -> None:
        """Subclasses that allow deleting call the service's delete here."""
        raise NotImplementedError

    def archive_question(self, row: Any) -> str:
        return self.tr(
            "Arkistoidaanko valittu tietue? Arkistoitua tietoa ei poisteta, mutta se piilotetaan "
            "luetteloista. Sen saa näkyviin valinnalla Näytä → Näytä arkistoidut."
        )

    def set_archived(self, record_id: int, archived: bool) -> Any:
        raise NotImplementedError

    def run_guarded(self, function: Any, *args: Any) -> Any:
        """Run a service call; a refusal (NotAllowedError etc.) is shown, not raised."""
        try:
            return function(*args)
        except DomainError as exc:
            messages.warn(self, messages.not_allowed_title(), error_text(exc))
            return None
