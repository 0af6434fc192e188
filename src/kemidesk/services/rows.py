"""Reading many rows fast: as the driver returns them, with the collector paused.

Kept apart from `services.common` (which validates, and so imports the HETU and IBAN
checks): the overview imports this on the window's first start."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from typing import Any

import peewee

from kemidesk.db.connection import database_proxy
from kemidesk.db.models import parse_iso_date


def raw_rows(query: peewee.Query) -> list[tuple[Any, ...]]:
    """The rows of `query` as the driver returns them, without peewee's conversion of each
    value (what a big read pays for most): dates are ISO text on SQLite and `date` on
    PostgreSQL (`as_day` reads both), enum columns their stored codes."""
    sql, params = query.sql()
    cursor = database_proxy.obj.execute_sql(sql, params)
    with peewee.__exception_wrapper__:  # the rows are made while fetched: errors as peewee's
        return list(cursor.fetchall())


def as_day(value: Any) -> Any:
    """A DATE column's value from `raw_rows` as a `date` (None stays None)."""
    if value is None or isinstance(value, date):
        return value
    return parse_iso_date(str(value)[:10])


@contextmanager
def collector_paused() -> Iterator[None]:
    """Tens of thousands of short-lived row tuples (no reference cycles) would set off the
    garbage collector's generation passes over and over while they are made (a quarter of a
    ranking's or an overview's time). They are gone or kept when the work returns."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
