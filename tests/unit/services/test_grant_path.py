"""The grant path as one thing: every decision kind through the one factory, ledgers read in
a fixed number of queries, the amendment with its early end as one atomic use case, and
follow-up free text erased field by field."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import pytest

from kemidesk.db.connection import (
    close_database,
    database_proxy,
    open_database,
    open_server_database,
    raw_connection,
)
from kemidesk.db.models import AuditLog, Decision, Followup, Payment, Placement
from kemidesk.domain.lifecycle import FOLLOWUP_PERSONAL_TEXT
from kemidesk.domain.types import (
    DecisionType,
    FollowupType,
    OutcomeCheckpoint,
    OutcomeStatus,
    PaymentStatus,
)
from kemidesk.paths import AppPaths
from kemidesk.services import changes, grants
from kemidesk.services import people as people_svc
from kemidesk.services.followups import FollowupInput, record_followup, record_outcome
from kemidesk.services.ledger import placement_ledgers

from .test_grants import apply, grant, setup_placement
from .test_integrity_rules import pay, year_grant

pytestmark = pytest.mark.usefixtures("db")
SRC = Path(__file__).resolve().parents[3] / "src"


@contextmanager
def counted() -> Iterator[Counter[str]]:
    counts: Counter[str] = Counter()

    def trace(sql: str) -> None:
        counts[sql.lstrip().split(" ", 1)[0].upper()] += 1

    conn = raw_connection(database_proxy.obj)
    conn.set_trace_callback(trace)
    try:
        yield counts
    finally:
        conn.set_trace_callback(None)


def test_every_decision_kind_is_issued_by_the_factory() -> None:
    """Each kind gets the next number of the series, the rules it was made under and an
    audit row: what only `issue_decision` writes."""
    pl, first = year_grant()
    pay(first.id, 6)
    rejected = grant(apply(pl.id).id, decision_type=DecisionType.REJECTION)
    partial = grant(
        apply(setup_placement(person={"first_name": "Osa"}).id).id,
        decision_type=DecisionType.PARTIAL_GRANT,
        period_end=date(2026, 9, 14),
        monthly="300,00",
    )
    amendment = changes.decide_amendment(first.id, date(2026, 4, 30), date(2026, 9, 5), "Päättyi.")
    recovery = changes.decide_recovery(first.id, 100_000, date(2026, 9, 5), "Liikaa maksettu.")
    other = setup_placement(start_date=date(2025, 1, 1), end_date=date(2025, 12, 31))
    grant(apply(other.id, received=date(2025, 1, 10)).id, decision_date=date(2025, 1, 15))
    record_outcome(other.id, OutcomeCheckpoint.END, OutcomeStatus.COMPANY_JOB, date(2026, 1, 5))
    bonus = grants.decide_bonus(other.id, date(2026, 1, 10))
    made = [first, rejected, partial, amendment.decision, recovery.decision, bonus]
    assert {d.decision_type for d in made} == set(DecisionType)
    stored = {d.id: d for d in Decision.select().where(Decision.id.in_([d.id for d in made]))}
    for row in made:
        decision = stored[row.id]
        assert decision.number == f"KL-{decision.year}-{decision.seq:03d}"
        assert decision.rules_json != "{}"
        assert AuditLog.get_or_none(
            (AuditLog.entity == "Decision") & (AuditLog.entity_id == row.id)
        )
    numbers = sorted((d.year, d.seq) for d in stored.values())
    assert numbers == [(2026, seq) for seq in range(1, 7)]  # gap-free, one series
    assert amendment.decision.parent_id == recovery.decision.parent_id == first.id
    assert len(Payment.select().where(Payment.decision == bonus.id)) == 1
    assert (
        not Payment.select()
        .where(Payment.decision.in_([rejected.id, amendment.decision.id]))
        .exists()
    )


def test_only_the_factory_creates_decisions_and_their_payments() -> None:
    services = SRC / "kemidesk" / "services"
    writers = sorted(
        path.name
        for path in services.glob("*.py")
        if "Decision.create(" in path.read_text() or "Payment.create(" in path.read_text()
    )
    assert writers == ["decision_factory.py"]


@pytest.mark.sqlite_only("counts statements through SQLite's trace callback")
def test_ledgers_are_read_in_three_queries_however_many_grants() -> None:
    pl = setup_placement(start_date=date(2026, 1, 1), end_date=date(2027, 12, 31))
    halves = ((date(2026, 1, 1), date(2026, 6, 30)), (date(2026, 7, 1), date(2026, 12, 31)))
    made = [
        grant(
            apply(pl.id, received=date(2026, 1, 10)).id,
            decision_date=date(2026, 1, 15),
            period_start=start,
            period_end=end,
        )
        for start, end in halves
    ]
    changes.decide_amendment(made[1].id, date(2026, 11, 30), date(2026, 12, 5), "Lyhennys.")
    with counted() as counts:
        ledgers = placement_ledgers(pl.id)
    assert len(ledgers) == 2
    assert counts == Counter({"SELECT": 3})
    assert [g.effective_end for g in ledgers] == [date(2026, 6, 30), date(2026, 11, 30)]
    with counted() as counts:
        months = grants.months_already_granted(pl.id)
    assert months == 11
    assert counts == Counter({"SELECT": 3})


def test_amendment_records_the_early_end_and_says_what_changed() -> None:
    pl, decision = year_grant()
    pay(decision.id, 2)
    change = changes.decide_amendment(
        decision.id, date(2026, 4, 15), date(2026, 4, 20), "Päättyi.", end_reason="irtisanoutui"
    )
    placement = Placement.get_by_id(pl.id)
    assert (placement.actual_end_date, placement.end_reason) == (date(2026, 4, 15), "irtisanoutui")
    assert change.placement_changed and change.placement_id == pl.id
    assert change.grant_id == decision.id
    changed = {p.id: p for p in Payment.select().where(Payment.decision == decision.id)}
    assert set(change.payment_ids) == {
        p.id for p in changed.values() if p.period_index >= 4
    }  # April is cut, May–December cancelled; paid January and February untouched
    assert changed[change.payment_ids[0]].period_end == date(2026, 4, 15)
    assert all(changed[i].status == PaymentStatus.CANCELLED.value for i in change.payment_ids[1:])


KILL_INSIDE_AMENDMENT = textwrap.dedent(
    """
    import os, signal, sys
    from datetime import date
    from pathlib import Path
    from kemidesk.db.connection import open_database, open_server_database
    from kemidesk.services import changes

    if sys.argv[1].startswith("postgresql://"):
        open_server_database(sys.argv[1])
    else:
        open_database(Path(sys.argv[1]))

    def die(*args, **kwargs):  # after the payments and the decision, before the placement
        os.kill(os.getpid(), signal.SIGKILL)

    changes._record_early_end = die
    decision_id = int(sys.argv[2])
    changes.decide_amendment(decision_id, date(2026, 4, 15), date(2026, 4, 20), "x", end_reason="y")
    """
)


def snapshot(decision_id: int, placement_id: int) -> tuple[object, ...]:
    return (
        Decision.select().count(),
        sorted(
            Payment.select(Payment.id, Payment.status, Payment.period_end, Payment.amount_cents)
            .where(Payment.decision == decision_id)
            .tuples()
        ),
        Placement.select(Placement.actual_end_date, Placement.end_reason)
        .where(Placement.id == placement_id)
        .tuples()
        .get(),
    )


def _target(paths: AppPaths) -> str:
    """The database the killed process opens: the test server's, else the file."""
    return paths.database_url or str(paths.database)


