"""The lifecycle facts: decision kinds, payment transitions, personal follow-up text."""

from __future__ import annotations

import peewee
import pytest

from kemidesk.db.models import CoachVisit, Followup
from kemidesk.domain import lifecycle as lc
from kemidesk.domain.types import DecisionStatus, DecisionType, PaymentStatus


def test_decision_kinds() -> None:
    assert {k for k in DecisionType if lc.is_grant(k)} == {
        DecisionType.GRANT,
        DecisionType.PARTIAL_GRANT,
    }
    assert lc.GRANT_KINDS | {DecisionType.REJECTION} == lc.APPLICATION_KINDS
    assert DecisionType.RECOVERY not in lc.SPENDING_KINDS  # gives money back separately
    assert DecisionType.REJECTION not in lc.SPENDING_KINDS | lc.PAYING_KINDS
    assert lc.is_recoverable("bonus") and not lc.is_recoverable("amendment")


@pytest.mark.parametrize("status", list(DecisionStatus))
def test_only_a_decided_unsent_decision_is_notified(status: DecisionStatus) -> None:
    assert lc.can_notify(status) is (status is DecisionStatus.DECIDED)


def test_only_grants_in_force_are_amended() -> None:
    assert lc.can_amend(DecisionType.GRANT, DecisionStatus.SENT)
    assert not lc.can_amend(DecisionType.GRANT, DecisionStatus.CANCELLED)
    assert not lc.can_amend(DecisionType.BONUS, DecisionStatus.SENT)


def test_payment_transitions_cover_every_state_and_final_states_stay() -> None:
    assert set(lc.PAYMENT_TRANSITIONS) == set(PaymentStatus)
    for final in lc.SETTLED:
        assert not lc.PAYMENT_TRANSITIONS[final]
    # every claimable or approvable state can really move to claimed / approved
    again = lc.CLAIMABLE - {PaymentStatus.CLAIMED}
    assert all(lc.can_move(s, PaymentStatus.CLAIMED) for s in again)
    assert all(lc.can_move(s, PaymentStatus.APPROVED) for s in lc.APPROVABLE)
    assert not lc.can_move(PaymentStatus.PAID, PaymentStatus.CANCELLED)
    assert not lc.can_move(PaymentStatus.DUE, PaymentStatus.PAID)


def test_every_free_text_field_of_a_follow_up_is_personal_text() -> None:
    """A new free-text column on the follow-up form must be added to the erased fields."""
    coded = {"uuid", "followup_type", "next_step"}  # codes, not text about the person
    free_text = {
        name
        for name, field in Followup._meta.fields.items()
        if isinstance(field, peewee.TextField | peewee.CharField) and name not in coded
    }
    assert free_text == set(lc.FOLLOWUP_PERSONAL_TEXT)


def test_every_free_text_field_of_a_coach_visit_is_personal_text() -> None:
    """A new free-text column on the job coach's visit log must be added to the erased
    fields (services.coaches.erase_person_visits empties them with the person)."""
    coded = {"uuid", "kind"}
    free_text = {
        name
        for name, field in CoachVisit._meta.fields.items()
        if isinstance(field, peewee.TextField | peewee.CharField) and name not in coded
    }
    assert free_text == set(lc.COACH_VISIT_PERSONAL_TEXT)
