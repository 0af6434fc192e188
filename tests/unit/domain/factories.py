"""Builders shared by the domain tests."""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal
from typing import Any

from kemidesk.domain.eligibility import EligibilityFacts
from kemidesk.domain.types import EmployerType


def make_facts(**changes: Any) -> EligibilityFacts:
    """Facts that pass every rule: a 12-month association job at 500 €/month."""
    base = EligibilityFacts(
        employer_type=EmployerType.ASSOCIATION,
        business_activity=False,
        kemi_resident=True,
        tmt_days=400,
        partial_work_ability=False,
        birth_date=date(1980, 5, 17),
        placement_start=date(2026, 3, 15),
        placement_end=date(2027, 3, 14),
        hours_per_week=Decimal("30"),
        monthly_wage_cents=200_000,
        palkkatuki_start=date(2026, 3, 15),
        palkkatuki_end=date(2027, 3, 14),
        palkkatuki_percent=70,
        palkkatuki_monthly_cents=140_000,
        wage_costs_cents=None,
        application_date=date(2026, 3, 20),
        grant_start=date(2026, 3, 15),
        grant_end=date(2027, 3, 14),
        monthly_amount_cents=50_000,
        months_already_granted=Decimal(0),
        appropriation_left_cents=None,
        de_minimis_received_cents=0,
    )
    return dataclasses.replace(base, **changes)
