"""The main window's actions: created in one table, so menus and the tool bar share them."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QStyle, QWidget


@dataclass(frozen=True)
class ActionSpec:
    key: str
    text: str  # untranslated, context "Actions"
    shortcut: str | None = None
    icon: QStyle.StandardPixmap | None = None
    tip: str = ""
    checkable: bool = False


SP = QStyle.StandardPixmap
SPECS = (
    ActionSpec(
        "new",
        QT_TRANSLATE_NOOP("Actions", "&Uusi…"),
        "Ctrl+N",
        SP.SP_FileIcon,
        QT_TRANSLATE_NOOP("Actions", "Uusi tietue tälle välilehdelle"),
    ),
    ActionSpec(
        "open",
        QT_TRANSLATE_NOOP("Actions", "&Avaa"),
        None,
        SP.SP_DirOpenIcon,
        QT_TRANSLATE_NOOP("Actions", "Avaa valittu tietue (Enter tai kaksoisnapsautus)"),
    ),
    ActionSpec(
        "edit",
        QT_TRANSLATE_NOOP("Actions", "&Muokkaa…"),
        "Ctrl+E",
        SP.SP_FileDialogDetailedView,
        QT_TRANSLATE_NOOP("Actions", "Muokkaa valittua tietuetta"),
    ),
    ActionSpec(
        "archive",
        QT_TRANSLATE_NOOP("Actions", "A&rkistoi"),
        None,
        SP.SP_DialogDiscardButton,
        QT_TRANSLATE_NOOP("Actions", "Arkistoi tai palauta valittu tietue"),
    ),
    ActionSpec(
        "delete",
        QT_TRANSLATE_NOOP("Actions", "&Poista…"),
        None,
        SP.SP_TrashIcon,
        QT_TRANSLATE_NOOP("Actions", "Poista käyttämätön tietue"),
    ),
    ActionSpec(
        "print", QT_TRANSLATE_NOOP("Actions", "&Tulosta…"), "Ctrl+P", SP.SP_DialogSaveButton
    ),
    ActionSpec(
        "refresh",
        QT_TRANSLATE_NOOP("Actions", "&Päivitä"),
        "F5",
        SP.SP_BrowserReload,
        QT_TRANSLATE_NOOP("Actions", "Lue tiedot uudelleen"),
    ),
    ActionSpec("find", QT_TRANSLATE_NOOP("Actions", "&Hae"), "Ctrl+F"),
    ActionSpec(
        "show_archived",
        QT_TRANSLATE_NOOP("Actions", "Näytä &arkistoidut"),
        None,
        None,
        QT_TRANSLATE_NOOP("Actions", "Näytä myös arkistoidut tietueet"),
        checkable=True,
    ),
    ActionSpec("quit", QT_TRANSLATE_NOOP("Actions", "&Lopeta"), "Ctrl+Q"),
    ActionSpec("about", QT_TRANSLATE_NOOP("Actions", "&Tietoja kemideskistä")),
    ActionSpec("about_qt", QT_TRANSLATE_NOOP("Actions", "Tietoja &Qt:sta")),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Actions", text)


def create_actions(parent: QWidget) -> dict[str, QAction]:
    actions: dict[str, QAction] = {}
    style = parent.style()
    for spec in SPECS:
        action = QAction(_tr(spec.text), parent)
        action.setObjectName(f"action_{spec.key}")
        if spec.shortcut is not None:
            action.setShortcut(QKeySequence(spec.shortcut))
        if spec.icon is not None:
            action.setIcon(style.standardIcon(spec.icon))
        tip = _tr(spec.tip) if spec.tip else action.text().replace("&", "").rstrip("…")
        if not action.shortcut().isEmpty():
            tip += f" ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})"
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.setCheckable(spec.checkable)
        actions[spec.key] = action
    return actions
