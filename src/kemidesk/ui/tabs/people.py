"""Työllistetyt: the employed people. HETUs are shown masked."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout

from kemidesk.services import people as service
from kemidesk.services.record_lists import person_ids
from kemidesk.ui.context import PERSON, PLACEMENT
from kemidesk.ui.models import specs
from kemidesk.ui.tabs.base import RecordTab
from kemidesk.ui.tabs.pending import TITLES


class PeopleTab(RecordTab):
    help_page = "avustuspolku.html#henkilo"  # F1: its page in the user guide
    key = "people"
    title = TITLES["people"]
    kind = PERSON
    columns = specs.PEOPLE
    depends_on = frozenset({PLACEMENT})

    def add_filters(self, bar: QHBoxLayout) -> None:
        self.residence_filter = QComboBox(self)
        self.residence_filter.setObjectName("residence_filter")
        self.residence_filter.setToolTip(self.tr("Kotikunta"))
        self.residence_filter.addItem(self.tr("Kaikki kotikunnat"), None)
        self.residence_filter.addItem(self.tr("Kemiläiset"), True)
        self.residence_filter.addItem(self.tr("Muut kunnat"), False)
        self.residence_filter.currentIndexChanged.connect(self._residence_changed)
        self.partial_filter = QCheckBox(self.tr("Vain &osatyökykyiset"), self)
        self.partial_filter.toggled.connect(
            lambda on: self.proxy.set_predicate(
                "partial", (lambda row: row.partial_work_ability) if on else None
            )
        )
        bar.addWidget(self.residence_filter)
        bar.addWidget(self.partial_filter)

    def _residence_changed(self) -> None:
        wanted = self.residence_filter.currentData()
        self.proxy.set_predicate(
            "residence", None if wanted is None else (lambda row: row.kemi_resident == wanted)
        )

    def load(self) -> None:
        show_archived = self.ctx.show_archived
        self.loader.load_chunked(
            lambda: person_ids(include_archived=show_archived),
            lambda ids: service.list_people(include_archived=True, ids=ids),
            lambda n: person_ids(include_archived=show_archived, limit=n),
        )

    def fetch_one(self, record_id: int) -> Any:
        return service.get_person(record_id)

    def can_create(self) -> bool:
        return True

    def set_archived(self, record_id: int, archived: bool) -> Any:
        return service.set_person_archived(record_id, archived)

    def delete_record(self, record_id: int) -> None:
        service.delete_person(record_id)

    def archive_question(self, row: Any) -> str:
        return self.tr(
            "Arkistoidaanko %1? Henkilön työsuhteet, päätökset ja maksut säilyvät. Arkistoitu "
            "henkilö piilotetaan luetteloista; hänet saa näkyviin valinnalla Näytä → Näytä "
            "arkistoidut."
        ).replace("%1", row.full_name)
