"""`kemidesk list placements --format csv` on the local file, as plain SQL over sqlite3: no
peewee, no models, no service rows (their imports were a third of the command's process).

The statement is the one `services.placements.listed_query` builds for the straight list
(services.listing._straight_placements) and the cells are the same texts; tests compare the
statement with peewee's and the whole CSV with the full path's, byte for byte. Each distinct
date, sum, hour count and (start, end, early end) status is written once (`_Texts`); a row
is one tuple made by one generator step, the text columns passed through as read (the csv
module writes None as the empty text, as the straight path does).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from datetime import date
from decimal import Decimal
from typing import Any

from kemidesk.domain.dates import format_date
from kemidesk.domain.lifecycle import placement_status
from kemidesk.domain.money import format_money

Rows = Iterator[tuple[Any, ...]]

PLACEMENTS_HEADER = [
    "id", "työllistetty", "työnantaja", "tehtävä", "alkaa", "päättyy", "tila", "h/vko",
    "palkka/kk", "palkkatuki %", "työhönvalmentaja",
]  # fmt: skip

_PLACEMENTS_SELECT = (
    'SELECT "t1"."id", "t2"."last_name", "t2"."first_name", "t3"."name" AS "association_name", '
    '"t1"."job_title", "t1"."start_date", "t1"."end_date", "t1"."actual_end_date", '
    '"t1"."hours_per_week", "t1"."monthly_wage_cents", "t1"."pt_percent", '
    '"t4"."name" AS "job_coach" FROM "placement" AS "t1" '
    'INNER JOIN "person" AS "t2" ON ("t1"."person_id" = "t2"."id") '
    'INNER JOIN "association" AS "t3" ON ("t1"."association_id" = "t3"."id") '
    'LEFT OUTER JOIN "job_coach" AS "t4" ON ("t1"."coach_id" = "t4"."id") '
)
_PLACEMENTS_ORDER = 'ORDER BY "t1"."start_date" DESC, "t1"."id" DESC'


def placements_statement(include_archived: bool) -> tuple[str, list[Any]]:
    """The SQL and parameters, as peewee writes them for SQLite."""
    if include_archived:
        return _PLACEMENTS_SELECT + _PLACEMENTS_ORDER, []
    return _PLACEMENTS_SELECT + 'WHERE ("t1"."archived" = ?) ' + _PLACEMENTS_ORDER, [False]


class _Texts(dict[Any, str]):
    """Each distinct value's text, made once by `write` ("" for None)."""

    def __init__(self, write: Callable[[Any], str]) -> None:
        super().__init__({None: ""})
        self.write = write

    def __missing__(self, value: Any) -> str:
        text = self[value] = self.write(value)
        return text


def _day(value: Any) -> Any:
    """A DATE column's value as models.IsoDateField reads it (None stays None)."""
    if value is None:
        return None
    if isinstance(value, str):
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            pass
    from kemidesk.db.models import IsoDateField  # a text peewee's own parser must read

    return IsoDateField().python_value(value)


def _number_text(value: Any) -> str:  # services.listing._number_text
    if isinstance(value, Decimal | float):
        return str(value).replace(".", ",")
    return str(value)


def placements_csv(
    conn: sqlite3.Connection, include_archived: bool, today: date | None = None
) -> tuple[list[str], Rows]:
    """The header and the rows of the placements list as the CSV writes them. The rows are
    read before this returns, so a database error comes before any row."""
    today = today or date.today()
    sql, params = placements_statement(include_archived)
    rows = conn.execute(sql, params).fetchall()
    days = _Texts(lambda v: format_date(_day(v)))
    hours = _Texts(lambda v: _number_text(Decimal(str(v))))
    money = _Texts(format_money)
    percent = _Texts(lambda v: _number_text(v) if v else "")

    def status_text(key: tuple[Any, Any, Any]) -> str:
        start, end, early = key
        status = placement_status(_day(start), _day(end), _day(early), today)
        return str(getattr(status, "label", status))

    statuses = _Texts(status_text)
    cells = (
        (
            r[0], f"{r[1]} {r[2]}", r[3], r[4], days[r[5]],
            days[r[6]] if r[7] is None else days[r[7]], statuses[r[5], r[6], r[7]],
            hours[r[8]], money[r[9]], percent[r[10]], r[11],
        )
        for r in rows
    )  # fmt: skip
    return PLACEMENTS_HEADER, cells


PLAIN_CSV: dict[str, Callable[[sqlite3.Connection, bool], tuple[list[str], Rows]]] = {
    "placements": placements_csv,
}
