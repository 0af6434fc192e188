"""Builds the printing layer's frozen documents from the records, and renders them.

All reading, summing and deciding what goes on paper happens here; the renderers in
printing/ only lay out. The public copy of a decision is built here from what may be published
(see `decision_document`); the renderer also leaves the person out.
"""

from __future__ import annotations

import csv
import io
import tempfile
from collections.abc import Callable, Mapping
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

import peewee

from kemidesk.db.models import Association, Decision, Followup, Payment, PaymentBatch, Placement
from kemidesk.domain.appeal import member_appeal_deadline
from kemidesk.domain.dates import add_months, format_date
from kemidesk.domain.lifecycle import GRANT_KINDS, is_grant
from kemidesk.domain.money import format_money
from kemidesk.domain.rules import RuleSet
from kemidesk.domain.schedule import build_schedule
from kemidesk.domain.types import (
    DecisionType,
    EmployerType,
    NotificationMethod,
    PaymentStatus,
    PlacementStatus,
)
from kemidesk.domain.validation import format_iban, mask_hetu
from kemidesk.printing.decision import render_decision
from kemidesk.printing.documents import (
    ChangeInfo,
    ContactInfo,
    DecisionDoc,
    Letterhead,
    PalkkatukiInfo,
    PartyInfo,
    PersonInfo,
    PlacementInfo,
    RecoveryInfo,
    RingInfo,
    RingMemberInfo,
    ScheduleRow,
)
from kemidesk.services.applications import target_group_labels
from kemidesk.services.common import audit, get_or_raise, transaction
from kemidesk.services.decision_content import (
    change_figures,
    decision_id_by_number,
    generated_reasons,
    officer_reasons,
    recovery_due_date,
    recovery_reference,
)
from kemidesk.services.errors import NotAllowedError, NotFoundError
from kemidesk.services.settings import OfficeSettings, get_office_settings, rules_from_snapshot

if TYPE_CHECKING:  # the other documents' classes are made when one of them is printed
    from kemidesk.printing.other_documents import (
        FollowupDoc,
        PaymentListDoc,
        PaymentListRow,
        RecordedText,
    )

MONTHS_FI = (
    "tammikuu",
    "helmikuu",
    "maaliskuu",
    "huhtikuu",
    "toukokuu",
    "kesäkuu",
    "heinäkuu",
    "elokuu",
    "syyskuu",
    "lokakuu",
    "marraskuu",
    "joulukuu",
)


def letterhead(office: OfficeSettings | None = None) -> Letterhead:
    office = office or get_office_settings()
    logo = Path(office.logo_path) if office.logo_path else None
    return Letterhead(
        organisation=office.organisation,
        unit=office.unit,
        street_address=office.street,
        postcode_city=office.postcode_city,
        phone=office.phone,
        email=office.email,
        registry_name=office.registry_name,
        registry_address=tuple(x for x in office.registry_address.splitlines() if x.strip()),
        registry_email=office.registry_email,
        decision_maker_name=office.decision_maker_name,
        decision_maker_title=office.decision_maker_title,
        review_body=office.review_body,
        registry_hours=office.registry_hours,
        delegation=office.delegation,
        signing_place=office.signing_place,
        logo_path=logo if logo and logo.is_file() else None,
    )


# ---------------------------------------------------------------- decisions


def _party(a: Association) -> PartyInfo:
    return PartyInfo(
        name=a.name,
        business_id=a.business_id,
        association_number=a.association_number,
        address_lines=tuple(x for x in (a.street, f"{a.postcode} {a.city}".strip()) if x),
        iban=format_iban(a.iban) if a.iban else "",
        contact_person=a.contact_name,
        employer_type_label=a.employer_type.label,
    )


