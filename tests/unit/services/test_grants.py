"""Applications, decisions, numbering, notification, payments and the bonus."""

from __future__ import annotations

import re
from datetime import date

import pytest

from kemidesk.db.models import AuditLog, Decision, DecisionSeries, Payment
from kemidesk.domain.errors import FieldErrors
from kemidesk.domain.types import (
    ApplicationStatus,
    DecisionType,
    FollowupType,
    NotificationMethod,
    OutcomeCheckpoint,
    OutcomeStatus,
    PaymentStatus,
)
from kemidesk.services import followups, grants, payments, settings
from kemidesk.services.errors import NotAllowedError
from kemidesk.services.followups import FollowupInput, record_followup, record_outcome

from .factories import association, person, placement

pytestmark = pytest.mark.usefixtures("db")


def setup_placement(**changes):  # type: ignore[no-untyped-def]
    a = association()
    p = person(**changes.pop("person", {}))
    return placement(p.id, a.id, **changes)


def apply(placement_id: int, received: date = date(2026, 3, 20)) -> grants.ApplicationRow:
    return grants.record_application(
        grants.ApplicationInput(
            placement_id=placement_id,
            received_on=received,
            pt_decision_attached=True,
            contract_attached=True,
        )
    )


def grant(app_id: int, **changes):  # type: ignore[no-untyped-def]
    values = {
        "application_id": app_id,
        "decision_type": DecisionType.GRANT,
        "decision_date": date(2026, 3, 25),
        "decided_by_name": "Maija Päättäjä",
    }
    values.update(changes)
    return grants.decide_application(grants.DecisionInput(**values))


def test_mid_month_grant_schedule_and_number() -> None:
    pl = setup_placement()
    decision = grant(apply(pl.id).id)
    assert decision.number == "KL-2026-001"
    assert (decision.period_start, decision.period_end) == (date(2026, 3, 15), date(2027, 3, 14))
    assert decision.total_cents == 600_000
    rows = payments.list_payments(decision_id=decision.id)
    assert rows[0].amount_cents == 27_419  # 17/31 of 500 €
    assert sum(r.amount_cents for r in rows) == 600_000
    assert rows[-1].is_last and not rows[0].is_last
    assert grants.get_application(decision.id).status is ApplicationStatus.DECIDED


def test_numbers_are_gap_free_even_when_a_decision_fails() -> None:
    first = grant(apply(setup_placement().id).id)
    bad_app = apply(placement(person().id, association(1).id, job_title="x").id)
    with pytest.raises(FieldErrors):
        grant(bad_app.id, monthly="600,00")  # over the 500 € cap → refused, number given back
    second = grant(apply(placement(person().id, association(2).id).id).id)
    assert [first.number, second.number] == ["KL-2026-001", "KL-2026-002"]
    assert DecisionSeries.get().last_seq == 2


def test_rejection_has_no_payments_and_reasons_from_findings() -> None:
    pl = setup_placement(person={"tmt_days": "100", "birth_date": date(1970, 1, 1)})
    app = apply(pl.id)
    assessment = grants.assess_application(app.id, date(2026, 3, 25))
    assert any(f.code == "TARGET_GROUP_NONE" for f in assessment.errors)
    with pytest.raises(FieldErrors):
        grant(app.id)
    rejection = grant(app.id, decision_type=DecisionType.REJECTION)
    assert rejection.total_cents == 0
    assert payments.list_payments(decision_id=rejection.id) == []
    assert "kohderyhmä" in rejection.reasons.lower()


def test_warning_needs_written_justification() -> None:
    pl = setup_placement()
    app = apply(pl.id, received=date(2026, 5, 20))  # later than 1 month from the start
    with pytest.raises(FieldErrors) as info:
        grant(app.id)
    assert "warning_justification" in info.value.errors
    decision = grant(app.id, warning_justification="Palkkatukipäätös viivästyi.")
    assert "viivästyi" in decision.reasons


