"""Muu de minimis -tuki: one aid a company has received from another granting body
(opened from the company's detail view; counted in the rolling de minimis check)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QPlainTextEdit, QPushButton, QWidget

from kemidesk.domain import validation as v
from kemidesk.domain.errors import DomainError
from kemidesk.services import de_minimis
from kemidesk.services.de_minimis import DeMinimisInput, DeMinimisRow
from kemidesk.ui import messages
from kemidesk.ui.context import ASSOCIATION, UiContext
from kemidesk.ui.dialogs.form import FormDialog
from kemidesk.ui.errors import check_text, error_text
from kemidesk.ui.widgets.date_edit import DateField
from kemidesk.ui.widgets.fields import MoneyEdit


class DeMinimisDialog(FormDialog):
    kind = "de_minimis_aid"  # no list of its own: the company's view refreshes (see save)
    help_page = "avustuspolku.html#deminimis"  # F1: its page in the user guide
    new_title = QT_TRANSLATE_NOOP("Forms", "Uusi muu de minimis -tuki")
    edit_title = QT_TRANSLATE_NOOP("Forms", "Muu de minimis -tuki")

    def __init__(
        self,
        ctx: UiContext,
        association_id: int,
        aid: DeMinimisRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, aid.id if aid else None, parent)
        self.setObjectName("de_minimis_dialog")
        self.association_id = association_id
        self.aid = aid
        form = self.group(self.tr("Tuki"), 0, 0)
        self.grantor = self.line(v.text_limit("DeMinimisAid.grantor"))
        self.grantor.setPlaceholderText(self.tr("esim. Business Finland"))
        self.add_field(
            form,
            "grantor",
            self.tr("&Myöntäjä"),
            self.grantor,
            lambda: check_text(
                lambda t: v.validate_required(t, self.tr("Myöntäjä")), self.grantor.text()
            ),
            required=True,
        )
        self.granted_on = DateField(self, today=ctx.today)
        self.add_field(form, "granted_on", self.tr("Myönnetty &päivänä"), self.granted_on,
                       required=True)  # fmt: skip
        self.amount = MoneyEdit(self)
        self.add_field(
            form,
            "amount",
            self.tr("&Summa"),
            self.amount,
            lambda: check_text(v.validate_money, self.amount.text()),
            required=True,
        )
        self.description = QPlainTextEdit(self)
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(70)
        self.add_field(form, "description", self.tr("&Kuvaus"), self.description)
        self.hint.setText(
            self.tr(
                "Yrityksen ilmoittama muu de minimis -tuki. Se lasketaan kolmen vuoden "
                "enimmäismäärään yhdessä Kemi-lisän ja työllistämisbonusten kanssa."
            )
        )
        if aid is not None:
            self.grantor.setText(aid.grantor)
            self.granted_on.set_value(aid.granted_on)
            self.amount.set_cents(aid.amount_cents)
            self.description.setPlainText(aid.description)
            delete = QPushButton(self.tr("P&oista…"), self)
            delete.setObjectName("delete")
            delete.setAutoDefault(False)
            delete.clicked.connect(self.delete)
            self.buttons.addButton(delete, self.buttons.ButtonRole.DestructiveRole)
        self.finish_building()

    def build_input(self) -> DeMinimisInput:
        return DeMinimisInput(
            association_id=self.association_id,
            grantor=self.grantor.text(),
            granted_on=self.granted_on.value(),
            amount=self.amount.text(),
            description=self.description.toPlainText(),
        )

    def submit(self, data: DeMinimisInput) -> DeMinimisRow:
        if self.aid is None:
            return de_minimis.add_aid(data)
        return de_minimis.update_aid(self.aid.id, data)

    def save(self) -> bool:
        if not super().save():
            return False
        self.ctx.notify(ASSOCIATION, self.association_id)
        return True

    def delete(self) -> bool:
        if self.aid is None:
            return False
        question = self.tr("Poistetaanko myöntäjän %1 tuki? Poistoa ei voi perua.").replace(
            "%1", self.aid.grantor
        )
        if not messages.ask(self, self.tr("Poista de minimis -tuki"), question):
            return False
        try:
            de_minimis.delete_aid(self.aid.id)
        except DomainError as exc:
            messages.warn(self, messages.not_allowed_title(), error_text(exc))
            return False
        self.ctx.notify(ASSOCIATION, self.association_id)
        self.accept()
        return True
