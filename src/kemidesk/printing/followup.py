"""Follow-up forms (palkkatuetun työn ohjaus- ja kehityskeskustelulomake) for pen and paper.

Many forms go into one PDF; each starts on a new page and is numbered on its own
("sivu 1 / 3"), because the printed forms are separated and handed to different associations.
The form never asks for work-ability or health data.

A form has three planned pages. The writing lines of each page's sections are not fixed
counts: each page is measured first and the space left over is shared out as extra lines
(`Fill`), so a page is written full instead of ending half empty. Every page after the first
repeats the person, the employer and the decision number in its header (blank lines to write
on in a blank form), because the pages of a form are often separated.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, NextPageTemplate, PageBreak, Paragraph, Spacer, Table
from reportlab.platypus.flowables import _listWrapOn

from kemidesk.domain.types import FollowupType, OutcomeStatus
from kemidesk.printing.base import (
    FIRST_HEADER,
    GREY,
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MARGIN_TOP,
    RULE,
    SHADE,
    GroupStart,
    PageDecor,
    Renderer,
)
from kemidesk.printing.flow import (
    CHECKBOX,
    PEN_LINE_SPACING,
    WritingLines,
    date,
    esc,
    line_fields,
    period,
    table_style,
)
from kemidesk.printing.fonts import REGULAR
from kemidesk.printing.other_documents import FollowupDoc, RecordedText

TITLE = "PALKKATUETUN TYÖN OHJAUS- JA KEHITYSKESKUSTELULOMAKE"
SHORT_TITLE = "SEURANTALOMAKE"
INSTRUCTION = (
    "Kemi-lisän ehtona on, että työnantaja ohjaa ja tukee työntekijää koko tukijakson ajan ja käy "
    "hänen kanssaan ohjaus- ja kehityskeskustelut tällä lomakkeella. Työhönvalmentaja voi "
    "osallistua keskusteluihin. Allekirjoitettu lomake liitetään viimeiseen maksatushakemukseen. "
    "Lomakkeelle ei kirjata terveydentilaa tai työkykyä koskevia tietoja."
)
CHECKED = "☒"
OUTCOMES = [s.label for s in OutcomeStatus]
CONTRACT_TYPES = (
    "Toistaiseksi voimassa oleva",
    "Määräaikainen, päättyy ____________",
    "Kokoaikainen",
    "Osa-aikainen, ______ h/vko",
)
SIGNERS = (
    "Työntekijä",
    "Ohjaaja / työnantajan edustaja",
    "Kaupungin edustaja tai työhönvalmentaja",
)
MEETING_ROWS = 10  # rows of the meetings table: enough for monthly talks over the period
MIN_BLANK_MEETING_ROWS = 3  # a pre-filled form keeps at least these empty for new talks
LATER_HEADER = 21 * mm  # the title line, then person / employer / decision with labels
FIT_SAFETY = 2 * mm  # measured pages keep this much unused, against rounding in the layout


class Fill:
    """A placeholder for writing lines: at least `min_lines`, more when the page has room."""

    def __init__(self, min_lines: int, weight: int = 1) -> None:
        self.min_lines = min_lines
        self.weight = weight


Part = Flowable | Fill
Block = list[Part]  # a section: kept on the planned page, or moved whole to the next one


@dataclass(frozen=True)
class _FollowupDecor(PageDecor):
    """Later pages name the person, the employer and the decision (blank lines when empty)."""

    person: str = ""
    party: str = ""
    decision: str = ""

    def draw_later_header(self, canv: Canvas, width: float, height: float) -> None:
        lh = self.letterhead
        right = width - MARGIN_RIGHT
        top = height - MARGIN_TOP
        canv.setFont(REGULAR, 8.5)
        canv.setFillColor(GREY)
        canv.drawString(MARGIN_LEFT, top - 5 * mm, f"{lh.organisation} – {lh.unit}")
        canv.drawRightString(right, top - 5 * mm, self.title)
        columns = (
            ("Työntekijä", self.person, 0.37),
            ("Työnantaja", self.party, 0.37),
            ("Kemi-lisäpäätös", self.decision, 0.26),
        )
        x = MARGIN_LEFT
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.5)
        for label, value, share in columns:
            end = x + (right - MARGIN_LEFT) * share - 4 * mm
            canv.setFont(REGULAR, 7)
            canv.setFillColor(GREY)
            canv.drawString(x, top - 9.5 * mm, label)
            if value:
                canv.setFont(REGULAR, 9)
                canv.setFillColor(colors.black)
                canv.drawString(x, top - 14 * mm, _clip(canv, value, end - x, 9))
            else:
                canv.line(x, top - 15 * mm, end, top - 15 * mm)
            x = end + 4 * mm
        canv.setLineWidth(0.4)
        canv.line(MARGIN_LEFT, top - 17 * mm, right, top - 17 * mm)


def _clip(canv: Canvas, text: str, width: float, size: float) -> str:
    """`text` shortened with "…" to fit `width` (a header line cannot wrap)."""
    if canv.stringWidth(text, REGULAR, size) <= width:
        return text
    while text and canv.stringWidth(text + "…", REGULAR, size) > width:
        text = text[:-1]
    return text + "…"


class FollowupRenderer(Renderer):
    """Renders a batch of follow-up forms into one PDF."""

    later_header = LATER_HEADER

    def render(self, docs: Sequence[FollowupDoc]) -> bytes:
        if not docs:
            raise ValueError("no follow-up forms to print")
        story: list[Flowable] = []
        for i, doc in enumerate(docs):
            if i:
                story += [NextPageTemplate("first"), PageBreak()]
            story += self.form(doc)
        return self.build(
            story,
            title="Palkkatuetun työn ohjaus- ja kehityskeskustelulomake",
            author=docs[0].letterhead.organisation,
            subject="Kemi-lisän seurantalomake",
        )

    # ------------------------------------------------------------ the pages

    def form(self, doc: FollowupDoc) -> list[Flowable]:
        number = "" if doc.blank else doc.kemilisa_decision_number
        decor = _FollowupDecor(
            doc.letterhead,
            SHORT_TITLE,
            lines=("Kemi-lisä", f"Päätös {number}" if number else ""),
            reference=number,
            person="" if doc.blank else (doc.person_name or ""),
            party="" if doc.blank else doc.party_name,
            decision=number,
        )
        story: list[Flowable] = [GroupStart(decor)]
        for i, blocks in enumerate(self.paginate(doc)):
            if i:
                story.append(PageBreak())
            parts = [part for block in blocks for part in block]
            story += self.fit(parts, self.frame_height(first=i == 0))
        return story

    def page_one(self, doc: FollowupDoc) -> list[Block]:
        return [
            self.opening(doc),
            self.section(
                doc,
                "1. Tavoitteet ja niiden edistyminen",
                doc.goals,
                "Työtehtävät, sovitut tavoitteet, osaamisen kehittyminen",
            ),
        ]

    def opening(self, doc: FollowupDoc, extra_rows: int = 0) -> Block:
        """Title, instruction, the header fields and the meetings table."""
        s = self.styles
        return [
            Paragraph(TITLE, s["Subtitle"]),
            Paragraph("Kemi-lisä – ohjauksen, tuen ja seurannan dokumentointi", s["Body"]),
            Paragraph(esc(INSTRUCTION), s["Small"]),
            Spacer(0, 2 * mm),
            self.header_fields(doc),
            *self.meetings(doc, extra_rows),
        ]

    def page_two(self, doc: FollowupDoc) -> list[Block]:
        return [
            self.section(
                doc,
                "2. Annettu tuki ja perehdytys",
                doc.support,
                "Perehdytys, ohjaajan tuki, työhönvalmentajan tuki",
            ),
            self.section(
                doc,
                "3. Koulutus",
                doc.training,
                "Mikä koulutus ja milloin",
                ["Koulutusta tarjottu", "Koulutukseen osallistuttu"],
            ),
            self.section(
                doc,
                "4. Työnhaun tuki",
                doc.job_search_support,
                "Työhakemukset, ansioluettelo, haastattelut, siirtosopimus",
            ),
            self.trial_visit(doc),
            self.section(doc, "6. Poissaolot ja työajan muutokset", doc.absences),
        ]

    def page_three(self, doc: FollowupDoc) -> list[Block]:
        return [
            self.section(
                doc,
                "7. Työntekijän oma arvio",
                doc.own_assessment,
                "Työntekijä kertoo: miten työ sujuu, mitä on oppinut, mitä haluaa seuraavaksi",
                weight=2,
            ),
            self.section(
                doc,
                "8. Loppuarvio",
                doc.end_assessment,
                "Täytetään viimeisessä keskustelussa",
                weight=2,
            ),
            self.next_step(doc),
            self.signatures(),
            *self.ring_signatures(doc),
        ]

    # ------------------------------------------------------------ filling a page

    def frame_height(self, *, first: bool) -> float:
        header = FIRST_HEADER if first else self.later_header
        return float(self.pagesize[1] - MARGIN_TOP - header - MARGIN_BOTTOM)

    def paginate(self, doc: FollowupDoc) -> list[list[Block]]:
        """The three planned pages; when recorded answers make a page too long for its
        minimum writing lines, its last blocks move to the start of the next page (a new page
        after the last), so that no page ends in a stub of lines and a forced break."""
        pages = [self.page_one(doc), self.page_two(doc), self.page_three(doc)]
        i = 0
        while i < len(pages):
            height = self.frame_height(first=i == 0)
            while len(pages[i]) > 1 and self.minimal_height(pages[i]) > height - FIT_SAFETY:
                if i + 1 == len(pages):
                    pages.append([])
                pages[i + 1].insert(0, pages[i].pop())
            i += 1
        if len(pages[0]) == 1:  # section 1 moved on: the meetings table takes the first page
            spare = self.frame_height(first=True) - FIT_SAFETY - self.minimal_height(pages[0])
            pages[0] = [self.opening(doc, max(0, int(spare // PEN_LINE_SPACING)))]
        return pages

    def minimal_height(self, blocks: Sequence[Block]) -> float:
        parts = [part for block in blocks for part in block]
        flowables = [WritingLines(p.min_lines) if isinstance(p, Fill) else p for p in parts]
        return float(_listWrapOn(flowables, self.frame_width, None, mergeSpace=0)[1])

    def fit(self, parts: Sequence[Part], height: float) -> list[Flowable]:
        """The page's flowables with every `Fill` turned into writing lines: its minimum, plus
        a share (by weight) of the whole lines the page has left. A page whose one block
        already overflows (much recorded text) keeps the minimums and flows on."""
        fills = [p for p in parts if isinstance(p, Fill)]

        def lines(extra: Sequence[int]) -> list[Flowable]:
            out: list[Flowable] = []
            it = iter(extra)
            for part in parts:
                if isinstance(part, Fill):
                    out.append(WritingLines(part.min_lines + next(it)))
                else:
                    out.append(part)
            return out

        used = self.minimal_height([list(parts)])
        spare = int((height - used - FIT_SAFETY) // PEN_LINE_SPACING)
        if spare <= 0 or not fills:
            return lines([0] * len(fills))
        return lines(_share(spare, [f.weight for f in fills]))

    # ------------------------------------------------------------ parts

    def header_fields(self, doc: FollowupDoc) -> Table:
        s = self.styles

        def cell(label: str, value: str) -> list[Flowable]:
            text = "" if doc.blank else value
            return [Paragraph(esc(label), s["Small"]), Paragraph(esc(text), s["Body"])]

        if doc.followup_type_label and not doc.blank:
            kind = cell("Keskustelu", doc.followup_type_label)
        else:
            # No-break space keeps each box with its label when the line wraps.
            boxes = "   ".join(f"{CHECKBOX}\u00a0{t.label}" for t in FollowupType)
            kind = [Paragraph("Keskustelu", s["Small"]), Paragraph(esc(boxes), s["Cell"])]
        data = [
            [
                cell("Työnantaja (järjestö)", doc.party_name),
                cell("Työntekijä", doc.person_name or ""),
            ],
            [cell("Ohjaaja", doc.supervisor), cell("Työhönvalmentaja", doc.job_coach)],
            [
                cell("Palkkatukipäätöksen numero", doc.palkkatuki_decision_number),
                cell("Kemi-lisäpäätöksen numero", doc.kemilisa_decision_number),
            ],
            [cell("Tukijakso", period(doc.period_start, doc.period_end)), kind],
        ]
        half = self.frame_width / 2
        table = Table(data, colWidths=[half, half], rowHeights=[13 * mm] * len(data))
        table.setStyle(
            table_style(
                [
                    ("GRID", (0, 0), (-1, -1), 0.5, RULE),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                    ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ]
            )
        )
        return table

    def meetings(self, doc: FollowupDoc, extra_rows: int = 0) -> list[Flowable]:
        s = self.styles
        head = ["Päivämäärä", "Keskustelu", "Osallistujat", "Työhönvalmentaja mukana"]
        data: list[list[object]] = [[Paragraph(h, s["CellBold"]) for h in head]]
        past = () if doc.blank else doc.past_meetings
        for meeting in past:
            present = {True: "kyllä", False: "ei"}.get(
                meeting.job_coach_present,
                f"{CHECKBOX} kyllä   {CHECKBOX} ei",  # type: ignore[arg-type]
            )
            data.append(
                [
                    Paragraph(date(meeting.date), s["Cell"]),
                    Paragraph(esc(meeting.type_label), s["Cell"]),
                    Paragraph(esc(meeting.participants), s["Cell"]),
                    Paragraph(present, s["Cell"]),
                ]
            )
        blank_rows = max(MIN_BLANK_MEETING_ROWS, MEETING_ROWS - len(past)) + extra_rows
        empty = Paragraph(f"{CHECKBOX} kyllä   {CHECKBOX} ei", s["Cell"])
        data += [["", "", "", empty] for _ in range(blank_rows)]
        heights = [None] + [None] * len(past) + [PEN_LINE_SPACING] * blank_rows
        widths = [26 * mm, 34 * mm, 0, 38 * mm]
        widths[2] = self.frame_width - sum(widths)
        table = Table(data, colWidths=widths, rowHeights=heights, repeatRows=1)
        table.setStyle(
            table_style(
                [
                    ("GRID", (0, 0), (-1, -1), 0.5, RULE),
                    ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                    ("VALIGN", (0, 1), (-1, -1), "MIDDLE"),
                ]
            )
        )
        next_meeting = "" if doc.blank else date(doc.next_meeting)
        return [
            self.heading("Ohjaus- ja kehityskeskustelut"),
            table,
            Spacer(0, 1 * mm),
            line_fields(
                [[("Seuraavan keskustelun päivä", next_meeting)]],
                s,
                self.frame_width * 0.75,
                label_width=64 * mm,
            ),
        ]

    def heading(self, text: str, hint: str = "") -> Paragraph:
        """A section heading; the hint follows on the same line in small grey type."""
        markup = esc(text)
        if hint:
            markup += f'  <font name="{REGULAR}" size="8" color="#555555">{esc(hint)}</font>'
        return Paragraph(markup, self.styles["Heading"])

    def recorded(self, doc: FollowupDoc, entries: Sequence[RecordedText]) -> list[Flowable]:
        """What the talks held so far recorded for a section, oldest first."""
        if doc.blank:
            return []
        out: list[Flowable] = []
        for entry in entries:
            label = f"{date(entry.date)}" + (f" – {entry.label}" if entry.label else "")
            out.append(Paragraph(f"<b>{esc(label)}:</b> {esc(entry.text)}", self.styles["Cell"]))
        if out:
            out.append(Spacer(0, 1 * mm))
        return out

    def section(
        self,
        doc: FollowupDoc,
        title: str,
        entries: Sequence[RecordedText],
        hint: str = "",
        boxes: Sequence[str] = (),
        weight: int = 1,
    ) -> list[Part]:
        parts: list[Part] = [self.heading(title, hint)]
        if boxes:
            parts.append(self.boxes(boxes))
        parts += self.recorded(doc, entries)
        parts.append(Fill(2, weight))
        return parts

    def boxes(self, options: Sequence[str], checked: str = "", columns: int = 2) -> Table:
        """Check boxes with labels in `columns` columns; the one equal to `checked` is ticked."""
        s = self.styles
        cells: list[object] = [
            Paragraph(
                f'<font size="13">{CHECKED if o == checked else CHECKBOX}</font>  {esc(o)}',
                s["Body"],
            )
            for o in options
        ]
        while len(cells) % columns:
            cells.append("")
        data = [cells[i : i + columns] for i in range(0, len(cells), columns)]
        table = Table(data, colWidths=[self.frame_width / columns] * columns, hAlign="LEFT")
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

    def trial_visit(self, doc: FollowupDoc) -> list[Part]:
        s = self.styles
        width = self.frame_width
        return [
            self.heading(
                "5. Tutustumisjakso toisella työnantajalla (2–3 päivää)",
                "palkallinen, työsuhteen loppupuolella",
            ),
            *self.recorded(doc, doc.trial_visit),
            line_fields([[("Missä", "")], [("Milloin", "")]], s, width),
            Spacer(0, 1 * mm),
            self.boxes(["Toteutunut", "Ei toteutunut"]),
            line_fields([[("Jos ei toteutunut, miksi", "")]], s, width, label_width=44 * mm),
            Fill(1),
        ]

    def next_step(self, doc: FollowupDoc) -> list[Part]:
        s = self.styles
        width = self.frame_width
        blank = doc.blank
        parts: list[Part] = [
            self.heading("9. Jatkosuunnitelma työsuhteen päättyessä", "työllistämisbonusta varten"),
            self.boxes(OUTCOMES, checked="" if blank else doc.next_step_label),
            line_fields(
                [
                    [("Uusi työnantaja", "" if blank else doc.new_employer)],
                    [("Työ alkaa", "" if blank else date(doc.new_job_start))],
                ],
                s,
                width,
                label_width=34 * mm,
            ),
        ]
        if doc.new_contract_type and not blank:
            parts.append(
                line_fields(
                    [[("Työsopimus", doc.new_contract_type)]], s, width, label_width=34 * mm
                )
            )
        else:
            parts += [
                Spacer(0, 2 * mm),
                Paragraph("Työsopimus", s["Label"]),
                self.boxes(CONTRACT_TYPES),
            ]
        parts += [Spacer(0, 2 * mm), Paragraph("Tarkennus", s["Label"]), Fill(1)]
        return parts

    def signatures(self) -> Block:
        """Each signer has their own place and date, signature and name in capitals."""
        s = self.styles
        gap = 7 * mm
        count = len(SIGNERS)
        col = (self.frame_width - gap * (count - 1)) / count
        widths: list[float] = []
        for i in range(count):
            widths += [gap, col] if i else [col]
        columns = range(0, len(widths), 2)

        def captions(text: str) -> list[object]:
            row: list[object] = [""] * len(widths)
            for c in columns:
                row[c] = Paragraph(text, s["Small"])
            return row

        names = [""] * len(widths)
        for i, c in enumerate(columns):
            names[c] = Paragraph(f"<b>{esc(SIGNERS[i])}</b>", s["Cell"])
        data = [
            names,
            [""] * len(widths),
            captions("Paikka ja päivämäärä"),
            [""] * len(widths),
            captions("Allekirjoitus ja nimenselvennys"),
        ]
        table = Table(
            data, colWidths=widths, rowHeights=[None, PEN_LINE_SPACING, None, 12 * mm, None]
        )
        style: list[tuple[object, ...]] = [
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 1),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]
        for c in columns:
            style += [
                ("LINEBELOW", (c, 1), (c, 1), 0.6, RULE),
                ("LINEBELOW", (c, 3), (c, 3), 0.6, RULE),
            ]
        table.setStyle(table_style(style))
        return [self.heading("Allekirjoitukset"), table]

    def ring_signatures(self, doc: FollowupDoc) -> list[Block]:
        """A ring placement: a signature line for each member association's supervisor."""
        if not doc.ring_supervisors:
            return []
        s = self.styles
        rows: list[list[object]] = [
            [
                Paragraph(esc(t), s["Small"])
                for t in ("Jäsenyhdistys", "Ohjaaja", "Paikka ja pvm", "Allekirjoitus")
            ]
        ]
        for association, supervisor in doc.ring_supervisors:
            rows.append(
                [
                    Paragraph(esc(association), s["Cell"]),
                    Paragraph(esc(supervisor), s["Cell"]),
                    "",
                    "",
                ]
            )
        width = self.frame_width
        table = Table(
            rows,
            colWidths=[0.3 * width, 0.22 * width, 0.18 * width, 0.3 * width],
            rowHeights=[None] + [9 * mm] * len(doc.ring_supervisors),
        )
        table.setStyle(
            table_style(
                [
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                    ("LINEBELOW", (2, 1), (-1, -1), 0.6, RULE),
                ]
            )
        )
        return [
            [Spacer(0, 3 * mm), Paragraph("Työnantajaringin jäsenten ohjaajat", s["Label"]), table]
        ]


def _share(total: int, weights: Sequence[int]) -> list[int]:
    """`total` whole lines shared by `weights`; the remainder goes to the first ones."""
    whole = sum(weights)
    shares = [total * w // whole for w in weights]
    for i in range(total - sum(shares)):
        shares[i % len(shares)] += 1
    return shares


def render_followup(docs: Sequence[FollowupDoc], *, invariant: bool = False) -> bytes:
    """PDF bytes of one or more follow-up forms; each form numbered from "sivu 1"
    (`invariant`: fixed date and id, for byte comparisons)."""
    return FollowupRenderer(invariant=invariant).render(docs)
