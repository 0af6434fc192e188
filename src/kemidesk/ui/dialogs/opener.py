"""RecordOpener: the one place that knows which dialog shows or edits which record kind."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from kemidesk.ui.context import (
    ASSOCIATION,
    DECISION,
    FOLLOWUP,
    OUTCOME,
    PAYMENT,
    PERSON,
    PLACEMENT,
)

if TYPE_CHECKING:
    from kemidesk.ui.context import UiContext


def _detail_classes() -> dict[str, type]:
    from kemidesk.ui.dialogs import details, leaf_details

    return {
        ASSOCIATION: details.AssociationDetail,
        PERSON: details.PersonDetail,
        PLACEMENT: details.PlacementDetail,
        DECISION: details.DecisionDetail,
        PAYMENT: leaf_details.PaymentDetail,
        FOLLOWUP: leaf_details.FollowupDetail,
        OUTCOME: leaf_details.OutcomeDetail,
    }


def _form_classes() -> dict[str, type]:
    from kemidesk.ui.dialogs.association_form import AssociationForm
    from kemidesk.ui.dialogs.person_form import PersonForm
    from kemidesk.ui.dialogs.placement_form import PlacementForm

    return {ASSOCIATION: AssociationForm, PERSON: PersonForm, PLACEMENT: PlacementForm}


class RecordOpener:
    def __init__(self, ctx: UiContext) -> None:
        self.ctx = ctx
        self.main_window: QWidget | None = None
        self._open: dict[tuple[str, int], QDialog] = {}

    def _parent(self, parent: QWidget | None) -> QWidget | None:
        return parent or QApplication.activeWindow() or self.main_window

    def can_edit(self, kind: str) -> bool:
        return kind in _form_classes()

    def open(self, kind: str, record_id: int, parent: QWidget | None = None) -> QDialog:
        """Show the record's detail view (or raise the one already open)."""
        existing = self._open.get((kind, record_id))
        if existing is not None:
            existing.raise_()
            existing.activateWindow()
            return existing
        replaced = self._detail_behind(parent)
        owner = self._parent(parent) if replaced is None else self._owner_of(replaced)
        dialog: QDialog = _detail_classes()[kind](self.ctx, record_id, owner)
        if not dialog.reload():
            return dialog
        return self._show(dialog, (kind, record_id), replaced)

    def show_row(self, kind: str, row: Any, parent: QWidget | None = None) -> QDialog:
        """Detail view of a row that has no service of its own (follow-ups, outcomes)."""
        replaced = self._detail_behind(parent)
        owner = self._parent(parent) if replaced is None else self._owner_of(replaced)
        dialog: QDialog = _detail_classes()[kind](self.ctx, row, owner)
        dialog.reload()
        return self._show(dialog, None, replaced)

    @staticmethod
    def _detail_behind(parent: QWidget | None) -> QDialog | None:
        """The detail view a new detail view is opened from (its related list or a link).

        The new one takes its place instead of stacking on it, so that details never pile
        up (placement → payment → decision → mark sent was four deep): a detail view and the
        form it opens are at most two dialogs.
        """
        from kemidesk.ui.dialogs.detail import DetailDialog

        window = parent.window() if parent is not None else None
        return window if isinstance(window, DetailDialog) else None

    def _owner_of(self, replaced: QDialog) -> QWidget | None:
        # not the replaced dialog: it is deleted when it closes, with its children
        return replaced.parentWidget() or self.main_window

    def _show(
        self, dialog: QDialog, key: tuple[str, int] | None, replaced: QDialog | None = None
    ) -> QDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if key is not None:
            self._open[key] = dialog
            dialog.destroyed.connect(lambda *_: self._open.pop(key, None))
        if replaced is not None:
            dialog.move(replaced.pos())
        dialog.show()
        if replaced is not None:
            replaced.close()
        return dialog

    def edit(self, kind: str, record_id: int, parent: QWidget | None = None) -> QDialog:
        return self._form(kind, record_id, parent)

    def new(self, kind: str, parent: QWidget | None = None, **preset: Any) -> QDialog:
        return self._form(kind, None, parent, **preset)

    def _form(
        self, kind: str, record_id: int | None, parent: QWidget | None, **preset: Any
    ) -> QDialog:
        form: QDialog = _form_classes()[kind](self.ctx, record_id, self._parent(parent), **preset)
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        form.open()
        return form

    def close_all(self) -> None:
        for dialog in list(self._open.values()):
            dialog.close()
