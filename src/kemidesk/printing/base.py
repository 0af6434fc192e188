"""The renderer base: A4 page templates, letterhead, "sivu X / Y" footer, styles, PDF bytes.

Pages are grouped: a decision is one group, a batch of follow-up forms has one group per form.
A zero-size `GroupStart` flowable marks where a group begins; `NumberedCanvas` keeps every page
until the end and then draws header and footer with the page number *within the group*, so each
separated form reads "sivu 1 / 2" on its own. A PDF carries its real creation date; a test that
compares bytes asks for `invariant=True` (ReportLab's invariant mode: the date 1.1.2000 and a
fixed document id), and then the same input gives the same bytes.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, StyleSheet1
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from kemidesk.printing.documents import Letterhead
from kemidesk.printing.fonts import BOLD, REGULAR, register_fonts

GREY = colors.HexColor("#555555")
RULE = colors.HexColor("#999999")
SHADE = colors.HexColor("#EEEEEE")

MARGIN_LEFT = 20 * mm
MARGIN_RIGHT = 18 * mm
MARGIN_TOP = 14 * mm
MARGIN_BOTTOM = 20 * mm
FIRST_HEADER = 34 * mm  # letterhead block on a group's first page
LATER_HEADER = 12 * mm


def make_styles() -> StyleSheet1:
    """The stylesheet shared by all documents (DejaVu Sans only)."""
    register_fonts()
    sheet = StyleSheet1()
    base = ParagraphStyle(
        "Body", fontName=REGULAR, bulletFontName=REGULAR, fontSize=9.5, leading=12.5, spaceAfter=3
    )
    sheet.add(base)
    sheet.add(ParagraphStyle("Small", parent=base, fontSize=8, leading=10, textColor=GREY))
    sheet.add(ParagraphStyle("Title", parent=base, fontName=BOLD, fontSize=15, leading=19))
    sheet.add(ParagraphStyle("Subtitle", parent=base, fontName=BOLD, fontSize=11, leading=14))
    sheet.add(
        ParagraphStyle(
            "Heading",
            parent=base,
            fontName=BOLD,
            fontSize=10.5,
            leading=13,
            spaceBefore=7,
            spaceAfter=2,
            keepWithNext=1,
        )
    )
    sheet.add(ParagraphStyle("HeadingSplit", parent=sheet["Heading"], keepWithNext=0))
    sheet.add(ParagraphStyle("Subheading", parent=sheet["Heading"], fontSize=9.5, spaceBefore=5))
    sheet.add(ParagraphStyle("Bullet", parent=base, leftIndent=12, bulletIndent=2, spaceAfter=2))
    sheet.add(ParagraphStyle("Cell", parent=base, fontSize=8.5, leading=10.5, spaceAfter=0))
    sheet.add(ParagraphStyle("CellBold", parent=sheet["Cell"], fontName=BOLD))
    sheet.add(ParagraphStyle("CellRight", parent=sheet["Cell"], alignment=TA_RIGHT))
    sheet.add(ParagraphStyle("CellRightBold", parent=sheet["CellRight"], fontName=BOLD))
    sheet.add(ParagraphStyle("Label", parent=base, fontName=BOLD, fontSize=9, leading=12))
    sheet.add(ParagraphStyle("Box", parent=base, fontName=BOLD, fontSize=11, leading=14))
    return sheet


@dataclass(frozen=True)
class PageDecor:
    """Header and footer of one page group; called once per page after layout is done."""

    letterhead: Letterhead
    title: str  # "VIRANHALTIJAPÄÄTÖS"
    lines: Sequence[str] = ()  # under the title on the first page (type, number, date)
    reference: str = ""  # in the footer and later-page header, e.g. the decision number
    banner: str = ""  # on every page, e.g. the public-copy notice

    def __call__(self, canv: Canvas, page: int, pages: int) -> None:
        width, height = canv._pagesize
        canv.saveState()
        if page == 1:
            self.draw_letterhead(canv, width, height)
        else:
            self.draw_later_header(canv, width, height)
        if self.banner:
            canv.setFont(BOLD, 9)
            canv.setFillColor(colors.HexColor("#B00020"))
            canv.drawCentredString(width / 2, height - MARGIN_TOP + 2 * mm, self.banner)
        self.draw_footer(canv, width, page, pages)
        canv.restoreState()

    def draw_letterhead(self, canv: Canvas, width: float, height: float) -> None:
        lh = self.letterhead
        top = height - MARGIN_TOP - 4 * mm
        x = MARGIN_LEFT
        if lh.logo_path is not None and lh.logo_path.is_file():
            canv.drawImage(
                str(lh.logo_path),
                x,
                top - 14 * mm,
                width=14 * mm,
                height=16 * mm,
                preserveAspectRatio=True,
                anchor="sw",
                mask="auto",
            )
            x += 18 * mm
        canv.setFont(BOLD, 13)
        canv.drawString(x, top - 4 * mm, lh.organisation)
        canv.setFont(REGULAR, 10)
        canv.drawString(x, top - 9 * mm, lh.unit)
        canv.setFont(REGULAR, 8)
        canv.setFillColor(GREY)
        canv.drawString(x, top - 14 * mm, f"{lh.street_address}, {lh.postcode_city}")
        right = width - MARGIN_RIGHT
        canv.setFillColor(colors.black)
        canv.setFont(BOLD, 12)
        canv.drawRightString(right, top - 4 * mm, self.title)
        canv.setFont(REGULAR, 9.5)
        for i, line in enumerate(self.lines):
            canv.drawRightString(right, top - (9 + 4.5 * i) * mm, line)
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.6)
        rule_y = height - MARGIN_TOP - FIRST_HEADER + 3 * mm
        canv.line(MARGIN_LEFT, rule_y, right, rule_y)

    def draw_later_header(self, canv: Canvas, width: float, height: float) -> None:
        lh = self.letterhead
        y = height - MARGIN_TOP - 6 * mm
        canv.setFont(REGULAR, 8.5)
        canv.setFillColor(GREY)
        canv.drawString(MARGIN_LEFT, y, f"{lh.organisation} – {lh.unit}")
        label = " ".join(p for p in (self.title, self.reference) if p)
        canv.drawRightString(width - MARGIN_RIGHT, y, label)
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.4)
        canv.line(MARGIN_LEFT, y - 2.5 * mm, width - MARGIN_RIGHT, y - 2.5 * mm)

    def draw_footer(self, canv: Canvas, width: float, page: int, pages: int) -> None:
        """Two lines: the office's address and contacts left, page number and reference right."""
        lh = self.letterhead
        right = width - MARGIN_RIGHT
        y = MARGIN_BOTTOM - 8 * mm
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.4)
        canv.line(MARGIN_LEFT, y + 4 * mm, right, y + 4 * mm)
        canv.setFont(REGULAR, 7.5)
        canv.setFillColor(GREY)
        address = ", ".join(
            p for p in (lh.organisation, lh.unit, lh.street_address, lh.postcode_city) if p
        )
        contact = " · ".join(p for p in (f"puh. {lh.phone}" if lh.phone else "", lh.email) if p)
        canv.drawString(MARGIN_LEFT, y, address)
        canv.drawString(MARGIN_LEFT, y - 3.5 * mm, contact)
        canv.drawRightString(right, y - 3.5 * mm, self.reference)
        canv.setFont(BOLD, 8.5)
        canv.setFillColor(colors.black)
        canv.drawRightString(right, y, f"sivu {page} / {pages}")


