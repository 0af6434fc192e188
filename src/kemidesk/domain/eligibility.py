"""Eligibility of a Kemi-lisä grant: target groups, the checks of the rules, the grant period.

`check_eligibility` returns findings (errors block a decision, warnings need attention);
an empty list means every rule holds. Errors come first, each group in a fixed order.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_DOWN, Decimal
from typing import Any

from kemidesk.domain.dates import ONE_DAY, add_months, age_on, next_working_day
from kemidesk.domain.messages import render_message
from kemidesk.domain.money import prorate, round_half_up
from kemidesk.domain.rules import RuleSet
from kemidesk.domain.schedule import (
    MONTHS_TOLERANCE,
    build_schedule,
    calendar_months,
    months_equivalent,
    schedule_total,
)
from kemidesk.domain.types import EmployerType, Severity, TargetGroup

ERROR = Severity.ERROR
_MAX_EXTRA_DAYS = 40
WARNING = Severity.WARNING


@dataclass(frozen=True)
class Finding:
    """One result of the checks: severity, a stable code and the values for its message."""

    severity: Severity
    code: str
    params: dict[str, Any] = field(default_factory=dict)

    @property
    def message(self) -> str:
        return render_message(self.code, self.params)

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR


@dataclass(frozen=True)
class EligibilityFacts:
    """Everything the rules look at for one Kemi-lisä decision. Money in cents per month."""

    employer_type: EmployerType
    business_activity: bool
    kemi_resident: bool
    tmt_days: int | None
    partial_work_ability: bool
    birth_date: date | None
    placement_start: date
    placement_end: date | None
    hours_per_week: Decimal
    monthly_wage_cents: int
    palkkatuki_start: date | None
    palkkatuki_end: date | None
    palkkatuki_percent: int | None
    palkkatuki_monthly_cents: int | None
    wage_costs_cents: int | None
    application_date: date | None
    grant_start: date
    grant_end: date
    monthly_amount_cents: int
    months_already_granted: Decimal = Decimal(0)
    appropriation_left_cents: int | None = None
    de_minimis_received_cents: int = 0

    @property
    def is_company(self) -> bool:
        return self.employer_type is EmployerType.COMPANY

    @property
    def has_palkkatuki(self) -> bool:
        return self.palkkatuki_start is not None and self.palkkatuki_percent is not None

    @property
    def grant_period_valid(self) -> bool:
        return self.grant_start <= self.grant_end


def target_groups(facts: EligibilityFacts, rules: RuleSet) -> list[TargetGroup]:
    """The target groups the person belongs to (age is taken at the placement start)."""
    return person_target_groups(
        facts.tmt_days, facts.partial_work_ability, facts.birth_date, facts.placement_start, rules
    )


def person_target_groups(
    tmt_days: int | None,
    partial_work_ability: bool,
    birth_date: date | None,
    on: date,
    rules: RuleSet,
) -> list[TargetGroup]:
    """The Kemi-lisä target groups of a person on the day `on` (also for a job seeker before
    there is a placement: matching ranks with it)."""
    groups: list[TargetGroup] = []
    if tmt_days is not None and tmt_days >= rules.min_tmt_days:
        groups.append(TargetGroup.LONG_TERM_UNEMPLOYED)
    if partial_work_ability:
        groups.append(TargetGroup.PARTIAL_WORK_ABILITY)
    if birth_date is not None and age_on(birth_date, on) < rules.youth_age_limit:
        groups.append(TargetGroup.UNDER_30)
    return groups


def youth_cutoff(on: date, rules: RuleSet) -> str:
    """The ISO birth date after which a person is under the youth age limit on the day `on`:
    `age_on(birth, on) < rules.youth_age_limit` exactly when `birth.isoformat()` is greater.
    (The year, month and day compare in that order, as `age_on` does; ranking thousands of
    seekers compares their stored birth dates as text. A test checks the two agree.)"""
    return f"{on.year - rules.youth_age_limit:04d}-{on.month:02d}-{on.day:02d}"


def estimated_wage_costs_cents(monthly_wage_cents: int, rules: RuleSet) -> int:
    """Gross wage plus the estimated holiday pay and employer contributions."""
    factor = (Decimal(100) + rules.employer_cost_percent) / Decimal(100)
    return round_half_up(Decimal(monthly_wage_cents) * factor)


def company_max_monthly_cents(
    monthly_wage_cents: int,
    wage_costs_cents: int | None,
    palkkatuki_monthly_cents: int | None,
    rules: RuleSet,
) -> int:
    """Largest monthly Kemi-lisä for a company: palkkatuki + Kemi-lisä stay within
    `company_combined_cap_percent` of wage costs (estimated when not given), and within
    the monthly maximum. An unknown palkkatuki amount counts as 0 here."""
    costs = wage_costs_cents
    if costs is None:
        costs = estimated_wage_costs_cents(monthly_wage_cents, rules)
    combined = prorate(costs, rules.company_combined_cap_percent, 100)
    room = combined - (palkkatuki_monthly_cents or 0)
    return max(0, min(room, rules.monthly_max_cents))


def propose_grant_period(
    placement_start: date,
    placement_end: date | None,
    palkkatuki_start: date | None,
    palkkatuki_end: date | None,
    months_already_granted: Decimal,
    rules: RuleSet,
) -> tuple[date, date] | None:
    """The longest grant period the rules allow, or None when nothing remains."""
    if palkkatuki_start is None:
        return None
    remaining = Decimal(rules.max_months) - months_already_granted
    if remaining <= 0:
        return None
    start = max(placement_start, palkkatuki_start)
    end = _end_for_months(start, remaining, rules)
    for limit in (placement_end, palkkatuki_end):
        if limit is not None:
            end = min(end, limit)
    if end < start:
        return None
    return start, end


@functools.lru_cache(maxsize=4096)
def _end_for_months(start: date, months: Decimal, rules: RuleSet) -> date:
    """Last day such that [start, day] uses at most `months` of the cap (kept per inputs,
    all frozen: many placements start on the same day with the same months left)."""
    whole = int(months)
    base = add_months(start, whole)
    step_days = (add_months(start, whole + 1) - base).days
    end = base + ONE_DAY * int((months - whole) * step_days) - ONE_DAY
    limit = months + MONTHS_TOLERANCE
    while end >= start and months_equivalent(start, end, rules) > limit:
        end -= ONE_DAY
    # With working-day proration a month's share can lag behind its calendar days.
    for _ in range(_MAX_EXTRA_DAYS):
        if months_equivalent(start, end + ONE_DAY, rules) > limit:
            break
        end += ONE_DAY
    return end


def check_eligibility(facts: EligibilityFacts, rules: RuleSet) -> list[Finding]:
    """All findings for the facts under the rules; [] when everything holds."""
    findings = (
        _person_findings(facts, rules)
        + _job_findings(facts, rules)
        + _palkkatuki_findings(facts, rules)
        + _application_findings(facts, rules)
        + _grant_findings(facts, rules)
        + _company_findings(facts, rules)
    )
    return [f for f in findings if f.is_error] + [f for f in findings if not f.is_error]


def _person_findings(facts: EligibilityFacts, rules: RuleSet) -> list[Finding]:
    findings: list[Finding] = []
    if not target_groups(facts, rules):
        params: dict[str, Any] = {
            "min_tmt_days": rules.min_tmt_days,
            "youth_age_limit": rules.youth_age_limit,
        }
        findings.append(Finding(ERROR, "TARGET_GROUP_NONE", params))
    if not facts.kemi_resident:
        findings.append(Finding(ERROR, "NOT_KEMI_RESIDENT", {}))
    return findings


def _job_findings(facts: EligibilityFacts, rules: RuleSet) -> list[Finding]:
    findings: list[Finding] = []
    if facts.hours_per_week < rules.min_hours_per_week:
        params: dict[str, Any] = {
            "hours": facts.hours_per_week,
            "min_hours": rules.min_hours_per_week,
        }
        findings.append(Finding(ERROR, "HOURS_TOO_LOW", params))
    if facts.monthly_wage_cents < rules.min_monthly_wage_cents:
        params = {
            "wage_cents": facts.monthly_wage_cents,
            "min_wage_cents": rules.min_monthly_wage_cents,
        }
        findings.append(Finding(ERROR, "WAGE_TOO_LOW", params))
    association = facts.employer_type in (EmployerType.ASSOCIATION, EmployerType.FOUNDATION)
    if association and facts.placement_end is not None:
        months = calendar_months(facts.placement_start, facts.placement_end)
        if months < rules.min_association_months:
            shown = Decimal(months.numerator) / Decimal(months.denominator)
            params = {
                "months": shown.quantize(Decimal("0.1"), rounding=ROUND_DOWN),
                "min_months": rules.min_association_months,
                "start": facts.placement_start,
                "end": facts.placement_end,
            }
            findings.append(Finding(WARNING, "SHORT_EMPLOYMENT", params))
    return findings


def _palkkatuki_findings(facts: EligibilityFacts, rules: RuleSet) -> list[Finding]:
    if not facts.has_palkkatuki or facts.palkkatuki_start is None:
        return [Finding(ERROR, "PALKKATUKI_MISSING", {})]
    findings: list[Finding] = []
    starts_late = facts.palkkatuki_start > facts.grant_start
    ends_early = facts.palkkatuki_end is not None and facts.palkkatuki_end < facts.grant_end
    if facts.grant_period_valid and (starts_late or ends_early):
        params: dict[str, Any] = {
            "start": facts.palkkatuki_start,
            "end": facts.palkkatuki_end,
            "grant_start": facts.grant_start,
            "grant_end": facts.grant_end,
        }
        findings.append(Finding(ERROR, "PALKKATUKI_NOT_COVERING", params))
    percent = facts.palkkatuki_percent
    if percent is not None and percent not in rules.palkkatuki_percents:
        params = {"percent": percent, "allowed": list(rules.palkkatuki_percents)}
        findings.append(Finding(WARNING, "PALKKATUKI_PERCENT_UNKNOWN", params))
    if percent == 100 and (facts.is_company or facts.business_activity):
        findings.append(Finding(WARNING, "PALKKATUKI_100_FOR_COMPANY", {"percent": percent}))
    return findings


def application_deadline(placement_start: date, rules: RuleSet) -> date:
    """Last day to apply: the months of the rules from the start, moved off holidays."""
    return next_working_day(add_months(placement_start, rules.application_deadline_months))


def _application_findings(facts: EligibilityFacts, rules: RuleSet) -> list[Finding]:
    if facts.application_date is None:
        return [Finding(WARNING, "APPLICATION_DATE_MISSING", {})]
    deadline = application_deadline(facts.placement_start, rules)
    if facts.application_date > deadline:
        params: dict[str, Any] = {
            "application_date": facts.application_date,
            "deadline": deadline,
            "months": rules.application_deadline_months,
        }
        return [Finding(WARNING, "APPLICATION_LATE", params)]
    return []


def grant_total_cents(facts: EligibilityFacts, rules: RuleSet) -> int:
    """Total of the grant's payment schedule (0 for an invalid period or amount)."""
    if not facts.grant_period_valid or facts.monthly_amount_cents <= 0:
        return 0
    schedule = build_schedule(facts.grant_start, facts.grant_end, facts.monthly_amount_cents, rules)
    return schedule_total(schedule)


