"""A grant with everything that changed it since: its amendments, recoveries and payments.

`GrantLedger` is a plain value (no database): services load it once per use case with a fixed
number of queries, and every rule that asks "when does this grant end now, what is its total
as amended, what was paid, what is left to recover, which months are taken" asks the ledger.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from kemidesk.domain.errors import FieldErrors
from kemidesk.domain.lifecycle import is_in_force
from kemidesk.domain.messages import Message
from kemidesk.domain.rules import RuleSet
from kemidesk.domain.schedule import (
    Period,
    build_schedule,
    is_recoverable,
    months_equivalent,
    recovery_after_termination,
    schedule_total,
)
from kemidesk.domain.types import DecisionStatus, DecisionType, PaymentStatus


@dataclass(frozen=True, slots=True)
class DecisionFacts:
    """What the ledger needs of one decision (a grant, or an amendment or recovery of it)."""

    id: int
    number: str
    kind: DecisionType
    status: DecisionStatus
    placement_id: int
    parent_id: int | None
    decision_date: date
    period_start: date | None
    period_end: date | None
    monthly_amount_cents: int
    total_cents: int


@dataclass(frozen=True, slots=True)
class PaymentFacts:
    id: int
    decision_id: int
    period: Period
    status: PaymentStatus
    batch_id: int | None

    @property
    def amount_cents(self) -> int:
        return self.period.amount_cents


@dataclass(frozen=True)
class GrantLedger:
    grant: DecisionFacts
    rules: RuleSet
    amendments: tuple[DecisionFacts, ...] = ()  # in force, oldest first
    recoveries: tuple[DecisionFacts, ...] = ()  # in force
    payments: tuple[PaymentFacts, ...] = ()  # by period index

    @classmethod
    def build(
        cls,
        grant: DecisionFacts,
        rules: RuleSet,
        children: Iterable[DecisionFacts] = (),
        payments: Iterable[PaymentFacts] = (),
    ) -> GrantLedger:
        """Sort the children of `grant` into amendments and recoveries (cancelled ones out)."""
        mine = [c for c in children if c.parent_id == grant.id and is_in_force(c.status)]
        order = sorted(mine, key=lambda c: (c.decision_date, c.id))
        return cls(
            grant=grant,
            rules=rules,
            amendments=tuple(c for c in order if c.kind is DecisionType.AMENDMENT),
            recoveries=tuple(c for c in order if c.kind is DecisionType.RECOVERY),
            payments=tuple(
                sorted(
                    (p for p in payments if p.decision_id == grant.id),
                    key=lambda p: p.period.index,
                )
            ),
        )

    # ------------------------------------------------------------ the grant as amended

    @property
    def in_force(self) -> bool:
        return is_in_force(self.grant.status)

    @property
    def start(self) -> date | None:
        return self.grant.period_start

    @property
    def effective_end(self) -> date | None:
        """The end of the latest amendment, or the grant's own end."""
        if self.amendments:
            return self.amendments[-1].period_end
        return self.grant.period_end

    @property
    def current_total_cents(self) -> int:
        """The grant's total plus the (usually negative) changes of its amendments."""
        return self.grant.total_cents + sum(a.total_cents for a in self.amendments)

    def months_used(self) -> Decimal:
        """Months of the 12-month cap this grant uses, as amended."""
        start, end = self.start, self.effective_end
        if start is None or end is None or end < start:
            return Decimal(0)
        return months_equivalent(start, end, self.rules)

    def overlaps(self, start: date, end: date) -> bool:
        own_start, own_end = self.start, self.effective_end
        if own_start is None or own_end is None:
            return False
        return own_start <= end and start <= own_end

    def ended_by(self, on: date) -> bool:
        end = self.effective_end
        return end is not None and end <= on

    # ------------------------------------------------------------ money

    @property
    def paid(self) -> tuple[PaymentFacts, ...]:
        return tuple(p for p in self.payments if p.status is PaymentStatus.PAID)

    @property
    def paid_cents(self) -> int:
        return sum(p.amount_cents for p in self.paid)

    @property
    def recovered_cents(self) -> int:
        return sum(r.total_cents for r in self.recoveries)

    @property
    def recoverable_left_cents(self) -> int:
        """What a recovery decision may still claim back: paid minus already recovered."""
        return max(0, self.paid_cents - self.recovered_cents)

    def overpaid_after(self, new_schedule: Sequence[Period]) -> int:
        """Paid money that the shortened schedule no longer gives, less what is recovered."""
        paid = [(p.period, p.amount_cents) for p in self.paid]
        return max(0, recovery_after_termination(paid, new_schedule) - self.recovered_cents)


@dataclass(frozen=True)
class AmendmentProposal:
    """What an earlier end does to a grant: its new schedule and total, and the overpaid."""

    decision_id: int
    new_end: date
    old_total_cents: int
    new_total_cents: int
    paid_cents: int
    recovery_cents: int
    recoverable: bool
    schedule: tuple[Period, ...]

    @property
    def change_cents(self) -> int:
        return self.new_total_cents - self.old_total_cents


def propose_amendment(ledger: GrantLedger, new_end: date) -> AmendmentProposal:
    """The grant ends on `new_end` instead: recompute its schedule from its own rules."""
    grant, current_end = ledger.grant, ledger.effective_end
    if grant.period_start is None or grant.period_end is None or current_end is None:
        raise FieldErrors({"new_end": Message("AMEND_NO_PERIOD")})
    if new_end < grant.period_start:
        raise FieldErrors({"new_end": Message("NEW_END_BEFORE_START")})
    if new_end >= current_end:
        message = Message("NEW_END_NOT_SHORTER", {"current_end": current_end})
        raise FieldErrors({"new_end": message})
    schedule = build_schedule(
        grant.period_start,
        grant.period_end,
        grant.monthly_amount_cents,
        ledger.rules,
        terminated_on=new_end,
    )
    recovery = ledger.overpaid_after(schedule)
    return AmendmentProposal(
        decision_id=grant.id,
        new_end=new_end,
        old_total_cents=ledger.current_total_cents,
        new_total_cents=schedule_total(schedule),
        paid_cents=ledger.paid_cents,
        recovery_cents=recovery,
        recoverable=is_recoverable(recovery, ledger.rules),
        schedule=tuple(schedule),
    )


def months_used(ledgers: Iterable[GrantLedger]) -> Decimal:
    return sum((ledger.months_used() for ledger in ledgers), Decimal(0))


def first_free_day(ledgers: Iterable[GrantLedger], placement_start: date) -> date:
    """A continuation grant starts the day after the placement's earlier grants end."""
    ends = [e for ledger in ledgers if (e := ledger.effective_end) is not None]
    return max([placement_start, *(e + timedelta(days=1) for e in ends)])