_FOLLOWUP_CONDITION = (
    "Työnantaja ohjaa, tukee ja seuraa työntekijää koko tukijakson ajan ja käy hänen kanssaan "
    "ohjaus- ja kehityskeskustelut vähintään {months} kuukauden välein seurantalomakkeella. "
    "Työhönvalmentaja voi osallistua keskusteluihin."
)
_REPORT_CONDITION = (
    "Työnantaja ilmoittaa viipymättä työsuhteen päättymisestä, työajan tai palkan muutoksista "
    "ja pitkistä poissaoloista."
)
_TRIAL_CONDITION = (
    "Työsuhteen loppuvaiheessa työntekijälle järjestetään palkallinen 2–3 päivän "
    "tutustumisjakso toisen työnantajan luona, tukea työnhakuun ja mahdollisuus koulutukseen."
)
_AUDIT_CONDITION = (
    "Kaupungilla on oikeus tarkastaa avustuksen käyttö. Aiheettomasti tai liikaa maksettu "
    "avustus peritään takaisin; enintään {minimum} määriä ei peritä."
)


def _conditions(rules: RuleSet, decision_type: DecisionType, ended: bool) -> list[str]:
    """The standard conditions. An amendment for an employment that has ended carries no
    forward-looking conditions (follow-up talks, the trial visit)."""
    audit_condition = _AUDIT_CONDITION.format(minimum=format_money(rules.recovery_min_cents))
    if decision_type in (DecisionType.REJECTION, DecisionType.RECOVERY):
        return []
    if decision_type is DecisionType.BONUS:
        return [
            "Työnantaja ilmoittaa, jos työsuhde päättyy kuuden kuukauden kuluessa "
            "bonuksen perusteena olevan jatkopolun alkamisesta.",
            "Kaupungilla on oikeus tarkastaa bonuksen perusteet ja periä aiheettomasti "
            "maksettu bonus takaisin.",
        ]
    if decision_type is DecisionType.AMENDMENT and ended:
        return [
            "Työnantaja toimittaa viimeisen maksatushakemuksen liitteenä allekirjoitetun "
            "seurantalomakkeen (loppuarviointi).",
            audit_condition,
        ]
    return [
        _FOLLOWUP_CONDITION.format(months=rules.followup_interval_months),
        _REPORT_CONDITION,
        _TRIAL_CONDITION,
        audit_condition,
    ]


def _payment_terms(rules: RuleSet, decision_type: DecisionType) -> list[str]:
    if decision_type in (DecisionType.REJECTION, DecisionType.RECOVERY):
        return []
    if decision_type is DecisionType.BONUS:
        return [
            "Työllistämisbonus maksetaan kertasuorituksena päätöksen saajan tilille, kun "
            "päätös on lainvoimainen.",
        ]
    months = rules.payment_period_months
    period = "kuukaudelta" if months == 1 else f"{months} kuukauden jaksoilta"
    return [
        f"Kemi-lisä maksetaan jälkikäteen {period} maksatushakemuksen perusteella.",
        f"Maksatushakemus on tehtävä {rules.claim_deadline_months} kuukauden kuluessa "
        "maksatusjakson päättymisestä.",
        "Hakemukseen liitetään palkkalaskelma ja tosite palkanmaksusta.",
        "Viimeisen maksatushakemuksen liitteenä on työnantajan ja työntekijän allekirjoittama "
        "seurantalomake (loppuarviointi).",
    ]


def _recovery_terms() -> list[str]:
    return [
        "Maksu on suoritettava eräpäivään mennessä kaupungin tilille viitenumeroa käyttäen.",
        "Jos määrää ei makseta, kaupunki voi periä sen kuittaamalla tulevista avustuksista tai "
        "saattaa asian perittäväksi.",
    ]


