"""Read-only queries of the payments and settings views: payment batches and the notes of
the yearly appropriations (the write use cases are in payments.py and settings.py)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import peewee

from kemidesk.db.models import Appropriation, Payment, PaymentBatch
from kemidesk.domain.lifecycle import OPEN_WORK
from kemidesk.domain.types import PaymentStatus


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


PAID_SHOWN_DAYS = 90


def payment_ids(today: date, limit: int | None = None) -> list[int]:
    """The Maksut list: open payments (claims to check, held, approved, batched, and due ones
    whose period has started) and payments paid in the last 90 days; latest period first.
    The whole history of a grant is in its decision (Avustukset) and `kemidesk list payments`;
    loading all 250 000 payments of a large office would cost the window ~300 MB."""
    open_work = Payment.status.in_(OPEN_WORK) | (
        (Payment.status == PaymentStatus.DUE) & (Payment.period_start <= today)
    )
    recent = (Payment.status == PaymentStatus.PAID) & (
        Payment.paid_on >= today - timedelta(days=PAID_SHOWN_DAYS)
    )
    query = (
        Payment.select(Payment.id)
        .where(open_work | recent)
        .order_by(Payment.period_start.desc(), Payment.id.desc())
    )
    if limit is not None:
        query = query.limit(limit)
    return [pid for (pid,) in query.tuples()]


def appropriation_notes() -> dict[int, str]:
    """Year → the notes stored with that year's appropriation."""
    return dict(Appropriation.select(Appropriation.year, Appropriation.notes).tuples())
