"""Columns over lines: the long lists' rows as the cursor gave them (`db.rows.line_class`).

A line holds only what its tab shows, as read: dates as ISO text on SQLite (`date` on
PostgreSQL), sums as integer cents, states as their codes. A column here reads its raw
value by the column's place in the line (`operator.itemgetter`, no Python call per row),
and the model makes each distinct value's text and sort key once (`Column.shown`,
`Column.sort_of`), only for what it needs: the visible cells, a sort, the first search.
The texts and orders are those of the same columns over the services' rows
(`ui.models.columns`); a test compares them cell by cell.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from enum import Enum
from operator import itemgetter
from typing import Any

from kemidesk.domain.money import NBSP, format_money
from kemidesk.ui.labels import enum_label
from kemidesk.ui.models.collation import finnish_key
from kemidesk.ui.models.columns import CENTER, LEFT, RIGHT, Column, format_date

Raw = Callable[[Any], Any]


class Lines:
    """The places and conversions of one line class (`LINE_INDEX`, `LINE_CONVERT`)."""

    def __init__(self, line_class: type) -> None:
        self.index: dict[str, int] = line_class._index  # type: ignore[attr-defined]
        self.convert: dict[str, Callable[[Any], Any]] = line_class._convert  # type: ignore[attr-defined]

    def raw(self, *names: str) -> Raw:
        """The value(s) of `names` as read (one value, or a tuple of several)."""
        return itemgetter(*(self.index[n] for n in names))

    def value(self, name: str) -> Callable[[Any], Any]:
        """A raw value of `name` -> the program's value (None stays None)."""
        return self.convert[name]


def _column(
    title: str, raw: Raw, shown: Callable[[Any], str], sort_of: Callable[[Any], Any],
    value: Callable[[Any], Any] | None = None, **options: Any,
) -> Column:  # fmt: skip
    def display(row: Any) -> str:
        return shown(raw(row))

    def sort_key(row: Any) -> Any:
        return sort_of(raw(row))

    exported = None if value is None else (lambda row: value(raw(row)))
    return Column(
        title, display, sort_key, value=exported, get=raw, shown=shown, sort_of=sort_of, **options
    )


def _text_key(text: str) -> Any:
    return finnish_key(text) if text else None


def text(title: str, raw: Raw, width: int = 18, write: Callable[[Any], str] = str) -> Column:
    """As `columns.text_col`: the text ("" for None), in Finnish alphabetical order."""

    def shown(value: Any) -> str:
        return "" if value is None else write(value)

    return _column(title, raw, shown, lambda v: _text_key(shown(v)), width=width)


def day(title: str, raw: Raw, to_date: Callable[[Any], Any], width: int = 10) -> Column:
    """As `columns.date_col`: 28.11.2026, sorted by the value as read (ISO text sorts as
    the dates do), the export's cell a date."""

    def shown(value: Any) -> str:
        return format_date(to_date(value))

    return _column(title, raw, shown, lambda v: v, to_date, align=RIGHT, width=width, kind="date")


def money(title: str, raw: Raw, width: int = 12) -> Column:
    """As `columns.money_col`: cents as 1 234,50 €."""

    def shown(value: Any) -> str:
        return "" if value is None else format_money(value)

    return _column(
        title, raw, shown, lambda v: v, lambda v: v, align=RIGHT, width=width, kind="money"
    )


def number(
    title: str, raw: Raw, to_number: Callable[[Any], Any], width: int = 7, suffix: str = ""
) -> Column:
    """As `columns.number_col`: 37,5 or 50 %, sorted by the number."""

    def shown(raw_value: Any) -> str:
        value = to_number(raw_value)
        if value is None:
            return ""
        text = str(value).replace(".", ",") if isinstance(value, Decimal | float) else str(value)
        return f"{text}{NBSP}{suffix}" if suffix else text

    return _column(title, raw, shown, to_number, to_number, align=RIGHT, width=width, kind="number")


def flag(title: str, raw: Raw, yes: str = "kyllä", width: int = 8) -> Column:
    """As `columns.bool_col`: `yes` or nothing, centred, sorted no before yes."""

    def shown(value: Any) -> str:
        return yes if value else ""

    return _column(title, raw, shown, bool, align=CENTER, width=width)


def label(title: str, raw: Raw, to_enum: Callable[[Any], Enum | None], width: int = 14) -> Column:
    """As `columns.enum_col`: a state by its label in the user's language, sorted by it."""

    def shown(value: Any) -> str:
        member = to_enum(value)
        return "" if member is None else enum_label(member)

    return _column(title, raw, shown, lambda v: _text_key(shown(v)), align=LEFT, width=width)


def period(title: str, raw: Raw, to_date: Callable[[Any], Any], width: int = 23) -> Column:
    """As `specs._period_col`: 1.1.2026–30.6.2026 of a (start, end) pair ("" without a
    start), sorted by the start."""

    def shown(value: tuple[Any, Any]) -> str:
        start, end = value
        return f"{format_date(to_date(start))}–{format_date(to_date(end))}" if start else ""

    return _column(title, raw, shown, lambda v: v[0], width=width)


def custom(title: str, raw: Raw, shown: Callable[[Any], str], width: int = 14) -> Column:
    """A column of `shown(value)`, sorted by the value (None after every other)."""
    return _column(title, raw, shown, lambda v: v, width=width)