def _grant_findings(facts: EligibilityFacts, rules: RuleSet) -> list[Finding]:
    findings = _grant_period_findings(facts)
    if facts.monthly_amount_cents <= 0:
        findings.append(Finding(ERROR, "MONTHLY_AMOUNT_NOT_POSITIVE", {}))
    elif facts.monthly_amount_cents > rules.monthly_max_cents:
        params: dict[str, Any] = {
            "amount_cents": facts.monthly_amount_cents,
            "max_cents": rules.monthly_max_cents,
        }
        findings.append(Finding(ERROR, "MONTHLY_AMOUNT_OVER_MAX", params))
    if facts.grant_period_valid:
        this = months_equivalent(facts.grant_start, facts.grant_end, rules)
        total = facts.months_already_granted + this
        if total > rules.max_months + MONTHS_TOLERANCE:
            params = {
                "total_months": total,
                "already_months": facts.months_already_granted,
                "this_months": this,
                "max_months": rules.max_months,
            }
            findings.append(Finding(ERROR, "MONTHS_CAP_EXCEEDED", params))
    needed = grant_total_cents(facts, rules)
    left = facts.appropriation_left_cents
    if left is not None and needed > left:
        params = {"needed_cents": needed, "left_cents": left}
        findings.append(Finding(ERROR, "APPROPRIATION_EXCEEDED", params))
    return findings


