"""Decisions (viranhaltijapäätös): grant, partial grant, rejection, bonus, amendment, recovery.

Content per Hallintolaki 44–45 § and Kuntalaki 134 §, laid out like a Finnish officer
decision: Dnro and §, Asia, vireilletulo, valmistelija, päättäjä, toimivalta, päätös,
perustelut, sovelletut oikeusohjeet, ehdot, liitteet, tiedoksianto, jakelu, julkaisupäivä, and
the muutoksenhaku instruction as its own attachment page. The public copy is built by the
service from what may be published (no scrubbing of free text here); the renderer also leaves
out the employee, the placement and the palkkatuki decision when `doc.public`.
"""

from __future__ import annotations

from collections.abc import Iterable

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
)

from kemidesk.domain.types import DecisionType
from kemidesk.domain.validation import format_iban, mask_hetu
from kemidesk.printing.appeal import appeal_instruction
from kemidesk.printing.base import GroupStart, PageDecor, Renderer
from kemidesk.printing.documents import ChangeInfo, DecisionDoc
from kemidesk.printing.flow import (
    bullets,
    date,
    esc,
    grid_table,
    kv_table,
    money,
    para,
    period,
    table_style,
)

TITLE = "VIRANHALTIJAPÄÄTÖS"
PUBLIC_NOTICE = "Julkinen versio – henkilötiedot eivät ole mukana"

_SUBJECTS = {
    DecisionType.BONUS: "Työllistämisbonus",
    DecisionType.RECOVERY: "Kemi-lisän takaisinperintä",
}
_DEFAULT_SUBJECT = "Kemi-lisä palkkatuettuun työhön"
_NO_SCHEDULE = (DecisionType.REJECTION, DecisionType.RECOVERY, DecisionType.BONUS)


def title_of(kind: DecisionType) -> str:
    """ "Kemi-lisä palkkatuettuun työhön – myönteinen päätös"; a kind whose label is its
    subject ("Työllistämisbonus") is not repeated."""
    subject = _SUBJECTS.get(kind, _DEFAULT_SUBJECT)
    if subject.split()[-1].lower() in kind.label.lower():
        return subject
    return f"{subject} – {kind.label[0].lower()}{kind.label[1:]}"