def test_appropriation_runs_out_and_override_is_audited() -> None:
    settings.set_appropriation(2026, "7 000,00")
    grant(apply(setup_placement().id).id)  # 6 000 € → 1 000 € left
    app = apply(placement(person().id, association(1).id).id)
    with pytest.raises(FieldErrors) as info:
        grant(app.id)
    assert (
        "Määrärahaa" in info.value.errors["period_start"]
        or "määräraha" in info.value.errors["period_start"].lower()
    )
    with pytest.raises(FieldErrors) as info:
        grant(app.id, override_appropriation=True)
    assert "override_justification" in info.value.errors
    decision = grant(
        app.id, override_appropriation=True, override_justification="Lisämääräraha tulossa"
    )
    row = (
        AuditLog.select()
        .where((AuditLog.entity == "Decision") & (AuditLog.entity_id == decision.id))
        .get()
    )
    assert "appropriation_override" in row.fields
    status = settings.appropriation_status(2026)
    assert status.left_cents == 700_000 - 1_200_000


def test_notification_sets_appeal_deadline() -> None:
    decision = grant(apply(setup_placement().id).id)
    with pytest.raises(FieldErrors):
        grants.notify_decision(decision.id, NotificationMethod.EMAIL, date(2026, 3, 1))
    sent = grants.notify_decision(decision.id, NotificationMethod.LETTER, date(2026, 3, 26))
    # letter: received 2.4. (+7), +14 = 16.4.2026 (a Thursday)
    assert sent.notified_on == date(2026, 4, 2)
    assert sent.appeal_deadline == date(2026, 4, 16)
    with pytest.raises(NotAllowedError):  # a sent decision's deadline cannot be moved
        grants.notify_decision(decision.id, NotificationMethod.EMAIL, date(2026, 6, 1))


def test_payment_held_for_missing_followup_then_approved_and_paid() -> None:
    pl = setup_placement()
    decision = grant(apply(pl.id).id)
    grants.notify_decision(decision.id, NotificationMethod.HANDED_OVER, date(2026, 3, 25))
    first = payments.list_payments(decision_id=decision.id)[0]
    with pytest.raises(NotAllowedError):
        payments.approve_payment(first.id, today=date(2026, 4, 20))  # no claim yet
    payments.record_claim(first.id, date(2026, 4, 10), True, True)
    held = payments.approve_payment(first.id, today=date(2026, 4, 20))
    assert held.status is PaymentStatus.HELD
    assert "Seurantalomakkeita" in held.held_reason
    record_followup(
        FollowupInput(
            placement_id=pl.id,
            followup_type=FollowupType.START,
            held_on=date(2026, 3, 25),
            participants="työntekijä, ohjaaja",
        )
    )
    approved = payments.approve_payment(first.id, today=date(2026, 4, 20))
    assert approved.status is PaymentStatus.APPROVED
    batch = payments.create_batch([first.id], date(2026, 4, 21))
    paid = payments.mark_batch_paid(batch, date(2026, 4, 24))
    assert [p.status for p in paid] == [PaymentStatus.PAID]
    assert settings.appropriation_status(2026).paid_cents == first.amount_cents


def test_payment_waits_for_appeal_deadline() -> None:
    pl = setup_placement()
    decision = grant(apply(pl.id).id)
    grants.notify_decision(decision.id, NotificationMethod.EMAIL, date(2026, 3, 26))
    record_followup(
        FollowupInput(
            placement_id=pl.id,
            followup_type=FollowupType.START,
            held_on=date(2026, 3, 25),
            participants="työntekijä",
        )
    )
    first = payments.list_payments(decision_id=decision.id)[0]
    payments.record_claim(first.id, date(2026, 4, 2), True, True)
    held = payments.approve_payment(first.id, today=date(2026, 4, 3))
    assert "Oikaisuvaatimusaika" in held.held_reason


