"""The demo data never contradicts the rules: every decision passes its own assessment, every
decision kind and payment state occurs, the same seed gives the same data, and the database
passes the integrity checks."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

import pytest
from peewee import fn

from kemidesk.db.connection import close_database
from kemidesk.db.integrity import run_checks
from kemidesk.db.models import Application, AuditLog, Decision, Outcome, Payment, Placement
from kemidesk.db.setup import prepare_database
from kemidesk.demo import database_has_data, generate_demo
from kemidesk.domain.bonus import BONUS_OUTCOMES
from kemidesk.domain.lifecycle import GRANT_KINDS
from kemidesk.domain.schedule import build_schedule, is_recoverable, schedule_total
from kemidesk.domain.types import DecisionType, OutcomeStatus, PaymentStatus
from kemidesk.paths import AppPaths, resolve_paths
from kemidesk.services.applications import assess
from kemidesk.services.errors import NotAllowedError
from kemidesk.services.ledger import grant_ledger
from kemidesk.services.settings import rules_from_snapshot

TODAY = date(2026, 11, 28)  # the demo template's date (tests/conftest.py)
pytestmark = pytest.mark.usefixtures("demo_db")


def decisions(*kinds: DecisionType) -> list[Decision]:
    query = Decision.select().order_by(Decision.id)
    if kinds:
        query = query.where(Decision.decision_type.in_([k.value for k in kinds]))
    return list(query)


def reason_lines(decision: Decision) -> set[str]:
    return {line[2:] for line in decision.reasons.splitlines() if line.startswith("– ")}


def test_every_grant_passes_its_own_assessment() -> None:
    grants = decisions(*GRANT_KINDS)
    assert len(grants) > 20
    for d in grants:
        app: Application = d.application
        placement: Placement = d.placement
        ledger = grant_ledger(d.id)
        # the grant as amended (an early end shortens it, and the placement with it)
        assessment = assess(
            placement.id,
            decision_date=d.decision_date,
            period_start=d.period_start,
            period_end=ledger.effective_end,
            monthly_cents=d.monthly_amount_cents,
            application_date=app.received_on,
            exclude_decision_id=d.id,
        )
        assert assessment.blocking() == (), (d.number, assessment.blocking())
        rules = rules_from_snapshot(d.rules_json)
        assert 0 < d.monthly_amount_cents <= rules.monthly_max_cents
        # the total is the rules' schedule of the period as granted
        granted = build_schedule(d.period_start, d.period_end, d.monthly_amount_cents, rules)
        assert d.total_cents == schedule_total(granted), d.number
        whole = (d.period_start, d.period_end) == (placement.start_date, placement.end_date)
        full_amount = d.monthly_amount_cents == app.requested_monthly_cents
        if d.decision_type == DecisionType.GRANT.value:
            assert whole, d.number
            assert full_amount, d.number
        else:  # a partial grant gives less than was applied for, as the rules allow only that
            assert not (whole and full_amount), d.number


def test_every_rejection_gives_the_assessments_own_reasons() -> None:
    rejections = decisions(DecisionType.REJECTION)
    assert len(rejections) >= 5
    for d in rejections:
        app: Application = d.application
        assessment = assess(
            d.placement_id,
            decision_date=d.decision_date,
            monthly_cents=app.requested_monthly_cents,
            application_date=app.received_on,
        )
        assert assessment.blocking(), d.number
        assert reason_lines(d) == {f.message for f in assessment.errors}, d.number
        assert d.total_cents == 0
        assert not Payment.select().where(Payment.decision == d).exists()


def test_bonuses_amendments_and_recoveries_follow_the_rules() -> None:
    for d in decisions(DecisionType.BONUS):
        rules = rules_from_snapshot(d.rules_json)
        assert d.total_cents == rules.bonus_cents
        earned = Outcome.select().where(
            (Outcome.placement == d.placement_id)
            & Outcome.status.in_([s.value for s in BONUS_OUTCOMES])
            & (Outcome.recorded_on <= d.decision_date)
        )
        assert earned.exists(), d.number
        grants = decisions(*GRANT_KINDS)
        ended = [g for g in grants if g.placement_id == d.placement_id]
        assert ended
        assert all(grant_ledger(g.id).effective_end <= d.decision_date for g in ended)
    for d in decisions(DecisionType.AMENDMENT):
        parent: Decision = d.parent
        placement: Placement = d.placement
        assert parent.decision_type in {k.value for k in GRANT_KINDS}
        assert d.period_end == placement.actual_end_date < parent.period_end
        rules = rules_from_snapshot(parent.rules_json)
        cut = build_schedule(
            parent.period_start,
            parent.period_end,
            parent.monthly_amount_cents,
            rules,
            terminated_on=d.period_end,
        )
        assert d.total_cents == schedule_total(cut) - parent.total_cents < 0
        later = Payment.select().where(
            (Payment.decision == parent) & (Payment.period_start > d.period_end)
        )
        assert all(p.status in ("cancelled", "paid") for p in later)
    for d in decisions(DecisionType.RECOVERY):
        ledger = grant_ledger(d.parent_id, frozenset({DecisionType(d.parent.decision_type)}))
        assert d.total_cents <= ledger.paid_cents
        assert is_recoverable(d.total_cents, ledger.rules)


def test_every_decision_kind_and_payment_state_occurs() -> None:
    kinds = {d.decision_type for d in decisions()}
    assert kinds == {k.value for k in DecisionType}
    states = {p.status for p in Payment.select(Payment.status)}
    assert states == {s.value for s in PaymentStatus}
    assert {o.status for o in Outcome.select()} & {s.value for s in OutcomeStatus}


def test_demo_data_passes_the_integrity_checks() -> None:
    failed = [(name, detail) for name, passed, detail in run_checks() if not passed]
    assert failed == []


def test_demo_refuses_a_database_with_data() -> None:
    assert database_has_data()
    with pytest.raises(NotAllowedError) as raised:
        generate_demo("small", today=TODAY)
    assert raised.value.code == "DEMO_DATABASE_NOT_EMPTY"


def _fingerprint() -> str:
    rows = [
        *Decision.select(
            Decision.number,
            Decision.decision_type,
            Decision.decision_date,
            Decision.total_cents,
            Decision.sent_on,
        )
        .order_by(Decision.id)
        .tuples(),
        *Payment.select(Payment.reference, Payment.status, Payment.amount_cents)
        .order_by(Payment.id)
        .tuples(),
        *Placement.select(Placement.start_date, Placement.actual_end_date)
        .order_by(Placement.id)
        .tuples(),
    ]
    return hashlib.sha256(repr(rows).encode()).hexdigest()


# The small demo of seed 2026 on 28.11.2026 as the services made it before the speed work of
# issue 9 (statements built once; the covering index of migration 15): a faster service must
# give the same records.
PINNED_FINGERPRINT = "55030e106138430ffc85686662a880eaccb04d9268166180aad6aad135ed2bab"
PINNED_DECISIONS = {  # kind → (count, sum of total_cents)
    "amendment": (12, -3_310_539),
    "bonus": (20, 3_000_000),
    "grant": (69, 32_396_292),
    "partial_grant": (9, 2_791_581),
    "recovery": (6, 245_430),
    "rejection": (19, 0),
}
PINNED_PAYMENTS = {  # status → (count, sum of amount_cents)
    "approved": (6, 235_667),
    "cancelled": (63, 3_003_979),
    "claimed": (5, 350_000),
    "due": (184, 8_816_915),
    "held": (21, 1_043_000),
    "paid": (490, 24_682_021),
}
PINNED_COUNTS = {Placement: 150, Application: 102, Outcome: 123, AuditLog: 5089}


def test_the_small_demo_is_what_it_was() -> None:
    """Counts and sums of the decisions and payments, and the records' fingerprint, pinned."""
    decisions = {
        kind.value: (n, int(total))
        for kind, n, total in Decision.select(
            Decision.decision_type, fn.COUNT(Decision.id), fn.SUM(Decision.total_cents)
        )
        .group_by(Decision.decision_type)
        .tuples()
    }
    payments = {
        status.value: (n, int(total))
        for status, n, total in Payment.select(
            Payment.status, fn.COUNT(Payment.id), fn.SUM(Payment.amount_cents)
        )
        .group_by(Payment.status)
        .tuples()
    }
    assert decisions == PINNED_DECISIONS
    assert payments == PINNED_PAYMENTS
    assert {model: model.select().count() for model in PINNED_COUNTS} == PINNED_COUNTS
    assert _fingerprint() == PINNED_FINGERPRINT