_LEGAL_BASIS = {
    DecisionType.GRANT: (
        "Kuntalaki (410/2015) 1 § ja 14 § (kunnan tehtävät ja toimivalta)",
        "Hallintolaki (434/2003) 44–45 § (päätöksen sisältö ja perusteleminen)",
        "Kemin kaupungin Kemi-lisän myöntämisehdot ja talousarvion määräraha",
        "Laki julkisesta työvoima- ja yrityspalvelusta (916/2012) 7 luku (palkkatuki)",
    ),
    DecisionType.BONUS: (
        "Kuntalaki (410/2015) 14 §",
        "Hallintolaki (434/2003) 44–45 §",
        "Kemin kaupungin Kemi-lisän ja työllistämisbonuksen ehdot",
    ),
    DecisionType.AMENDMENT: (
        "Hallintolaki (434/2003) 44–45 § ja 50 § (asiavirheen korjaaminen, olosuhteiden muutos)",
        "Kemin kaupungin Kemi-lisän myöntämisehdot ja alkuperäisen päätöksen ehdot",
    ),
    DecisionType.RECOVERY: (
        "Alkuperäisen Kemi-lisäpäätöksen ehdot (aiheettomasti tai liikaa maksetun avustuksen "
        "palauttaminen)",
        "Hallintolaki (434/2003) 34 § (asianosaisen kuuleminen) ja 44–45 §",
        "Korkolaki (633/1982) 4 § (viivästyskorko)",
    ),
}
_LEGAL_BASIS[DecisionType.PARTIAL_GRANT] = _LEGAL_BASIS[DecisionType.GRANT]
_LEGAL_BASIS[DecisionType.REJECTION] = _LEGAL_BASIS[DecisionType.GRANT][:3]


def _de_minimis(a: Association, d: Decision, rules: RuleSet) -> str | None:
    if a.employer_type is not EmployerType.COMPANY and not a.business_activity:
        return None
    return (
        f"Avustus ({format_money(d.total_cents)}) on vähämerkityksistä tukea (de minimis) "
        "komission "
        "asetuksen (EU) 2023/2831 mukaisesti. Yritykselle myönnetyn de minimis -tuen määrä voi "
        f"olla enintään {format_money(rules.de_minimis_cap_cents)} minkä tahansa "
        f"{rules.de_minimis_years} vuoden jakson aikana. Tuensaajan on säilytettävä tämä päätös "
        "ja ilmoitettava tuesta, jos se hakee muuta de minimis -tukea."
    )


def _notification_text(d: Decision) -> str:
    if not d.sent_on:
        return "Päätös annetaan tiedoksi asianosaiselle kirjeellä tai sähköpostilla."
    how = {
        NotificationMethod.LETTER: "kirjeellä",
        NotificationMethod.EMAIL: "sähköpostilla",
        NotificationMethod.HANDED_OVER: "luovuttamalla se henkilökohtaisesti",
    }[d.notification_method]
    return f"Päätös on annettu tiedoksi {how} {format_date(d.sent_on)}."


def finnish_list(items: list[str]) -> str:
    """Labels joined mid-sentence: "Vähintään 300 päivää työmarkkinatukea, osatyökykyinen"
    (a label after the first starts in lower case unless it is an abbreviation)."""
    out = []
    for i, item in enumerate(items):
        if i and item[:1].isupper() and not item[1:2].isupper():
            item = item[0].lower() + item[1:]
        out.append(item)
    return ", ".join(out)


def _subject(d: Decision) -> str:
    name = d.association.name
    kind = d.decision_type
    if kind is DecisionType.BONUS:
        return f"Työllistämisbonus, {name}"
    if kind is DecisionType.RECOVERY:
        return f"Liikaa maksetun Kemi-lisän takaisinperintä, {name}"
    if kind is DecisionType.AMENDMENT:
        return f"Kemi-lisäpäätöksen muuttaminen (työsuhteen päättyminen), {name}"
    return f"Kemi-lisähakemus palkkatuettuun työhön, {name}"


