"""Changes after a grant: early termination → amendment decision → recovery of overpayment.

Each use case loads the grant's ledger once, decides in one transaction and returns a
`GrantChange` that names every record it changed, so the window refreshes exactly those.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from kemidesk.db.models import Decision, Payment, Placement, utc_now
from kemidesk.domain.errors import FieldErrors
from kemidesk.domain.ledger import AmendmentProposal, GrantLedger, PaymentFacts
from kemidesk.domain.ledger import propose_amendment as propose
from kemidesk.domain.lifecycle import RECOVERABLE_KINDS, is_settled
from kemidesk.domain.messages import Message
from kemidesk.domain.schedule import Period, is_recoverable
from kemidesk.domain.types import DecisionType, PaymentStatus
from kemidesk.services.common import (
    FieldCheck,
    audit,
    audit_rows,
    get_for_update,
    get_or_raise,
    prepared,
    transaction,
    update_rows,
)
from kemidesk.services.decision_factory import DecisionDraft, issue_decision
from kemidesk.services.errors import NotAllowedError
from kemidesk.services.grants import DecisionRow, get_decision
from kemidesk.services.ledger import grant_ledger
from kemidesk.services.numbering import lock_series
from kemidesk.services.placements import PlacementRow, get_placement

__all__ = [
    "AmendmentProposal",
    "AmendmentView",
    "GrantChange",
    "amendment_view",
    "decide_amendment",
    "decide_recovery",
    "propose_amendment",
]


@dataclass(frozen=True)
class GrantChange:
    """What one change of a grant wrote: the new decision and every record it touched."""

    decision: DecisionRow  # the amendment or recovery decision
    grant_id: int
    placement_id: int
    placement_changed: bool = False
    payment_ids: tuple[int, ...] = ()  # payments cut, cancelled or sent back for approval


def propose_amendment(decision_id: int, new_end: date) -> AmendmentProposal:
    """What an earlier end does to a grant's schedule, and what was overpaid."""
    return propose(grant_ledger(decision_id), new_end)


@dataclass(frozen=True)
class AmendmentView:
    """What the amendment dialog shows, read once: it then proposes from the ledger alone."""

    decision: DecisionRow
    ledger: GrantLedger
    placement: PlacementRow


def amendment_view(decision_id: int, today: date | None = None) -> AmendmentView:
    ledger = grant_ledger(decision_id)
    return AmendmentView(
        decision=get_decision(decision_id),
        ledger=ledger,
        placement=get_placement(ledger.grant.placement_id, today=today),
    )


def decide_amendment(
    decision_id: int,
    new_end: date,
    decision_date: date,
    reasons: str,
    decided_by_name: str = "",
    decided_by_title: str = "",
    end_reason: str = "",
) -> GrantChange:
    """Shorten the grant and record the placement's early end, in one transaction: unpaid
    periods after the end are cancelled, the last one is cut. The amendment's total is the
    change (negative), so committed money stays correct."""
    check = FieldCheck()
    new_end = check.date("new_end", new_end)
    decision_date = check.date("decision_date", decision_date)
    reasons = check.text("reasons", "Decision.reasons", reasons)
    decided_by_name, decided_by_title = check.signer(decided_by_name, decided_by_title)
    end_reason = check.text("end_reason", "Placement.end_reason", end_reason)
    check.raise_if_any()
    if not reasons:
        raise FieldErrors({"reasons": Message("AMENDMENT_REASONS_REQUIRED")})
    with transaction("decide"):
        lock_series(decision_date.year)  # the year's decisions one at a time on the server
        get_for_update(Decision, decision_id, "DECISION_NOT_FOUND")
        ledger = grant_ledger(decision_id)
        proposal = propose(ledger, new_end)
        touched = _apply_to_payments(ledger.payments, proposal.schedule)
        placement = get_or_raise(Placement, ledger.grant.placement_id, "PLACEMENT_NOT_FOUND")
        amendment = issue_decision(
            DecisionDraft(
                kind=DecisionType.AMENDMENT,
                placement=placement,
                decision_date=decision_date,
                rules=ledger.rules,
                reasons=reasons,
                decided_by_name=decided_by_name,
                decided_by_title=decided_by_title,
                monthly_cents=ledger.grant.monthly_amount_cents,
                period_start=ledger.grant.period_start,
                period_end=new_end,
                total_cents=proposal.change_cents,
                parent_id=ledger.grant.id,
            )
        )
        placement_changed = _record_early_end(placement, new_end, end_reason)
    return GrantChange(
        decision=get_decision(amendment.id),
        grant_id=ledger.grant.id,
        placement_id=placement.id,
        placement_changed=placement_changed,
        payment_ids=tuple(touched),
    )


