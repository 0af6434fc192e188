"""The grant-path actions on a placement or a decision, for list tabs and detail views.

A list tab gets a row of buttons above its table and the same actions in the table's
context menu, enabled by the selected row (`TabActions`); a detail view gets buttons in
its button row (`DetailActions`). Each action opens one of the grant-path dialogs.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QPushButton, QToolBar, QWidget

from kemidesk.domain.lifecycle import can_amend, can_notify
from kemidesk.services.followups import placement_bonus_due
from kemidesk.ui.context import UiContext
from kemidesk.ui.permissions import gate, refused

Run = Callable[[UiContext, Any, QWidget], Any]


def _tr(text: str) -> str:
    return QCoreApplication.translate("GrantActions", text)


@dataclass(frozen=True)
class ActionSpec:
    key: str
    text: str  # untranslated, context "GrantActions"
    tip: str
    run: Run
    enabled: Callable[[Any], bool]
    right: str | None = "record"  # services.permissions: what the user's role must allow


def _new_application(ctx: UiContext, row: Any, parent: QWidget) -> Any:
    from kemidesk.ui.dialogs.application_dialog import open_application_dialog

    return open_application_dialog(ctx, row.id, parent)


def _outcome(ctx: UiContext, row: Any, parent: QWidget) -> Any:
    from kemidesk.ui.dialogs.outcome_dialog import open_outcome_dialog

    return open_outcome_dialog(ctx, row.id, parent)


def _bonus(ctx: UiContext, row: Any, parent: QWidget) -> Any:
    from kemidesk.ui.dialogs.outcome_dialog import open_bonus_dialog

    return open_bonus_dialog(ctx, row.id, parent)


def _amend_placement(ctx: UiContext, row: Any, parent: QWidget) -> Any:
    from kemidesk.ui.dialogs.amendment_dialog import open_amendment_dialog

    return open_amendment_dialog(ctx, placement_id=row.id, parent=parent)


def _amend_decision(ctx: UiContext, row: Any, parent: QWidget) -> Any:
    from kemidesk.ui.dialogs.amendment_dialog import open_amendment_dialog

    return open_amendment_dialog(ctx, decision_id=row.id, parent=parent)


def _notify(ctx: UiContext, row: Any, parent: QWidget) -> Any:
    from kemidesk.ui.dialogs.notify_dialog import open_notify_dialog

    return open_notify_dialog(ctx, row.id, parent)


AMEND_TEXT = QT_TRANSLATE_NOOP("GrantActions", "Ennenaikainen &päättyminen / muutospäätös…")

PLACEMENT_ACTIONS = (
    ActionSpec(
        "new_application",
        QT_TRANSLATE_NOOP("GrantActions", "Uusi &hakemus…"),
        QT_TRANSLATE_NOOP("GrantActions", "Kirjaa yhdistyksen Kemi-lisähakemus työsuhteelle"),
        _new_application,
        lambda row: not row.archived,
    ),
    ActionSpec(
        "outcome",
        QT_TRANSLATE_NOOP("GrantActions", "Kirjaa &jatkopolku…"),
        QT_TRANSLATE_NOOP(
            "GrantActions", "Jatkopolku työsuhteen päättyessä, 3 ja 6 kk päättymisestä"
        ),
        _outcome,
        lambda row: True,
    ),
    ActionSpec(
        "amend",
        AMEND_TEXT,
        QT_TRANSLATE_NOOP(
            "GrantActions",
            "Työsuhde päättyi ennen aikojaan: muutospäätös Kemi-lisään ja tarvittaessa "
            "takaisinperintä",
        ),
        _amend_placement,
        lambda row: True,
        "decide",
    ),
)

PLACEMENT_BONUS = ActionSpec(
    "bonus",
    QT_TRANSLATE_NOOP("GrantActions", "Päätä työllistämis&bonus…"),
    QT_TRANSLATE_NOOP(
        "GrantActions", "Jatkopolku oikeuttaa työllistämisbonukseen, eikä sitä ole päätetty"
    ),
    _bonus,
    lambda row: placement_bonus_due(row.id),
    "decide",
)

DECISION_ACTIONS = (
    ActionSpec(
        "notify",
        QT_TRANSLATE_NOOP("GrantActions", "Merkitse &lähetetyksi…"),
        QT_TRANSLATE_NOOP(
            "GrantActions", "Lähetystapa ja -päivä; ohjelma laskee oikaisuvaatimusajan"
        ),
        _notify,
        lambda row: can_notify(row.status),  # sent once; the deadline is fixed
        "decide",
    ),
    ActionSpec(
        "amend",
        AMEND_TEXT,
        QT_TRANSLATE_NOOP(
            "GrantActions", "Myönnetyn Kemi-lisän muutospäätös ja tarvittaessa takaisinperintä"
        ),
        _amend_decision,
        lambda row: can_amend(row.decision_type, row.status),
        "decide",
    ),
)


class TabActions(QObject):
    """Buttons above a list tab's table (and its context menu) for the selected row."""

    def __init__(self, tab: Any, specs: Sequence[ActionSpec]) -> None:
        super().__init__(tab)
        self.tab = tab
        self.specs = {spec.key: spec for spec in specs}
        self.actions: dict[str, QAction] = {}
        self.toolbar = QToolBar(tab)
        self.toolbar.setObjectName("record_actions")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for spec in specs:
            action = QAction(_tr(spec.text), tab)
            action.setObjectName(f"action_{spec.key}")
            action.setToolTip(_tr(spec.tip))
            action.setStatusTip(_tr(spec.tip))
            action.triggered.connect(lambda _checked=False, key=spec.key: self.run(key))
            self.actions[spec.key] = action
            self.toolbar.addAction(action)
            tab.view.addAction(action)
        tab.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        tab.layout().insertWidget(1, self.toolbar)
        tab.state_changed.connect(self.update)
        tab.ctx.bus.changed.connect(lambda *_: self.update())  # e.g. a bonus became due
        self.update()

    def update(self) -> None:
        row = self.tab.current_row()
        for key, action in self.actions.items():
            spec = self.specs[key]
            gate(action, spec.right, row is not None and spec.enabled(row), _tr(spec.tip))

    def run(self, key: str) -> Any:
        """Run an action on the selected row; returns the dialog it opened (or None)."""
        row = self.tab.current_row()
        if row is None or not self.specs[key].enabled(row):
            return None
        if self.specs[key].right and refused(self.specs[key].right, self.tab):
            return None
        return self.specs[key].run(self.tab.ctx, row, self.tab)


class DetailActions:
    """Buttons in a detail view's button row, enabled by the record shown."""

    def __init__(self, detail: Any, specs: Sequence[ActionSpec]) -> None:
        self.detail = detail
        self.specs = {spec.key: spec for spec in specs}
        self.buttons: dict[str, QPushButton] = {}
        for spec in specs:
            button = detail.add_button(_tr(spec.text), lambda key=spec.key: self.run(key))
            button.setObjectName(f"{spec.key}_button")
            button.setToolTip(_tr(spec.tip))
            self.buttons[spec.key] = button

    def update(self, row: Any) -> None:
        for key, button in self.buttons.items():
            spec = self.specs[key]
            enabled = spec.enabled(row)
            gate(button, spec.right, enabled, _tr(spec.tip))
            if key == PLACEMENT_BONUS.key:
                button.setVisible(enabled)  # only when a bonus is due

    def run(self, key: str) -> Any:
        row = self.detail.row
        if row is None or not self.specs[key].enabled(row):
            return None
        if self.specs[key].right and refused(self.specs[key].right, self.detail):
            return None
        return self.specs[key].run(self.detail.ctx, row, self.detail)
