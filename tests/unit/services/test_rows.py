"""Rows read as the driver gives them (db.rows), as the overview reads them."""

from __future__ import annotations

from datetime import date

import peewee
import pytest

from kemidesk.db.connection import database_proxy
from kemidesk.db.models import Placement
from kemidesk.db.rows import as_day, raw_rows

COUNT = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 50000) "


@pytest.mark.sqlite_only
@pytest.mark.usefixtures("db")
def test_a_read_interrupted_while_its_rows_are_fetched_fails_as_peewee_error() -> None:
    """Closing the window interrupts the overview's running read; the rows of a read are
    made while they are fetched, so an interruption there must reach the build as peewee's
    error (which it turns into a cancelled build), not as the driver's own."""
    conn = database_proxy.obj.connection()
    steps = {"n": 0}

    def interrupt_later() -> int:
        steps["n"] += 1
        return 1 if steps["n"] > 50 else 0  # after the first row, during fetchall

    conn.set_progress_handler(interrupt_later, 100)
    try:
        with pytest.raises(peewee.OperationalError):
            raw_rows(Placement.raw(COUNT + "SELECT x FROM c"))
    finally:
        conn.set_progress_handler(None, 100)
    assert steps["n"] > 50
    assert len(raw_rows(Placement.raw(COUNT + "SELECT x FROM c"))) == 50000


@pytest.mark.sqlite_only
@pytest.mark.usefixtures("db")
def test_dates_come_as_text_on_sqlite_and_are_read_as_dates() -> None:
    (row,) = raw_rows(Placement.raw("SELECT '2026-11-28', NULL"))
    assert row == ("2026-11-28", None)
    assert as_day(row[0]) == date(2026, 11, 28)
    assert as_day(row[1]) is None
    assert as_day(date(2026, 1, 2)) == date(2026, 1, 2)  # as PostgreSQL gives them
