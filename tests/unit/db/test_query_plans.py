"""The sums the rules make on every decision and approval, and the duplicate-HETU check, read
through an index, not every row of every year (migration 4). Without these indexes the large
demo's yearly time grew with every year of data."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kemidesk.db.connection import database_proxy
from kemidesk.services.people import check_unique_hetu
from kemidesk.services.settings import appropriation_status, committed_cents


def plans_of(action: Callable[[], object]) -> list[tuple[str, str]]:
    """(statement, query plan) of every SELECT the action runs."""
    conn = database_proxy.obj.connection()
    statements: list[str] = []
    conn.set_trace_callback(statements.append)
    try:
        action()
    finally:
        conn.set_trace_callback(None)
    return [
        (sql, " | ".join(row[3] for row in conn.execute(f"EXPLAIN QUERY PLAN {sql}")))
        for sql in statements
        if sql.lstrip().upper().startswith("SELECT")
    ]


@pytest.mark.parametrize(
    ("action", "index"),
    [
        (lambda: committed_cents(2026), "COVERING INDEX decision_year_decision_type_status"),
        (lambda: committed_cents(2026), "decision_parent_id"),  # the year's amendments
        (lambda: appropriation_status(2026), "payment_status_paid_on"),
        (lambda: check_unique_hetu("010190-900P"), "person_hetu_archived"),
    ],
    ids=["committed", "amended", "paid", "hetu"],
)
def test_reads_through_its_index(db: object, action: Callable[[], object], index: str) -> None:
    """Not a full scan, and not a search by a column that matches most rows (the decision
    type, the payment status, the archived flag)."""
    plans = plans_of(action)
    assert any(index in plan for _sql, plan in plans), "\n".join(f"{s} → {p}" for s, p in plans)
    for sql, plan in plans:
        full_scans = plan.replace("SCAN CONSTANT ROW", "")
        assert "SCAN " not in full_scans, f"{sql}\n→ {plan}"
