"""Early termination: amendment recomputes the rest; paid money after the end is recovered."""

from __future__ import annotations

from datetime import date

import pytest

from kemidesk.db.models import Payment
from kemidesk.domain.errors import FieldErrors
from kemidesk.domain.types import DecisionType, NotificationMethod, PaymentStatus
from kemidesk.services import changes, documents, grants, payments, settings
from kemidesk.services.errors import NotAllowedError

from .test_documents import pdf_text
from .test_grants import apply, grant, setup_placement

pytestmark = pytest.mark.usefixtures("db")


def paid_grant(paid_periods: int):  # type: ignore[no-untyped-def]
    pl = setup_placement()  # 15.3.2026–14.3.2027, 500 €/month
    decision = grant(apply(pl.id).id)
    grants.notify_decision(decision.id, NotificationMethod.HANDED_OVER, date(2026, 3, 25))
    Payment.update(status=PaymentStatus.PAID.value, paid_on=date(2026, 9, 1)).where(
        (Payment.decision == decision.id) & (Payment.period_index <= paid_periods)
    ).execute()
    return decision


def test_amendment_cuts_schedule_and_proposes_recovery() -> None:
    decision = paid_grant(paid_periods=6)  # paid up to 31.8.2026
    proposal = changes.propose_amendment(decision.id, date(2026, 7, 15))
    assert proposal.old_total_cents == 600_000
    # 15.–31.3. (17/31) + April, May, June + 15/31 of July
    assert proposal.new_total_cents == 27_419 + 3 * 50_000 + 24_194
    assert proposal.paid_cents == 27_419 + 5 * 50_000
    # paid for 16.–31.7. and all of August
    assert proposal.recovery_cents == (50_000 - 24_194) + 50_000
    assert proposal.recoverable

    amendment = changes.decide_amendment(
        decision.id, date(2026, 7, 15), date(2026, 9, 10), "Työsuhde päättyi 15.7.2026."
    ).decision
    assert amendment.decision_type is DecisionType.AMENDMENT
    assert amendment.total_cents == proposal.change_cents < 0
    rows = payments.list_payments(decision_id=decision.id)
    assert all(r.status is PaymentStatus.CANCELLED for r in rows if r.period_index > 6)
    # committed money now equals the shortened grant
    assert settings.committed_cents(2026) == proposal.new_total_cents

    recovery = changes.decide_recovery(
        decision.id, proposal.recovery_cents, date(2026, 9, 10), "Maksettu päättymisen jälkeen."
    ).decision
    assert recovery.decision_type is DecisionType.RECOVERY
    assert recovery.total_cents == proposal.recovery_cents
    assert settings.committed_cents(2026) == proposal.new_total_cents  # recovery is not spending
    text = pdf_text(documents.render_decision_pdf(recovery.id))
    assert "758,06" in text  # 258,06 + 500,00
    amended = pdf_text(documents.render_decision_pdf(amendment.id))
    assert decision.number in amended


def test_unpaid_periods_are_cut_without_recovery() -> None:
    decision = paid_grant(paid_periods=0)
    proposal = changes.propose_amendment(decision.id, date(2026, 5, 31))
    assert proposal.recovery_cents == 0 and not proposal.recoverable
    changes.decide_amendment(decision.id, date(2026, 5, 31), date(2026, 6, 5), "Päättyi.")
    active = [
        r
        for r in payments.list_payments(decision_id=decision.id)
        if r.status is not PaymentStatus.CANCELLED
    ]
    assert sum(r.amount_cents for r in active) == 27_419 + 2 * 50_000


def test_small_overpayment_is_not_claimed_back() -> None:
    decision = paid_grant(paid_periods=5)  # paid through 31.7.
    proposal = changes.propose_amendment(decision.id, date(2026, 7, 28))
    assert 0 < proposal.recovery_cents <= 10_000
    assert not proposal.recoverable
    with pytest.raises(NotAllowedError):
        changes.decide_recovery(decision.id, proposal.recovery_cents, date(2026, 8, 5), "x")


