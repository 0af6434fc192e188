"""Asetukset: the rules with their validity dates, the yearly appropriations and the
letterhead (Muokkaa → Asetukset…). The language choice stays in Näytä → Kieli."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTabWidget, QVBoxLayout, QWidget

from kemidesk.ui import messages
from kemidesk.ui.context import UiContext
from kemidesk.ui.dialogs.settings_appropriation import AppropriationPage
from kemidesk.ui.dialogs.settings_office import OfficePage
from kemidesk.ui.dialogs.settings_rules import RulesPage

PAGES = ("rules", "appropriation", "office")


class SettingsDialog(QDialog):
    help_page = "vuosikierto.html"  # F1: its page in the user guide

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Asetukset"))
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("settings_tabs")
        self.rules = RulesPage(ctx, self)
        self.appropriation = AppropriationPage(ctx, self)
        self.office = OfficePage(ctx, self)
        self.tabs.addTab(self.rules, self.tr("Säännöt"))
        self.tabs.addTab(self.appropriation, self.tr("Määrärahat"))
        self.tabs.addTab(self.office, self.tr("Kirjelomake"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.resize(1100, 680)

    def show_page(self, key: str) -> None:
        self.tabs.setCurrentIndex(PAGES.index(key))

    def reject(self) -> None:
        if self.office.is_dirty() and not messages.ask(
            self,
            self.tr("Tallentamattomat muutokset"),
            self.tr("Kirjelomakkeella on tallentamattomia muutoksia. Suljetaanko tallentamatta?"),
        ):
            return
        super().reject()


def open_settings(
    ctx: UiContext, parent: QWidget | None = None, page: str = "rules"
) -> SettingsDialog:
    dialog = SettingsDialog(ctx, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show_page(page)
    dialog.open()
    return dialog
