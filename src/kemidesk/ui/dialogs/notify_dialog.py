"""Merkitse lähetetyksi: how and when a decision was sent to the party.

Before saving, the dialog shows the day the party is deemed to have received the decision
and the last day of the request for review, computed with the rules the decision was made
under (`grants.appeal_preview`, the same computation as `grants.notify_decision`).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from kemidesk.domain.dates import format_date
from kemidesk.domain.errors import DomainError
from kemidesk.domain.lifecycle import can_notify
from kemidesk.domain.types import NotificationMethod
from kemidesk.services import grants
from kemidesk.services.grants import appeal_preview
from kemidesk.ui import messages
from kemidesk.ui.context import DECISION, UiContext
from kemidesk.ui.dialogs.form import FormDialog
from kemidesk.ui.dialogs.grant_parts import header_label, money_text
from kemidesk.ui.errors import error_text
from kemidesk.ui.labels import enum_label
from kemidesk.ui.widgets.date_edit import DateField


class NotifyDialog(FormDialog):
    help_page = "avustuspolku.html#lahetys"  # F1: its page in the user guide
    kind = DECISION
    new_title = QT_TRANSLATE_NOOP("Forms", "Merkitse päätös lähetetyksi")
    edit_title = QT_TRANSLATE_NOOP("Forms", "Merkitse päätös lähetetyksi")

    def __init__(self, ctx: UiContext, decision_id: int, parent: QWidget | None = None) -> None:
        super().__init__(ctx, decision_id, parent)
        self.decision = grants.get_decision(decision_id)
        d = self.decision
        summary = (
            f"{d.number} – {enum_label(d.decision_type)}, "
            + self.tr("päätetty %1").replace("%1", format_date(d.decision_date))
            + f"\n{d.person_name} – {d.association_name}"
        )
        if d.total_cents:
            summary += f" · {money_text(d.total_cents)}"
        self.layout().insertWidget(0, header_label(self, summary))
        form = self.group(self.tr("Lähetys"), 0, 0)
        self.method = QComboBox(self)
        for method in NotificationMethod:
            self.method.addItem(enum_label(method), method)
        self.add_field(form, "method", self.tr("&Tapa"), self.method, required=True)
        self.sent_on = DateField(self)
        self.sent_on.set_value(self.ctx.today())
        self.add_field(
            form, "sent_on", self.tr("&Lähetetty"), self.sent_on, self._check_date, required=True
        )
        self.preview = QLabel(self)
        self.preview.setObjectName("preview")
        self.preview.setWordWrap(True)
        self.preview.setTextFormat(Qt.TextFormat.RichText)
        form.addRow(self.preview)
        self.method.currentIndexChanged.connect(lambda _i: self.update_preview())
        self.sent_on.value_changed.connect(self.update_preview)
        self.save_button.setText(self.tr("&Merkitse lähetetyksi"))
        self.resize(620, 300)
        self.finish_building()
        self.update_preview()
        self.method.setFocus()

    def _check_date(self) -> str | None:
        sent_on = self.sent_on.value()
        if sent_on is not None and sent_on < self.decision.decision_date:
            return self.tr("Lähetyspäivä on ennen päätöspäivää.")
        return None

    def chosen_method(self) -> NotificationMethod:
        return NotificationMethod(self.method.currentData())  # Qt hands back the str value

    def update_preview(self) -> None:
        sent_on = self.sent_on.value()
        if sent_on is None or self._check_date():
            self.preview.setText("")
            return
        notified, deadline = appeal_preview(self.decision.id, self.chosen_method(), sent_on)
        self.deadline = deadline
        self.preview.setText(
            self.tr("Katsotaan tiedoksi saaduksi %1<br><b>Oikaisuvaatimusaika päättyy %2</b>")
            .replace("%1", format_date(notified))
            .replace("%2", format_date(deadline))
        )

    def build_input(self) -> tuple[NotificationMethod, object]:
        return self.chosen_method(), self.sent_on.value()

    def submit(self, data: tuple[NotificationMethod, object]) -> grants.DecisionRow:
        method, sent_on = data
        return grants.notify_decision(self.decision.id, method, sent_on)  # type: ignore[arg-type]


def open_notify_dialog(
    ctx: UiContext, decision_id: int, parent: QWidget | None = None
) -> NotifyDialog | None:
    try:
        decision = grants.get_decision(decision_id)
    except DomainError as exc:
        messages.warn(parent, messages.not_allowed_title(), error_text(exc))
        return None
    if not can_notify(decision.status):
        if decision.sent_on is not None and decision.notification_method is not None:
            text = (
                QCoreApplication.translate(
                    "GrantPath",
                    "Päätös %1 on lähetetty %2 (%3); oikaisuvaatimusaika päättyy %4. "
                    "Tiedoksiantoa ei voi enää muuttaa.",
                )
                .replace("%1", decision.number)
                .replace("%2", format_date(decision.sent_on))
                .replace("%3", enum_label(decision.notification_method))
                .replace("%4", format_date(decision.appeal_deadline))
            )
        else:
            text = QCoreApplication.translate("GrantPath", "Peruttua päätöstä ei voi lähettää.")
        messages.info(parent, QCoreApplication.translate("GrantPath", "Päätös on lähetetty"), text)
        return None
    dialog = NotifyDialog(ctx, decision_id, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
