"""The placement form: the employment and its palkkatuki decision."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QPlainTextEdit, QWidget

from kemidesk.domain import validation as v
from kemidesk.domain.money import parse_money
from kemidesk.services import associations, people, placements
from kemidesk.services.settings import rules_for
from kemidesk.ui.context import PLACEMENT, UiContext
from kemidesk.ui.dialogs.form import FormDialog
from kemidesk.ui.errors import check_text
from kemidesk.ui.widgets.date_edit import DateField
from kemidesk.ui.widgets.fields import HoursEdit, MoneyEdit


def _optional_money(text: str) -> Any:
    return parse_money(text) if text.strip() else None


def searchable_combo(parent: QWidget, items: list[tuple[str, int]]) -> QComboBox:
    """A combo box of (text, id) that filters as the user types any part of the name."""
    combo = QComboBox(parent)
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.addItem("", None)
    for text, item_id in items:
        combo.addItem(text, item_id)
    completer = combo.completer()
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    return combo


def combo_id(combo: QComboBox) -> int | None:
    """The id of the chosen item, only when the text matches it (not half-typed text)."""
    index = combo.findText(combo.currentText(), Qt.MatchFlag.MatchExactly)
    return combo.itemData(index) if index > 0 else None


class PlacementForm(FormDialog):
    help_page = "avustuspolku.html#tyosuhde"  # F1: its page in the user guide
    kind = PLACEMENT
    new_title = QT_TRANSLATE_NOOP("Forms", "Uusi työsuhde")
    edit_title = QT_TRANSLATE_NOOP("Forms", "Muokkaa työsuhdetta")

    def __init__(
        self,
        ctx: UiContext,
        record_id: int | None = None,
        parent: QWidget | None = None,
        person_id: int | None = None,
        association_id: int | None = None,
    ) -> None:
        super().__init__(ctx, record_id, parent)
        self.allowed_percents = rules_for(ctx.today()).palkkatuki_percents
        row = placements.get_placement(record_id) if record_id is not None else None
        self._build_parties(row)
        self._build_employment()
        self._build_palkkatuki()
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.fontMetrics().height() * 3 + 12)
        notes_form = self.group(self.tr("Lisätiedot"), 2, 0, column_span=2)
        self.add_field(notes_form, "notes", self.tr("M&uistiinpanot"), self.notes)
        if row is not None:
            self.load(row)
        else:
            self._preset(person_id, association_id)
        self._follow_placement_dates()
        self.resize(1000, 660)
        self.finish_building()
        self.person.setFocus()

    # ------------------------------------------------------------ palkkatuki dates

    def _follow_placement_dates(self) -> None:
        """The palkkatuki period defaults to the employment's: once a percent is chosen, an
        empty "Tuki alkaa/päättyy" takes the start and end, and keeps following them until
        the officer types another date there."""
        self._pt_pairs = ((self.pt_start, self.start_date), (self.pt_end, self.end_date))
        self._pt_copied: dict[str, date | None] = {}
        for pt, source in self._pt_pairs:
            if pt.value() is not None and pt.value() == source.value():
                self._pt_copied[pt.objectName()] = pt.value()
        for widget in (self.start_date, self.end_date):
            widget.value_changed.connect(self._pt_defaults)
        self.pt_percent.currentIndexChanged.connect(self._pt_defaults)

    def _pt_defaults(self) -> None:
        if self.pt_percent.currentData() is None:
            return
        for pt, source in self._pt_pairs:
            key = pt.objectName()
            following = key in self._pt_copied and pt.value() == self._pt_copied[key]
            if not (pt.text().strip() == "" or following):
                continue  # typed by hand: left alone
            wanted = source.value()
            if wanted is None and source.error() is not None:
                continue  # the employment date is being typed or wrong: wait
            if wanted != pt.value():
                pt.set_value(wanted)
            self._pt_copied[key] = wanted

    def _build_parties(self, row: placements.PlacementRow | None) -> None:
        form = self.group(self.tr("Osapuolet"), 0, 0)
        people_rows = people.list_people(include_archived=False)
        person_items = [
            (p.full_name + (f" ({p.hetu_masked})" if p.hetu_masked else ""), p.id)
            for p in people_rows
        ]
        if row is not None and row.person_id not in {p.id for p in people_rows}:
            person_items.append((row.person_name, row.person_id))
        assoc_rows = associations.list_associations(include_archived=False)
        assoc_items = [(a.name, a.id) for a in assoc_rows]
        if row is not None and row.association_id not in {a.id for a in assoc_rows}:
            assoc_items.append((row.association_name, row.association_id))
        self.person = searchable_combo(self, person_items)
        self.association = searchable_combo(self, assoc_items)
        self.add_field(
            form,
            "person_id",
            self.tr("T&yöllistetty"),
            self.person,
            lambda: None if combo_id(self.person) else self.tr("Valitse työllistettävä."),
            required=True,
        )
        self.add_field(
            form,
            "association_id",
            self.tr("Ty&önantaja"),
            self.association,
            lambda: None if combo_id(self.association) else self.tr("Valitse työnantaja."),
            required=True,
        )
        self._build_ring(form)

    def _build_ring(self, form: Any) -> None:
        """An employer ring's placement: the employer is the ring's lead (issue 16)."""
        from kemidesk.services.rings import list_rings

        self.ring_choice = QComboBox(self)
        self.ring_choice.addItem(self.tr("(ei työnantajarinkiä)"), None)
        self._ring_leads: dict[int, int | None] = {}
        for r in list_rings():
            self.ring_choice.addItem(f"{r.name} ({r.lead_name})", r.id)
            self._ring_leads[r.id] = r.lead_id
        self.add_field(form, "ring_id", self.tr("Työnantajarinki"), self.ring_choice)
        self.ring_choice.currentIndexChanged.connect(self._ring_chosen)

    def _ring_chosen(self) -> None:
        lead = self._ring_leads.get(self.ring_choice.currentData())
        if lead is not None:
            self.association.setCurrentIndex(max(0, self.association.findData(lead)))

    def _build_employment(self) -> None:
        form = self.group(self.tr("Työsuhde"), 1, 0)
        self.job_title, self.supervisor = self.line(), self.line()
        self.job_coach = QComboBox(self)  # the active job coaches (services.coaches)
        self.start_date, self.end_date = DateField(self), DateField(self, optional=True)
        self.start_date.set_value(self.ctx.today())
        self.hours, self.wage, self.wage_costs = HoursEdit(self), MoneyEdit(self), MoneyEdit(self)
        self._text(
            form,
            "job_title",
            self.tr("Te&htävänimike"),
            self.job_title,
            lambda t: v.validate_required(t, self.tr("Tehtävänimike")),
            required=True,
        )
        self.add_field(form, "start_date", self.tr("&Alkaa"), self.start_date, required=True)
        self.add_field(form, "end_date", self.tr("&Päättyy"), self.end_date)
        self._text(
            form,
            "hours_per_week",
            self.tr("&Viikkotyöaika (h)"),
            self.hours,
            v.validate_hours,
            required=True,
        )
        self._text(
            form,
            "monthly_wage",
            self.tr("&Bruttopalkka/kk"),
            self.wage,
            v.validate_money,
            required=True,
        )
        self._text(
            form, "wage_costs", self.tr("Palkka&kustannukset/kk"), self.wage_costs, _optional_money
        )
        self.add_field(form, "supervisor_name", self.tr("&Ohjaaja"), self.supervisor)
        self._fill_coaches(None)
        self.add_field(form, "coach_id", self.tr("Työhönvalmenta&ja"), self.job_coach)

    def _fill_coaches(self, keep_id: int | None) -> None:
        """No coach, then the active coaches (and the placement's own even when inactive)."""
        from kemidesk.services.coaches import coach_choices

        self.job_coach.blockSignals(True)
        self.job_coach.clear()
        self.job_coach.addItem(self.tr("(ei työhönvalmentajaa)"), None)
        for name, coach_id in coach_choices(keep_id):
            self.job_coach.addItem(name, coach_id)
        self.job_coach.setCurrentIndex(max(0, self.job_coach.findData(keep_id)))
        self.job_coach.blockSignals(False)

    def _build_palkkatuki(self) -> None:
        form = self.group(self.tr("Palkkatuki"), 0, 1, row_span=2)
        self.pt_authority, self.pt_number = self.line(), self.line(40)
        self.pt_authority.setText(placements.DEFAULT_PT_AUTHORITY)
        self.pt_date, self.pt_start, self.pt_end = (
            DateField(self, optional=True) for _ in range(3)
        )
        self.pt_percent = QComboBox(self)
        self.pt_percent.addItem(self.tr("ei palkkatukea"), None)
        for percent in self.allowed_percents:
            self.pt_percent.addItem(f"{percent} %", percent)
        self.pt_monthly = MoneyEdit(self)
        self.add_field(form, "pt_authority", self.tr("&Myöntäjä"), self.pt_authority)
        self.add_field(form, "pt_decision_number", self.tr("Päätöksen &numero"), self.pt_number)
        self.add_field(form, "pt_decision_date", self.tr("Päätöksen pä&ivä"), self.pt_date)
        self.add_field(form, "pt_percent", self.tr("Tukip&rosentti"), self.pt_percent)
        self.add_field(form, "pt_start", self.tr("Tuki a&lkaa"), self.pt_start)
        self.add_field(form, "pt_end", self.tr("Tuki p&äättyy"), self.pt_end)
        self._text(
            form, "pt_monthly", self.tr("Tuki &euroina/kk"), self.pt_monthly, _optional_money
        )

    def _text(
        self, form: Any, name: str, label: str, edit: Any, validator: Any, required: bool = False
    ) -> None:
        self.add_field(
            form, name, label, edit, lambda: check_text(validator, edit.text()), required
        )

    def cross_checks(self) -> dict[str, str]:
        found: dict[str, str] = {}
        end_error = check_text(
            lambda _t: v.validate_date_order(self.start_date.value(), self.end_date.value()), ""
        )
        if end_error:
            found["end_date"] = end_error
        pt_error = check_text(
            lambda _t: v.validate_date_order(
                self.pt_start.value(),
                self.pt_end.value(),
                start_label=self.tr("Palkkatuen alkupäivä"),
                end_label=self.tr("Palkkatuen loppupäivä"),
            ),
            "",
        )
        if pt_error:
            found["pt_end"] = pt_error
        return found

    def _preset(self, person_id: int | None, association_id: int | None) -> None:
        for combo, wanted in ((self.person, person_id), (self.association, association_id)):
            if wanted is not None:
                combo.setCurrentIndex(max(0, combo.findData(wanted)))

    def load(self, row: placements.PlacementRow) -> None:
        self._preset(row.person_id, row.association_id)
        self.job_title.setText(row.job_title)
        self.start_date.set_value(row.start_date)
        self.end_date.set_value(row.end_date)
        self.hours.setText(str(row.hours_per_week).replace(".", ","))
        self.wage.set_cents(row.monthly_wage_cents)
        self.wage_costs.set_cents(row.wage_costs_cents)
        self.supervisor.setText(row.supervisor_name)
        self._fill_coaches(row.coach_id)
        self.pt_authority.setText(row.pt_authority)
        self.pt_number.setText(row.pt_decision_number)
        self.pt_date.set_value(row.pt_decision_date)
        self.pt_percent.setCurrentIndex(max(0, self.pt_percent.findData(row.pt_percent)))
        self.pt_start.set_value(row.pt_start)
        self.pt_end.set_value(row.pt_end)
        self.pt_monthly.set_cents(row.pt_monthly_cents)
        self.notes.setPlainText(row.notes)
        self.ring_choice.setCurrentIndex(max(0, self.ring_choice.findData(row.ring_id)))

    def build_input(self) -> placements.PlacementInput:
        return placements.PlacementInput(
            person_id=combo_id(self.person) or 0,
            association_id=combo_id(self.association) or 0,
            job_title=self.job_title.text(),
            start_date=self.start_date.value(),
            end_date=self.end_date.value(),
            hours_per_week=self.hours.text(),
            monthly_wage=self.wage.text(),
            wage_costs=self.wage_costs.text(),
            ring_id=self.ring_choice.currentData(),
            supervisor_name=self.supervisor.text(),
            coach_id=self.job_coach.currentData(),
            pt_authority=self.pt_authority.text(),
            pt_decision_number=self.pt_number.text(),
            pt_decision_date=self.pt_date.value(),
            pt_percent=self.pt_percent.currentData(),
            pt_start=self.pt_start.value(),
            pt_end=self.pt_end.value(),
            pt_monthly=self.pt_monthly.text(),
            notes=self.notes.toPlainText(),
        )

    def submit(self, data: placements.PlacementInput) -> placements.PlacementRow:
        if self.record_id is None:
            return placements.create_placement(data, self.allowed_percents)
        return placements.update_placement(self.record_id, data, self.allowed_percents)
