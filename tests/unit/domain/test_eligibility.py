from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kemidesk.domain.eligibility import (
    Finding,
    check_eligibility,
    company_max_monthly_cents,
    estimated_wage_costs_cents,
    grant_total_cents,
    propose_grant_period,
    target_groups,
)
from kemidesk.domain.errors import RuleViolation
from kemidesk.domain.rules import RuleSet
from kemidesk.domain.schedule import MONTHS_TOLERANCE, months_equivalent
from kemidesk.domain.types import EmployerType, Proration, Severity, TargetGroup

from .factories import make_facts

RULES = RuleSet()
COMPANY = EmployerType.COMPANY


def codes(**changes: object) -> list[str]:
    return [f.code for f in check_eligibility(make_facts(**changes), RULES)]


def test_everything_holds() -> None:
    assert check_eligibility(make_facts(), RULES) == []


# --- target groups -----------------------------------------------------------------------


def test_target_groups() -> None:
    facts = make_facts(tmt_days=300, partial_work_ability=True, birth_date=date(1996, 3, 16))
    assert target_groups(facts, RULES) == [
        TargetGroup.LONG_TERM_UNEMPLOYED,
        TargetGroup.PARTIAL_WORK_ABILITY,
        TargetGroup.UNDER_30,
    ]
    assert target_groups(make_facts(tmt_days=299), RULES) == []
    assert target_groups(make_facts(tmt_days=None, birth_date=None), RULES) == []


def test_under_30_is_age_at_placement_start() -> None:
    # Placement starts 15.3.2026: born 16.3.1996 is 29, born 15.3.1996 turns 30 that day.
    assert target_groups(make_facts(tmt_days=None, birth_date=date(1996, 3, 16)), RULES) == [
        TargetGroup.UNDER_30
    ]
    assert target_groups(make_facts(tmt_days=None, birth_date=date(1996, 3, 15)), RULES) == []


@pytest.mark.parametrize(
    "changes",
    [
        {"tmt_days": 300},
        {"tmt_days": None, "partial_work_ability": True},
        {"tmt_days": 10, "birth_date": date(2000, 1, 1)},
    ],
)
def test_target_group_met(changes: dict[str, object]) -> None:
    assert "TARGET_GROUP_NONE" not in codes(**changes)


def test_target_group_none() -> None:
    assert codes(tmt_days=299) == ["TARGET_GROUP_NONE"]


def test_not_kemi_resident() -> None:
    assert codes(kemi_resident=False) == ["NOT_KEMI_RESIDENT"]


# --- the job -----------------------------------------------------------------------------


def test_hours_boundary() -> None:
    assert codes(hours_per_week=Decimal("18")) == []
    assert codes(hours_per_week=Decimal("17.99")) == ["HOURS_TOO_LOW"]


def test_wage_boundary() -> None:
    assert codes(monthly_wage_cents=120_000) == []
    assert codes(monthly_wage_cents=119_999) == ["WAGE_TOO_LOW"]


def test_short_association_employment() -> None:
    # 15.3.2026–14.11.2026 is exactly 8 months.
    exact = {"placement_end": date(2026, 11, 14), "palkkatuki_end": date(2026, 11, 14)}
    assert codes(grant_end=date(2026, 11, 14), **exact) == []
    short = {"placement_end": date(2026, 11, 13), "palkkatuki_end": date(2026, 11, 13)}
    assert codes(grant_end=date(2026, 11, 13), **short) == ["SHORT_EMPLOYMENT"]
    finding = check_eligibility(make_facts(grant_end=date(2026, 11, 13), **short), RULES)[0]
    assert finding.severity is Severity.WARNING
    assert finding.params["months"] == Decimal("7.9")
    assert finding.message.startswith("Työsuhde 15.3.2026–13.11.2026 kestää alle 8 kk")


