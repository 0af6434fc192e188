"""Tiedosto → Vie Exceliin… (Ctrl+Shift+E): the current list as an .xlsx workbook, and
Tiedosto → Tuo taulukosta… (ui/dialogs/import_dialog.py).

What is exported is what the user sees: the rows that pass the search and filters, in the
list's sort order, the visible columns in their on-screen order with their (translated)
titles. Dates, money and numbers go in as real values with Finnish formats (see
services.spreadsheet). The rows are gathered on the GUI thread (frozen row objects, no
database), the workbook is written in a worker thread behind a progress box.
"""

from __future__ import annotations

import logging
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QObject,
    QStandardPaths,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QWidget

from kemidesk.ui import messages

if TYPE_CHECKING:
    from kemidesk.services.spreadsheet import Sheet
    from kemidesk.ui.main_window import MainWindow
    from kemidesk.ui.tabs.base import RecordTab

log = logging.getLogger(__name__)

EXPORT_TEXT = QT_TRANSLATE_NOOP("Actions", "Vie &Exceliin…")
IMPORT_TEXT = QT_TRANSLATE_NOOP("Actions", "Tu&o taulukosta…")
PROGRESS_DELAY_MS = 400


def choose_xlsx_file(parent: QWidget, title: str, suggested: Path) -> Path | None:
    """The save dialog (tests replace this function)."""
    name, _ = QFileDialog.getSaveFileName(
        parent,
        title,
        str(suggested),
        QCoreApplication.translate("ExportActions", "Excel-työkirja (*.xlsx)"),
    )
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".xlsx" else path.with_name(path.name + ".xlsx")


def _is_record_tab(widget: object) -> bool:
    """A list tab? (ui.tabs.base is imported with the first list tab: before it no widget
    can be one, and the window's first start does not import it for this question.)"""
    base = sys.modules.get("kemidesk.ui.tabs.base")
    return base is not None and isinstance(widget, base.RecordTab)


def visible_sheet(tab: RecordTab) -> Sheet:
    """The tab's list as the user sees it (filtered, sorted, visible columns in order)."""
    from kemidesk.services.spreadsheet import CellKind, Sheet, SheetColumn

    header = tab.view.horizontalHeader()
    logical = [
        header.logicalIndex(visual)
        for visual in range(header.count())
        if not header.isSectionHidden(header.logicalIndex(visual))
    ]
    columns = [tab.model.columns[i] for i in logical]
    sheet_columns = [
        SheetColumn(
            str(tab.model.headerData(i, Qt.Orientation.Horizontal)),
            CellKind(tab.model.columns[i].kind),
        )
        for i in logical
    ]
    rows: list[list[Any]] = []
    proxy = tab.proxy
    proxy.finish_search()  # every row the search finds, also those of its steps to come
    for proxy_row in range(proxy.rowCount()):
        source = proxy.mapToSource(proxy.index(proxy_row, 0)).row()
        record = tab.model.row_at(source)
        rows.append([column.export_value(record) for column in columns])
    return Sheet(tab.translated_title(), sheet_columns, rows)


class _Courier(QObject):
    delivered = Signal(object, object)  # path or None, exception or None