def test_last_payment_needs_signed_final_form() -> None:
    pl = setup_placement(start_date=date(2026, 1, 1), end_date=date(2026, 2, 28))
    decision = grant(
        apply(pl.id, received=date(2026, 1, 10)).id,
        decision_date=date(2026, 1, 15),
        warning_justification="Lyhyt kausityö.",
    )
    grants.notify_decision(decision.id, NotificationMethod.HANDED_OVER, date(2026, 1, 15))
    record_followup(
        FollowupInput(
            placement_id=pl.id,
            followup_type=FollowupType.START,
            held_on=date(2026, 1, 10),
            participants="työntekijä",
        )
    )
    last = payments.list_payments(decision_id=decision.id)[-1]
    payments.record_claim(last.id, date(2026, 3, 10), True, True)
    held = payments.approve_payment(last.id, today=date(2026, 3, 15))
    assert "loppuarviointilomakkeen" in held.held_reason
    record_followup(
        FollowupInput(
            placement_id=pl.id,
            followup_type=FollowupType.FINAL,
            held_on=date(2026, 2, 25),
            participants="työntekijä, ohjaaja",
            signed=True,
            signed_on=date(2026, 2, 25),
        )
    )
    assert (
        payments.approve_payment(last.id, today=date(2026, 3, 15)).status is PaymentStatus.APPROVED
    )


def test_bonus_once_after_company_job() -> None:
    pl = setup_placement()
    record_outcome(pl.id, OutcomeCheckpoint.END, OutcomeStatus.COMPANY_JOB, date(2027, 3, 20))
    with pytest.raises(NotAllowedError):  # no Kemi-lisä on this placement: no bonus either
        grants.decide_bonus(pl.id, date(2027, 4, 1))
    grant(apply(pl.id).id)
    with pytest.raises(NotAllowedError, match="jakso ei ole vielä päättynyt"):
        grants.decide_bonus(pl.id, date(2027, 3, 1))
    outcome = record_outcome(
        pl.id, OutcomeCheckpoint.END, OutcomeStatus.COMPANY_JOB, date(2027, 3, 20)
    )
    assert outcome.bonus_proposed
    bonus = grants.decide_bonus(pl.id, date(2027, 4, 1))
    assert (bonus.decision_type, bonus.total_cents, bonus.number) == (
        DecisionType.BONUS,
        150_000,
        "KL-2027-001",
    )
    assert len(payments.list_payments(decision_id=bonus.id)) == 1
    with pytest.raises(NotAllowedError):
        grants.decide_bonus(pl.id, date(2027, 4, 2))


def test_a_corrected_outcome_proposes_the_bonus_by_its_new_status() -> None:
    """The bonus proposal after recording (or correcting) an outcome is what
    `placement_bonus_due` reads from the stored outcomes: a correction replaces the
    checkpoint's status, the other checkpoints' count too."""
    pl = setup_placement()
    grant(apply(pl.id).id)
    end, plus_3 = OutcomeCheckpoint.END, OutcomeCheckpoint.PLUS_3
    steps = [
        (end, OutcomeStatus.UNEMPLOYED, False),
        (end, OutcomeStatus.COMPANY_JOB, True),  # corrected: now a bonus outcome
        (end, OutcomeStatus.EDUCATION, False),  # and back
        (plus_3, OutcomeStatus.CONTINUED_OWN_FUNDS, True),
        (end, OutcomeStatus.UNEMPLOYED, True),  # the +3 months' outcome still earns it
        (plus_3, OutcomeStatus.OTHER_JOB, False),
    ]
    for checkpoint, status, proposed in steps:
        row = record_outcome(pl.id, checkpoint, status, date(2027, 7, 1))
        assert row.bonus_proposed is proposed
        assert followups.placement_bonus_due(pl.id, on=date(2027, 7, 1)) is proposed
    assert len(followups.list_outcomes(pl.id)) == 2


def test_no_bonus_for_unemployed_outcome() -> None:
    pl = setup_placement()
    outcome = record_outcome(
        pl.id, OutcomeCheckpoint.END, OutcomeStatus.UNEMPLOYED, date(2027, 3, 20)
    )
    assert not outcome.bonus_proposed


