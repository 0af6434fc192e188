"""The recruitment-needs survey form (rekrytointitarvekartoitus) for visits and post: the
association, then one block per need (blank lines to fill in, or last year's answers printed
for checking), the supervision and the contact person, and the signature."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from kemidesk.printing.base import GroupStart, PageDecor, Renderer
from kemidesk.printing.flow import (
    CHECKBOX,
    WritingLines,
    checkbox_row,
    date,
    esc,
    line_fields,
    para,
)
from kemidesk.printing.other_documents import SurveyDoc, SurveyNeed

TITLE = "REKRYTOINTITARVEKARTOITUS"
CHECKED = "☒"
BLANK_NEEDS = 2  # need blocks on a blank form


class SurveyRenderer(Renderer):
    def render(self, docs: Sequence[SurveyDoc]) -> bytes:
        story: list[Flowable] = []
        for doc in docs:
            decor = PageDecor(
                doc.letterhead,
                TITLE,
                lines=(
                    doc.round_label,
                    f"Vastaus viimeistään {date(doc.closes_on)}" if doc.closes_on else "",
                ),
                reference=doc.association_name or "",
            )
            story += [GroupStart(decor), *self.story(doc)]
        return self.build(
            story,
            title=TITLE.capitalize(),
            author=docs[0].letterhead.organisation if docs else "",
            subject="Rekrytointitarvekartoitus",
        )

    def story(self, doc: SurveyDoc) -> list[Flowable]:
        s = self.styles
        story: list[Flowable] = [
            Paragraph("Yhdistysten rekrytointitarpeiden kartoitus", s["Title"]),
            para(doc.round_label, s["Subtitle"]),
            para(
                "Kartoitamme, millaista työtä yhdistyksellänne voisi olla tarjota kemiläisille "
                "työnhakijoille palkkatuella ja Kemi-lisällä. Pienetkin työmäärät kannattaa "
                "kertoa: usean yhdistyksen pienet tarpeet voidaan yhdistää työnantajaringiksi, "
                "jossa yksi henkilö tekee työtä useammalle yhdistykselle.",
                s["Body"],
            ),
            Spacer(0, 2 * mm),
            Paragraph("1. Yhdistys", s["Heading"]),
            line_fields(
                [
                    [("Yhdistys", doc.association_name), ("Y-tunnus", doc.business_id)],
                    [("Yhteyshenkilö", doc.contact_name), ("Puhelin", doc.contact_phone)],
                    [("Sähköposti", doc.contact_email), ("Vastauspäivä", "")],
                ],
                s,
                self.frame_width,
                label_width=30 * mm,
            ),
        ]
        if doc.prefilled:
            story.append(
                para(
                    "Alla ovat viime kartoituksen vastauksenne. Korjatkaa muuttuneet kohdat "
                    "suoraan lomakkeelle ja lisätkää uudet tarpeet tyhjiin kohtiin.",
                    s["Small"],
                )
            )
        needs = list(doc.needs) + [SurveyNeed()] * (BLANK_NEEDS if not doc.needs else 1)
        for i, need in enumerate(needs, start=2):
            story.append(KeepTogether(self.need_block(i, need)))
        story += [
            Paragraph(f"{len(needs) + 2}. Lisätietoja", s["Heading"]),
            WritingLines(3),
            Spacer(0, 4 * mm),
            line_fields(
                [[("Paikka ja pvm", ""), ("Allekirjoitus", "")]],
                s,
                self.frame_width,
                label_width=30 * mm,
            ),
            Spacer(0, 3 * mm),
            para(
                f"Palautus: {doc.letterhead.organisation}, {doc.letterhead.unit}, "
                f"{doc.letterhead.street_address}, {doc.letterhead.postcode_city}. "
                "Tietoja käytetään työnhakijoiden ja työn yhteensovittamiseen.",
                s["Small"],
            ),
        ]
        return story

    def need_block(self, number: int, need: SurveyNeed) -> list[Flowable]:
        s = self.styles
        width = self.frame_width
        filled = bool(need.tasks)
        parts: list[Flowable] = [
            Paragraph(f"{number}. Työtehtävä{' (viime vastaus)' if filled else ''}", s["Heading"]),
            Paragraph("Työtehtävät", s["Label"]),
        ]
        parts.append(para(need.tasks, s["Body"]) if filled else WritingLines(2))
        parts.append(
            line_fields(
                [
                    [("Tunnit/vko", need.hours), ("Ajanjakso", need.period)],
                    [("Osaaminen", need.skills), ("Ohjattavia", need.capacity)],
                    [("Ohjaaja", need.supervisor), ("Alue", need.area)],
                    [("Katuosoite", need.street), ("Postinumero", need.postcode)],
                ],
                s,
                width,
                label_width=30 * mm,
            )
        )
        mark = CHECKED if need.suits_partial_ability else CHECKBOX
        parts.append(Spacer(0, 1 * mm))
        if filled:
            parts.append(
                para(
                    f"{mark}  Työ sopii osatyökykyiselle (esim. kevennetty tai lyhyempi työaika)",
                    s["Body"],
                )
            )
        else:
            parts.append(
                checkbox_row(
                    ["Työ sopii osatyökykyiselle", "Työ ei sovi osatyökykyiselle"],
                    s,
                    width,
                )
            )
        return parts


def render_survey(docs: Sequence[SurveyDoc], *, invariant: bool = False) -> bytes:
    return SurveyRenderer(invariant=invariant).render(docs)


__all__ = ["esc", "render_survey"]