class ExportActions(QObject):
    finished = Signal(object)  # the written path (tests wait for it)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.action = QAction(QCoreApplication.translate("Actions", str(EXPORT_TEXT)), window)
        self.action.setObjectName("action_export_excel")
        self.action.setShortcut(QKeySequence("Ctrl+Shift+E"))
        tip = QCoreApplication.translate(
            "Actions", "Tallenna näkyvä luettelo Excel-tiedostoksi (rajaukset ja järjestys mukana)"
        )
        self.action.setStatusTip(tip)
        self.action.setToolTip(tip)
        self.action.triggered.connect(lambda: self.export_current())
        self.import_action = QAction(
            QCoreApplication.translate("Actions", str(IMPORT_TEXT)), window
        )
        self.import_action.setObjectName("action_import_table")
        self.import_action.setStatusTip(
            QCoreApplication.translate(
                "Actions", "Tuo yhdistykset, henkilöt tai työsuhteet Excel- tai CSV-taulukosta"
            )
        )
        self.import_action.triggered.connect(lambda: self.import_table())
        menu = window.menus["file"]
        entries = menu.actions()
        after_print = entries.index(window.actions_by_key["print"]) + 1
        for action in (self.action, self.import_action):
            if after_print < len(entries):
                menu.insertAction(entries[after_print], action)
            else:
                menu.addAction(action)
        window.tabs.currentChanged.connect(lambda _i: self.update_enabled())
        self.update_enabled()
        self._courier = _Courier()
        self._courier.delivered.connect(self._written)
        self._progress: QProgressDialog | None = None
        self._show_timer: QTimer | None = None
        self._rows = 0

    def update_enabled(self) -> None:
        widget = self.window.tabs.currentWidget()
        # A list tab not yet created (placeholder) is created when the export starts.
        self.action.setEnabled(not hasattr(widget, "model") or _is_record_tab(widget))

    def export_current(self) -> Path | None:
        tab = self.window.current_tab()
        if not _is_record_tab(tab):
            messages.info(
                self.window,
                QCoreApplication.translate("ExportActions", "Vie Exceliin"),
                QCoreApplication.translate(
                    "ExportActions",
                    "Valitse luettelovälilehti (esim. Työsuhteet), jonka haluat viedä Exceliin.",
                ),
            )
            return None
        tab.ensure_loaded()
        sheet = visible_sheet(tab)
        folder = Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
            or Path.home()
        )
        stem = f"{tab.translated_title()}-{date.today():%Y-%m-%d}".replace(" ", "_")
        target = choose_xlsx_file(
            self.window,
            QCoreApplication.translate("ExportActions", "Vie Exceliin"),
            folder / f"{stem}.xlsx",
        )
        if target is None:
            return None
        self._rows = len(sheet.rows)
        self.action.setEnabled(False)
        self._start_progress()
        courier = self._courier

        from kemidesk.services.spreadsheet import write_xlsx

        def work() -> None:
            try:
                written = write_xlsx([sheet], target)
            except Exception as exc:  # delivered to the GUI thread and shown there
                courier.delivered.emit(None, exc)
            else:
                courier.delivered.emit(written, None)

        QThreadPool.globalInstance().start(work)
        return target

    def import_table(self) -> int:
        """The import dialog; after an import every list is read anew. Returns the number
        of records created."""
        from kemidesk.ui.dialogs.import_dialog import ImportDialog

        dialog = ImportDialog(self.window)
        dialog.exec()
        created = dialog.imported
        dialog.deleteLater()
        if created:
            for tab in self.window.all_tabs():
                if getattr(tab, "loaded", False):
                    tab.stale = True  # type: ignore[attr-defined]
            self.window.refresh()
            self.window.statusBar().showMessage(
                QCoreApplication.translate("ExportActions", "Tuotu %1 uutta tietuetta.").replace(
                    "%1", str(created)
                ),
                10_000,
            )
        return created

    def _start_progress(self) -> None:
        progress = QProgressDialog(
            QCoreApplication.translate("ExportActions", "Tallennetaan Excel-tiedostoa…"),
            "",
            0,
            0,
            self.window,
        )
        progress.setWindowTitle(QCoreApplication.translate("ExportActions", "Vie Exceliin"))
        progress.setCancelButton(None)  # openpyxl cannot be interrupted half-way
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.hide()
        self._progress = progress
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.timeout.connect(progress.show)
        timer.start(PROGRESS_DELAY_MS)
        self._show_timer = timer

    def _stop_progress(self) -> None:
        if self._show_timer is not None:
            self._show_timer.stop()
            self._show_timer = None
        if self._progress is not None:
            self._progress.hide()
            self._progress.deleteLater()
            self._progress = None

    def _written(self, path: Path | None, exc: BaseException | None) -> None:
        self._stop_progress()
        self.update_enabled()
        if exc is not None or path is None:
            log.error("Excel export failed: %s", type(exc).__name__)
            messages.error(
                self.window,
                QCoreApplication.translate("ExportActions", "Vienti ei onnistu"),
                QCoreApplication.translate("ExportActions", "Excel-tiedostoa ei voitu tallentaa."),
                str(exc),
            )
            self.finished.emit(None)
            return
        rows = self._rows
        text = (
            QCoreApplication.translate("ExportActions", "Viety Exceliin: %1 (1 rivi)")
            if rows == 1
            else QCoreApplication.translate(
                "ExportActions", "Viety Exceliin: %1 (%2 riviä)"
            ).replace("%2", str(rows))
        ).replace("%1", str(path))
        self.window.statusBar().showMessage(text, 10_000)
        self.finished.emit(path)


def install_export_actions(window: MainWindow) -> ExportActions:
    return ExportActions(window)
