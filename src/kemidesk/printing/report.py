"""The effectiveness report and the year report for the city council (vuosiraportti), as PDF.

The charts are ReportLab drawings (reportlab.graphics), made once here; the window shows the
same PDF in its preview, so there is one way the charts are drawn. No personal data: the
report is counts, shares and money.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from kemidesk.domain.effectiveness import (
    EMPLOYMENT,
    METHOD_NOTE,
    OUTCOME_ORDER,
    EffectivenessReport,
    GroupFigures,
    Pending,
    PeriodFigures,
)
from kemidesk.domain.types import OutcomeCheckpoint
from kemidesk.printing.base import GroupStart, PageDecor, Renderer
from kemidesk.printing.documents import Letterhead
from kemidesk.printing.flow import date, esc, grid_table, money
from kemidesk.printing.fonts import BOLD, REGULAR

CURRENT = colors.HexColor("#1F5A96")
PREVIOUS = colors.HexColor("#9DB7D5")
LIMIT = colors.HexColor("#B00020")


def percent(share: float | None) -> str:
    return "–" if share is None else f"{share * 100:.0f}\u00a0%"


def period_text(figures: PeriodFigures) -> str:
    return f"{date(figures.period.start)}–{date(figures.period.end)}"


def employment_chart(report: EffectivenessReport, width: float) -> Drawing:
    """Share employed at each checkpoint, this period beside the previous one."""
    height = 62 * mm
    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 14 * mm, 14 * mm
    chart.width, chart.height = width - 60 * mm, height - 22 * mm
    rows = []
    for figures in (report.current, report.previous):
        rows.append([
            round((figures.total.checkpoints[c].employed_share or 0) * 100, 1)
            for c in OutcomeCheckpoint
        ])  # fmt: skip
    chart.data = rows
    chart.categoryAxis.categoryNames = [c.label for c in OutcomeCheckpoint]
    chart.categoryAxis.labels.fontName = REGULAR
    chart.categoryAxis.labels.fontSize = 7.5
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = 100
    chart.valueAxis.valueStep = 25
    chart.valueAxis.labels.fontName = REGULAR
    chart.valueAxis.labels.fontSize = 7.5
    chart.valueAxis.labelTextFormat = "%d %%"
    chart.bars[0].fillColor = CURRENT
    chart.bars[1].fillColor = PREVIOUS
    chart.barLabels.fontName = REGULAR
    chart.barLabels.fontSize = 7
    chart.barLabelFormat = "%.0f %%"
    chart.barLabels.nudge = 6
    drawing.add(chart)
    drawing.add(_legend(width - 44 * mm, height - 14 * mm, [
        (CURRENT, period_text(report.current)), (PREVIOUS, period_text(report.previous)),
    ]))  # fmt: skip
    drawing.add(String(0, height - 6 * mm, "Työllistyneiden osuus erääntyneistä kohdista",
                       fontName=BOLD, fontSize=8.5))  # fmt: skip
    return drawing


def money_chart(report: EffectivenessReport, width: float) -> Drawing | None:
    """Money paid from the start of the year, month by month, against the appropriation."""
    months = report.months
    if not months:
        return None
    height = 62 * mm
    drawing = Drawing(width, height)
    chart = HorizontalLineChart()
    chart.x, chart.y = 20 * mm, 14 * mm
    chart.width, chart.height = width - 66 * mm, height - 22 * mm
    paid = [m.paid_to_date / 100 for m in months]
    limit = [m.appropriation / 100 for m in months]
    chart.data = [paid, limit] if any(limit) else [paid]
    chart.categoryAxis.categoryNames = [f"{m.month.month}/{m.month.year % 100:02d}" for m in months]
    chart.categoryAxis.labels.fontName = REGULAR
    chart.categoryAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labels.fontName = REGULAR
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labelTextFormat = lambda v: f"{v / 1000:.0f}\u00a0t€"
    chart.lines[0].strokeColor = CURRENT
    chart.lines[0].strokeWidth = 1.6
    if len(chart.data) > 1:
        chart.lines[1].strokeColor = LIMIT
        chart.lines[1].strokeDashArray = (3, 2)
    drawing.add(chart)
    entries = [(CURRENT, "Maksettu vuoden alusta")]
    if len(chart.data) > 1:
        entries.append((LIMIT, "Määräraha"))
    drawing.add(_legend(width - 44 * mm, height - 14 * mm, entries))
    drawing.add(String(0, height - 6 * mm, "Käytetty raha ja määräraha kuukausittain",
                       fontName=BOLD, fontSize=8.5))  # fmt: skip
    return drawing


def _legend(x: float, y: float, entries: Sequence[tuple[colors.Color, str]]) -> Legend:
    legend = Legend()
    legend.x, legend.y = x, y
    legend.fontName = REGULAR
    legend.fontSize = 7.5
    legend.alignment = "right"
    legend.columnMaximum = 4
    legend.colorNamePairs = list(entries)
    return legend


class ReportRenderer(Renderer):
    def render(self, report: EffectivenessReport, letterhead: Letterhead) -> bytes:
        year = report.year
        if year is not None:
            title = f"Vuosiraportti {report.current.period.start.year}"
            heading = f"Kemi-lisä ja järjestötyöllistäminen – vuosiraportti {report.current.period.start.year}"  # noqa: E501
        else:
            title = f"Vaikuttavuusraportti {period_text(report.current)}"
            heading = f"Kemi-lisän vaikuttavuus {period_text(report.current)}"
        decor = PageDecor(
            letterhead,
            "VUOSIRAPORTTI" if year is not None else "VAIKUTTAVUUSRAPORTTI",
            lines=(period_text(report.current), f"Laadittu {date(report.today)}"),
            reference=period_text(report.current),
        )
        s = self.styles
        story: list[Flowable] = [GroupStart(decor), Paragraph(esc(heading), s["Title"]),
                                 Spacer(0, 3 * mm)]  # fmt: skip
        if year is not None:
            story += self.year_sections(report)
        story += self.summary(report)
        story += [Spacer(0, 2 * mm), KeepTogether(employment_chart(report, self.frame_width))]
        chart = money_chart(report, self.frame_width)
        if chart is not None:
            story += [Spacer(0, 2 * mm), KeepTogether(chart)]
        story += self.outcomes(report.current, "Tulokset tarkistuskohdittain")
        if len(report.current.groups) > 1:
            story += self.groups(report.current, report.training_attendance)
        story += [Paragraph("Menetelmä", s["Heading"]), Paragraph(esc(METHOD_NOTE), s["Small"])]
        return self.build(story, title=title, author=letterhead.organisation, subject=title)

    def year_sections(self, report: EffectivenessReport) -> list[Flowable]:
        s = self.styles
        year = report.year
        assert year is not None
        left = year.appropriation - year.committed
        money_rows = [
            ["Määräraha", money(year.appropriation) if year.appropriation else "ei asetettu"],
            ["Sidottu päätöksillä (muutokset mukana)", money(year.committed)],
            ["Jäljellä", money(left) if year.appropriation else "–"],
            ["Maksettu", money(year.paid)],
        ]
        kinds = [[k.kind.label, str(k.count), money(k.total_cents) if k.total_cents else "–"]
                 for k in year.decisions]  # fmt: skip
        people = [
            ["Henkilöitä työsuhteessa vuoden aikana", str(year.people)],
            ["Työsuhteita voimassa vuoden aikana", str(year.running)],
            ["Alkaneita Kemi-lisä-työsuhteita", str(len(report.current.total.started))],
            ["Päättyneitä Kemi-lisä-työsuhteita", str(len(report.current.total.ended))],
        ]
        return [
            Paragraph("Määräraha ja sen käyttö", s["Heading"]),
            self._table([["", "Euroa"], *money_rows], [0.7, 0.3]),
            Paragraph("Päätökset lajeittain", s["Heading"]),
            self._table([["Päätöslaji", "Kpl", "Yhteensä"], *kinds], [0.55, 0.15, 0.3]),
            Paragraph("Henkilöt ja työsuhteet", s["Heading"]),
            self._table([["", "Lukumäärä"], *people], [0.7, 0.3]),
        ]

    def summary(self, report: EffectivenessReport) -> list[Flowable]:
        s = self.styles
        cur, prev = report.current, report.previous

        def employed(figures: PeriodFigures, checkpoint: OutcomeCheckpoint) -> str:
            counts = figures.total.checkpoints[checkpoint]
            return f"{counts.employed} / {counts.due} ({percent(counts.employed_share)})"

        def cost(cents: int | None) -> str:
            return "–" if cents is None else money(cents)

        def transfers(figures: PeriodFigures) -> str:
            t = figures.transfers
            return f"{len(t.employed)} / {len(t.ended)} ({percent(t.employed_share)})"

        rows = [
            ["", period_text(cur), period_text(prev)],
            ["Alkaneet työsuhteet", str(len(cur.total.started)), str(len(prev.total.started))],
            ["Päättyneet työsuhteet", str(len(cur.total.ended)), str(len(prev.total.ended))],
            *[
                [f"Työllistyneet, {c.label.lower()}", employed(cur, c), employed(prev, c)]
                for c in OutcomeCheckpoint
            ],
            ["Siirtosopimuksista työllistyi", transfers(cur), transfers(prev)],
            ["Kemi-lisää päätetty", money(cur.money.kemi_lisa_decided),
             money(prev.money.kemi_lisa_decided)],
            ["Työllistämisbonuksia päätetty", money(cur.money.bonus_decided),
             money(prev.money.bonus_decided)],
            ["Kemi-lisää maksettu", money(cur.money.kemi_lisa_paid),
             money(prev.money.kemi_lisa_paid)],
            ["Työllistämisbonuksia maksettu", money(cur.money.bonus_paid),
             money(prev.money.bonus_paid)],
            ["Kustannus työsuhdetta kohden", cost(cur.cost_per_placement),
             cost(prev.cost_per_placement)],
            ["Kustannus työllistymistä kohden", cost(cur.cost_per_employment),
             cost(prev.cost_per_employment)],
        ]  # fmt: skip
        return [
            Paragraph("Yhteenveto ja vertailu edelliseen kauteen", s["Heading"]),
            self._table(rows, [0.46, 0.27, 0.27]),
        ]

    def outcomes(self, figures: PeriodFigures, title: str) -> list[Flowable]:
        s = self.styles
        total = figures.total
        head = ["Tulos", *[c.label for c in OutcomeCheckpoint]]
        rows = [head]
        for cell in OUTCOME_ORDER:
            line = [cell.label + (" *" if cell in EMPLOYMENT else "")]
            for checkpoint in OutcomeCheckpoint:
                counts = total.checkpoints[checkpoint]
                n = counts.count(cell)
                line.append(f"{n}" if cell is Pending.NOT_DUE else
                            f"{n} ({percent(counts.share(cell))})")  # fmt: skip
            rows.append(line)
        rows.append(["Työllistyneet yhteensä *",
                     *[f"{total.checkpoints[c].employed} "
                       f"({percent(total.checkpoints[c].employed_share)})"
                       for c in OutcomeCheckpoint]])  # fmt: skip
        return [
            Paragraph(esc(title), s["Heading"]),
            Paragraph(
                f"Kaudella päättyneet {len(total.ended)} työsuhdetta. Osuudet erääntyneistä "
                "kohdista; * = työllistyminen.",
                s["Small"],
            ),
            self._table(rows, [0.4, 0.2, 0.2, 0.2], total_row=True),
        ]

    def groups(self, figures: PeriodFigures, trained: Mapping[str, int]) -> list[Flowable]:
        s = self.styles
        head = ["Ryhmä", "Alkoi", "Päättyi", "Työllistyi päättyessä", "Työllistyi 3 kk",
                "Työllistyi 6 kk"]  # fmt: skip
        fractions = [0.22, 0.11, 0.13, 0.18, 0.18, 0.18]
        if trained:
            head.append("Valmennuksissa")
            fractions = [0.21, 0.095, 0.115, 0.135, 0.135, 0.135, 0.175]
        rows: list[list[str]] = [head]
        for group in [*figures.groups[1:], figures.groups[0]]:
            row = self._group_row(group)
            if trained:
                total = group is figures.groups[0]
                row.append(str(sum(trained.values()) if total else trained.get(group.group, 0)))
            rows.append(row)
        return [
            Paragraph("Ryhmittäin", s["Heading"]),
            self._table(rows, fractions, total_row=True),
        ]

    @staticmethod
    def _group_row(group: GroupFigures) -> list[str]:
        cells = [group.group, str(len(group.started)), str(len(group.ended))]
        for checkpoint in OutcomeCheckpoint:
            counts = group.checkpoints[checkpoint]
            cells.append(f"{counts.employed} / {counts.due} ({percent(counts.employed_share)})")
        return cells

    def _table(
        self, rows: list[list[str]], fractions: Sequence[float], total_row: bool = False
    ) -> Flowable:
        s = self.styles
        data = []
        for i, row in enumerate(rows):
            style = "CellBold" if i == 0 or (total_row and i == len(rows) - 1) else "Cell"
            data.append([
                Paragraph(esc(text), s[style if j == 0 else style.replace("Cell", "CellRight")])
                for j, text in enumerate(row)
            ])  # fmt: skip
        widths = [self.frame_width * f for f in fractions]
        return grid_table(data, widths, total_row=total_row)


def render_report(report: EffectivenessReport, letterhead: Letterhead) -> bytes:
    return ReportRenderer().render(report, letterhead)