def test_twelve_month_cap_over_decisions_of_one_placement() -> None:
    pl = setup_placement(start_date=date(2026, 1, 1), end_date=date(2027, 12, 31))
    first = grant(apply(pl.id, received=date(2026, 1, 10)).id, decision_date=date(2026, 1, 15))
    assert (first.period_start, first.period_end) == (date(2026, 1, 1), date(2026, 12, 31))
    second_app = apply(pl.id, received=date(2026, 12, 1))
    assessment = grants.assess_application(second_app.id, date(2026, 12, 5))
    assert [f.code for f in assessment.errors] == ["MONTHS_CAP_EXCEEDED"]
    with pytest.raises(FieldErrors):
        grant(second_app.id, decision_date=date(2026, 12, 5))


def test_decisions_cannot_be_deleted_with_their_placement() -> None:
    from kemidesk.services.placements import delete_placement

    pl = setup_placement()
    grant(apply(pl.id).id)
    with pytest.raises(NotAllowedError):
        delete_placement(pl.id)
    assert Decision.select().count() == 1 and Payment.select().count() == 13


def test_bonus_payment_is_approved_without_follow_up_checks() -> None:
    pl = setup_placement()
    grant(apply(pl.id).id)
    record_outcome(pl.id, OutcomeCheckpoint.END, OutcomeStatus.COMPANY_JOB, date(2027, 3, 20))
    bonus = grants.decide_bonus(pl.id, date(2027, 4, 1))
    grants.notify_decision(bonus.id, NotificationMethod.HANDED_OVER, date(2027, 4, 1))
    payment = payments.list_payments(decision_id=bonus.id)[0]
    payments.record_claim(payment.id, date(2027, 4, 20), True, True)
    assert payments.approve_payment(payment.id, today=date(2027, 4, 20)).status is (
        PaymentStatus.APPROVED
    )


def test_demo_held_payments_say_what_is_really_missing(demo_db) -> None:  # type: ignore[no-untyped-def]
    """The demo holds payments through the approval rules: approving one again on the demo's
    date holds it with the same reasons (or approves it, if it only waited for the appeal
    time, which has passed since)."""
    held = payments.list_payments(status=PaymentStatus.HELD)
    reasons = " ".join(row.held_reason for row in held)
    assert "maksutosite" in reasons  # documents missing
    assert "Seurantalomakkeita" in reasons  # follow-up forms missing

    def lasting(reason: str) -> str:  # without the appeal wait, which ends by itself
        return re.sub(r"Oikaisuvaatimusaika päättyy [0-9.]+\.", "", reason).strip()

    for row in held:
        again = payments.approve_payment(row.id, today=date(2026, 11, 28))
        assert lasting(again.held_reason) == lasting(row.held_reason)
        if lasting(row.held_reason):
            assert again.status is PaymentStatus.HELD


def test_pending_application_can_be_withdrawn_once() -> None:
    app = apply(setup_placement().id)
    with pytest.raises(FieldErrors):
        grants.withdraw_application(app.id, " ")
    row = grants.withdraw_application(app.id, "Yhdistys perui hakemuksen puhelimitse.")
    assert row.status is ApplicationStatus.WITHDRAWN
    assert "perui" in row.notes
    assert grants.list_applications(status=ApplicationStatus.RECEIVED) == []
    with pytest.raises(NotAllowedError):
        grants.withdraw_application(app.id, "uudelleen")
    with pytest.raises(NotAllowedError):
        grant(app.id)  # a withdrawn application cannot be decided


def test_outcome_checkpoint_is_recorded_only_once_it_has_come() -> None:
    pl = setup_placement()  # ends 14.3.2027
    with pytest.raises(FieldErrors, match=r"aikaisintaan 14\.3\.2027"):
        record_outcome(pl.id, OutcomeCheckpoint.END, OutcomeStatus.COMPANY_JOB, date(2026, 11, 28))
    with pytest.raises(FieldErrors, match=r"aikaisintaan 14\.6\.2027"):
        record_outcome(pl.id, OutcomeCheckpoint.PLUS_3, OutcomeStatus.COMPANY_JOB, date(2027, 4, 1))
    grant(apply(pl.id).id)
    early_end = record_outcome(
        pl.id, OutcomeCheckpoint.END, OutcomeStatus.COMPANY_JOB, date(2027, 3, 14)
    )
    assert early_end.bonus_proposed  # the grant ends on the same day
