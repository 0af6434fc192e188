"""Small builders for service tests: valid records with overridable fields."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from kemidesk.services.associations import AssociationInput, create_association
from kemidesk.services.people import PersonInput, create_person
from kemidesk.services.placements import PlacementInput, create_placement

VALID_YTUNNUS = ("0737546-2", "1572860-0", "2617416-4", "0201256-6")
_YTUNNUS_WEIGHTS = (7, 9, 10, 5, 8, 4, 2)


def ytunnus_of(base: int) -> str | None:
    """The Y-tunnus of a 7-digit base, None when the base has no valid check digit."""
    digits = f"{base:07d}"
    remainder = sum(int(d) * w for d, w in zip(digits, _YTUNNUS_WEIGHTS, strict=True)) % 11
    if remainder == 1:
        return None
    return f"{digits}-{0 if remainder == 0 else 11 - remainder}"


def free_business_id(preferred: str) -> str:
    """`preferred` unless a live association has it (Y-tunnus is unique), else a fresh one."""
    from kemidesk.db.models import Association

    def taken(code: str) -> bool:
        live = (Association.business_id == code) & (Association.archived == False)  # noqa: E712
        return bool(Association.select().where(live).exists())

    if not taken(preferred):
        return preferred
    base = 2000000
    while True:
        base += 1
        code = ytunnus_of(base)
        if code is not None and not taken(code):
            return code


def association(n: int = 0, **changes: Any):  # type: ignore[no-untyped-def]
    data = AssociationInput(
        name=f"Testiyhdistys {n} ry",
        business_id=free_business_id(VALID_YTUNNUS[n % len(VALID_YTUNNUS)]),
        street="Valtakatu 1",
        postcode="94100",
        city="Kemi",
        iban="FI2112345600000785",
        contact_name="Anna Yhteys",
        contact_email="anna@example.fi",
    )
    return create_association(replace(data, **changes))


def person(**changes: Any):  # type: ignore[no-untyped-def]
    data = PersonInput(
        first_name="Testi",
        last_name="Henkilö",
        hetu="",
        birth_date=date(1980, 5, 5),
        tmt_days="400",
    )
    return create_person(replace(data, **changes))


def placement(person_id: int, association_id: int, **changes: Any):  # type: ignore[no-untyped-def]
    start = changes.pop("start_date", date(2026, 3, 15))
    end = changes.pop("end_date", date(2027, 3, 14))
    data = PlacementInput(
        person_id=person_id,
        association_id=association_id,
        job_title="kierrätystyöntekijä",
        start_date=start,
        end_date=end,
        hours_per_week="30",
        monthly_wage="1 800,00",
        supervisor_name="Ohjaaja Olli",
        pt_decision_number="PT-1",
        pt_decision_date=start,
        pt_percent=100,
        pt_start=start,
        pt_end=end,
    )
    return create_placement(replace(data, **changes))