def test_short_employment_not_checked_for_companies_or_open_ended_jobs() -> None:
    short = {"placement_end": date(2026, 6, 30), "palkkatuki_end": date(2026, 6, 30)}
    company = codes(
        employer_type=COMPANY, monthly_amount_cents=1, grant_end=date(2026, 6, 30), **short
    )
    assert "SHORT_EMPLOYMENT" not in company
    assert codes(placement_end=None) == []


# --- palkkatuki --------------------------------------------------------------------------


def test_palkkatuki_missing() -> None:
    assert codes(palkkatuki_start=None, palkkatuki_end=None) == ["PALKKATUKI_MISSING"]
    assert codes(palkkatuki_percent=None) == ["PALKKATUKI_MISSING"]


def test_palkkatuki_not_covering() -> None:
    assert codes(palkkatuki_start=date(2026, 3, 16)) == ["PALKKATUKI_NOT_COVERING"]
    assert codes(palkkatuki_end=date(2027, 3, 13)) == ["PALKKATUKI_NOT_COVERING"]
    finding = check_eligibility(make_facts(palkkatuki_end=date(2027, 3, 13)), RULES)[0]
    assert finding.params["start"] == date(2026, 3, 15)
    assert finding.params["end"] == date(2027, 3, 13)
    assert "15.3.2026–13.3.2027" in finding.message


def test_palkkatuki_covering_or_open_ended() -> None:
    assert codes(palkkatuki_start=date(2026, 1, 1), palkkatuki_end=date(2027, 12, 31)) == []
    assert codes(palkkatuki_end=None) == []


def test_palkkatuki_percent_not_allowed() -> None:
    assert codes(palkkatuki_percent=40) == ["PALKKATUKI_PERCENT_UNKNOWN"]
    assert codes(palkkatuki_percent=50) == []


def test_palkkatuki_100_percent() -> None:
    assert codes(palkkatuki_percent=100) == []
    assert codes(palkkatuki_percent=100, business_activity=True) == ["PALKKATUKI_100_FOR_COMPANY"]
    company = codes(
        palkkatuki_percent=100, employer_type=COMPANY, palkkatuki_monthly_cents=0,
    )  # fmt: skip
    assert "PALKKATUKI_100_FOR_COMPANY" in company


# --- application -------------------------------------------------------------------------


def test_application_deadline_boundary() -> None:
    assert codes(application_date=date(2026, 4, 15)) == []
    assert codes(application_date=date(2026, 4, 16)) == ["APPLICATION_LATE"]
    finding = check_eligibility(make_facts(application_date=date(2026, 4, 16)), RULES)[0]
    assert finding.params["deadline"] == date(2026, 4, 15)
    assert finding.severity is Severity.WARNING


def test_application_deadline_moves_off_a_weekend() -> None:
    # Placement from 14.2.2026: one month later is Saturday 14.3.2026 → Monday 16.3.
    start = {
        "placement_start": date(2026, 2, 14),
        "palkkatuki_start": date(2026, 2, 14),
        "grant_start": date(2026, 2, 14),
        "grant_end": date(2027, 2, 13),
    }
    assert codes(application_date=date(2026, 3, 16), **start) == []
    assert codes(application_date=date(2026, 3, 17), **start) == ["APPLICATION_LATE"]


def test_application_date_missing() -> None:
    assert codes(application_date=None) == ["APPLICATION_DATE_MISSING"]


# --- the grant ---------------------------------------------------------------------------


def test_monthly_amount_boundary() -> None:
    assert codes(monthly_amount_cents=50_000) == []
    assert codes(monthly_amount_cents=50_001) == ["MONTHLY_AMOUNT_OVER_MAX"]
    assert codes(monthly_amount_cents=0) == ["MONTHLY_AMOUNT_NOT_POSITIVE"]


def test_grant_outside_placement() -> None:
    early = {"grant_start": date(2026, 3, 14), "grant_end": date(2027, 3, 13)}
    assert codes(palkkatuki_start=date(2026, 3, 1), **early) == ["GRANT_OUTSIDE_PLACEMENT"]
    late_end = codes(grant_end=date(2027, 3, 15), palkkatuki_end=None)
    assert "GRANT_OUTSIDE_PLACEMENT" in late_end


