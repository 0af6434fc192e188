"""The default tabs, and a placeholder that stands in for a tab until it is first shown.

The window paints its frame with placeholders (Qt only, nothing imported from the data
layers), then creates a real tab when it is first shown: start-up does not pay for the
services, the database or four table views it does not show yet.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from kemidesk.ui.context import UiContext
from kemidesk.ui.tabs.interface import BaseTab


@dataclass(frozen=True)
class TabEntry:
    key: str
    title: str  # untranslated (context "Tabs"), with the mnemonic
    factory: str  # "module:Class" of a BaseTab subclass

    @property
    def module(self) -> str:
        return self.factory.split(":")[0]

    def create(self, ctx: UiContext) -> BaseTab:
        module, name = self.factory.split(":")
        tab: BaseTab = getattr(importlib.import_module(module), name)(ctx)
        return tab


DEFAULT_TABS = (
    TabEntry("overview", QT_TRANSLATE_NOOP("Tabs", "Yl&eiskatsaus"),
             "kemidesk.ui.tabs.overview:OverviewTab"),
    TabEntry("associations", QT_TRANSLATE_NOOP("Tabs", "&Yhdistykset"),
             "kemidesk.ui.tabs.associations:AssociationsTab"),
    TabEntry("people", QT_TRANSLATE_NOOP("Tabs", "Työ&llistetyt"),
             "kemidesk.ui.tabs.people:PeopleTab"),
    TabEntry("placements", QT_TRANSLATE_NOOP("Tabs", "Työ&suhteet"),
             "kemidesk.ui.tabs.placements:PlacementsTab"),
    TabEntry("grants", QT_TRANSLATE_NOOP("Tabs", "&Avustukset"),
             "kemidesk.ui.tabs.grants:GrantsTab"),
    TabEntry("payments", QT_TRANSLATE_NOOP("Tabs", "Ma&ksut"),
             "kemidesk.ui.tabs.payments:PaymentsTab"),
    TabEntry("trainings", QT_TRANSLATE_NOOP("Tabs", "&Valmennukset"),
             "kemidesk.ui.tabs.trainings:TrainingsTab"),
    TabEntry("coaches", QT_TRANSLATE_NOOP("Tabs", "Työhönvalmenta&jat"),
             "kemidesk.ui.tabs.coaches:CoachesTab"),
    TabEntry("reports", QT_TRANSLATE_NOOP("Tabs", "&Raportit"),
             "kemidesk.ui.tabs.reports:ReportsTab"),
    TabEntry("needs", QT_TRANSLATE_NOOP("Tabs", "Rekrytointi&tarpeet"),
             "kemidesk.ui.tabs.needs:NeedsTab"),
    TabEntry("seekers", QT_TRANSLATE_NOOP("Tabs", "Työn&hakijat"),
             "kemidesk.ui.tabs.needs:SeekersTab"),
    TabEntry("rings", QT_TRANSLATE_NOOP("Tabs", "R&ingit"),
             "kemidesk.ui.tabs.needs:RingsTab"),
)  # fmt: skip
TITLES = {entry.key: entry.title for entry in DEFAULT_TABS}


class PendingTab(BaseTab):
    """Stands in for `entry` until the window creates the real tab."""

    def __init__(self, ctx: UiContext, entry: TabEntry, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.entry = entry
        self.key = entry.key
        self.title = entry.title
        label = QLabel(self.tr("Ladataan…"), self)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        QVBoxLayout(self).addWidget(label)