def _change_info(d: Decision) -> ChangeInfo | None:
    figures = change_figures(d) if d.decision_type is DecisionType.AMENDMENT else None
    if figures is None:
        return None
    over = figures.overpaid_cents
    if over > figures.recovery_min_cents:
        follows = (
            f"Liikaa maksettu {format_money(over)} peritään takaisin erillisellä "
            "takaisinperintäpäätöksellä. Ennen sitä päätöksen saajaa kuullaan (hallintolaki "
            "34 §)."
        )
    elif over > 0:
        follows = (
            f"Liikaa maksettua {format_money(over)} ei peritä takaisin, koska määrä on enintään "
            f"{format_money(figures.recovery_min_cents)}."
        )
    else:
        follows = "Kemi-lisää ei ole maksettu liikaa; maksamattomat erät lasketaan uudelleen."
    return ChangeInfo(
        old_start=figures.old_start,
        old_end=figures.old_end,
        old_total_cents=figures.old_total_cents,
        new_start=figures.new_start,
        new_end=figures.new_end,
        new_total_cents=figures.new_total_cents,
        paid_cents=figures.paid_cents,
        overpaid_cents=over,
        follows=follows,
    )


def _recovery_info(d: Decision, office: OfficeSettings) -> RecoveryInfo | None:
    if d.decision_type is not DecisionType.RECOVERY:
        return None
    figures = change_figures(d)
    paid = figures.paid_cents if figures else 0
    over = figures.overpaid_cents if figures else d.total_cents
    return RecoveryInfo(
        paid_cents=paid,
        due_cents=paid - over,
        recovered_before_cents=figures.recovered_before_cents if figures else 0,
        amount_cents=d.total_cents,
        iban=office.recovery_iban,
        reference=recovery_reference(d.id),
        due_date=recovery_due_date(d.decision_date),
        interest=office.recovery_interest,
    )


def _published_on(d: Decision) -> date:
    """The office publishes the public copy on the day it sends the decision (or, unsent,
    on the decision day)."""
    return d.sent_on or d.decision_date


def decision_document(decision_id: int, public: bool = False) -> DecisionDoc:
    d = get_or_raise(Decision, decision_id, "DECISION_NOT_FOUND")
    if not d.number:
        raise NotAllowedError("DECISION_WITHOUT_NUMBER")
    rules = rules_from_snapshot(d.rules_json)
    placement, association = d.placement, d.association
    office = get_office_settings()
    dtype = d.decision_type
    granted = dtype not in (DecisionType.REJECTION, DecisionType.RECOVERY)
    schedule = _schedule_rows(d, dtype, rules)
    total = sum(r.amount_cents for r in schedule) if dtype is DecisionType.AMENDMENT else None
    head = letterhead(office)
    if d.decided_by_name:
        head = replace(
            head,
            decision_maker_name=d.decided_by_name,
            decision_maker_title=d.decided_by_title or head.decision_maker_title,
        )
    generated = generated_reasons(d, public)
    own, public_text = officer_reasons(d, generated)
    ended = placement.actual_end_date is not None
    conditions = tuple(_conditions(rules, dtype, ended))
    published = _published_on(d)
    if public:
        # Built from what may be published: the party (an organisation) without its account
        # and contact person, the decision, reasons generated for the public and only the
        # officer's separate public text; nothing about the person.
        party = replace(_party(association), iban="", contact_person="")
        person = None
        palkkatuki = None
        reasons = tuple(public_text)
    else:
        party = _party(association)
        person = PersonInfo(
            name=f"{placement.person.first_name} {placement.person.last_name}",
            hetu_masked=mask_hetu(placement.person.hetu) or None,
            target_group_reason=finnish_list(target_group_labels(placement.id)) or None,
            work_ability_note=None,  # health data is not needed on a decision
        )
        palkkatuki = _palkkatuki_info(placement)
        reasons = tuple(own + public_text)
        conditions += tuple(x for x in d.conditions.splitlines() if x.strip())
    app = d.application
    return DecisionDoc(
        number=d.number,
        decision_type=dtype,
        decision_date=d.decision_date,
        letterhead=head,
        party=party,
        person=person,
        placement=None if public else _placement_info(placement),
        palkkatuki=palkkatuki,
        monthly_amount_cents=d.monthly_amount_cents if dtype is not DecisionType.BONUS else None,
        period_start=d.period_start,
        period_end=d.period_end,
        total_cents=(total if total is not None else d.total_cents) if granted else None,
        schedule=schedule,
        cost_centre=d.cost_centre,
        reasons=reasons,
        conditions=conditions,
        payment_terms=tuple(
            _recovery_terms() if dtype is DecisionType.RECOVERY else _payment_terms(rules, dtype)
        ),
        de_minimis_statement=_de_minimis(association, d, rules) if granted else None,
        recovery_amount_cents=d.total_cents if dtype is DecisionType.RECOVERY else None,
        recovery_due=recovery_due_date(d.decision_date) if dtype is DecisionType.RECOVERY else None,
        amends_decision_number=d.parent.number if d.parent_id else None,
        contact=ContactInfo(office.contact_name, office.contact_phone, office.contact_email),
        appeal_deadline=d.appeal_deadline,
        notification_text=_notification_text(d),
        distribution=(association.name, "Talouspalvelut", "Arkisto"),
        public=public,
        paragraph=d.seq,
        subject=_subject(d),
        received_on=app.received_on if app is not None else None,
        preparer=office.contact_name,
        generated_reasons=tuple(generated),
        legal_basis=_LEGAL_BASIS[dtype],
        attachments=("Liite 1: Oikaisuvaatimusohje",),
        published_on=published,
        member_appeal_deadline=member_appeal_deadline(published, rules),
        change=_change_info(d),
        ring=_ring_info(placement),
        recovery=_recovery_info(d, office),
    )