def test_grant_period_reversed() -> None:
    assert codes(grant_start=date(2026, 5, 1), grant_end=date(2026, 4, 30)) == [
        "GRANT_PERIOD_INVALID"
    ]


def test_months_cap_exactly_twelve() -> None:
    assert codes() == []  # 15.3.2026–14.3.2027 is exactly 12 months
    assert codes(grant_end=date(2027, 3, 15), placement_end=None, palkkatuki_end=None) == [
        "MONTHS_CAP_EXCEEDED"
    ]


def test_months_cap_counts_earlier_grants() -> None:
    six = {"grant_start": date(2026, 9, 15), "months_already_granted": Decimal("6")}
    assert codes(**six) == []  # 15.9.2026–14.3.2027 is 6 months
    over = {"grant_start": date(2026, 9, 14), "months_already_granted": Decimal("6")}
    assert codes(**over) == ["MONTHS_CAP_EXCEEDED"]
    finding = check_eligibility(make_facts(**over), RULES)[0]
    assert finding.params["already_months"] == Decimal("6")
    assert "enintään 12 kk" in finding.message


def test_months_cap_tolerates_rounded_shares() -> None:
    # 1.–14.1. is 0.4516 months, 15.1.–31.12. 11.5484: together exactly 12.
    facts = {
        "placement_start": date(2026, 1, 1),
        "placement_end": date(2026, 12, 31),
        "palkkatuki_start": date(2026, 1, 1),
        "palkkatuki_end": date(2026, 12, 31),
        "application_date": date(2026, 1, 1),
        "grant_start": date(2026, 1, 15),
        "grant_end": date(2026, 12, 31),
        "months_already_granted": Decimal("0.4516"),
    }
    assert codes(**facts) == []


def test_appropriation() -> None:
    assert codes(appropriation_left_cents=600_000) == []
    assert codes(appropriation_left_cents=599_999) == ["APPROPRIATION_EXCEEDED"]
    finding = check_eligibility(make_facts(appropriation_left_cents=100), RULES)[0]
    assert finding.params == {"needed_cents": 600_000, "left_cents": 100}
    assert finding.message == (
        "Päätös vaatii 6\u00a0000,00\u00a0€, mutta määrärahaa on jäljellä 1,00\u00a0€."
    )


# --- companies ---------------------------------------------------------------------------


def test_estimated_wage_costs() -> None:
    assert estimated_wage_costs_cents(200_000, RULES) == 260_000
    assert estimated_wage_costs_cents(123_457, RULES) == 160_494  # 160 494,1


def test_company_max_monthly() -> None:
    # Costs 2 600 €, half is 1 300 €, palkkatuki 1 000 € → 300 € left.
    assert company_max_monthly_cents(200_000, None, 100_000, RULES) == 30_000
    assert company_max_monthly_cents(200_000, 300_000, 100_000, RULES) == 50_000
    assert company_max_monthly_cents(200_000, 300_000, 0, RULES) == 50_000  # monthly max
    assert company_max_monthly_cents(200_000, None, 200_000, RULES) == 0
    assert company_max_monthly_cents(200_000, None, None, RULES) == 50_000


def test_company_combined_cap() -> None:
    base = {"employer_type": COMPANY, "palkkatuki_monthly_cents": 100_000}
    assert codes(monthly_amount_cents=30_000, **base) == []
    assert codes(monthly_amount_cents=30_001, **base) == ["COMPANY_COMBINED_CAP"]
    finding = check_eligibility(make_facts(monthly_amount_cents=30_001, **base), RULES)[0]
    assert finding.params["max_cents"] == 30_000
    assert "enintään 300,00\u00a0€/kk" in finding.message


