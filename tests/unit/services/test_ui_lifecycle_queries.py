"""Read-only helpers of the grant-path dialogs and the overview worker."""

from __future__ import annotations

import threading
from datetime import date

import pytest

from kemidesk.db.connection import database_proxy
from kemidesk.domain.types import NotificationMethod
from kemidesk.services import grants
from kemidesk.services.overview import build_overview
from kemidesk.services.ui_lifecycle_queries import (
    appeal_preview,
    decision_rules,
    overview_on_worker,
)

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


def test_overview_on_a_worker_thread_closes_its_own_connection() -> None:
    grant(apply(setup_placement().id).id)
    found: dict[str, object] = {}

    def work() -> None:
        found["overview"] = overview_on_worker(date(2026, 3, 28))
        found["closed"] = database_proxy.obj.is_closed()  # this thread's connection

    worker = threading.Thread(target=work)
    worker.start()
    worker.join(30)
    assert found["closed"] is True
    assert found["overview"] == build_overview(date(2026, 3, 28))
    assert not database_proxy.obj.is_closed()  # the main thread's connection stays open