def _grant_period_findings(facts: EligibilityFacts) -> list[Finding]:
    if not facts.grant_period_valid:
        params: dict[str, Any] = {"grant_start": facts.grant_start, "grant_end": facts.grant_end}
        return [Finding(ERROR, "GRANT_PERIOD_INVALID", params)]
    before = facts.grant_start < facts.placement_start
    after = facts.placement_end is not None and facts.grant_end > facts.placement_end
    if before or after:
        params = {
            "grant_start": facts.grant_start,
            "grant_end": facts.grant_end,
            "placement_start": facts.placement_start,
            "placement_end": facts.placement_end,
        }
        return [Finding(ERROR, "GRANT_OUTSIDE_PLACEMENT", params)]
    return []


def _company_findings(facts: EligibilityFacts, rules: RuleSet) -> list[Finding]:
    findings: list[Finding] = []
    if facts.is_company:
        findings += _combined_cap_findings(facts, rules)
    if facts.is_company or facts.business_activity:
        needed = grant_total_cents(facts, rules)
        if facts.de_minimis_received_cents + needed > rules.de_minimis_cap_cents:
            params: dict[str, Any] = {
                "cap_cents": rules.de_minimis_cap_cents,
                "years": rules.de_minimis_years,
                "received_cents": facts.de_minimis_received_cents,
                "needed_cents": needed,
            }
            findings.append(Finding(ERROR, "DE_MINIMIS_EXCEEDED", params))
    return findings


def _combined_cap_findings(facts: EligibilityFacts, rules: RuleSet) -> list[Finding]:
    findings: list[Finding] = []
    costs = facts.wage_costs_cents
    if costs is None:
        costs = estimated_wage_costs_cents(facts.monthly_wage_cents, rules)
    palkkatuki = facts.palkkatuki_monthly_cents
    if palkkatuki is None and facts.palkkatuki_percent is not None:
        # Unknown amount: assume the palkkatuki percentage of the whole wage costs.
        palkkatuki = prorate(costs, facts.palkkatuki_percent, 100)
        findings.append(
            Finding(WARNING, "PALKKATUKI_AMOUNT_MISSING", {"estimate_cents": palkkatuki})
        )
    maximum = company_max_monthly_cents(facts.monthly_wage_cents, costs, palkkatuki, rules)
    if facts.monthly_amount_cents > maximum:
        params: dict[str, Any] = {
            "percent": rules.company_combined_cap_percent,
            "wage_costs_cents": costs,
            "palkkatuki_cents": palkkatuki,
            "max_cents": maximum,
            "estimated_costs": facts.wage_costs_cents is None,
        }
        findings.append(Finding(ERROR, "COMPANY_COMBINED_CAP", params))
    return findings