def test_company_without_palkkatuki_amount_uses_an_estimate() -> None:
    findings = check_eligibility(
        make_facts(employer_type=COMPANY, palkkatuki_monthly_cents=None, palkkatuki_percent=50),
        RULES,
    )
    assert [f.code for f in findings] == ["COMPANY_COMBINED_CAP", "PALKKATUKI_AMOUNT_MISSING"]
    assert findings[1].params["estimate_cents"] == 130_000


def test_combined_cap_is_for_companies_only() -> None:
    assert codes(palkkatuki_monthly_cents=200_000) == []


def test_de_minimis() -> None:
    company = {"employer_type": COMPANY, "palkkatuki_monthly_cents": 0}
    assert codes(de_minimis_received_cents=29_400_000, **company) == []
    assert codes(de_minimis_received_cents=29_400_001, **company) == ["DE_MINIMIS_EXCEEDED"]
    business = codes(de_minimis_received_cents=29_400_001, business_activity=True)
    assert business == ["DE_MINIMIS_EXCEEDED"]
    assert codes(de_minimis_received_cents=29_400_001) == []  # association, no business


# --- findings ----------------------------------------------------------------------------


def test_errors_come_first_in_a_fixed_order() -> None:
    facts = make_facts(
        kemi_resident=False,
        tmt_days=0,
        hours_per_week=Decimal(10),
        monthly_wage_cents=1,
        application_date=None,
        palkkatuki_percent=100,
        business_activity=True,
        monthly_amount_cents=60_000,
        appropriation_left_cents=0,
    )
    found = check_eligibility(facts, RULES)
    assert [f.code for f in found] == [
        "TARGET_GROUP_NONE",
        "NOT_KEMI_RESIDENT",
        "HOURS_TOO_LOW",
        "WAGE_TOO_LOW",
        "MONTHLY_AMOUNT_OVER_MAX",
        "APPROPRIATION_EXCEEDED",
        "PALKKATUKI_100_FOR_COMPANY",
        "APPLICATION_DATE_MISSING",
    ]
    assert check_eligibility(facts, RULES) == found
    assert all(f.message and f.message != f.code for f in found)


def test_finding_message_and_error_flag() -> None:
    finding = Finding(
        Severity.ERROR, "WAGE_TOO_LOW", {"wage_cents": 100_000, "min_wage_cents": 120_000}
    )
    assert finding.is_error
    assert finding.message == (
        "Kuukausipalkka 1\u00a0000,00\u00a0€ on alle vaaditun 1\u00a0200,00\u00a0€."
    )
    assert not Finding(Severity.WARNING, "APPLICATION_DATE_MISSING", {}).is_error
    assert Finding(Severity.ERROR, "NO_SUCH_CODE", {}).message == "NO_SUCH_CODE"


def test_rule_violation_carries_findings() -> None:
    findings = check_eligibility(make_facts(kemi_resident=False), RULES)
    error = RuleViolation(findings)
    assert error.findings == findings
    assert str(error) == "Henkilön kotikunta ei ole Kemi."


def test_grant_total() -> None:
    assert grant_total_cents(make_facts(), RULES) == 600_000
    assert grant_total_cents(make_facts(monthly_amount_cents=0), RULES) == 0


# --- proposing a period ------------------------------------------------------------------


def test_propose_full_twelve_months() -> None:
    period = propose_grant_period(
        date(2026, 3, 15), None, date(2026, 3, 1), None, Decimal(0), RULES
    )
    assert period == (date(2026, 3, 15), date(2027, 3, 14))


def test_propose_limited_by_placement_and_palkkatuki() -> None:
    assert propose_grant_period(
        date(2026, 3, 15), date(2026, 12, 31), date(2026, 4, 1), date(2026, 10, 31),
        Decimal(0), RULES,
    ) == (date(2026, 4, 1), date(2026, 10, 31))  # fmt: skip


