"""Excel workbooks: typed cells with Finnish formats, frozen header, filter, widths, and
nothing half-written under the chosen name."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from kemidesk.services import spreadsheet
from kemidesk.services.spreadsheet import (
    DATE_FORMAT,
    MONEY_FORMAT,
    CellKind,
    Sheet,
    SheetColumn,
    write_xlsx,
)

COLUMNS = [
    SheetColumn("id", CellKind.NUMBER),
    SheetColumn("nimi"),
    SheetColumn("alkaa", CellKind.DATE),
    SheetColumn("palkka/kk", CellKind.MONEY),
    SheetColumn("h/vko", CellKind.NUMBER),
]


def _sheet(rows: list[list[object]], title: str = "Työsuhteet") -> Sheet:
    return Sheet(title, COLUMNS, rows)


def test_cells_keep_their_types_and_finnish_formats(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        [1, "Öhman Aino", date(2026, 11, 28), 123450, Decimal("37.5")],
        [2, "Lahti Pekka", None, None, 20],
    ]
    target = write_xlsx([_sheet(rows)], tmp_path / "lista.xlsx")
    ws = openpyxl.load_workbook(target).active
    assert [c.value for c in ws[1]] == ["id", "nimi", "alkaa", "palkka/kk", "h/vko"]
    assert all(c.font.b for c in ws[1])
    first = ws[2]
    assert first[0].value == 1 and first[0].number_format == "0"
    assert first[1].value == "Öhman Aino"
    assert first[2].value == datetime(2026, 11, 28) and first[2].number_format == DATE_FORMAT
    assert first[3].value == pytest.approx(1234.5) and first[3].number_format == MONEY_FORMAT
    assert first[4].value == pytest.approx(37.5)
    second = ws[3]
    assert second[2].value is None and second[3].value is None
    assert second[4].value == 20 and second[4].number_format == "0"
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == "A1:E3"
    assert ws.column_dimensions["B"].width >= len("Öhman Aino")
    assert ws.title == "Työsuhteet"


def test_sheet_names_are_made_valid_and_unique(tmp_path: Path) -> None:
    sheets = [_sheet([], "Maksut: 11/2026"), _sheet([], "maksut: 11/2026"), _sheet([], "x" * 40)]
    book = openpyxl.load_workbook(write_xlsx(sheets, tmp_path / "a.xlsx"))
    assert book.sheetnames == ["Maksut_ 11_2026", "maksut_ 11_2026 (2)", "x" * 31]


def test_multiline_text_wraps(tmp_path: Path) -> None:
    target = write_xlsx([_sheet([[1, "rivi 1\nrivi 2", None, None, None]])], tmp_path / "w.xlsx")
    cell = openpyxl.load_workbook(target).active["B2"]
    assert cell.value == "rivi 1\nrivi 2" and cell.alignment.wrap_text


def test_a_failed_write_leaves_the_old_file_and_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "lista.xlsx"
    target.write_bytes(b"old")

    def broken(source: str, destination: object) -> None:
        assert Path(source).stat().st_size > 0  # the workbook was written beside the target
        raise OSError("levy täynnä")

    monkeypatch.setattr(spreadsheet.os, "replace", broken)
    with pytest.raises(OSError, match="levy täynnä"):
        write_xlsx([_sheet([[1, "x", None, None, None]])], target)
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["lista.xlsx"]


def test_money_is_cents_to_euros_exactly() -> None:
    assert spreadsheet.cell_value(CellKind.MONEY, 123456789) == Decimal("1234567.89")
    assert spreadsheet.cell_value(CellKind.DATE, datetime(2026, 1, 2, 3, 4)) == date(2026, 1, 2)
    assert spreadsheet.cell_value(CellKind.TEXT, "") is None
