"""The overview lists what needs doing, and an item goes away when it is done."""

from __future__ import annotations

from datetime import date

import pytest

from kemidesk.domain.types import FollowupType, NotificationMethod, OutcomeCheckpoint, OutcomeStatus
from kemidesk.services import grants, settings
from kemidesk.services.followups import FollowupInput, record_followup, record_outcome
from kemidesk.services.overview import build_overview

from .test_grants import apply, grant, setup_placement

TODAY = date(2026, 11, 28)


def test_demo_office_has_every_kind_of_work(demo_db) -> None:  # type: ignore[no-untyped-def]
    overview = build_overview(TODAY)
    for title, items in overview.sections:
        assert items, f"demo data should show: {title}"
    waiting = overview.applications_waiting
    assert [i.days for i in waiting] == sorted((i.days for i in waiting), reverse=True)
    assert overview.appropriation.amount_cents > overview.appropriation.decided_cents > 0


@pytest.mark.usefixtures("db")
def test_items_appear_and_disappear_as_work_is_done() -> None:
    pl = setup_placement(start_date=date(2026, 11, 1), end_date=date(2027, 10, 31))
    app = apply(pl.id, received=date(2026, 11, 10))
    overview = build_overview(TODAY)
    assert [i.record_id for i in overview.applications_waiting] == [app.id]
    assert overview.applications_waiting[0].days == 18

    decision = grant(app.id, decision_date=date(2026, 11, 20))
    overview = build_overview(TODAY)
    assert overview.applications_waiting == ()
    assert [i.record_id for i in overview.decisions_not_sent] == [decision.id]
    followup = overview.followups_due[0]
    assert followup.record_id == pl.id and "Aloituskeskustelu" in followup.detail

    grants.notify_decision(decision.id, NotificationMethod.EMAIL, date(2026, 11, 21))
    record_followup(
        FollowupInput(
            placement_id=pl.id,
            followup_type=FollowupType.START,
            held_on=date(2026, 11, 15),
            participants="työntekijä",
        )
    )
    overview = build_overview(TODAY)
    assert overview.decisions_not_sent == () and overview.followups_due == ()
    assert settings.appropriation_status(2026).decided_cents == decision.total_cents


@pytest.mark.usefixtures("db")
def test_outcome_checks_and_bonus_proposal() -> None:
    pl = setup_placement(start_date=date(2025, 11, 1), end_date=date(2026, 10, 31))
    grant(apply(pl.id, received=date(2025, 11, 10)).id, decision_date=date(2025, 11, 20))
    overview = build_overview(TODAY)
    assert [i.record_id for i in overview.outcome_checks_due] == [pl.id]
    record_outcome(pl.id, OutcomeCheckpoint.END, OutcomeStatus.CONTINUED_OWN_FUNDS, TODAY)
    overview = build_overview(TODAY)
    assert overview.outcome_checks_due == ()
    assert [i.record_id for i in overview.bonus_proposals] == [pl.id]
    grants.decide_bonus(pl.id, TODAY)
    assert build_overview(TODAY).bonus_proposals == ()
