"""Payment list for the finance office: one row per approved payment, landscape A4.

The table header repeats on every page; the footer of each page shows the sum of the rows that
landed on that page (only the renderer knows the page breaks, so this sum of exact integer
cents is the one addition done here). The overall total comes from the document and is
checked against the rows, so a list whose rows and total disagree is never printed.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from kemidesk.domain.validation import format_iban, format_reference
from kemidesk.printing.base import MARGIN_BOTTOM, MARGIN_RIGHT, GroupStart, PageDecor, Renderer
from kemidesk.printing.flow import date, esc, grid_table, line_fields, money, period
from kemidesk.printing.fonts import BOLD
from kemidesk.printing.other_documents import PaymentListDoc

TITLE = "MAKSULUETTELO"
PAGE_SUM_LABEL = "Sivun summa"


class _RowMark(Flowable):
    """Zero-size marker in a table row: records the row's amount on the page it is drawn on."""

    def __init__(self, amount_cents: int) -> None:
        super().__init__()
        self.amount_cents = amount_cents

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        amounts = self.canv.__dict__.setdefault("_kd_page_amounts", defaultdict(list))
        amounts[self.canv.getPageNumber()].append(self.amount_cents)


@dataclass(frozen=True)
class _PaymentDecor(PageDecor):
    """Page decoration with the page subtotal above the footer rule."""

    def draw_footer(self, canv: Canvas, width: float, page: int, pages: int) -> None:
        super().draw_footer(canv, width, page, pages)
        amounts = canv.__dict__.get("_kd_page_amounts", {}).get(canv.getPageNumber(), [])
        if not amounts:
            return
        canv.setFont(BOLD, 9)
        canv.setFillColor(colors.black)
        canv.drawRightString(
            width - MARGIN_RIGHT,
            MARGIN_BOTTOM - 3.5 * mm,
            f"{PAGE_SUM_LABEL} ({count_text(len(amounts), 'rivi', 'riviä')}): "
            f"{money(sum(amounts))}",
        )


class PaymentListRenderer(Renderer):
    pagesize = landscape(A4)

    def render(self, doc: PaymentListDoc) -> bytes:
        if sum(row.amount_cents for row in doc.rows) != doc.total_cents:
            raise ValueError("payment list total does not match its rows")
        paid = f"Maksupäivä {date(doc.payment_date)}" if doc.payment_date else ""
        decor = _PaymentDecor(
            doc.letterhead,
            TITLE,
            lines=(doc.title, doc.period, f"Laadittu {date(doc.created)}", paid),
            reference=doc.number,
        )
        s = self.styles
        story: list[Flowable] = [
            GroupStart(decor),
            Paragraph(esc(f"{doc.title} – {doc.period}"), s["Title"]),
            Spacer(0, 2 * mm),
            self.table(doc),
            Spacer(0, 6 * mm),
            self.closing(doc),
        ]
        return self.build(
            story,
            title=f"{doc.title} {doc.period}",
            author=doc.letterhead.organisation,
            subject=TITLE.capitalize(),
        )

    def table(self, doc: PaymentListDoc) -> Flowable:
        s = self.styles
        head = [
            "Nro",
            "Järjestö",
            "Y-tunnus",
            "Tilinumero (IBAN)",
            "Viite",
            "Päätös",
            "Kustannuspaikka",
            "Ajanjakso",
            "Summa",
        ]
        data: list[list[object]] = [
            [Paragraph(h, s["CellRightBold" if h == "Summa" else "CellBold"]) for h in head]
        ]
        for i, row in enumerate(doc.rows, start=1):
            data.append(
                [
                    [_RowMark(row.amount_cents), Paragraph(str(i), s["Cell"])],
                    Paragraph(esc(row.association_name), s["Cell"]),
                    Paragraph(esc(row.business_id), s["Cell"]),
                    Paragraph(format_iban(row.iban), s["Cell"]),
                    Paragraph(esc(format_reference(row.reference)), s["Cell"]),
                    Paragraph(esc(row.decision_number), s["Cell"]),
                    Paragraph(esc(row.cost_centre), s["Cell"]),
                    Paragraph(period(row.period_start, row.period_end), s["Cell"]),
                    Paragraph(money(row.amount_cents), s["CellRight"]),
                ]
            )
        data.append(
            [
                "",
                Paragraph(
                    f"Yhteensä ({count_text(len(doc.rows), 'maksu', 'maksua')})", s["CellBold"]
                ),
                "",
                "",
                "",
                "",
                "",
                "",
                Paragraph(money(doc.total_cents), s["CellRightBold"]),
            ]
        )
        widths = [9 * mm, 42 * mm, 20 * mm, 42 * mm, 24 * mm, 28 * mm, 32 * mm, 0, 24 * mm]
        widths[7] = self.frame_width - sum(widths)
        return grid_table(data, widths, total_row=True)

    def closing(self, doc: PaymentListDoc) -> Flowable:
        s = self.styles
        width = self.frame_width * 0.6
        return KeepTogether(
            [
                line_fields(
                    [
                        [("Laatija", doc.prepared_by)],
                        [("Laadittu", date(doc.created))],
                        [("Maksupäivä", date(doc.payment_date))],
                        [("Hyväksyjä", "")],
                        [("Hyväksytty", "")],
                    ],
                    s,
                    width,
                    label_width=30 * mm,
                ),
            ]
        )


def count_text(count: int, one: str, many: str) -> str:
    """ "1 maksu", "3 maksua", "0 maksua": Finnish uses the partitive for every count but one."""
    return f"{count} {one if count == 1 else many}"


def render_payment_list(doc: PaymentListDoc, *, invariant: bool = False) -> bytes:
    """PDF bytes of a payment list (`invariant`: fixed date and id, for byte comparisons)."""
    return PaymentListRenderer(invariant=invariant).render(doc)
