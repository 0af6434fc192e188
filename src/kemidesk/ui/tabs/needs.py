"""Rekrytointitarpeet, Työnhakijat and Ringit: the recruitment needs of the survey with their
status, the people seeking work, the employer rings and the ring proposals."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kemidesk.domain.errors import DomainError, FieldErrors
from kemidesk.domain.types import NeedStatus
from kemidesk.services import needs, rings, seekers
from kemidesk.ui import messages
from kemidesk.ui.context import PERSON, PLACEMENT, UiContext
from kemidesk.ui.dialogs.need_dialogs import (
    NEED,
    RING,
    SEEKER,
    MatchDialog,
    NeedForm,
    RoundForm,
    SeekerForm,
)
from kemidesk.ui.errors import error_text, field_texts
from kemidesk.ui.labels import enum_label
from kemidesk.ui.models import specs
from kemidesk.ui.models.row_model import RowTableModel
from kemidesk.ui.tabs.base import RecordTab
from kemidesk.ui.widgets.table_view import RecordTableView

NEEDS_TITLE = QT_TRANSLATE_NOOP("Tabs", "Rekrytointi&tarpeet")
SEEKERS_TITLE = QT_TRANSLATE_NOOP("Tabs", "Työn&hakijat")
RINGS_TITLE = QT_TRANSLATE_NOOP("Tabs", "R&ingit")


def _buttons(tab: QWidget, *specs_: tuple[str, str, Any]) -> QHBoxLayout:
    bar = QHBoxLayout()
    for name, text, slot in specs_:
        button = QPushButton(text, tab)
        button.setObjectName(name)
        button.clicked.connect(slot)
        setattr(tab, name, button)
        bar.addWidget(button)
    bar.addStretch(1)
    return bar


def _with_buttons(tab: QWidget, body: QWidget, bar: QHBoxLayout) -> QWidget:
    holder = QWidget(tab)
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(body, 1)
    layout.addLayout(bar)
    return holder


class NeedsTab(RecordTab):
    """The needs with their status; open one to edit, rank the seekers for it, mark it
    filled or cancelled, print the survey form."""

    help_page = "rekrytointi.html#tarpeet"  # F1: its page in the user guide
    key = "needs"
    title = NEEDS_TITLE
    kind = NEED
    columns = specs.NEEDS
    depends_on = frozenset({PLACEMENT, RING})

    def add_filters(self, bar: QHBoxLayout) -> None:
        self.status_filter = QComboBox(self)
        self.status_filter.setObjectName("status_filter")
        self.status_filter.setToolTip(self.tr("Tila"))
        self.status_filter.addItem(self.tr("Avoimet ja yhdistetyt"), "live")
        self.status_filter.addItem(self.tr("Kaikki tilat"), None)
        for member in NeedStatus:
            self.status_filter.addItem(enum_label(member), member)
        self.status_filter.currentIndexChanged.connect(self._status_changed)
        bar.addWidget(self.status_filter)
        self._status_changed()

    def _status_changed(self) -> None:
        chosen = self.status_filter.currentData()
        if chosen == "live":
            live = (NeedStatus.OPEN, NeedStatus.MATCHED)
            self.proxy.set_predicate("status", lambda row: row.status in live)
        else:
            self.proxy.set_predicate(
                "status", None if chosen is None else (lambda row: row.status == chosen)
            )

    def build_body(self) -> QWidget:
        status = self._status
        bar = _buttons(
            self,
            ("match_button", self.tr("Sopivat &työnhakijat…"), self.show_matches),
            ("filled_button", self.tr("Merkitse täytetyksi"), lambda: status(NeedStatus.FILLED)),
            ("cancel_button", self.tr("Peru tarve"), lambda: status(NeedStatus.CANCELLED)),
            ("reopen_button", self.tr("Avaa uudelleen"), lambda: status(NeedStatus.OPEN)),
            ("survey_button", self.tr("Tulosta kartoituslomake…"), self.print_survey),
            ("round_button", self.tr("Uusi kartoitus&kierros…"), self.new_round),
        )  # fmt: skip
        return _with_buttons(self, self.view, bar)

    def load(self) -> None:
        self.loader.load_all(needs.list_needs)

    def fetch_one(self, record_id: int) -> Any:
        return needs.get_need(record_id)

    def can_create(self) -> bool:
        return True

    def can_archive(self) -> bool:
        return False

    def new_record(self) -> QWidget | None:
        form = NeedForm(self.ctx, None, self)
        form.open()
        return form

    def edit_current(self) -> QWidget | None:
        record_id = self.current_id()
        if record_id is None:
            return None
        form = NeedForm(self.ctx, record_id, self)
        form.open()
        return form

    def open_current(self) -> QWidget | None:
        return self.edit_current()

    def show_matches(self) -> MatchDialog | None:
        record_id = self.current_id()
        if record_id is None:
            return None
        dialog = MatchDialog(self.ctx, need_id=record_id, parent=self)
        dialog.open()
        return dialog

    def _status(self, status: NeedStatus) -> None:
        record_id = self.current_id()
        if record_id is not None and self.run_guarded(needs.set_need_status, record_id, status):
            self.ctx.notify(NEED, record_id)

    def new_round(self) -> QWidget:
        """Start the year's survey: the round the need form then files the answers under."""
        form = RoundForm(self.ctx, None, self)
        form.open()
        return form

    def print_survey(self) -> None:
        """The survey form of the chosen need's association (pre-filled), or a blank one."""
        from kemidesk.services.survey_documents import survey_pdf

        row = self.current_row()
        name = "kartoitus.pdf" if row is None else f"kartoitus-{row.association_id}.pdf"
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Tallenna kartoituslomake"), name, "PDF (*.pdf)"
        )
        if not path:
            return
        pdf = self.run_guarded(survey_pdf, None if row is None else row.association_id)
        if pdf is not None:
            with open(path, "wb") as handle:
                handle.write(pdf)


