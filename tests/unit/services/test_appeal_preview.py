"""What the notification dialog shows before saving: the appeal dates under the decision's
own rules, the same as `notify_decision` then stores."""

from __future__ import annotations

from datetime import date

import pytest

from kemidesk.domain.types import NotificationMethod
from kemidesk.services import grants
from kemidesk.services.grants import appeal_preview, decision_rules

from .test_grants import apply, grant, setup_placement

pytestmark = pytest.mark.usefixtures("db")


@pytest.mark.parametrize("method", list(NotificationMethod))
def test_appeal_preview_is_what_notify_then_stores(method: NotificationMethod) -> None:
    decision = grant(apply(setup_placement().id).id)
    sent_on = date(2026, 3, 27)  # a Friday: deadlines may move over a weekend
    notified, deadline = appeal_preview(decision.id, method, sent_on)
    sent = grants.notify_decision(decision.id, method, sent_on)
    assert (notified, deadline) == (sent.notified_on, sent.appeal_deadline)


def test_decision_rules_are_the_stored_snapshot() -> None:
    decision = grant(apply(setup_placement().id).id)
    assert decision_rules(decision.id).monthly_max_cents == 50_000
