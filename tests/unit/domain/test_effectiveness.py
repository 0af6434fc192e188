"""Effectiveness figures against a hand-counted set of placements, including outcomes that
are not yet due (never counted as failures)."""

from __future__ import annotations

from datetime import date

import pytest

from kemidesk.domain.effectiveness import (
    Grouping,
    Money,
    Pending,
    Period,
    PlacementFacts,
    outcome_at,
    period_figures,
)
from kemidesk.domain.types import EmployerType as E
from kemidesk.domain.types import OutcomeCheckpoint as C
from kemidesk.domain.types import OutcomeStatus as S
from kemidesk.domain.types import TargetGroup as T

TODAY = date(2026, 11, 28)
YEAR = Period(date(2026, 1, 1), date(2026, 12, 31))


def facts(pid: int, start: date, end: date | None, outcomes: dict[C, S] | None = None,
          employer: E = E.ASSOCIATION, groups: tuple[T, ...] = (T.LONG_TERM_UNEMPLOYED,),
          association: str = "Kemin ry") -> PlacementFacts:  # fmt: skip
    return PlacementFacts(pid, association, employer, None, groups, start, end, outcomes or {})


# Hand count for 2026 (report day 28.11.2026):
#  1 started 2025, ended 31.1.2026: end=company job, +3=company job, +6=company job
#  2 started 2025, ended 31.3.2026: end=unemployed, +3 nothing recorded (due 30.6.), +6=education
#  3 started 1.2.2026, ended 31.8.2026: end=own funds; +3 due 30.11. -> not due; +6 not due
#  4 started 1.3.2026, ends 28.2.2027: not ended in 2026
#  5 started 2024, ended 31.12.2025: belongs to 2025, not 2026
#  6 company, started 1.1.2026, ended 31.5.2026: end=other job, +3 unknown, +6 not due (30.11.)
PLACEMENTS = [
    facts(1, date(2025, 2, 1), date(2026, 1, 31),
          {C.END: S.COMPANY_JOB, C.PLUS_3: S.COMPANY_JOB, C.PLUS_6: S.COMPANY_JOB}),
    facts(2, date(2025, 4, 1), date(2026, 3, 31), {C.END: S.UNEMPLOYED, C.PLUS_6: S.EDUCATION}),
    facts(3, date(2026, 2, 1), date(2026, 8, 31), {C.END: S.CONTINUED_OWN_FUNDS}),
    facts(4, date(2026, 3, 1), date(2027, 2, 28)),
    facts(5, date(2024, 1, 1), date(2025, 12, 31), {C.END: S.COMPANY_JOB}),
    facts(6, date(2026, 1, 1), date(2026, 5, 31), {C.END: S.OTHER_JOB, C.PLUS_3: S.UNKNOWN},
          employer=E.COMPANY, groups=(T.UNDER_30, T.PARTIAL_WORK_ABILITY), association="Oy"),
]  # fmt: skip


def test_started_and_ended_by_their_dates() -> None:
    total = period_figures(PLACEMENTS, YEAR, TODAY, Money()).total
    assert sorted(total.started) == [3, 4, 6]
    assert sorted(total.ended) == [1, 2, 3, 6]


def test_outcomes_at_each_checkpoint_with_not_due_apart() -> None:
    cps = period_figures(PLACEMENTS, YEAR, TODAY, Money()).total.checkpoints
    end = cps[C.END]
    assert end.due == 4 and end.employed == 3  # company, own funds, other job; 1 unemployed
    assert end.share(S.UNEMPLOYED) == pytest.approx(0.25)
    plus3 = cps[C.PLUS_3]
    assert plus3.count(Pending.NOT_DUE) == 1  # placement 3 (due 30.11.2026)
    assert plus3.count(Pending.NOT_RECORDED) == 1  # placement 2
    assert plus3.due == 3 and plus3.employed == 1
    assert plus3.share(Pending.NOT_DUE) is None
    plus6 = cps[C.PLUS_6]
    assert plus6.count(Pending.NOT_DUE) == 2  # placements 3 and 6 (6: due 30.11.2026)
    assert plus6.due == 2 and plus6.employed == 1 and plus6.count(S.EDUCATION) == 1
    assert plus6.employed_share == pytest.approx(0.5)


def test_a_checkpoint_on_its_day_is_due() -> None:
    f = facts(9, date(2026, 1, 1), date(2026, 8, 28))
    assert outcome_at(f, C.PLUS_3, TODAY) is Pending.NOT_RECORDED  # 28.11. is the day
    assert outcome_at(f, C.PLUS_6, TODAY) is Pending.NOT_DUE


def test_groups_count_a_person_in_each_of_their_target_groups() -> None:
    figures = period_figures(PLACEMENTS, YEAR, TODAY, Money(), Grouping.TARGET_GROUP)
    names = [g.group for g in figures.groups]
    assert names[0] == "Yhteensä"
    by_name = {g.group: g for g in figures.groups}
    assert sorted(by_name["Alle 30-vuotias"].ended) == [6]
    assert sorted(by_name["Osatyökykyinen"].ended) == [6]
    assert sorted(by_name["Vähintään 300 päivää työmarkkinatukea"].ended) == [1, 2, 3]
    employer = period_figures(PLACEMENTS, YEAR, TODAY, Money(), Grouping.EMPLOYER_TYPE)
    assert [g.group for g in employer.groups] == ["Yhteensä", "Yhdistys", "Yritys"]


def test_costs_per_placement_and_per_employment() -> None:
    money = Money(kemi_lisa_paid=900_000, bonus_paid=300_000)
    figures = period_figures(PLACEMENTS, YEAR, TODAY, money)
    assert figures.cost_per_placement == 1_200_000 // 5  # started or ended: 1, 2, 3, 4, 6
    assert figures.cost_per_employment == 400_000  # three employed at the end
    assert period_figures([], YEAR, TODAY, money).cost_per_employment is None


def test_previous_period() -> None:
    assert YEAR.previous() == Period(date(2025, 1, 1), date(2025, 12, 31))
    half = Period(date(2026, 1, 1), date(2026, 6, 30))
    assert half.previous() == Period(date(2025, 7, 1), date(2025, 12, 31))
    days = Period(date(2026, 1, 10), date(2026, 1, 19))
    assert days.previous() == Period(date(2025, 12, 31), date(2026, 1, 9))
