"""The one place a decision is made: every kind (grant, partial grant, rejection, bonus,
amendment, recovery) is described by a `DecisionDraft` and issued here, inside the caller's
transaction: the next number from the locked series, the decision row, its payments and the
audit rows."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from kemidesk.db.models import Decision, Payment, Placement, utc_now
from kemidesk.domain.rules import RuleSet
from kemidesk.domain.schedule import Period
from kemidesk.domain.types import DecisionStatus, DecisionType
from kemidesk.domain.validation import finnish_reference
from kemidesk.services.common import audit, audit_rows, insert_rows, prepared
from kemidesk.services.numbering import allocate_decision_number
from kemidesk.services.settings import check_decision_settings, committed_added, rules_snapshot


@dataclass(frozen=True)
class DecisionDraft:
    """Everything a decision says, computed by its use case before it is issued."""

    kind: DecisionType
    placement: Placement
    decision_date: date
    rules: RuleSet
    reasons: str
    decided_by_name: str = ""
    decided_by_title: str = ""
    conditions: str = ""
    monthly_cents: int = 0
    period_start: date | None = None
    period_end: date | None = None
    total_cents: int = 0
    schedule: tuple[Period, ...] = field(default=())  # the payments it creates
    application_id: int | None = None
    parent_id: int | None = None
    appropriation_override: bool = False
    override_justification: str = ""


def issue_decision(draft: DecisionDraft) -> Decision:
    """Number, write and audit the decision and create its payments. Call inside a transaction.

    Refused (DECISION_SETTINGS_MISSING) while an office setting the decision prints is empty:
    the review body, the registry, the delegation, the contact person."""
    check_decision_settings(draft.kind)
    number, year, seq = allocate_decision_number(
        draft.decision_date.year, draft.rules.decision_prefix
    )
    decision = write_decision(draft, number, year, seq)
    audit(decision, "create", created_fields(draft))
    if draft.schedule:  # the payments in one statement, then their audit rows in another
        insert_rows(Payment, payment_rows(decision.id, draft.schedule))
        made = prepared("decision.payment_ids", payment_ids_query, decision.id)
        audit_rows("Payment", made, "create", PAYMENT_FIELDS)
    return decision


PAYMENT_FIELDS = ("amount_cents", "period_start", "period_end")  # a payment's audit row


def write_decision(draft: DecisionDraft, number: str, year: int, seq: int) -> Decision:
    """The decision's row with its number (no payments, no audit row); the year's committed
    money moves with it. For `issue_decision` and a batch of decisions (grants.DecisionBatch)."""
    decision = Decision.create(
        number=number,
        year=year,
        seq=seq,
        decision_type=draft.kind,
        status=DecisionStatus.DECIDED,
        placement=draft.placement,
        association=draft.placement.association_id,
        application=draft.application_id,
        parent=draft.parent_id,
        decision_date=draft.decision_date,
        decided_by_name=draft.decided_by_name.strip(),
        decided_by_title=draft.decided_by_title.strip(),
        monthly_amount_cents=draft.monthly_cents,
        period_start=draft.period_start,
        period_end=draft.period_end,
        total_cents=draft.total_cents,
        cost_centre=draft.rules.cost_centre,
        reasons=draft.reasons.strip(),
        conditions=draft.conditions.strip(),
        appropriation_override=draft.appropriation_override,
        override_justification=draft.override_justification.strip(),
        rules_json=rules_snapshot(draft.rules),
    )
    committed_added(decision)  # the year's committed money moves with this decision
    return decision


def created_fields(draft: DecisionDraft) -> list[str]:
    """The field names of a new decision's audit row."""
    changed = ["number", "decision_type", "total_cents", "period_start", "period_end"]
    if draft.appropriation_override:
        changed += ["appropriation_override", "override_justification"]
    return changed


def payment_rows(decision_id: int, schedule: tuple[Period, ...]) -> list[dict[str, Any]]:
    """The payment rows of a decision's schedule (for `insert_rows`), made at one time
    (to the second, as `utc_now` gives it: not asked again for every row and column)."""
    now = utc_now()
    return [
        {
            "created_at": now,
            "updated_at": now,
            "decision": decision_id,
            "period_index": period.index,
            "period_start": period.start,
            "period_end": period.end,
            "eligible_days": period.eligible_days,
            "total_days": period.total_days,
            "amount_cents": period.amount_cents,
            "claim_due": period.claim_due,
            "reference": payment_reference(decision_id, period.index),
        }
        for period in schedule
    ]


def payment_reference(decision_id: int, index: int) -> str:
    """The bank reference of one payment (viitenumero), unique per decision and period."""
    return finnish_reference(f"{decision_id:07d}{index:02d}")


def payment_ids_query(decision_id: int) -> Any:
    """(id, uuid) of a decision's payments in period order."""
    return (
        Payment.select(Payment.id, Payment.uuid)
        .where(Payment.decision == decision_id)
        .order_by(Payment.period_index)
        .tuples()
    )
