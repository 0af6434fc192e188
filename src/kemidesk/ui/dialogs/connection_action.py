"""Tiedosto → Tietokantayhteys…: the menu action only; the dialog's module
(`connection_dialog`, with its form widgets) is imported when the action is used, not while
the window starts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget


def install_connection_action(window: QWidget) -> QAction:
    """Tiedosto → Tietokantayhteys…, before the backup actions."""
    action = QAction(QCoreApplication.translate("Actions", "Tieto&kantayhteys…"), window)
    action.setObjectName("action_connection")
    action.setStatusTip(
        QCoreApplication.translate(
            "Actions", "Toimiston tietokantapalvelin tai tämän koneen oma tiedosto"
        )
    )
    action.triggered.connect(lambda: _open_dialog(window))
    menu = window.menus["file"]  # type: ignore[attr-defined]
    first = window.backup_actions.backup  # type: ignore[attr-defined]
    menu.insertAction(first, action)
    menu.insertSeparator(first)
    return action


def _open_dialog(window: QWidget) -> object:
    from kemidesk.ui.dialogs.connection_dialog import open_connection_dialog

    return open_connection_dialog(window)
