"""Yhdistykset: the employers (associations, foundations, companies)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout

from kemidesk.domain.types import EmployerType
from kemidesk.services import associations as service
from kemidesk.ui.context import ASSOCIATION, PLACEMENT
from kemidesk.ui.labels import enum_label
from kemidesk.ui.models import lines as line_columns
from kemidesk.ui.models import specs
from kemidesk.ui.models.columns import Column
from kemidesk.ui.models.loader import FIRST_READ
from kemidesk.ui.tabs.base import RecordTab
from kemidesk.ui.tabs.pending import TITLES


def columns_of_lines() -> tuple[Column, ...]:
    """The columns of `specs.ASSOCIATIONS` over `association_lines`."""
    lines = line_columns.Lines(service.ASSOCIATION_LINE)
    raw, value = lines.raw, lines.value
    return (
        line_columns.text(QT_TRANSLATE_NOOP("Columns", "Nimi"), raw("name"), 34),
        line_columns.label(
            QT_TRANSLATE_NOOP("Columns", "Tyyppi"), raw("employer_type"), value("employer_type"), 9
        ),
        line_columns.text(QT_TRANSLATE_NOOP("Columns", "Y-tunnus"), raw("business_id"), 10),
        line_columns.text(QT_TRANSLATE_NOOP("Columns", "Postitoimipaikka"), raw("city"), 13),
        line_columns.text(QT_TRANSLATE_NOOP("Columns", "Yhteyshenkilö"), raw("contact_name"), 18),
        line_columns.text(QT_TRANSLATE_NOOP("Columns", "Puhelin"), raw("contact_phone"), 13),
        line_columns.number(
            QT_TRANSLATE_NOOP("Columns", "Työsuhteita"), raw("placement_count"),
            value("placement_count"), 9,
        ),
        line_columns.number(
            QT_TRANSLATE_NOOP("Columns", "Voimassa"), raw("active_placements"),
            value("active_placements"), 8,
        ),
    )  # fmt: skip


class AssociationsTab(RecordTab):
    help_page = "avustuspolku.html#yhdistys"  # F1: its page in the user guide
    key = "associations"
    title = TITLES["associations"]
    kind = ASSOCIATION
    columns = specs.ASSOCIATIONS
    depends_on = frozenset({PLACEMENT})
    print_kind = "association"  # the follow-up forms of a visit
    holds_lines = True  # `association_lines`; the whole association read when one is chosen

    def __init__(self, ctx: Any, parent: Any = None) -> None:
        super().__init__(ctx, parent)
        # made while the window idles (MainWindow._warm_up): the first load's statement too
        service.prepare_association_lines(ctx.show_archived, ctx.today())

    def add_filters(self, bar: QHBoxLayout) -> None:
        self.type_filter = QComboBox(self)
        self.type_filter.setObjectName("type_filter")
        self.type_filter.setToolTip(self.tr("Työnantajan tyyppi"))
        self.type_filter.addItem(self.tr("Kaikki tyypit"), None)
        for member in EmployerType:
            self.type_filter.addItem(enum_label(member), member)
        self.type_filter.currentIndexChanged.connect(self._type_changed)
        self.active_filter = QCheckBox(self.tr("Vain ne, joilla &voimassa oleva työsuhde"), self)
        self.active_filter.toggled.connect(self._active_changed)
        bar.addWidget(self.type_filter)
        bar.addWidget(self.active_filter)

    def _type_changed(self) -> None:
        chosen = self.type_filter.currentData()
        self.proxy.set_predicate(
            "type", None if chosen is None else (lambda row: row.employer_type == chosen)
        )

    def _active_changed(self, checked: bool) -> None:
        self.proxy.set_predicate(
            "active", (lambda row: row.active_placements > 0) if checked else None
        )

    def make_columns(self) -> Sequence[Column]:
        return columns_of_lines()

    def load(self) -> None:
        show_archived, today = self.ctx.show_archived, self.ctx.today()
        self.model.hold_lines(service.ASSOCIATION_LINE)
        self.loader.load_pages(
            lambda after, limit: service.association_lines(show_archived, today, after, limit),
            service.association_line_after,
            first=FIRST_READ,
        )

    def fetch_one(self, record_id: int) -> Any:
        return service.get_association(record_id, today=self.ctx.today())

    def fetch_listed(self, record_id: int) -> Any:
        found = service.association_lines(True, self.ctx.today(), ids=[record_id])
        if not found:
            return self.fetch_one(record_id)  # raises: not found
        return found[0]

    def can_create(self) -> bool:
        return True

    def set_archived(self, record_id: int, archived: bool) -> Any:
        return service.set_association_archived(record_id, archived)

    def delete_record(self, record_id: int) -> None:
        service.delete_association(record_id)

    def archive_question(self, row: Any) -> str:
        return self.tr(
            "Arkistoidaanko yhdistys %1? Sen työsuhteet, päätökset ja maksut säilyvät. "
            "Arkistoitu yhdistys piilotetaan luetteloista; sen saa näkyviin valinnalla "
            "Näytä → Näytä arkistoidut."
        ).replace("%1", row.name)
