"""Työsuhteet: placements, with status, employer, year and palkkatuki-ending filters."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout

from kemidesk.domain.types import PlacementStatus
from kemidesk.services import associations
from kemidesk.services import placements as service
from kemidesk.services.overview import late_followups
from kemidesk.services.placement_state import placement_status
from kemidesk.ui.context import ASSOCIATION, FOLLOWUP, PERSON, PLACEMENT
from kemidesk.ui.dialogs.grant_actions import PLACEMENT_ACTIONS, PLACEMENT_BONUS, TabActions
from kemidesk.ui.labels import enum_label
from kemidesk.ui.models import lines as line_columns
from kemidesk.ui.models import specs
from kemidesk.ui.models.columns import Column
from kemidesk.ui.tabs.base import RecordTab
from kemidesk.ui.tabs.pending import TITLES

PT_ENDING_DAYS = 30
FOLLOWUP_LATE = "followup_late"  # status filter item: a follow-up talk is overdue


def columns_of_lines(today: Callable[[], date]) -> tuple[Column, ...]:
    """The columns of `specs.PLACEMENTS` over `placement_lines` (the states on `today()`)."""
    lines = line_columns.Lines(service.placement_line_class(date.today()))
    raw, value = lines.raw, lines.value
    as_date = value("start_date")
    end, actual = lines.index["end_date"], lines.index["actual_end_date"]

    def status(dates: tuple[Any, Any, Any]) -> PlacementStatus:
        start, end_date, actual_end = map(as_date, dates)
        return placement_status(start, end_date, actual_end, today())

    return (
        line_columns.text(
            QT_TRANSLATE_NOOP("Columns", "Työllistetty"), raw("last_name", "first_name"), 22,
            write=lambda name: f"{name[0]} {name[1]}",
        ),
        line_columns.text(QT_TRANSLATE_NOOP("Columns", "Työnantaja"), raw("association_name"), 34),
        line_columns.text(QT_TRANSLATE_NOOP("Columns", "Tehtävä"), raw("job_title"), 22),
        line_columns.day(QT_TRANSLATE_NOOP("Columns", "Alkaa"), raw("start_date"), as_date),
        line_columns.day(
            QT_TRANSLATE_NOOP("Columns", "Päättyy"),
            lambda line: line[end] if line[actual] is None else line[actual],
            as_date,
        ),
        line_columns.label(
            QT_TRANSLATE_NOOP("Columns", "Tila"),
            raw("start_date", "end_date", "actual_end_date"), status, 12,
        ),
        line_columns.number(
            QT_TRANSLATE_NOOP("Columns", "h/vko"), raw("hours_per_week"), value("hours_per_week"), 6
        ),
        line_columns.money(
            QT_TRANSLATE_NOOP("Columns", "Palkka/kk"), raw("monthly_wage_cents"), 11
        ),
        line_columns.number(
            QT_TRANSLATE_NOOP("Columns", "Palkkatuki"), raw("pt_percent"), value("pt_percent"), 8,
            suffix="%",
        ),
        line_columns.day(
            QT_TRANSLATE_NOOP("Columns", "Palkkatuki päättyy"), raw("pt_end"), value("pt_end"), 12
        ),
    )  # fmt: skip


class PlacementsTab(RecordTab):
    help_page = "avustuspolku.html#tyosuhde"  # F1: its page in the user guide
    key = "placements"
    title = TITLES["placements"]
    kind = PLACEMENT
    columns = specs.PLACEMENTS
    default_sort = (3, Qt.SortOrder.DescendingOrder)  # newest start first
    depends_on = frozenset({PERSON, ASSOCIATION, FOLLOWUP})
    print_kind = "placement"  # the follow-up form
    holds_lines = True  # `placement_lines`; the whole placement read when one is chosen

    def __init__(self, ctx: Any, parent: Any = None) -> None:
        self._today = ctx.today()  # the day of the states shown (that of the last load)
        super().__init__(ctx, parent)
        # Uusi hakemus, Kirjaa jatkopolku, Ennenaikainen päättyminen, bonus: above the table
        self.grant_actions = TabActions(self, (*PLACEMENT_ACTIONS, PLACEMENT_BONUS))

    def add_filters(self, bar: QHBoxLayout) -> None:
        self.status_filter = QComboBox(self)
        self.status_filter.setObjectName("status_filter")
        self.status_filter.setToolTip(self.tr("Tila"))
        self.status_filter.addItem(self.tr("Kaikki tilat"), None)
        for status in PlacementStatus:
            self.status_filter.addItem(enum_label(status), status)
        self.late_followups: dict[int, Any] = {}
        self._late_loaded = False
        self.status_filter.addItem(self.tr("Seuranta myöhässä"), FOLLOWUP_LATE)
        self.association_filter = QComboBox(self)
        self.association_filter.setObjectName("association_filter")
        self.association_filter.setToolTip(self.tr("Työnantaja"))
        self.association_filter.setMinimumContentsLength(18)
        self.association_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.year_filter = QComboBox(self)
        self.year_filter.setObjectName("year_filter")
        self.year_filter.setToolTip(self.tr("Voimassa vuoden aikana"))
        self.pt_ending = QCheckBox(self.tr("Palkkatuki päättyy &30 pv sisällä"), self)
        self.pt_ending.setObjectName("pt_ending")
        for widget in (self.status_filter, self.association_filter, self.year_filter):
            widget.currentIndexChanged.connect(self._filters_changed)
            bar.addWidget(widget)
        self.pt_ending.toggled.connect(self._filters_changed)
        bar.addWidget(self.pt_ending)

    def reload_filters(self) -> None:
        chosen = self.association_filter.currentData()
        self.association_filter.blockSignals(True)
        self.association_filter.clear()
        self.association_filter.addItem(self.tr("Kaikki työnantajat"), None)
        for association_id, name in associations.association_names(include_archived=True):
            self.association_filter.addItem(name, association_id)
        self.association_filter.setCurrentIndex(max(0, self.association_filter.findData(chosen)))
        self.association_filter.blockSignals(False)
        year = self.year_filter.currentData()
        self.year_filter.blockSignals(True)
        self.year_filter.clear()
        self.year_filter.addItem(self.tr("Kaikki vuodet"), None)
        this_year = self.ctx.today().year
        for y in range(this_year + 1, this_year - 8, -1):
            self.year_filter.addItem(str(y), y)
        self.year_filter.setCurrentIndex(max(0, self.year_filter.findData(year)))
        self.year_filter.blockSignals(False)
        # The late follow-ups take ~0.5 s on a large office: worked out only when the filter
        # is chosen (and again on refresh while it is chosen), not on every load of the tab.
        self.late_followups = {}
        self._late_loaded = False
        if self.status_filter.currentData() == FOLLOWUP_LATE:
            self._load_late_followups()

    def _load_late_followups(self) -> None:
        self.late_followups = late_followups(self.ctx.today())
        self._late_loaded = True
        self.status_filter.setItemText(
            self.status_filter.findData(FOLLOWUP_LATE),
            self.tr("Seuranta myöhässä (%1)").replace("%1", str(len(self.late_followups))),
        )

    def _filters_changed(self) -> None:
        status = self.status_filter.currentData()
        late = status == FOLLOWUP_LATE
        if late and not self._late_loaded:
            self._load_late_followups()
        association = self.association_filter.currentData()
        year = self.year_filter.currentData()
        today = self.ctx.today()
        last = today + timedelta(days=PT_ENDING_DAYS)
        self.proxy.set_predicates(
            {
                "status": None if status is None or late else (lambda row: row.status == status),
                "followup_late": (lambda row: row.id in self.late_followups) if late else None,
                "association": None
                if association is None
                else (lambda row: row.association_id == association),
                "year": None
                if year is None
                else (
                    lambda row: (
                        row.start_date.year <= year
                        and (row.effective_end is None or row.effective_end.year >= year)
                    )
                ),
                "pt_ending": (lambda row: row.pt_end is not None and today <= row.pt_end <= last)
                if self.pt_ending.isChecked()
                else None,
            }
        )

    def make_columns(self) -> Sequence[Column]:
        return columns_of_lines(lambda: self._today)

    def load(self) -> None:
        show_archived = self.ctx.show_archived
        self._today = today = self.ctx.today()
        self.model.hold_lines(service.placement_line_class(today))
        self.loader.load_pages(
            lambda after, limit: service.placement_lines(show_archived, today, after, limit),
            service.placement_line_after,
            distinct=self.model.line_places("id"),
        )

    def fetch_one(self, record_id: int) -> Any:
        return service.get_placement(record_id, today=self.ctx.today())

    def fetch_listed(self, record_id: int) -> Any:
        found = service.placement_lines(True, self._today, ids=[record_id])
        if not found:
            return self.fetch_one(record_id)  # raises: not found
        return found[0]

    def can_create(self) -> bool:
        return True

    def set_archived(self, record_id: int, archived: bool) -> Any:
        return service.set_placement_archived(record_id, archived)

    def delete_record(self, record_id: int) -> None:
        service.delete_placement(record_id)

    def archive_question(self, row: Any) -> str:
        return (
            self.tr(
                "Arkistoidaanko työsuhde %1 – %2? Sen päätökset, maksut ja seurannat säilyvät. "
                "Arkistoitu työsuhde piilotetaan luetteloista; sen saa näkyviin valinnalla "
                "Näytä → Näytä arkistoidut."
            )
            .replace("%1", row.person_name)
            .replace("%2", row.association_name)
        )
