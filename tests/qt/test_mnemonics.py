"""Keyboard: within one dialog every Alt+letter is unique, so Alt+T saves and Alt+letter
goes to its field (Qt only cycles focus when a letter is ambiguous)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QTabWidget, QWidget

from kemidesk.domain.types import ApplicationStatus
from kemidesk.services import associations, grants, payments, placements


def mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


def duplicate_mnemonics(dialog: QWidget) -> dict[str, list[str]]:
    keys: dict[str, list[str]] = {}
    for widget in dialog.findChildren(QWidget):
        if not widget.isVisibleTo(dialog):
            continue
        texts: list[str] = []
        buddied = isinstance(widget, QLabel) and widget.buddy() is not None
        if buddied or isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox) and widget.isCheckable():
            texts.append(widget.title())
        if isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
        for text in texts:
            key = mnemonic(text)
            if key:
                keys.setdefault(key, []).append(text)
    return {k: v for k, v in keys.items() if len(v) > 1}


def _first(rows: list[Any]) -> int:
    return int(rows[0].id)


def _dialogs(window: Any) -> dict[str, Callable[[], Any]]:
    from kemidesk.ui.dialogs.decision_dialog import open_decision_dialog
    from kemidesk.ui.dialogs.followup_form import FollowupForm
    from kemidesk.ui.dialogs.payment_batch import BatchDialog

    ctx, opener = window.ctx, window.ctx.opener
    placement = _first(placements.list_placements())
    waiting = grants.list_applications(status=ApplicationStatus.RECEIVED)
    return {
        "association": lambda: opener.new("association"),
        "association_edit": lambda: opener.edit(
            "association", _first(associations.list_associations())
        ),
        "person": lambda: opener.new("person"),
        "placement": lambda: opener.new("placement"),
        "placement_edit": lambda: opener.edit("placement", placement),
        "followup": lambda: FollowupForm(ctx, None, window, placement_id=placement),
        "decision": lambda: open_decision_dialog(ctx, waiting[0].id, window),
        "batch": lambda: BatchDialog(ctx, window),
        "settings": lambda: window.workflow_actions.open_settings("rules"),
    }


@pytest.mark.parametrize(
    "name",
    [
        "association",
        "association_edit",
        "person",
        "placement",
        "placement_edit",
        "followup",
        "decision",
        "batch",
        "settings",
    ],
)
def test_no_duplicate_mnemonics(window: Any, qtbot: Any, name: str) -> None:
    assert payments.list_payments(limit=1)  # demo data is there
    dialog = _dialogs(window)[name]()
    assert dialog is not None
    dialog.show()
    qtbot.waitExposed(dialog)
    tabs = dialog.findChildren(QTabWidget)
    pages = range(tabs[0].count()) if tabs else [0]
    try:
        for page in pages:
            if tabs:
                tabs[0].setCurrentIndex(page)
            assert duplicate_mnemonics(dialog) == {}, f"{name} page {page}"
    finally:
        dialog.done(0)