def _schedule_rows(d: Decision, dtype: DecisionType, rules: RuleSet) -> tuple[ScheduleRow, ...]:
    """The payment schedule a decision states. An amendment states the whole grant as it is
    after the amendment (recomputed, so paid periods after the new end are not shown)."""
    if dtype is DecisionType.AMENDMENT and d.parent_id:
        parent = d.parent
        periods = build_schedule(
            parent.period_start,
            parent.period_end,
            parent.monthly_amount_cents,
            rules_from_snapshot(parent.rules_json),
            terminated_on=d.period_end,
        )
        return tuple(
            ScheduleRow(p.index, p.start, p.end, p.eligible_days, p.amount_cents, p.claim_due)
            for p in periods
        )
    if not is_grant(dtype):
        return ()
    payments = Payment.select().where(
        (Payment.decision == d) & (Payment.status != PaymentStatus.CANCELLED)
    )
    return tuple(
        ScheduleRow(
            p.period_index,
            p.period_start,
            p.period_end,
            p.eligible_days,
            p.amount_cents,
            p.claim_due,
        )
        for p in payments.order_by(Payment.period_index)
    )


def _placement_info(p: Placement) -> PlacementInfo:
    return PlacementInfo(
        job_title=p.job_title,
        start=p.start_date,
        end=p.actual_end_date or p.end_date,
        hours_per_week=str(p.hours_per_week).replace(".", ","),
        monthly_wage_cents=p.monthly_wage_cents,
        supervisor=p.supervisor_name,
        job_coach=p.coach.name if p.coach_id else "",
    )


def _palkkatuki_info(p: Placement) -> PalkkatukiInfo:
    return PalkkatukiInfo(
        authority=p.pt_authority,
        decision_number=p.pt_decision_number,
        decision_date=p.pt_decision_date,
        percent=p.pt_percent,
        start=p.pt_start,
        end=p.pt_end,
    )


def render_decision_pdf(decision_id: int, public: bool = False) -> bytes:
    document = decision_document(decision_id, public)
    with transaction(None):
        audit(
            get_or_raise(Decision, decision_id, "DECISION_NOT_FOUND"),
            "print_public" if public else "print",
        )
    return render_decision(document)


# ---------------------------------------------------------------- follow-up forms


