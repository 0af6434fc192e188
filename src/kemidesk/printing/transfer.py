"""The transfer agreement (siirtosopimus): the three parties, the period, the tasks and hours,
the payments, the terms (from a resources text file, built into the document by the service)
and three signature blocks, each with its own place and date."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from kemidesk.printing.base import GroupStart, PageDecor, Renderer
from kemidesk.printing.flow import date, esc, kv_table, line_fields, money, para, table_style
from kemidesk.printing.other_documents import TransferAgreementDoc

TITLE = "SIIRTOSOPIMUS"


class TransferRenderer(Renderer):
    def render(self, doc: TransferAgreementDoc) -> bytes:
        decor = PageDecor(
            doc.letterhead,
            TITLE,
            lines=(
                doc.reference,
                f"Tila: {doc.status_label}",
                f"Tulostettu {date(doc.printed_on)}",
            ),
            reference=doc.reference,
        )
        return self.build(
            [GroupStart(decor), *self.story(doc)],
            title=f"{TITLE} – {doc.reference}",
            author=doc.letterhead.organisation,
            subject="Siirtosopimus",
        )

    def story(self, doc: TransferAgreementDoc) -> list[Flowable]:
        s = self.styles
        story: list[Flowable] = [
            Paragraph("Siirtosopimus", s["Title"]),
            para(doc.kind_label, s["Subtitle"]),
            Spacer(0, 2 * mm),
            Paragraph("1. Sopijapuolet", s["Heading"]),
            self.parties(doc),
            Paragraph("2. Jakso ja työ", s["Heading"]),
        ]
        work = kv_table(
            [
                ("Jakso", self.period_text(doc)),
                ("Työtehtävät", doc.tasks),
                ("Työaika", f"{doc.hours_per_week} tuntia viikossa"),
                ("Työsuhde järjestössä", self.placement_text(doc)),
            ],
            s,
            self.frame_width,
        )
        if work is not None:
            story.append(work)
        story += [Paragraph("3. Maksut ja tuki", s["Heading"]), self.payments(doc)]
        for n, section in enumerate(doc.terms, start=4):
            story.append(Paragraph(f"{n}. {esc(section.heading)}", s["Heading"]))
            story += [para(text, s["Body"]) for text in section.paragraphs]
        story += [
            Spacer(0, 3 * mm),
            para(
                "Sopimus on tehty kolmena samasanaisena kappaleena, yksi kullekin osapuolelle. "
                f"Kopio toimitetaan: {doc.letterhead.organisation}, {doc.letterhead.unit}.",
                s["Body"],
            ),
            *self.signatures(doc),
        ]
        return story

    def period_text(self, doc: TransferAgreementDoc) -> str:
        if doc.end is None:
            return f"{date(doc.start)} alkaen (toistaiseksi)"
        return f"{date(doc.start)}–{date(doc.end)}"

    def placement_text(self, doc: TransferAgreementDoc) -> str:
        period = f"{date(doc.placement_start)}–{date(doc.placement_end)}"
        return ", ".join(x for x in (doc.job_title, period) if x.strip("–"))

    def parties(self, doc: TransferAgreementDoc) -> Table:
        s = self.styles
        w = self.frame_width / 3

        def block(role: str, lines: list[str]) -> list[Flowable]:
            return [Paragraph(esc(role), s["Label"]), *(para(x, s["Cell"]) for x in lines if x)]

        a, r = doc.association, doc.receiving
        data = [
            [
                block(
                    "Työllistävä järjestö",
                    [
                        a.name,
                        f"Y-tunnus {a.business_id}" if a.business_id else "",
                        *a.address_lines,
                        f"Ohjaaja: {doc.supervisor_name}" if doc.supervisor_name else "",
                    ],
                ),
                block(
                    "Vastaanottava työnantaja",
                    [
                        r.name,
                        f"Y-tunnus {r.business_id}" if r.business_id else "",
                        f"Yhteyshenkilö: {doc.receiving_contact}" if doc.receiving_contact else "",
                    ],
                ),
                block("Työntekijä", [doc.employee_name]),
            ]
        ]
        table = Table(data, colWidths=[w, w, w], hAlign="LEFT")
        table.setStyle(
            table_style(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("BOX", (0, 0), (-1, -1), 0.5, "#999999"),
                    ("INNERGRID", (0, 0), (-1, -1), 0.5, "#999999"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 4),
                    ("TOPPADDING", (0, 0), (-1, -1), 3),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ]
            )
        )
        return table

    def payments(self, doc: TransferAgreementDoc) -> Flowable:
        s = self.styles
        if doc.payment_cents:
            paid = " ".join(x for x in (money(doc.payment_cents), doc.payment_terms) if x)
        else:
            paid = "Vastaanottava työnantaja ei maksa järjestölle korvausta."
        coach = doc.coach_part or "Ei erikseen sovittua osuutta."
        if doc.job_coach:
            coach = f"{doc.job_coach}: {coach}"
        table = kv_table(
            [
                ("Korvaus järjestölle", paid),
                ("Työhönvalmentaja", coach),
            ],
            s,
            self.frame_width,
        )
        assert table is not None  # both rows always have text
        return table

    def signatures(self, doc: TransferAgreementDoc) -> list[Flowable]:
        s = self.styles
        parties = [
            ("Työllistävä järjestö", doc.association.name),
            ("Vastaanottava työnantaja", doc.receiving.name),
            ("Työntekijä", doc.employee_name),
        ]
        out: list[Flowable] = [Paragraph("Allekirjoitukset", s["Heading"])]
        for role, name in parties:
            out.append(
                KeepTogether(
                    [
                        Paragraph(f"<b>{esc(role)}</b>: {esc(name)}", s["Body"]),
                        line_fields(
                            [
                                [("Paikka", ""), ("Päivämäärä", "")],
                                [("Allekirjoitus", ""), ("Nimenselvennys", "")],
                            ],
                            s,
                            self.frame_width,
                            label_width=32 * mm,
                        ),
                        Spacer(0, 4 * mm),
                    ]
                )
            )
        return out


def render_transfer_agreement(doc: TransferAgreementDoc, *, invariant: bool = False) -> bytes:
    return TransferRenderer(invariant=invariant).render(doc)
