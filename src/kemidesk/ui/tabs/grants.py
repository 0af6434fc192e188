"""Avustukset: Kemi-lisä decisions, and under them the payments of the chosen decision."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget

from kemidesk.domain.money import format_money
from kemidesk.domain.types import DecisionStatus, DecisionType
from kemidesk.services import grants as service
from kemidesk.services.payments import list_payments
from kemidesk.services.record_lists import decision_years
from kemidesk.services.settings import appropriation_status
from kemidesk.ui.context import ASSOCIATION, DECISION, PAYMENT, PERSON, PLACEMENT
from kemidesk.ui.dialogs.grant_actions import DECISION_ACTIONS, TabActions
from kemidesk.ui.dialogs.payment_claim import install_payment_menu
from kemidesk.ui.labels import enum_label
from kemidesk.ui.models import lines as line_columns
from kemidesk.ui.models import specs
from kemidesk.ui.models.columns import Column
from kemidesk.ui.tabs.base import RecordTab
from kemidesk.ui.tabs.pending import TITLES
from kemidesk.ui.widgets.related_table import RelatedTable


def columns_of_lines() -> tuple[Column, ...]:
    """The columns of `specs.DECISIONS` over `decision_lines`."""
    lines = line_columns.Lines(service.DECISION_LINE)
    raw, value = lines.raw, lines.value
    as_date = value("decision_date")
    return (
        line_columns.text(QT_TRANSLATE_NOOP("Columns", "Numero"), raw("number"), 12),
        line_columns.label(
            QT_TRANSLATE_NOOP("Columns", "Tyyppi"), raw("decision_type"), value("decision_type"),
            22,
        ),
        line_columns.day(
            QT_TRANSLATE_NOOP("Columns", "Päätöspäivä"), raw("decision_date"), as_date
        ),
        line_columns.text(QT_TRANSLATE_NOOP("Columns", "Yhdistys"), raw("association_name"), 32),
        line_columns.text(
            QT_TRANSLATE_NOOP("Columns", "Työllistetty"), raw("last_name", "first_name"), 20,
            write=lambda name: f"{name[0]} {name[1]}",
        ),
        line_columns.period(
            QT_TRANSLATE_NOOP("Columns", "Tukijakso"), raw("period_start", "period_end"), as_date
        ),
        line_columns.money(
            QT_TRANSLATE_NOOP("Columns", "Kk-summa"), raw("monthly_amount_cents"), 10
        ),
        line_columns.money(QT_TRANSLATE_NOOP("Columns", "Yhteensä"), raw("total_cents")),
        line_columns.money(QT_TRANSLATE_NOOP("Columns", "Maksettu"), raw("paid_cents")),
        line_columns.label(
            QT_TRANSLATE_NOOP("Columns", "Tila"), raw("status"), value("status"), 10
        ),
        line_columns.day(
            QT_TRANSLATE_NOOP("Columns", "Oikaisuaika päättyy"), raw("appeal_deadline"), as_date, 12
        ),
    )  # fmt: skip


class GrantsTab(RecordTab):
    help_page = "avustuspolku.html#paatos"  # F1: its page in the user guide
    key = "grants"
    title = TITLES["grants"]
    kind = DECISION
    columns = specs.DECISIONS
    default_sort = (2, Qt.SortOrder.DescendingOrder)  # newest decision first
    depends_on = frozenset({ASSOCIATION, PERSON, PLACEMENT, PAYMENT})
    print_kind = "decision"
    holds_lines = True  # `decision_lines`; the whole decision read when one is chosen

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        # Merkitse lähetetyksi, muutospäätös: above the table and in its context menu
        self.grant_actions = TabActions(self, DECISION_ACTIONS)

    def add_filters(self, bar: QHBoxLayout) -> None:
        self.year_filter = QComboBox(self)
        self.year_filter.setObjectName("year_filter")
        self.year_filter.setToolTip(self.tr("Päätösvuosi"))
        self.status_filter = QComboBox(self)
        self.status_filter.setObjectName("status_filter")
        self.status_filter.setToolTip(self.tr("Päätöksen tila"))
        self.status_filter.addItem(self.tr("Kaikki tilat"), None)
        for status in DecisionStatus:
            self.status_filter.addItem(enum_label(status), status)
        self.type_filter = QComboBox(self)
        self.type_filter.setObjectName("type_filter")
        self.type_filter.setToolTip(self.tr("Päätöksen tyyppi"))
        self.type_filter.addItem(self.tr("Kaikki päätöstyypit"), None)
        for decision_type in DecisionType:
            self.type_filter.addItem(enum_label(decision_type), decision_type)
        for widget in (self.year_filter, self.status_filter, self.type_filter):
            widget.currentIndexChanged.connect(self._filters_changed)
            bar.addWidget(widget)

    def build_body(self) -> QWidget:
        self.payments = RelatedTable(
            specs.PAYMENTS, lambda row: self.ctx.opener.open(PAYMENT, row.id), self
        )
        self.payments.setObjectName("payments")
        install_payment_menu(self.payments, self.ctx)  # right-click: claim, approve
        self.payments_title = QLabel(self)
        self.appropriation = QLabel(self)
        self.appropriation.setObjectName("appropriation")
        self.appropriation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lower = QWidget(self)
        box = QVBoxLayout(lower)
        box.setContentsMargins(0, 0, 0, 0)
        header = QHBoxLayout()
        header.addWidget(self.payments_title)
        header.addStretch(1)
        header.addWidget(self.appropriation)
        box.addLayout(header)
        box.addWidget(self.payments, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.view)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([420, 200])
        self._payments_of: int | None = -1
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._show_payments())
        self._show_payments()
        return splitter

    def reload_filters(self) -> None:
        chosen = self.year_filter.currentData()
        self.year_filter.blockSignals(True)
        self.year_filter.clear()
        self.year_filter.addItem(self.tr("Kaikki vuodet"), None)
        for year in decision_years():
            self.year_filter.addItem(str(year), year)
        self.year_filter.setCurrentIndex(max(0, self.year_filter.findData(chosen)))
        self.year_filter.blockSignals(False)
        QTimer.singleShot(0, self._show_appropriation)  # after the first rows are shown

    def _filters_changed(self) -> None:
        year = self.year_filter.currentData()
        status = self.status_filter.currentData()
        kind = self.type_filter.currentData()
        self.proxy.set_predicates(
            {
                "year": None if year is None else (lambda row: row.decision_date.year == year),
                "status": None if status is None else (lambda row: row.status == status),
                "type": None if kind is None else (lambda row: row.decision_type == kind),
            }
        )
        self._show_appropriation()

    def _show_appropriation(self) -> None:
        year = self.year_filter.currentData() or self.ctx.today().year
        status = appropriation_status(year)
        if not status.is_set:
            text = self.tr("Määrärahaa vuodelle %1 ei ole asetettu.").replace("%1", str(year))
        else:
            text = (
                self.tr("Määräraha %1: %2, päätetty %3, jäljellä %4")
                .replace("%1", str(year))
                .replace("%2", format_money(status.amount_cents))
                .replace("%3", format_money(status.decided_cents))
                .replace("%4", format_money(status.left_cents))
            )
        self.appropriation.setText(text)

    def _show_payments(self, force: bool = False) -> None:
        row = self.current_row()
        shown_id = None if row is None else row.id
        if shown_id == self._payments_of and not force:
            return
        self._payments_of = shown_id
        if row is None:
            self.payments_title.setText(self.tr("Maksut: valitse päätös"))
            self.payments.set_rows([])
            return
        rows = list_payments(decision_id=row.id)
        self.payments_title.setText(
            self.tr("Päätöksen %1 maksut (%2)")
            .replace("%1", row.number)
            .replace("%2", str(len(rows)))
        )
        self.payments.set_rows(rows)

    def make_columns(self) -> Sequence[Column]:
        return columns_of_lines()

    def load(self) -> None:
        show_archived = self.ctx.show_archived
        self.model.hold_lines(service.DECISION_LINE)
        self.loader.load_pages(
            lambda after, limit: service.decision_lines(show_archived, after, limit),
            service.decision_line_after,
            distinct=self.model.line_places("id", "number"),
        )

    def _record_changed(self, kind: str, record_id: int) -> None:
        super()._record_changed(kind, record_id)
        if kind in (DECISION, PAYMENT) and self.loaded:
            self._show_payments(force=True)

    def fetch_one(self, record_id: int) -> Any:
        return service.get_decision(record_id)

    def fetch_listed(self, record_id: int) -> Any:
        found = service.decision_lines(True, ids=[record_id])
        return found[0] if found else self.fetch_one(record_id)  # raises: not found

    def can_edit(self) -> bool:
        return False  # decisions are changed by amendment decisions, not edited

    def set_archived(self, record_id: int, archived: bool) -> Any:
        return service.set_decision_archived(record_id, archived)

    def archive_question(self, row: Any) -> str:
        return self.tr(
            "Arkistoidaanko päätös %1? Päätöstä ja sen maksuja ei poisteta; arkistoitu päätös "
            "piilotetaan luetteloista, ja sen saa näkyviin valinnalla Näytä → Näytä arkistoidut."
        ).replace("%1", row.number)
