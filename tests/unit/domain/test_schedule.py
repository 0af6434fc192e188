from __future__ import annotations

import math
from datetime import date, timedelta
from decimal import Decimal
from fractions import Fraction
from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kemidesk.domain.dates import add_months, iter_months
from kemidesk.domain.rules import RuleSet
from kemidesk.domain.schedule import (
    Period,
    build_schedule,
    calendar_months,
    is_recoverable,
    months_equivalent,
    recovery_after_termination,
    schedule_total,
)
from kemidesk.domain.types import Proration

FAST = settings(max_examples=200, deadline=None)
RULES = RuleSet()
WORKING = RuleSet(proration=Proration.WORKING_DAYS)
FULL = RuleSet(proration=Proration.FULL_MONTH)

starts = st.dates(min_value=date(2024, 1, 1), max_value=date(2030, 12, 31))
lengths = st.integers(min_value=0, max_value=500)
monthlies = st.integers(min_value=0, max_value=200_000)
rule_sets = st.builds(
    RuleSet,
    proration=st.sampled_from(list(Proration)),
    payment_period_months=st.integers(min_value=1, max_value=3),
    max_months=st.integers(min_value=1, max_value=24),
)


def test_mid_month_start_pays_exactly_twelve_months() -> None:
    periods = build_schedule(date(2026, 3, 15), date(2027, 3, 14), 50_000, RULES)
    assert schedule_total(periods) == 600_000
    assert len(periods) == 13
    assert periods[0] == Period(
        1, date(2026, 3, 15), date(2026, 3, 31), 17, 31, 27_419, date(2026, 5, 31)
    )
    assert periods[-1].amount_cents == 22_581
    assert periods[-1].eligible_days == 14


def test_whole_calendar_months() -> None:
    periods = build_schedule(date(2026, 1, 1), date(2026, 12, 31), 50_000, RULES)
    assert [p.amount_cents for p in periods] == [50_000] * 12
    assert periods[1].total_days == 28


def test_short_partial_month() -> None:
    periods = build_schedule(date(2026, 4, 1), date(2026, 4, 15), 50_000, RULES)
    assert [(p.eligible_days, p.total_days, p.amount_cents) for p in periods] == [(15, 30, 25_000)]


def test_two_month_payment_periods() -> None:
    rules = RuleSet(payment_period_months=2)
    periods = build_schedule(date(2026, 3, 15), date(2026, 8, 10), 50_000, rules)
    assert [(p.start, p.end) for p in periods] == [
        (date(2026, 3, 15), date(2026, 4, 30)),
        (date(2026, 5, 1), date(2026, 6, 30)),
        (date(2026, 7, 1), date(2026, 8, 10)),
    ]
    assert periods[0].amount_cents == 27_419 + 50_000
    assert periods[0].eligible_days == 17 + 30
    assert periods[0].total_days == 31 + 30
    assert periods[2].claim_due == date(2026, 10, 10)


def test_three_month_payment_periods() -> None:
    rules = RuleSet(payment_period_months=3)
    periods = build_schedule(date(2026, 1, 1), date(2026, 12, 31), 50_000, rules)
    assert [p.amount_cents for p in periods] == [150_000] * 4
    assert [p.claim_due for p in periods] == [
        date(2026, 5, 31),
        date(2026, 8, 30),
        date(2026, 11, 30),
        date(2027, 2, 28),
    ]


def test_working_days_proration() -> None:
    # March 2026 has 22 working days; 16.–31.3. has 12 of them.
    periods = build_schedule(date(2026, 3, 16), date(2026, 4, 30), 50_000, WORKING)
    assert (periods[0].eligible_days, periods[0].total_days) == (12, 22)
    assert periods[0].amount_cents == 27_273  # 500 × 12 / 22 = 272,727…
    # April 2026: Good Friday 3.4. and Easter Monday 6.4. are not working days.
    assert (periods[1].eligible_days, periods[1].total_days) == (20, 20)
    assert periods[1].amount_cents == 50_000


