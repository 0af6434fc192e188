"""Sample documents for the printing tests and benchmarks (invented people and associations)."""

from __future__ import annotations

import dataclasses
import datetime as dt

from kemidesk.domain.types import DecisionType, EmployerType, OutcomeStatus
from kemidesk.printing.documents import (
    ContactInfo,
    DecisionDoc,
    Letterhead,
    PalkkatukiInfo,
    PartyInfo,
    PersonInfo,
    PlacementInfo,
    ScheduleRow,
)
from kemidesk.printing.other_documents import (
    FollowupDoc,
    MeetingRow,
    PaymentListDoc,
    PaymentListRow,
    RecordedText,
)

PERSON_NAME = "Áilu Čuččá Đđŋŧšž Mäkelä-Öhman"
HETU_MASKED = "010190-****"
TARGET_REASON = "Vähintään 300 päivää työmarkkinatukea (412 päivää)"
WORK_ABILITY = "Osatyökykyinen: selkävaiva rajoittaa nostamista"


def letterhead() -> Letterhead:
    return Letterhead(
        organisation="Kemin kaupunki",
        unit="Työllisyyspalvelut",
        street_address="Valtakatu 26",
        postcode_city="94100 Kemi",
        phone="016 259 111",
        email="tyollisyyspalvelut@kemi.fi",
        registry_name="Kemin kaupungin kirjaamo",
        registry_address=("PL 86", "94101 Kemi"),
        registry_email="kirjaamo@kemi.fi",
        decision_maker_name="Åsa Kyllönen",
        decision_maker_title="työllisyyspäällikkö",
        review_body="Elinvoimalautakunta",
        signing_place="Kemissä",
    )


def party(company: bool = False) -> PartyInfo:
    return PartyInfo(
        name="Kemin Seudun Työttömät ry" if not company else "Pohjolan Puu & Metalli Oy",
        business_id="1234567-1",
        association_number="123.456",
        address_lines=("Keskuspuistokatu 5 B", "94100 Kemi"),
        iban="FI2112345600000785",
        contact_person="Pirjo Äijälä-Strömbåck",
        employer_type_label=(EmployerType.COMPANY if company else EmployerType.ASSOCIATION).label,
    )


def schedule(months: int = 12) -> tuple[ScheduleRow, ...]:
    rows = []
    for i in range(months):
        month = 1 + i
        start = dt.date(2026, month, 1)
        end = (dt.date(2026, month + 1, 1) if month < 12 else dt.date(2027, 1, 1)) - dt.timedelta(1)
        rows.append(
            ScheduleRow(
                index=i + 1,
                start=start,
                end=end,
                eligible_days=end.day,
                amount_cents=50000,
                claim_due=end + dt.timedelta(days=61),
            )
        )
    return tuple(rows)


def decision(
    kind: DecisionType = DecisionType.GRANT, *, public: bool = False, company: bool = False
) -> DecisionDoc:
    return DecisionDoc(
        number="KEMI-LISÄ 2026/0042",
        decision_type=kind,
        decision_date=dt.date(2026, 11, 28),
        letterhead=letterhead(),
        party=party(company),
        person=PersonInfo(
            name=PERSON_NAME,
            hetu_masked=HETU_MASKED,
            target_group_reason=TARGET_REASON,
            work_ability_note=WORK_ABILITY,
        ),
        placement=PlacementInfo(
            job_title="Kierrätysmyymälän myyjä",
            start=dt.date(2026, 1, 1),
            end=dt.date(2026, 12, 31),
            hours_per_week="30",
            monthly_wage_cents=185000,
            supervisor="Heikki Ŋuorra",
            job_coach="Sanna Šakkinen",
        ),
        palkkatuki=PalkkatukiInfo(
            authority="Meri-Lapin työllisyysalue",
            decision_number="PT-2025-1187",
            decision_date=dt.date(2025, 12, 15),
            percent=70,
            start=dt.date(2026, 1, 1),
            end=dt.date(2026, 12, 31),
        ),
        monthly_amount_cents=50000,
        period_start=dt.date(2026, 1, 1),
        period_end=dt.date(2026, 12, 31),
        total_cents=600000,
        schedule=schedule() if kind not in (DecisionType.REJECTION, DecisionType.RECOVERY) else (),
        cost_centre="4410 Työllisyyspalvelut / Kemi-lisä",
        reasons=(
            "Työnantaja on rekisteröity yhdistys ja työ on yleishyödyllistä.",
            f"Työllistettävä kuuluu kohderyhmään: {TARGET_REASON}.",
            "Työaika on vähintään 18 tuntia viikossa ja palkka vähintään 1 200 € kuukaudessa.",
            "Hakemus on jätetty kuukauden kuluessa työsuhteen alkamisesta.",
        ),
        conditions=(
            "Työnantaja käy työntekijän kanssa ohjaus- ja kehityskeskustelut seurantalomakkeella.",
            "Muutoksista (työsuhteen päättyminen, poissaolot, työajan muutos) ilmoitetaan heti.",
            "Työnantaja järjestää 2–3 päivän palkallisen tutustumisjakson toiseen työpaikkaan.",
            "Kaupungilla on oikeus tarkastaa tuen käyttö. Aiheeton tuki peritään takaisin.",
        ),
        payment_terms=(
            "Kemi-lisä maksetaan jälkikäteen kuukausittain maksatushakemuksen perusteella.",
            "Maksatushakemus on jätettävä kahden kuukauden kuluessa jakson päättymisestä.",
            "Liitteeksi palkkalaskelmat ja palkkatuen maksatuspäätös.",
            "Viimeisen erän liitteeksi allekirjoitettu seurantalomake.",
        ),
        de_minimis_statement=(
            "Tuki myönnetään vähämerkityksisenä (de minimis) tukena komission asetuksen (EU) "
            "2023/2831 mukaisesti."
            if company
            else None
        ),
        recovery_amount_cents=125050 if kind is DecisionType.RECOVERY else None,
        recovery_due=dt.date(2027, 1, 31) if kind is DecisionType.RECOVERY else None,
        amends_decision_number=(
            "KEMI-LISÄ 2026/0007"
            if kind in (DecisionType.AMENDMENT, DecisionType.RECOVERY)
            else None
        ),
        contact=ContactInfo(
            name="Liisa Pöyhönen", phone="040 123 4567", email="liisa.poyhonen@kemi.fi"
        ),
        appeal_deadline=dt.date(2026, 12, 19),
        notification_text="Päätös lähetetään tiedoksi sähköpostilla 28.11.2026.",
        distribution=(
            "Kemin Seudun Työttömät ry",
            f"Työntekijä {PERSON_NAME}",
            "Talouspalvelut",
            "Meri-Lapin työllisyysalue",
        ),
        public=public,
    )