class SeekersTab(RecordTab):
    """The people seeking work (no restrictions in the list); the needs that suit one."""

    help_page = "rekrytointi.html#tyonhakijat"  # F1: its page in the user guide
    key = "seekers"
    title = SEEKERS_TITLE
    kind = SEEKER
    columns = specs.SEEKERS
    depends_on = frozenset({PERSON, PLACEMENT})

    def build_body(self) -> QWidget:
        bar = _buttons(self, ("match_button", self.tr("Sopivat &työt…"), self.show_matches))
        return _with_buttons(self, self.view, bar)

    def load(self) -> None:
        today = self.ctx.today()
        self.loader.load_all(lambda: _keyed(seekers.list_seekers(today=today)))

    def fetch_one(self, record_id: int) -> Any:
        return _keyed([seekers.get_seeker(record_id, self.ctx.today())])[0]

    def can_create(self) -> bool:
        return True

    def can_archive(self) -> bool:
        return False

    def new_record(self) -> QWidget | None:
        form = SeekerForm(self.ctx, None, self)
        form.open()
        return form

    def edit_current(self) -> QWidget | None:
        record_id = self.current_id()
        if record_id is None:
            return None
        form = SeekerForm(self.ctx, record_id, self)
        form.open()
        return form

    def open_current(self) -> QWidget | None:
        return self.edit_current()

    def show_matches(self) -> MatchDialog | None:
        record_id = self.current_id()
        if record_id is None:
            return None
        dialog = MatchDialog(self.ctx, person_id=record_id, parent=self)
        dialog.open()
        return dialog


class _SeekerKey:
    """A seeker row keyed by the person (the list's id is the person's id) and without
    the restrictions."""

    def __init__(self, row: seekers.SeekerRow) -> None:
        self._row = row
        self.id = row.person_id

    def __getattr__(self, name: str) -> Any:
        if name == "restrictions":
            return None
        return getattr(self._row, name)


def _keyed(rows: list[seekers.SeekerRow]) -> list[_SeekerKey]:
    return [_SeekerKey(r) for r in rows]


