"""Follow-up forms (palkkatuetun työn ohjaus- ja kehityskeskustelulomake) for pen and paper.

Many forms go into one PDF; each starts on a new page and is numbered on its own
("sivu 1 / 2"), because the printed forms are separated and handed to different associations.
The form never asks for work-ability or health data.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
)

from kemidesk.domain.types import FollowupType, OutcomeStatus
from kemidesk.printing.base import RULE, SHADE, GroupStart, PageDecor, Renderer
from kemidesk.printing.documents import FollowupDoc
from kemidesk.printing.flow import (
    CHECKBOX,
    PEN_LINE_SPACING,
    WritingLines,
    checkbox_row,
    date,
    esc,
    line_fields,
    period,
    table_style,
)
from kemidesk.printing.fonts import REGULAR

TITLE = "PALKKATUETUN TYÖN OHJAUS- JA KEHITYSKESKUSTELULOMAKE"
SHORT_TITLE = "SEURANTALOMAKE"
INSTRUCTION = (
    "Kemi-lisän ehtona on, että työnantaja ohjaa ja tukee työntekijää koko tukijakson ajan ja käy "
    "hänen kanssaan ohjaus- ja kehityskeskustelut tällä lomakkeella. Työhönvalmentaja voi "
    "osallistua keskusteluihin. Allekirjoitettu lomake liitetään viimeiseen maksatushakemukseen. "
    "Lomakkeelle ei kirjata terveydentilaa tai työkykyä koskevia tietoja."
)
OUTCOMES = [s.label for s in OutcomeStatus]
MIN_MEETING_ROWS = 4


class FollowupRenderer(Renderer):
    """Renders a batch of follow-up forms into one PDF."""

    def render(self, docs: Sequence[FollowupDoc]) -> bytes:
        if not docs:
            raise ValueError("no follow-up forms to print")
        story: list[Flowable] = []
        for i, doc in enumerate(docs):
            if i:
                story += [NextPageTemplate("first"), PageBreak()]
            story += self.form(doc)
        return self.build(
            story, title="Palkkatuetun työn ohjaus- ja kehityskeskustelulomake",
            author=docs[0].letterhead.organisation, subject="Kemi-lisän seurantalomake",
        )

    def form(self, doc: FollowupDoc) -> list[Flowable]:
        number = "" if doc.blank else doc.kemilisa_decision_number
        decor = PageDecor(
            doc.letterhead, SHORT_TITLE,
            lines=("Kemi-lisä", f"Päätös {number}" if number else ""), reference=number,
        )
        s = self.styles
        story: list[Flowable] = [
            GroupStart(decor),
            Paragraph(TITLE, s["Subtitle"]),
            Paragraph("Kemi-lisä – ohjauksen, tuen ja seurannan dokumentointi", s["Body"]),
            Paragraph(esc(INSTRUCTION), s["Small"]),
            Spacer(0, 2 * mm),
            self.header_fields(doc),
            *self.meetings(doc),
        ]
        story += self.section("1. Tavoitteet ja niiden edistyminen", 4,
                              "Työtehtävät, sovitut tavoitteet, osaamisen kehittyminen")
        story += self.section("2. Annettu tuki ja perehdytys", 3,
                              "Perehdytys, ohjaajan tuki, työhönvalmentajan tuki")
        story += self.section("3. Koulutus", 2, "Mikä koulutus ja milloin",
                              ["Koulutusta tarjottu", "Koulutukseen osallistuttu"])
        story += self.section("4. Työnhaun tuki", 3,
                              "Työhakemukset, ansioluettelo, haastattelut, siirtosopimus")
        story += self.trial_visit()
        story += self.section("6. Poissaolot ja työajan muutokset", 2)
        story += self.section("7. Loppuarvio", 3, "Täytetään viimeisessä keskustelussa")
        story += self.next_step()
        story += self.signatures()
        return story

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
            [cell("Työnantaja (järjestö)", doc.party_name),
             cell("Työntekijä", doc.person_name or "")],
            [cell("Ohjaaja", doc.supervisor), cell("Työhönvalmentaja", doc.job_coach)],
            [cell("Palkkatukipäätöksen numero", doc.palkkatuki_decision_number),
             cell("Kemi-lisäpäätöksen numero", doc.kemilisa_decision_number)],
            [cell("Tukijakso", period(doc.period_start, doc.period_end)), kind],
        ]
        half = self.frame_width / 2
        table = Table(data, colWidths=[half, half], rowHeights=[13 * mm] * len(data))
        table.setStyle(table_style([
            ("GRID", (0, 0), (-1, -1), 0.5, RULE),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ]))
        return table

    def meetings(self, doc: FollowupDoc) -> list[Flowable]:
        s = self.styles
        head = ["Päivämäärä", "Keskustelu", "Osallistujat"]
        data: list[list[object]] = [[Paragraph(h, s["CellBold"]) for h in head]]
        past = () if doc.blank else doc.past_meetings
        for meeting in past:
            data.append([Paragraph(date(meeting.date), s["Cell"]),
                         Paragraph(esc(meeting.type_label), s["Cell"]),
                         Paragraph(esc(meeting.participants), s["Cell"])])
        blank_rows = max(2, MIN_MEETING_ROWS - len(past))
        data += [["", "", ""] for _ in range(blank_rows)]
        heights = [None] + [PEN_LINE_SPACING] * (len(data) - 1)
        widths = [28 * mm, 40 * mm, self.frame_width - 68 * mm]
        table = Table(data, colWidths=widths, rowHeights=heights, repeatRows=1)
        table.setStyle(table_style([
            ("GRID", (0, 0), (-1, -1), 0.5, RULE),
            ("BACKGROUND", (0, 0), (-1, 0), SHADE),
            ("VALIGN", (0, 1), (-1, -1), "MIDDLE"),
        ]))
        return [self.heading("Ohjaus- ja kehityskeskustelut"), table]

    def heading(self, text: str, hint: str = "") -> Paragraph:
        """A section heading; the hint follows on the same line in small grey type."""
        markup = esc(text)
        if hint:
            markup += f'  <font name="{REGULAR}" size="8" color="#555555">{esc(hint)}</font>'
        return Paragraph(markup, self.styles["Heading"])

    def section(self, title: str, lines: int, hint: str = "",
                boxes: Sequence[str] = ()) -> list[Flowable]:
        parts: list[Flowable] = [self.heading(title, hint)]
        if boxes:
            parts.append(checkbox_row(boxes, self.styles, self.frame_width))
        parts.append(WritingLines(lines))
        return [KeepTogether(parts)]

    def trial_visit(self) -> list[Flowable]:
        s = self.styles
        return [KeepTogether([
            self.heading("5. Tutustumisjakso toisella työnantajalla (2–3 päivää)",
                         "palkallinen, työsuhteen loppupuolella"),
            line_fields([[("Missä", "")], [("Milloin", "")]], s, self.frame_width),
            Spacer(0, 1 * mm),
            checkbox_row(["Toteutunut", "Ei toteutunut (syy yllä)"], s, self.frame_width),
        ])]

    def next_step(self) -> list[Flowable]:
        s = self.styles
        return [KeepTogether([
            self.heading("8. Jatkosuunnitelma työsuhteen päättyessä"),
            checkbox_row(OUTCOMES, s, self.frame_width),
            line_fields([[("Tarkennus", "")]], s, self.frame_width),
        ])]

    def signatures(self) -> list[Flowable]:
        s = self.styles
        width = self.frame_width
        return [KeepTogether([
            self.heading("Allekirjoitukset"),
            line_fields([[("Paikka ja päivämäärä", "")]], s, width, label_width=42 * mm),
            Spacer(0, 2 * mm),
            self.signature_lines(
                ["Työnantajan edustaja", "Työntekijä", "Työhönvalmentaja (jos osallistui)"]
            ),
        ])]

    def signature_lines(self, captions: Sequence[str]) -> Table:
        """Signature lines side by side, each with its caption below."""
        gap = 8 * mm
        col = (self.frame_width - gap * (len(captions) - 1)) / len(captions)
        caption_row: list[object] = []
        widths: list[float] = []
        for i, caption in enumerate(captions):
            if i:
                caption_row.append("")
                widths.append(gap)
            text = f"{esc(caption)}<br/>allekirjoitus ja nimenselvennys"
            caption_row.append(Paragraph(text, self.styles["Small"]))
            widths.append(col)
        table = Table([[""] * len(widths), caption_row], colWidths=widths,
                      rowHeights=[14 * mm, None])
        style: list[tuple[object, ...]] = [
            ("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 1), (-1, 1), 1),
        ]
        style += [("LINEBELOW", (c, 0), (c, 0), 0.6, RULE) for c in range(0, len(widths), 2)]
        table.setStyle(table_style(style))
        return table


def render_followup(docs: Sequence[FollowupDoc]) -> bytes:
    """PDF bytes of one or more follow-up forms; each form numbered from "sivu 1"."""
    return FollowupRenderer().render(docs)
