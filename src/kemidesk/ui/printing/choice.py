"""A small "which one?" dialog before printing (party or public copy, filled or blank form)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)


@dataclass(frozen=True)
class Choice:
    key: str
    label: str  # with a mnemonic (&)
    description: str = ""


class ChoiceDialog(QDialog):
    """Radio buttons with a short explanation under each; OK is "Esikatsele…"."""

    help_page = "avustuspolku.html#tulostus"  # F1: its page in the user guide

    def __init__(
        self, title: str, text: str, choices: Sequence[Choice], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("print_choice")
        self.setWindowTitle(title)
        self.choices = list(choices)
        self.group = QButtonGroup(self)
        layout = QVBoxLayout(self)
        if text:
            layout.addWidget(QLabel(text, self))
        for index, choice in enumerate(self.choices):
            radio = QRadioButton(choice.label, self)
            radio.setObjectName(f"choice_{choice.key}")
            radio.setChecked(index == 0)
            self.group.addButton(radio, index)
            layout.addWidget(radio)
            if choice.description:
                note = QLabel(choice.description, self)
                note.setWordWrap(True)
                note.setIndent(24)
                layout.addWidget(note)
        buttons = QDialogButtonBox(self)
        ok = buttons.addButton(self.tr("&Esikatsele…"), QDialogButtonBox.ButtonRole.AcceptRole)
        ok.setDefault(True)
        buttons.addButton(self.tr("Peruuta"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addSpacing(6)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)  # the explanations on one line each

    def chosen(self) -> str:
        return self.choices[max(0, self.group.checkedId())].key


def ask_choice(
    parent: QWidget | None, title: str, text: str, choices: Sequence[Choice]
) -> str | None:
    """The key of the chosen option, or None when cancelled (tests replace this function)."""
    dialog = ChoiceDialog(title, text, choices, parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.chosen()
    finally:
        dialog.deleteLater()
