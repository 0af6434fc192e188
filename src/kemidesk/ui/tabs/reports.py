"""Raportit: the effectiveness report of a chosen period and grouping, beside the period
before it; each figure opens the placements behind it; the same report as PDF (with its
charts, in the print preview) or Excel, and the year report for the council.
"""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QStandardPaths, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kemidesk.domain.dates import format_date
from kemidesk.domain.effectiveness import (
    EMPLOYMENT,
    OUTCOME_ORDER,
    EffectivenessReport,
    Grouping,
    Pending,
    Period,
)
from kemidesk.domain.errors import DomainError
from kemidesk.domain.money import format_money
from kemidesk.domain.types import OutcomeCheckpoint
from kemidesk.ui import messages
from kemidesk.ui.context import PLACEMENT, UiContext
from kemidesk.ui.errors import error_text
from kemidesk.ui.tabs.interface import BaseTab
from kemidesk.ui.widgets.date_edit import DateField

log = logging.getLogger(__name__)
IDS_ROLE = Qt.ItemDataRole.UserRole + 10


def _percent(share: float | None) -> str:
    return "–" if share is None else f"{share * 100:.0f}\u00a0%"


def choose_xlsx(parent: QWidget, suggested: Path) -> Path | None:
    """The save dialog (tests replace this function)."""
    name, _ = QFileDialog.getSaveFileName(
        parent, parent.tr("Tallenna raportti"), str(suggested), parent.tr("Excel-työkirja (*.xlsx)")
    )
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".xlsx" else path.with_name(path.name + ".xlsx")


