"""Työhönvalmentajat: the job coaches (sortable, searchable) with their caseload totals; below,
the chosen coach's caseload (active placements, the next follow-up talk, what is overdue,
the last visit) and their visit log, where visits are added, edited and deleted."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kemidesk.services import coaches
from kemidesk.ui import messages
from kemidesk.ui.context import FOLLOWUP, PERSON, PLACEMENT, UiContext
from kemidesk.ui.dialogs.coach_dialogs import COACH, VISIT, CoachForm, VisitDialog
from kemidesk.ui.models import specs
from kemidesk.ui.tabs.base import RecordTab
from kemidesk.ui.tabs.pending import TITLES
from kemidesk.ui.widgets.related_table import RelatedTable


def choose_caseload_file(parent: QWidget, suggested: Path) -> Path | None:
    """The save dialog of the caseload workbook (tests replace this function)."""
    name, _ = QFileDialog.getSaveFileName(
        parent, parent.tr("Tallenna työkuormat"), str(suggested),
        parent.tr("Excel-työkirja (*.xlsx)"),
    )  # fmt: skip
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".xlsx" else path.with_name(path.name + ".xlsx")


class CoachesTab(RecordTab):
    help_page = "tyohonvalmentajat.html#tyohonvalmentajat"  # F1: its page in the user guide
    key = "coaches"
    title = TITLES["coaches"]
    kind = COACH
    columns = specs.COACHES
    default_sort = (0, Qt.SortOrder.AscendingOrder)
    depends_on = frozenset({PLACEMENT, PERSON, FOLLOWUP, VISIT})

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._show_coach())
        self.caseload.view.selectionModel().selectionChanged.connect(
            lambda *_: self._update_buttons()
        )
        self._show_coach()

    # ------------------------------------------------------------ layout

    def build_body(self) -> QWidget:
        """The coaches on top; under them the chosen coach's caseload and visits."""
        self.caseload_label = QLabel(self)
        self.caseload_label.setObjectName("caseload_label")
        self.caseload = RelatedTable(specs.CASELOAD, self.open_placement, self)
        self.caseload.setObjectName("caseload")
        self.export_button = self._button(self.tr("Työkuormat E&xceliin…"), self.export_caseload)
        self.export_button.setObjectName("export_caseload")
        self.visits_label = QLabel(self)
        self.visits_label.setObjectName("visits_label")
        self.new_visit_button = self._button(self.tr("&Uusi käynti…"), self.new_visit)
        self.new_visit_button.setObjectName("new_visit")
        self.visits = RelatedTable(specs.VISITS_OF_COACH, self.edit_visit, self)
        self.visits.setObjectName("visits")
        lower = QWidget(self)
        box = QVBoxLayout(lower)
        box.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        bar.addWidget(self.caseload_label, 1)
        bar.addWidget(self.export_button)
        box.addLayout(bar)
        box.addWidget(self.caseload, 3)
        visit_bar = QHBoxLayout()
        visit_bar.addWidget(self.visits_label, 1)
        visit_bar.addWidget(self.new_visit_button)
        box.addLayout(visit_bar)
        box.addWidget(self.visits, 2)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.view)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        return splitter

    def _button(self, text: str, slot: Any) -> QPushButton:
        button = QPushButton(text, self)
        button.setAutoDefault(False)
        button.clicked.connect(lambda: slot())
        return button

    # ------------------------------------------------------------ data

    def load(self) -> None:
        today, inactive = self.ctx.today(), self.ctx.show_archived
        self.loader.load_all(lambda: coaches.caseload(today, include_inactive=inactive))

    def fetch_one(self, record_id: int) -> Any:
        rows = coaches.caseload(self.ctx.today(), include_inactive=True, coach_id=record_id)
        if not rows:
            from kemidesk.services.errors import NotFoundError

            raise NotFoundError("COACH_NOT_FOUND", record_id)
        return rows[0]

    def refresh(self) -> None:
        super().refresh()
        self._show_coach()

    def _record_changed(self, kind: str, record_id: int) -> None:
        super()._record_changed(kind, record_id)
        if self.loaded:
            self._show_coach()

    def _show_coach(self) -> None:
        """The chosen coach's caseload and visits (empty when none is chosen)."""
        row = self.current_row()
        if row is None:
            self.caseload.set_rows([])
            self.visits.set_rows([])
            self.caseload_label.setText(self.tr("<b>Työkuorma</b> – valitse työhönvalmentaja"))
            self.visits_label.setText(self.tr("<b>Käynnit</b>"))
        else:
            self.caseload.set_rows(list(row.lines))
            visits = coaches.list_visits(coach_id=row.id)
            self.visits.set_rows(visits)
            self.caseload_label.setText(
                self.tr("<b>Työkuorma: %1</b> – %2 työsuhdetta, %3 seurantaa myöhässä")
                .replace("%1", row.name)
                .replace("%2", str(row.placements))
                .replace("%3", str(row.overdue))
            )
            self.visits_label.setText(
                self.tr("<b>Käynnit</b> – %1 kirjattu, %2 viimeisen 30 päivän aikana")
                .replace("%1", str(len(visits)))
                .replace("%2", str(row.visits_recent))
            )
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.new_visit_button.setEnabled(self.current_row() is not None)

    # ------------------------------------------------------------ actions

    def can_create(self) -> bool:
        return True

    def new_record(self) -> QWidget:
        form = CoachForm(self.ctx, parent=self)
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        form.open()
        return form

    def edit_current(self) -> QWidget | None:
        row = self.current_row()
        if row is None:
            return None
        form = CoachForm(self.ctx, row, parent=self)
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        form.open()
        return form

    def open_current(self) -> QWidget | None:
        return self.edit_current()

    def set_archived(self, record_id: int, archived: bool) -> Any:
        return coaches.set_coach_active(record_id, not archived)

    def delete_record(self, record_id: int) -> None:
        coaches.delete_coach(record_id)

    def archive_question(self, row: Any) -> str:
        return self.tr(
            "Merkitäänkö %1 poistuneeksi? Hänen työsuhteensa ja käyntinsä säilyvät, mutta häntä "
            "ei enää tarjota uusiin työsuhteisiin. Poistuneet saa näkyviin valinnalla "
            "Näytä → Näytä arkistoidut."
        ).replace("%1", row.name)

    def open_placement(self, line: coaches.CaseloadLine) -> QWidget:
        return self.ctx.opener.open(PLACEMENT, line.placement_id, self)

    def selected_line(self) -> coaches.CaseloadLine | None:
        index = self.caseload.view.currentIndex()
        return self.caseload.proxy.row_at(index.row()) if index.isValid() else None

    def new_visit(self) -> QWidget | None:
        row = self.current_row()
        if row is None:
            return None
        line = self.selected_line()
        dialog = VisitDialog(
            self.ctx, parent=self, coach_id=row.id,
            placement_id=line.placement_id if line is not None else None,
        )  # fmt: skip
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def edit_visit(self, visit: coaches.VisitRow) -> QWidget:
        dialog = VisitDialog(self.ctx, visit, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def export_caseload(self) -> Path | None:
        from kemidesk.services.spreadsheet import write_xlsx

        folder = Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
            or Path.home()
        )
        today = self.ctx.today()
        target = choose_caseload_file(self, folder / f"tyokuormat-{today:%Y-%m-%d}.xlsx")
        if target is None:
            return None
        try:
            write_xlsx([coaches.caseload_sheet(today)], target)  # type: ignore[list-item]
        except OSError as exc:
            messages.error(self, self.tr("Työkuormia ei voi tallentaa"), str(exc))
            return None
        self.window().statusBar().showMessage(  # type: ignore[attr-defined]
            self.tr("Työkuormat tallennettu: %1").replace("%1", str(target)), 10_000
        )
        return target