class DecisionRenderer(Renderer):
    """Renders one `DecisionDoc`. The public copy is built by the service from what may be
    published; the renderer also leaves out the employee and the placement when `public`."""

    def render(self, doc: DecisionDoc) -> bytes:
        paragraph = f"§ {doc.paragraph} · " if doc.paragraph is not None else ""
        decor = PageDecor(
            doc.letterhead,
            TITLE,
            lines=(
                doc.decision_type.label,
                f"Dnro {doc.number}",
                f"{paragraph}{date(doc.decision_date)}",
            ),
            reference=doc.number,
            banner=PUBLIC_NOTICE if doc.public else "",
        )
        return self.build(
            [GroupStart(decor), *self.story(doc)],
            title=f"{TITLE} {doc.number}",
            author=doc.letterhead.organisation,
            subject=doc.decision_type.label,
        )

    # -- text helpers ---------------------------------------------------------------------
    def p(self, text: str, style: str = "Body") -> Paragraph:
        return para(text, self.styles[style])

    def heading(self, text: str) -> Paragraph:
        return Paragraph(esc(text), self.styles["Heading"])

    def kv(self, rows: Iterable[tuple[str, str]]) -> list[Flowable]:
        table = kv_table(rows, self.styles, self.frame_width)
        return [table] if table is not None else []

    def listing(self, title: str, items: Iterable[str]) -> list[Flowable]:
        flows = bullets(items, self.styles)
        return [self.heading(title), *flows] if flows else []

    # -- the story ------------------------------------------------------------------------
    def story(self, doc: DecisionDoc) -> list[Flowable]:
        kind = doc.decision_type
        story: list[Flowable] = [
            Paragraph(esc(title_of(kind)), self.styles["Title"]),
            Spacer(0, 2 * mm),
        ]
        if doc.public:
            story += [self.boxed(PUBLIC_NOTICE), Spacer(0, 3 * mm)]
        story += self.basics(doc) + self.party(doc) + self.ring(doc)
        if not doc.public:
            story += self.employee(doc) + self.palkkatuki(doc)
        story += self.decision(doc)
        if kind is DecisionType.REJECTION:
            story.append(self.boxed_reasons(doc))
        else:
            story += self.reasons(doc)
        story += self.listing("Sovelletut oikeusohjeet", doc.legal_basis)
        story += self.listing("Ehdot", doc.conditions)
        story += self.listing(
            "Takaisinmaksu" if kind is DecisionType.RECOVERY else "Maksatus", doc.payment_terms
        )
        if doc.de_minimis_statement:
            story += [self.heading("De minimis -tuki"), self.p(doc.de_minimis_statement)]
        story += self.contact(doc) + self.signature(doc)
        story += self.listing("Liitteet", doc.attachments)
        if doc.notification_text:
            story += [self.heading("Tiedoksianto"), self.p(doc.notification_text)]
        story += self.listing("Jakelu", doc.distribution)
        if doc.published_on is not None:
            story += [
                self.heading("Julkaisupäivä"),
                self.p(
                    "Päätös asetetaan nähtäväksi yleiseen tietoverkkoon "
                    f"{date(doc.published_on)} (julkinen versio ilman henkilötietoja)."
                ),
            ]
        # Muutoksenhaku: its own attachment page.
        story += [PageBreak(), Paragraph("Liite 1 – Muutoksenhaku", self.styles["Subtitle"])]
        story += appeal_instruction(
            doc.letterhead,
            None if doc.public else doc.appeal_deadline,
            self.styles,
            published_on=doc.published_on,
            member_deadline=doc.member_appeal_deadline,
        )
        return story

    def boxed(self, text: str, style: str = "Box") -> Table:
        table = Table([[para(text, self.styles[style])]], colWidths=[self.frame_width])
        table.setStyle(
            table_style(
                [
                    ("BOX", (0, 0), (-1, -1), 0.8, colors.black),
                    ("TOPPADDING", (0, 0), (-1, -1), 4),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                    ("LEFTPADDING", (0, 0), (-1, -1), 6),
                ]
            )
        )
        return table

    def basics(self, doc: DecisionDoc) -> list[Flowable]:
        lh = doc.letterhead
        kind = doc.decision_type
        if doc.received_on is not None:
            began = f"Hakemus saapunut {date(doc.received_on)}"
        elif doc.amends_decision_number:
            began = f"Viranomaisen aloitteesta (päätös {doc.amends_decision_number})"
        else:
            began = "Viranomaisen aloitteesta"
        return self.kv(
            [
                ("Dnro", doc.number),
                ("§", str(doc.paragraph) if doc.paragraph is not None else ""),
                ("Päätöspäivä", date(doc.decision_date)),
                ("Asia", doc.subject),
                ("Vireilletulo", began),
                ("Valmistelija", doc.preparer),
                ("Päättäjä", f"{lh.decision_maker_name}, {lh.decision_maker_title}"),
                ("Toimivalta", lh.delegation),
                (
                    "Takaisinperinnän kohteena oleva päätös"
                    if kind is DecisionType.RECOVERY
                    else "Muutettava päätös",
                    doc.amends_decision_number or "",
                ),
            ]
        )

    def party(self, doc: DecisionDoc) -> list[Flowable]:
        party = doc.party
        return [
            self.heading("Päätöksen saaja"),
            *self.kv(
                [
                    ("Nimi", party.name),
                    ("Y-tunnus", party.business_id),
                    ("Yhdistysrekisterinumero", party.association_number),
                    ("Työnantajan tyyppi", party.employer_type_label),
                    ("Osoite", "\n".join(party.address_lines)),
                    ("Tilinumero (IBAN)", format_iban(party.iban) if party.iban else ""),
                    ("Yhteyshenkilö", party.contact_person),
                ]
            ),
        ]

    def ring(self, doc: DecisionDoc) -> list[Flowable]:
        """A ring job: the lead employer receives the decision and the payments; the
        members share the work (organisations: also on the public copy)."""
        ring = doc.ring
        if ring is None:
            return []
        s = self.styles
        data: list[list[object]] = [
            [para(t, s["Cell"]) for t in ("Yhdistys", "Y-tunnus", "h/vko", "Tehtävät", "Ohjaaja")]
        ]
        for m in ring.members:
            name = f"{m.name} (päätyönantaja)" if m.is_lead else m.name
            data.append(
                [
                    para(name, s["Cell"]),
                    para(m.business_id, s["Cell"]),
                    para(m.hours_per_week, s["Cell"]),
                    para(m.tasks, s["Cell"]),
                    para(m.supervisor, s["Cell"]),
                ]
            )
        data.append(["Yhteensä", "", f"{ring.total_hours}", "", ""])
        width = self.frame_width
        widths = [0.3 * width, 0.14 * width, 0.08 * width, 0.28 * width, 0.2 * width]
        return [
            self.heading("Työnantajarinki"),
            self.p(
                f"Työ tehdään työnantajarinkissä {ring.name}. Työnantaja ja päätöksen saaja on "
                f"ringin päätyönantaja {ring.lead_name}, joka hakee palkkatuen ja Kemi-lisän; "
                "Kemi-lisä maksetaan päätyönantajalle. Ringin jäsenet ja niiden osuudet:"
            ),
            grid_table(data, widths, total_row=True),
        ]

    def employee(self, doc: DecisionDoc) -> list[Flowable]:
        """Only on the party's copy: the employee and the placement."""
        person, placement = doc.person, doc.placement
        rows: list[tuple[str, str]] = []
        if person is not None:
            rows += [
                ("Työntekijä", person.name or ""),
                ("Henkilötunnus", mask_hetu(person.hetu_masked or "")),
                ("Kohderyhmä", person.target_group_reason or ""),
                ("Työkyky", person.work_ability_note or ""),
            ]
        if placement is not None:
            rows += [
                ("Tehtävä", placement.job_title),
                ("Työsuhde", period(placement.start, placement.end)),
                (
                    "Työaika",
                    f"{placement.hours_per_week} h/vko" if placement.hours_per_week else "",
                ),
                (
                    "Bruttopalkka",
                    f"{money(placement.monthly_wage_cents)}/kk"
                    if placement.monthly_wage_cents is not None
                    else "",
                ),
                ("Ohjaaja", placement.supervisor),
                ("Työhönvalmentaja", placement.job_coach),
            ]
        flows = self.kv(rows)
        return [self.heading("Työllistettävä ja työsuhde"), *flows] if flows else []

    def palkkatuki(self, doc: DecisionDoc) -> list[Flowable]:
        pt = doc.palkkatuki
        if pt is None:
            return []
        flows = self.kv(
            [
                ("Myöntäjä", pt.authority),
                ("Päätöksen numero", pt.decision_number),
                ("Päätöspäivä", date(pt.decision_date)),
                ("Palkkatuki", f"{pt.percent} %" if pt.percent is not None else ""),
                ("Tukiaika", period(pt.start, pt.end)),
            ]
        )
        return [self.heading("Palkkatukipäätös"), *flows] if flows else []

    def decision(self, doc: DecisionDoc) -> list[Flowable]:
        kind = doc.decision_type
        story: list[Flowable] = [self.heading("Päätös"), self.p(_statement(doc), "Subtitle")]
        if kind is DecisionType.RECOVERY:
            story += self.recovery(doc)
            return story
        if kind is DecisionType.REJECTION:
            rows: list[tuple[str, str]] = []
        elif kind is DecisionType.BONUS:
            rows = [("Työllistämisbonus", money(doc.total_cents))]
        else:
            rows = [
                ("Kemi-lisä kuukaudessa", money(doc.monthly_amount_cents)),
                ("Tukiaika", period(doc.period_start, doc.period_end)),
                ("Yhteensä enintään", money(doc.total_cents)),
            ]
        if kind is not DecisionType.REJECTION:
            rows.append(("Kustannuspaikka", doc.cost_centre))
        story += [Spacer(0, 1 * mm), *self.kv(rows)]
        if kind is DecisionType.AMENDMENT and doc.change is not None:
            story += self.change(doc.change)
        if kind not in _NO_SCHEDULE and doc.schedule:
            # A long schedule may split (header repeats) rather than leave page 1 half empty.
            story += [
                CondPageBreak(35 * mm),
                Paragraph("Maksuerät", self.styles["HeadingSplit"]),
                self.schedule_table(doc),
            ]
        return story

    def change(self, c: ChangeInfo) -> list[Flowable]:
        """Old and new period and total side by side, the overpayment and what follows."""
        s = self.styles
        rows = [
            ("", "Ennen muutosta", "Muutoksen jälkeen"),
            ("Tukijakso", period(c.old_start, c.old_end), period(c.new_start, c.new_end)),
            ("Kemi-lisä yhteensä", money(c.old_total_cents), money(c.new_total_cents)),
            ("Maksettu", money(c.paid_cents), ""),
            ("Liikaa maksettu", "", money(c.overpaid_cents)),
        ]
        data: list[list[object]] = [
            [
                Paragraph(esc(a), s["CellBold"]),
                Paragraph(esc(b), s["CellBold" if i == 0 else "Cell"]),
                Paragraph(esc(c_), s["CellBold" if i == 0 else "Cell"]),
            ]
            for i, (a, b, c_) in enumerate(rows)
        ]
        side = (self.frame_width - 50 * mm) / 2
        return [
            KeepTogether(
                [
                    Paragraph("Muutos", self.styles["HeadingSplit"]),
                    grid_table(data, [50 * mm, side, side]),
                    Spacer(0, 1 * mm),
                    self.p(c.follows),
                ]
            )
        ]

    def recovery(self, doc: DecisionDoc) -> list[Flowable]:
        r = doc.recovery
        if r is None:
            return self.kv(
                [
                    ("Takaisinperittävä määrä", money(doc.recovery_amount_cents)),
                    ("Eräpäivä", date(doc.recovery_due)),
                ]
            )
        s = self.styles
        lines = [
            ("Kemi-lisää maksettu", money(r.paid_cents)),
            ("– josta muutetun päätöksen mukaan maksettava", money(r.due_cents)),
            ("= liikaa maksettu", money(r.paid_cents - r.due_cents)),
        ]
        if r.recovered_before_cents:
            lines.append(("– aiemmin takaisin peritty", money(r.recovered_before_cents)))
        lines.append(("Takaisin perittävä määrä", money(r.amount_cents)))
        data = [[Paragraph(esc(k), s["Cell"]), Paragraph(esc(v), s["CellRight"])] for k, v in lines]
        data[-1] = [
            Paragraph(esc(lines[-1][0]), s["CellBold"]),
            Paragraph(esc(lines[-1][1]), s["CellRightBold"]),
        ]
        table = grid_table(data, [95 * mm, 40 * mm], header_rows=0, total_row=True)
        return [
            Spacer(0, 1 * mm),
            Paragraph("Laskelma", s["HeadingSplit"]),
            table,
            Spacer(0, 2 * mm),
            *self.kv(
                [
                    ("Maksettava tilille", format_iban(r.iban) if r.iban else ""),
                    ("Viitenumero", r.reference),
                    ("Eräpäivä", date(r.due_date)),
                    ("Korko", r.interest),
                    ("Kustannuspaikka", doc.cost_centre),
                ]
            ),
        ]

    def schedule_table(self, doc: DecisionDoc) -> Table:
        s = self.styles
        data: list[list[object]] = [
            [
                Paragraph("Erä", s["CellBold"]),
                Paragraph("Ajanjakso", s["CellBold"]),
                Paragraph("Tukipäiviä", s["CellRightBold"]),
                Paragraph("Määrä", s["CellRightBold"]),
                Paragraph("Maksuhakemus viimeistään", s["CellBold"]),
            ]
        ]
        for row in doc.schedule:
            data.append(
                [
                    Paragraph(str(row.index), s["Cell"]),
                    Paragraph(period(row.start, row.end), s["Cell"]),
                    Paragraph(str(row.eligible_days), s["CellRight"]),
                    Paragraph(money(row.amount_cents), s["CellRight"]),
                    Paragraph(date(row.claim_due), s["Cell"]),
                ]
            )
        count = len(doc.schedule)
        data.append(
            [
                Paragraph(f"Yhteensä {count} {'erä' if count == 1 else 'erää'}", s["CellBold"]),
                "",
                "",
                Paragraph(money(sum(r.amount_cents for r in doc.schedule)), s["CellRightBold"]),
                "",
            ]
        )
        widths = [14 * mm, 52 * mm, 24 * mm, 30 * mm]
        widths.append(self.frame_width - sum(widths))
        table = grid_table(data, widths, total_row=True)
        table.setStyle(
            table_style(
                [
                    ("SPAN", (0, -1), (2, -1)),  # "Yhteensä" across the first three columns
                    ("LEFTPADDING", (4, 0), (4, -1), 10),
                ]
            )
        )
        return table

    def reasons(self, doc: DecisionDoc) -> list[Flowable]:
        story = self.listing("Perustelut", doc.generated_reasons)
        own = self.listing(
            "Viranhaltijan perustelut" if doc.generated_reasons else "Perustelut", doc.reasons
        )
        if own and doc.generated_reasons:
            own[0] = Paragraph(esc("Viranhaltijan perustelut"), self.styles["Subheading"])
        return story + own

    def boxed_reasons(self, doc: DecisionDoc) -> Flowable:
        """Rejection: the reasons are the heart of the decision, printed in a frame."""
        inner: list[Flowable] = [Paragraph("Perustelut", self.styles["Subtitle"])]
        inner += bullets(doc.generated_reasons, self.styles)
        if doc.reasons:
            if doc.generated_reasons:
                inner.append(Paragraph("Viranhaltijan perustelut", self.styles["Subheading"]))
            inner += bullets(doc.reasons, self.styles)
        table = Table([[inner]], colWidths=[self.frame_width])
        table.setStyle(
            table_style(
                [
                    ("BOX", (0, 0), (-1, -1), 1.2, colors.black),
                    ("LEFTPADDING", (0, 0), (-1, -1), 6),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                    ("TOPPADDING", (0, 0), (-1, -1), 4),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                ]
            )
        )
        return KeepTogether([Spacer(0, 3 * mm), table])

    def contact(self, doc: DecisionDoc) -> list[Flowable]:
        c = doc.contact
        line = ", ".join(x for x in (c.name, c.phone, c.email) if x)
        return [self.heading("Lisätietoja antaa"), self.p(line)] if line else []

    def signature(self, doc: DecisionDoc) -> list[Flowable]:
        lh = doc.letterhead
        place = lh.signing_place or lh.postcode_city.split(" ", 1)[-1]
        return [
            KeepTogether(
                [
                    Spacer(0, 6 * mm),
                    self.p(f"{place} {date(doc.decision_date)}"),
                    Spacer(0, 12 * mm),
                    Paragraph(
                        f"<b>{esc(lh.decision_maker_name)}</b><br/>{esc(lh.decision_maker_title)}",
                        self.styles["Body"],
                    ),
                ]
            )
        ]


