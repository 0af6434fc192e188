"""Read-only queries of the payments and settings views: payment batches and the notes of
the yearly appropriations (the write use cases are in payments.py and settings.py)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import peewee

from kemidesk.db.models import Appropriation, Payment, PaymentBatch


@dataclass(frozen=True, slots=True)
class BatchRow:
    id: int
    created_on: date
    title: str
    paid_on: date | None
    payment_count: int
    total_cents: int

    @property
    def is_paid(self) -> bool:
        return self.paid_on is not None


def list_batches(ids: list[int] | None = None) -> list[BatchRow]:
    """Payment batches, newest first, with their number of payments and total."""
    count = peewee.fn.COUNT(Payment.id)
    total = peewee.fn.COALESCE(peewee.fn.SUM(Payment.amount_cents), 0)
    query = (
        PaymentBatch.select(
            PaymentBatch.id,
            PaymentBatch.created_on,
            PaymentBatch.title,
            PaymentBatch.paid_on,
            count,
            total,
        )
        .join(Payment, peewee.JOIN.LEFT_OUTER, on=(Payment.batch == PaymentBatch.id))
        .group_by(PaymentBatch.id)
        .order_by(PaymentBatch.created_on.desc(), PaymentBatch.id.desc())
    )
    if ids is not None:
        query = query.where(PaymentBatch.id.in_(ids))
    return [
        BatchRow(bid, created, title or "", paid, int(n), int(cents))
        for bid, created, title, paid, n, cents in query.tuples()
    ]


def get_batch(batch_id: int) -> BatchRow | None:
    rows = list_batches(ids=[batch_id])
    return rows[0] if rows else None


def payment_ids(limit: int | None = None) -> list[int]:
    """Payment ids, the latest period first (the order of the Maksut list); the first `limit`."""
    query = Payment.select(Payment.id).order_by(Payment.period_start.desc(), Payment.id.desc())
    if limit is not None:
        query = query.limit(limit)
    return [pid for (pid,) in query.tuples()]


def appropriation_notes() -> dict[int, str]:
    """Year → the notes stored with that year's appropriation."""
    return dict(Appropriation.select(Appropriation.year, Appropriation.notes).tuples())