class RingsTab(RecordTab):
    """The employer rings with their weekly schedule, and the proposed rings of small needs
    to accept (with a name and the lead employer, members' hours editable) or reject."""

    help_page = "rekrytointi.html#ringit"  # F1: its page in the user guide
    key = "rings"
    title = RINGS_TITLE
    kind = RING
    columns = specs.RINGS
    depends_on = frozenset({NEED})

    def build_body(self) -> QWidget:
        self.schedule = QLabel(self)
        self.schedule.setObjectName("schedule")
        self.schedule.setWordWrap(True)
        self.schedule.setTextFormat(Qt.TextFormat.PlainText)
        self.schedule.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._show_schedule())
        self.proposals = RowTableModel(specs.PROPOSALS, self)
        self.proposal_view = RecordTableView(self)
        self.proposal_view.setObjectName("proposals")
        self.proposal_view.setModel(self.proposals)
        self.proposal_view.apply_default_widths(self.proposals)
        self.proposal_view.open_requested.connect(lambda _row: self.accept_proposal())
        top = QSplitter(Qt.Orientation.Horizontal, self)
        top.addWidget(self.view)
        top.addWidget(self.schedule)
        self.schedule.setMinimumWidth(360)
        top.setStretchFactor(0, 3)
        top.setStretchFactor(1, 2)
        top.setSizes([820, 480])
        lower = QWidget(self)
        box = QVBoxLayout(lower)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(QLabel(self.tr("Ehdotetut ringit (alle 18 h/vko tarpeista):"), lower))
        box.addWidget(self.proposal_view, 1)
        box.addLayout(
            _buttons(
                lower,
                ("accept_button", self.tr("&Hyväksy rinkinä…"), self.accept_proposal),
                ("reject_button", self.tr("H&ylkää ehdotus"), self.reject_proposal),
            )
        )
        self.accept_button, self.reject_button = lower.accept_button, lower.reject_button
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(top)
        split.addWidget(lower)
        split.setSizes([380, 240])
        return split

    def load(self) -> None:
        self.loader.load_all(lambda: rings.list_rings(include_archived=self.ctx.show_archived))
        self.proposals.set_rows(
            [_Keyed(i, p) for i, p in enumerate(rings.list_proposals(self.ctx.today()), 1)]
        )

    def fetch_one(self, record_id: int) -> Any:
        return rings.get_ring(record_id)

    def set_archived(self, record_id: int, archived: bool) -> Any:
        return rings.set_ring_archived(record_id, archived)

    def can_create(self) -> bool:
        return True

    def new_record(self) -> QWidget | None:
        dialog = RingDialog(self.ctx, None, self)
        dialog.accepted.connect(lambda: self._saved(dialog))
        dialog.open()
        return dialog

    def edit_current(self) -> QWidget | None:
        row = self.current_row()
        if row is None:
            return None
        dialog = RingDialog(self.ctx, row, self)
        dialog.accepted.connect(lambda: self._saved(dialog))
        dialog.open()
        return dialog

    def _saved(self, dialog: RingDialog) -> None:
        if dialog.ring is not None:
            self.ctx.notify(RING, dialog.ring.id)
            self.select_id(dialog.ring.id)
            self._show_schedule()

    def open_current(self) -> QWidget | None:
        self._show_schedule()
        return None

    def _show_schedule(self) -> None:
        row = self.current_row()
        if row is None:
            self.schedule.setText("")
            return
        lines = [
            self.tr("%1 – päätyönantaja %2 (hakee tuet, Kemi-lisä maksetaan sille)")
            .replace("%1", row.name)
            .replace("%2", row.lead_name),
            "",
            self.tr("Jäsenet:"),
        ]
        for m in row.members:
            lines.append(
                f"• {m.association_name}: {_h(m.hours_per_week)} h/vko, {m.tasks or '–'}"
                + (f"; {self.tr('ohjaaja')} {m.supervisor_name}" if m.supervisor_name else "")
            )
        lines += ["", self.tr("Viikko-ohjelma:")]
        for day in rings.weekly_schedule(row):
            parts = ", ".join(f"{n} {_h(h)} h" for n, h in day.parts)
            lines.append(f"{day.weekday}: {parts}")
        lines.append(self.tr("Yhteensä %1 h/vko").replace("%1", _h(row.total_hours)))
        self.schedule.setText("\n".join(lines))

    def current_proposal(self) -> rings.ProposalRow | None:
        index = self.proposal_view.currentIndex()
        return self.proposals.row_at(index.row()).proposal if index.isValid() else None

    def accept_proposal(self) -> Any:
        proposal = self.current_proposal()
        if proposal is None:
            return None
        dialog = AcceptProposalDialog(self.ctx, proposal, self)
        dialog.accepted.connect(lambda: self._accepted(dialog, proposal))
        dialog.open()
        return dialog

    def _accepted(self, dialog: AcceptProposalDialog, proposal: rings.ProposalRow) -> None:
        if dialog.ring is None:
            return
        for need_id in proposal.need_ids:
            self.ctx.notify(NEED, need_id)
        self.refresh()
        self.select_id(dialog.ring.id)

    def reject_proposal(self) -> None:
        proposal = self.current_proposal()
        if proposal is None or not messages.ask(
            self,
            self.tr("Hylkää ehdotus"),
            self.tr("Hylätäänkö ehdotettu rinki %1? Samaa ehdotusta ei tehdä uudelleen.").replace(
                "%1", proposal.summary
            ),
        ):
            return
        self.run_guarded(rings.reject_proposal, proposal.need_ids, self.ctx.today())
        self.refresh()


