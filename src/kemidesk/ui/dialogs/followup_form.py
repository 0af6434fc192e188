"""The follow-up form (palkkatuetun työn ohjaus- ja kehityskeskustelulomake) of a placement.

Every field of the paper form, checked live with the service's rules: the participants are
required, a signed form needs the signing date, and the talk cannot be before the placement
started. There is deliberately no field for work ability or other health data.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QWidget,
)

from kemidesk.domain.dates import format_date
from kemidesk.domain.lifecycle import FOLLOWUP_PERSONAL_TEXT
from kemidesk.domain.types import FollowupType, OutcomeStatus
from kemidesk.services import followups, placements
from kemidesk.ui.context import FOLLOWUP, UiContext
from kemidesk.ui.dialogs.form import FormDialog
from kemidesk.ui.labels import enum_label
from kemidesk.ui.widgets.date_edit import DateField

TEXT_LINES = 3


class FollowupForm(FormDialog):
    help_page = "kaynnit.html#lomake"  # F1: its page in the user guide
    kind = FOLLOWUP
    new_title = QT_TRANSLATE_NOOP("Forms", "Kirjaa seurantalomake")
    edit_title = QT_TRANSLATE_NOOP("Forms", "Muokkaa seurantalomaketta")

    def __init__(
        self,
        ctx: UiContext,
        record_id: int | None = None,
        parent: QWidget | None = None,
        placement_id: int | None = None,
    ) -> None:
        super().__init__(ctx, record_id, parent)
        if placement_id is None:
            raise ValueError("a follow-up form needs its placement")
        self.placement = placements.get_placement(placement_id, today=ctx.today())
        self.existing = followups.list_followups(placement_id)
        row = next((f for f in self.existing if f.id == record_id), None)
        if record_id is not None and row is None:
            raise ValueError(f"follow-up {record_id} is not of placement {placement_id}")
        self._build_heading()
        self._build_talk()
        self._build_content()
        self._build_end()
        if row is not None:
            self.load(row)
        else:
            self._preset()
        self._signed_toggled()
        self.resize(1180, 700)
        self.finish_building()
        self.participants.setFocus()

    # ------------------------------------------------------------ building

    def _build_heading(self) -> None:
        p = self.placement
        parts = [
            f"<b>{p.person_name} – {p.association_name}</b>",
            self.tr("%1, työsuhde %2–%3")
            .replace("%1", p.job_title)
            .replace("%2", format_date(p.start_date))
            .replace("%3", format_date(p.effective_end)),
        ]
        people = [
            self.tr("ohjaaja %1").replace("%1", p.supervisor_name) if p.supervisor_name else "",
            self.tr("työhönvalmentaja %1").replace("%1", p.job_coach) if p.job_coach else "",
            self.tr("palkkatukipäätös %1").replace("%1", p.pt_decision_number)
            if p.pt_decision_number
            else "",
        ]
        text = " · ".join(parts[1:] + [x for x in people if x])
        heading = QLabel(parts[0] + "<br>" + text, self)
        heading.setObjectName("heading")
        heading.setWordWrap(True)
        heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        privacy = QLabel(
            self.tr(
                "Lomakkeelle ei kirjata terveydentilaa tai työkykyä koskevia tietoja. "
                "Kirjaa vain se, mitä ohjaus ja tuki edellyttävät."
            ),
            self,
        )
        privacy.setObjectName("privacy_note")
        privacy.setWordWrap(True)
        privacy.setStyleSheet("color: #555555;")
        self.grid.addWidget(heading, 0, 0, 1, 3)
        self.grid.addWidget(privacy, 1, 0, 1, 3)
        for column in range(3):
            self.grid.setColumnStretch(column, 1)

    def _text(self, lines: int = TEXT_LINES) -> QPlainTextEdit:
        edit = QPlainTextEdit(self)
        edit.setTabChangesFocus(True)
        edit.setMinimumHeight(self.fontMetrics().lineSpacing() * lines + 14)
        edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        return edit

    def text_group(self, title: str, row: int, column: int, row_span: int = 1) -> QFormLayout:
        """A group of free-text answers: the question above its answer, full width."""
        form = self.group(title, row, column, row_span)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        return form

    def _build_talk(self) -> None:
        form = self.group(self.tr("Keskustelu"), 2, 0)
        self.followup_type = QComboBox(self)
        for kind in FollowupType:
            self.followup_type.addItem(enum_label(kind), kind)
        self.held_on = DateField(self)
        self.participants = self.line(300)
        self.participants.setPlaceholderText(self.tr("esim. työntekijä, ohjaaja, työnantaja"))
        self.job_coach_present = QCheckBox(self.tr("Työhönvalmentaja osallistui"), self)
        self.add_field(form, "followup_type", self.tr("&Keskustelu"), self.followup_type)
        self.add_field(form, "held_on", self.tr("&Päivä"), self.held_on, self._held_on_error, True)
        self.add_field(
            form,
            "participants",
            self.tr("&Osallistujat"),
            self.participants,
            lambda: (
                None
                if self.participants.text().strip()
                else self.tr("Kirjaa keskustelun osallistujat.")
            ),
            required=True,
        )
        self.add_field(
            form, "job_coach_present", self.tr("Työhön&valmentaja"), self.job_coach_present
        )
        self.next_meeting_on = DateField(self, optional=True, today=self.ctx.today)
        self.add_field(
            form,
            "next_meeting_on",
            self.tr("Seu&raava keskustelu"),
            self.next_meeting_on,
            self._next_meeting_error,
        )
        goals = self.text_group(self.tr("Tavoitteet ja edistyminen"), 3, 0)
        self.goals, self.progress = self._text(), self._text()
        self.add_field(goals, "goals", self.tr("Tavo&itteet"), self.goals)
        self.add_field(goals, "progress", self.tr("&Edistyminen"), self.progress)

    def _build_content(self) -> None:
        form = self.text_group(self.tr("Ohjaus ja tuki"), 2, 1, row_span=2)
        self.support_given, self.training = self._text(), self._text()
        self.job_search_support, self.trial_visit = self._text(), self._text()
        self.add_field(form, "support_given", self.tr("T&uki ja perehdytys"), self.support_given)
        self.add_field(form, "training", self.tr("Koulutu&s"), self.training)
        self.add_field(
            form, "job_search_support", self.tr("Työn&haun tuki"), self.job_search_support
        )
        self.add_field(form, "trial_visit", self.tr("Tutustu&misjakso"), self.trial_visit)
        self.trial_visit.setPlaceholderText(
            self.tr("Palkallinen 2–3 päivän tutustuminen toiseen työnantajaan")
        )

    def _build_end(self) -> None:
        form = self.text_group(self.tr("Muutokset ja loppuarvio"), 2, 2)
        self.absences, self.end_assessment = self._text(), self._text()
        self.own_assessment = self._text()
        self.own_assessment.setPlaceholderText(
            self.tr("Työntekijän omin sanoin: miten työ sujuu, mitä haluaa seuraavaksi")
        )
        self.next_step = QComboBox(self)
        self.next_step.addItem(self.tr("ei vielä tiedossa"), None)
        for status in OutcomeStatus:
            self.next_step.addItem(enum_label(status), status)
        self.signed = QCheckBox(self.tr("Työnantaja ja työntekijä ovat allekirjoittaneet"), self)
        self.signed_on = DateField(self, optional=True)
        self.notes = self._text(2)
        self.add_field(form, "absences", self.tr("Poissaolot ja työaikamuutokset"), self.absences)
        self.add_field(
            form, "own_assessment", self.tr("T&yöntekijän oma arvio"), self.own_assessment
        )
        self.add_field(form, "end_assessment", self.tr("&Loppuarvio"), self.end_assessment)
        form = self.group(self.tr("Jatkopolku ja allekirjoitus"), 3, 2)
        self.add_field(form, "next_step", self.tr("&Jatkopolku"), self.next_step)
        # The next job that the employment bonus needs.
        self.new_employer = self.line(255)
        self.new_job_start = DateField(self, optional=True, today=self.ctx.today)
        self.new_contract_type = self.line(255)
        self.new_contract_type.setPlaceholderText(
            self.tr("esim. toistaiseksi voimassa oleva, kokoaikainen")
        )
        self.add_field(form, "new_employer", self.tr("Uusi työnantaja"), self.new_employer)
        self.add_field(form, "new_job_start", self.tr("Uusi työ alkaa"), self.new_job_start)
        self.add_field(form, "new_contract_type", self.tr("Työsopimus"), self.new_contract_type)
        self.add_field(form, "signed", self.tr("&Allekirjoitettu"), self.signed)
        self.add_field(form, "signed_on", self.tr("Allekirjoitusp&äivä"), self.signed_on)
        self.add_field(form, "notes", self.tr("Muistiinpa&not"), self.notes)
        self.signed.toggled.connect(self._signed_toggled)
        self.followup_type.currentIndexChanged.connect(self._type_changed)

    # ------------------------------------------------------------ behaviour

    def _held_on_error(self) -> str | None:
        day = self.held_on.value()
        if day is not None and day < self.placement.start_date:
            return self.tr("Seurantapäivä on ennen työsuhteen alkua (%1).").replace(
                "%1", format_date(self.placement.start_date)
            )
        return None

    def _next_meeting_error(self) -> str | None:
        day, held_on = self.next_meeting_on.value(), self.held_on.value()
        if day is not None and held_on is not None and day <= held_on:
            return self.tr("Seuraavan keskustelun päivän on oltava tämän keskustelun jälkeen.")
        return None

    def _signed_toggled(self) -> None:
        signed = self.signed.isChecked()
        self.signed_on.setEnabled(signed)
        if signed and self._snapshot:  # after building: say at once that the date is needed
            self.fields["signed_on"].touched = True
            self.revalidate()

    def _type_changed(self) -> None:
        final = self.chosen_type() is FollowupType.FINAL
        self.end_assessment.setPlaceholderText(
            "" if final else self.tr("Täytetään loppuarvioinnissa")
        )

    def chosen_type(self) -> FollowupType:
        return FollowupType(self.followup_type.currentData())

    def chosen_next_step(self) -> OutcomeStatus | None:
        value = self.next_step.currentData()
        return OutcomeStatus(value) if value else None

    def cross_checks(self) -> dict[str, str]:
        if self.signed.isChecked() and self.signed_on.value() is None:
            return {"signed_on": self.tr("Anna allekirjoituspäivä.")}
        return {}

    def _preset(self) -> None:
        kinds = [f.followup_type for f in self.existing]
        preset = FollowupType.INTERIM if FollowupType.START in kinds else FollowupType.START
        end = self.placement.effective_end
        if end is not None and self.ctx.today() >= end:
            preset = FollowupType.FINAL
        self.followup_type.setCurrentIndex(self.followup_type.findData(preset))
        self.held_on.set_value(max(self.ctx.today(), self.placement.start_date))
        self._type_changed()

    def load(self, row: followups.FollowupRow) -> None:
        self.followup_type.setCurrentIndex(self.followup_type.findData(row.followup_type))
        self.held_on.set_value(row.held_on)
        for name in FOLLOWUP_PERSONAL_TEXT:
            _set_text(getattr(self, name), getattr(row, name))
        self.job_coach_present.setChecked(row.job_coach_present)
        self.next_step.setCurrentIndex(max(0, self.next_step.findData(row.next_step)))
        self.signed.setChecked(row.signed)
        self.signed_on.set_value(row.signed_on)
        self.next_meeting_on.set_value(row.next_meeting_on)
        self.new_job_start.set_value(row.new_job_start)
        self._type_changed()

    def build_input(self) -> followups.FollowupInput:
        signed = self.signed.isChecked()
        return followups.FollowupInput(
            placement_id=self.placement.id,
            followup_type=self.chosen_type(),
            held_on=self.held_on.value() or self.ctx.today(),
            job_coach_present=self.job_coach_present.isChecked(),
            next_step=self.chosen_next_step(),
            signed=signed,
            signed_on=self.signed_on.value() if signed else None,
            next_meeting_on=self.next_meeting_on.value(),
            new_job_start=self.new_job_start.value(),
            **{name: _text_of(getattr(self, name)) for name in FOLLOWUP_PERSONAL_TEXT},
        )

    def submit(self, data: followups.FollowupInput) -> followups.FollowupRow:
        if self.record_id is None:
            return followups.record_followup(data)
        return followups.update_followup(self.record_id, data)


def _text_of(widget: QLineEdit | QPlainTextEdit) -> str:
    return widget.text() if isinstance(widget, QLineEdit) else widget.toPlainText()


def _set_text(widget: QLineEdit | QPlainTextEdit, text: str) -> None:
    if isinstance(widget, QLineEdit):
        widget.setText(text)
    else:
        widget.setPlainText(text)


def open_followup_form(
    ctx: UiContext,
    placement_id: int,
    followup_id: int | None = None,
    parent: QWidget | None = None,
) -> FollowupForm:
    """Kirjaa seurantalomake… (or edit `followup_id`); window-modal, deleted on close."""
    form = FollowupForm(ctx, followup_id, parent, placement_id=placement_id)
    form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    form.open()
    return form