class RecordsBehind(QDialog):
    """The placements behind one figure; Enter or a double click opens one."""

    help_page = "raportit.html#luvut"  # F1: its page in the user guide

    def __init__(self, ctx: UiContext, title: str, ids: tuple[int, ...], parent: QWidget) -> None:
        super().__init__(parent)
        from kemidesk.services.placements import list_placements

        self.ctx = ctx
        self.setObjectName("records_behind")
        self.setWindowTitle(title)
        rows = list_placements(include_archived=True, ids=list(ids), today=ctx.today())
        self.table = QTableWidget(len(rows), 5, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Työllistetty"), self.tr("Työnantaja"), self.tr("Tehtävä"),
             self.tr("Alkoi"), self.tr("Päättyi")]
        )  # fmt: skip
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        for i, row in enumerate(rows):
            cells = [row.person_name, row.association_name, row.job_title,
                     format_date(row.start_date), format_date(row.effective_end)]  # fmt: skip
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, row.id)
                self.table.setItem(i, col, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.itemActivated.connect(self._open)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Sulje"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("%1 työsuhdetta").replace("%1", str(len(rows))), self))
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(820, 420)

    def _open(self, item: QTableWidgetItem) -> None:
        self.ctx.opener.open(PLACEMENT, int(item.data(Qt.ItemDataRole.UserRole)), self)


class ReportsTab(BaseTab):
    help_page = "raportit.html"  # F1: its page in the user guide
    key = "reports"
    title = QT_TRANSLATE_NOOP("Tabs", "&Raportit")

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.report: EffectivenessReport | None = None
        self.loaded = False
        today = ctx.today()
        self.start = DateField(self, today=ctx.today)
        self.start.setObjectName("period_start")
        self.start.set_value(date(today.year, 1, 1))
        self.end = DateField(self, today=ctx.today)
        self.end.setObjectName("period_end")
        self.end.set_value(date(today.year, 12, 31))
        self.grouping = QComboBox(self)
        self.grouping.setObjectName("grouping")
        for grouping, text in (
            (Grouping.NONE, self.tr("Ei ryhmittelyä")),
            (Grouping.EMPLOYER_TYPE, self.tr("Työnantajan tyyppi")),
            (Grouping.TARGET_GROUP, self.tr("Kohderyhmä")),
            (Grouping.ASSOCIATION, self.tr("Työnantaja")),
            (Grouping.RING, self.tr("Työnantajarengas")),
        ):
            self.grouping.addItem(text, grouping)
        self.grouping.setCurrentIndex(1)
        show = QPushButton(self.tr("Laske"), self)
        show.setObjectName("compute")
        show.clicked.connect(self.compute)
        self.pdf_button = QPushButton(self.tr("Näytä &PDF…"), self)
        self.pdf_button.setObjectName("show_pdf")
        self.pdf_button.setToolTip(self.tr("Raportti kaavioineen esikatseluun ja tulostukseen"))
        self.pdf_button.clicked.connect(self.show_pdf)
        self.xlsx_button = QPushButton(self.tr("&Vie Exceliin…"), self)
        self.xlsx_button.setObjectName("export_xlsx")
        self.xlsx_button.clicked.connect(self.export_xlsx)
        self.year = QSpinBox(self)
        self.year.setObjectName("year")
        self.year.setRange(2000, 2100)
        self.year.setValue(today.year - 1 if today.month < 3 else today.year)
        year_button = QPushButton(self.tr("Vuos&iraportti…"), self)
        year_button.setObjectName("year_report")
        year_button.setToolTip(self.tr("Vuosiraportti valtuustolle (PDF)"))
        year_button.clicked.connect(self.show_year_report)
        bar = QHBoxLayout()
        for label, widget in ((self.tr("Ka&usi:"), self.start), ("–", self.end),
                              (self.tr("Ry&hmittely:"), self.grouping)):  # fmt: skip
            text = QLabel(label, self)
            text.setBuddy(widget)
            bar.addWidget(text)
            bar.addWidget(widget)
        bar.addWidget(show)
        bar.addStretch(1)
        bar.addWidget(self.pdf_button)
        bar.addWidget(self.xlsx_button)
        bar.addSpacing(16)
        bar.addWidget(self.year)
        bar.addWidget(year_button)
        self.note = QLabel(self)
        self.note.setObjectName("note")
        self.note.setWordWrap(True)
        self.summary = self._table("summary")
        self.outcomes = self._table("outcomes")
        self.groups = self._table("groups")
        hint = QLabel(self.tr("Kaksoisnapsauta lukua: näet työsuhteet, joista se on laskettu."))
        hint.setObjectName("hint")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(bar)
        layout.addWidget(self.note)
        middle = QHBoxLayout()
        middle.addWidget(self.summary, 1)
        middle.addWidget(self.outcomes, 1)
        layout.addLayout(middle, 3)
        layout.addWidget(self.groups, 2)
        layout.addWidget(hint)
        self._set_enabled(False)

    def _table(self, name: str) -> QTableWidget:
        table = QTableWidget(self)
        table.setObjectName(name)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        table.itemActivated.connect(self._open_behind)
        return table

    def _set_enabled(self, enabled: bool) -> None:
        self.pdf_button.setEnabled(enabled)
        self.xlsx_button.setEnabled(enabled)

    # ------------------------------------------------------------ BaseTab

    def ensure_loaded(self) -> None:
        if not self.loaded:
            self.compute()

    def refresh(self) -> None:
        self.compute()

    def can_print(self) -> bool:
        return self.report is not None

    def print_current(self) -> Any:
        return self.show_pdf()

    # ------------------------------------------------------------ computing

    def period(self) -> Period | None:
        start, end = self.start.value(), self.end.value()
        if start is None or end is None or end < start:
            self.note.setText(self.tr("Kauden loppu ei voi olla ennen alkua."))
            return None
        return Period(start, end)

    def compute(self) -> EffectivenessReport | None:
        from kemidesk.services.effectiveness import effectiveness_report

        period = self.period()
        if period is None:
            return None
        grouping = Grouping(self.grouping.currentData())
        try:
            report = effectiveness_report(period, self.ctx.today(), grouping)
        except DomainError as exc:
            messages.error(self, self.tr("Raporttia ei voi laskea"), error_text(exc))
            return None
        self.report = report
        self.loaded = True
        self._fill(report)
        self._set_enabled(True)
        self.state_changed.emit()
        return report

    def _item(
        self, text: str, ids: tuple[int, ...] | None = None, right: bool = True
    ) -> QTableWidgetItem:
        item = QTableWidgetItem(text)
        if right:
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if ids is not None:
            item.setData(IDS_ROLE, ids)
            item.setToolTip(self.tr("Kaksoisnapsauta: näytä työsuhteet"))
        return item

    def _fill(self, report: EffectivenessReport) -> None:
        cur, prev = report.current, report.previous
        period = f"{format_date(cur.period.start)}–{format_date(cur.period.end)}"
        before = f"{format_date(prev.period.start)}–{format_date(prev.period.end)}"
        self.note.setText(
            self.tr("Kausi %1, vertailukausi %2. Tulokset kauden aikana päättyneistä "
                    "työsuhteista; ”ei vielä ajankohtainen” ei ole epäonnistuminen.")
            .replace("%1", period).replace("%2", before)
        )  # fmt: skip
        rows: list[tuple[str, list[QTableWidgetItem]]] = [
            (self.tr("Alkaneet työsuhteet"), [
                self._item(str(len(f.total.started)), f.total.started) for f in (cur, prev)]),
            (self.tr("Päättyneet työsuhteet"), [
                self._item(str(len(f.total.ended)), f.total.ended) for f in (cur, prev)]),
        ]  # fmt: skip
        for checkpoint in OutcomeCheckpoint:
            cells = []
            for f in (cur, prev):
                counts = f.total.checkpoints[checkpoint]
                text = f"{counts.employed} / {counts.due} ({_percent(counts.employed_share)})"
                cells.append(self._item(text, counts.employed_ids))
            rows.append(
                (self.tr("Työllistyneet, %1").replace("%1", checkpoint.label.lower()), cells)
            )
        rows.append((self.tr("Siirtosopimuksista työllistyi"), [
            self._item(f"{len(f.transfers.employed)} / {len(f.transfers.ended)} "
                       f"({_percent(f.transfers.employed_share)})", f.transfers.employed)
            for f in (cur, prev)]))  # fmt: skip
        for label, attr in (
            (self.tr("Kemi-lisää päätetty"), "kemi_lisa_decided"),
            (self.tr("Bonuksia päätetty"), "bonus_decided"),
            (self.tr("Kemi-lisää maksettu"), "kemi_lisa_paid"),
            (self.tr("Bonuksia maksettu"), "bonus_paid"),
        ):
            rows.append(
                (label, [self._item(format_money(getattr(f.money, attr))) for f in (cur, prev)])
            )
        for label, cost in (
            (self.tr("Kustannus / työsuhde"), lambda f: f.cost_per_placement),
            (self.tr("Kustannus / työllistyminen"), lambda f: f.cost_per_employment),
        ):
            shown = ["–" if cost(f) is None else format_money(cost(f)) for f in (cur, prev)]
            rows.append((label, [self._item(text) for text in shown]))
        self._put(self.summary, ["", period, before], rows)
        outcome_rows = []
        total = cur.total
        for cell in OUTCOME_ORDER:
            cells = []
            for checkpoint in OutcomeCheckpoint:
                counts = total.checkpoints[checkpoint]
                n = counts.count(cell)
                text = (
                    str(n) if cell is Pending.NOT_DUE else f"{n} ({_percent(counts.share(cell))})"
                )
                cells.append(self._item(text, counts.ids.get(cell, ())))
            label = cell.label + (" *" if cell in EMPLOYMENT else "")
            outcome_rows.append((label, cells))
        self._put(self.outcomes, [self.tr("Tulos (* työllistyminen)"),
                                  *[c.label for c in OutcomeCheckpoint]], outcome_rows)  # fmt: skip
        group_rows = []
        for group in cur.groups:
            cells = [self._item(str(len(group.started)), group.started),
                     self._item(str(len(group.ended)), group.ended)]  # fmt: skip
            for checkpoint in OutcomeCheckpoint:
                counts = group.checkpoints[checkpoint]
                cells.append(self._item(
                    f"{counts.employed} / {counts.due} ({_percent(counts.employed_share)})",
                    counts.employed_ids))  # fmt: skip
            if report.training_attendance:
                trained = report.training_attendance
                total = group is cur.groups[0]
                n = sum(trained.values()) if total else trained.get(group.group, 0)
                cells.append(self._item(str(n)))
            group_rows.append((group.group, cells))
        employed = self.tr("Työllistyneet, %1")
        header = [report.grouping.label, self.tr("Alkaneet"), self.tr("Päättyneet")]
        header += [employed.replace("%1", c.label.lower()) for c in OutcomeCheckpoint]
        if report.training_attendance:
            header.append(self.tr("Valmennuksissa"))
        self._put(self.groups, header, group_rows)

    def _put(self, table: QTableWidget, header: list[str],
             rows: list[tuple[str, list[QTableWidgetItem]]]) -> None:  # fmt: skip
        table.clear()
        table.setColumnCount(len(header))
        table.setRowCount(len(rows))
        table.setHorizontalHeaderLabels(header)
        for i, (label, cells) in enumerate(rows):
            table.setItem(i, 0, self._item(label, right=False))
            for j, item in enumerate(cells, start=1):
                table.setItem(i, j, item)
        table.resizeColumnsToContents()
        table.horizontalHeader().setStretchLastSection(True)

    def _open_behind(self, item: QTableWidgetItem) -> QDialog | None:
        ids = item.data(IDS_ROLE)
        if not ids:
            return None
        table = item.tableWidget()
        label = table.item(item.row(), 0).text()
        column = table.horizontalHeaderItem(item.column()).text()
        dialog = RecordsBehind(self.ctx, f"{label} – {column}", tuple(ids), self)
        dialog.open()
        return dialog

    # ------------------------------------------------------------ output

    def show_pdf(self) -> Any:
        if self.report is None:
            return None
        return self._preview(self.report, self.tr("Vaikuttavuusraportti"))

    def show_year_report(self) -> Any:
        from kemidesk.services.effectiveness import year_report

        report = year_report(self.year.value(), self.ctx.today())
        return self._preview(
            report, self.tr("Vuosiraportti %1").replace("%1", str(self.year.value()))
        )

    def _preview(self, report: EffectivenessReport, title: str) -> Any:
        from kemidesk.printing.report import render_report
        from kemidesk.services.documents import letterhead
        from kemidesk.services.print_jobs import PrintJob, safe_filename

        head = letterhead()
        job = PrintJob(
            title=title,
            filename=safe_filename(title) + ".pdf",
            render=lambda results: render_report(results[0], head),
            steps=(lambda: report,),
            kind="report",
        )
        handlers = self.window().print_handlers  # type: ignore[attr-defined]
        return handlers.start(job, self.tr("Muodostetaan raporttia…"))

    def export_xlsx(self) -> Path | None:
        from kemidesk.services.effectiveness import report_sheets
        from kemidesk.services.spreadsheet import write_xlsx

        if self.report is None:
            return None
        folder = Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
            or Path.home()
        )
        start = self.report.current.period.start
        target = choose_xlsx(self, folder / f"vaikuttavuus-{start:%Y-%m-%d}.xlsx")
        if target is None:
            return None
        try:
            write_xlsx(report_sheets(self.report), target)
        except OSError as exc:
            messages.error(self, self.tr("Raporttia ei voi tallentaa"), str(exc))
            return None
        self.window().statusBar().showMessage(  # type: ignore[attr-defined]
            self.tr("Raportti tallennettu: %1").replace("%1", str(target)), 10_000
        )
        return target
