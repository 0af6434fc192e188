"""Payment batches as the payments view lists them: each with its number of payments and
total (making a batch and marking it paid are use cases in payments.py)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import peewee

from kemidesk.db.models import Payment, PaymentBatch


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
    query = (
        PaymentBatch.select(
            PaymentBatch.id,
            PaymentBatch.created_on,
            PaymentBatch.title,
            PaymentBatch.paid_on,
            peewee.fn.COUNT(Payment.id).alias("payment_count"),
            peewee.fn.COALESCE(peewee.fn.SUM(Payment.amount_cents), 0).alias("total_cents"),
        )
        .join(Payment, peewee.JOIN.LEFT_OUTER, on=(Payment.batch == PaymentBatch.id))
        .group_by(PaymentBatch.id)
        .order_by(PaymentBatch.created_on.desc(), PaymentBatch.id.desc())
    )
    if ids is not None:
        query = query.where(PaymentBatch.id.in_(ids))
    return [
        BatchRow(
            id=r["id"],
            created_on=r["created_on"],
            title=r["title"] or "",
            paid_on=r["paid_on"],
            payment_count=int(r["payment_count"]),
            total_cents=int(r["total_cents"]),
        )
        for r in query.dicts()
    ]


def get_batch(batch_id: int) -> BatchRow | None:
    rows = list_batches(ids=[batch_id])
    return rows[0] if rows else None
