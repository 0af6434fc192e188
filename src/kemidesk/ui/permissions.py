"""The window and the user's role on the office server (services.permissions).

Actions the role cannot do are disabled and say why in their tool tip; a dialog that would
only end in a refusal is not opened, the refusal is shown instead. On the local file every
right is there and nothing changes.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from kemidesk.services import permissions
from kemidesk.services.permissions import PermissionDeniedError
from kemidesk.ui import messages
from kemidesk.ui.errors import error_text

OWN_TIP = "kemidesk_own_tool_tip"  # a widget's tool tip from before it was gated


def can(right: str | None) -> bool:
    """True when the connected user has `right` (None: no right needed). A database that
    cannot be asked (closed, connection lost) answers True: the service checks again."""
    if right is None:
        return True
    try:
        return permissions.can(right)
    except Exception:  # the service's own check and the server still refuse
        return True


def refusal_text(right: str) -> str:
    """The Finnish (or translated) reason why `right` is missing (the role it needs, or on a
    laptop copy that it needs the office database)."""
    try:
        return error_text(permissions.refusal(right))
    except Exception:  # a database that cannot be asked: the role it needs
        return error_text(PermissionDeniedError(f"ROLE_REQUIRED_{right.upper()}"))


def refused(right: str, parent: QWidget | None) -> bool:
    """True (after saying why) when the user lacks `right`; the caller then stops."""
    if can(right):
        return False
    messages.warn(parent, title(), refusal_text(right))
    return True


def title() -> str:
    return QCoreApplication.translate("Permissions", "Ei käyttöoikeutta")


def gate(widget: Any, right: str | None, enabled: bool, tip: str | None = None) -> None:
    """Enable `widget` (a QAction or a button) when `enabled` and the right is there; when
    the right is missing, the tool tip says which role is needed (else `tip`, by default
    the widget's own tool tip)."""
    allowed = can(right)
    widget.setEnabled(enabled and allowed)
    if right is None:
        return
    if tip is None:
        tip = widget.property(OWN_TIP)
        if tip is None:
            tip = widget.toolTip()
            widget.setProperty(OWN_TIP, tip)
    widget.setToolTip(tip if allowed else refusal_text(right))


def role_text() -> str:
    """The user's role for the status bar: "" on the local file (all rights)."""
    from kemidesk.db.connection import is_server

    if not is_server():
        return ""
    try:
        rights = permissions.current_rights()
    except Exception:  # shown again when the connection works
        return ""
    if "decide" in rights:
        return QCoreApplication.translate("Permissions", "päättäjä")
    if "record" in rights:
        return QCoreApplication.translate("Permissions", "käsittelijä")
    return QCoreApplication.translate("Permissions", "vain luku")
