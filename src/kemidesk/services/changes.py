"""Changes after a grant: early termination → amendment decision → recovery of overpayment."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import peewee

from kemidesk.db.models import Decision, Payment, Placement
from kemidesk.domain.dates import format_date
from kemidesk.domain.errors import FieldErrors
from kemidesk.domain.money import format_money
from kemidesk.domain.schedule import (
    Period,
    build_schedule,
    is_recoverable,
    recovery_after_termination,
    schedule_total,
)
from kemidesk.domain.types import DecisionStatus, DecisionType, PaymentStatus
from kemidesk.services.common import audit, get_or_raise, transaction
from kemidesk.services.errors import NotAllowedError
from kemidesk.services.grants import (
    GRANT_TYPES,
    Assessment,
    DecisionInput,
    DecisionRow,
    _create_decision,
    effective_end,
    get_decision,
)
from kemidesk.services.settings import rules_from_snapshot


@dataclass(frozen=True)
class AmendmentProposal:
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


def _current_total(decision: Decision) -> int:
    """The grant as amended so far: its own total plus the deltas of its amendments."""
    deltas = sum(
        child.total_cents
        for child in Decision.select().where(
            (Decision.parent == decision)
            & (Decision.decision_type == DecisionType.AMENDMENT.value)
            & (Decision.status != DecisionStatus.CANCELLED.value)
        )
    )
    return int(decision.total_cents + deltas)


def propose_amendment(decision_id: int, new_end: date) -> AmendmentProposal:
    """What an earlier end does to a grant's schedule, and what was overpaid."""
    decision = get_or_raise(Decision, decision_id, "Päätös")
    if decision.decision_type not in GRANT_TYPES:
        raise NotAllowedError("Muutospäätös tehdään myönteiseen Kemi-lisäpäätökseen.")
    if decision.status == DecisionStatus.CANCELLED.value:
        raise NotAllowedError("Peruttua päätöstä ei voi muuttaa.")
    current_end = effective_end(decision)
    if new_end < decision.period_start:
        raise FieldErrors({"new_end": "Uusi päättymispäivä on ennen tukijakson alkua."})
    if current_end is None or new_end >= current_end:
        now = format_date(current_end)
        raise FieldErrors({"new_end": f"Uusi päättymispäivä ei lyhennä tukijaksoa (nyt {now})."})
    rules = rules_from_snapshot(decision.rules_json)
    schedule = build_schedule(
        decision.period_start,
        decision.period_end,
        decision.monthly_amount_cents,
        rules,
        terminated_on=new_end,
    )
    payments = list(Payment.select().where(Payment.decision == decision))
    paid = [
        (_as_period(p), p.amount_cents) for p in payments if p.status == PaymentStatus.PAID.value
    ]
    recovery = max(0, recovery_after_termination(paid, schedule) - recovered_cents(decision))
    return AmendmentProposal(
        decision_id=decision_id,
        new_end=new_end,
        old_total_cents=_current_total(decision),
        new_total_cents=schedule_total(schedule),
        paid_cents=sum(amount for _, amount in paid),
        recovery_cents=recovery,
        recoverable=is_recoverable(recovery, rules),
        schedule=tuple(schedule),
    )


def recovered_cents(decision: Decision) -> int:
    """What recovery decisions already claim back of this decision."""
    return int(
        Decision.select(peewee.fn.COALESCE(peewee.fn.SUM(Decision.total_cents), 0))
        .where(
            (Decision.parent == decision)
            & (Decision.decision_type == DecisionType.RECOVERY.value)
            & (Decision.status != DecisionStatus.CANCELLED.value)
        )
        .scalar()
        or 0
    )


def paid_cents(decision: Decision) -> int:
    return int(
        Payment.select(peewee.fn.COALESCE(peewee.fn.SUM(Payment.amount_cents), 0))
        .where((Payment.decision == decision) & (Payment.status == PaymentStatus.PAID.value))
        .scalar()
        or 0
    )


def _as_period(p: Payment) -> Period:
    return Period(
        p.period_index,
        p.period_start,
        p.period_end,
        p.eligible_days,
        p.total_days,
        p.amount_cents,
        p.claim_due,
    )


