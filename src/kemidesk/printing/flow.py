"""Small flowable helpers shared by the renderers: escaped paragraphs, label/value tables,
bullet lists, pen-writing lines and check boxes. Formatting only, no arithmetic."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from reportlab.lib.styles import StyleSheet1
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from kemidesk.domain.dates import format_date
from kemidesk.domain.money import format_money
from kemidesk.printing.base import RULE, SHADE
from kemidesk.printing.fonts import BOLD, REGULAR

PEN_LINE_SPACING = 8.5 * mm  # handwriting needs at least 8 mm between lines
CHECKBOX = "☐"


def esc(text: str) -> str:
    """User data as paragraph markup: &, < and > escaped, line breaks kept. (As
    xml.sax.saxutils.escape does, without its import of urllib, http and email: 40 ms.)"""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return text.replace("\n", "<br/>")


def table_style(commands: Iterable[tuple[object, ...]]) -> TableStyle:
    """A TableStyle whose plain-string cells use DejaVu (ReportLab's default is Helvetica)."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), REGULAR), *commands])


def money(cents: int | None) -> str:
    return "" if cents is None else format_money(cents)


def date(d: dt.date | None) -> str:
    return format_date(d)


def period(start: dt.date | None, end: dt.date | None) -> str:
    if start is None and end is None:
        return ""
    return f"{format_date(start)}–{format_date(end)}"


def para(text: str, style: object) -> Paragraph:
    """A paragraph of plain text (escaped)."""
    return Paragraph(esc(text), style)


def kv_table(
    rows: Iterable[tuple[str, str]], styles: StyleSheet1, width: float, label_width: float = 48 * mm
) -> Table | None:
    """Label/value rows; rows with an empty value are left out. None when nothing is left."""
    data = [
        [Paragraph(esc(label), styles["Label"]), Paragraph(esc(value), styles["Body"])]
        for label, value in rows
        if value
    ]
    if not data:
        return None
    table = Table(data, colWidths=[label_width, width - label_width], hAlign="LEFT")
    table.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ("TOPPADDING", (0, 0), (-1, -1), 0.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5),
            ]
        )
    )
    return table


def bullets(items: Iterable[str], styles: StyleSheet1) -> list[Flowable]:
    return [Paragraph(esc(item), styles["Bullet"], bulletText="•") for item in items if item]


def grid_table(
    data: list[list[object]],
    col_widths: Sequence[float],
    *,
    header_rows: int = 1,
    total_row: bool = False,
) -> Table:
    """A ruled data table with a shaded, repeating header."""
    table = Table(data, colWidths=list(col_widths), repeatRows=header_rows, hAlign="LEFT")
    style = [
        ("FONTSIZE", (0, 0), (-1, -1), 8.5),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), SHADE),
        ("LINEBELOW", (0, 0), (-1, header_rows - 1), 0.6, RULE),
        ("LINEBELOW", (0, header_rows), (-1, -1), 0.25, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    if total_row:
        style += [
            ("LINEABOVE", (0, -1), (-1, -1), 0.8, RULE),
            ("FONTNAME", (0, -1), (-1, -1), BOLD),
        ]
    table.setStyle(table_style(style))
    return table


class WritingLines(Flowable):
    """Empty ruled lines to write on with a pen."""

    def __init__(self, count: int, spacing: float = PEN_LINE_SPACING) -> None:
        super().__init__()
        self.count = count
        self.spacing = spacing

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        self.height = self.count * self.spacing
        return self.width, self.height

    def draw(self) -> None:
        self.canv.saveState()
        self.canv.setStrokeColor(RULE)
        self.canv.setLineWidth(0.5)
        for i in range(self.count):
            y = self.height - (i + 1) * self.spacing
            self.canv.line(0, y, self.width, y)
        self.canv.restoreState()


def checkbox_row(
    options: Sequence[str], styles: StyleSheet1, width: float, columns: int = 2
) -> Table:
    """Check boxes with labels, laid out in `columns` columns."""
    cells = [
        Paragraph(f'<font size="13">{CHECKBOX}</font>  {esc(o)}', styles["Body"]) for o in options
    ]
    while len(cells) % columns:
        cells.append(Paragraph("", styles["Body"]))
    data = [cells[i : i + columns] for i in range(0, len(cells), columns)]
    table = Table(data, colWidths=[width / columns] * columns, hAlign="LEFT")
    table.setStyle(
        table_style(
            [
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return table


def line_fields(
    rows: Sequence[Sequence[tuple[str, str]]],
    styles: StyleSheet1,
    width: float,
    label_width: float = 22 * mm,
    row_height: float = PEN_LINE_SPACING,
) -> Table:
    """Rows of "label ______" fields to fill in by pen; each row holds one or more fields."""
    columns = max(len(r) for r in rows)
    field_width = width / columns
    data: list[list[object]] = []
    for row in rows:
        cells: list[object] = []
        for label, value in row:
            cells += [Paragraph(esc(label), styles["Label"]), Paragraph(esc(value), styles["Body"])]
        cells += [""] * (2 * columns - len(cells))
        data.append(cells)
    widths = [label_width, field_width - label_width] * columns
    table = Table(data, colWidths=widths, rowHeights=[row_height] * len(data), hAlign="LEFT")
    style: list[tuple[object, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
    ]
    for c in range(columns):
        style.append(("LINEBELOW", (2 * c + 1, 0), (2 * c + 1, -1), 0.5, RULE))
    table.setStyle(table_style(style))
    return table
