"""The window's actions for payments, follow-ups and settings (installed by MainWindow).

    Muokkaa → Kirjaa seurantalomake…   on the placement chosen in Työsuhteet
    Muokkaa → Asetukset…               rules, appropriations, letterhead

Only Qt is imported when the window is built; the dialogs load on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

from kemidesk.ui import messages

if TYPE_CHECKING:
    from kemidesk.ui.main_window import MainWindow


def _tr(text: str) -> str:
    return QCoreApplication.translate("Actions", text)


FOLLOWUP_TEXT = QT_TRANSLATE_NOOP("Actions", "Kirjaa &seurantalomake…")
SETTINGS_TEXT = QT_TRANSLATE_NOOP("Actions", "&Asetukset…")


class WorkflowActions:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self._watched: set[int] = set()
        self.followup = QAction(_tr(FOLLOWUP_TEXT), window)
        self.followup.setObjectName("action_followup")
        self.followup.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.followup.setStatusTip(
            QCoreApplication.translate("Actions", "Kirjaa valitun työsuhteen seurantakeskustelu")
        )
        self.followup.triggered.connect(lambda: self.record_followup())
        self.settings = QAction(_tr(SETTINGS_TEXT), window)
        self.settings.setObjectName("action_settings")
        self.settings.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.settings.setStatusTip(
            QCoreApplication.translate("Actions", "Säännöt, määrärahat ja kirjelomake")
        )
        self.settings.triggered.connect(lambda: self.open_settings())
        edit_menu = window.menus["edit"]
        edit_menu.addSeparator()
        window.add_action_to("edit", self.followup)
        edit_menu.addSeparator()
        window.add_action_to("edit", self.settings)
        edit_menu.aboutToShow.connect(self.update)
        edit_menu.setToolTipsVisible(True)  # a disabled action says why (ui.permissions)
        window.tabs.currentChanged.connect(lambda _i: self.update())

    def current_placement_id(self) -> int | None:
        tab = self.window.tabs.currentWidget()
        if getattr(tab, "key", None) != "placements":
            return None
        current = getattr(tab, "current_id", None)
        return current() if callable(current) else None

    def update(self) -> None:
        tab = self.window.tabs.currentWidget()
        signal = getattr(tab, "state_changed", None)
        if signal is not None and id(tab) not in self._watched:
            self._watched.add(id(tab))
            signal.connect(self.update)
        from kemidesk.ui.permissions import gate

        gate(self.followup, "record", self.current_placement_id() is not None)
        gate(self.settings, "settings", True)  # the tool tip says which role is needed

    def record_followup(self) -> Any:
        placement_id = self.current_placement_id()
        if placement_id is None:
            messages.info(
                self.window,
                QCoreApplication.translate("Actions", "Seurantalomake"),
                QCoreApplication.translate(
                    "Actions", "Valitse ensin työsuhde Työsuhteet-välilehdeltä."
                ),
            )
            return None
        from kemidesk.ui.dialogs.followup_form import open_followup_form

        return open_followup_form(self.window.ctx, placement_id, parent=self.window)

    def open_settings(self, page: str = "rules") -> Any:
        from kemidesk.ui.dialogs.settings_dialog import open_settings
        from kemidesk.ui.permissions import refused

        if refused("settings", self.window):
            return None
        return open_settings(self.window.ctx, self.window, page)


def install_workflow_actions(window: MainWindow) -> WorkflowActions:
    return WorkflowActions(window)
