"""GrantLedger: a grant as amended, what was paid and recovered, which months are taken."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from kemidesk.domain.errors import FieldErrors
from kemidesk.domain.ledger import (
    DecisionFacts,
    GrantLedger,
    PaymentFacts,
    first_free_day,
    months_used,
    propose_amendment,
)
from kemidesk.domain.rules import RuleSet
from kemidesk.domain.schedule import build_schedule
from kemidesk.domain.types import DecisionStatus, DecisionType, PaymentStatus

RULES = RuleSet()


def facts(id_: int, kind: DecisionType, **kw: object) -> DecisionFacts:
    values: dict[str, object] = {
        "id": id_,
        "number": f"KL-2026-{id_:03d}",
        "kind": kind,
        "status": DecisionStatus.SENT,
        "placement_id": 1,
        "parent_id": None,
        "decision_date": date(2026, 3, 25),
        "period_start": date(2026, 3, 15),
        "period_end": date(2027, 3, 14),
        "monthly_amount_cents": 50_000,
        "total_cents": 600_000,
    }
    values.update(kw)
    return DecisionFacts(**values)  # type: ignore[arg-type]


def ledger(paid_periods: int = 0, children: tuple[DecisionFacts, ...] = ()) -> GrantLedger:
    grant = facts(1, DecisionType.GRANT)
    schedule = build_schedule(grant.period_start, grant.period_end, 50_000, RULES)  # type: ignore[arg-type]
    payments = [
        PaymentFacts(
            id=100 + p.index,
            decision_id=1,
            period=p,
            status=PaymentStatus.PAID if p.index <= paid_periods else PaymentStatus.DUE,
            batch_id=None,
        )
        for p in schedule
    ]
    return GrantLedger.build(grant, RULES, children, reversed(payments))


def test_a_fresh_grant() -> None:
    g = ledger()
    assert g.effective_end == date(2027, 3, 14)
    assert g.current_total_cents == 600_000
    assert g.paid_cents == g.recovered_cents == g.recoverable_left_cents == 0
    assert g.months_used() == Decimal(12)
    assert [p.period.index for p in g.payments] == sorted(p.period.index for p in g.payments)


def test_amendments_and_recoveries_in_force_count_cancelled_do_not() -> None:
    children = (
        facts(
            2,
            DecisionType.AMENDMENT,
            parent_id=1,
            period_end=date(2026, 9, 30),
            total_cents=-200_000,
            decision_date=date(2026, 10, 1),
        ),
        facts(
            3,
            DecisionType.AMENDMENT,
            parent_id=1,
            period_end=date(2026, 7, 31),
            total_cents=-100_000,
            decision_date=date(2026, 8, 1),
            status=DecisionStatus.CANCELLED,
        ),
        facts(4, DecisionType.RECOVERY, parent_id=1, total_cents=30_000),
        facts(5, DecisionType.AMENDMENT, parent_id=99, period_end=date(2026, 4, 30)),
    )
    g = ledger(paid_periods=8, children=children)
    assert g.effective_end == date(2026, 9, 30)
    assert g.current_total_cents == 400_000
    assert g.recovered_cents == 30_000
    assert g.paid_cents == 27_419 + 7 * 50_000
    assert g.recoverable_left_cents == g.paid_cents - 30_000
    assert g.ended_by(date(2026, 9, 30)) and not g.ended_by(date(2026, 9, 29))


def test_overlap_months_and_continuation_start() -> None:
    shortened = ledger(
        children=(
            facts(
                2, DecisionType.AMENDMENT, parent_id=1, period_end=date(2026, 6, 14), total_cents=-1
            ),
        )
    )
    assert shortened.overlaps(date(2026, 6, 14), date(2026, 12, 31))
    assert not shortened.overlaps(date(2026, 6, 15), date(2026, 12, 31))
    assert months_used([shortened]) == Decimal(3)
    assert first_free_day([shortened], date(2026, 3, 15)) == date(2026, 6, 15)
    assert first_free_day([], date(2026, 3, 15)) == date(2026, 3, 15)


def test_proposal_recovers_what_the_shorter_schedule_no_longer_gives() -> None:
    g = ledger(paid_periods=6)  # paid through 31.8.2026
    proposal = propose_amendment(g, date(2026, 7, 15))
    assert proposal.new_total_cents == 27_419 + 3 * 50_000 + 24_194
    assert proposal.recovery_cents == (50_000 - 24_194) + 50_000
    assert proposal.recoverable and proposal.change_cents < 0
    already = ledger(
        paid_periods=6, children=(facts(4, DecisionType.RECOVERY, parent_id=1, total_cents=25_806),)
    )
    assert propose_amendment(already, date(2026, 7, 15)).recovery_cents == 50_000


@pytest.mark.parametrize(
    ("new_end", "message"),
    [(date(2026, 3, 1), "ennen tukijakson alkua"), (date(2027, 3, 14), "ei lyhennä")],
)
def test_proposal_refuses_an_end_that_does_not_shorten(new_end: date, message: str) -> None:
    with pytest.raises(FieldErrors, match=message):
        propose_amendment(ledger(), new_end)
