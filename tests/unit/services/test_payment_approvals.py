"""The bulk payment work (a day's claims and approvals) gives every payment what the single
use cases give it: the same state, held reasons and audit rows; all or nothing."""

from __future__ import annotations

from datetime import date

import pytest

from kemidesk.db.models import AuditLog, Payment
from kemidesk.domain.types import FollowupType, NotificationMethod, PaymentStatus
from kemidesk.services import grants, payments
from kemidesk.services.errors import NotAllowedError
from kemidesk.services.followups import FollowupInput, record_followup
from kemidesk.services.payment_approvals import Claim, approve_payments, payment_work

from .factories import association, person, placement
from .test_grants import apply, grant

pytestmark = pytest.mark.usefixtures("db")


def _granted(n: int) -> list[payments.PaymentRow]:
    """A sent grant with its start talk recorded; its payments, first period first."""
    pl = placement(person().id, association(n).id)
    decision = grant(apply(pl.id).id)
    grants.notify_decision(decision.id, NotificationMethod.HANDED_OVER, date(2026, 3, 25))
    record_followup(
        FollowupInput(pl.id, FollowupType.START, date(2026, 3, 25), participants="työntekijä")
    )
    return payments.list_payments(decision_id=decision.id)


def _state(payment_id: int) -> tuple[object, ...]:
    p = Payment.get_by_id(payment_id)
    audit = [
        (a.action, a.fields)
        for a in AuditLog.select()
        .where((AuditLog.entity == "Payment") & (AuditLog.entity_id == payment_id))
        .order_by(AuditLog.id)
    ]
    return (
        p.status,
        p.held_reason,
        p.claim_received_on,
        p.payslip_received,
        p.proof_received,
        p.approved_on,
        audit,
    )


def test_bulk_work_equals_the_single_use_cases() -> None:
    one, other = _granted(1), _granted(2)
    day = date(2026, 5, 12)
    # single: claimed and approved at once; claimed without a document and held; claimed,
    # then approved later (its later period has not ended: held with the reason)
    payments.record_claim(one[0].id, day, True, True, approve_on=day)
    payments.record_claim(one[1].id, day, True, False, approve_on=day)
    payments.record_claim(one[2].id, day, True, True)
    payments.approve_payment(one[2].id, today=day)
    states = payment_work(
        [
            Claim(other[0].id, day, True, True, approve_on=day),
            Claim(other[1].id, day, True, False, approve_on=day),
            Claim(other[2].id, day, True, True),
        ],
        (),
        None,
    )
    assert [s.status for s in states] == [
        PaymentStatus.APPROVED,
        PaymentStatus.HELD,
        PaymentStatus.CLAIMED,
    ]
    (later,) = approve_payments([other[2].id], day)
    assert later.status is PaymentStatus.HELD
    assert "Maksukausi ei ole vielä päättynyt" in later.held_reason
    for single, bulk in zip(one[:3], other[:3], strict=True):
        assert _state(single.id) == _state(bulk.id)


def test_bulk_work_is_all_or_nothing() -> None:
    rows = _granted(3)
    day = date(2026, 5, 12)
    payments.record_claim(rows[0].id, day, True, True, approve_on=day)  # approved
    before = [_state(r.id) for r in rows[:2]]
    with pytest.raises(NotAllowedError):
        payment_work(
            [Claim(rows[1].id, day, True, True), Claim(rows[0].id, day, True, True)], (), None
        )
    with pytest.raises(NotAllowedError):
        payment_work([Claim(rows[1].id, day, True, True)], [rows[2].id], day)  # not claimed
    assert [_state(r.id) for r in rows[:2]] == before


def test_a_day_of_many_payments_in_each_kind_of_write_equals_the_single_use_cases() -> None:
    """Several payments in each group the bulk work writes together (approved at once, held
    at once, claimed only, approved or held later), five facts read in one padded query:
    each payment ends as the single use cases leave it."""
    single = [_granted(10 + n) for n in range(3)]
    bulk = [_granted(20 + n) for n in range(3)]
    day, later = date(2026, 5, 12), date(2026, 5, 20)
    for rows in single:
        payments.record_claim(rows[0].id, day, True, True, approve_on=day)
        payments.record_claim(rows[1].id, day, True, False, approve_on=day)
        payments.record_claim(rows[2].id, day, True, True)
    for rows in single:
        payments.approve_payment(rows[2].id, today=later)
    claims = [Claim(rows[0].id, day, True, True, approve_on=day) for rows in bulk]
    claims += [Claim(rows[1].id, day, True, False, approve_on=day) for rows in bulk]
    claims += [Claim(rows[2].id, day, True, True) for rows in bulk]
    payment_work(claims, (), None)
    approve_payments([rows[2].id for rows in bulk], later)
    for one, other in zip(single, bulk, strict=True):
        assert [_state(p.id) for p in one[:3]] == [_state(p.id) for p in other[:3]]
    assert {_state(rows[2].id)[0] for rows in bulk} == {PaymentStatus.HELD}
