"""Valmennukset: the training form, the registrations and attendance of one training (with
the feedback counts), and the supervision session form."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kemidesk.domain import trainings as rules
from kemidesk.domain import validation as v
from kemidesk.domain.errors import DomainError, FieldErrors
from kemidesk.domain.types import TrainingTarget
from kemidesk.services import associations, trainings
from kemidesk.services.trainings import (
    RegistrationInput,
    SupervisionInput,
    SupervisionRow,
    TrainingInput,
    TrainingRow,
)
from kemidesk.ui import messages
from kemidesk.ui.dialogs.form import ERROR_STYLE, FormDialog
from kemidesk.ui.dialogs.placement_form import combo_id, searchable_combo
from kemidesk.ui.errors import check_text, error_text, field_texts
from kemidesk.ui.labels import enum_label
from kemidesk.ui.widgets.date_edit import DateField
from kemidesk.ui.widgets.fields import MoneyEdit

TRAINING, SUPERVISION = "training", "supervision"


def ask_theme_name(parent: QWidget) -> str | None:
    """The name of a new theme (tests replace this function)."""
    text, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("TrainingDialog", "Uusi teema"),
        QCoreApplication.translate("TrainingDialog", "Valmennuksen teema:"),
    )
    return text if ok else None


def _association_items() -> list[tuple[str, int]]:
    return [(a.name, a.id) for a in associations.list_associations(include_archived=False)]


class TrainingDialog(FormDialog):
    help_page = "valmennukset.html#valmennus"  # F1: its page in the user guide
    kind = TRAINING
    new_title = QT_TRANSLATE_NOOP("Forms", "Uusi valmennus")
    edit_title = QT_TRANSLATE_NOOP("Forms", "Muokkaa valmennusta")

    def __init__(
        self, ctx: Any, training: TrainingRow | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, training.id if training else None, parent)
        self.setObjectName("training_dialog")
        self.training = training
        what = self.group(self.tr("Valmennus"), 0, 0)
        self.theme = QComboBox(self)
        self._fill_themes(training.theme_id if training else None)
        self.new_theme_button = QPushButton(self.tr("Uusi t&eema…"), self)
        self.new_theme_button.setAutoDefault(False)
        self.new_theme_button.clicked.connect(self.add_theme)
        self.add_field(
            what, "theme_id", self.tr("&Teema"), self.theme,
            lambda: None if self.theme.currentData() else self.tr("Valitse teema luettelosta."),
            required=True,
        )  # fmt: skip
        what.addRow("", self.new_theme_button)
        self.title_edit = self.line(v.text_limit("Training.title"))
        self.title_edit.setPlaceholderText(self.tr("oma otsikko (valinnainen)"))
        self.add_field(what, "title", self.tr("Ots&ikko"), self.title_edit)
        self.target = QComboBox(self)
        for member in TrainingTarget:
            self.target.addItem(enum_label(member), member.value)
        self.add_field(what, "target", self.tr("&Kohderyhmä"), self.target)
        self.trainer = self.line(v.text_limit("Training.trainer"))
        self.add_field(what, "trainer", self.tr("Koul&uttaja"), self.trainer)
        self.capacity = self.line(5)
        self.capacity.setPlaceholderText(self.tr("tyhjä = ei rajaa"))
        self.add_field(
            what, "capacity", self.tr("Paikko&ja"), self.capacity,
            lambda: check_text(rules.validate_capacity, self.capacity.text()),
        )  # fmt: skip
        when = self.group(self.tr("Aika ja paikka"), 0, 1)
        self.held_on = DateField(self, today=ctx.today)
        self.add_field(when, "held_on", self.tr("&Päivä"), self.held_on, required=True)
        self.start_time = self.line(5)
        self.start_time.setPlaceholderText("13.00")
        self.add_field(
            when, "start_time", self.tr("&Alkaa klo"), self.start_time,
            lambda: check_text(rules.validate_time, self.start_time.text()),
        )  # fmt: skip
        self.end_time = self.line(5)
        self.end_time.setPlaceholderText("15.00")
        self.add_field(
            when, "end_time", self.tr("Päättyy k&lo"), self.end_time,
            lambda: check_text(rules.validate_time, self.end_time.text()),
        )  # fmt: skip
        self.place = self.line(v.text_limit("Training.place"))
        self.add_field(when, "place", self.tr("Pai&kka"), self.place)
        self.remote_link = self.line(v.text_limit("Training.remote_link"))
        self.remote_link.setPlaceholderText("https://…")
        self.add_field(when, "remote_link", self.tr("&Etäyhteys"), self.remote_link)
        self.description = QPlainTextEdit(self)
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(60)
        self.add_field(when, "description", self.tr("K&uvaus"), self.description)
        if training is not None:
            self.title_edit.setText(training.title)
            self.target.setCurrentIndex(self.target.findData(training.target.value))
            self.trainer.setText(training.trainer)
            self.capacity.setText("" if training.capacity is None else str(training.capacity))
            self.held_on.set_value(training.held_on)
            self.start_time.setText(training.start_time)
            self.end_time.setText(training.end_time)
            self.place.setText(training.place)
            self.remote_link.setText(training.remote_link)
            self.description.setPlainText(training.description)
        else:
            self.target.setCurrentIndex(self.target.findData(TrainingTarget.BOTH.value))
        self.finish_building()

    def _fill_themes(self, chosen: int | None) -> None:
        self.theme.blockSignals(True)
        self.theme.clear()
        self.theme.addItem("", None)
        for theme in trainings.list_themes():
            self.theme.addItem(theme.name, theme.id)
        if chosen is not None:
            self.theme.setCurrentIndex(max(self.theme.findData(chosen), 0))
        self.theme.blockSignals(False)

    def add_theme(self) -> int | None:
        name = ask_theme_name(self)
        if name is None:
            return None
        try:
            theme = trainings.add_theme(name)
        except FieldErrors as exc:
            messages.warn(self, messages.not_allowed_title(), "\n".join(field_texts(exc).values()))
            return None
        self._fill_themes(theme.id)
        self.revalidate()
        return theme.id

    def cross_checks(self) -> dict[str, str]:
        if not self.place.text().strip() and not self.remote_link.text().strip():
            return {"place": self.tr("Anna paikka tai etäyhteyden linkki.")}
        return {}

    def build_input(self) -> TrainingInput:
        return TrainingInput(
            theme_id=self.theme.currentData(),
            held_on=self.held_on.value(),
            start_time=self.start_time.text(),
            end_time=self.end_time.text(),
            place=self.place.text(),
            remote_link=self.remote_link.text(),
            trainer=self.trainer.text(),
            capacity=self.capacity.text(),
            target=self.target.currentData(),
            title=self.title_edit.text(),
            description=self.description.toPlainText(),
        )

    def submit(self, data: TrainingInput) -> TrainingRow:
        if self.training is None:
            return trainings.add_training(data)
        return trainings.update_training(self.training.id, data)


class AttendanceDialog(QDialog):
    """Registrations of one training: add (association, name, role), remove, tick who came;
    and the short feedback counts. "Tallenna" stores the ticks and the counts together."""

    help_page = "valmennukset.html#osallistujat"  # F1: its page in the user guide

    def __init__(self, ctx: Any, training_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.training_id = training_id
        self.setObjectName("attendance_dialog")
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("registrations")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Yhdistys"), self.tr("Nimi"), self.tr("Rooli"), self.tr("Osallistui")]
        )
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        add_box = QGroupBox(self.tr("Uusi ilmoittautuminen"), self)
        add_form = QGridLayout(add_box)
        self.association = searchable_combo(self, _association_items())
        self.association.setObjectName("association_id")
        self.name = QLineEdit(self)
        self.name.setObjectName("name")
        self.name.setMaxLength(v.text_limit("TrainingRegistration.name"))
        self.role = QLineEdit(self)
        self.role.setObjectName("role")
        self.role.setMaxLength(v.text_limit("TrainingRegistration.role"))
        self.role.setPlaceholderText(self.tr("esim. esihenkilö"))
        self.add_button = QPushButton(self.tr("&Lisää"), self)
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_registration)
        self.add_errors = QLabel(self)
        self.add_errors.setObjectName("add_errors")
        self.add_errors.setStyleSheet(ERROR_STYLE)
        self.add_errors.setWordWrap(True)
        for col, (label, widget) in enumerate(
            ((self.tr("&Yhdistys"), self.association), (self.tr("&Nimi"), self.name),
             (self.tr("&Rooli"), self.role))
        ):  # fmt: skip
            caption = QLabel(label, self)
            caption.setBuddy(widget)
            add_form.addWidget(caption, 0, col)
            add_form.addWidget(widget, 1, col)
        add_form.setColumnStretch(0, 3)
        add_form.setColumnStretch(1, 2)
        add_form.setColumnStretch(2, 2)
        add_form.addWidget(self.add_button, 1, 3)
        add_form.addWidget(self.add_errors, 2, 0, 1, 4)
        self.remove_button = QPushButton(self.tr("Poista &valittu…"), self)
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(self.remove_selected)
        feedback_box = QGroupBox(self.tr("Palaute (kpl)"), self)
        feedback = QFormLayout(feedback_box)
        self.useful, self.partly, self.not_useful = (
            QLineEdit(self),
            QLineEdit(self),
            QLineEdit(self),
        )
        for name, label, edit in (
            ("feedback_useful", self.tr("H&yödyllinen"), self.useful),
            ("feedback_partly", self.tr("&Osin hyödyllinen"), self.partly),
            ("feedback_not", self.tr("&Ei hyödyllinen"), self.not_useful),
        ):
            edit.setObjectName(name)
            edit.setMaxLength(5)
            caption = QLabel(label, self)
            caption.setBuddy(edit)
            feedback.addRow(caption, edit)
        self.feedback_error = QLabel(self)
        self.feedback_error.setObjectName("feedback_error")
        self.feedback_error.setStyleSheet(ERROR_STYLE)
        self.feedback_error.setWordWrap(True)
        feedback.addRow(self.feedback_error)
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(
            self.tr("&Tallenna osallistuminen"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.clicked.connect(self.save)
        close = buttons.addButton(self.tr("Sulje"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setAutoDefault(False)
        close.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        lower = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(self.table, 1)
        left.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignLeft)
        lower.addLayout(left, 3)
        lower.addWidget(feedback_box, 1, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(lower, 1)
        layout.addWidget(add_box)
        layout.addWidget(buttons)
        self.setWindowTitle(self.tr("Ilmoittautumiset ja osallistuminen"))
        self.resize(900, 520)
        self.reload()

    def reload(self) -> None:
        training = trainings.get_training(self.training_id)
        self.training = training
        seats = (
            self.tr("ei paikkarajaa")
            if training.capacity is None
            else self.tr("%1/%2 paikkaa varattu")
            .replace("%1", str(training.registered))
            .replace("%2", str(training.capacity))
        )
        from kemidesk.domain.dates import format_date

        self.heading.setText(
            f"<b>{training.name}</b> {format_date(training.held_on)} {training.time_text} – {seats}"
        )
        rows = trainings.list_registrations(self.training_id)
        self.rows = rows
        self.table.setRowCount(len(rows))
        for i, row in enumerate(rows):
            for col, text in enumerate(
                (row.association, row.name or self.tr("(poistettu)"), row.role)
            ):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, row.id)
                self.table.setItem(i, col, item)
            tick = QTableWidgetItem()
            tick.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            tick.setCheckState(Qt.CheckState.Checked if row.attended else Qt.CheckState.Unchecked)
            tick.setData(Qt.ItemDataRole.UserRole, row.id)
            self.table.setItem(i, 3, tick)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.useful.setText(str(training.feedback_useful))
        self.partly.setText(str(training.feedback_partly))
        self.not_useful.setText(str(training.feedback_not))
        full = training.capacity is not None and training.registered >= training.capacity
        self.add_button.setEnabled(not full)
        self.add_button.setToolTip(self.tr("Valmennus on täynnä") if full else "")

    def set_attended(self, row: int, came: bool) -> None:
        state = Qt.CheckState.Checked if came else Qt.CheckState.Unchecked
        self.table.item(row, 3).setCheckState(state)

    def add_registration(self) -> bool:
        data = RegistrationInput(
            training_id=self.training_id,
            association_id=combo_id(self.association),
            name=self.name.text(),
            role=self.role.text(),
        )
        try:
            trainings.register(data)
        except FieldErrors as exc:
            self.add_errors.setText("\n".join(field_texts(exc).values()))
            return False
        except DomainError as exc:
            self.add_errors.setText(error_text(exc))
            return False
        self.add_errors.setText("")
        self.name.clear()
        self.role.clear()
        self.name.setFocus()
        self.ctx.notify(TRAINING, self.training_id)
        self.reload()
        return True

    def remove_selected(self) -> bool:
        row = self.table.currentRow()
        if not 0 <= row < len(self.rows):
            return False
        chosen = self.rows[row]
        question = self.tr("Poistetaanko ilmoittautuminen: %1, %2?")
        question = question.replace("%1", chosen.name or "–").replace("%2", chosen.association)
        if not messages.ask(self, self.tr("Poista ilmoittautuminen"), question):
            return False
        trainings.remove_registration(chosen.id)
        self.ctx.notify(TRAINING, self.training_id)
        self.reload()
        return True

    def save(self) -> bool:
        ticks = {
            int(self.table.item(i, 3).data(Qt.ItemDataRole.UserRole)): (
                self.table.item(i, 3).checkState() == Qt.CheckState.Checked
            )
            for i in range(self.table.rowCount())
        }
        try:
            trainings.record_attendance(
                self.training_id, ticks, self.useful.text(), self.partly.text(),
                self.not_useful.text(),
            )  # fmt: skip
        except FieldErrors as exc:
            self.feedback_error.setText("\n".join(field_texts(exc).values()))
            return False
        except DomainError as exc:
            messages.warn(self, messages.not_allowed_title(), error_text(exc))
            return False
        self.ctx.notify(TRAINING, self.training_id)
        self.accept()
        return True


class SupervisionDialog(FormDialog):
    help_page = "valmennukset.html#tyonohjaus"  # F1: its page in the user guide
    kind = SUPERVISION
    new_title = QT_TRANSLATE_NOOP("Forms", "Uusi työnohjauskerta")
    edit_title = QT_TRANSLATE_NOOP("Forms", "Työnohjauskerta")

    def __init__(
        self,
        ctx: Any,
        session: SupervisionRow | None = None,
        parent: QWidget | None = None,
        association_id: int | None = None,
    ) -> None:
        super().__init__(ctx, session.id if session else None, parent)
        self.setObjectName("supervision_dialog")
        self.session = session
        form = self.group(self.tr("Työnohjaus"), 0, 0)
        self.association = searchable_combo(self, _association_items())
        self.add_field(
            form, "association_id", self.tr("&Yhdistys"), self.association,
            lambda: None if combo_id(self.association) else self.tr("Valitse yhdistys."),
            required=True,
        )  # fmt: skip
        self.held_on = DateField(self, today=ctx.today)
        self.add_field(form, "held_on", self.tr("&Päivä"), self.held_on, required=True)
        self.supervisor = self.line(v.text_limit("SupervisionSession.supervisor"))
        self.add_field(
            form, "supervisor", self.tr("&Työnohjaaja"), self.supervisor,
            lambda: check_text(lambda t: v.validate_required(t, self.tr("Työnohjaaja")),
                               self.supervisor.text()),
            required=True,
        )  # fmt: skip
        self.participants = self.line(5)
        self.add_field(
            form, "participants", self.tr("&Osallistujia"), self.participants,
            lambda: check_text(rules.validate_count, self.participants.text())
            or (None if self.participants.text().strip() not in ("", "0")
                else self.tr("Anna osallistujien määrä.")),
            required=True,
        )  # fmt: skip
        self.hours = self.line(6)
        self.hours.setPlaceholderText("1,5")
        self.add_field(
            form, "hours", self.tr("T&unteja"), self.hours,
            lambda: check_text(rules.validate_session_hours, self.hours.text()),
            required=True,
        )  # fmt: skip
        self.cost = MoneyEdit(self)
        self.add_field(
            form, "cost", self.tr("&Kustannus"), self.cost,
            lambda: check_text(v.validate_money, self.cost.text() or "0"),
        )  # fmt: skip
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(60)
        self.add_field(form, "notes", self.tr("&Muistiinpanot"), self.notes)
        if session is not None:
            association_id = session.association_id
            self.held_on.set_value(session.held_on)
            self.supervisor.setText(session.supervisor)
            self.participants.setText(str(session.participants))
            self.hours.setText(str(session.hours).replace(".", ","))
            self.cost.set_cents(session.cost_cents)
            self.notes.setPlainText(session.notes)
            delete = QPushButton(self.tr("P&oista…"), self)
            delete.setObjectName("delete")
            delete.setAutoDefault(False)
            delete.clicked.connect(self.delete)
            self.buttons.addButton(delete, self.buttons.ButtonRole.DestructiveRole)
        if association_id is not None:
            index = self.association.findData(association_id)
            if index > 0:
                self.association.setCurrentIndex(index)
        self.finish_building()

    def build_input(self) -> SupervisionInput:
        return SupervisionInput(
            association_id=combo_id(self.association),
            held_on=self.held_on.value(),
            supervisor=self.supervisor.text(),
            participants=self.participants.text(),
            hours=self.hours.text(),
            cost=self.cost.text(),
            notes=self.notes.toPlainText(),
        )

    def submit(self, data: SupervisionInput) -> SupervisionRow:
        if self.session is None:
            return trainings.add_supervision(data)
        return trainings.update_supervision(self.session.id, data)

    def delete(self) -> bool:
        if self.session is None:
            return False
        question = self.tr("Poistetaanko työnohjauskerta? Poistoa ei voi perua.")
        if not messages.ask(self, self.tr("Poista työnohjauskerta"), question):
            return False
        try:
            trainings.delete_supervision(self.session.id)
        except DomainError as exc:
            messages.warn(self, messages.not_allowed_title(), error_text(exc))
            return False
        self.ctx.notify(SUPERVISION, self.session.id)
        self.accept()
        return True
