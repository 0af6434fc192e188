"""The hearing letter (kuulemiskirje) sent before a recovery decision.

Hallintolaki (434/2003) 34 §: before a matter is decided, a party must be given the chance
to state its opinion and to explain the claims and evidence that may affect the decision.
The letter says what the office intends to decide and why, with the calculation, and by when
and how the party may answer.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from kemidesk.printing.base import GroupStart, PageDecor, Renderer
from kemidesk.printing.flow import bullets, date, esc, grid_table, kv_table, money, para, period
from kemidesk.printing.other_documents import HearingDoc

TITLE = "KUULEMISKIRJE"


class HearingRenderer(Renderer):
    def render(self, doc: HearingDoc) -> bytes:
        decor = PageDecor(
            doc.letterhead,
            TITLE,
            lines=(
                "Kemi-lisän takaisinperintä",
                f"Päätös {doc.grant_number}",
                date(doc.letter_date),
            ),
            reference=doc.grant_number,
        )
        return self.build(
            [GroupStart(decor), *self.story(doc)],
            title=f"{TITLE} {doc.grant_number}",
            author=doc.letterhead.organisation,
            subject="Kuulemiskirje",
        )

    def story(self, doc: HearingDoc) -> list[Flowable]:
        s = self.styles
        lh = doc.letterhead
        story: list[Flowable] = [
            Paragraph("Kuuleminen ennen Kemi-lisän takaisinperintää", s["Title"]),
            Spacer(0, 2 * mm),
        ]
        table = kv_table(
            [
                ("Vastaanottaja", doc.party.name),
                ("Osoite", "\n".join(doc.party.address_lines)),
                ("Asia", f"Liikaa maksetun Kemi-lisän takaisinperintä (päätös {doc.grant_number})"),
                ("Päiväys", date(doc.letter_date)),
            ],
            s,
            self.frame_width,
        )
        if table is not None:
            story.append(table)
        story += [
            Paragraph("Mitä aiomme päättää", s["Heading"]),
            para(
                f"Kemin kaupunki aikoo periä takaisin Kemi-lisää {money(doc.proposed_cents)}, "
                f"joka on myönnetty päätöksellä {doc.grant_number} ajalle "
                f"{period(doc.grant_start, doc.grant_end)}. Työsuhde päättyi "
                f"{date(doc.employment_end)}, ja Kemi-lisää on maksettu myös ajalta, jolta siihen "
                "ei ole oikeutta. Kyse on liikaa maksetusta avustuksesta, ei väärinkäytöksestä.",
                s["Body"],
            ),
            Paragraph("Laskelma", s["Heading"]),
            self.calculation(doc),
            Paragraph("Vastineen antaminen", s["Heading"]),
            para(
                "Ennen päätöksen tekemistä teille varataan tilaisuus lausua mielipiteenne asiasta "
                "ja antaa selitys vaatimuksista ja selvityksistä, jotka saattavat vaikuttaa asian "
                "ratkaisuun (hallintolaki 434/2003, 34 §).",
                s["Body"],
            ),
            Paragraph(
                f"Pyydämme vastineenne viimeistään <b>{date(doc.respond_by)}</b>. Jos vastinetta "
                "ei saavu määräaikaan mennessä, asia ratkaistaan käytettävissä olevien tietojen "
                "perusteella.",
                s["Body"],
            ),
            *bullets(
                [
                    "Voitte esittää, onko laskelma oikein (maksetut erät, työsuhteen "
                    "päättymispäivä) ja onko takaisinperinnälle esteitä.",
                    "Voitte myös ilmoittaa, että hyväksytte takaisinperinnän; silloin päätös "
                    "voidaan tehdä heti.",
                ],
                s,
            ),
            Paragraph("Vastineen toimittaminen", s["Heading"]),
            Paragraph(
                "<br/>".join(
                    esc(x)
                    for x in (
                        lh.registry_name,
                        *lh.registry_address,
                        f"Sähköposti: {lh.registry_email}" if lh.registry_email else "",
                        f"Aukioloaika: {lh.registry_hours}" if lh.registry_hours else "",
                    )
                    if x
                ),
                s["Body"],
            ),
        ]
        if doc.interest:
            story += [Paragraph("Korko", s["Heading"]), para(doc.interest, s["Body"])]
        contact = ", ".join(
            x for x in (doc.contact.name, doc.contact.phone, doc.contact.email) if x
        )
        if contact:
            story += [Paragraph("Lisätietoja antaa", s["Heading"]), para(contact, s["Body"])]
        story.append(
            KeepTogether(
                [
                    Spacer(0, 8 * mm),
                    para(
                        f"{lh.signing_place or lh.postcode_city.split(' ', 1)[-1]} "
                        f"{date(doc.letter_date)}",
                        s["Body"],
                    ),
                    Spacer(0, 10 * mm),
                    Paragraph(
                        f"<b>{esc(lh.decision_maker_name)}</b><br/>{esc(lh.decision_maker_title)}",
                        s["Body"],
                    ),
                ]
            )
        )
        return story

    def calculation(self, doc: HearingDoc) -> Flowable:
        s = self.styles
        lines = [
            ("Kemi-lisää maksettu", money(doc.paid_cents)),
            ("– josta työsuhteen ajalta maksettava", money(doc.due_cents)),
            ("= liikaa maksettu", money(doc.paid_cents - doc.due_cents)),
            ("Takaisin perittäväksi esitetään", money(doc.proposed_cents)),
        ]
        data: list[list[object]] = [
            [Paragraph(esc(k), s["Cell"]), Paragraph(esc(v), s["CellRight"])] for k, v in lines
        ]
        data[-1] = [
            Paragraph(esc(lines[-1][0]), s["CellBold"]),
            Paragraph(esc(lines[-1][1]), s["CellRightBold"]),
        ]
        return grid_table(data, [95 * mm, 40 * mm], header_rows=0, total_row=True)


def render_hearing(doc: HearingDoc) -> bytes:
    return HearingRenderer().render(doc)
