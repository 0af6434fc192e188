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


def test_lists_by_ids_written_into_the_sql(monkeypatch: pytest.MonkeyPatch) -> None:
    """The chunked tab loads ask by id lists (written into the SQL as integers)."""
    from kemidesk.db.models import Placement
    from kemidesk.db.rows import id_in

    everything = payments.list_payments()
    some = [r.id for r in everything[::13]]
    assert [r.id for r in payments.list_payments(ids=some)] == sorted(
        some, key=lambda i: next(k for k, r in enumerate(everything) if r.id == i)
    )
    decided = grants.list_decisions(include_archived=True)
    ids = [r.id for r in decided[::3]][::-1]
    assert [r.id for r in grants.list_decisions(include_archived=True, ids=ids)] == ids
    assert [r.paid_cents for r in grants.list_decisions(include_archived=True, ids=ids)] == [
        r.paid_cents for r in decided[::3]
    ][::-1]
    assert placements.list_placements(ids=[], today=TODAY) == []
    with pytest.raises(ValueError, match="invalid literal"):
        id_in(Placement.id, ["1) OR (1=1"])  # type: ignore[list-item]


def test_chunks_read_through_a_statement_built_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """The window's chunks (statements built once, `value_rows_by_ids`)
    give the rows, values and types of the whole list read through peewee's own `.dicts()`
    (the first chunk builds the statement, the next ones reuse it)."""
    with monkeypatch.context() as m:
        for module in (placements, grants, payments):
            m.setattr(module, "dict_rows", lambda query: list(query.dicts()))
        every_placement = placements.list_placements(True, today=TODAY)
        every_decision = grants.list_decisions(include_archived=True)
        every_payment = payments.list_payments()
    calls = [
        (lambda ids: placements.list_placements(True, ids=ids, today=TODAY), every_placement,
         True),
        (lambda ids: grants.list_decisions(include_archived=True, ids=ids), every_decision,
         True),
        (lambda ids: payments.list_payments(ids=ids), every_payment, False),
    ]  # fmt: skip
    for call, every, in_given_order in calls:
        by_id = {r.id: r for r in every}
        for chunk in (every[::7], every[1::5][::-1], every[:1]):
            ids = [r.id for r in chunk]
            fast = call(ids)
            wanted = set(ids)
            expected = [by_id[i] for i in ids] if in_given_order else [
                r for r in every if r.id in wanted
            ]  # fmt: skip
            assert fast == expected and len(fast) == len(ids)
            assert [type(v) for r in fast for v in astuple(r)] == [
                type(v) for r in expected for v in astuple(r)
            ]
    assert any(r.paid_cents for r in every_decision)


def test_a_statement_without_its_stand_in_once_is_built_each_time() -> None:
    from kemidesk.db.models import Placement
    from kemidesk.db.rows import id_in, value_rows_by_ids

    def twice(ids: list[int]) -> Any:
        query = Placement.select(Placement.id).where(id_in(Placement.id, ids))
        return query.orwhere(id_in(Placement.id, ids)).order_by(Placement.id)

    ids = [r.id for r in placements.list_placements(True, today=TODAY)][:5]
    index, rows = value_rows_by_ids("test.twice", twice, ids)
    assert [r[index["id"]] for r in rows] == sorted(ids)


def test_association_names_are_the_lists_names() -> None:
    """The placements tab's employer filter takes its choices without the counts."""
    from kemidesk.services.associations import association_names, list_associations

    for archived in (False, True):
        listed = [(a.id, a.name) for a in list_associations(include_archived=archived)]
        assert association_names(archived) == listed and len(listed) > 3
