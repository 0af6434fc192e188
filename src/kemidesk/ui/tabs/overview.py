"""Yleiskatsaus: what needs doing now, and the year's appropriation.

The sections come from `services.overview.build_overview` (applications waiting, unsent
decisions, claims to check, held payments, follow-ups, endings, outcome checks, bonus
proposals). Each line opens its record: an application opens its decision dialog, a
decision and a payment the decision's detail view, the rest the placement's detail view.

The overview is built on a worker thread (`services.overview.OverviewBuild`, which uses and
closes its own database connection, and which closing the window cancels): the window must
not stop while it is built. Every change on the data bus refreshes it
(coalesced, and only while it is shown; otherwise on the next show), and so does F5. A
section shows its first `ROWS_PER_SECTION` lines and a "näytä kaikki" line for the rest.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QObject,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from kemidesk.domain.dates import format_date
from kemidesk.domain.money import format_money
from kemidesk.domain.types import OverviewSection
from kemidesk.ui.context import DECISION, PLACEMENT, UiContext
from kemidesk.ui.errors import message_text, safe_description
from kemidesk.ui.tabs.interface import BaseTab
from kemidesk.ui.tabs.pending import TITLES

log = logging.getLogger(__name__)

ROWS_PER_SECTION = 10
REFRESH_DELAY_MS = 250
KIND_ROLE = Qt.ItemDataRole.UserRole + 1  # "application" | … | "section" | "more"
ID_ROLE = Qt.ItemDataRole.UserRole + 2  # the record id, or the section key
LATE_COLOUR = QColor("#b00020")
MUTED_COLOUR = QColor("#707070")

# Each section of the service by its key: the untranslated title (context "Overview") and
# how its `days` reads: waiting (days since), late (+ late / − ahead), ahead (days to go).
SECTIONS: dict[OverviewSection, tuple[str, str]] = {
    OverviewSection.APPLICATIONS_WAITING: (
        QT_TRANSLATE_NOOP("Overview", "Hakemukset odottavat päätöstä"), "waiting"),
    OverviewSection.DECISIONS_NOT_SENT: (
        QT_TRANSLATE_NOOP(
            "Overview", "Päätökset lähettämättä – niiden maksuja ei hyväksytä ennen lähetystä"
        ), "waiting"),
    OverviewSection.CLAIMS_TO_CHECK: (
        QT_TRANSLATE_NOOP("Overview", "Tarkastettavat maksatushakemukset"), "waiting"),
    OverviewSection.PAYMENTS_HELD: (
        QT_TRANSLATE_NOOP("Overview", "Pidätetyt maksut"), "waiting"),
    OverviewSection.FOLLOWUPS_DUE: (
        QT_TRANSLATE_NOOP("Overview", "Seurannat erääntyneet ja tulossa"), "late"),
    OverviewSection.ENDING_SOON: (
        QT_TRANSLATE_NOOP("Overview", "Päättyvät työsuhteet ja palkkatuet (30 pv)"), "ahead"),
    OverviewSection.TRANSFERS_ENDING: (
        QT_TRANSLATE_NOOP("Overview", "Päättyvät siirtosopimukset (30 pv)"), "ahead"),
    OverviewSection.OUTCOME_CHECKS_DUE: (
        QT_TRANSLATE_NOOP("Overview", "Jatkopolun seurannat"), "late"),
    OverviewSection.BONUS_PROPOSALS: (
        QT_TRANSLATE_NOOP("Overview", "Työllistämisbonus ehdolla"), "none"),
    OverviewSection.COACH_NEEDED: (
        QT_TRANSLATE_NOOP("Overview", "Työhönvalmentaja puuttuu"), "none"),
}  # fmt: skip
COLUMNS = (
    QT_TRANSLATE_NOOP("Overview", "Kohde"),
    QT_TRANSLATE_NOOP("Overview", "Tiedot"),
    QT_TRANSLATE_NOOP("Overview", "Päivä"),
    QT_TRANSLATE_NOOP("Overview", "Aika"),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Overview", text)


def section_title(key: OverviewSection) -> str:
    """The section's title in the interface language."""
    return _tr(SECTIONS[key][0])


def days_text(style: str, days: int | None) -> str:
    """How long an item has waited, is late, or has to go, in Finnish."""
    if days is None or style == "none":
        return ""
    if style == "waiting":
        return QCoreApplication.translate("Overview", "%1 pv").replace("%1", str(days))
    if days == 0:
        return QCoreApplication.translate("Overview", "tänään")
    if style == "late" and days > 0:
        return QCoreApplication.translate("Overview", "myöhässä %1 pv").replace("%1", str(days))
    return QCoreApplication.translate("Overview", "%1 pv:n päästä").replace("%1", str(abs(days)))


