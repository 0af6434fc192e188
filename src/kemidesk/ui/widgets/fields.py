"""Line edits for money and hours that tidy their text when the user leaves them."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QWidget

from kemidesk.domain.errors import ValidationError
from kemidesk.domain.money import format_money, parse_money


class MoneyEdit(QLineEdit):
    """Euros typed as 1234,5 or 1 234,50 €; shown as 1 234,50 € after editing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.setPlaceholderText(self.tr("esim. %1").replace("%1", "1 850,00 €"))
        self.setMaxLength(24)
        self.editingFinished.connect(self._tidy)

    def set_cents(self, cents: int | None) -> None:
        self.setText("" if cents is None else format_money(cents))

    def _tidy(self) -> None:
        if not self.text().strip():
            return
        with contextlib.suppress(ValidationError):  # the form shows the message
            self.setText(format_money(parse_money(self.text())))


class HoursEdit(QLineEdit):
    """Weekly hours, comma as the decimal separator."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.setMaxLength(6)
        self.setPlaceholderText(self.tr("esim. %1").replace("%1", "37,5"))
