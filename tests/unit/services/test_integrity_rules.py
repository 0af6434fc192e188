"""Rules that keep the money right across decisions: no month paid twice, amendments measured
against the amended grant, batches paid once, recoveries within what was paid."""

from __future__ import annotations

from datetime import date

import pytest

from kemidesk.db.models import DeMinimisAid, Payment
from kemidesk.domain.errors import FieldErrors
from kemidesk.domain.types import DecisionType, NotificationMethod, PaymentStatus
from kemidesk.services import changes, documents, grants, payments, settings
from kemidesk.services.errors import NotAllowedError
from kemidesk.services.placements import PlacementInput, update_placement

from .factories import association, person, placement
from .test_documents import pdf_text
from .test_grants import apply, grant, setup_placement

pytestmark = pytest.mark.usefixtures("db")


def year_grant():  # type: ignore[no-untyped-def]
    """A 500 €/month grant 1.1.–31.12.2026, sent, on a placement running into 2027."""
    pl = setup_placement(start_date=date(2026, 1, 1), end_date=date(2027, 12, 31))
    decision = grant(
        apply(pl.id, received=date(2026, 1, 10)).id,
        decision_date=date(2026, 1, 15),
        period_start=date(2026, 1, 1),
        period_end=date(2026, 12, 31),
    )
    grants.notify_decision(decision.id, NotificationMethod.HANDED_OVER, date(2026, 1, 15))
    return pl, decision


def pay(decision_id: int, up_to_index: int) -> None:
    Payment.update(status=PaymentStatus.PAID.value, paid_on=date(2026, 9, 1)).where(
        (Payment.decision == decision_id) & (Payment.period_index <= up_to_index)
    ).execute()


def test_the_same_month_cannot_be_granted_twice() -> None:
    pl, first = year_grant()
    second_app = apply(pl.id, received=date(2026, 2, 1))
    overlapping = grants.assess(
        pl.id,
        decision_date=date(2026, 2, 5),
        period_start=date(2026, 6, 1),
        period_end=date(2026, 11, 30),
        application_date=date(2026, 2, 1),
    )
    overlap = [f for f in overlapping.errors if f.code == "GRANT_OVERLAPS"]
    assert len(overlap) == 1
    assert first.number in overlap[0].message
    with pytest.raises(FieldErrors):
        grant(
            second_app.id,
            decision_date=date(2026, 2, 5),
            period_start=date(2026, 6, 1),
            period_end=date(2026, 11, 30),
        )


def test_amendments_are_measured_against_the_amended_grant() -> None:
    pl, decision = year_grant()
    changes.decide_amendment(decision.id, date(2026, 6, 30), date(2026, 7, 5), "Lyhennys.")
    with pytest.raises(FieldErrors, match="ei lyhennä"):
        changes.propose_amendment(decision.id, date(2026, 8, 31))  # would lengthen again
    assert grants.months_already_granted(pl.id) == 6  # the amended months, not the original 12


def test_committed_money_of_an_amendment_stays_in_the_grants_year() -> None:
    settings.set_appropriation(2026, "100 000,00")
    settings.set_appropriation(2027, "100 000,00")
    _, decision = year_grant()
    changes.decide_amendment(decision.id, date(2026, 3, 31), date(2027, 1, 20), "Päättyi.")
    assert settings.appropriation_status(2026).decided_cents == 150_000
    assert settings.appropriation_status(2027).decided_cents == 0


def test_batch_is_paid_once_and_only_its_approved_payments() -> None:
    _, decision = year_grant()
    rows = payments.list_payments(decision_id=decision.id)
    Payment.update(status=PaymentStatus.APPROVED.value, approved_on=date(2026, 3, 5)).where(
        Payment.id.in_([rows[0].id, rows[1].id])
    ).execute()
    batch = payments.create_batch([rows[0].id, rows[1].id], date(2026, 3, 6))
    Payment.update(status=PaymentStatus.CANCELLED.value).where(Payment.id == rows[1].id).execute()
    paid = {p.id: p.status for p in payments.mark_batch_paid(batch, date(2026, 3, 10))}
    assert paid == {rows[0].id: PaymentStatus.PAID, rows[1].id: PaymentStatus.CANCELLED}
    with pytest.raises(NotAllowedError, match="jo merkitty"):
        payments.mark_batch_paid(batch, date(2026, 4, 10))


def test_amendment_does_not_touch_a_payment_on_a_batch_list() -> None:
    _, decision = year_grant()
    march = payments.list_payments(decision_id=decision.id)[2]
    Payment.update(status=PaymentStatus.APPROVED.value, approved_on=date(2026, 4, 5)).where(
        Payment.id == march.id
    ).execute()
    payments.create_batch([march.id], date(2026, 4, 6))
    with pytest.raises(NotAllowedError, match="maksuerässä"):
        changes.decide_amendment(decision.id, date(2026, 2, 28), date(2026, 4, 7), "Päättyi.")
    assert payments.get_payment(march.id).status is PaymentStatus.APPROVED  # rolled back


