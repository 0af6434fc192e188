"""The overview lists what needs doing, and an item goes away when it is done."""

from __future__ import annotations

import threading
import time
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kemidesk.db.connection import database_proxy
from kemidesk.domain.types import FollowupType, NotificationMethod, OutcomeCheckpoint, OutcomeStatus
from kemidesk.services import grants, settings
from kemidesk.services.followups import FollowupInput, record_followup, record_outcome
from kemidesk.services.overview import _by_day, build_overview, late_followups, overview_on_worker

from .test_grants import apply, grant, setup_placement

TODAY = date(2026, 11, 28)


def test_demo_office_has_every_kind_of_work(demo_db) -> None:  # type: ignore[no-untyped-def]
    overview = build_overview(TODAY)
    for key, items in overview.sections:
        assert items, f"demo data should show: {key}"
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


@pytest.mark.usefixtures("db")
def test_bonus_is_proposed_after_the_grant_ends_and_only_with_a_grant() -> None:
    pl = setup_placement(start_date=date(2025, 11, 1), end_date=date(2026, 10, 31))
    grant(apply(pl.id, received=date(2025, 11, 10)).id, decision_date=date(2025, 11, 20))
    record_outcome(pl.id, OutcomeCheckpoint.END, OutcomeStatus.COMPANY_JOB, TODAY)
    no_grant = setup_placement(start_date=date(2025, 11, 1), end_date=date(2026, 10, 31))
    record_outcome(no_grant.id, OutcomeCheckpoint.END, OutcomeStatus.COMPANY_JOB, TODAY)
    assert build_overview(date(2026, 10, 1)).bonus_proposals == ()  # the grant still runs
    assert [i.record_id for i in build_overview(TODAY).bonus_proposals] == [pl.id]


@pytest.mark.usefixtures("db")
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


@pytest.mark.usefixtures("demo_db")
def test_late_followups_are_the_overviews_late_ones() -> None:
    late = late_followups(TODAY)
    assert late, "the demo data has late follow-ups"
    overdue = {i.record_id for i in build_overview(TODAY).followups_due if (i.days or 0) > 0}
    assert set(late) == overdue
    for item in late.values():
        assert item.due < TODAY
        assert item.days_late == (TODAY - item.due).days
        assert isinstance(item.followup_type, FollowupType)


@pytest.mark.usefixtures("db")
def test_recording_the_missing_followup_clears_the_late_mark() -> None:
    pl = setup_placement(start_date=date(2026, 6, 1), end_date=date(2027, 5, 31))
    decision = grant(apply(pl.id, received=date(2026, 6, 10)).id, decision_date=date(2026, 6, 15))
    grants.notify_decision(decision.id, NotificationMethod.HANDED_OVER, date(2026, 6, 15))
    late = late_followups(TODAY)
    assert late[pl.id].followup_type is FollowupType.START
    assert late[pl.id].due == date(2026, 6, 15)
    record_followup(FollowupInput(pl.id, FollowupType.START, date(2026, 6, 12), participants="x"))
    assert late_followups(TODAY)[pl.id].followup_type is FollowupType.INTERIM


@pytest.mark.sqlite_only("the WAL file and the clean-close marker are SQLite's")
def test_a_build_cancelled_in_its_query_leaves_the_file_closed_cleanly(
    db, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """Closing the window while the overview's query runs: the interrupted query's statement
    does not outlive the build's connection (the cancelled build is handed to the window,
    which may never read it), so closing the database folds the WAL into the file and the
    next start may skip the page check."""
    from kemidesk.db import clean_close
    from kemidesk.db.connection import close_database
    from kemidesk.db.rows import raw_rows
    from kemidesk.services import overview

    grant(apply(setup_placement().id).id)
    querying = threading.Event()

    class Endless:  # a query that runs until it is interrupted
        def sql(self) -> tuple[str, list[object]]:
            return ("WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) "
                    "SELECT max(x) FROM n", [])  # fmt: skip

    def endless(today: date) -> list[object]:
        querying.set()
        return raw_rows(Endless())  # type: ignore[arg-type]

    monkeypatch.setattr(overview, "_followups_due", endless)
    build = overview.OverviewBuild(TODAY)
    handed: list[BaseException] = []  # as the window's courier holds what the build raised

    def work() -> None:
        try:
            build.run()
        except BaseException as exc:
            handed.append(exc)

    worker = threading.Thread(target=work)
    worker.start()
    assert querying.wait(30)
    time.sleep(0.05)  # into the query
    build.cancel()
    worker.join(30)
    assert [type(e) for e in handed] == [overview.BuildCancelled]
    database = db.database
    close_database()
    assert not Path(f"{database}-wal").exists()
    assert clean_close.trusted(database)


@given(
    st.lists(
        st.tuples(st.integers(1, 6), st.dates(date(2026, 1, 1), date(2026, 1, 8)), st.integers()),
        max_size=60,
    )
)
def test_follow_ups_are_sorted_by_due_and_placement_ties_kept(
    rows: list[tuple[int, date, int]],
) -> None:
    """The follow-ups' grouped sort is the stable sort by (due, placement id): a placement's
    two grants on the same day keep the plan's order."""
    missing = [(pid, FollowupType.START, due, n, str(n)) for pid, due, n in rows]
    expected = sorted(missing, key=lambda m: (m[2], m[0]))
    assert _by_day(list(missing), 2, 0) == expected


def test_the_parts_are_handed_over_top_section_first(demo_db) -> None:  # type: ignore[no-untyped-def]
    """The window shows each part as it is built: the applications waiting (the top
    section, a few rows of a small table) come first, the thousands of follow-ups last;
    every section and the appropriation once, and the same overview as a build without a
    listener."""
    from kemidesk.domain.types import OverviewSection
    from kemidesk.services.overview import APPROPRIATION

    order: list[str] = []
    built = build_overview(TODAY, on_part=lambda key, _value: order.append(key))
    assert order[0] == OverviewSection.APPLICATIONS_WAITING
    assert order[1] == OverviewSection.DECISIONS_NOT_SENT
    assert order[-1] == OverviewSection.FOLLOWUPS_DUE
    assert sorted(order) == sorted([*OverviewSection, APPROPRIATION])
    assert built == build_overview(TODAY)