class GroupStart(Flowable):
    """Zero-size marker: the pages from here on belong to `decor`'s group."""

    def __init__(self, decor: PageDecor) -> None:
        super().__init__()
        self.decor = decor
        self.width = self.height = 0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv._kd_group = self.decor


class NumberedCanvas(Canvas):
    """Two-pass canvas: keeps every page, then decorates each with "sivu X / Y" of its group."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._kd_pages: list[dict[str, Any]] = []
        self._kd_group: PageDecor | None = None

    def showPage(self) -> None:
        self._kd_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        numbering = _group_numbering([p.get("_kd_group") for p in self._kd_pages])
        for state, (page, pages) in zip(self._kd_pages, numbering, strict=True):
            self.__dict__.update(state)
            if self._kd_group is not None:
                self._kd_group(self, page, pages)
            super().showPage()
        super().save()


def _group_numbering(groups: Sequence[object]) -> list[tuple[int, int]]:
    """(page within group, pages in group) for consecutive runs of the same group."""
    result: list[tuple[int, int]] = []
    start = 0
    for i in range(1, len(groups) + 1):
        if i == len(groups) or groups[i] is not groups[start]:
            run = i - start
            result += [(n, run) for n in range(1, run + 1)]
            start = i
    return result


class Renderer:
    """A small document renderer: subclasses build a story, `build()` makes the PDF bytes."""

    pagesize: tuple[float, float] = A4
    later_header: float = LATER_HEADER  # header height of a group's later pages

    def __init__(self, *, invariant: bool = False) -> None:
        self.styles = make_styles()
        self.invariant = invariant

    @property
    def frame_width(self) -> float:
        return float(self.pagesize[0] - MARGIN_LEFT - MARGIN_RIGHT)

    def page_templates(self) -> list[PageTemplate]:
        width, height = self.pagesize
        frame_w = width - MARGIN_LEFT - MARGIN_RIGHT

        def frame(header: float, name: str) -> Frame:
            top = height - MARGIN_TOP - header
            return Frame(
                MARGIN_LEFT,
                MARGIN_BOTTOM,
                frame_w,
                top - MARGIN_BOTTOM,
                id=name,
                leftPadding=0,
                rightPadding=0,
                topPadding=0,
                bottomPadding=0,
            )

        return [
            PageTemplate(
                "first",
                [frame(FIRST_HEADER, "f1")],
                autoNextPageTemplate="later",
                pagesize=self.pagesize,
            ),
            PageTemplate("later", [frame(self.later_header, "f2")], pagesize=self.pagesize),
        ]

    def build(self, story: list[Flowable], *, title: str, author: str, subject: str = "") -> bytes:
        """Lay out `story` into PDF bytes. Metadata must never hold personal data."""
        buffer = io.BytesIO()
        doc = BaseDocTemplate(
            buffer,
            pagesize=self.pagesize,
            title=title,
            author=author,
            subject=subject,
            creator="kemidesk",
            invariant=int(self.invariant),
            pageCompression=1,
            initialFontName=REGULAR,
            leftMargin=MARGIN_LEFT,
            rightMargin=MARGIN_RIGHT,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            lang="fi-FI",
        )
        doc.addPageTemplates(self.page_templates())
        doc.build(story, canvasmaker=NumberedCanvas)
        return buffer.getvalue()