def test_propose_with_months_already_used() -> None:
    args = (date(2026, 3, 15), None, date(2026, 3, 15), None)
    assert propose_grant_period(*args, Decimal(9), RULES) == (date(2026, 3, 15), date(2026, 6, 14))
    start, end = propose_grant_period(*args, Decimal("11.5"), RULES) or (None, None)
    assert (start, end) == (date(2026, 3, 15), date(2026, 3, 29))
    assert propose_grant_period(*args, Decimal(12), RULES) is None
    assert propose_grant_period(*args, Decimal(13), RULES) is None


def test_propose_needs_palkkatuki_and_an_overlap() -> None:
    assert propose_grant_period(date(2026, 3, 15), None, None, None, Decimal(0), RULES) is None
    assert propose_grant_period(
        date(2026, 3, 15), date(2026, 6, 30), date(2026, 7, 1), None, Decimal(0), RULES
    ) is None  # fmt: skip


def test_proposed_period_passes_the_checks() -> None:
    for already in (Decimal(0), Decimal("0.4516"), Decimal("3.25"), Decimal("11.9")):
        period = propose_grant_period(
            date(2026, 1, 15), None, date(2026, 1, 15), None, already, RULES
        )
        assert period is not None
        found = codes(
            placement_start=date(2026, 1, 15),
            placement_end=None,
            palkkatuki_start=date(2026, 1, 15),
            palkkatuki_end=None,
            application_date=date(2026, 1, 15),
            grant_start=period[0],
            grant_end=period[1],
            months_already_granted=already,
        )
        assert found == []


@settings(max_examples=200, deadline=None)
@given(
    st.dates(min_value=date(2024, 1, 1), max_value=date(2030, 12, 31)),
    st.integers(min_value=0, max_value=119_999).map(lambda n: Decimal(n) / 10_000),
    st.sampled_from(list(Proration)),
)
def test_proposed_period_uses_what_remains(
    start: date, already: Decimal, proration: Proration
) -> None:
    rules = RuleSet(proration=proration)
    period = propose_grant_period(start, None, start, None, already, rules)
    remaining = rules.max_months - already
    if period is None:  # less than one day's share (or one whole month) left
        assert remaining < (1 if proration is Proration.FULL_MONTH else Decimal("0.05"))
        return
    grant_start, grant_end = period
    assert grant_start == start
    used = months_equivalent(grant_start, grant_end, rules)
    assert already + used <= rules.max_months + MONTHS_TOLERANCE
    # The longest period: one more day would go over what remains of the cap. (A fixed
    # tolerance such as "uses at least remaining − 0.1" fails with working-day proration,
    # where a single day can move the count from the started-months cap to the day sum.)
    assert months_equivalent(grant_start, grant_end + timedelta(days=1), rules) > (
        remaining + MONTHS_TOLERANCE
    )


@settings(max_examples=400)
@given(
    birth=st.dates(date(1940, 1, 1), date(2012, 12, 31)),
    on=st.dates(date(2020, 1, 1), date(2032, 12, 31)),
)
def test_youth_cutoff_agrees_with_age_on(birth: date, on: date) -> None:
    """Matching compares birth dates as ISO text against the cutoff instead of ageing each
    seeker; the two must always agree (29.2. birthdays included)."""
    from kemidesk.domain.dates import age_on
    from kemidesk.domain.eligibility import youth_cutoff

    young = age_on(birth, on) < RULES.youth_age_limit
    assert (birth.isoformat() > youth_cutoff(on, RULES)) == young


@pytest.mark.parametrize(
    ("birth", "on", "young"),
    [
        (date(1996, 2, 29), date(2026, 2, 28), True),  # 30 only on 1.3. in a common year
        (date(1996, 2, 29), date(2026, 3, 1), False),
        (date(1998, 2, 28), date(2028, 2, 29), False),
        (date(1998, 3, 1), date(2028, 2, 29), True),
    ],
)
def test_youth_cutoff_on_leap_days(birth: date, on: date, young: bool) -> None:
    from kemidesk.domain.eligibility import youth_cutoff

    assert (birth.isoformat() > youth_cutoff(on, RULES)) is young