def _record_early_end(placement: Placement, new_end: date, end_reason: str) -> bool:
    changed = []
    if placement.actual_end_date is None or placement.actual_end_date > new_end:
        placement.actual_end_date = new_end
        changed.append("actual_end_date")
    if end_reason.strip() and end_reason.strip() != placement.end_reason:
        placement.end_reason = end_reason.strip()
        changed.append("end_reason")
    if changed:
        placement.save(only=[*changed, "updated_at"])  # not the other columns (and indexes)
        audit(placement, "end", changed)
    return bool(changed)


def _apply_to_payments(
    payments: tuple[PaymentFacts, ...], schedule: tuple[Period, ...]
) -> list[int]:
    """Cut or cancel the unpaid payments that the new schedule changes; returns their ids.
    A payment already on a batch list is not changed behind the finance office's back: the
    batch must be taken apart first. Paid money is settled by a recovery decision."""
    new_by_index = {p.index: p for p in schedule}
    changes: dict[int, Period | None] = {}
    for facts in payments:
        new, old = new_by_index.get(facts.period.index), facts.period
        if is_settled(facts.status) or (
            new is not None and (new.end, new.amount_cents) == (old.end, old.amount_cents)
        ):
            continue
        if facts.batch_id is not None:
            raise NotAllowedError("PAYMENT_IN_BATCH", start=old.start, end=old.end)
        changes[facts.id] = new
    if changes:
        _apply_to_payments_rows(changes)
    return list(changes)


def _apply_to_payments_rows(changes: dict[int, Period | None]) -> None:
    """The payments cut (its new period and amount; an approved one back to claimed: the
    new amount needs a new approval) or cancelled (one UPDATE for them all), with an
    audit row each in the order of their ids."""
    rows = prepared("amend.payments", _payment_states_query, *changes)
    now = utc_now()
    cancelled = [pk for pk, _uuid, _status in rows if changes[pk] is None]
    update_rows(
        Payment,
        cancelled,
        status=PaymentStatus.CANCELLED,
        held_reason="Peruttu muutospäätöksellä.",
        updated_at=now,
    )
    for pk, uuid, status in rows:
        new = changes[pk]
        if new is None:
            audit_rows("Payment", [(pk, uuid)], "cancel", ["status", "held_reason"])
            continue
        values: dict[str, object] = {
            "period_end": new.end,
            "amount_cents": new.amount_cents,
            "eligible_days": new.eligible_days,
            "total_days": new.total_days,
            "updated_at": now,
        }
        changed = ["period_end", "amount_cents", "eligible_days"]
        if status is PaymentStatus.APPROVED:
            values.update(status=PaymentStatus.CLAIMED, approved_on=None)
            changed += ["status", "approved_on"]
        update_rows(Payment, [pk], **values)
        audit_rows("Payment", [(pk, uuid)], "amend", changed)


def _payment_states_query(*ids: int) -> Any:
    return (
        Payment.select(Payment.id, Payment.uuid, Payment.status)
        .where(Payment.id.in_(ids))
        .order_by(Payment.id)
        .tuples()
    )


def decide_recovery(
    decision_id: int,
    amount_cents: int,
    decision_date: date,
    reasons: str,
    decided_by_name: str = "",
    decided_by_title: str = "",
) -> GrantChange:
    """Claim back money paid without grounds. Small amounts (setting) are not claimed."""
    check = FieldCheck()
    if isinstance(amount_cents, bool) or not isinstance(amount_cents, int):
        check.fail("amount", "MONEY_FORMAT")
    decision_date = check.date("decision_date", decision_date)
    reasons = check.text("reasons", "Decision.reasons", reasons)
    decided_by_name, decided_by_title = check.signer(decided_by_name, decided_by_title)
    check.raise_if_any()
    with transaction("decide"):
        lock_series(decision_date.year)
        get_for_update(Decision, decision_id, "DECISION_NOT_FOUND")
        ledger = grant_ledger(decision_id, RECOVERABLE_KINDS)
        most = ledger.recoverable_left_cents
        if amount_cents > most:
            raise FieldErrors({"amount": Message("RECOVERY_OVER_PAID", {"most_cents": most})})
        if not is_recoverable(amount_cents, ledger.rules):
            raise NotAllowedError("RECOVERY_UNDER_MINIMUM")
        if not reasons.strip():
            raise FieldErrors({"reasons": Message("RECOVERY_REASONS_REQUIRED")})
        recovery = issue_decision(
            DecisionDraft(
                kind=DecisionType.RECOVERY,
                placement=get_or_raise(Placement, ledger.grant.placement_id, "PLACEMENT_NOT_FOUND"),
                decision_date=decision_date,
                rules=ledger.rules,
                reasons=reasons,
                decided_by_name=decided_by_name,
                decided_by_title=decided_by_title,
                period_start=ledger.grant.period_start,
                period_end=ledger.grant.period_end,
                total_cents=amount_cents,
                parent_id=ledger.grant.id,
            )
        )
    return GrantChange(
        decision=get_decision(recovery.id),
        grant_id=ledger.grant.id,
        placement_id=ledger.grant.placement_id,
    )
