"""Työllistetyt: the employed people. HETUs are shown masked."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout

from kemidesk.services import people as service
from kemidesk.ui.context import PERSON, PLACEMENT
from kemidesk.ui.models import lines as line_columns
from kemidesk.ui.models import specs
from kemidesk.ui.models.columns import Column
from kemidesk.ui.models.loader import FIRST_READ
from kemidesk.ui.tabs.base import RecordTab
from kemidesk.ui.tabs.pending import TITLES


def columns_of_lines() -> tuple[Column, ...]:
    """The columns of `specs.PEOPLE` over `person_lines`."""
    lines = line_columns.Lines(service.PERSON_LINE)
    raw, value = lines.raw, lines.value
    return (
        line_columns.text(
            QT_TRANSLATE_NOOP("Columns", "Nimi"), raw("last_name", "first_name"), 24,
            write=lambda name: f"{name[0]} {name[1]}",
        ),
        line_columns.text(QT_TRANSLATE_NOOP("Columns", "Henkilötunnus"), raw("hetu_masked"), 12),
        line_columns.day(
            QT_TRANSLATE_NOOP("Columns", "Syntymäaika"), raw("birth_date"), value("birth_date"), 10
        ),
        line_columns.flag(
            QT_TRANSLATE_NOOP("Columns", "Kemiläinen"), raw("kemi_resident"), width=9
        ),
        line_columns.number(
            QT_TRANSLATE_NOOP("Columns", "TMT-päiviä"), raw("tmt_days"), value("tmt_days"), 9
        ),
        line_columns.flag(
            QT_TRANSLATE_NOOP("Columns", "Osatyökykyinen"), raw("partial_work_ability"), width=12
        ),
        line_columns.text(QT_TRANSLATE_NOOP("Columns", "Puhelin"), raw("phone"), 13),
        line_columns.number(
            QT_TRANSLATE_NOOP("Columns", "Työsuhteita"), raw("placement_count"),
            value("placement_count"), 9,
        ),
    )  # fmt: skip


class PeopleTab(RecordTab):
    help_page = "avustuspolku.html#henkilo"  # F1: its page in the user guide
    key = "people"
    title = TITLES["people"]
    kind = PERSON
    columns = specs.PEOPLE
    depends_on = frozenset({PLACEMENT})
    holds_lines = True  # `person_lines`; the whole person read when one is chosen

    def __init__(self, ctx: Any, parent: Any = None) -> None:
        super().__init__(ctx, parent)
        # made while the window idles (MainWindow._warm_up): the first load's statement too
        service.prepare_person_lines(ctx.show_archived)

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

    def make_columns(self) -> Sequence[Column]:
        return columns_of_lines()

    def load(self) -> None:
        show_archived = self.ctx.show_archived
        self.model.hold_lines(service.PERSON_LINE)
        self.loader.load_pages(
            lambda after, limit: service.person_lines(show_archived, after, limit),
            service.person_line_after,
            first=FIRST_READ,
        )

    def fetch_one(self, record_id: int) -> Any:
        return service.get_person(record_id)

    def fetch_listed(self, record_id: int) -> Any:
        found = service.person_lines(True, ids=[record_id])
        if not found:
            return self.fetch_one(record_id)  # raises: not found
        return found[0]

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
