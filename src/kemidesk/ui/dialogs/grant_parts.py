"""Pieces the grant-path dialogs share: the payment schedule table, the decision maker
fields, the header line and the "print it now?" question after a decision."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QWidget

from kemidesk.domain import validation as v
from kemidesk.domain.dates import format_date
from kemidesk.domain.money import format_money
from kemidesk.domain.types import DecisionType
from kemidesk.services.grants import DecisionRow
from kemidesk.services.settings import get_office_settings, missing_decision_settings
from kemidesk.ui import messages
from kemidesk.ui.context import DECISION, UiContext
from kemidesk.ui.dialogs.form import FormDialog
from kemidesk.ui.errors import check_text
from kemidesk.ui.labels import enum_label
from kemidesk.ui.models.columns import Column, date_col, money_col, number_col, text_col
from kemidesk.ui.widgets.related_table import RelatedTable

APPLICATION = "application"  # record kind of applications on the data bus


@dataclass(frozen=True)
class ScheduleLine:
    """One payment period of a proposed schedule, as a table row."""

    id: int
    start: date
    end: date
    days: str
    amount_cents: int
    claim_due: date


def schedule_lines(periods: Iterable[Any]) -> list[ScheduleLine]:
    return [
        ScheduleLine(
            p.index,
            p.start,
            p.end,
            f"{p.eligible_days} / {p.total_days}",
            p.amount_cents,
            p.claim_due,
        )
        for p in periods
    ]


SCHEDULE_COLUMNS: tuple[Column, ...] = (
    number_col(QT_TRANSLATE_NOOP("Columns", "Erä"), "id", 4),
    text_col(
        QT_TRANSLATE_NOOP("Columns", "Kausi"),
        lambda r: f"{format_date(r.start)}–{format_date(r.end)}",
        25,
    ),
    text_col(QT_TRANSLATE_NOOP("Columns", "Päiviä"), "days", 7),
    money_col(QT_TRANSLATE_NOOP("Columns", "Summa"), "amount_cents", 11),
    date_col(QT_TRANSLATE_NOOP("Columns", "Haettava viimeistään"), "claim_due", 13),
)


def schedule_table(parent: QWidget) -> RelatedTable:
    """A read-only table of payment periods (`schedule_lines`)."""
    table = RelatedTable(SCHEDULE_COLUMNS, None, parent)
    table.setObjectName("schedule")
    table.view.horizontalHeader().setStretchLastSection(True)
    return table


def header_label(parent: QWidget, text: str = "") -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName("summary")
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


def text_box(parent: QWidget, lines: int = 4, max_lines: int | None = None) -> QPlainTextEdit:
    box = QPlainTextEdit(parent)
    box.setTabChangesFocus(True)
    line = parent.fontMetrics().height()
    box.setMinimumHeight(line * lines + 12)
    if max_lines is not None:
        box.setMaximumHeight(line * max_lines + 12)
    return box


def add_decision_maker(
    dialog: FormDialog,
    form: QFormLayout,
    kind: Callable[[], DecisionType | None] = lambda: None,
) -> tuple[QLineEdit, QLineEdit]:
    """Name and title of the decision maker, defaulting from the office settings.

    The name's check also says which office settings the decision (of `kind()`) cannot be
    made without, so Save stays disabled until they are set (the service refuses too)."""
    office = get_office_settings()
    name, title = dialog.line(), dialog.line()
    name.setText(office.decision_maker_name)
    title.setText(office.decision_maker_title)

    def check() -> str | None:
        missing = missing_decision_settings(office, kind())
        if missing:
            return QCoreApplication.translate(
                "GrantPath",
                "Päätöstä ei voi tehdä: asetuksista (Asetukset → Kirjelomake) puuttuu %1.",
            ).replace("%1", ", ".join(label for _name, label in missing))
        return check_text(
            lambda t: v.validate_required(
                t, QCoreApplication.translate("GrantPath", "Päättäjän nimi")
            ),
            name.text(),
        )

    dialog.add_field(
        form,
        "decided_by_name",
        QCoreApplication.translate("GrantPath", "Päättäjän &nimi"),
        name,
        check,
        required=True,
    )
    dialog.fields["decided_by_name"].touched = True  # missing settings are shown at once
    dialog.add_field(
        form,
        "decided_by_title",
        QCoreApplication.translate("GrantPath", "Päättäjän &virkanimike"),
        title,
    )
    return name, title


def money_text(cents: int | None) -> str:
    return "" if cents is None else format_money(cents)


def next_steps_text(row: DecisionRow) -> str:
    """What the officer does after a decision, said once where it matters."""
    text = QCoreApplication.translate(
        "GrantPath",
        "Seuraavaksi: tulosta ja allekirjoita päätös, lähetä se yhdistykselle ja merkitse se "
        "lähetetyksi (Avustukset → Merkitse lähetetyksi).",
    )
    if row.decision_type in (DecisionType.GRANT, DecisionType.PARTIAL_GRANT):
        text += " " + QCoreApplication.translate(
            "GrantPath",
            "Maksatushakemuksia voi hyväksyä vasta, kun päätös on merkitty lähetetyksi.",
        )
    return text


def offer_print(ctx: UiContext, parent: QWidget | None, row: DecisionRow, ask: bool = True) -> Any:
    """After a decision: say the next steps and ask whether to print it now (when a
    decision printer is set); `ask=False` prints at once (Tallenna ja tulosta)."""
    handler = ctx.print_handlers.get(DECISION)
    if handler is None:
        return None
    if ask:
        question = (
            QCoreApplication.translate("GrantPath", "Päätös %1 (%2) on tehty.")
            .replace("%1", row.number)
            .replace("%2", enum_label(row.decision_type))
            + "\n\n"
            + next_steps_text(row)
            + "\n\n"
            + QCoreApplication.translate("GrantPath", "Tulostetaanko päätös nyt?")
        )
        title = QCoreApplication.translate("GrantPath", "Tulosta päätös")
        if not messages.ask(parent, title, question, default_yes=True):
            return None
    return handler(row.id)


def placement_summary(row: Any) -> str:
    """One line about a placement: who, where, the job, its period and the palkkatuki."""
    parts = [f"{row.person_name} – {row.association_name}"]
    period = f"{format_date(row.start_date)}–{format_date(row.effective_end)}"
    parts.append(f"{row.job_title} {period}".strip())
    if row.pt_percent:
        pt = QCoreApplication.translate("GrantPath", "palkkatuki %1 %").replace(
            "%1", str(row.pt_percent)
        )
        if row.pt_start:
            pt += f" {format_date(row.pt_start)}–{format_date(row.pt_end)}"
        parts.append(pt)
    else:
        parts.append(QCoreApplication.translate("GrantPath", "ei palkkatukea"))
    return " · ".join(parts)
