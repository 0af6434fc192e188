"""Detail views of associations, people, placements and decisions (what belongs to each)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QPlainTextEdit, QPushButton, QWidget

from kemidesk.domain.dates import format_date
from kemidesk.domain.money import format_money
from kemidesk.domain.types import DecisionStatus, EmployerType
from kemidesk.domain.validation import format_iban
from kemidesk.services import (
    associations,
    de_minimis,
    followups,
    grants,
    payments,
    people,
    placements,
    trainings,
    transfers,
)
from kemidesk.ui.context import (
    ASSOCIATION,
    DECISION,
    FOLLOWUP,
    OUTCOME,
    PAYMENT,
    PERSON,
    PLACEMENT,
)
from kemidesk.ui.dialogs.detail import DetailDialog, Pair, yes_no
from kemidesk.ui.dialogs.followup_form import open_followup_form
from kemidesk.ui.dialogs.grant_actions import (
    DECISION_ACTIONS,
    PLACEMENT_ACTIONS,
    PLACEMENT_BONUS,
    DetailActions,
)
from kemidesk.ui.dialogs.grant_parts import next_steps_text
from kemidesk.ui.labels import enum_label
from kemidesk.ui.models import specs


def period(start: Any, end: Any) -> str:
    return f"{format_date(start)}–{format_date(end)}" if start else ""


def money(cents: int | None) -> str:
    return "" if cents is None else format_money(cents)


def _undertaking(row: associations.AssociationRow) -> bool:
    """A company, or an association with business activity: de minimis applies."""
    return row.employer_type is EmployerType.COMPANY or row.business_activity


class AssociationDetail(DetailDialog):
    help_page = "avustuspolku.html#yhdistys"  # F1: its page in the user guide
    kind = ASSOCIATION
    title = QT_TRANSLATE_NOOP("Details", "Yhdistys")
    editable = True

    def build_related(self) -> None:
        self.add_button(
            self.tr("Uusi &työsuhde…"),
            lambda: self.ctx.opener.new(PLACEMENT, parent=self, association_id=self.record_id),
        )
        self.add_related(
            "placements",
            self.tr("Työsuhteet"),
            specs.PLACEMENTS_OF_ASSOCIATION,
            lambda r: self.open_record(PLACEMENT, r.id),
        )
        self.add_related(
            "decisions",
            self.tr("Päätökset"),
            specs.DECISIONS_OF_ASSOCIATION,
            lambda r: self.open_record(DECISION, r.id),
        )
        self.add_related(
            "de_minimis",
            self.tr("Muu de minimis -tuki"),
            specs.DE_MINIMIS_AID,
            self.edit_aid,
        )
        self.add_aid_button = self.add_button(self.tr("Lisää &de minimis -tuki…"), self.add_aid)
        self.add_aid_button.setObjectName("add_de_minimis")
        self.add_related("trainings", self.tr("Valmennukset"), specs.TRAININGS_ATTENDED, None)
        self.add_related(
            "supervision",
            self.tr("Työnohjaus"),
            specs.SUPERVISION_OF_ASSOCIATION,
            self.edit_supervision,
        )

    def edit_supervision(self, row: Any) -> QWidget:
        from kemidesk.ui.dialogs.training_dialogs import SupervisionDialog

        dialog = SupervisionDialog(self.ctx, row, parent=self)
        dialog.finished.connect(lambda _r: self.reload())
        dialog.open()
        return dialog

    def add_aid(self) -> QWidget:
        from kemidesk.ui.dialogs.de_minimis_dialog import DeMinimisDialog

        dialog = DeMinimisDialog(self.ctx, self.record_id, parent=self)
        dialog.open()
        return dialog

    def edit_aid(self, row: Any) -> QWidget:
        from kemidesk.ui.dialogs.de_minimis_dialog import DeMinimisDialog

        dialog = DeMinimisDialog(self.ctx, self.record_id, row, parent=self)
        dialog.open()
        return dialog

    def fetch(self) -> associations.AssociationRow:
        return associations.get_association(self.record_id)

    def heading(self, row: associations.AssociationRow) -> str:
        return row.name + (self.tr(" (arkistoitu)") if row.archived else "")

    def describe(self, row: associations.AssociationRow) -> list[Pair]:
        return [
            (self.tr("Tyyppi"), enum_label(row.employer_type)),
            (self.tr("Y-tunnus"), row.business_id),
            (self.tr("Rekisterinumero"), row.association_number),
            (self.tr("Elinkeinotoimintaa"), yes_no(row.business_activity)),
            (self.tr("Osoite"), f"{row.street}, {row.postcode} {row.city}".strip(", ")),
            (self.tr("IBAN"), format_iban(row.iban) if row.iban else ""),
            (self.tr("BIC"), row.bic),
            (self.tr("Yhteyshenkilö"), row.contact_name),
            (self.tr("Puhelin"), row.contact_phone),
            (self.tr("Sähköposti"), row.contact_email),
            (self.tr("Ohjaaja"), row.supervisor_name),
            (self.tr("Ohjausosaaminen"), yes_no(row.supervision_competence)),
            (self.tr("Muistiinpanot"), row.notes),
            *self._de_minimis_pairs(row),
        ]

    def _de_minimis_pairs(self, row: associations.AssociationRow) -> list[Pair]:
        if not _undertaking(row):
            return []
        status = de_minimis.de_minimis_status(row.id, self.ctx.today())
        text = self.tr("%1 / enintään %2 (%3–%4)")
        for key, value in (
            ("%1", format_money(status.received_cents)),
            ("%2", format_money(status.cap_cents)),
            ("%3", format_date(status.since)),
            ("%4", format_date(status.on)),
        ):
            text = text.replace(key, value)
        return [(self.tr("De minimis -tuet 3 v"), text)]

    def fill_related(self, row: associations.AssociationRow) -> None:
        self.set_related(
            "placements",
            placements.list_placements(
                include_archived=True, association_id=row.id, today=self.ctx.today()
            ),
        )
        self.set_related(
            "decisions", grants.list_decisions(include_archived=True, association_id=row.id)
        )
        self.set_related("de_minimis", de_minimis.list_aid(row.id))
        self.set_related("trainings", trainings.attended_by_association(row.id))
        self.set_related("supervision", trainings.list_supervision(row.id))
        undertaking = _undertaking(row)
        self.add_aid_button.setEnabled(undertaking)
        self.add_aid_button.setToolTip(
            "" if undertaking else self.tr("Vain yrityksille ja elinkeinotoimintaa harjoittaville")
        )


class PersonDetail(DetailDialog):
    help_page = "avustuspolku.html#henkilo"  # F1: its page in the user guide
    kind = PERSON
    title = QT_TRANSLATE_NOOP("Details", "Työllistetty")
    editable = True

    def build_related(self) -> None:
        self.revealed_hetu: str | None = None
        self.reveal_button = self.add_button(self.tr("&Näytä henkilötunnus"), self.reveal_hetu)
        self.reveal_button.setObjectName("reveal_button")
        self.reveal_button.setToolTip(self.tr("Jokainen näyttäminen kirjataan lokiin."))
        self.add_button(
            self.tr("Uusi &työsuhde…"),
            lambda: self.ctx.opener.new(PLACEMENT, parent=self, person_id=self.record_id),
        )
        self.add_related(
            "placements",
            self.tr("Työsuhteet"),
            specs.PLACEMENTS_OF_PERSON,
            lambda r: self.open_record(PLACEMENT, r.id),
        )
        self.add_related(
            "followups",
            self.tr("Seurannat"),
            specs.FOLLOWUPS,
            lambda r: self.ctx.opener.show_row(FOLLOWUP, r, parent=self),
        )
        self.add_related(
            "outcomes",
            self.tr("Jatkopolut"),
            specs.OUTCOMES,
            lambda r: self.ctx.opener.show_row(OUTCOME, r, parent=self),
        )

    def fetch(self) -> people.PersonRow:
        return people.get_person(self.record_id)

    def heading(self, row: people.PersonRow) -> str:
        return row.full_name + (self.tr(" (arkistoitu)") if row.archived else "")

    def describe(self, row: people.PersonRow) -> list[Pair]:
        self.reveal_button.setEnabled(row.has_hetu and self.revealed_hetu is None)
        return [
            (self.tr("Henkilötunnus"), self.revealed_hetu or row.hetu_masked),
            (self.tr("Syntymäaika"), format_date(row.birth_date)),
            (self.tr("Kemiläinen"), yes_no(row.kemi_resident)),
            (self.tr("Työmarkkinatukipäiviä"), "" if row.tmt_days is None else str(row.tmt_days)),
            (self.tr("Osatyökykyinen"), yes_no(row.partial_work_ability)),
            (self.tr("Puhelin"), row.phone),
            (self.tr("Sähköposti"), row.email),
            (self.tr("Muistiinpanot"), row.notes),
        ]

    def fill_related(self, row: people.PersonRow) -> None:
        rows = placements.list_placements(
            include_archived=True, person_id=row.id, today=self.ctx.today()
        )
        self.set_related("placements", rows)
        self.set_related("followups", [f for p in rows for f in followups.list_followups(p.id)])
        self.set_related("outcomes", [o for p in rows for o in followups.list_outcomes(p.id)])

    def reveal_hetu(self) -> str | None:
        """Show the full HETU; the service writes the reveal to the audit log."""
        hetu = self.run_guarded(people.reveal_hetu, self.record_id)
        if hetu:
            self.revealed_hetu = hetu
            self.value_labels[self.tr("Henkilötunnus")].setText(hetu)
            self.reveal_button.setEnabled(False)
        return hetu


class PlacementDetail(DetailDialog):
    help_page = "avustuspolku.html#tyosuhde"  # F1: its page in the user guide
    kind = PLACEMENT
    title = QT_TRANSLATE_NOOP("Details", "Työsuhde")
    editable = True

    def build_related(self) -> None:
        self.add_button(
            self.tr("Avaa &työllistetty"), lambda: self.open_record(PERSON, self.row.person_id)
        )
        self.add_button(
            self.tr("Avaa &yhdistys"),
            lambda: self.open_record(ASSOCIATION, self.row.association_id),
        )
        followup_button = self.add_button(
            self.tr("Kirjaa &seurantalomake…"),
            lambda: open_followup_form(self.ctx, self.record_id, parent=self),
        )
        followup_button.setObjectName("followup_button")
        self.grant_actions = DetailActions(self, (*PLACEMENT_ACTIONS, PLACEMENT_BONUS))
        self.add_related(
            "decisions",
            self.tr("Päätökset"),
            specs.DECISIONS_OF_PLACEMENT,
            lambda r: self.open_record(DECISION, r.id),
        )
        self.add_related(
            "payments",
            self.tr("Maksuaikataulu"),
            specs.PAYMENTS,
            lambda r: self.open_record(PAYMENT, r.id),
        )
        self.add_related(
            "followups",
            self.tr("Seurannat"),
            specs.FOLLOWUPS,
            lambda r: open_followup_form(self.ctx, self.record_id, r.id, parent=self),
        )
        self.related["followups"].view.setToolTip(self.tr("Muokkaa seurantaa napsauttamalla"))
        self.add_related(
            "outcomes",
            self.tr("Jatkopolut"),
            specs.OUTCOMES,
            lambda r: self.ctx.opener.show_row(OUTCOME, r, parent=self),
        )
        self.add_related(
            "transfers", self.tr("Siirtosopimukset"), specs.TRANSFERS, self.edit_transfer
        )
        self.related["transfers"].view.setToolTip(
            self.tr("Avaa siirtosopimus (muokkaus, tilan muutos, tulostus) napsauttamalla")
        )
        add_transfer = self.add_button(self.tr("Lisää s&iirtosopimus…"), self.add_transfer)
        add_transfer.setObjectName("add_transfer")
        self.add_related(
            "coach_visits", self.tr("Työhönvalmentajan käynnit"), specs.VISITS_OF_PLACEMENT,
            self.edit_visit,
        )  # fmt: skip
        self.related["coach_visits"].view.setToolTip(
            self.tr("Muokkaa tai poista käynti napsauttamalla")
        )
        # beside the tabs, not in the bottom row (the dialog must fit a 1366-pixel screen)
        add_visit = QPushButton(self.tr("Lisää &käynti…"), self)
        add_visit.setObjectName("add_visit")
        add_visit.setAutoDefault(False)
        add_visit.setToolTip(self.tr("Kirjaa työhönvalmentajan käynti tähän työsuhteeseen"))
        add_visit.clicked.connect(lambda: self.add_visit())
        self.tabs.setCornerWidget(add_visit, Qt.Corner.TopRightCorner)

    def add_visit(self) -> QWidget:
        from kemidesk.ui.dialogs.coach_dialogs import VisitDialog

        dialog = VisitDialog(self.ctx, parent=self, placement_id=self.record_id)
        dialog.open()
        return dialog

    def edit_visit(self, row: Any) -> QWidget:
        from kemidesk.ui.dialogs.coach_dialogs import VisitDialog

        dialog = VisitDialog(self.ctx, row, parent=self)
        dialog.open()
        return dialog

    def add_transfer(self) -> QWidget:
        from kemidesk.ui.dialogs.transfer_dialog import TransferDialog

        dialog = TransferDialog(self.ctx, self.record_id, parent=self)
        dialog.open()
        return dialog

    def edit_transfer(self, row: Any) -> QWidget:
        from kemidesk.ui.dialogs.transfer_dialog import TransferDialog

        dialog = TransferDialog(self.ctx, self.record_id, row, parent=self)
        dialog.open()
        return dialog

    def fetch(self) -> placements.PlacementRow:
        return placements.get_placement(self.record_id, today=self.ctx.today())

    def heading(self, row: placements.PlacementRow) -> str:
        text = f"{row.person_name} – {row.association_name}"
        return text + (self.tr(" (arkistoitu)") if row.archived else "")

    def describe(self, row: placements.PlacementRow) -> list[Pair]:
        ended = format_date(row.actual_end_date)
        if row.end_reason:
            ended = f"{ended} ({row.end_reason})"
        pt_decision = " / ".join(
            x for x in (row.pt_decision_number, format_date(row.pt_decision_date)) if x
        )
        return [
            (self.tr("Tehtävä"), row.job_title),
            (self.tr("Työsuhde"), period(row.start_date, row.end_date) or "–"),
            (self.tr("Tila"), enum_label(row.status)),
            (self.tr("Päättyi ennenaikaisesti"), ended),
            (self.tr("Viikkotyöaika"), str(row.hours_per_week).replace(".", ",") + " h"),
            (self.tr("Palkka/kk"), money(row.monthly_wage_cents)),
            (self.tr("Palkkakustannukset/kk"), money(row.wage_costs_cents)),
            (self.tr("Ohjaaja"), row.supervisor_name),
            (self.tr("Työhönvalmentaja"), row.job_coach),
            (self.tr("Palkkatuen myöntäjä"), row.pt_authority),
            (self.tr("Palkkatukipäätös"), pt_decision),
            (self.tr("Palkkatuki"), f"{row.pt_percent} %" if row.pt_percent else ""),
            (self.tr("Palkkatukijakso"), period(row.pt_start, row.pt_end)),
            (self.tr("Palkkatuki/kk"), money(row.pt_monthly_cents)),
            (self.tr("Työnantajarinki"), _ring_week(row.ring_id)),
            (self.tr("Muistiinpanot"), row.notes),
        ]

    def fill_related(self, row: placements.PlacementRow) -> None:
        decisions = grants.list_decisions(include_archived=True, placement_id=row.id)
        self.set_related("decisions", decisions)
        self.set_related(
            "payments", [p for d in decisions for p in payments.list_payments(decision_id=d.id)]
        )
        self.set_related("followups", followups.list_followups(row.id))
        self.set_related("outcomes", followups.list_outcomes(row.id))
        self.set_related("transfers", transfers.list_transfers(row.id))
        from kemidesk.services.coaches import list_visits

        self.set_related("coach_visits", list_visits(placement_id=row.id))
        self.grant_actions.update(row)


class DecisionDetail(DetailDialog):
    help_page = "avustuspolku.html#paatos"  # F1: its page in the user guide
    kind = DECISION
    title = QT_TRANSLATE_NOOP("Details", "Päätös")

    def build_related(self) -> None:
        self.add_button(
            self.tr("Avaa &työsuhde"), lambda: self.open_record(PLACEMENT, self.row.placement_id)
        )
        self.add_button(
            self.tr("Avaa &yhdistys"),
            lambda: self.open_record(ASSOCIATION, self.row.association_id),
        )
        self.grant_actions = DetailActions(self, DECISION_ACTIONS)
        self.add_related(
            "payments", self.tr("Maksut"), specs.PAYMENTS, lambda r: self.open_record(PAYMENT, r.id)
        )
        self.texts = QPlainTextEdit(self)
        self.texts.setReadOnly(True)
        self.tabs.addTab(self.texts, self.tr("Perustelut ja ehdot"))

    def fetch(self) -> grants.DecisionRow:
        return grants.get_decision(self.record_id)

    def heading(self, row: grants.DecisionRow) -> str:
        text = (
            self.tr("Päätös %1").replace("%1", row.number) + f" – {enum_label(row.decision_type)}"
        )
        return text + (self.tr(" (arkistoitu)") if row.archived else "")

    def describe(self, row: grants.DecisionRow) -> list[Pair]:
        method = enum_label(row.notification_method) if row.notification_method else ""
        sent = " ".join(x for x in (format_date(row.sent_on), method and f"({method})") if x)
        return [
            (self.tr("Tila"), enum_label(row.status)),
            (self.tr("Päätöspäivä"), format_date(row.decision_date)),
            (self.tr("Yhdistys"), row.association_name),
            (self.tr("Työllistetty"), row.person_name),
            (self.tr("Tukijakso"), period(row.period_start, row.period_end)),
            (self.tr("Kuukausisumma"), money(row.monthly_amount_cents)),
            (self.tr("Yhteensä"), money(row.total_cents)),
            (self.tr("Maksettu"), money(row.paid_cents)),
            (self.tr("Kustannuspaikka"), row.cost_centre),
            (
                self.tr("Päättäjä"),
                ", ".join(x for x in (row.decided_by_name, row.decided_by_title) if x),
            ),
            (self.tr("Lähetetty"), sent),
            (self.tr("Oikaisuaika päättyy"), format_date(row.appeal_deadline)),
            *(
                [(self.tr("Seuraava vaihe"), next_steps_text(row))]
                if row.status is DecisionStatus.DECIDED
                else []
            ),
        ]

    def fill_related(self, row: grants.DecisionRow) -> None:
        self.set_related("payments", payments.list_payments(decision_id=row.id))
        self.grant_actions.update(row)
        parts = [self.tr("Perustelut"), row.reasons, "", self.tr("Ehdot"), row.conditions]
        self.texts.setPlainText("\n".join(parts).strip())


def _ring_week(ring_id: int | None) -> str:
    """A ring placement's week across the members ("" for other placements)."""
    if ring_id is None:
        return ""
    from kemidesk.services.rings import week_text

    return week_text(ring_id)