def _generate(paths: AppPaths, seed: int) -> str:
    close_database()
    paths.ensure()
    prepare_database(paths.database, paths.backup_dir)
    generate_demo("small", today=TODAY, seed=seed)
    return _fingerprint()


@pytest.mark.sqlite_only("regenerates the demo into files; the server's demo is compared below")
def test_the_same_seed_gives_the_same_data(tmp_path: Path) -> None:
    template = _fingerprint()  # the session's demo: seed 2026
    assert _generate(resolve_paths(tmp_path / "again"), 2026) == template
    assert _generate(resolve_paths(tmp_path / "other"), 7) != template


@pytest.mark.postgres
def test_the_server_demo_equals_the_sqlite_demo(
    pg_server: object, demo_template: Path, tmp_path: Path
) -> None:
    """The same seed through the same services gives the same records on both engines (the
    session's demo on the test server against the session's SQLite demo)."""
    from kemidesk.db.connection import open_database, open_server_database

    close_database()
    server_name = pg_server.template("demo", _server_demo)  # type: ignore[attr-defined]
    open_server_database(pg_server.url(server_name))  # type: ignore[attr-defined]
    try:
        on_server = _fingerprint()
        decisions_on_server = Decision.select().count()
    finally:
        close_database()
    copy = tmp_path / "demo.sqlite3"
    copy.write_bytes(demo_template.read_bytes())
    open_database(copy)
    try:
        assert decisions_on_server == Decision.select().count() > 100
        assert on_server == _fingerprint()
    finally:
        close_database()


