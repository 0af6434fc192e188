"""Siirtosopimus: a transfer agreement under a placement (opened from the placement's view).

`TransferDialog` adds or corrects an agreement (its terms can be corrected while it is a
draft or signed); for a saved one it also offers the status changes the rules allow and
printing. `TransferStatusDialog` asks the day of a status change (signing day, start, end);
ending with employment records the placement's outcome and offers the employment bonus.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QWidget

from kemidesk.domain import validation as v
from kemidesk.domain.types import TransferKind, TransferStatus
from kemidesk.services import placements, transfers
from kemidesk.services.transfers import StatusChange, TransferInput, TransferRow
from kemidesk.ui import messages
from kemidesk.ui.context import PLACEMENT, UiContext
from kemidesk.ui.dialogs.form import FormDialog
from kemidesk.ui.dialogs.grant_parts import header_label, text_box
from kemidesk.ui.errors import check_text
from kemidesk.ui.labels import enum_label
from kemidesk.ui.printing.handlers import TRANSFER_AGREEMENT
from kemidesk.ui.widgets.date_edit import DateField
from kemidesk.ui.widgets.fields import HoursEdit, MoneyEdit

TRANSFER = "transfer_agreement"

# The button of each status change (context "Transfers").
ACTION_TEXTS: dict[TransferStatus, str] = {
    TransferStatus.DRAFT: QT_TRANSLATE_NOOP("Transfers", "Palauta l&uonnokseksi…"),
    TransferStatus.SIGNED: QT_TRANSLATE_NOOP("Transfers", "Merkitse allek&irjoitetuksi…"),
    TransferStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("Transfers", "Alo&ita jakso…"),
    TransferStatus.ENDED_EMPLOYED: QT_TRANSLATE_NOOP("Transfers", "Päättyi: &työllistyi…"),
    TransferStatus.ENDED_NOT_EMPLOYED: QT_TRANSLATE_NOOP("Transfers", "Päättyi: &ei työllistynyt…"),
}
# What the day of each status change is called.
DAY_LABELS: dict[TransferStatus, str] = {
    TransferStatus.DRAFT: QT_TRANSLATE_NOOP("Transfers", "&Päivä"),
    TransferStatus.SIGNED: QT_TRANSLATE_NOOP("Transfers", "&Allekirjoituspäivä"),
    TransferStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("Transfers", "&Alkamispäivä"),
    TransferStatus.ENDED_EMPLOYED: QT_TRANSLATE_NOOP("Transfers", "Työllistymis&päivä"),
    TransferStatus.ENDED_NOT_EMPLOYED: QT_TRANSLATE_NOOP("Transfers", "&Päättymispäivä"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("Transfers", text)


class TransferDialog(FormDialog):
    help_page = "valmennukset.html#siirtosopimus"  # F1: its page in the user guide
    kind = TRANSFER
    new_title = QT_TRANSLATE_NOOP("Forms", "Uusi siirtosopimus")
    edit_title = QT_TRANSLATE_NOOP("Forms", "Siirtosopimus")

    def __init__(
        self,
        ctx: UiContext,
        placement_id: int,
        transfer: TransferRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, transfer.id if transfer else None, parent)
        self.setObjectName("transfer_dialog")
        self.placement_id = placement_id
        self.transfer = transfer
        self.status_dialog: TransferStatusDialog | None = None
        placement = placements.get_placement(placement_id, today=ctx.today())
        who = f"{placement.person_name} – {placement.association_name}"
        if transfer is not None:
            who += " · " + self.tr("Tila: %1").replace("%1", enum_label(transfer.status))
        self.layout().insertWidget(0, header_label(self, who))
        self._build_receiver()
        self._build_work()
        self.grid.setColumnStretch(0, 2)
        self.grid.setColumnStretch(1, 3)
        if transfer is not None:
            self._load(transfer)
            self._add_actions(transfer)
        self.resize(940, 600)
        self.finish_building()

    def _build_receiver(self) -> None:
        form = self.group(self.tr("Vastaanottava työnantaja"), 0, 0)
        self.receiving_name = self.line(v.text_limit("TransferAgreement.receiving_name"))
        self.add_field(
            form,
            "receiving_name",
            self.tr("&Nimi"),
            self.receiving_name,
            lambda: check_text(
                lambda t: v.validate_required(t, self.tr("Nimi")), self.receiving_name.text()
            ),
            required=True,
        )
        self.receiving_business_id = self.line(20)
        self.receiving_business_id.setPlaceholderText(
            self.tr("esim. %1").replace("%1", "1234567-1")
        )
        self.add_field(
            form,
            "receiving_business_id",
            self.tr("&Y-tunnus"),
            self.receiving_business_id,
            lambda: check_text(v.validate_business_id, self.receiving_business_id.text()),
            required=True,
        )
        self.contact_name = self.line(v.text_limit("TransferAgreement.contact_name"))
        self.add_field(form, "contact_name", self.tr("Y&hteyshenkilö"), self.contact_name)
        self.contact_phone = self.line(40)
        self.add_field(
            form,
            "contact_phone",
            self.tr("&Puhelin"),
            self.contact_phone,
            lambda: check_text(v.validate_phone, self.contact_phone.text()),
        )
        self.contact_email = self.line(254)
        self.add_field(
            form,
            "contact_email",
            self.tr("&Sähköposti"),
            self.contact_email,
            lambda: check_text(v.validate_email, self.contact_email.text()),
        )
        self.payment = MoneyEdit(self)
        self.payment.setPlaceholderText(self.tr("tyhjä: ei korvausta"))
        self.add_field(
            form,
            "payment",
            self.tr("&Korvaus järjestölle"),
            self.payment,
            lambda: (
                check_text(v.validate_money, self.payment.text())
                if self.payment.text().strip()
                else None
            ),
        )
        self.payment_terms = self.line(v.text_limit("TransferAgreement.payment_terms"))
        self.payment_terms.setPlaceholderText(self.tr("esim. kuukaudessa, laskua vastaan"))
        self.add_field(form, "payment_terms", self.tr("Korvauksen pe&ruste"), self.payment_terms)

    def _build_work(self) -> None:
        form = self.group(self.tr("Jakso ja työ"), 0, 1)
        self.kind_box = QComboBox(self)
        for member in TransferKind:
            self.kind_box.addItem(enum_label(member), member)
        self.add_field(form, "kind", self.tr("Sopimuksen &laji"), self.kind_box, required=True)
        self.start_date = DateField(self, today=self.ctx.today)
        self.add_field(form, "start_date", self.tr("&Alkaa"), self.start_date, required=True)
        self.end_date = DateField(self, optional=True, today=self.ctx.today)
        self.add_field(form, "end_date", self.tr("P&äättyy"), self.end_date)
        self.hours = HoursEdit(self)
        self.add_field(
            form,
            "hours",
            self.tr("&Viikkotyöaika (h)"),
            self.hours,
            lambda: check_text(v.validate_hours, self.hours.text()),
            required=True,
        )
        self.tasks = text_box(self, 3)
        self.add_field(
            form,
            "tasks",
            self.tr("Ty&ötehtävät"),
            self.tasks,
            lambda: check_text(
                lambda t: v.validate_field_text(
                    "TransferAgreement.tasks", t, None, self.tr("Työtehtävät")
                ),
                self.tasks.toPlainText(),
            ),
            required=True,
        )
        self.coach_part = text_box(self, 2)
        self.add_field(form, "coach_part", self.tr("Työhönvalmenta&jan osuus"), self.coach_part)
        self.notes = text_box(self, 2)
        self.add_field(form, "notes", self.tr("&Muistiinpanot"), self.notes)

    def _load(self, t: TransferRow) -> None:
        self.receiving_name.setText(t.receiving_name)
        self.receiving_business_id.setText(t.receiving_business_id)
        self.contact_name.setText(t.contact_name)
        self.contact_phone.setText(t.contact_phone)
        self.contact_email.setText(t.contact_email)
        self.payment.set_cents(t.payment_cents)
        self.payment_terms.setText(t.payment_terms)
        self.kind_box.setCurrentIndex(max(0, self.kind_box.findData(t.kind)))
        self.start_date.set_value(t.start_date)
        self.end_date.set_value(t.end_date)
        self.hours.setText(str(t.hours_per_week).replace(".", ","))
        self.tasks.setPlainText(t.tasks)
        self.coach_part.setPlainText(t.coach_part)
        self.notes.setPlainText(t.notes)

    def _add_actions(self, t: TransferRow) -> None:
        """Status changes the rules allow, and printing; an ended agreement is read-only."""
        self.action_buttons: dict[TransferStatus, QPushButton] = {}
        for status in t.next_statuses:
            button = QPushButton(_tr(ACTION_TEXTS[status]), self)
            button.setObjectName(f"to_{status.value}")
            button.setAutoDefault(False)
            button.clicked.connect(lambda _c=False, s=status: self.change_status(s))
            self.buttons.addButton(button, self.buttons.ButtonRole.ActionRole)
            self.action_buttons[status] = button
        self.print_button = QPushButton(self.tr("Tul&osta…"), self)
        self.print_button.setObjectName("print_transfer")
        self.print_button.setAutoDefault(False)
        self.print_button.clicked.connect(self.print_agreement)
        self.buttons.addButton(self.print_button, self.buttons.ButtonRole.ActionRole)
        if not t.editable:
            for entry in self.fields.values():
                entry.widget.setEnabled(False)
            self.save_button.hide()

    def revalidate(self) -> bool:
        valid = super().revalidate()
        if self.transfer is not None and not self.transfer.editable:
            self.hint.setText(
                self.tr("Sopimus on tilassa %1: sen ehtoja ei voi enää muuttaa.").replace(
                    "%1", enum_label(self.transfer.status)
                )
            )
        return valid

    def build_input(self) -> TransferInput:
        return TransferInput(
            placement_id=self.placement_id,
            kind=TransferKind(self.kind_box.currentData()),
            receiving_name=self.receiving_name.text(),
            receiving_business_id=self.receiving_business_id.text(),
            start_date=self.start_date.value(),
            end_date=self.end_date.value(),
            hours=self.hours.text(),
            tasks=self.tasks.toPlainText(),
            contact_name=self.contact_name.text(),
            contact_phone=self.contact_phone.text(),
            contact_email=self.contact_email.text(),
            payment=self.payment.text(),
            payment_terms=self.payment_terms.text(),
            coach_part=self.coach_part.toPlainText(),
            notes=self.notes.toPlainText(),
        )

    def submit(self, data: TransferInput) -> TransferRow:
        if self.transfer is None:
            return transfers.add_transfer(data)
        return transfers.update_transfer(self.transfer.id, data)

    def save(self) -> bool:
        if not super().save():
            return False
        self.ctx.notify(PLACEMENT, self.placement_id)
        return True

    def change_status(self, status: TransferStatus) -> TransferStatusDialog | None:
        if self.transfer is None:
            return None
        if self.is_dirty() and not messages.ask(
            self,
            self.tr("Tallentamattomia muutoksia"),
            self.tr("Lomakkeen muutoksia ei ole tallennettu. Jatketaanko ilman niitä?"),
        ):
            return None
        dialog = TransferStatusDialog(self.ctx, self.transfer, status, self.parentWidget())
        self.status_dialog = dialog
        self.accept()
        dialog.open()
        return dialog

    def print_agreement(self) -> object:
        if self.transfer is None:
            return None
        handler = self.ctx.print_handlers.get(TRANSFER_AGREEMENT)
        return None if handler is None else handler(self.transfer.id)


class TransferStatusDialog(FormDialog):
    """The day of one status change; the service's messages show under the day."""

    help_page = "valmennukset.html#siirtosopimus"  # F1: its page in the user guide

    kind = TRANSFER
    new_title = QT_TRANSLATE_NOOP("Forms", "Siirtosopimuksen tila")
    edit_title = new_title

    def __init__(
        self,
        ctx: UiContext,
        transfer: TransferRow,
        status: TransferStatus,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, None, parent)
        self.setObjectName("transfer_status_dialog")
        self.transfer = transfer
        self.status = status
        self.change: StatusChange | None = None
        self.bonus_dialog: QWidget | None = None
        text = self.tr("%1: %2 → %3").replace("%1", transfer.receiving_name)
        text = text.replace("%2", enum_label(transfer.status)).replace("%3", enum_label(status))
        self.layout().insertWidget(0, header_label(self, text))
        form = self.group(self.tr("Tilan muutos"), 0, 0)
        self.on = DateField(self, today=ctx.today)
        self.on.set_value(self._default_day())
        self.add_field(form, "on", _tr(DAY_LABELS[status]), self.on, required=True)
        if status is TransferStatus.ENDED_EMPLOYED:
            note = QLabel(
                self.tr(
                    "Työsuhteen jatkopolku (päättyessä: työ yrityksessä) kirjataan samalla, ja "
                    "työllistämisbonus tulee ehdolle, kun Kemi-lisäjakso on päättynyt."
                ),
                self,
            )
            note.setWordWrap(True)
            note.setObjectName("employed_note")
            form.addRow(note)
        self.resize(520, 220)
        self.finish_building()

    def _default_day(self) -> object:
        t, today = self.transfer, self.ctx.today()
        if self.status is TransferStatus.IN_PROGRESS:
            return t.start_date
        if self.status in (TransferStatus.ENDED_EMPLOYED, TransferStatus.ENDED_NOT_EMPLOYED):
            return t.end_date or today
        return today

    def build_input(self) -> object:
        return self.on.value()

    def submit(self, data: object) -> TransferRow:
        self.change = transfers.set_transfer_status(
            self.transfer.id, self.status, data, today=self.ctx.today()
        )  # type: ignore[arg-type]
        return self.change.transfer

    def save(self) -> bool:
        if not super().save():
            return False
        self.ctx.notify(PLACEMENT, self.transfer.placement_id)
        if self.change is not None and self.change.bonus_proposed:
            from kemidesk.ui.dialogs.outcome_dialog import open_bonus_dialog

            parent = self.parentWidget()
            if messages.ask(
                parent,
                QCoreApplication.translate("GrantPath", "Työllistämisbonus"),
                self.tr(
                    "Jatkopolku kirjattiin: työ yrityksessä. Se oikeuttaa "
                    "työllistämisbonukseen. Päätetäänkö työllistämisbonus nyt?"
                ),
                default_yes=True,
            ):
                self.bonus_dialog = open_bonus_dialog(self.ctx, self.transfer.placement_id, parent)
        return True
