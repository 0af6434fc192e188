"""Valmennukset: the employer and supervisor trainings (sortable, searchable), their
registrations and attendance, the printed invitation and sign-in sheet, and below them the
supervision sessions (työnohjaus) of the associations."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QStandardPaths, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kemidesk.services import trainings
from kemidesk.ui import messages
from kemidesk.ui.context import ASSOCIATION, UiContext
from kemidesk.ui.dialogs.training_dialogs import (
    SUPERVISION,
    TRAINING,
    AttendanceDialog,
    SupervisionDialog,
    TrainingDialog,
)
from kemidesk.ui.models import specs
from kemidesk.ui.tabs.interface import BaseTab
from kemidesk.ui.widgets.related_table import RelatedTable


def choose_addresses_file(parent: QWidget, suggested: Path) -> Path | None:
    """The save dialog of the address list (tests replace this function)."""
    name, _ = QFileDialog.getSaveFileName(
        parent, parent.tr("Tallenna osoitelista"), str(suggested),
        parent.tr("Excel-työkirja (*.xlsx)"),
    )  # fmt: skip
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".xlsx" else path.with_name(path.name + ".xlsx")


class TrainingsTab(BaseTab):
    help_page = "valmennukset.html#valmennukset"  # F1: its page in the user guide
    key = "trainings"
    title = QT_TRANSLATE_NOOP("Tabs", "&Valmennukset")

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.loaded = False
        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Hae valmennuksista (teema, paikka, kouluttaja)…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda text: self.table.proxy.set_search(text))
        self.new_button = self._button(self.tr("&Uusi valmennus…"), self.new_record)
        self.attendance_button = self._button(
            self.tr("&Ilmoittautumiset ja osallistujat…"), self.open_attendance
        )
        self.table = RelatedTable(specs.TRAININGS, self.edit_training, self)
        self.table.setObjectName("trainings")
        self.table.view.selectionModel().currentRowChanged.connect(
            lambda *_a: self._selection_changed()
        )
        top_bar = QHBoxLayout()
        top_bar.addWidget(self.search, 1)
        top_bar.addWidget(self.new_button)
        top_bar.addWidget(self.attendance_button)
        self.print_bar = QHBoxLayout()
        self.invitation_button = self._button(self.tr("Tulosta &kutsu…"), self.print_invitation)
        self.sign_in_button = self._button(
            self.tr("Tulosta &osallistujalista…"), self.print_sign_in
        )
        for button in (self.invitation_button, self.sign_in_button):
            button.setObjectName("print_training")
            self.print_bar.addWidget(button)
        self.addresses_button = self._button(
            self.tr("Osoitelista E&xceliin…"), self.export_addresses
        )
        self.addresses_button.setObjectName("export_addresses")
        self.addresses_button.setToolTip(
            self.tr("Kutsuttavien yhdistysten posti- ja sähköpostiosoitteet Excel-tiedostoon")
        )
        self.print_bar.addWidget(self.addresses_button)
        self.print_bar.addStretch(1)
        self.info_sheet_button = self._button(
            self.tr("Tiedote osatyökykyisten tuki&palveluista…"), self.print_info_sheet
        )
        self.print_bar.addWidget(self.info_sheet_button)
        upper = QWidget(self)
        upper_box = QVBoxLayout(upper)
        upper_box.setContentsMargins(0, 0, 0, 0)
        upper_box.addLayout(top_bar)
        upper_box.addWidget(self.table, 1)
        upper_box.addLayout(self.print_bar)
        self.supervision_label = QLabel(self)
        self.new_supervision_button = self._button(
            self.tr("Uusi &työnohjauskerta…"), self.new_supervision
        )
        self.supervision = RelatedTable(specs.SUPERVISION, self.edit_supervision, self)
        self.supervision.setObjectName("supervision")
        lower = QWidget(self)
        lower_box = QVBoxLayout(lower)
        lower_box.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        bar.addWidget(self.supervision_label, 1)
        bar.addWidget(self.new_supervision_button)
        lower_box.addLayout(bar)
        lower_box.addWidget(self.supervision, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(upper)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        ctx.bus.changed.connect(self._bus_changed)
        self._selection_changed()

    def _button(self, text: str, slot: Any) -> QPushButton:
        button = QPushButton(text, self)
        button.setAutoDefault(False)
        button.clicked.connect(lambda: slot())
        return button

    # ------------------------------------------------------------ data

    def ensure_loaded(self) -> None:
        if not self.loaded:
            self.refresh()

    def refresh(self) -> None:
        self.loaded = True
        chosen = self.current_id()
        self.table.set_rows(trainings.list_trainings())
        sessions = trainings.list_supervision()
        self.supervision.set_rows(sessions)
        hours = sum((s.hours for s in sessions), Decimal(0))
        self.supervision_label.setText(
            self.tr("<b>Työnohjaus</b> – %1 kertaa, %2 yhdistystä, %3 tuntia")
            .replace("%1", str(len(sessions)))
            .replace("%2", str(len({s.association_id for s in sessions})))
            .replace("%3", str(hours).replace(".", ","))
        )
        if chosen is not None:
            self.select(chosen)
        self._selection_changed()

    def _bus_changed(self, kind: str, _record_id: int) -> None:
        if self.loaded and kind in (TRAINING, SUPERVISION, ASSOCIATION):
            self.refresh()

    def select(self, training_id: int) -> None:
        row = self.table.proxy.proxy_row_of(training_id)
        if row is not None:
            self.table.view.selectRow(row)

    def _selection_changed(self) -> None:
        self.attendance_button.setEnabled(self.current_id() is not None)
        for button in self.findChildren(QPushButton, "print_training"):
            button.setEnabled(self.current_id() is not None)
        self.state_changed.emit()

    def current_id(self) -> int | None:
        index = self.table.view.currentIndex()
        if not index.isValid():
            return None
        return self.table.proxy.id_at(index.row())

    def current_training(self) -> trainings.TrainingRow | None:
        index = self.table.view.currentIndex()
        return self.table.proxy.row_at(index.row()) if index.isValid() else None

    def status_text(self) -> str:
        return self.tr("%1 valmennusta").replace("%1", str(self.table.row_count()))

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # ------------------------------------------------------------ actions

    def can_create(self) -> bool:
        return True

    def can_edit(self) -> bool:
        return self.current_id() is not None

    def can_open(self) -> bool:
        return self.current_id() is not None

    def can_archive(self) -> bool:
        return self.current_id() is not None

    def archive_current(self) -> None:
        """Removes the training from the lists (kept, with its registrations, archived)."""
        row = self.current_training()
        if row is None:
            return
        from kemidesk.domain.dates import format_date

        question = self.tr("Poistetaanko valmennus %1 %2 luettelosta? Ilmoittautumiset säilyvät.")
        question = question.replace("%1", row.name).replace("%2", format_date(row.held_on))
        if not messages.ask(self, self.tr("Arkistointi"), question):
            return
        trainings.delete_training(row.id)
        self.ctx.notify(TRAINING, row.id)

    def new_record(self) -> QWidget:
        dialog = TrainingDialog(self.ctx, parent=self)
        dialog.open()
        return dialog

    def edit_training(self, row: trainings.TrainingRow) -> QWidget:
        dialog = TrainingDialog(self.ctx, row, parent=self)
        dialog.open()
        return dialog

    def edit_current(self) -> QWidget | None:
        row = self.current_training()
        return None if row is None else self.edit_training(row)

    def open_current(self) -> QWidget | None:
        return self.edit_current()

    def open_attendance(self) -> QWidget | None:
        training_id = self.current_id()
        if training_id is None:
            return None
        dialog = AttendanceDialog(self.ctx, training_id, self)
        dialog.open()
        return dialog

    # ------------------------------------------------------------ printing

    def _handlers(self) -> Any:
        from kemidesk.ui.printing.handlers import PrintHandlers

        return PrintHandlers(self.ctx, self.window())

    def print_invitation(self) -> Any:
        training_id = self.current_id()
        if training_id is None:
            return None
        from kemidesk.ui.printing import choice as choice_module
        from kemidesk.ui.printing.choice import Choice

        chosen = choice_module.ask_choice(
            self,
            self.tr("Tulosta kutsu"),
            self.tr("Kenelle kutsu tulostetaan?"),
            [
                Choice("each", self.tr("&Kirje jokaiselle yhdistykselle"),
                       self.tr("Oma sivu kullekin rekisterin yhdistykselle osoitteineen.")),
                Choice("one", self.tr("&Yksi yleiskirje"),
                       self.tr("Yksi kutsu kaikille, esimerkiksi sähköpostin liitteeksi.")),
            ],
        )  # fmt: skip
        if chosen is None:
            return None
        from kemidesk.services.training_documents import invitation_job

        today = self.ctx.today()
        return self._handlers().run(
            lambda: invitation_job(training_id, each_association=chosen == "each", today=today)
        )

    def export_addresses(self) -> Path | None:
        from kemidesk.services.spreadsheet import write_xlsx
        from kemidesk.services.training_documents import invitation_addresses

        folder = Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
            or Path.home()
        )
        target = choose_addresses_file(self, folder / "kutsuosoitteet.xlsx")
        if target is None:
            return None
        try:
            write_xlsx([invitation_addresses()], target)
        except OSError as exc:
            messages.error(self, self.tr("Osoitelistaa ei voi tallentaa"), str(exc))
            return None
        self.window().statusBar().showMessage(  # type: ignore[attr-defined]
            self.tr("Osoitelista tallennettu: %1").replace("%1", str(target)), 10_000
        )
        return target

    def print_sign_in(self) -> Any:
        training_id = self.current_id()
        if training_id is None:
            return None
        from kemidesk.services.training_documents import sign_in_job

        return self._handlers().run(lambda: sign_in_job(training_id))

    def print_info_sheet(self) -> Any:
        from kemidesk.services.training_documents import info_sheet_job

        data_dir = self.ctx.paths.data_dir
        today = self.ctx.today()
        return self._handlers().run(lambda: info_sheet_job(data_dir, today=today))

    def can_print(self) -> bool:
        return self.current_id() is not None

    def print_current(self) -> Any:
        return self.print_sign_in()

    def new_supervision(self) -> QWidget:
        dialog = SupervisionDialog(self.ctx, parent=self)
        dialog.open()
        return dialog

    def edit_supervision(self, row: trainings.SupervisionRow) -> QWidget:
        dialog = SupervisionDialog(self.ctx, row, parent=self)
        dialog.open()
        return dialog
