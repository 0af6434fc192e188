"""The findings of the eligibility rules: errors as red "Este", warnings as amber "Huomautus".

`FindingsView.set_findings(findings)` takes `domain.eligibility.Finding`s (anything with
`is_error`, `code` and `params`), shown in the user's language through
`kemidesk.ui.errors.message_text`; with none it says that every rule holds.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from html import escape
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from kemidesk.ui.errors import message_text

ERROR_COLOUR = "#b00020"
WARNING_COLOUR = "#8a5a00"  # amber text that reads on white
WARNING_BACKGROUND = "#fff4d6"
ERROR_BACKGROUND = "#fde7ea"
OK_COLOUR = "#1e6b2f"


def _badge(text: str, colour: str) -> str:
    return (
        f'<span style="background-color:{colour}; color:white; font-weight:bold;">'
        f"&nbsp;{escape(text)}&nbsp;</span>"
    )


class FindingsView(QScrollArea):
    """A short, scrollable list of findings, errors first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findings")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._holder = QWidget(self)
        self._box = QVBoxLayout(self._holder)
        self._box.setContentsMargins(6, 6, 6, 6)
        self._box.setSpacing(4)
        self._box.addStretch(1)
        self.setWidget(self._holder)
        self.labels: list[QLabel] = []
        self.errors: list[str] = []
        self.warnings: list[str] = []
        self.placeholder = self.tr("Tarkistusta ei ole vielä tehty.")
        self._show_lines([(None, self.placeholder)])

    def set_findings(self, findings: Iterable[Any]) -> None:
        items = list(findings)
        self.errors = [message_text(f) for f in items if f.is_error]
        self.warnings = [message_text(f) for f in items if not f.is_error]
        lines: list[tuple[str | None, str]] = [("error", m) for m in self.errors]
        lines += [("warning", m) for m in self.warnings]
        if not lines:
            lines = [("ok", self.tr("Kaikki Kemi-lisän ehdot täyttyvät."))]
        self._show_lines(lines)

    def clear_findings(self, text: str = "") -> None:
        self.errors, self.warnings = [], []
        self._show_lines([(None, text or self.placeholder)])

    def texts(self) -> list[str]:
        """The lines as shown, without markup (for tests)."""
        return [label.property("plain") for label in self.labels]

    def _show_lines(self, lines: Sequence[tuple[str | None, str]]) -> None:
        for label in self.labels:
            self._box.removeWidget(label)
            label.hide()  # at once: deleteLater waits for the event loop
            label.deleteLater()
        self.labels = []
        for position, (kind, message) in enumerate(lines):
            label = QLabel(self._holder)
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setText(self._html(kind, message))
            label.setProperty("plain", self._plain(kind, message))
            label.setObjectName(f"finding_{kind or 'none'}")
            if kind in ("error", "warning"):
                background = ERROR_BACKGROUND if kind == "error" else WARNING_BACKGROUND
                label.setStyleSheet(f"background-color:{background}; padding:3px;")
            self._box.insertWidget(position, label)
            self.labels.append(label)

    def _label(self, kind: str | None) -> str:
        if kind == "error":
            return self.tr("Este")
        if kind == "warning":
            return self.tr("Huomautus")
        return ""

    def _plain(self, kind: str | None, message: str) -> str:
        label = self._label(kind)
        return f"{label}: {message}" if label else message

    def _html(self, kind: str | None, message: str) -> str:
        if kind == "error":
            return f"{_badge(self._label(kind), ERROR_COLOUR)} {escape(message)}"
        if kind == "warning":
            return f"{_badge(self._label(kind), WARNING_COLOUR)} {escape(message)}"
        if kind == "ok":
            return f'<span style="color:{OK_COLOUR};">✔ {escape(message)}</span>'
        return f'<span style="color:#606060;">{escape(message)}</span>'
