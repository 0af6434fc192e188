"""The payments view's lists: payment batches with their totals, and the open-work payments."""

from __future__ import annotations

from datetime import date

import pytest

from kemidesk.domain.types import FollowupType, NotificationMethod, PaymentStatus
from kemidesk.services import grants, payments
from kemidesk.services.batches import get_batch, list_batches
from kemidesk.services.errors import NotAllowedError
from kemidesk.services.followups import FollowupInput, record_followup
from kemidesk.services.payments import payment_ids

from .test_grants import apply, grant, setup_placement

TODAY = date(2026, 11, 28)


@pytest.mark.usefixtures("db")
def test_batches_with_count_total_and_paid_date() -> None:
    pl = setup_placement()
    decision = grant(apply(pl.id).id)
    grants.notify_decision(decision.id, NotificationMethod.HANDED_OVER, date(2026, 3, 25))
    record_followup(
        FollowupInput(pl.id, FollowupType.START, date(2026, 3, 25), participants="työntekijä")
    )
    first = payments.list_payments(decision_id=decision.id)[0]
    payments.record_claim(first.id, date(2026, 4, 10), True, True)
    assert payments.approve_payment(first.id, date(2026, 4, 20)).status is PaymentStatus.APPROVED
    assert list_batches() == []
    batch_id = payments.create_batch([first.id], date(2026, 4, 21), "Huhtikuu")
    (row,) = list_batches()
    assert (row.id, row.title, row.created_on) == (batch_id, "Huhtikuu", date(2026, 4, 21))
    assert (row.payment_count, row.total_cents, row.is_paid) == (1, first.amount_cents, False)
    payments.mark_batch_paid(batch_id, date(2026, 4, 24))
    paid = get_batch(batch_id)
    assert paid is not None and paid.paid_on == date(2026, 4, 24)
    assert get_batch(batch_id + 1) is None


@pytest.mark.usefixtures("demo_db")
def test_payment_ids_are_the_open_work_latest_period_first() -> None:
    from datetime import timedelta

    ids = payment_ids(TODAY)
    rows = payments.list_payments(ids=ids)
    assert {r.status for r in rows} <= {
        PaymentStatus.CLAIMED,
        PaymentStatus.HELD,
        PaymentStatus.APPROVED,
        PaymentStatus.DUE,
        PaymentStatus.PAID,
    }
    assert all(r.period_start <= TODAY for r in rows if r.status is PaymentStatus.DUE)
    assert all(r.paid_on >= TODAY - timedelta(days=90) for r in rows if r.paid_on)
    everything = payments.list_payments()
    assert 0 < len(ids) < len(everything)
    open_claims = [r.id for r in everything if r.status is PaymentStatus.CLAIMED]
    assert set(open_claims) <= set(ids)
    starts = [r.period_start for r in payments.list_payments(ids=ids[:50])]
    assert max(starts) == payments.list_payments(ids=ids[:1])[0].period_start
    assert payment_ids(TODAY, limit=5) == ids[:5]


@pytest.mark.usefixtures("demo_db")
def test_batch_numbers_are_gap_free_when_a_batch_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    """A batch whose transaction fails after its row was written gives its number back (on
    the server a sequence would have skipped it): the numbers come from a locked counter."""
    from kemidesk.db.models import PaymentBatch

    highest = max(b.id for b in list_batches())
    approved = [
        r.id for r in payments.list_payments(status=PaymentStatus.APPROVED) if r.batch_id is None
    ]
    assert len(approved) >= 2
    real_audit = payments.audit

    def fail_on_batch(instance: object, action: str, fields: object = ()) -> None:
        if isinstance(instance, PaymentBatch):
            raise RuntimeError("kaatui kesken erän")
        real_audit(instance, action, fields)  # type: ignore[arg-type]

    monkeypatch.setattr(payments, "audit", fail_on_batch)
    with pytest.raises(RuntimeError):
        payments.create_batch(approved[:1], TODAY, "Kaatuva")
    monkeypatch.setattr(payments, "audit", real_audit)
    assert max(b.id for b in list_batches()) == highest  # nothing of it was kept
    first = payments.create_batch(approved[:1], TODAY, "Ensimmäinen")
    second = payments.create_batch(approved[1:2], TODAY, "Toinen")
    assert (first, second) == (highest + 1, highest + 2)
    ids = sorted(b.id for b in list_batches())
    assert ids == list(range(1, len(ids) + 1))


@pytest.mark.usefixtures("db")
def test_pay_batch_gives_the_states_mark_batch_paid_shows() -> None:
    from kemidesk.db.models import AuditLog

    pl = setup_placement()
    decision = grant(apply(pl.id).id)
    grants.notify_decision(decision.id, NotificationMethod.HANDED_OVER, date(2026, 3, 25))
    record_followup(
        FollowupInput(pl.id, FollowupType.START, date(2026, 3, 25), participants="työntekijä")
    )
    first, second = payments.list_payments(decision_id=decision.id)[:2]
    for payment, claimed, approved in ((first, 10, 20), (second, 12, 22)):
        month = 4 if payment is first else 5
        payments.record_claim(payment.id, date(2026, month, claimed), True, True)
        payments.approve_payment(payment.id, date(2026, month, approved))
    one = payments.create_batch([first.id], date(2026, 4, 21), "Huhtikuu")
    other = payments.create_batch([second.id], date(2026, 5, 23), "Toukokuu")
    shown = payments.mark_batch_paid(one, date(2026, 4, 24))
    assert payments.pay_batch(other, date(2026, 5, 26)) == [(second.id, PaymentStatus.PAID)]
    assert [(r.id, r.status) for r in shown] == [(first.id, PaymentStatus.PAID)]
    assert payments.get_payment(second.id).paid_on == date(2026, 5, 26)
    audits = [
        [(a.action, a.fields) for a in AuditLog.select().where(AuditLog.entity_id == p.id)
         .where(AuditLog.entity == "Payment").order_by(AuditLog.id)]
        for p in (first, second)
    ]  # fmt: skip
    assert audits[0] == audits[1] and audits[0][-1] == ("paid", "paid_on,status")
    with pytest.raises(NotAllowedError):
        payments.pay_batch(other, date(2026, 5, 27))
