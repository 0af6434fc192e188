"""Loading grant ledgers: a grant with its amendments, recoveries and payments, in a fixed
number of queries however many grants and payments there are (one for the grants, one for
their amendments and recoveries, one for their payments)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from kemidesk.db.models import Decision, Payment
from kemidesk.domain.ledger import DecisionFacts, GrantLedger, PaymentFacts
from kemidesk.domain.lifecycle import CHILD_KINDS, GRANT_KINDS, PAYING_KINDS
from kemidesk.domain.schedule import Period
from kemidesk.domain.types import DecisionStatus, DecisionType
from kemidesk.services.common import get_or_raise, prepared
from kemidesk.services.errors import NotAllowedError
from kemidesk.services.settings import rules_from_snapshot

_FACT_COLUMNS = (
    Decision.id,
    Decision.number,
    Decision.decision_type,
    Decision.status,
    Decision.placement,
    Decision.parent,
    Decision.decision_date,
    Decision.period_start,
    Decision.period_end,
    Decision.monthly_amount_cents,
    Decision.total_cents,
)
_PAYMENT_COLUMNS = (
    Payment.id,
    Payment.decision,
    Payment.period_index,
    Payment.period_start,
    Payment.period_end,
    Payment.eligible_days,
    Payment.total_days,
    Payment.amount_cents,
    Payment.claim_due,
    Payment.status,
    Payment.batch,
)


def _decision_facts(row: dict[str, Any]) -> DecisionFacts:
    return DecisionFacts(
        id=row["id"],
        number=row["number"] or "",
        kind=row["decision_type"],
        status=row["status"],
        placement_id=row["placement"],
        parent_id=row["parent"],
        decision_date=row["decision_date"],
        period_start=row["period_start"],
        period_end=row["period_end"],
        monthly_amount_cents=row["monthly_amount_cents"],
        total_cents=row["total_cents"],
    )


def _payment_facts(row: dict[str, Any]) -> PaymentFacts:
    period = Period(
        index=row["period_index"],
        start=row["period_start"],
        end=row["period_end"],
        eligible_days=row["eligible_days"],
        total_days=row["total_days"],
        amount_cents=row["amount_cents"],
        claim_due=row["claim_due"],
    )
    return PaymentFacts(
        id=row["id"],
        decision_id=row["decision"],
        period=period,
        status=row["status"],
        batch_id=row["batch"],
    )


def _ledgers_of(rows: Iterable[dict[str, Any]]) -> list[GrantLedger]:
    """Ledgers of the given decision rows (each with `rules_json`): two more queries."""
    heads = list(rows)
    ids = [r["id"] for r in heads]
    if not ids:
        return []
    children = [_decision_facts(r) for r in prepared("ledger.children", _children_query, *ids)]
    payments = [_payment_facts(r) for r in prepared("ledger.payments", _payments_query, *ids)]
    return [
        GrantLedger.build(
            _decision_facts(r), rules_from_snapshot(r["rules_json"]), children, payments
        )
        for r in heads
    ]


def _children_query(*ids: int) -> Any:
    return (
        Decision.select(*_FACT_COLUMNS)
        .where(Decision.parent.in_(ids) & Decision.decision_type.in_(CHILD_KINDS))
        .dicts()
    )


def _payments_query(*ids: int) -> Any:
    return Payment.select(*_PAYMENT_COLUMNS).where(Payment.decision.in_(ids)).dicts()


def _grants_query(placement_id: int) -> Any:
    return (
        Decision.select(*_FACT_COLUMNS, Decision.rules_json)
        .where(
            (Decision.placement == placement_id)
            & Decision.decision_type.in_(GRANT_KINDS)
            & (Decision.status != DecisionStatus.CANCELLED)
            & Decision.period_start.is_null(False)
        )
        .order_by(Decision.decision_date, Decision.id)
        .dicts()
    )


def placement_ledgers(
    placement_id: int, exclude_decision_id: int | None = None
) -> list[GrantLedger]:
    """The placement's grants in force (with a period), oldest first."""
    rows = prepared("ledger.grants", _grants_query, placement_id)
    return _ledgers_of(r for r in rows if r["id"] != exclude_decision_id)


def ledgers_by_id(decision_ids: Iterable[int]) -> dict[int, GrantLedger]:
    """Ledgers of the given paying decisions (grants and bonuses), by decision id."""
    ids = list(decision_ids)
    if not ids:
        return {}
    # the statement built once per number of ids (a change loads one grant's ledger: the
    # query builder cost more than the three statements run)
    rows = prepared("ledger.by_id", _by_id_query, *ids)
    return {ledger.grant.id: ledger for ledger in _ledgers_of(rows)}


def _by_id_query(*ids: int) -> Any:
    return (
        Decision.select(*_FACT_COLUMNS, Decision.rules_json)
        .where(Decision.id.in_(ids) & Decision.decision_type.in_(PAYING_KINDS))
        .dicts()
    )


def grant_ledger(decision_id: int, kinds: frozenset[DecisionType] = GRANT_KINDS) -> GrantLedger:
    """One decision's ledger for a change: an amendment (a grant) or a recovery (`kinds`
    wider); refuses a decision of another kind or a cancelled one."""
    ledger = ledgers_by_id([decision_id]).get(decision_id)
    if ledger is None:
        get_or_raise(Decision, decision_id, "DECISION_NOT_FOUND")
    for_amendment = kinds == GRANT_KINDS
    if ledger is None or ledger.grant.kind not in kinds:
        if for_amendment:
            raise NotAllowedError("AMEND_ONLY_GRANTS")
        raise NotAllowedError("RECOVER_ONLY_GRANTED")
    if not ledger.in_force:
        if for_amendment:
            raise NotAllowedError("CANCELLED_NOT_AMENDED")
        raise NotAllowedError("RECOVER_ONLY_GRANTED")
    return ledger


def effective_end(decision: Decision) -> date | None:
    """A grant's end as amended (for callers holding one decision)."""
    ledgers = ledgers_by_id([decision.id])
    ledger = ledgers.get(decision.id)
    return ledger.effective_end if ledger is not None else decision.period_end
