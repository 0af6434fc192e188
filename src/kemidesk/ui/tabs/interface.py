"""The small interface every main-window tab offers.

The main window's actions only talk to `BaseTab` (refresh, current_id, open_current,
new_record, edit_current, archive_current, print_current and the matching can_* questions),
so a new tab is a subclass added with `MainWindow.add_tab()`. Override what the tab can do;
the rest stays disabled. This module is kept light (Qt only): the window imports it before
its first paint.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QWidget

from kemidesk.ui.context import UiContext


class BaseTab(QWidget):
    """A tab of the main window. Override what the tab can do; the rest stays disabled."""

    key = "tab"  # settings key, unique
    title = ""  # untranslated, with a mnemonic (&); translated in context "Tabs"
    state_changed = Signal()  # selection, data or capabilities changed

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx

    def translated_title(self) -> str:
        return QCoreApplication.translate("Tabs", self.title)

    def refresh(self) -> None:
        """Reload the data (F5)."""

    def ensure_loaded(self) -> None:
        """Called when the tab is shown; loads the data the first time."""

    def is_reading(self) -> bool:
        """True while the tab is reading its data (the window's idle work waits)."""
        return False

    def current_id(self) -> int | None:
        return None

    def can_open(self) -> bool:
        return self.current_id() is not None

    def can_create(self) -> bool:
        return False

    def can_edit(self) -> bool:
        return False

    def can_archive(self) -> bool:
        return False

    def can_delete(self) -> bool:
        return False

    def can_print(self) -> bool:
        return False

    def open_current(self) -> QWidget | None:
        return None

    def new_record(self) -> QWidget | None:
        return None

    def edit_current(self) -> QWidget | None:
        return None

    def archive_current(self) -> None:
        return None

    def delete_current(self) -> None:
        return None

    def print_current(self) -> Any:
        return None

    def focus_search(self) -> None:
        return None

    def status_text(self) -> str:
        return ""

    def save_state(self) -> None:
        """Store column widths and the like in the settings."""