def test_working_days_weekend_only_gives_nothing() -> None:
    periods = build_schedule(date(2026, 3, 14), date(2026, 3, 15), 50_000, WORKING)
    assert [(p.eligible_days, p.amount_cents) for p in periods] == [(0, 0)]


def test_full_month_counts_touched_months_but_stays_within_started_months() -> None:
    periods = build_schedule(date(2026, 3, 15), date(2026, 5, 20), 50_000, FULL)
    assert [p.amount_cents for p in periods] == [50_000, 50_000, 50_000]
    clamped = build_schedule(date(2026, 3, 15), date(2026, 4, 14), 50_000, FULL)
    assert [p.amount_cents for p in clamped] == [50_000, 0]


def test_total_is_capped_at_max_months() -> None:
    periods = build_schedule(date(2026, 1, 1), date(2027, 12, 31), 50_000, RULES)
    assert schedule_total(periods) == 600_000
    assert [p.amount_cents for p in periods[12:]] == [0] * 12


def test_leap_february_does_not_pay_more_than_twelve_months() -> None:
    # Feb 2028 has 29 days, Feb 2029 28: the fractions add up to slightly over 12.
    periods = build_schedule(date(2028, 2, 15), date(2029, 2, 14), 50_000, RULES)
    assert schedule_total(periods) == 600_000


def test_termination() -> None:
    full = build_schedule(date(2026, 3, 15), date(2027, 3, 14), 50_000, RULES)
    cut = build_schedule(
        date(2026, 3, 15), date(2027, 3, 14), 50_000, RULES, terminated_on=date(2026, 6, 15)
    )
    assert cut[-1].end == date(2026, 6, 15)
    assert cut[-1].amount_cents == 25_000
    assert schedule_total(cut) == 27_419 + 50_000 + 50_000 + 25_000
    assert schedule_total(cut) < schedule_total(full)
    later = build_schedule(
        date(2026, 3, 15), date(2027, 3, 14), 50_000, RULES, terminated_on=date(2028, 1, 1)
    )
    assert later == full


def test_terminated_before_start_is_empty() -> None:
    assert build_schedule(date(2026, 3, 15), date(2027, 3, 14), 50_000, RULES,
                          terminated_on=date(2026, 3, 14)) == []  # fmt: skip
    assert build_schedule(date(2026, 3, 15), date(2026, 3, 14), 50_000, RULES) == []


def test_negative_monthly_amount_is_refused() -> None:
    with pytest.raises(ValueError, match="negative"):
        build_schedule(date(2026, 1, 1), date(2026, 1, 31), -1, RULES)


# --- properties --------------------------------------------------------------------------


@FAST
@given(starts, lengths, monthlies, rule_sets)
def test_schedule_invariants(start: date, length: int, monthly: int, rules: RuleSet) -> None:
    end = start + timedelta(days=length)
    periods = build_schedule(start, end, monthly, rules)
    total = schedule_total(periods)
    assert total <= monthly * rules.max_months
    assert total <= monthly * math.ceil(calendar_months(start, end))
    assert all(p.amount_cents >= 0 for p in periods)
    assert periods[0].start == start
    assert periods[-1].end == end
    for before, after in pairwise(periods):
        assert after.start == before.end + timedelta(days=1)
    assert [p.index for p in periods] == list(range(1, len(periods) + 1))
    months = len(list(iter_months(start, end)))
    assert len(periods) == math.ceil(months / rules.payment_period_months)
    for p in periods:
        assert start <= p.start <= p.end <= end
        assert 0 <= p.eligible_days <= p.total_days


@FAST
@given(starts, lengths, st.integers(min_value=-10, max_value=510), monthlies, rule_sets)
def test_termination_never_increases_the_total(
    start: date, length: int, cut: int, monthly: int, rules: RuleSet
) -> None:
    end = start + timedelta(days=length)
    full = build_schedule(start, end, monthly, rules)
    terminated_on = start + timedelta(days=cut)
    shorter = build_schedule(start, end, monthly, rules, terminated_on=terminated_on)
    assert schedule_total(shorter) <= schedule_total(full)
    one_day_later = build_schedule(
        start, end, monthly, rules, terminated_on=terminated_on + timedelta(days=1)
    )
    assert schedule_total(shorter) <= schedule_total(one_day_later)
    assert recovery_after_termination([(p, p.amount_cents) for p in full], shorter) == (
        schedule_total(full) - schedule_total(shorter)
    )


