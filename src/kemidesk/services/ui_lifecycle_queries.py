"""Read-only helpers the window's grant-path dialogs and overview need besides the use cases.

Nothing here writes. `overview_on_worker` is `overview.build_overview` for a worker thread:
peewee gives every thread its own SQLite connection (opened on the first query), and this
closes the worker's connection again when the overview is built, so no connection is left
behind in a pooled thread.
"""

from __future__ import annotations

from datetime import date

from kemidesk.db.connection import database_proxy
from kemidesk.db.models import Decision
from kemidesk.domain.appeal import appeal_deadline, notification_date
from kemidesk.domain.rules import RuleSet
from kemidesk.domain.types import NotificationMethod
from kemidesk.services.common import get_or_raise
from kemidesk.services.overview import Overview, build_overview
from kemidesk.services.settings import rules_from_snapshot


def decision_rules(decision_id: int) -> RuleSet:
    """The rules the decision was made under (its stored snapshot)."""
    decision = get_or_raise(Decision, decision_id, "DECISION_NOT_FOUND")
    return rules_from_snapshot(decision.rules_json)


def appeal_preview(
    decision_id: int, method: NotificationMethod, sent_on: date
) -> tuple[date, date]:
    """(deemed received on, last day of the request for review) if sent now, as
    `grants.notify_decision` would compute them."""
    rules = decision_rules(decision_id)
    method = NotificationMethod(method)
    return notification_date(sent_on, method, rules), appeal_deadline(sent_on, method, rules)


def overview_on_worker(today: date) -> Overview:
    """Build the overview on a worker thread and close that thread's connection after."""
    try:
        return build_overview(today)
    finally:
        db = database_proxy.obj
        if db is not None and not db.is_closed():
            db.close()  # peewee's connection state is per thread: this closes only ours