def public_copy(doc: DecisionDoc) -> DecisionDoc:
    """What the service does: blank the personal fields, compose the free texts without them."""
    return dataclasses.replace(
        doc,
        person=None,
        placement=None,
        public=True,
        reasons=tuple(r for r in doc.reasons if TARGET_REASON not in r),
        distribution=tuple(d for d in doc.distribution if PERSON_NAME not in d),
    )


def followup(blank: bool = False, index: int = 0) -> FollowupDoc:
    if blank:
        return FollowupDoc(letterhead=letterhead(), blank=True)
    return FollowupDoc(
        letterhead=letterhead(),
        party_name="Kemin Seudun Työttömät ry",
        person_name=f"{PERSON_NAME} {index}" if index else PERSON_NAME,
        supervisor="Heikki Ŋuorra",
        job_coach="Sanna Šakkinen",
        palkkatuki_decision_number="PT-2025-1187",
        kemilisa_decision_number=f"KEMI-LISÄ 2026/{index:04d}",
        period_start=dt.date(2026, 1, 1),
        period_end=dt.date(2026, 12, 31),
        followup_type_label="Väliarviointi",
        past_meetings=(
            MeetingRow(
                dt.date(2026, 1, 8),
                "Áilu, Heikki Ŋuorra, Sanna Šakkinen",
                "Aloituskeskustelu",
                job_coach_present=True,
            ),
            MeetingRow(
                dt.date(2026, 5, 12),
                "Áilu, Heikki Ŋuorra",
                "Väliarviointi",
                job_coach_present=False,
            ),
        ),
        goals=(
            RecordedText(dt.date(2026, 1, 8), "Kassatyö ja hyllytys itsenäisesti", "Tavoitteet"),
            RecordedText(dt.date(2026, 5, 12), "Kassatyö sujuu, hyllytys ohjattuna", "Edistyminen"),
        ),
        support=(RecordedText(dt.date(2026, 1, 8), "Perehdytys kassajärjestelmään"),),
        training=(RecordedText(dt.date(2026, 5, 12), "Hygieniapassi suoritettu 4/2026"),),
        job_search_support=(RecordedText(dt.date(2026, 5, 12), "Ansioluettelo päivitetty"),),
        trial_visit=(RecordedText(dt.date(2026, 5, 12), "Kemin Kauppa Oy, 2 päivää kesäkuussa"),),
        absences=(RecordedText(dt.date(2026, 5, 12), "Työaika 30 → 32 h/vko 1.4.2026"),),
        own_assessment=(RecordedText(dt.date(2026, 5, 12), "Viihdyn, haluan kaupan alalle"),),
        end_assessment=(RecordedText(dt.date(2026, 5, 12), "Valmis avoimille työmarkkinoille"),),
        next_meeting=dt.date(2026, 9, 15),
        next_step_label=OutcomeStatus.COMPANY_JOB.label,
        new_employer="Kemin Kauppa Oy",
        new_job_start=dt.date(2027, 1, 2),
        new_contract_type="Toistaiseksi voimassa oleva, kokoaikainen",
    )


def payment_list(count: int = 120) -> PaymentListDoc:
    rows = []
    for i in range(count):
        rows.append(
            PaymentListRow(
                association_name=f"Yhdistys nro {i + 1} – Kemin Ääni & Öljy ry",
                iban="FI2112345600000785",
                reference=f"{1000 + i}",
                decision_number=f"KEMI-LISÄ 2026/{i + 1:04d}",
                period_start=dt.date(2026, 10, 1),
                period_end=dt.date(2026, 10, 31),
                amount_cents=50000 - (i % 7) * 1234,
                business_id="1234567-1",
                cost_centre="4410 Kemi-lisä",
            )
        )
    return PaymentListDoc(
        letterhead=letterhead(),
        title="Kemi-lisän maksuluettelo",
        period="lokakuu 2026",
        rows=tuple(rows),
        total_cents=sum(r.amount_cents for r in rows),
        created=dt.date(2026, 11, 28),
        prepared_by="Liisa Pöyhönen",
        number="ML-2026-10",
        payment_date=dt.date(2026, 12, 4),
    )