def decide_amendment(
    decision_id: int,
    new_end: date,
    decision_date: date,
    reasons: str,
    decided_by_name: str = "",
    decided_by_title: str = "",
) -> DecisionRow:
    """Shorten the grant: unpaid periods after the end are cancelled, the last one is cut.
    The amendment's total is the change (negative), so committed money stays correct."""
    if not reasons.strip():
        raise FieldErrors({"reasons": "Kirjoita muutoksen perustelu."})
    with transaction():
        proposal = propose_amendment(decision_id, new_end)
        decision = Decision.get_by_id(decision_id)
        new_by_index = {p.index: p for p in proposal.schedule}
        for payment in Payment.select().where(Payment.decision == decision):
            _apply_to_payment(payment, new_by_index.get(payment.period_index))
        amendment = _child_decision(
            decision,
            DecisionType.AMENDMENT,
            decision_date,
            reasons,
            (decided_by_name, decided_by_title),
            period_end=new_end,
            schedule=proposal.schedule,
            monthly=decision.monthly_amount_cents,
            total=proposal.change_cents,
        )
        placement: Placement = decision.placement
        if placement.actual_end_date is None or placement.actual_end_date > new_end:
            placement.actual_end_date = new_end
            placement.save()
            audit(placement, "end", ["actual_end_date"])
    return get_decision(amendment.id)


def _apply_to_payment(payment: Payment, new: Period | None) -> None:
    """Cut or cancel an unpaid payment. A payment already on a batch list is not changed
    behind the finance office's back: the batch must be taken apart first."""
    if payment.status in (PaymentStatus.PAID.value, PaymentStatus.CANCELLED.value):
        return  # money already paid is settled by a recovery decision
    unchanged = new is not None and (new.end, new.amount_cents) == (
        payment.period_end,
        payment.amount_cents,
    )
    if unchanged:
        return
    if payment.batch_id is not None:
        raise NotAllowedError(
            f"Kauden {format_date(payment.period_start)}–{format_date(payment.period_end)} maksu "
            "on jo maksuerässä. Poista se erästä ennen muutospäätöstä."
        )
    if new is None:
        payment.status = PaymentStatus.CANCELLED.value
        payment.held_reason = "Peruttu muutospäätöksellä."
        payment.save()
        audit(payment, "cancel", ["status", "held_reason"])
        return
    payment.period_end, payment.amount_cents = new.end, new.amount_cents
    payment.eligible_days, payment.total_days = new.eligible_days, new.total_days
    changed = ["period_end", "amount_cents", "eligible_days"]
    if payment.status == PaymentStatus.APPROVED.value:
        payment.status, payment.approved_on = PaymentStatus.CLAIMED.value, None
        changed += ["status", "approved_on"]  # the new amount needs a new approval
    payment.save()
    audit(payment, "amend", changed)


def decide_recovery(
    decision_id: int,
    amount_cents: int,
    decision_date: date,
    reasons: str,
    decided_by_name: str = "",
    decided_by_title: str = "",
) -> DecisionRow:
    """Claim back money paid without grounds. Small amounts (setting) are not claimed."""
    with transaction():
        decision = get_or_raise(Decision, decision_id, "Päätös")
        recoverable_types = (*GRANT_TYPES, DecisionType.BONUS.value)
        if (
            decision.decision_type not in recoverable_types
            or decision.status == DecisionStatus.CANCELLED.value
        ):
            raise NotAllowedError("Takaisin voi periä vain myönnetyn avustuksen maksuja.")
        most = paid_cents(decision) - recovered_cents(decision)
        if amount_cents > most:
            raise FieldErrors(
                {
                    "amount": f"Takaisin voi periä enintään maksetun, vielä perimättä olevan "
                    f"määrän {format_money(max(most, 0))}."
                }
            )
        rules = rules_from_snapshot(decision.rules_json)
        if not is_recoverable(amount_cents, rules):
            raise NotAllowedError(
                "Takaisinperittävä määrä on enintään vähimmäismäärän suuruinen, joten sitä ei "
                "peritä takaisin."
            )
        if not reasons.strip():
            raise FieldErrors({"reasons": "Kirjoita takaisinperinnän perustelu."})
        recovery = _child_decision(
            decision,
            DecisionType.RECOVERY,
            decision_date,
            reasons,
            (decided_by_name, decided_by_title),
            period_end=decision.period_end,
            schedule=(),
            monthly=0,
            total=amount_cents,
        )
    return get_decision(recovery.id)


def _child_decision(
    parent: Decision,
    decision_type: DecisionType,
    decision_date: date,
    reasons: str,
    decided_by: tuple[str, str],
    *,
    period_end: date | None,
    schedule: tuple[Period, ...],
    monthly: int,
    total: int,
) -> Decision:
    """An amendment or recovery decision that refers to a grant (numbered like any other)."""
    assessment = Assessment(
        placement_id=parent.placement_id,
        period_start=parent.period_start,
        period_end=period_end,
        monthly_cents=monthly,
        findings=(),
        schedule=schedule,
        rules=rules_from_snapshot(parent.rules_json),
    )
    data = DecisionInput(
        application_id=0,
        decision_type=decision_type,
        decision_date=decision_date,
        reasons=reasons,
        decided_by_name=decided_by[0],
        decided_by_title=decided_by[1],
    )
    return _create_decision(
        parent.placement,
        decision_type,
        data,
        assessment,
        monthly=monthly,
        parent=parent,
        total=total,
    )
