"""Yhdistykset: the employers (associations, foundations, companies)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout

from kemidesk.domain.types import EmployerType
from kemidesk.services import associations as service
from kemidesk.ui.context import ASSOCIATION, PLACEMENT
from kemidesk.ui.labels import enum_label
from kemidesk.ui.models import specs
from kemidesk.ui.tabs.base import RecordTab
from kemidesk.ui.tabs.pending import TITLES


class AssociationsTab(RecordTab):
    help_page = "avustuspolku.html#yhdistys"  # F1: its page in the user guide
    key = "associations"
    title = TITLES["associations"]
    kind = ASSOCIATION
    columns = specs.ASSOCIATIONS
    depends_on = frozenset({PLACEMENT})
    print_kind = "association"  # the follow-up forms of a visit

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

    def load(self) -> None:
        show_archived, today = self.ctx.show_archived, self.ctx.today()
        self.loader.load_all(
            lambda: service.list_associations(include_archived=show_archived, today=today)
        )

    def fetch_one(self, record_id: int) -> Any:
        return service.get_association(record_id, today=self.ctx.today())

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
