"""Column specifications: one generic table model, many per-list column specs.

A `Column` says how to show one attribute of a row (`display`), how to sort it (`sort_key`,
by value for dates, money and numbers) and how to align it. Titles are marked with
QT_TRANSLATE_NOOP in the spec modules and translated when the header is drawn.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import Enum
from operator import attrgetter
from typing import Any

from PySide6.QtCore import Qt

from kemidesk.domain.money import NBSP, format_money
from kemidesk.ui.labels import enum_label
from kemidesk.ui.models.collation import finnish_key

LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTER = Qt.AlignmentFlag.AlignCenter

Getter = Callable[[Any], Any]


@dataclass(frozen=True)
class Column:
    """One column of a row table.

    title: untranslated header text (context "Columns"); display: row → shown text;
    sort_key: row → a value comparable within the column (None = missing, sorts last);
    width: default width in average characters; kind and value: the cell an Excel export
    writes ("text" writes the shown text; "date", "money" (cents), "number" the value).
    """

    title: str
    display: Callable[[Any], str]
    sort_key: Callable[[Any], Any]
    align: Qt.AlignmentFlag = LEFT
    width: int = 14
    tooltip: Callable[[Any], str] | None = None
    kind: str = "text"
    value: Callable[[Any], Any] | None = None
    # display(row) == shown(get(row)) where the text depends on the value alone (dates,
    # money, labels): the model makes each distinct value's text once per load, not per row
    get: Getter | None = None
    shown: Callable[[Any], str] | None = None
    # sort_key(row) == sort_of(get(row)): the model sorts by each distinct value's key, made
    # once, without a Python call per row (the long lists' columns, `ui.models.lines`)
    sort_of: Callable[[Any], Any] | None = None

    def export_value(self, row: Any) -> Any:
        return self.display(row) if self.value is None else self.value(row)


def format_date(value: date | None) -> str:
    """kemidesk.domain.dates.format_date, imported on first use: that module loads the
    holiday calendars (~30 ms), which a list without dates need not wait for."""
    global _format_date
    if _format_date is None:
        from kemidesk.domain.dates import format_date as _format_date
    return _format_date(value)


_format_date: Callable[[date | None], str] | None = None


def _get(attr: str | Getter) -> Getter:
    return attrgetter(attr) if isinstance(attr, str) else attr


def text_col(title: str, attr: str | Getter, width: int = 18) -> Column:
    get = _get(attr)

    def show(row: Any) -> str:
        value = get(row)
        return "" if value is None else str(value)

    return Column(
        title, show, lambda row: finnish_key(show(row)) if show(row) else None, width=width
    )


def date_col(title: str, attr: str | Getter, width: int = 10) -> Column:
    get = _get(attr)

    def key(row: Any) -> int | None:
        value: date | None = get(row)
        return None if value is None else value.toordinal()

    return Column(
        title, lambda row: format_date(get(row)), key, RIGHT, width, kind="date", value=get,
        get=get, shown=format_date,
    )  # fmt: skip


def money_col(title: str, attr: str | Getter, width: int = 12) -> Column:
    get = _get(attr)

    def shown(value: Any) -> str:
        return "" if value is None else format_money(value)

    def show(row: Any) -> str:
        return shown(get(row))

    return Column(title, show, get, RIGHT, width, kind="money", value=get, get=get, shown=shown)


def number_col(title: str, attr: str | Getter, width: int = 7, suffix: str = "") -> Column:
    get = _get(attr)

    def show(row: Any) -> str:
        value = get(row)
        if value is None:
            return ""
        text = str(value).replace(".", ",") if isinstance(value, Decimal | float) else str(value)
        return f"{text}{NBSP}{suffix}" if suffix else text

    return Column(title, show, get, RIGHT, width, kind="number", value=get)


def enum_col(title: str, attr: str | Getter, width: int = 14) -> Column:
    """A LabelledEnum shown by its label in the user's language, sorted by that label."""
    get = _get(attr)

    def shown(value: Enum | None) -> str:
        return "" if value is None else enum_label(value)

    def show(row: Any) -> str:
        return shown(get(row))

    return Column(
        title, show, lambda row: finnish_key(show(row)) if show(row) else None, width=width,
        get=get, shown=shown,
    )  # fmt: skip


def bool_col(title: str, attr: str | Getter, yes: str = "kyllä", width: int = 8) -> Column:
    get = _get(attr)
    return Column(
        title, lambda row: yes if get(row) else "", lambda row: bool(get(row)), CENTER, width
    )