def _server_demo(url: str) -> None:
    from tests.conftest import _demo

    _demo(url)


def test_a_year_of_trainings_with_attendance_and_supervision_sessions() -> None:
    from kemidesk.services import trainings

    rows = trainings.list_trainings()
    held = [t for t in rows if t.held_on < TODAY]
    coming = [t for t in rows if t.held_on > TODAY]
    assert len(held) >= 9 and coming
    assert all(t.attended > 0 for t in held)
    assert all(t.attended == 0 and t.registered > 0 for t in coming)
    assert all(t.attended <= t.registered <= (t.capacity or t.registered) for t in rows)
    assert all(t.feedback_useful + t.feedback_partly + t.feedback_not <= t.attended for t in held)
    assert (max(t.held_on for t in held) - min(t.held_on for t in held)).days > 300
    sessions = trainings.list_supervision()
    assert len({s.association_id for s in sessions}) >= 5 and all(
        s.cost_cents > 0 for s in sessions
    )
    attended = trainings.attendance_by_association()
    assert len(attended) >= 5


def test_transfers_in_every_status_and_one_employed_with_a_bonus() -> None:
    from kemidesk.domain.types import OutcomeCheckpoint, TransferStatus
    from kemidesk.services.transfers import list_transfers, transfers_ending

    rows = list_transfers()
    assert {t.status for t in rows} == set(TransferStatus)
    [employed] = [t for t in rows if t.status is TransferStatus.ENDED_EMPLOYED]
    outcome = Outcome.get(
        (Outcome.placement == employed.placement_id) & (Outcome.checkpoint == OutcomeCheckpoint.END)
    )
    assert outcome.status is OutcomeStatus.COMPANY_JOB
    assert employed.receiving_name in outcome.notes
    assert (
        Decision.select()
        .where(
            (Decision.placement == employed.placement_id)
            & (Decision.decision_type == DecisionType.BONUS)
        )
        .count()
        == 1
    )
    assert transfers_ending(TODAY), "the overview shows one ending within 30 days"


@pytest.mark.sqlite_only("regenerates the demo into a file; the sums are the same SQL on both")
def test_the_committed_money_held_through_a_run_equals_its_sum(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The year's committed money is summed once and then moved by each decision added in
    the same transaction (`settings.committed_added`): after every decision of a whole demo
    run, each sum held equals the sum read from the decisions."""
    from kemidesk.services import decision_factory, settings

    checked = []

    def added_and_checked(decision: Decision) -> None:
        settings.committed_added(decision)
        for (year, excluded), (_stack, value) in settings._COMMITTED.items():
            assert value == settings._committed_cents(year, excluded), (decision.number, year)
            checked.append(year)

    monkeypatch.setattr(decision_factory, "committed_added", added_and_checked)
    _generate(resolve_paths(tmp_path / "checked"), 2026)
    assert len(checked) > 100
