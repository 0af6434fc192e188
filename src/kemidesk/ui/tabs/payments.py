"""Maksut: the open payments (and those paid in the last 90 days) by status, the actions on
one payment, and the batches.

The status filter gives the office's work lists: claims to check, approved payments not in a
batch yet, held payments with the reason, payments in a batch waiting for the finance
office. Under the list are the payment batches with their payment list, CSV and the
"paid" mark.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import chain
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kemidesk.domain.lifecycle import is_approvable, is_claimable
from kemidesk.domain.numbering import format_batch_number
from kemidesk.domain.types import PaymentStatus
from kemidesk.services import payments as service
from kemidesk.services.batches import BatchRow, list_batches
from kemidesk.ui.context import DECISION, PAYMENT
from kemidesk.ui.dialogs import payment_batch, payment_claim
from kemidesk.ui.models import lines as line_columns
from kemidesk.ui.models.columns import (
    Column,
    date_col,
    enum_col,
    format_date,
    money_col,
    number_col,
    text_col,
)
from kemidesk.ui.models.loader import LATER
from kemidesk.ui.tabs.base import RecordTab
from kemidesk.ui.tabs.pending import TITLES
from kemidesk.ui.widgets.related_table import RelatedTable

PAYMENT_BATCH = payment_batch.PAYMENT_BATCH
PAID_PARTS = 8  # the recently paid keys read in this many steps (11 000 at large, 44 000 at xl)


def _period(row: Any) -> str:
    return f"{format_date(row.period_start)}–{format_date(row.period_end)}"


COLUMNS: tuple[Column, ...] = (
    text_col(QT_TRANSLATE_NOOP("Columns", "Päätös"), "decision_number", 12),
    text_col(QT_TRANSLATE_NOOP("Columns", "Yhdistys"), "association_name", 28),
    text_col(QT_TRANSLATE_NOOP("Columns", "Työllistetty"), "person_name", 18),
    number_col(QT_TRANSLATE_NOOP("Columns", "Nro"), "period_index", 4),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Kausi"),
        _period,
        lambda r: r.period_start.toordinal(),
        width=24,
    ),
    money_col(QT_TRANSLATE_NOOP("Columns", "Summa"), "amount_cents", 10),
    date_col(QT_TRANSLATE_NOOP("Columns", "Haettava viimeistään"), "claim_due", 13),
    date_col(QT_TRANSLATE_NOOP("Columns", "Hakemus saapui"), "claim_received_on", 12),
    enum_col(QT_TRANSLATE_NOOP("Columns", "Tila"), "status", 10),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Maksuerä"),
        lambda r: format_batch_number(r.batch_id),
        lambda r: r.batch_id,
        width=8,
    ),
    text_col(QT_TRANSLATE_NOOP("Columns", "Pidätyksen syy"), "held_reason", 40),
)


def columns_of_lines() -> tuple[Column, ...]:
    """`COLUMNS` over `payment_lines`."""
    lines = line_columns.Lines(service.PAYMENT_LINE)
    raw, value = lines.raw, lines.value
    as_date = value("period_start")
    return (
        line_columns.text(QT_TRANSLATE_NOOP("Columns", "Päätös"), raw("decision_number"), 12),
        line_columns.text(QT_TRANSLATE_NOOP("Columns", "Yhdistys"), raw("association_name"), 28),
        line_columns.text(
            QT_TRANSLATE_NOOP("Columns", "Työllistetty"), raw("last_name", "first_name"), 18,
            write=lambda name: f"{name[0]} {name[1]}",
        ),
        line_columns.number(
            QT_TRANSLATE_NOOP("Columns", "Nro"), raw("period_index"), value("period_index"), 4
        ),
        line_columns.period(
            QT_TRANSLATE_NOOP("Columns", "Kausi"), raw("period_start", "period_end"), as_date, 24
        ),
        line_columns.money(QT_TRANSLATE_NOOP("Columns", "Summa"), raw("amount_cents"), 10),
        line_columns.day(
            QT_TRANSLATE_NOOP("Columns", "Haettava viimeistään"), raw("claim_due"), as_date, 13
        ),
        line_columns.day(
            QT_TRANSLATE_NOOP("Columns", "Hakemus saapui"), raw("claim_received_on"), as_date, 12
        ),
        line_columns.label(
            QT_TRANSLATE_NOOP("Columns", "Tila"), raw("status"), value("status"), 10
        ),
        line_columns.custom(
            QT_TRANSLATE_NOOP("Columns", "Maksuerä"), raw("batch_id"), format_batch_number, 8
        ),
        line_columns.text(QT_TRANSLATE_NOOP("Columns", "Pidätyksen syy"), raw("held_reason"), 40),
    )  # fmt: skip


BATCH_COLUMNS: tuple[Column, ...] = (
    Column(
        QT_TRANSLATE_NOOP("Columns", "Maksuerä"),
        lambda r: format_batch_number(r.id),
        lambda r: r.id,
        width=8,
    ),
    date_col(QT_TRANSLATE_NOOP("Columns", "Koottu"), "created_on"),
    text_col(QT_TRANSLATE_NOOP("Columns", "Otsikko"), "title", 30),
    number_col(QT_TRANSLATE_NOOP("Columns", "Maksuja"), "payment_count", 7),
    money_col(QT_TRANSLATE_NOOP("Columns", "Yhteensä"), "total_cents", 12),
    date_col(QT_TRANSLATE_NOOP("Columns", "Maksettu"), "paid_on"),
)

Predicate = Callable[[Any], bool]

# (key, untranslated label, predicate); context "Payments"
STATUS_FILTERS: tuple[tuple[str, str, Predicate | None], ...] = (
    ("all", QT_TRANSLATE_NOOP("Payments", "Kaikki maksut"), None),
    (
        "claimed",
        QT_TRANSLATE_NOOP("Payments", "Tarkastettavat hakemukset"),
        lambda r: r.status is PaymentStatus.CLAIMED,
    ),
    (
        "approved",
        QT_TRANSLATE_NOOP("Payments", "Hyväksytyt, ei erässä"),
        lambda r: r.status is PaymentStatus.APPROVED and r.batch_id is None,
    ),
    (
        "held",
        QT_TRANSLATE_NOOP("Payments", "Pidätetyt"),
        lambda r: r.status is PaymentStatus.HELD,
    ),
    (
        "batched",
        QT_TRANSLATE_NOOP("Payments", "Erässä, maksamatta"),
        lambda r: r.status is PaymentStatus.APPROVED and r.batch_id is not None,
    ),
    (
        "due",
        QT_TRANSLATE_NOOP("Payments", "Ei vielä haettu"),
        lambda r: r.status is PaymentStatus.DUE,
    ),
    (
        "paid",
        QT_TRANSLATE_NOOP("Payments", "Maksetut (90 pv)"),
        lambda r: r.status is PaymentStatus.PAID,
    ),
)


CLAIM_DUE_COLUMN, CLAIM_RECEIVED_COLUMN = 6, 7
# The lists of work, most urgent first: the claim that has waited longest, the earliest due.
URGENT_FIRST: dict[str, tuple[int, Qt.SortOrder]] = {
    "claimed": (CLAIM_RECEIVED_COLUMN, Qt.SortOrder.AscendingOrder),
    "approved": (CLAIM_DUE_COLUMN, Qt.SortOrder.AscendingOrder),
    "held": (CLAIM_DUE_COLUMN, Qt.SortOrder.AscendingOrder),
    "batched": (CLAIM_DUE_COLUMN, Qt.SortOrder.AscendingOrder),
    "due": (CLAIM_DUE_COLUMN, Qt.SortOrder.AscendingOrder),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("Payments", text)


class PaymentsTab(RecordTab):
    help_page = "maksut.html"  # F1: its page in the user guide
    key = "payments"
    title = TITLES["payments"]
    kind = PAYMENT
    columns = COLUMNS
    default_sort = (6, Qt.SortOrder.DescendingOrder)  # latest claim due first
    depends_on = frozenset({DECISION, PAYMENT_BATCH})
    holds_lines = True  # `payment_lines`; the whole payment read when one is chosen

    def add_filters(self, bar: QHBoxLayout) -> None:
        self.status_filter = QComboBox(self)
        self.status_filter.setObjectName("status_filter")
        self.status_filter.setToolTip(self.tr("Maksun tila"))
        for key, label, _predicate in STATUS_FILTERS:
            self.status_filter.addItem(_tr(label), key)
        self.status_filter.currentIndexChanged.connect(self._filters_changed)
        bar.addWidget(self.status_filter)

    def build_body(self) -> QWidget:
        self.claim_button = self._button(self.tr("Kirjaa &maksatushakemus…"), self.record_claim)
        self.approve_button = self._button(self.tr("H&yväksy"), self.approve_current)
        self.batch_button = self._button(self.tr("Kokoa maksu&erä…"), self.make_batch)
        for name in ("claim_button", "approve_button", "batch_button"):
            getattr(self, name).setObjectName(name)
        actions = QHBoxLayout()
        actions.setContentsMargins(0, 0, 0, 0)
        for button in (self.claim_button, self.approve_button, self.batch_button):
            actions.addWidget(button)
        actions.addStretch(1)
        upper = QWidget(self)
        upper_box = QVBoxLayout(upper)
        upper_box.setContentsMargins(0, 0, 0, 0)
        upper_box.addLayout(actions)
        upper_box.addWidget(self.view, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(upper)
        splitter.addWidget(self._build_batches())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([430, 190])
        self.state_changed.connect(self._update_buttons)
        return splitter

    def _build_batches(self) -> QWidget:
        self.batches = RelatedTable(BATCH_COLUMNS, None, self)
        self.batches.setObjectName("batches")
        self.batches.view.setToolTip("")
        self.batches.view.open_requested.connect(lambda _row: self.show_batch_list())
        self.batches.view.selectionModel().selectionChanged.connect(
            lambda *_: self._update_buttons()
        )
        self.batches_title = QLabel(self.tr("Maksuerät"), self)
        self.list_button = self._button(self.tr("Avaa maksu&lista…"), self.show_batch_list)
        self.csv_button = self._button(self.tr("Tallenna &CSV…"), self.save_csv)
        self.paid_button = self._button(self.tr("Merkitse maksetuksi…"), self.mark_paid)
        header = QHBoxLayout()
        header.addWidget(self.batches_title)
        header.addStretch(1)
        for button in (self.list_button, self.csv_button, self.paid_button):
            header.addWidget(button)
        lower = QWidget(self)
        box = QVBoxLayout(lower)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(header)
        box.addWidget(self.batches, 1)
        return lower

    def _button(self, text: str, slot: Callable[[], Any]) -> QPushButton:
        button = QPushButton(text, self)
        button.setAutoDefault(False)
        button.clicked.connect(lambda: slot())
        return button

    # ------------------------------------------------------------ data

    def _filters_changed(self) -> None:
        key = self.status_filter.currentData()
        predicate = next((p for k, _l, p in STATUS_FILTERS if k == key), None)
        self.proxy.set_predicate("status", predicate)
        order = URGENT_FIRST.get(key)
        if order is not None:  # a list of work: the most urgent on top
            self.view.sortByColumn(*order)

    def set_status_filter(self, key: str) -> None:
        self.status_filter.setCurrentIndex(max(0, self.status_filter.findData(key)))

    def make_columns(self) -> Sequence[Column]:
        return columns_of_lines()

    def load(self) -> None:
        today = self.ctx.today()
        parts: list[list[Any]] = []  # the recently paid keys, read in parts after the first page
        paid: list[Any] = []  # all of them, latest first

        pager = service.PaymentPager(today)  # each key of the list read once per load

        def page(after: Any, limit: int) -> Sequence[Any]:
            if after is None:  # the first page: the latest paid are enough
                return pager.page(None, limit, service.recently_paid_keys(today, limit))
            if not paid:
                if len(parts) < PAID_PARTS:  # one part a step (all at once took 20-90 ms)
                    parts.append(service.recently_paid_keys_part(today, len(parts), PAID_PARTS))
                    return LATER
                paid.append(sorted(chain.from_iterable(parts), reverse=True))
            return pager.page(after, limit, paid[0])

        self.model.hold_lines(service.PAYMENT_LINE)
        self.loader.load_pages(
            page, service.payment_line_after, distinct=self.model.line_places("id")
        )
        self._load_batches()

    def _load_batches(self) -> None:
        keep = self.current_batch()
        rows = list_batches()
        self.batches.set_rows(rows)
        unpaid = sum(1 for b in rows if not b.is_paid)
        self.batches_title.setText(
            self.tr("Maksuerät (%1, maksamatta %2)")
            .replace("%1", str(len(rows)))
            .replace("%2", str(unpaid))
        )
        if keep is not None:
            self.select_batch(keep.id)
        self._update_buttons()

    def fetch_one(self, record_id: int) -> Any:
        return service.get_payment(record_id)

    def fetch_listed(self, record_id: int) -> Any:
        found = service.payment_lines(self.ctx.today(), None, ids=[record_id])
        return found[0] if found else self.fetch_one(record_id)  # raises: not found

    def _record_changed(self, kind: str, record_id: int) -> None:
        super()._record_changed(kind, record_id)
        if kind == PAYMENT and self.loaded:
            self._update_buttons()

    # ------------------------------------------------------------ capabilities

    def can_edit(self) -> bool:
        return False

    def can_archive(self) -> bool:
        return False

    def _update_buttons(self) -> None:
        from kemidesk.ui.permissions import gate

        row = self.current_row()
        gate(self.claim_button, "claim", row is not None and is_claimable(row.status))
        gate(self.approve_button, "approve", row is not None and is_approvable(row.status))
        gate(self.batch_button, "batch", True)
        batch = self.current_batch()
        self.list_button.setEnabled(batch is not None)
        self.csv_button.setEnabled(batch is not None)
        gate(self.paid_button, "batch", batch is not None and not batch.is_paid)
        if self.ctx.laptop_copy:  # set by ui.sync_panel
            reason = self.tr("Vaatii yhteyden toimiston tietokantaan.")
            for button in (self.approve_button, self.batch_button, self.paid_button):
                button.setEnabled(False)
                button.setToolTip(reason)

    # ------------------------------------------------------------ payment actions

    def record_claim(self) -> QWidget | None:
        row = self.current_row()
        return None if row is None else payment_claim.open_claim_form(self.ctx, row.id, self)

    def approve_current(self) -> Any:
        row = self.current_row()
        return None if row is None else payment_claim.approve(self.ctx, row.id, self)

    def make_batch(self) -> QWidget | None:
        return payment_batch.open_batch_dialog(self.ctx, self)

    # ------------------------------------------------------------ batches

    def current_batch(self) -> BatchRow | None:
        view = self.batches.view
        index = view.currentIndex()
        if not index.isValid() or not view.selectionModel().isRowSelected(index.row()):
            return None
        row: BatchRow = self.batches.proxy.row_at(index.row())
        return row

    def select_batch(self, batch_id: int) -> bool:
        position = self.batches.proxy.proxy_row_of(batch_id)
        if position is None:
            return False
        self.batches.view.selectRow(position)
        return True

    def show_batch_list(self) -> Any:
        batch = self.current_batch()
        return None if batch is None else payment_batch.show_batch_list(self.ctx, batch.id, self)

    def save_csv(self) -> Any:
        batch = self.current_batch()
        return None if batch is None else payment_batch.save_batch_csv(self.ctx, batch.id, self)

    def mark_paid(self) -> QWidget | None:
        batch = self.current_batch()
        return None if batch is None else payment_batch.open_mark_paid(self.ctx, batch.id, self)