def _statement(doc: DecisionDoc) -> str:
    """The operative sentence of the decision."""
    kind = doc.decision_type
    amounts = (
        f"Kemi-lisää {money(doc.monthly_amount_cents)} kuukaudessa ajalle "
        f"{period(doc.period_start, doc.period_end)}, yhteensä enintään {money(doc.total_cents)}."
    )
    if kind is DecisionType.GRANT:
        return f"Päätöksen saajalle myönnetään {amounts}"
    if kind is DecisionType.PARTIAL_GRANT:
        return (
            f"Hakemus hyväksytään osittain. Päätöksen saajalle myönnetään {amounts} "
            "Muilta osin hakemus hylätään (perustelut alla)."
        )
    if kind is DecisionType.REJECTION:
        return "Hakemus Kemi-lisästä hylätään."
    if kind is DecisionType.BONUS:
        return f"Päätöksen saajalle myönnetään työllistämisbonus {money(doc.total_cents)}."
    if kind is DecisionType.AMENDMENT:
        ref = f" {doc.amends_decision_number}" if doc.amends_decision_number else ""
        return (
            f"Aiempaa päätöstä{ref} muutetaan. Muutoksen jälkeen myönnetään {amounts} "
            "Muilta osin aiempi päätös on voimassa."
        )
    ref = f" (päätös {doc.amends_decision_number})" if doc.amends_decision_number else ""
    due = doc.recovery.due_date if doc.recovery is not None else doc.recovery_due
    return (
        f"Päätöksen saajalta peritään takaisin liikaa maksettua Kemi-lisää{ref} "
        f"{money(doc.recovery_amount_cents)}. Määrä on maksettava viimeistään "
        f"{date(due)}."
    )


def render_decision(doc: DecisionDoc) -> bytes:
    """PDF bytes of one decision."""
    return DecisionRenderer().render(doc)
