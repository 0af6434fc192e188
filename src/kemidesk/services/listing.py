"""Tables for `kemidesk list`: a header row and text cells, the id (or number) first."""

from __future__ import annotations

from kemidesk.domain.dates import format_date
from kemidesk.domain.money import format_money
from kemidesk.services.associations import list_associations
from kemidesk.services.grants import list_decisions
from kemidesk.services.payments import list_payments
from kemidesk.services.people import list_people
from kemidesk.services.placements import list_placements

Table = tuple[list[str], list[list[str]]]


def _period(start: object, end: object) -> str:
    return f"{format_date(start)}–{format_date(end)}" if start else ""  # type: ignore[arg-type]


def table_for(entity: str, include_archived: bool = False) -> Table:
    return TABLES[entity](include_archived)


def associations_table(include_archived: bool) -> Table:
    header = [
        "id",
        "nimi",
        "tyyppi",
        "y-tunnus",
        "postitoimipaikka",
        "yhteyshenkilö",
        "työsuhteita",
        "voimassa",
        "arkistoitu",
    ]
    rows = [
        [
            str(a.id),
            a.name,
            a.employer_type.label,
            a.business_id,
            a.city,
            a.contact_name,
            str(a.placement_count),
            str(a.active_placements),
            "kyllä" if a.archived else "",
        ]
        for a in list_associations(include_archived)
    ]
    return header, rows


def people_table(include_archived: bool) -> Table:
    header = [
        "id",
        "sukunimi",
        "etunimi",
        "henkilötunnus",
        "syntymäaika",
        "kemiläinen",
        "osatyökykyinen",
        "työsuhteita",
    ]
    rows = [
        [
            str(p.id),
            p.last_name,
            p.first_name,
            p.hetu_masked,
            format_date(p.birth_date),
            "kyllä" if p.kemi_resident else "ei",
            "kyllä" if p.partial_work_ability else "",
            str(p.placement_count),
        ]
        for p in list_people(include_archived)
    ]
    return header, rows


def placements_table(include_archived: bool) -> Table:
    header = [
        "id",
        "työllistetty",
        "työnantaja",
        "tehtävä",
        "alkaa",
        "päättyy",
        "tila",
        "h/vko",
        "palkka/kk",
        "palkkatuki",
    ]
    rows = [
        [
            str(p.id),
            p.person_name,
            p.association_name,
            p.job_title,
            format_date(p.start_date),
            format_date(p.effective_end),
            p.status.label,
            str(p.hours_per_week).replace(".", ","),
            format_money(p.monthly_wage_cents),
            f"{p.pt_percent} %" if p.pt_percent else "",
        ]
        for p in list_placements(include_archived)
    ]
    return header, rows


def decisions_table(include_archived: bool) -> Table:
    header = [
        "numero",
        "tyyppi",
        "päätöspäivä",
        "yhdistys",
        "työllistetty",
        "jakso",
        "kk-summa",
        "yhteensä",
        "maksettu",
        "tila",
        "oikaisuaika päättyy",
    ]
    rows = [
        [
            d.number,
            d.decision_type.label,
            format_date(d.decision_date),
            d.association_name,
            d.person_name,
            _period(d.period_start, d.period_end),
            format_money(d.monthly_amount_cents) if d.monthly_amount_cents else "",
            format_money(d.total_cents),
            format_money(d.paid_cents),
            d.status.label,
            format_date(d.appeal_deadline),
        ]
        for d in list_decisions(include_archived)
    ]
    return header, rows


def payments_table(include_archived: bool) -> Table:
    header = [
        "id",
        "päätös",
        "yhdistys",
        "kausi",
        "päiviä",
        "summa",
        "hakemus viimeistään",
        "tila",
        "maksettu",
        "viite",
        "pidätyksen syy",
    ]
    rows = [
        [
            str(p.id),
            p.decision_number,
            p.association_name,
            _period(p.period_start, p.period_end),
            str(p.eligible_days),
            format_money(p.amount_cents),
            format_date(p.claim_due),
            p.status.label,
            format_date(p.paid_on),
            p.reference,
            p.held_reason,
        ]
        for p in list_payments()
    ]
    return header, rows


TABLES = {
    "associations": associations_table,
    "people": people_table,
    "placements": placements_table,
    "decisions": decisions_table,
    "payments": payments_table,
}