def followup_document(placement_id: int, blank: bool = False) -> FollowupDoc:
    from kemidesk.printing.other_documents import FollowupDoc, MeetingRow
    from kemidesk.services.ledger import effective_end

    p = get_or_raise(Placement, placement_id, "PLACEMENT_NOT_FOUND")
    grant = (
        Decision.select()
        .where(
            (Decision.placement == p)
            & Decision.decision_type.in_(GRANT_KINDS | {DecisionType.AMENDMENT})
        )
        .order_by(Decision.decision_date.desc())
        .first()
    )
    talks = list(Followup.select().where(Followup.placement == p).order_by(Followup.held_on))
    meetings = tuple(
        MeetingRow(f.held_on, f.participants, f.followup_type.label, f.job_coach_present)
        for f in talks
    )
    latest = talks[-1] if talks else None
    next_step = next((f.next_step for f in reversed(talks) if f.next_step), None)
    new_job = next((f for f in reversed(talks) if f.new_employer or f.new_job_start), None)
    return FollowupDoc(
        letterhead=letterhead(),
        party_name=p.association.name,
        person_name=f"{p.person.first_name} {p.person.last_name}",
        supervisor=p.supervisor_name,
        job_coach=p.coach.name if p.coach_id else "",
        palkkatuki_decision_number=p.pt_decision_number,
        kemilisa_decision_number=grant.number if grant else "",
        period_start=grant.period_start if grant else p.start_date,
        period_end=effective_end(grant) if grant else (p.actual_end_date or p.end_date),
        followup_type_label=None,
        blank=blank,
        past_meetings=() if blank else meetings,
        **({} if blank else _recorded_answers(talks)),
        next_meeting=None if blank or latest is None else latest.next_meeting_on,
        next_step_label="" if blank or next_step is None else next_step.label,
        new_employer="" if blank or new_job is None else new_job.new_employer,
        new_job_start=None if blank or new_job is None else new_job.new_job_start,
        new_contract_type="" if blank or new_job is None else new_job.new_contract_type,
        ring_supervisors=_ring_supervisors(p),
    )


# FollowupDoc section ← the Followup columns printed in it (label when a section has two).
_SECTIONS: dict[str, tuple[tuple[str, str], ...]] = {
    "goals": (("goals", "Tavoitteet"), ("progress", "Edistyminen")),
    "support": (("support_given", ""),),
    "training": (("training", ""),),
    "job_search_support": (("job_search_support", ""),),
    "trial_visit": (("trial_visit", ""),),
    "absences": (("absences", ""),),
    "own_assessment": (("own_assessment", ""),),
    "end_assessment": (("end_assessment", ""),),
}


def _recorded_answers(talks: list[Followup]) -> dict[str, tuple[RecordedText, ...]]:
    """Every answer recorded in the talks, by the form section it is printed in."""
    from kemidesk.printing.other_documents import RecordedText

    return {
        section: tuple(
            RecordedText(f.held_on, getattr(f, column), label)
            for f in talks
            for column, label in columns
            if getattr(f, column).strip()
        )
        for section, columns in _SECTIONS.items()
    }


def blank_followup_document() -> FollowupDoc:
    """A form with nothing filled in, for a visit."""
    from kemidesk.printing.other_documents import FollowupDoc

    return FollowupDoc(letterhead=letterhead(), blank=True)


def followup_documents_for_association(association_id: int, today: date) -> list[FollowupDoc]:
    """One pre-filled form per running placement of the association, for a visit."""
    from kemidesk.services.placements import list_placements

    get_or_raise(Association, association_id, "ASSOCIATION_NOT_FOUND")
    rows = list_placements(association_id=association_id, today=today)
    return [followup_document(r.id) for r in rows if r.status is PlacementStatus.ACTIVE]


def render_followups_pdf(docs: list[FollowupDoc]) -> bytes:
    if not docs:
        raise NotAllowedError("NO_FOLLOWUP_FORMS")
    from kemidesk.printing.followup import render_followup

    return render_followup(docs)


