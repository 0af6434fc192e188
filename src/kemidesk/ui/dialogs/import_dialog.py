"""Tiedosto → Tuo taulukosta…: associations, people or placements from an old spreadsheet.

The user picks what to import and the file (.xlsx or ;-separated .csv); every row is checked
at once with the forms' own validators and shown: new, joined to an existing record (same
Y-tunnus / HETU), or wrong with each wrong column named. Nothing is written until the user
presses Tuo, and only when no row is wrong; then every row goes in one transaction. A
template (the headers and an example row) can be saved from the dialog.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kemidesk.domain.errors import DomainError
from kemidesk.services import importing
from kemidesk.services.importing import ImportPreview, RowAction
from kemidesk.services.spreadsheet import write_xlsx
from kemidesk.ui import messages
from kemidesk.ui.errors import error_text

log = logging.getLogger(__name__)

_ERROR_COLOUR = QColor("#a40000")


class _Cancelled(Exception):
    pass


def choose_source_file(parent: QWidget, folder: Path) -> Path | None:
    """The open dialog (tests replace this function)."""
    name, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("ImportDialog", "Valitse tuotava taulukko"),
        str(folder),
        QCoreApplication.translate(
            "ImportDialog", "Taulukot (*.xlsx *.csv);;Excel (*.xlsx);;CSV, puolipiste (*.csv)"
        ),
    )
    return Path(name) if name else None


def choose_template_file(parent: QWidget, suggested: Path) -> Path | None:
    """The save dialog of the template (tests replace this function)."""
    name, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("ImportDialog", "Tallenna tuontipohja"),
        str(suggested),
        QCoreApplication.translate("ImportDialog", "Excel-työkirja (*.xlsx)"),
    )
    return Path(name) if name else None


class ImportDialog(QDialog):
    help_page = "raportit.html#tuonti"  # F1: its page in the user guide

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("import_dialog")
        self.setWindowTitle(self.tr("Tuo taulukosta"))
        self.source: Path | None = None
        self.preview_result: ImportPreview | None = None
        self.imported = 0
        self.kind = QComboBox(self)
        self.kind.setObjectName("kind")
        for entity, label in (
            ("associations", self.tr("Yhdistykset ja yritykset")),
            ("people", self.tr("Työllistetyt henkilöt")),
            ("placements", self.tr("Työsuhteet")),
        ):
            self.kind.addItem(label, entity)
        self.file_field = QLineEdit(self)
        self.file_field.setObjectName("file")
        self.file_field.setReadOnly(True)
        self.file_field.setPlaceholderText(self.tr("ei valittu"))
        choose = QPushButton(self.tr("&Valitse tiedosto…"), self)
        choose.setObjectName("choose")
        choose.clicked.connect(self.choose_file)
        template = QPushButton(self.tr("Tallenna &pohja…"), self)
        template.setObjectName("template")
        template.setToolTip(self.tr("Excel-pohja, jossa on sarakkeet ja esimerkkirivi"))
        template.clicked.connect(self.save_template)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_field, 1)
        file_row.addWidget(choose)
        file_row.addWidget(template)
        form = QFormLayout()
        kind_label = QLabel(self.tr("&Tuotavat tiedot:"), self)
        kind_label.setBuddy(self.kind)
        form.addRow(kind_label, self.kind)
        form.addRow(self.tr("Tiedosto:"), file_row)
        self.summary = QLabel(
            self.tr("Valitse tiedosto. Mitään ei tallenneta ennen Tuo-painiketta."), self
        )
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("rows")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Rivi"), self.tr("Toiminto"), self.tr("Tieto"), self.tr("Virheet")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton(
            self.tr("&Tuo"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setObjectName("import")
        self.import_button.setEnabled(False)
        self.buttons.addButton(self.tr("Peruuta"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.run_import)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.kind.currentIndexChanged.connect(lambda _i: self.check_file())
        screen = self.screen().availableGeometry() if self.screen() else None
        width = min(900, screen.width() - 40) if screen else 900
        height = min(560, screen.height() - 80) if screen else 560
        self.resize(width, height)

    @property
    def entity(self) -> str:
        return str(self.kind.currentData())

    def choose_file(self) -> None:
        folder = Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
            or Path.home()
        )
        chosen = choose_source_file(self, self.source.parent if self.source else folder)
        if chosen is None:
            return
        self.source = chosen
        self.file_field.setText(str(chosen))
        self.check_file()

    def save_template(self) -> Path | None:
        folder = Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
            or Path.home()
        )
        target = choose_template_file(self, folder / f"kemidesk-pohja-{self.entity}.xlsx")
        if target is None:
            return None
        if target.suffix.lower() != ".xlsx":
            target = target.with_name(target.name + ".xlsx")
        try:
            write_xlsx([importing.template_sheet(self.entity)], target)
        except OSError as exc:
            messages.error(self, self.tr("Pohjaa ei voi tallentaa"), str(exc))
            return None
        self.summary.setText(self.tr("Pohja tallennettu: %1").replace("%1", str(target)))
        return target

    def _progress(self, label: str, cancellable: bool) -> QProgressDialog:
        progress = QProgressDialog(label, self.tr("Peruuta") if cancellable else "", 0, 100, self)
        if not cancellable:
            progress.setCancelButton(None)
        progress.setWindowTitle(self.windowTitle())
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(400)
        return progress

    def check_file(self) -> ImportPreview | None:
        """Read and check every row (nothing is written)."""
        self.preview_result = None
        self.import_button.setEnabled(False)
        self.table.setRowCount(0)
        if self.source is None:
            return None
        progress = self._progress(self.tr("Tarkistetaan rivejä…"), cancellable=True)

        def step(done: int, total: int) -> None:
            progress.setMaximum(total)
            progress.setValue(done)
            QApplication.processEvents()
            if progress.wasCanceled():
                raise _Cancelled

        try:
            preview = importing.preview_import(self.entity, self.source, progress=step)
        except _Cancelled:
            self.summary.setText(self.tr("Tarkistus keskeytettiin. Mitään ei tallennettu."))
            return None
        except DomainError as exc:
            self.summary.setText(error_text(exc))
            return None
        finally:
            progress.close()
        self.preview_result = preview
        self._show(preview)
        return preview

    def _show(self, preview: ImportPreview) -> None:
        lines = list(preview.file_errors)
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(preview.rows))
        red = QBrush(_ERROR_COLOUR)
        actions = {
            RowAction.CREATE: self.tr("Uusi"),
            RowAction.JOIN: self.tr("Yhdistetään olemassa olevaan"),
            RowAction.ERROR: self.tr("Virhe"),
        }
        for i, row in enumerate(preview.rows):
            number = QTableWidgetItem()
            number.setData(Qt.ItemDataRole.DisplayRole, row.line)
            errors = "\n".join(f"{column}: {text}" for column, text in row.errors)
            cells = [number, QTableWidgetItem(actions[row.action]), QTableWidgetItem(row.label),
                     QTableWidgetItem(errors)]  # fmt: skip
            for col, item in enumerate(cells):
                if row.action is RowAction.ERROR:
                    item.setForeground(red)
                self.table.setItem(i, col, item)
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        self.table.setColumnWidth(0, max(self.table.columnWidth(0), header.sectionSizeHint(0) + 16))
        # Wrapped error texts need the final width of the stretched column first.
        QTimer.singleShot(0, self.table.resizeRowsToContents)
        self.table.setSortingEnabled(True)
        self.table.sortItems(0, Qt.SortOrder.AscendingOrder)  # file order first
        summary = self.tr("%1 uutta, %2 yhdistetään olemassa oleviin, %3 virheellistä riviä.")
        text = (
            summary.replace("%1", str(preview.creates))
            .replace("%2", str(preview.joins))
            .replace("%3", str(preview.error_rows))
        )
        if lines:
            text = (
                "\n".join(lines)
                + "\n"
                + self.tr("Korjaa tiedoston sarakkeet ja valitse se uudelleen.")
            )
        elif preview.error_rows:
            text += " " + self.tr(
                "Korjaa virheelliset rivit tiedostoon ja valitse se uudelleen; mitään ei "
                "tuoda ennen kuin kaikki rivit ovat kunnossa."
            )
        elif preview.creates == 0:
            text += " " + self.tr("Kaikki rivit ovat jo tietokannassa.")
        self.summary.setText(text)
        self.import_button.setEnabled(preview.ok and preview.creates > 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.table.resizeRowsToContents()

    def run_import(self) -> None:
        preview = self.preview_result
        if preview is None or not preview.ok or self.source is None:
            return
        question = self.tr(
            "Tuodaan %1 uutta tietuetta tiedostosta %2 (%3 on jo tietokannassa). Jatketaanko?"
        )
        question = (
            question.replace("%1", str(preview.creates))
            .replace("%2", self.source.name)
            .replace("%3", str(preview.joins))
        )
        if not messages.ask(self, self.tr("Tuo taulukosta"), question, default_yes=True):
            return
        progress = self._progress(self.tr("Tallennetaan…"), cancellable=False)

        def step(done: int, total: int) -> None:
            progress.setMaximum(total)
            progress.setValue(done)
            QApplication.processEvents()

        try:
            result = importing.apply_import(self.entity, self.source, progress=step)
        except DomainError as exc:
            progress.close()
            messages.error(self, self.tr("Tuonti ei onnistunut"), error_text(exc))
            self.check_file()
            return
        progress.close()
        self.imported = len(result.created_ids)
        log.info("imported %d %s rows", self.imported, self.entity)
        self.accept()
