"""Excel workbooks (.xlsx) of typed tables: real dates and numbers, Finnish formats.

A `Sheet` is a title, typed columns and rows of plain Python values (date, int cents,
Decimal, str). The same sheet can come from the command line (`kemidesk export`) or from the
window's visible rows; this module only writes it. Cells keep their types, so Excel sorts,
sums and filters them; the number formats make Finnish Excel show 28.11.2026 and
1 234,50 € (Excel puts the locale's separators in place of `,` and `.` in a format code).
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import Any

DATE_FORMAT = "d.m.yyyy"
MONEY_FORMAT = '#,##0.00\\ "€"'
INTEGER_FORMAT = "0"
DECIMAL_FORMAT = "0.0#"
MAX_WIDTH = 60


class CellKind(StrEnum):
    TEXT = "text"
    DATE = "date"
    MONEY = "money"  # integer cents in, euros out
    NUMBER = "number"  # int or Decimal


@dataclass(frozen=True)
class SheetColumn:
    title: str
    kind: CellKind = CellKind.TEXT
    width: int | None = None  # characters; None: from the contents


@dataclass
class Sheet:
    title: str
    columns: Sequence[SheetColumn]
    rows: list[Sequence[Any]] = field(default_factory=list)


def cell_value(kind: CellKind, value: Any) -> Any:
    """The Python value an Excel cell of this kind holds (None stays empty)."""
    if value is None or value == "":
        return None
    if kind is CellKind.MONEY:
        return Decimal(int(value)) / 100
    if kind is CellKind.DATE:
        return value.date() if isinstance(value, datetime) else value
    if kind is CellKind.NUMBER:
        return value if isinstance(value, int | Decimal | float) else Decimal(str(value))
    return str(value)


def _number_format(kind: CellKind, value: Any) -> str | None:
    if kind is CellKind.MONEY:
        return MONEY_FORMAT
    if kind is CellKind.DATE:
        return DATE_FORMAT
    if kind is CellKind.NUMBER:
        return INTEGER_FORMAT if isinstance(value, int) else DECIMAL_FORMAT
    return None


def _shown_length(kind: CellKind, value: Any) -> int:
    if value is None:
        return 0
    if kind is CellKind.DATE:
        return 10
    if kind is CellKind.MONEY:
        return len(f"{value:,.2f}") + 2
    return max((len(line) for line in str(value).splitlines()), default=0)


def _safe_sheet_title(title: str, used: set[str]) -> str:
    cleaned = "".join("_" if ch in "[]:*?/\\" else ch for ch in title).strip() or "Taulukko"
    cleaned = cleaned[:31]
    candidate, n = cleaned, 2
    while candidate.lower() in used:
        suffix = f" ({n})"
        candidate, n = cleaned[: 31 - len(suffix)] + suffix, n + 1
    used.add(candidate.lower())
    return candidate


def write_xlsx(sheets: Iterable[Sheet], target: Path) -> Path:
    """Write the workbook next to `target` and move it in place: an interrupted export never
    leaves a half file under the chosen name. Written in openpyxl's streaming mode (about
    three times faster and a fraction of the memory of the normal mode at 40 000 rows)."""
    from openpyxl import Workbook  # ~0.2 s to import; only when a workbook is made
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    book = Workbook(write_only=True)
    used: set[str] = set()
    bold = Font(bold=True)
    wrap = Alignment(wrap_text=True, vertical="top")
    for sheet in sheets:
        ws = book.create_sheet(_safe_sheet_title(sheet.title, used))
        kinds = [c.kind for c in sheet.columns]
        rows = [[cell_value(k, v) for k, v in zip(kinds, row, strict=True)] for row in sheet.rows]
        for col, (column, kind) in enumerate(zip(sheet.columns, kinds, strict=True)):
            shown = max((_shown_length(kind, row[col]) for row in rows), default=0)
            width = column.width or min(max(shown, len(column.title) + 2) + 1, MAX_WIDTH)
            ws.column_dimensions[get_column_letter(col + 1)].width = width
        ws.freeze_panes = "A2"
        if sheet.columns:
            last = get_column_letter(len(sheet.columns))
            ws.auto_filter.ref = f"A1:{last}{len(rows) + 1}"
        header = []
        for column in sheet.columns:
            cell = WriteOnlyCell(ws, column.title)
            cell.font = bold
            header.append(cell)
        ws.append(header)
        # One styled template cell per format; every other cell shares its style array
        # (setting number_format cell by cell looks it up in the workbook each time, and
        # is most of the export's time at 40 000 rows).
        styles: dict[str, Any] = {}
        for fmt in (MONEY_FORMAT, DATE_FORMAT, INTEGER_FORMAT, DECIMAL_FORMAT):
            template = WriteOnlyCell(ws, None)
            template.number_format = fmt
            styles[fmt] = template._style
        wrapped = WriteOnlyCell(ws, None)
        wrapped.alignment = wrap
        for row in rows:
            out: list[Any] = []
            for kind, value in zip(kinds, row, strict=True):
                number_format = None if value is None else _number_format(kind, value)
                if number_format is not None:
                    cell = WriteOnlyCell(ws, value)
                    cell._style = styles[number_format]
                    out.append(cell)
                elif kind is CellKind.TEXT and value and "\n" in value:
                    cell = WriteOnlyCell(ws, value)
                    cell._style = wrapped._style
                    out.append(cell)
                else:
                    out.append(value)
            ws.append(out)
    if not used:
        book.create_sheet("Taulukko")
    target = Path(target)
    handle, temp = tempfile.mkstemp(prefix=".kemidesk-", suffix=".xlsx", dir=target.parent)
    os.close(handle)
    try:
        book.save(temp)
        os.replace(temp, target)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return target