# ---------------------------------------------------------------- payment lists


def _payment_rows(payments: list[Payment]) -> tuple[PaymentListRow, ...]:
    from kemidesk.printing.other_documents import PaymentListRow

    return tuple(
        PaymentListRow(
            association_name=p.decision.association.name,
            iban=format_iban(p.decision.association.iban) if p.decision.association.iban else "",
            reference=p.reference,
            decision_number=p.decision.number or "",
            period_start=p.period_start,
            period_end=p.period_end,
            amount_cents=p.amount_cents,
            business_id=p.decision.association.business_id,
            cost_centre=p.decision.cost_centre,
        )
        for p in payments
    )


def _paid_on(payments: list[Payment]) -> date | None:
    """The payment date of the list: the one date all its payments were paid on, if any."""
    days = {p.paid_on for p in payments}
    return days.pop() if len(days) == 1 else None


def _payments_query() -> peewee.ModelSelect:
    return (
        Payment.select(Payment, Decision, Association)
        .join(Decision)
        .join(Association)
        .order_by(Association.name, Decision.number, Payment.period_index)
    )


def payment_batch_document(batch_id: int) -> PaymentListDoc:
    """The payment list of one batch gathered for the finance office."""
    from kemidesk.printing.other_documents import PaymentListDoc

    batch = get_or_raise(PaymentBatch, batch_id, "PAYMENT_BATCH_NOT_FOUND")
    payments = list(_payments_query().where(Payment.batch == batch))
    rows = _payment_rows(payments)
    created = batch.created_on
    return PaymentListDoc(
        letterhead=letterhead(),
        title="Kemi-lisän maksuluettelo",
        period=batch.title or f"{MONTHS_FI[created.month - 1]} {created.year}",
        rows=rows,
        total_cents=sum(r.amount_cents for r in rows),
        created=created,
        prepared_by=get_office_settings().payment_list_preparer,
        number=f"ME-{batch.id}",
        payment_date=batch.paid_on or _paid_on(payments),
    )


def payment_batch_csv(batch_id: int) -> str:
    """The same list as CSV for the finance system (`;`-separated, amounts with a comma)."""
    doc = payment_batch_document(batch_id)
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(["järjestö", "iban", "viite", "päätös", "alkaa", "päättyy", "summa"])
    for r in doc.rows:
        writer.writerow(
            [
                r.association_name,
                r.iban.replace(" ", ""),
                r.reference,
                r.decision_number,
                format_date(r.period_start),
                format_date(r.period_end),
                format_money(r.amount_cents, symbol=False).replace("\u00a0", ""),
            ]
        )
    writer.writerow(
        [
            "yhteensä",
            "",
            "",
            "",
            "",
            "",
            format_money(doc.total_cents, symbol=False).replace("\u00a0", ""),
        ]
    )
    return out.getvalue()


def payment_list_document(month: str) -> PaymentListDoc:
    """Approved (or paid) payments approved in the month YYYY-MM, for the finance office."""
    from kemidesk.printing.other_documents import PaymentListDoc

    try:
        year, mon = (int(x) for x in month.split("-"))
        first = date(year, mon, 1)
    except ValueError as exc:
        raise NotAllowedError("MONTH_FORMAT", month=month) from exc
    last = add_months(first, 1)
    payments = list(
        _payments_query().where(
            Payment.status.in_((PaymentStatus.APPROVED, PaymentStatus.PAID))
            & (Payment.approved_on >= first)
            & (Payment.approved_on < last)
        )
    )
    rows = _payment_rows(payments)
    return PaymentListDoc(
        letterhead=letterhead(),
        title="Kemi-lisän maksuluettelo",
        period=f"{MONTHS_FI[mon - 1]} {year}",
        rows=rows,
        total_cents=sum(r.amount_cents for r in rows),
        created=date.today(),
        prepared_by=get_office_settings().payment_list_preparer,
        number=f"ML-{year}-{mon:02d}",
        payment_date=_paid_on(payments),
    )


