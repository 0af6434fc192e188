"""Payment batches for the finance office: Kokoa maksuerä…, the payment list, Tallenna CSV…
and Merkitse maksetuksi….

A batch gathers approved payments that are in no batch yet (all ticked at first, the total
follows the ticks). After the batch is made its payment list opens in the print preview
(`ctx.print_handlers["payment_batch"]`); the CSV for the finance system is saved as UTF-8
with a byte order mark so that Excel shows ä and ö.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kemidesk.domain.dates import format_date
from kemidesk.domain.errors import DomainError
from kemidesk.domain.money import format_money
from kemidesk.domain.numbering import format_batch_number
from kemidesk.domain.types import PaymentStatus
from kemidesk.domain.validation import format_iban
from kemidesk.services import payments
from kemidesk.services.batches import BatchRow, get_batch
from kemidesk.ui import messages
from kemidesk.ui.context import PAYMENT, UiContext
from kemidesk.ui.dialogs.form import ERROR_STYLE
from kemidesk.ui.errors import error_text
from kemidesk.ui.models.columns import Column, money_col, text_col
from kemidesk.ui.models.row_model import RowTableModel
from kemidesk.ui.widgets.date_edit import DateField
from kemidesk.ui.widgets.table_view import RecordTableView

PAYMENT_BATCH = "payment_batch"  # bus kind and print handler key


def _period(row: Any) -> str:
    return f"{format_date(row.period_start)}–{format_date(row.period_end)}"


BATCH_COLUMNS: tuple[Column, ...] = (
    Column("", lambda row: "", lambda row: None, width=3),
    text_col(QT_TRANSLATE_NOOP("Columns", "Päätös"), "decision_number", 12),
    text_col(QT_TRANSLATE_NOOP("Columns", "Yhdistys"), "association_name", 30),
    text_col(QT_TRANSLATE_NOOP("Columns", "Työllistetty"), "person_name", 20),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Kausi"),
        _period,
        lambda r: r.period_start.toordinal(),
        width=24,
    ),
    money_col(QT_TRANSLATE_NOOP("Columns", "Summa"), "amount_cents", 11),
    text_col(
        QT_TRANSLATE_NOOP("Columns", "IBAN"), lambda r: format_iban(r.iban) if r.iban else "", 24
    ),
)


class CheckedRowsModel(RowTableModel):
    """Rows with a tick box in the first column (all ticked when set)."""

    def __init__(self, columns: Sequence[Column], parent: Any = None) -> None:
        super().__init__(columns, parent)
        self.checked: set[int] = set()

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.checked = {row.id for row in rows}
        super().set_rows(rows)

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.CheckStateRole and index.isValid() and index.column() == 0:
            row = self.row_at(index.row())
            ticked = row.id in self.checked
            return Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        return super().data(index, role)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == 0:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: Any, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or index.column() != 0:
            return False
        row_id = self.row_at(index.row()).id
        state = value.value if hasattr(value, "value") else value
        if state == Qt.CheckState.Checked.value:
            self.checked.add(row_id)
        else:
            self.checked.discard(row_id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def set_all(self, ticked: bool) -> None:
        self.checked = {row.id for row in self.rows()} if ticked else set()
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, 0))

    def toggle(self, position: int) -> None:
        index = self.index(position, 0)
        ticked = self.row_at(position).id in self.checked
        new = Qt.CheckState.Unchecked if ticked else Qt.CheckState.Checked
        self.setData(index, new.value, Qt.ItemDataRole.CheckStateRole)

    def checked_rows(self) -> list[Any]:
        return [row for row in self.rows() if row.id in self.checked]


def batchable_payments() -> list[payments.PaymentRow]:
    """Approved payments that are in no batch yet."""
    return [r for r in payments.list_payments(status=PaymentStatus.APPROVED) if r.batch_id is None]


class BatchDialog(QDialog):
    """Kokoa maksuerä: tick the approved payments, give a title and a date."""

    help_page = "maksut.html#maksuera"  # F1: its page in the user guide

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.batch_id: int | None = None
        self.setWindowTitle(self.tr("Kokoa maksuerä"))
        self.model = CheckedRowsModel(BATCH_COLUMNS, self)
        self.view = RecordTableView(self)
        self.view.setObjectName("batch_payments")
        self.view.setModel(self.model)
        self.view.apply_default_widths(self.model)
        self.view.setSortingEnabled(True)
        self.view.open_requested.connect(self.model.toggle)
        self.title = QLineEdit(self)
        self.title.setObjectName("title")
        self.title.setMaxLength(120)
        self.title.setText(self.tr("Maksuerä %1").replace("%1", format_date(ctx.today())))
        self.created_on = DateField(self)
        self.created_on.setObjectName("created_on")
        self.created_on.set_value(ctx.today())
        self.total = QLabel(self)
        self.total.setObjectName("total")
        head = QFormLayout()
        for text, field in (
            (self.tr("&Otsikko"), self.title),
            (self.tr("Koo&ttu"), self.created_on),
        ):
            label = QLabel(text, self)
            label.setBuddy(field)
            head.addRow(label, field)
        all_button = QPushButton(self.tr("Valitse &kaikki"), self)
        none_button = QPushButton(self.tr("&Poista valinnat"), self)
        for button in (all_button, none_button):
            button.setAutoDefault(False)
        all_button.clicked.connect(lambda: self.model.set_all(True))
        none_button.clicked.connect(lambda: self.model.set_all(False))
        ticks = QHBoxLayout()
        ticks.addWidget(all_button)
        ticks.addWidget(none_button)
        ticks.addStretch(1)
        ticks.addWidget(self.total)
        self.buttons = QDialogButtonBox(self)
        self.create_button = self.buttons.addButton(
            self.tr("Kokoa &erä"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.create_button.clicked.connect(self.create)
        self.buttons.rejected.connect(self.reject)
        hint = QLabel(
            self.tr(
                "Erään kootaan hyväksytyt maksut, jotka eivät vielä ole missään erässä. "
                "Koottu erä avautuu maksulistana esikatseluun; CSV-tiedoston "
                "taloushallinnolle voi tallentaa sieltä tai Maksut-välilehdeltä."
            ),
            self,
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(hint)
        layout.addWidget(self.view, 1)
        layout.addLayout(ticks)
        layout.addWidget(self.buttons)
        self.model.dataChanged.connect(lambda *_: self._update_total())
        self.model.modelReset.connect(self._update_total)
        self.created_on.value_changed.connect(self._update_total)
        self.model.set_rows(batchable_payments())
        self.resize(1060, 560)

    def _update_total(self) -> None:
        chosen = self.model.checked_rows()
        total = sum(r.amount_cents for r in chosen)
        self.total.setText(
            self.tr("Valittu %1 / %2 maksua, yhteensä %3")
            .replace("%1", str(len(chosen)))
            .replace("%2", str(self.model.rowCount()))
            .replace("%3", format_money(total))
        )
        self.create_button.setEnabled(bool(chosen) and self.created_on.error() is None)

    def create(self) -> int | None:
        chosen = [r.id for r in self.model.checked_rows()]
        if not chosen or self.created_on.error() is not None:
            return None
        created_on = self.created_on.value() or self.ctx.today()
        try:
            batch_id = payments.create_batch(chosen, created_on, self.title.text().strip())
        except DomainError as exc:
            messages.warn(self, messages.not_allowed_title(), error_text(exc))
            self.model.set_rows(batchable_payments())
            return None
        self.batch_id = batch_id
        self.ctx.notify(PAYMENT_BATCH, batch_id)
        self.ctx.notify(PAYMENT, chosen[0])
        self.accept()
        return batch_id


def open_batch_dialog(ctx: UiContext, parent: QWidget | None = None) -> BatchDialog | None:
    """Kokoa maksuerä…; after the batch is made, its payment list opens for printing."""
    from kemidesk.ui.permissions import refused

    if refused("batch", parent):
        return None
    if not batchable_payments():
        messages.info(
            parent,
            QCoreApplication.translate("Payments", "Kokoa maksuerä"),
            QCoreApplication.translate(
                "Payments", "Hyväksyttyjä maksuja, jotka eivät ole vielä erässä, ei ole."
            ),
        )
        return None
    dialog = BatchDialog(ctx, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def made() -> None:
        if dialog.batch_id is not None:
            show_batch_list(ctx, dialog.batch_id, parent)

    dialog.accepted.connect(made)
    dialog.open()
    return dialog


def show_batch_list(ctx: UiContext, batch_id: int, parent: QWidget | None = None) -> Any:
    """The batch's payment list in the print preview (when printing is available)."""
    handler = ctx.print_handlers.get(PAYMENT_BATCH)
    if handler is not None:
        return handler(batch_id)
    batch = get_batch(batch_id)
    messages.info(
        parent,
        QCoreApplication.translate("Payments", "Maksuerä koottu"),
        QCoreApplication.translate("Payments", "Maksuerä %1 on koottu (%2 maksua, yhteensä %3).")
        .replace("%1", format_batch_number(batch_id))
        .replace("%2", str(batch.payment_count if batch else 0))
        .replace("%3", format_money(batch.total_cents if batch else 0)),
    )
    return None


