"""The overview's unsent decisions read from the partial index of migration 27 (issue #15),
on both engines."""

from __future__ import annotations

import re
from datetime import date

import pytest

from kemidesk.db.connection import database_proxy
from kemidesk.services import overview
from tests.unit.db.test_list_plans import _use_large_statistics

TODAY = date(2026, 11, 28)


def test_unsent_decisions_read_from_their_partial_index(
    demo_db: object, engine: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The overview's unsent decisions come from the partial index of the decided ones alone
    (migration 27) on both engines: its condition is in the statement's text, so that also
    PostgreSQL's generic plan of a prepared statement (`status = $1` could not use it)
    reads the index, not the status index and each decision's row."""
    db = database_proxy.obj
    statements: list[tuple[str, object]] = []
    real = db.execute_sql

    def recorded(sql: str, params: object = None, *args: object, **kwargs: object) -> object:
        statements.append((sql, params))
        return real(sql, params, *args, **kwargs)

    monkeypatch.setattr(db, "execute_sql", recorded)
    assert overview._unsent(TODAY)  # the small demo has decisions not sent yet
    monkeypatch.undo()
    assert len(statements) == 1, statements
    sql, params = statements[0]
    if engine == "postgres":
        # prepared as psycopg prepares a statement run often, and its generic plan explained.
        # The small demo's few rows make any index of the decisions about as cheap as another
        # (PostgreSQL has no way to take the large set's statistics), so the others are
        # dropped for the look: what is asked is whether the statement can use the partial
        # index at all (with `status = $1` it cannot, and the table is scanned)
        numbers = iter(range(1, 100))
        prepared = re.sub(r"%s", lambda _m: f"${next(numbers)}", sql)
        values = list(params or [])  # type: ignore[call-overload]
        texts = ["'" + str(v).replace("'", "''") + "'" for v in values]  # (EXPLAIN takes none)
        arguments = f"({', '.join(texts)})" if values else ""
        types = f"({', '.join(['text'] * len(values))})" if values else ""  # (only texts here)
        with db.atomic() as transaction:  # all rolled back: SET LOCAL, the dropped index
            db.execute_sql("SET LOCAL plan_cache_mode = force_generic_plan")
            db.execute_sql("SET LOCAL enable_seqscan = off")
            db.execute_sql("SET LOCAL enable_bitmapscan = off")
            others = db.execute_sql(
                "SELECT indexname FROM pg_indexes WHERE tablename = 'decision' "
                "AND indexname NOT IN ('decision_pkey', 'decision_unsent')"
            ).fetchall()
            for (name,) in others:
                db.execute_sql(f'DROP INDEX "{name}"')
            db.execute_sql(f"PREPARE unsent_read{types} AS {prepared}")
            rows = db.execute_sql(f"EXPLAIN EXECUTE unsent_read{arguments}")
            plan = " | ".join(r[0] for r in rows)
            db.execute_sql("DEALLOCATE unsent_read")
            transaction.rollback()
        assert "Index Only Scan using decision_unsent" in plan, plan
    else:
        _use_large_statistics()
        plan = " | ".join(r[3] for r in db.execute_sql(f"EXPLAIN QUERY PLAN {sql}", params))
        assert "COVERING INDEX decision_unsent (status=?)" in plan, plan