def _detail(item: Any) -> str:
    """The line's detail in the user's language (a coded message), or as stored."""
    message = getattr(item, "message", None)
    return item.detail if message is None else message_text(message)


class _Courier(QObject):
    """Carries the worker's parts and result to the GUI thread (queued signals)."""

    part = Signal(int, str, object)  # generation, section key or "appropriation", its value
    delivered = Signal(int, object, object)  # generation, overview or None, error or None


class MeterBar(QWidget):
    """A thin horizontal bar filled to `fraction` (over 1: full and red)."""

    def __init__(self, colour: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.colour = QColor(colour)
        self.fraction = 0.0
        self.setMinimumSize(160, 14)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_fraction(self, fraction: float) -> None:
        self.fraction = max(0.0, fraction)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = self.rect().adjusted(0, 1, -1, -1)
        painter.setPen(QColor("#b8b8b8"))
        painter.setBrush(QColor("#ececec"))
        painter.drawRoundedRect(rect, 3, 3)
        if self.fraction > 0:
            filled = rect.adjusted(0, 0, 0, 0)
            filled.setWidth(max(2, round(rect.width() * min(1.0, self.fraction))))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(LATE_COLOUR if self.fraction > 1 else self.colour)
            painter.drawRoundedRect(filled, 3, 3)
        painter.end()


class AppropriationPanel(QGroupBox):
    """The year's appropriation: decided, paid and left, as bars and as figures."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("appropriation")
        grid = QGridLayout(self)
        grid.setContentsMargins(8, 6, 8, 6)
        grid.setVerticalSpacing(3)
        self.bars: dict[str, MeterBar] = {}
        self.figures: dict[str, QLabel] = {}
        rows = (
            ("decided", QCoreApplication.translate("Overview", "Päätetty"), "#3d7cc9"),
            ("paid", QCoreApplication.translate("Overview", "Maksettu"), "#2e8b57"),
            ("left", QCoreApplication.translate("Overview", "Jäljellä"), "#9aa7b5"),
        )
        for row, (key, title, colour) in enumerate(rows):
            grid.addWidget(QLabel(title + ":", self), row, 0)
            self.bars[key] = MeterBar(colour, self)
            grid.addWidget(self.bars[key], row, 1)
            figure = QLabel(self)
            figure.setObjectName(f"figure_{key}")
            figure.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            figure.setMinimumWidth(self.fontMetrics().horizontalAdvance("000 000 000,00 € (100 %)"))
            self.figures[key] = figure
            grid.addWidget(figure, row, 2)
        self.not_set = QLabel(self)
        self.not_set.setObjectName("appropriation_not_set")
        grid.addWidget(self.not_set, 3, 0, 1, 3)
        grid.setColumnStretch(1, 1)

    def show_status(self, status: Any) -> None:
        self.setTitle(
            QCoreApplication.translate("Overview", "Määräraha %1: %2")
            .replace("%1", str(status.year))
            .replace("%2", format_money(status.amount_cents) if status.is_set else "–")
        )
        if not status.is_set:
            for key in self.bars:
                self.bars[key].set_fraction(0)
                self.figures[key].setText("")
            self.not_set.setText(
                QCoreApplication.translate(
                    "Overview", "Määrärahaa vuodelle %1 ei ole asetettu."
                ).replace("%1", str(status.year))
            )
            self.not_set.show()
            return
        self.not_set.hide()
        amount = status.amount_cents
        for key, cents in (
            ("decided", status.decided_cents),
            ("paid", status.paid_cents),
            ("left", status.left_cents),
        ):
            fraction = cents / amount
            self.bars[key].set_fraction(fraction if key != "left" or cents >= 0 else 0)
            percent = f"{round(fraction * 100)}\u00a0%"
            self.figures[key].setText(f"{format_money(cents)} ({percent})")
            late = key == "left" and cents < 0
            self.figures[key].setStyleSheet("color: #b00020; font-weight: bold;" if late else "")


class OverviewTree(QTreeView):
    """Emits `open_requested(index)` on Enter/Return or a double-click of a line."""

    open_requested = Signal(QModelIndex)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overview_tree")
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setAlternatingRowColors(True)
        self.setUniformRowHeights(True)
        self.setExpandsOnDoubleClick(False)
        self.doubleClicked.connect(self.open_requested.emit)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_requested.emit(self.currentIndex())
            event.accept()
            return
        super().keyPressEvent(event)


class OverviewTab(BaseTab):
    help_page = "yleiskatsaus.html"  # F1: its page in the user guide
    key = "overview"
    title = TITLES["overview"]
    # A build has ended (its lines are on screen, or its error): the window reads its record
    # counts after the first one, not while the worker is still reading.
    built = Signal()
    first_lines = Signal()  # the first build's first section is on screen (once a build)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.loaded = False
        self.stale = False
        self.busy = False
        self.overview: Any = None
        self.error: str | None = None
        self._again = False
        self._running: Any = None  # the running OverviewBuild
        self._generation = 0
        self._show_all: set[OverviewSection] = set()
        self._collapsed: set[OverviewSection] = set()
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.courier = _Courier(self)
        self.courier.part.connect(self._part)
        self.courier.delivered.connect(self._delivered)
        self._parts: dict[OverviewSection, Sequence[Any]] = {}  # sections shown as they came
        self._build_today: date = date.min  # the day of the build running or last run
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(REFRESH_DELAY_MS)
        self._refresh_timer.timeout.connect(self.refresh)
        self._build()
        ctx.bus.changed.connect(self._bus_changed)

    # ------------------------------------------------------------ layout

    def _build(self) -> None:
        self.heading = QLabel(self)
        self.heading.setObjectName("heading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        self.status = QLabel(self)
        self.status.setObjectName("status")
        self.status.setStyleSheet("color: #606060;")
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addSpacing(12)
        top.addWidget(self.status, 1)
        self.appropriation = AppropriationPanel(self)
        self.model = QStandardItemModel(self)
        self.model.setHorizontalHeaderLabels([_tr(c) for c in COLUMNS])
        self.tree = OverviewTree(self)
        self.tree.setModel(self.model)
        self.tree.open_requested.connect(self._activated)
        self.tree.selectionModel().currentChanged.connect(lambda *_: self.state_changed.emit())
        self.tree.expanded.connect(lambda index: self._collapsed.discard(self._section_of(index)))
        self.tree.collapsed.connect(lambda index: self._collapsed.add(self._section_of(index)))
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        char = self.fontMetrics().averageCharWidth()
        for column, width in ((1, 50), (2, 13), (3, 19)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.tree.setColumnWidth(column, width * char)
        hint = QLabel(self.tr("Avaa rivi kaksoisnapsautuksella tai Enterillä. Päivitä: F5."), self)
        hint.setStyleSheet("color: #606060;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.appropriation)
        layout.addWidget(self.tree, 1)
        layout.addWidget(hint)

    # ------------------------------------------------------------ loading

    def ensure_loaded(self) -> None:
        if not self.loaded or self.stale:
            self.refresh()

    def refresh(self) -> None:
        """Build the overview again on the worker (one at a time; a request while one is
        running runs once more after it)."""
        self._refresh_timer.stop()
        if self.busy:
            self._again = True
            return
        self.busy, self.stale = True, False
        self._generation += 1
        self.status.setText(self.tr("Päivitetään…"))
        from kemidesk.services.overview import OverviewBuild

        generation, courier = self._generation, self.courier

        # The first build shows each section as it comes (the quick ones at once); a refresh
        # replaces the lines shown when the whole overview is built.
        def on_part(key: str, value: object) -> None:
            with contextlib.suppress(RuntimeError):  # the tab is gone: nobody waits
                courier.part.emit(generation, key, value)

        self._parts = {}
        build = self._running = OverviewBuild(self.ctx.today(), None if self.loaded else on_part)
        self._build_today = build.today

        def work() -> None:
            result: Any = None
            error: Exception | None = None
            try:
                result = build.run()
            except Exception as exc:
                error = exc
            with contextlib.suppress(RuntimeError):  # the tab is gone: nobody waits
                courier.delivered.emit(generation, result, error)

        self.pool.start(work)

    def wait_until_idle(self, msecs: int = 10_000) -> bool:
        """Wait for a running build (tests)."""
        return self.pool.waitForDone(msecs)

    def cancel(self, msecs: int = 2_000) -> bool:
        """Stop a running build and wait for its thread (the window is closing): its query
        is interrupted, so this takes milliseconds, not the rest of the build."""
        if self._running is not None:
            self._running.cancel()
        return self.pool.waitForDone(msecs)

    def _part(self, generation: int, key: str, value: Any) -> None:
        """A part of the first build: its section shown in its place among those shown."""
        if generation != self._generation or self.loaded:
            return
        if key == "appropriation":
            self.appropriation.show_status(value)
            return
        section = OverviewSection(key)
        first = not self._parts
        if first:
            self.heading.setText(
                self.tr("Tilanne %1").replace("%1", format_date(self._build_today))
            )
            self.model.removeRows(0, self.model.rowCount())
        order = list(OverviewSection)
        row = sum(1 for shown in self._parts if order.index(shown) < order.index(section))
        self._parts[section] = value
        self._add_section(section, value, self._build_today, row)
        index = self.model.index(row, 0)
        self.tree.setExpanded(index, section not in self._collapsed)
        if first:
            self.first_lines.emit()

    def is_reading(self) -> bool:
        return bool(self.busy)

    def sections_shown(self) -> int:
        """How many sections have their lines on screen (all once loaded; the benchmark)."""
        return self.model.rowCount() if self.loaded else len(self._parts)

    def _delivered(self, generation: int, overview: Any, error: BaseException | None) -> None:
        from kemidesk.services.overview import BuildCancelled

        self.busy = False
        if isinstance(error, BuildCancelled):
            return
        if generation == self._generation:
            if error is not None:
                log.error("overview failed: %s", safe_description(type(error), error.__traceback__))
                self.error = type(error).__name__
                self.status.setText(
                    self.tr("Yleiskatsausta ei voitu lukea; virhe on kirjattu lokiin.")
                )
            else:
                self.error = None
                self.overview = overview
                if set(self._parts) == set(OverviewSection):
                    self._show_status(overview)  # every section is on screen already
                else:
                    self._show(overview)
                self._parts = {}
                self.loaded = True
            self.state_changed.emit()
            self.built.emit()
        if self._again:
            self._again = False
            self.refresh()

    def _bus_changed(self, _kind: str, _record_id: int) -> None:
        if not self.loaded:
            return
        self.stale = True
        if self.isVisible():
            self._refresh_timer.start()

    def save_state(self) -> None:
        self.cancel()

    # ------------------------------------------------------------ showing

    def _show_status(self, overview: Any) -> None:
        self.heading.setText(self.tr("Tilanne %1").replace("%1", format_date(overview.today)))
        total = sum(len(items) for _key, items in overview.sections)
        self.status.setText(self.tr("Avoimia tehtäviä %1").replace("%1", str(total)))
        self.appropriation.show_status(overview.appropriation)

    def _show(self, overview: Any) -> None:
        keep = self.current_item()
        self._show_status(overview)
        self.model.removeRows(0, self.model.rowCount())
        for key, items in overview.sections:
            self._add_section(key, items, overview.today)
        for row in range(self.model.rowCount()):
            index = self.model.index(row, 0)
            self.tree.setExpanded(index, self._section_of(index) not in self._collapsed)
        if keep is not None:
            self.select_item(*keep)

    def _add_section(
        self, key: OverviewSection, items: Sequence[Any], today: date, row: int | None = None
    ) -> None:
        """The section's header and its first lines, at `row` (None: at the end)."""
        style = SECTIONS[key][1]
        header = QStandardItem(f"{section_title(key)} ({len(items)})")
        header.setData("section", KIND_ROLE)
        header.setData(key.value, ID_ROLE)
        font = QFont(header.font())
        font.setBold(True)
        header.setFont(font)
        if not items:
            header.setForeground(MUTED_COLOUR)
        fillers = [QStandardItem() for _ in COLUMNS[1:]]
        if row is None:
            self.model.appendRow([header, *fillers])
        else:
            self.model.insertRow(row, [header, *fillers])
        shown = items if key in self._show_all else items[:ROWS_PER_SECTION]
        for item in shown:
            header.appendRow(self._item_row(item, style))
        if len(shown) < len(items):
            more = QStandardItem(self.tr("Näytä kaikki (%1 riviä)…").replace("%1", str(len(items))))
            more.setData("more", KIND_ROLE)
            more.setData(key.value, ID_ROLE)
            more.setForeground(QColor("#1f5f99"))
            header.appendRow([more, *(QStandardItem() for _ in COLUMNS[1:])])

    def _item_row(self, item: Any, style: str) -> list[QStandardItem]:
        cells = [
            QStandardItem(item.title),
            QStandardItem(_detail(item)),
            QStandardItem(format_date(item.due) if item.due else ""),
            QStandardItem(days_text(style, item.days)),
        ]
        cells[0].setData(item.kind, KIND_ROLE)
        cells[0].setData(item.record_id, ID_ROLE)
        for cell in cells[1:]:
            cell.setData(item.kind, KIND_ROLE)
        for cell in cells[2:]:
            cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if style == "late" and item.days is not None and item.days > 0:
            for cell in cells[2:]:
                cell.setForeground(LATE_COLOUR)
        for cell in cells:
            cell.setToolTip(f"{item.title}\n{_detail(item)}")
        return cells

    def _section_of(self, index: QModelIndex) -> OverviewSection:
        """The key of a section header's or a "more" line's section."""
        return OverviewSection(index.siblingAtColumn(0).data(ID_ROLE))

    # ------------------------------------------------------------ reading for tests and actions

    def sections(self) -> dict[OverviewSection, list[tuple[str, int]]]:
        """Section key → the (kind, id) of its lines as shown."""
        found: dict[OverviewSection, list[tuple[str, int]]] = {}
        for row in range(self.model.rowCount()):
            header = self.model.item(row, 0)
            lines = found.setdefault(OverviewSection(header.data(ID_ROLE)), [])
            for child in range(header.rowCount()):
                cell = header.child(child, 0)
                if cell.data(KIND_ROLE) != "more":
                    lines.append((str(cell.data(KIND_ROLE)), int(cell.data(ID_ROLE))))
        return found

    def index_of(
        self, kind: str, record_id: int, section: OverviewSection | None = None
    ) -> QModelIndex:
        """The model index of a line (invalid when it is not shown)."""
        for row in range(self.model.rowCount()):
            header = self.model.item(row, 0)
            if section is not None and header.data(ID_ROLE) != OverviewSection(section).value:
                continue
            for child in range(header.rowCount()):
                cell = header.child(child, 0)
                if cell.data(KIND_ROLE) == kind and cell.data(ID_ROLE) == record_id:
                    return cell.index()
        return QModelIndex()

    def select_item(self, kind: str, record_id: int) -> bool:
        index = self.index_of(kind, record_id)
        if not index.isValid():
            return False
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index)
        return True

    def current_item(self) -> tuple[str, int] | None:
        index = self.tree.currentIndex()
        if not index.isValid():
            return None
        cell = index.siblingAtColumn(0)
        kind = cell.data(KIND_ROLE)
        if kind in (None, "section", "more"):
            return None
        return str(kind), int(cell.data(ID_ROLE))

    # ------------------------------------------------------------ opening

    def _activated(self, index: QModelIndex) -> Any:
        cell = index.siblingAtColumn(0)
        kind = cell.data(KIND_ROLE)
        if kind == "section":
            self.tree.setExpanded(cell, not self.tree.isExpanded(cell))
            return None
        if kind == "more":
            self._show_all.add(self._section_of(cell))
            if self.overview is not None:
                self._show(self.overview)
            elif self._parts:  # the first build is still coming in: this section again
                section = self._section_of(cell)
                row = cell.parent().row()
                self.model.removeRow(row)
                self._add_section(section, self._parts[section], self._build_today, row)
                self.tree.setExpanded(self.model.index(row, 0), True)
            return None
        return self.open_item(str(kind), int(cell.data(ID_ROLE)))

    def open_index(self, index: QModelIndex) -> Any:
        """Open the line at `index` as a double-click would (also used by tests)."""
        return self._activated(index)

    def open_item(self, kind: str, record_id: int) -> Any:
        if kind == "application":
            from kemidesk.ui.dialogs.decision_dialog import open_decision_dialog

            return open_decision_dialog(self.ctx, record_id, self)
        if kind == "decision":
            return self.ctx.opener.open(DECISION, record_id, self)
        if kind == "payment":
            return self._open_payment(record_id)
        return self.ctx.opener.open(PLACEMENT, record_id, self)

    def _open_payment(self, payment_id: int) -> Any:
        from kemidesk.services.payments import get_payment

        payment = get_payment(payment_id)
        detail = self.ctx.opener.open(DECISION, payment.decision_id, self)
        table = getattr(detail, "related", {}).get("payments")
        if table is not None:
            row = table.proxy.proxy_row_of(payment_id)
            if row is not None:
                table.view.selectRow(row)
        return detail

    # ------------------------------------------------------------ tab interface

    def current_id(self) -> int | None:
        item = self.current_item()
        return None if item is None else item[1]

    def open_current(self) -> QWidget | None:
        item = self.current_item()
        return None if item is None else self.open_item(*item)

    def status_text(self) -> str:
        return self.status.text()