def test_a_kill_inside_the_amendment_leaves_no_half_state(db: AppPaths) -> None:
    pl, decision = year_grant()
    pay(decision.id, 2)
    before = snapshot(decision.id, pl.id)
    close_database()
    result = subprocess.run(
        [sys.executable, "-c", KILL_INSIDE_AMENDMENT, _target(db), str(decision.id)],
        env={"PYTHONPATH": str(SRC), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        timeout=60,
    )
    assert result.returncode == -9, result.stderr.decode()
    if db.database_url:
        open_server_database(db.database_url)
    else:
        open_database(db.database)
    assert snapshot(decision.id, pl.id) == before
    change = changes.decide_amendment(decision.id, date(2026, 4, 15), date(2026, 4, 20), "x")
    assert change.decision.number == "KL-2026-002"  # the killed one's number was not used


def test_erasing_a_person_empties_every_personal_text_of_their_follow_ups() -> None:
    pl = setup_placement(start_date=date(2024, 1, 1), end_date=date(2024, 12, 31))
    secret = "Henkilö kertoi terveydestään"
    record_followup(
        FollowupInput(
            placement_id=pl.id,
            followup_type=FollowupType.FINAL,
            held_on=date(2024, 12, 20),
            **dict.fromkeys(FOLLOWUP_PERSONAL_TEXT, secret),
        )
    )
    people_svc.erase_person(Placement.get_by_id(pl.id).person_id)
    followup = Followup.get()
    for name in Followup._meta.fields:
        assert secret not in str(getattr(followup, name)), name


def test_claim_and_approval_are_one_use_case(monkeypatch: pytest.MonkeyPatch) -> None:
    from kemidesk.services import payments

    _, decision = year_grant()
    january = payments.list_payments(decision_id=decision.id)[0]
    held = payments.record_claim(january.id, date(2026, 2, 10), True, True, date(2026, 2, 10))
    assert held.status is PaymentStatus.HELD  # no follow-up form yet: held with the reason
    assert held.claim_received_on == date(2026, 2, 10) and held.held_reason

    february = payments.list_payments(decision_id=decision.id)[1]

    def broken(*args: object) -> list[str]:
        raise RuntimeError("the approval check failed")

    monkeypatch.setattr(payments, "approval_problems", broken)
    with pytest.raises(RuntimeError):
        payments.record_claim(february.id, date(2026, 3, 10), True, True, date(2026, 3, 10))
    again = payments.get_payment(february.id)
    assert (again.status, again.claim_received_on) == (PaymentStatus.DUE, None)  # rolled back
