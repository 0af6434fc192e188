"""Column specs of every list and related table (one place, reused by tabs and detail views)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from kemidesk.ui.models.columns import (
    Column,
    bool_col,
    date_col,
    enum_col,
    format_date,
    money_col,
    number_col,
    text_col,
)


def _period(row: object) -> str:
    start, end = getattr(row, "period_start", None), getattr(row, "period_end", None)
    return f"{format_date(start)}–{format_date(end)}" if start else ""


def _period_col(title: str, width: int = 23) -> Column:
    base = date_col(title, "period_start", width)
    return Column(title, _period, base.sort_key, width=width)


def _person_name(row: object) -> str:
    return f"{row.last_name} {row.first_name}"  # type: ignore[attr-defined]


ASSOCIATIONS: tuple[Column, ...] = (
    text_col(QT_TRANSLATE_NOOP("Columns", "Nimi"), "name", 34),
    enum_col(QT_TRANSLATE_NOOP("Columns", "Tyyppi"), "employer_type", 9),
    text_col(QT_TRANSLATE_NOOP("Columns", "Y-tunnus"), "business_id", 10),
    text_col(QT_TRANSLATE_NOOP("Columns", "Postitoimipaikka"), "city", 13),
    text_col(QT_TRANSLATE_NOOP("Columns", "Yhteyshenkilö"), "contact_name", 18),
    text_col(QT_TRANSLATE_NOOP("Columns", "Puhelin"), "contact_phone", 13),
    number_col(QT_TRANSLATE_NOOP("Columns", "Työsuhteita"), "placement_count", 9),
    number_col(QT_TRANSLATE_NOOP("Columns", "Voimassa"), "active_placements", 8),
)

PEOPLE: tuple[Column, ...] = (
    text_col(QT_TRANSLATE_NOOP("Columns", "Nimi"), _person_name, 24),
    text_col(QT_TRANSLATE_NOOP("Columns", "Henkilötunnus"), "hetu_masked", 12),
    date_col(QT_TRANSLATE_NOOP("Columns", "Syntymäaika"), "birth_date", 10),
    bool_col(QT_TRANSLATE_NOOP("Columns", "Kemiläinen"), "kemi_resident", width=9),
    number_col(QT_TRANSLATE_NOOP("Columns", "TMT-päiviä"), "tmt_days", 9),
    bool_col(QT_TRANSLATE_NOOP("Columns", "Osatyökykyinen"), "partial_work_ability", width=12),
    text_col(QT_TRANSLATE_NOOP("Columns", "Puhelin"), "phone", 13),
    number_col(QT_TRANSLATE_NOOP("Columns", "Työsuhteita"), "placement_count", 9),
)

PLACEMENTS: tuple[Column, ...] = (
    text_col(QT_TRANSLATE_NOOP("Columns", "Työllistetty"), "person_name", 22),
    text_col(QT_TRANSLATE_NOOP("Columns", "Työnantaja"), "association_name", 34),
    text_col(QT_TRANSLATE_NOOP("Columns", "Tehtävä"), "job_title", 22),
    date_col(QT_TRANSLATE_NOOP("Columns", "Alkaa"), "start_date"),
    date_col(QT_TRANSLATE_NOOP("Columns", "Päättyy"), "effective_end"),
    enum_col(QT_TRANSLATE_NOOP("Columns", "Tila"), "status", 12),
    number_col(QT_TRANSLATE_NOOP("Columns", "h/vko"), "hours_per_week", 6),
    money_col(QT_TRANSLATE_NOOP("Columns", "Palkka/kk"), "monthly_wage_cents", 11),
    number_col(QT_TRANSLATE_NOOP("Columns", "Palkkatuki"), "pt_percent", 8, suffix="%"),
    date_col(QT_TRANSLATE_NOOP("Columns", "Palkkatuki päättyy"), "pt_end", 12),
)

DECISIONS: tuple[Column, ...] = (
    text_col(QT_TRANSLATE_NOOP("Columns", "Numero"), "number", 12),
    enum_col(QT_TRANSLATE_NOOP("Columns", "Tyyppi"), "decision_type", 22),
    date_col(QT_TRANSLATE_NOOP("Columns", "Päätöspäivä"), "decision_date"),
    text_col(QT_TRANSLATE_NOOP("Columns", "Yhdistys"), "association_name", 32),
    text_col(QT_TRANSLATE_NOOP("Columns", "Työllistetty"), "person_name", 20),
    _period_col(QT_TRANSLATE_NOOP("Columns", "Tukijakso")),
    money_col(QT_TRANSLATE_NOOP("Columns", "Kk-summa"), "monthly_amount_cents", 10),
    money_col(QT_TRANSLATE_NOOP("Columns", "Yhteensä"), "total_cents"),
    money_col(QT_TRANSLATE_NOOP("Columns", "Maksettu"), "paid_cents"),
    enum_col(QT_TRANSLATE_NOOP("Columns", "Tila"), "status", 10),
    date_col(QT_TRANSLATE_NOOP("Columns", "Oikaisuaika päättyy"), "appeal_deadline", 12),
)

PAYMENTS: tuple[Column, ...] = (
    number_col(QT_TRANSLATE_NOOP("Columns", "Erä"), "period_index", 4),
    _period_col(QT_TRANSLATE_NOOP("Columns", "Kausi")),
    number_col(QT_TRANSLATE_NOOP("Columns", "Päiviä"), "eligible_days", 6),
    money_col(QT_TRANSLATE_NOOP("Columns", "Summa"), "amount_cents"),
    date_col(QT_TRANSLATE_NOOP("Columns", "Haettava viimeistään"), "claim_due", 13),
    enum_col(QT_TRANSLATE_NOOP("Columns", "Tila"), "status", 10),
    date_col(QT_TRANSLATE_NOOP("Columns", "Maksettu"), "paid_on"),
    text_col(QT_TRANSLATE_NOOP("Columns", "Viite"), "reference", 15),
    text_col(QT_TRANSLATE_NOOP("Columns", "Pidätyksen syy"), "held_reason", 30),
)

FOLLOWUPS: tuple[Column, ...] = (
    date_col(QT_TRANSLATE_NOOP("Columns", "Päivä"), "held_on"),
    enum_col(QT_TRANSLATE_NOOP("Columns", "Keskustelu"), "followup_type", 16),
    text_col(QT_TRANSLATE_NOOP("Columns", "Osallistujat"), "participants", 28),
    bool_col(QT_TRANSLATE_NOOP("Columns", "Työhönvalmentaja"), "job_coach_present", width=13),
    bool_col(QT_TRANSLATE_NOOP("Columns", "Allekirjoitettu"), "signed", width=11),
    enum_col(QT_TRANSLATE_NOOP("Columns", "Jatkopolku"), "next_step", 20),
)

OUTCOMES: tuple[Column, ...] = (
    enum_col(QT_TRANSLATE_NOOP("Columns", "Ajankohta"), "checkpoint", 16),
    enum_col(QT_TRANSLATE_NOOP("Columns", "Tilanne"), "status", 26),
    date_col(QT_TRANSLATE_NOOP("Columns", "Kirjattu"), "recorded_on"),
    text_col(QT_TRANSLATE_NOOP("Columns", "Lisätiedot"), "notes", 30),
)


def without(columns: tuple[Column, ...], *titles: str) -> tuple[Column, ...]:
    """The same columns less those that repeat the record the table belongs to."""
    return tuple(c for c in columns if c.title not in titles)


PLACEMENTS_OF_PERSON = without(PLACEMENTS, "Työllistetty")
PLACEMENTS_OF_ASSOCIATION = without(PLACEMENTS, "Työnantaja")
DECISIONS_OF_ASSOCIATION = without(DECISIONS, "Yhdistys")
DECISIONS_OF_PLACEMENT = without(DECISIONS, "Yhdistys", "Työllistetty")

DE_MINIMIS_AID = (
    date_col(QT_TRANSLATE_NOOP("Columns", "Myönnetty"), "granted_on"),
    text_col(QT_TRANSLATE_NOOP("Columns", "Myöntäjä"), "grantor", 24),
    money_col(QT_TRANSLATE_NOOP("Columns", "Summa"), "amount_cents"),
    text_col(QT_TRANSLATE_NOOP("Columns", "Kuvaus"), "description", 40),
)

TRAININGS: tuple[Column, ...] = (
    date_col(QT_TRANSLATE_NOOP("Columns", "Päivä"), "held_on"),
    text_col(QT_TRANSLATE_NOOP("Columns", "Klo"), "time_text", 11),
    text_col(QT_TRANSLATE_NOOP("Columns", "Valmennus"), "name", 30),
    enum_col(QT_TRANSLATE_NOOP("Columns", "Kohderyhmä"), "target", 16),
    text_col(QT_TRANSLATE_NOOP("Columns", "Paikka"), "where", 24),
    text_col(QT_TRANSLATE_NOOP("Columns", "Kouluttaja"), "trainer", 16),
    number_col(QT_TRANSLATE_NOOP("Columns", "Paikkoja"), "capacity", 8),
    number_col(QT_TRANSLATE_NOOP("Columns", "Ilmoittautuneita"), "registered", 10),
    number_col(QT_TRANSLATE_NOOP("Columns", "Osallistui"), "attended", 8),
)

REGISTRATIONS: tuple[Column, ...] = (
    text_col(QT_TRANSLATE_NOOP("Columns", "Yhdistys"), "association", 28),
    text_col(QT_TRANSLATE_NOOP("Columns", "Nimi"), "name", 22),
    text_col(QT_TRANSLATE_NOOP("Columns", "Rooli"), "role", 16),
    bool_col(QT_TRANSLATE_NOOP("Columns", "Osallistui"), "attended", width=9),
)

SUPERVISION: tuple[Column, ...] = (
    date_col(QT_TRANSLATE_NOOP("Columns", "Päivä"), "held_on"),
    text_col(QT_TRANSLATE_NOOP("Columns", "Yhdistys"), "association", 30),
    text_col(QT_TRANSLATE_NOOP("Columns", "Työnohjaaja"), "supervisor", 20),
    number_col(QT_TRANSLATE_NOOP("Columns", "Osallistujia"), "participants", 9),
    number_col(QT_TRANSLATE_NOOP("Columns", "Tunteja"), "hours", 7),
    money_col(QT_TRANSLATE_NOOP("Columns", "Kustannus"), "cost_cents"),
)
SUPERVISION_OF_ASSOCIATION = without(SUPERVISION, "Yhdistys")

TRAININGS_ATTENDED: tuple[Column, ...] = (
    date_col(QT_TRANSLATE_NOOP("Columns", "Päivä"), "held_on"),
    text_col(QT_TRANSLATE_NOOP("Columns", "Valmennus"), "name", 34),
    number_col(QT_TRANSLATE_NOOP("Columns", "Osallistui"), "attended", 8),
    number_col(QT_TRANSLATE_NOOP("Columns", "Ilmoittautui"), "registered", 9),
)

TRANSFERS = (
    enum_col(QT_TRANSLATE_NOOP("Columns", "Tila"), "status", 16),
    text_col(QT_TRANSLATE_NOOP("Columns", "Vastaanottava työnantaja"), "receiving_name", 26),
    enum_col(QT_TRANSLATE_NOOP("Columns", "Laji"), "kind", 24),
    date_col(QT_TRANSLATE_NOOP("Columns", "Alkaa"), "start_date"),
    date_col(QT_TRANSLATE_NOOP("Columns", "Päättyy"), "end_date"),
    date_col(QT_TRANSLATE_NOOP("Columns", "Allekirjoitettu"), "signed_on"),
)

# Recruitment needs, job seekers, employer rings and matches (issue 16).
NEEDS: tuple[Column, ...] = (
    text_col(QT_TRANSLATE_NOOP("Columns", "Yhdistys"), "association_name", 28),
    text_col(QT_TRANSLATE_NOOP("Columns", "Tehtävät"), "tasks_line", 32),
    number_col(QT_TRANSLATE_NOOP("Columns", "h/vko"), "hours_per_week", 6),
    _period_col(QT_TRANSLATE_NOOP("Columns", "Ajanjakso")),
    text_col(QT_TRANSLATE_NOOP("Columns", "Alue"), "area", 11),
    bool_col(QT_TRANSLATE_NOOP("Columns", "Osatyökykyiselle"), "suits_partial_ability", width=12),
    number_col(QT_TRANSLATE_NOOP("Columns", "Kartoitus"), "round_year", 8),
    enum_col(QT_TRANSLATE_NOOP("Columns", "Tila"), "status", 11),
)

SEEKERS: tuple[Column, ...] = (
    text_col(QT_TRANSLATE_NOOP("Columns", "Nimi"), "person_name", 22),
    text_col(QT_TRANSLATE_NOOP("Columns", "Kohderyhmä"), "groups_text", 26),
    text_col(QT_TRANSLATE_NOOP("Columns", "Tunnit/vko"), "hours_range", 9),
    text_col(QT_TRANSLATE_NOOP("Columns", "Osaaminen"), "skills", 24),
    text_col(QT_TRANSLATE_NOOP("Columns", "Kiinnostukset"), "interests", 16),
    text_col(QT_TRANSLATE_NOOP("Columns", "Alue"), "area", 11),
    date_col(QT_TRANSLATE_NOOP("Columns", "Käytettävissä"), "available_from", 11),
    date_col(QT_TRANSLATE_NOOP("Columns", "Edellinen työsuhde päättyi"), "last_placement_end", 12),
)

RINGS: tuple[Column, ...] = (
    text_col(QT_TRANSLATE_NOOP("Columns", "Nimi"), "name", 24),
    text_col(QT_TRANSLATE_NOOP("Columns", "Päätyönantaja"), "lead_name", 26),
    text_col(QT_TRANSLATE_NOOP("Columns", "Jäsenet"), "member_names", 40),
    number_col(QT_TRANSLATE_NOOP("Columns", "h/vko yhteensä"), "total_hours", 9),
    number_col(QT_TRANSLATE_NOOP("Columns", "Työsuhteita"), "placement_count", 9),
)

PROPOSALS: tuple[Column, ...] = (
    text_col(QT_TRANSLATE_NOOP("Columns", "Ehdotettu rinki"), "summary", 48),
    number_col(QT_TRANSLATE_NOOP("Columns", "h/vko yhteensä"), "hours", 9),
    text_col(QT_TRANSLATE_NOOP("Columns", "Alue"), "area", 11),
    text_col(QT_TRANSLATE_NOOP("Columns", "Päätyönantajaksi"), "lead_name", 26),
)

SEEKER_MATCHES: tuple[Column, ...] = (
    number_col(QT_TRANSLATE_NOOP("Columns", "Sija"), "rank", 4),
    number_col(QT_TRANSLATE_NOOP("Columns", "Pisteet"), "points", 6),
    text_col(QT_TRANSLATE_NOOP("Columns", "Työnhakija"), "person_name", 20),
    bool_col(QT_TRANSLATE_NOOP("Columns", "Kohderyhmä"), "eligible", width=9),
    text_col(QT_TRANSLATE_NOOP("Columns", "Perusteet"), "reasons", 70),
)

NEED_MATCHES: tuple[Column, ...] = (
    number_col(QT_TRANSLATE_NOOP("Columns", "Sija"), "rank", 4),
    number_col(QT_TRANSLATE_NOOP("Columns", "Pisteet"), "points", 6),
    text_col(QT_TRANSLATE_NOOP("Columns", "Yhdistys"), "association_name", 22),
    text_col(QT_TRANSLATE_NOOP("Columns", "Tehtävät"), "tasks", 24),
    number_col(QT_TRANSLATE_NOOP("Columns", "h/vko"), "need_hours", 6),
    text_col(QT_TRANSLATE_NOOP("Columns", "Perusteet"), "reasons", 60),
)

# Job coaches (Työhönvalmentajat): the coaches with their caseload totals, a coach's
# placements, and the visit log.
COACHES: tuple[Column, ...] = (
    text_col(QT_TRANSLATE_NOOP("Columns", "Nimi"), "name", 24),
    text_col(QT_TRANSLATE_NOOP("Columns", "Puhelin"), "phone", 13),
    text_col(QT_TRANSLATE_NOOP("Columns", "Sähköposti"), "email", 22),
    number_col(QT_TRANSLATE_NOOP("Columns", "Työsuhteita"), "placements", 9),
    number_col(QT_TRANSLATE_NOOP("Columns", "Seurantoja myöhässä"), "overdue", 10),
    date_col(QT_TRANSLATE_NOOP("Columns", "Seuraava seuranta"), "next_due", 11),
    number_col(QT_TRANSLATE_NOOP("Columns", "Käyntejä 30 pv"), "visits_recent", 9),
    bool_col(QT_TRANSLATE_NOOP("Columns", "Mukana"), "active", width=7),
)

CASELOAD: tuple[Column, ...] = (
    text_col(QT_TRANSLATE_NOOP("Columns", "Työllistetty"), "person_name", 22),
    text_col(QT_TRANSLATE_NOOP("Columns", "Työnantaja"), "association_name", 28),
    date_col(QT_TRANSLATE_NOOP("Columns", "Alkaa"), "start"),
    date_col(QT_TRANSLATE_NOOP("Columns", "Päättyy"), "end"),
    enum_col(QT_TRANSLATE_NOOP("Columns", "Seuraava seuranta"), "next_followup", 15),
    date_col(QT_TRANSLATE_NOOP("Columns", "Eräpäivä"), "next_due"),
    number_col(QT_TRANSLATE_NOOP("Columns", "Myöhässä"), "overdue", 8),
    date_col(QT_TRANSLATE_NOOP("Columns", "Viimeisin käynti"), "last_visit", 11),
)

VISITS: tuple[Column, ...] = (
    date_col(QT_TRANSLATE_NOOP("Columns", "Päivä"), "visited_on"),
    enum_col(QT_TRANSLATE_NOOP("Columns", "Laji"), "kind", 20),
    text_col(QT_TRANSLATE_NOOP("Columns", "Työhönvalmentaja"), "coach_name", 18),
    text_col(QT_TRANSLATE_NOOP("Columns", "Työllistetty"), "person_name", 20),
    text_col(QT_TRANSLATE_NOOP("Columns", "Muistiinpano"), "note", 40),
)
VISITS_OF_PLACEMENT = without(VISITS, "Työllistetty")
VISITS_OF_COACH = without(VISITS, "Työhönvalmentaja")
