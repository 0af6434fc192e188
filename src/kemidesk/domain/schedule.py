"""Payment schedule of a Kemi-lisä grant: monthly proration, payment periods, caps, recovery.

Each calendar month touched by the grant gets `monthly × eligible / total` (rounded half up
to a cent) where the days are counted by `RuleSet.proration`:

* CALENDAR_DAYS: calendar days covered / days of the month;
* WORKING_DAYS: covered working days (Mon–Fri, not holidays) / working days of the month;
* FULL_MONTH: every touched month counts in full.

Months are grouped into payment periods of `payment_period_months` counted from the first
month. The total never exceeds `monthly × max_months`, nor `monthly × n` where n is the
number of started months of the grant counted from its start date (15.3.–14.4. is one
month, even though it touches two calendar months); the last periods are clamped.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

from kemidesk.domain.dates import (
    ONE_DAY,
    add_months,
    check_date,
    days_in_month,
    iter_months,
    month_end,
    working_days_between,
)
from kemidesk.domain.money import prorate
from kemidesk.domain.rules import RuleSet
from kemidesk.domain.types import Proration

# months_equivalent is rounded to 4 decimals; caps compare with this tolerance so that
# rounded shares of the same placement that add up to exactly 12 months pass.
MONTHS_TOLERANCE = Decimal("0.001")
_MONTHS_QUANTUM = Decimal("0.0001")


@dataclass(frozen=True)
class Period:
    """One payment period. Days are calendar or working days according to the proration."""

    index: int
    start: date
    end: date
    eligible_days: int
    total_days: int
    amount_cents: int
    claim_due: date


@dataclass(frozen=True)
class _MonthShare:
    start: date
    end: date
    eligible_days: int
    total_days: int
    fraction: Fraction


def _month_share(
    first: date, clip_start: date, clip_end: date, proration: Proration
) -> _MonthShare:
    if proration is Proration.WORKING_DAYS:
        eligible = working_days_between(clip_start, clip_end)
        total = working_days_between(first, month_end(first))
        return _MonthShare(clip_start, clip_end, eligible, total, Fraction(eligible, total))
    eligible = (clip_end - clip_start).days + 1
    total = days_in_month(first)
    fraction = Fraction(1) if proration is Proration.FULL_MONTH else Fraction(eligible, total)
    return _MonthShare(clip_start, clip_end, eligible, total, fraction)


def _month_shares(start: date, end: date, rules: RuleSet) -> tuple[_MonthShare, ...]:
    return _shares_of(start, end, rules.proration)


@functools.lru_cache(maxsize=8192)
def _shares_of(start: date, end: date, proration: Proration) -> tuple[_MonthShare, ...]:
    """The month shares of [start, end] (frozen, so kept: a grant's schedule, its months and
    its cap are worked out from the same period several times while it is assessed)."""
    return tuple(_month_share(*month, proration) for month in iter_months(start, end))


def calendar_months(start: date, end: date) -> Fraction:
    """Length of [start, end] in months counted from start.

    15.3.–14.4. is 1 month, 15.3.–29.3. is 15/31 (days over the length of that month step).
    """
    _check_period(start, end)
    if end < start:
        return Fraction(0)
    after_end = end + ONE_DAY
    whole = max(0, (end.year - start.year) * 12 + end.month - start.month - 1)
    while add_months(start, whole + 1) <= after_end:
        whole += 1
    base, following = add_months(start, whole), add_months(start, whole + 1)
    return whole + Fraction((after_end - base).days, (following - base).days)


def _check_period(start: date, end: date) -> None:
    """Both ends within DATE_MIN..DATE_MAX: a far date is a validation error with a Finnish
    message, not an OverflowError in the month arithmetic."""
    check_date(start, "start_date")
    check_date(end, "end_date")


def _months_fraction(start: date, end: date, rules: RuleSet) -> Fraction:
    _check_period(start, end)
    if end < start:
        return Fraction(0)
    shares = sum((share.fraction for share in _month_shares(start, end, rules)), Fraction(0))
    return min(shares, Fraction(math.ceil(calendar_months(start, end))))


@functools.lru_cache(maxsize=8192)
def months_equivalent(start: date, end: date, rules: RuleSet) -> Decimal:
    """Months of Kemi-lisä that [start, end] uses from the 12-month cap, 4 decimals.

    The sum of the monthly fractions of the proration, but never more than the started
    months counted from the start date (an exact 12-month period always counts as 12).
    Kept per (start, end, rules) (all frozen): an assessment proposes a period by trying
    its last days, and the cap is checked again for the grant and for each ledger.
    """
    fraction = _months_fraction(start, end, rules)
    value = Decimal(fraction.numerator) / Decimal(fraction.denominator)
    return value.quantize(_MONTHS_QUANTUM, rounding=ROUND_HALF_UP)


def _cap_cents(start: date, end: date, monthly_cents: int, rules: RuleSet) -> int:
    started_months = math.ceil(calendar_months(start, end))
    return monthly_cents * min(rules.max_months, started_months)


def build_schedule(
    start: date,
    end: date,
    monthly_cents: int,
    rules: RuleSet,
    *,
    terminated_on: date | None = None,
) -> list[Period]:
    """Payment periods of a grant from start to end (or to terminated_on if earlier)."""
    return list(_schedule(start, end, monthly_cents, rules, terminated_on))


@functools.lru_cache(maxsize=4096)
def _schedule(
    start: date, end: date, monthly_cents: int, rules: RuleSet, terminated_on: date | None
) -> tuple[Period, ...]:
    """`build_schedule`'s periods, kept per inputs (all frozen): an assessment works the
    same schedule out twice (its own and the rules' check of it), and many grants share
    their period and amount."""
    if monthly_cents < 0:
        raise ValueError("monthly_cents must not be negative")
    _check_period(start, end)
    if terminated_on is not None:
        check_date(terminated_on, "actual_end_date")
    effective_end = end if terminated_on is None else min(end, terminated_on)
    if effective_end < start:
        return ()
    shares = _month_shares(start, effective_end, rules)
    room = _cap_cents(start, effective_end, monthly_cents, rules)
    size = rules.payment_period_months
    periods: list[Period] = []
    for offset in range(0, len(shares), size):
        group = shares[offset : offset + size]
        amount = sum(
            prorate(monthly_cents, s.fraction.numerator, s.fraction.denominator) for s in group
        )
        amount = min(amount, room)
        room -= amount
        periods.append(
            Period(
                index=len(periods) + 1,
                start=group[0].start,
                end=group[-1].end,
                eligible_days=sum(s.eligible_days for s in group),
                total_days=sum(s.total_days for s in group),
                amount_cents=amount,
                claim_due=add_months(group[-1].end, rules.claim_deadline_months),
            )
        )
    return tuple(periods)


def schedule_total(periods: Sequence[Period]) -> int:
    return sum(period.amount_cents for period in periods)


def recovery_after_termination(
    periods_paid: Sequence[tuple[Period, int]], new_schedule: Sequence[Period]
) -> int:
    """Money paid for the given periods minus what the new schedule now gives for them (≥ 0).

    A new period belongs to a paid one when it starts inside it (a recomputed schedule keeps
    the start dates of its periods; only the last one gets shorter).
    """
    paid = sum(amount for _, amount in periods_paid)
    due = 0
    for old, _ in periods_paid:
        due += sum(p.amount_cents for p in new_schedule if old.start <= p.start <= old.end)
    return max(0, paid - due)


def is_recoverable(amount_cents: int, rules: RuleSet) -> bool:
    """Amounts up to and including `recovery_min_cents` are not claimed back."""
    return amount_cents > rules.recovery_min_cents
