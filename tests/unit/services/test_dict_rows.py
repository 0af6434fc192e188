"""The long lists read their rows past peewee's per-value conversion (`db.rows.dict_rows`):
the same rows, values and types as peewee's own `.dicts()`, on both engines."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import astuple
from datetime import date
from typing import Any

import pytest

from kemidesk.domain.types import DecisionStatus, PaymentStatus
from kemidesk.services import grants, payments, placements
from tests.conftest import TODAY

pytestmark = pytest.mark.usefixtures("demo_db")


def both_ways(
    monkeypatch: pytest.MonkeyPatch, module: Any, call: Callable[[], list[Any]]
) -> list[Any]:
    fast = call()
    with monkeypatch.context() as m:
        m.setattr(module, "dict_rows", lambda query: list(query.dicts()))
        slow = call()
    assert fast == slow
    assert [type(v) for r in fast for v in astuple(r)] == [
        type(v) for r in slow for v in astuple(r)
    ]
    return fast


def test_placements_read_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    rows = both_ways(monkeypatch, placements, lambda: placements.list_placements(True, today=TODAY))
    assert len(rows) > 100
    assert all(isinstance(r.start_date, date) and isinstance(r.archived, bool) for r in rows)
    ids = [r.id for r in rows[::11]]
    both_ways(monkeypatch, placements, lambda: placements.list_placements(ids=ids, today=TODAY))


def test_decisions_read_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    rows = both_ways(monkeypatch, grants, lambda: grants.list_decisions(include_archived=True))
    assert {r.status for r in rows} >= {DecisionStatus.SENT}
    assert any(r.parent_id is not None for r in rows)  # amendments, recoveries
    both_ways(monkeypatch, grants, lambda: grants.list_decisions(year=TODAY.year))


def test_payments_read_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    rows = both_ways(monkeypatch, payments, lambda: payments.list_payments())
    assert {r.status for r in rows} >= {PaymentStatus.PAID, PaymentStatus.DUE}
    assert any(r.is_last for r in rows) and any(r.paid_on is not None for r in rows)
    both_ways(monkeypatch, payments, lambda: payments.list_payments(status=PaymentStatus.PAID))