def test_amendment_input_checks() -> None:
    decision = paid_grant(paid_periods=0)
    with pytest.raises(FieldErrors):
        changes.propose_amendment(decision.id, date(2027, 6, 1))  # does not shorten
    with pytest.raises(FieldErrors):
        changes.propose_amendment(decision.id, date(2026, 1, 1))  # before the start
    with pytest.raises(FieldErrors):
        changes.decide_amendment(decision.id, date(2026, 6, 1), date(2026, 6, 5), "  ")


def test_appropriation_left_counts_earlier_amendments_of_the_years_decisions() -> None:
    from kemidesk.db.models import Decision
    from kemidesk.services.decision_content import appropriation_before

    settings.set_appropriation(2026, "100 000,00")
    first = paid_grant(paid_periods=0)
    assert appropriation_before(first) == (10_000_000, 10_000_000)
    amendment = changes.decide_amendment(
        first.id, date(2026, 5, 31), date(2026, 6, 5), "Päättyi."
    ).decision
    later = grant(apply(setup_placement().id).id, decision_date=date(2026, 6, 10))
    left = 10_000_000 - first.total_cents - amendment.total_cents
    assert amendment.total_cents < 0
    assert appropriation_before(Decision.get_by_id(later.id)) == (10_000_000, left)
    # the amendment, made after the first decision, is not counted before the first one
    assert appropriation_before(Decision.get_by_id(first.id)) == (10_000_000, 10_000_000)
    # nor is an amendment counted before itself (it is counted by id, as numbers run)
    before_amendment = 10_000_000 - first.total_cents
    assert appropriation_before(Decision.get_by_id(amendment.id)) == (10_000_000, before_amendment)


def test_appropriation_left_leaves_out_amendments_of_another_years_decision() -> None:
    from kemidesk.db.models import Decision
    from kemidesk.services.decision_content import appropriation_before

    settings.set_appropriation(2026, "100 000,00")
    first = paid_grant(paid_periods=0)
    amendment = changes.decide_amendment(
        first.id, date(2026, 5, 31), date(2026, 6, 5), "Päättyi."
    ).decision
    later = grant(apply(setup_placement().id).id, decision_date=date(2026, 6, 10))
    left = 10_000_000 - first.total_cents - amendment.total_cents
    assert appropriation_before(Decision.get_by_id(later.id)) == (10_000_000, left)
    # the first decision counted in the year before: neither it nor its amendment (made in
    # 2026) is taken from 2026's appropriation
    Decision.update(year=2025).where(Decision.id == first.id).execute()
    assert appropriation_before(Decision.get_by_id(later.id)) == (10_000_000, 10_000_000)


def test_an_amendment_cuts_one_payment_and_cancels_the_rest_with_audit_rows() -> None:
    from kemidesk.db.models import AuditLog

    decision = paid_grant(paid_periods=0)
    ids = [r.id for r in payments.list_payments(decision_id=decision.id)]
    cut_id = ids[2]  # May 2026: the new end falls in it
    Payment.update(  # an approved one: the cut amount needs a new approval
        status=PaymentStatus.APPROVED.value, approved_on=date(2026, 6, 2)
    ).where(Payment.id == cut_id).execute()
    change = changes.decide_amendment(decision.id, date(2026, 5, 20), date(2026, 6, 5), "Päättyi.")
    assert sorted(change.payment_ids) == ids[2:]
    cut = Payment.get_by_id(cut_id)
    assert (cut.status, cut.approved_on, cut.period_end) == (
        PaymentStatus.CLAIMED, None, date(2026, 5, 20),
    )  # fmt: skip
    assert 0 < cut.amount_cents < 50_000 and cut.eligible_days < cut.total_days
    rest = [Payment.get_by_id(i) for i in ids[3:]]
    assert {(p.status, p.held_reason) for p in rest} == {
        (PaymentStatus.CANCELLED, "Peruttu muutospäätöksellä.")
    }
    audit = [
        (a.entity_id, a.action, a.fields)
        for a in AuditLog.select()
        .where((AuditLog.entity == "Payment") & AuditLog.entity_id.in_(ids[2:]))
        .where(AuditLog.action.in_(("amend", "cancel")))
        .order_by(AuditLog.id)
    ]
    assert audit == [
        (cut_id, "amend", "amount_cents,approved_on,eligible_days,period_end,status"),
        *[(i, "cancel", "held_reason,status") for i in ids[3:]],
    ]
