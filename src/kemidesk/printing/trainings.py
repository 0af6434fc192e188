"""The employer training papers: the invitation letter (one per invited association, or one
to all), the sign-in sheet with the registered names and a signature column, and the info
sheet on the support services for partially able employees (its text from a resources file).
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, Spacer

from kemidesk.printing.base import GroupStart, PageDecor, Renderer
from kemidesk.printing.documents import PartyInfo
from kemidesk.printing.flow import bullets, date, esc, grid_table, kv_table, para
from kemidesk.printing.other_documents import (
    InfoSheetDoc,
    InvitationDoc,
    SignInSheetDoc,
    TrainingInfo,
)

INVITATION_TITLE = "KUTSU"
SIGN_IN_TITLE = "OSALLISTUJALISTA"
INFO_TITLE = "TIEDOTE"
LIMITED = " Paikkoja on rajoitetusti; ilmoittautumiset otetaan vastaan saapumisjärjestyksessä."
ALL_ASSOCIATIONS = PartyInfo(name="Välityömarkkinoiden työnantajat")


def _training_rows(t: TrainingInfo) -> list[tuple[str, str]]:
    return [
        ("Valmennus", t.name),
        ("Teema", t.theme if t.theme != t.name else ""),
        ("Aika", f"{date(t.held_on)} {t.time_text}".strip()),
        ("Paikka", t.place),
        ("Etäyhteys", t.remote_link),
        ("Kouluttaja", t.trainer),
        ("Kenelle", t.target_label),
        ("Paikkoja", "" if t.capacity is None else f"{t.capacity}"),
    ]


class TrainingPapersRenderer(Renderer):
    # ------------------------------------------------------------ invitation

    def render_invitation(self, doc: InvitationDoc) -> bytes:
        story: list[Flowable] = []
        recipients = list(doc.recipients) or [ALL_ASSOCIATIONS]
        for i, party in enumerate(recipients):
            decor = PageDecor(
                doc.letterhead, INVITATION_TITLE,
                lines=("Työnantaja- ja esihenkilövalmennus", date(doc.letter_date)),
            )  # fmt: skip
            if i:
                story.append(PageBreak())
            story += [GroupStart(decor), *self.invitation_story(doc, party)]
        return self.build(
            story,
            title=f"Kutsu: {doc.training.name} {date(doc.training.held_on)}",
            author=doc.letterhead.organisation,
            subject="Kutsu valmennukseen",
        )

    def invitation_story(self, doc: InvitationDoc, party: PartyInfo) -> list[Flowable]:
        s = self.styles
        t = doc.training
        address = "<br/>".join(esc(x) for x in (party.name, *party.address_lines) if x)
        story: list[Flowable] = [Paragraph(address, s["Body"]), Spacer(0, 8 * mm)]
        if party.contact_person:
            story.insert(1, para(f"Yhteyshenkilö: {party.contact_person}", s["Small"]))
        story += [
            Paragraph(f"Kutsu valmennukseen: {esc(t.name)}", s["Title"]),
            Spacer(0, 3 * mm),
            para(
                "Kemin kaupungin työllisyyspalvelut kutsuu välityömarkkinoiden työnantajat ja "
                "työntekijöiden ohjaajat valmennukseen. Valmennukset vahvistavat "
                "rekrytointiosaamista ja tietoa osatyökykyisten työntekijöiden tukipalveluista. "
                "Osallistuminen on maksutonta.",
                s["Body"],
            ),
            Spacer(0, 2 * mm),
        ]
        table = kv_table(_training_rows(t), s, self.frame_width, 36 * mm)
        if table is not None:
            story.append(table)
        if t.description:
            story += [Paragraph("Sisältö", s["Heading"]), para(t.description, s["Body"])]
        story += [
            Paragraph("Ilmoittautuminen", s["Heading"]),
            Paragraph(
                f"Ilmoittautukaa viimeistään <b>{date(doc.register_by)}</b> ja kertokaa "
                "osallistujien nimet ja tehtävät yhdistyksessä." + (LIMITED if t.capacity else ""),
                s["Body"],
            ),
        ]
        contact = ", ".join(
            x for x in (doc.contact.name, doc.contact.phone, doc.contact.email) if x
        )
        if contact:
            story.append(para(f"Ilmoittautumiset ja lisätiedot: {contact}", s["Body"]))
        lh = doc.letterhead
        story.append(
            KeepTogether([
                Spacer(0, 10 * mm),
                para("Tervetuloa!", s["Body"]),
                Spacer(0, 6 * mm),
                para(lh.organisation, s["Body"]),
                para(lh.unit, s["Body"]),
            ])
        )  # fmt: skip
        return story

    # ------------------------------------------------------------ sign-in sheet

    def render_sign_in(self, doc: SignInSheetDoc) -> bytes:
        t = doc.training
        decor = PageDecor(
            doc.letterhead, SIGN_IN_TITLE, lines=(t.name[:60], f"{date(t.held_on)} {t.time_text}"),
            reference=f"{SIGN_IN_TITLE} {date(t.held_on)}",
        )  # fmt: skip
        s = self.styles
        story: list[Flowable] = [
            GroupStart(decor),
            Paragraph(f"Osallistujalista: {esc(t.name)}", s["Title"]),
            Spacer(0, 2 * mm),
        ]
        table = kv_table(_training_rows(t)[2:6], s, self.frame_width, 30 * mm)
        if table is not None:
            story.append(table)
        story += [
            Spacer(0, 3 * mm),
            para(
                "Merkitkää osallistumisenne allekirjoituksella. Listaa käytetään vain "
                "osallistumisen kirjaamiseen; se säilytetään ja hävitetään kuten muut "
                "henkilötietoja sisältävät asiakirjat.",
                s["Small"],
            ),
            Spacer(0, 2 * mm),
        ]
        widths = [8 * mm, 52 * mm, 42 * mm, 30 * mm]
        widths.append(self.frame_width - sum(widths))
        head = [Paragraph(esc(x), s["CellBold"]) for x in ("", "Yhdistys", "Nimi", "Tehtävä",
                                                              "Allekirjoitus")]  # fmt: skip
        data: list[list[object]] = [head]
        for i, row in enumerate(doc.rows, start=1):
            data.append([
                Paragraph(str(i), s["Cell"]), Paragraph(esc(row.association), s["Cell"]),
                Paragraph(esc(row.name), s["Cell"]), Paragraph(esc(row.role), s["Cell"]), "",
            ])  # fmt: skip
        for i in range(doc.blank_rows):
            data.append([Paragraph(str(len(doc.rows) + i + 1), s["Cell"]), "", "", "", ""])
        table = grid_table(data, widths)
        table.setStyle([
            ("TOPPADDING", (0, 1), (-1, -1), 7),
            ("BOTTOMPADDING", (0, 1), (-1, -1), 7),
            ("VALIGN", (0, 1), (-1, -1), "MIDDLE"),
            ("LINEAFTER", (0, 0), (-2, -1), 0.25, (0.6, 0.6, 0.6)),
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [None]),
        ])  # fmt: skip
        story.append(table)
        story += [
            Spacer(0, 6 * mm),
            para(
                "Palaute lopuksi (kpl):  hyödyllinen ______   "
                "osin hyödyllinen ______   ei hyödyllinen ______",
                s["Body"],
            ),
        ]
        return self.build(
            story,
            title=f"Osallistujalista {date(t.held_on)}",  # no names in the metadata
            author=doc.letterhead.organisation,
            subject="Osallistujalista",
        )

    # ------------------------------------------------------------ info sheet

    def render_info_sheet(self, doc: InfoSheetDoc) -> bytes:
        decor = PageDecor(doc.letterhead, INFO_TITLE, lines=(date(doc.printed_on),),
                          reference=INFO_TITLE)  # fmt: skip
        s = self.styles
        story: list[Flowable] = [GroupStart(decor), Paragraph(esc(doc.title), s["Title"]),
                                 Spacer(0, 2 * mm)]  # fmt: skip
        for block in doc.blocks:
            if block.kind == "heading":
                story.append(Paragraph(esc(block.texts[0]), s["Heading"]))
            elif block.kind == "bullets":
                story += bullets(block.texts, s)
            else:
                story.append(para(" ".join(block.texts), s["Body"]))
        return self.build(
            story, title=doc.title, author=doc.letterhead.organisation, subject="Tiedote"
        )


def render_invitation(doc: InvitationDoc, *, invariant: bool = False) -> bytes:
    return TrainingPapersRenderer(invariant=invariant).render_invitation(doc)


def render_sign_in_sheet(doc: SignInSheetDoc, *, invariant: bool = False) -> bytes:
    return TrainingPapersRenderer(invariant=invariant).render_sign_in(doc)


def render_info_sheet(doc: InfoSheetDoc, *, invariant: bool = False) -> bytes:
    return TrainingPapersRenderer(invariant=invariant).render_info_sheet(doc)