def test_payment_is_not_approved_before_its_period_ends() -> None:
    _, decision = year_grant()
    february = payments.list_payments(decision_id=decision.id)[1]
    payments.record_claim(february.id, date(2026, 2, 3), True, True)
    held = payments.approve_payment(february.id, today=date(2026, 2, 3))
    assert held.status is PaymentStatus.HELD
    assert "ei ole vielä päättynyt" in held.held_reason


def test_after_an_amendment_the_new_last_payment_needs_the_final_form() -> None:
    _, decision = year_grant()
    changes.decide_amendment(decision.id, date(2026, 2, 28), date(2026, 3, 1), "Päättyi.")
    live = [
        p
        for p in payments.list_payments(decision_id=decision.id)
        if p.status is not PaymentStatus.CANCELLED
    ]
    assert [p.is_last for p in live] == [False, True]


def test_de_minimis_counts_for_an_association_with_business_activity() -> None:
    from kemidesk.db.models import Association

    pl = setup_placement()
    Association.update(business_activity=True).execute()
    DeMinimisAid.create(
        association=pl.association_id, granted_on=date(2025, 6, 1), amount_cents=29_900_000
    )
    assessment = grants.assess_application(apply(pl.id).id, date(2026, 3, 25))
    assert "DE_MINIMIS_EXCEEDED" in [f.code for f in assessment.errors]


def test_recovery_is_limited_to_what_was_paid_and_not_yet_recovered() -> None:
    _, decision = year_grant()
    pay(decision.id, 3)  # 1 500 € paid
    with pytest.raises(FieldErrors, match="enintään"):
        changes.decide_recovery(decision.id, 200_000, date(2026, 5, 1), "Liikaa.")
    changes.decide_recovery(decision.id, 100_000, date(2026, 5, 1), "Aiheeton.")
    with pytest.raises(FieldErrors, match="500,00"):
        changes.decide_recovery(decision.id, 60_000, date(2026, 5, 2), "Lisää.")


def test_a_rejection_cannot_be_recovered() -> None:
    pl = setup_placement(person={"tmt_days": "100", "birth_date": date(1970, 1, 1)})
    rejection = grant(apply(pl.id).id, decision_type=DecisionType.REJECTION)
    with pytest.raises(NotAllowedError):
        changes.decide_recovery(rejection.id, 50_000, date(2026, 5, 1), "x")


def test_printed_amendment_states_the_grant_as_amended() -> None:
    _, decision = year_grant()
    pay(decision.id, 6)  # paid through June
    change = changes.decide_amendment(decision.id, date(2026, 3, 15), date(2026, 7, 1), "x")
    amendment = change.decision
    doc = documents.decision_document(amendment.id)
    assert doc.total_cents == 2 * 50_000 + 24_194  # January, February, 15/31 of March
    assert [r.end for r in doc.schedule][-1] == date(2026, 3, 15)
    assert "1 241,94" in pdf_text(documents.render_decision_pdf(amendment.id))


def test_public_copy_leaves_out_what_was_written_about_the_person() -> None:
    pl = setup_placement(person={"first_name": "Senja", "last_name": "Virtanen"})
    app = apply(pl.id, received=date(2026, 5, 20))  # late: a warning needs a justification
    decision = grant(
        app.id, warning_justification="Virtanen Senja on osatyökykyinen; Senjan työaikaa sovitettu."
    )
    public = pdf_text(documents.render_decision_pdf(decision.id, public=True))
    for personal in ("Virtanen", "Senja", "osatyökykyinen"):
        assert personal.lower() not in public.lower(), personal
    party = pdf_text(documents.render_decision_pdf(decision.id))
    assert "Senjan työaikaa" in party


def test_who_where_and_since_when_are_fixed_once_decided() -> None:
    pl, _ = year_grant()
    other = person(first_name="Toinen")
    data = PlacementInput(
        person_id=other.id,
        association_id=association(1).id,
        job_title="x",
        start_date=date(2026, 6, 1),
        end_date=date(2026, 7, 31),
        hours_per_week="30",
        monthly_wage="1800",
    )
    with pytest.raises(FieldErrors) as info:
        update_placement(pl.id, data)
    assert set(info.value.errors) == {"person_id", "association_id", "start_date"}
    unlocked = placement(other.id, association(2).id)
    update_placement(unlocked.id, data)  # no decision yet: anything may change