def save_batch_csv(ctx: UiContext, batch_id: int, parent: QWidget | None = None) -> Path | None:
    """Tallenna CSV…: the batch for the finance system (UTF-8 with BOM, `;`-separated)."""
    from kemidesk.services.print_jobs import payment_batch_csv_file
    from kemidesk.ui.printing.files import ask_save_path, save_bytes

    try:
        filename, data = payment_batch_csv_file(batch_id)
    except DomainError as exc:
        messages.warn(parent, messages.not_allowed_title(), error_text(exc))
        return None
    target = ask_save_path(
        parent,
        ctx.settings,
        QCoreApplication.translate("Payments", "Tallenna CSV"),
        filename,
        QCoreApplication.translate("Payments", "CSV-tiedostot (*.csv)"),
    )
    if target is None or not save_bytes(parent, ctx.settings, target, data):
        return None
    return target


class MarkPaidDialog(QDialog):
    """Merkitse maksetuksi: the paid date, then a confirmation."""

    help_page = "maksut.html#maksettu"  # F1: its page in the user guide

    def __init__(self, ctx: UiContext, batch: BatchRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.batch = batch
        self.paid_rows: list[payments.PaymentRow] | None = None
        self.setWindowTitle(self.tr("Merkitse maksuerä maksetuksi"))
        summary = QLabel(
            self.tr("Maksuerä %1 (%2), koottu %3: %4 maksua, yhteensä %5.")
            .replace("%1", format_batch_number(batch.id))
            .replace("%2", batch.title or "–")
            .replace("%3", format_date(batch.created_on))
            .replace("%4", str(batch.payment_count))
            .replace("%5", format_money(batch.total_cents)),
            self,
        )
        summary.setWordWrap(True)
        self.paid_on = DateField(self)
        self.paid_on.setObjectName("paid_on")
        self.paid_on.set_value(ctx.today())
        self.error = QLabel(self)
        self.error.setObjectName("error_paid_on")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        form = QFormLayout()
        label = QLabel(self.tr("&Maksupäivä"), self)
        label.setBuddy(self.paid_on)
        form.addRow(label, self.paid_on)
        form.addRow("", self.error)
        self.buttons = QDialogButtonBox(self)
        self.ok_button = self.buttons.addButton(
            self.tr("Merkitse &maksetuksi"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button.clicked.connect(self.mark)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.paid_on.value_changed.connect(self._validate)
        self._validate()
        self.resize(520, 180)

    def _validate(self) -> bool:
        day = self.paid_on.value()
        message = ""
        if self.paid_on.error():
            self.paid_on.set_show_own_error(False)
            message = "" if self.paid_on.is_editing() else self.paid_on.error() or ""
            self.ok_button.setEnabled(False)
            self.error.setText(message)
            self.error.setVisible(bool(message))
            return False
        if day is not None and day < self.batch.created_on:
            message = self.tr("Maksupäivä ei voi olla ennen erän kokoamista (%1).").replace(
                "%1", format_date(self.batch.created_on)
            )
        self.error.setText(message)
        self.error.setVisible(bool(message))
        self.ok_button.setEnabled(not message)
        return not message

    def mark(self) -> bool:
        if not self._validate():
            return False
        day: date = self.paid_on.value() or self.ctx.today()
        question = (
            self.tr(
                "Merkitäänkö maksuerän %1 kaikki %2 maksua (yhteensä %3) maksetuiksi %4? "
                "Merkintää ei voi perua."
            )
            .replace("%1", format_batch_number(self.batch.id))
            .replace("%2", str(self.batch.payment_count))
            .replace("%3", format_money(self.batch.total_cents))
            .replace("%4", format_date(day))
        )
        if not messages.ask(self, self.tr("Merkitse maksetuksi"), question):
            return False
        try:
            self.paid_rows = payments.mark_batch_paid(self.batch.id, day)
        except DomainError as exc:
            messages.warn(self, messages.not_allowed_title(), error_text(exc))
            return False
        self.ctx.notify(PAYMENT_BATCH, self.batch.id)
        if self.paid_rows:
            self.ctx.notify(PAYMENT, self.paid_rows[0].id)
        self.accept()
        return True


def open_mark_paid(
    ctx: UiContext, batch_id: int, parent: QWidget | None = None
) -> MarkPaidDialog | None:
    from kemidesk.ui.permissions import refused

    if refused("batch", parent):
        return None
    batch = get_batch(batch_id)
    if batch is None:
        return None
    if batch.is_paid:
        messages.info(
            parent,
            QCoreApplication.translate("Payments", "Merkitse maksetuksi"),
            QCoreApplication.translate("Payments", "Maksuerä %1 on jo merkitty maksetuksi %2.")
            .replace("%1", format_batch_number(batch_id))
            .replace("%2", format_date(batch.paid_on)),
        )
        return None
    dialog = MarkPaidDialog(ctx, batch, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