def _h(value: Any) -> str:
    return format(value.normalize(), "f").replace(".", ",")


class _Keyed:
    """A proposal row for the table model (which keys rows by `id`)."""

    def __init__(self, number: int, proposal: rings.ProposalRow) -> None:
        self.id = number
        self.proposal = proposal

    def __getattr__(self, name: str) -> Any:
        return getattr(self.proposal, name)


class AcceptProposalDialog(QDialog):
    """Accept a proposed ring: its name, the lead employer and each member's hours (the
    officer may edit them; the ring is checked again)."""

    help_page = "rekrytointi.html#ehdotukset"  # F1: its page in the user guide

    def __init__(self, ctx: UiContext, proposal: rings.ProposalRow, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx, self.proposal, self.ring = ctx, proposal, None
        self.setWindowTitle(self.tr("Hyväksy ehdotettu rinki"))
        form = QFormLayout()
        self.name = QLineEdit(self)
        self.name.setObjectName("name")
        self.name.setText(self.tr("%1n rinki").replace("%1", proposal.area or "Kemi"))
        form.addRow(self.tr("&Nimi"), self.name)
        self.lead = QComboBox(self)
        self.lead.setObjectName("lead")
        members = rings._ring_needs(proposal.need_ids)
        for need, name in members:
            if self.lead.findData(need.association_id) < 0:
                self.lead.addItem(name, need.association_id)
        self.lead.setCurrentIndex(max(0, self.lead.findData(proposal.lead_association_id)))
        form.addRow(self.tr("&Päätyönantaja"), self.lead)
        self.coordinator = QLineEdit(self)
        form.addRow(self.tr("&Koordinaattori"), self.coordinator)
        self.hours: dict[int, QLineEdit] = {}
        self.included: dict[int, QCheckBox] = {}
        for need, name in members:
            edit = QLineEdit(_h(need.facts.hours_per_week), self)
            edit.setObjectName(f"hours_{need.id}")
            self.hours[need.id] = edit
            tasks = " ".join(need.facts.tasks.split())
            box = QCheckBox(f"{name} – {tasks} (h/vko)", self)
            box.setObjectName(f"include_{need.id}")
            box.setChecked(True)
            box.toggled.connect(edit.setEnabled)
            self.included[need.id] = box
            form.addRow(box, edit)
        self.error = QLabel(self)
        self.error.setObjectName("error")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        buttons = QHBoxLayout()
        ok = QPushButton(self.tr("&Hyväksy"), self)
        ok.setObjectName("ok")
        ok.setDefault(True)
        ok.clicked.connect(self.save)
        cancel = QPushButton(self.tr("Peruuta"), self)
        cancel.clicked.connect(self.reject)
        buttons.addStretch(1)
        buttons.addWidget(ok)
        buttons.addWidget(cancel)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(buttons)

    def save(self) -> bool:
        try:
            chosen = [i for i in self.proposal.need_ids if self.included[i].isChecked()]
            self.ring = rings.accept_proposal(
                chosen,
                self.name.text(),
                self.lead.currentData(),
                coordinator=self.coordinator.text(),
                hours={i: self.hours[i].text() for i in chosen},
                today=self.ctx.today(),
            )
        except FieldErrors as exc:
            self.error.setText(" ".join(field_texts(exc).values()))
            return False
        except DomainError as exc:
            self.error.setText(error_text(exc))
            return False
        self.accept()
        return True


MEMBER_ROWS = 4


class RingDialog(QDialog):
    """A ring made or edited by hand: name, lead employer, coordinator and up to four members
    (association, hours, tasks, supervisor, weekdays such as "ma ti")."""

    help_page = "rekrytointi.html#ringit"  # F1: its page in the user guide

    def __init__(self, ctx: UiContext, row: rings.RingRow | None, parent: QWidget) -> None:
        from kemidesk.services.associations import list_associations
        from kemidesk.ui.dialogs.placement_form import combo_id, searchable_combo

        super().__init__(parent)
        self.ctx, self.row, self.ring = ctx, row, None
        self._combo_id = combo_id
        self.setWindowTitle(self.tr("Työnantajarinki"))
        items = [(a.name, a.id) for a in list_associations()]
        form = QFormLayout()
        self.name = QLineEdit(self)
        self.name.setObjectName("name")
        form.addRow(self.tr("&Nimi"), self.name)
        self.lead = searchable_combo(self, items)
        self.lead.setObjectName("lead")
        form.addRow(self.tr("&Päätyönantaja"), self.lead)
        self.coordinator = QLineEdit(self)
        form.addRow(self.tr("&Koordinaattori"), self.coordinator)
        grid = QGridLayout()
        for c, title in enumerate(
            (self.tr("Jäsenyhdistys"), self.tr("h/vko"), self.tr("Tehtävät"), self.tr("Ohjaaja"),
             self.tr("Viikonpäivät"))
        ):  # fmt: skip
            grid.addWidget(QLabel(title, self), 0, c)
        self.members: list[tuple[QComboBox, QLineEdit, QLineEdit, QLineEdit, QLineEdit]] = []
        for r in range(MEMBER_ROWS):
            widgets = (searchable_combo(self, items), QLineEdit(self), QLineEdit(self),
                       QLineEdit(self), QLineEdit(self))  # fmt: skip
            widgets[4].setPlaceholderText("ma ti ke")
            for c, widget in enumerate(widgets):
                widget.setObjectName(f"member_{r}_{c}")
                grid.addWidget(widget, r + 1, c)
            self.members.append(widgets)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(2, 3)
        grid.setColumnStretch(3, 2)
        if row is not None:
            self._load(row)
        self.error = QLabel(self)
        self.error.setObjectName("error")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        buttons = QHBoxLayout()
        ok = QPushButton(self.tr("&Tallenna"), self)
        ok.setObjectName("ok")
        ok.setDefault(True)
        ok.clicked.connect(self.save)
        cancel = QPushButton(self.tr("Peruuta"), self)
        cancel.clicked.connect(self.reject)
        buttons.addStretch(1)
        buttons.addWidget(ok)
        buttons.addWidget(cancel)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(grid)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.resize(1000, 360)

    def _load(self, row: rings.RingRow) -> None:
        self.name.setText(row.name)
        self.lead.setCurrentIndex(max(0, self.lead.findData(row.lead_id)))
        self.coordinator.setText(row.coordinator)
        for m, widgets in zip(row.members, self.members, strict=False):
            combo, hours, tasks, supervisor, days = widgets
            combo.setCurrentIndex(max(0, combo.findData(m.association_id)))
            hours.setText(_h(m.hours_per_week))
            tasks.setText(m.tasks)
            supervisor.setText(m.supervisor_name)
            days.setText(m.weekdays)

    def build_input(self) -> rings.RingInput:
        members = [
            rings.MemberInput(
                self._combo_id(combo), hours.text(), tasks.text(), supervisor.text(), days.text()
            )
            for combo, hours, tasks, supervisor, days in self.members
            if combo.currentText().strip() or hours.text().strip()
        ]
        return rings.RingInput(
            name=self.name.text(),
            lead_id=self._combo_id(self.lead),
            members=members,
            coordinator=self.coordinator.text(),
            notes=self.row.notes if self.row is not None else "",
        )

    def save(self) -> bool:
        try:
            data = self.build_input()
            if self.row is None:
                self.ring = rings.create_ring(data)
            else:
                self.ring = rings.update_ring(self.row.id, data)
        except FieldErrors as exc:
            self.error.setText(" ".join(dict.fromkeys(field_texts(exc).values())))
            return False
        except DomainError as exc:
            self.error.setText(error_text(exc))
            return False
        self.accept()
        return True