@FAST
@given(starts, lengths, st.integers(min_value=0, max_value=100_000), rule_sets)
def test_total_follows_months_equivalent(
    start: date, length: int, monthly: int, rules: RuleSet
) -> None:
    end = start + timedelta(days=length)
    total = schedule_total(build_schedule(start, end, monthly, rules))
    expected = monthly * min(months_equivalent(start, end, rules), Decimal(rules.max_months))
    months = len(list(iter_months(start, end)))
    assert abs(total - expected) <= months + Decimal(monthly) / 10_000 + 1


@FAST
@given(starts, st.integers(min_value=1, max_value=24))
def test_whole_months_from_any_start_count_exactly(start: date, months: int) -> None:
    end = add_months(start, months) - timedelta(days=1)
    assert calendar_months(start, end) == months
    for rules in (RULES, WORKING, FULL):
        assert months_equivalent(start, end, rules) <= months


# --- months_equivalent, calendar months --------------------------------------------------


@pytest.mark.parametrize(
    ("start", "end", "months"),
    [
        (date(2026, 3, 15), date(2027, 3, 14), Decimal("12")),
        (date(2028, 2, 15), date(2029, 2, 14), Decimal("12")),
        (date(2026, 1, 1), date(2026, 6, 30), Decimal("6")),
        (date(2026, 4, 1), date(2026, 4, 15), Decimal("0.5")),
        (date(2026, 3, 15), date(2026, 3, 31), Decimal("0.5484")),
        (date(2026, 3, 15), date(2026, 3, 14), Decimal("0")),
    ],
)
def test_months_equivalent(start: date, end: date, months: Decimal) -> None:
    assert months_equivalent(start, end, RULES) == months


def test_months_equivalent_full_month_mode() -> None:
    assert months_equivalent(date(2026, 3, 15), date(2026, 5, 20), FULL) == 3
    assert months_equivalent(date(2026, 3, 15), date(2026, 4, 14), FULL) == 1


def test_calendar_months() -> None:
    assert calendar_months(date(2026, 3, 15), date(2026, 4, 14)) == 1
    assert calendar_months(date(2026, 3, 15), date(2026, 3, 29)) == Fraction(15, 31)
    assert calendar_months(date(2026, 1, 31), date(2026, 2, 27)) == 1
    assert calendar_months(date(2026, 1, 31), date(2026, 2, 26)) == Fraction(27, 28)
    assert calendar_months(date(2026, 5, 1), date(2026, 4, 30)) == 0


# --- recovery ----------------------------------------------------------------------------


def test_recovery_after_termination() -> None:
    start, end = date(2026, 1, 1), date(2026, 12, 31)
    paid = build_schedule(start, end, 50_000, RULES)[:3]  # Jan–Mar paid in full
    new = build_schedule(start, end, 50_000, RULES, terminated_on=date(2026, 2, 14))
    # January due 500 €, February 14/28 = 250 €, March nothing → 1 500 − 750 = 750 €.
    assert recovery_after_termination([(p, p.amount_cents) for p in paid], new) == 75_000


def test_recovery_counts_what_was_actually_paid() -> None:
    start, end = date(2026, 1, 1), date(2026, 12, 31)
    periods = build_schedule(start, end, 50_000, RULES)
    new = build_schedule(start, end, 50_000, RULES, terminated_on=date(2026, 2, 28))
    paid = [(periods[0], 50_000), (periods[1], 30_000)]  # February paid only partly
    assert recovery_after_termination(paid, new) == 0
    assert recovery_after_termination([], new) == 0


def test_is_recoverable_boundary() -> None:
    assert not is_recoverable(10_000, RULES)  # 100 € is not claimed back
    assert is_recoverable(10_001, RULES)
    assert not is_recoverable(0, RULES)
