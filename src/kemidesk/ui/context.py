"""What every tab and dialog shares: settings, the change bus, the record opener."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from kemidesk.paths import AppPaths
from kemidesk.ui.settings import UiSettings

if TYPE_CHECKING:
    from kemidesk.ui.dialogs.opener import RecordOpener

# Record kinds used on the bus, by the opener and by print handlers.
ASSOCIATION, PERSON, PLACEMENT, DECISION, PAYMENT = (
    "association",
    "person",
    "placement",
    "decision",
    "payment",
)
FOLLOWUP, OUTCOME = "followup", "outcome"

PrintHandler = Callable[[int], Any]


class DataBus(QObject):
    """`changed(kind, id)` after a record was created, edited, archived or deleted;
    `saved(kind, id)` after that when a form saved it (its list selects it, the status bar
    says "Tallennettu")."""

    changed = Signal(str, int)
    saved = Signal(str, int)


class UiContext:
    """Passed to every tab and dialog instead of module-level globals."""

    def __init__(self, paths: AppPaths, settings: UiSettings) -> None:
        self.paths = paths
        self.settings = settings
        self.bus = DataBus()
        self.today: Callable[[], date] = date.today
        self.print_handlers: dict[str, PrintHandler] = {}
        self._opener: RecordOpener | None = None
        self.laptop_copy = False  # a laptop copy: office-only buttons off (ui.sync_panel)

    @property
    def opener(self) -> RecordOpener:
        if self._opener is None:
            from kemidesk.ui.dialogs.opener import RecordOpener

            self._opener = RecordOpener(self)
        return self._opener

    @property
    def show_archived(self) -> bool:
        return self.settings.show_archived

    def notify(self, kind: str, record_id: int) -> None:
        self.bus.changed.emit(kind, record_id)