def render_payment_list_pdf(month: str) -> bytes:
    from kemidesk.printing.payments import render_payment_list

    return render_payment_list(payment_list_document(month))


# ---------------------------------------------------------------- command line


def _decision_pdf(args: Mapping[str, Any]) -> bytes:
    return render_decision_pdf(decision_id_by_number(args["number"]), bool(args.get("public")))


def _followup_pdf(args: Mapping[str, Any]) -> bytes:
    if not Placement.select().where(Placement.id == args["placement_id"]).exists():
        raise NotFoundError("PLACEMENT_NOT_FOUND", args["placement_id"])
    return render_followups_pdf([followup_document(args["placement_id"], bool(args.get("blank")))])


def _payments_pdf(args: Mapping[str, Any]) -> bytes:
    return render_payment_list_pdf(args["month"])


def _invitation_pdf(args: Mapping[str, Any]) -> bytes:
    from kemidesk.services.training_documents import invitation_pdf

    ids: list[int] = []
    if args.get("each"):
        live = Association.select(Association.id).where(Association.archived == False)  # noqa: E712
        ids = [a.id for a in live.order_by(Association.name)]
    return invitation_pdf(args["training_id"], ids)


def _attendance_pdf(args: Mapping[str, Any]) -> bytes:
    from kemidesk.services.training_documents import sign_in_pdf

    return sign_in_pdf(args["training_id"])


def _transfer_pdf(args: Mapping[str, Any]) -> bytes:
    from kemidesk.services.transfer_documents import render_transfer_pdf

    return render_transfer_pdf(args["transfer_id"])


PRINTERS: dict[str, Callable[[Mapping[str, Any]], bytes]] = {
    "decision": _decision_pdf,
    "transfer-agreement": _transfer_pdf,
    "followup": _followup_pdf,
    "payments": _payments_pdf,
    "invitation": _invitation_pdf,
    "attendance": _attendance_pdf,
    "survey": lambda args: _survey_pdf(args),
}


def _survey_pdf(args: Mapping[str, Any]) -> bytes:
    from kemidesk.services.survey_documents import survey_printer

    return survey_printer(args)


def print_to_file(kind: str, args: Mapping[str, Any], target: Path) -> Path:
    """Render and write atomically; nothing (no half file, no temp file) is left on failure."""
    pdf = PRINTERS[kind](args)
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile(
        dir=target.parent, prefix=".kemidesk-", suffix=".pdf.tmp", delete=False
    ) as handle:
        tmp = Path(handle.name)
        try:
            handle.write(pdf)
        except BaseException:
            handle.close()
            tmp.unlink(missing_ok=True)
            raise
    try:
        tmp.replace(target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return target


def _hours_text(hours: Decimal) -> str:
    return format(hours.normalize(), "f").replace(".", ",")


def _ring_info(placement: Placement) -> RingInfo | None:
    """The ring of a ring placement, for the decision (lead first, then the members)."""
    if placement.ring_id is None:
        return None
    from kemidesk.services.rings import get_ring

    ring = get_ring(placement.ring_id)
    return RingInfo(
        name=ring.name,
        lead_name=ring.lead_name,
        total_hours=_hours_text(ring.total_hours),
        members=tuple(
            RingMemberInfo(
                name=m.association_name,
                business_id=m.business_id,
                hours_per_week=_hours_text(m.hours_per_week),
                tasks=" ".join(m.tasks.split()),
                supervisor=m.supervisor_name,
                is_lead=m.is_lead,
            )
            for m in ring.members
        ),
    )


def _ring_supervisors(placement: Placement) -> tuple[tuple[str, str], ...]:
    """A ring placement's member supervisors (a signature line each on the follow-up form)."""
    info = _ring_info(placement)
    if info is None:
        return ()
    return tuple((m.name, m.supervisor) for m in info.members)
