"""Decisions (viranhaltijapäätös): grant, partial grant, rejection, bonus, amendment, recovery.

Content per Hallintolaki 44–45 § and Kuntalaki 134 §. The public copy (`doc.public`) never
prints the employee or the placement, and as a second line of defence every free text is
scrubbed of the person's name, HETU, target-group reason and work-ability note.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
)

from kemidesk.domain.types import DecisionType
from kemidesk.domain.validation import format_iban, mask_hetu
from kemidesk.printing.appeal import appeal_instruction
from kemidesk.printing.base import GroupStart, PageDecor, Renderer
from kemidesk.printing.documents import DecisionDoc
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
PUBLIC_NOTICE = "Julkinen versio – henkilötiedot poistettu"
REDACTED = "[poistettu]"

_SUBJECTS = {
    DecisionType.BONUS: "Työllistämisbonus",
    DecisionType.RECOVERY: "Kemi-lisän takaisinperintä",
}
_DEFAULT_SUBJECT = "Kemi-lisä palkkatuettuun työhön"
_NO_SCHEDULE = (DecisionType.REJECTION, DecisionType.RECOVERY)

RECOVERY_BASIS = (
    "Takaisinperinnässä noudatetaan Kemi-lisän ehtoja ja soveltuvin osin valtionavustuslain "
    "(688/2001) 21–22 §:n mallia: avustus peritään takaisin, jos sitä on käytetty olennaisesti "
    "muuhun tarkoitukseen kuin se on myönnetty, jos se on myönnetty virheellisten tai "
    "puutteellisten tietojen perusteella tai jos avustuksen ehtoja on olennaisesti rikottu."
)


class DecisionRenderer(Renderer):
    """Renders one `DecisionDoc` (one instance per document: it keeps the redaction list)."""

    def render(self, doc: DecisionDoc) -> bytes:
        self._secrets = _personal_strings(doc) if doc.public else []
        decor = PageDecor(
            doc.letterhead,
            TITLE,
            lines=(doc.decision_type.label, f"Nro {doc.number}", date(doc.decision_date)),
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
    def t(self, text: str) -> str:
        """Free text as printed: on a public copy, personal strings are replaced."""
        for pattern in self._secrets:
            text = pattern.sub(REDACTED, text)
        return text

    def p(self, text: str, style: str = "Body") -> Paragraph:
        return para(self.t(text), self.styles[style])

    def heading(self, text: str) -> Paragraph:
        return Paragraph(esc(text), self.styles["Heading"])

    def kv(self, rows: Iterable[tuple[str, str]]) -> list[Flowable]:
        table = kv_table(((k, self.t(v)) for k, v in rows), self.styles, self.frame_width)
        return [table] if table is not None else []

    def listing(self, title: str, items: Iterable[str]) -> list[Flowable]:
        flows = bullets((self.t(i) for i in items), self.styles)
        return [self.heading(title), *flows] if flows else []

    # -- the story ------------------------------------------------------------------------
    def story(self, doc: DecisionDoc) -> list[Flowable]:
        kind = doc.decision_type
        story: list[Flowable] = [
            Paragraph(
                esc(f"{_SUBJECTS.get(kind, _DEFAULT_SUBJECT)} – {kind.label}"), self.styles["Title"]
            ),
            Spacer(0, 2 * mm),
        ]
        if doc.public:
            story += [self.boxed(PUBLIC_NOTICE), Spacer(0, 3 * mm)]
        story += self.basics(doc) + self.party(doc)
        if not doc.public:
            story += self.employee(doc)
        story += self.palkkatuki(doc) + self.decision(doc)
        if kind is DecisionType.REJECTION:
            story.append(self.boxed_reasons(doc))
        else:
            story += self.listing("Perustelut", doc.reasons)
        if kind is DecisionType.RECOVERY:
            story += [self.heading("Sovelletut säännökset"), self.p(RECOVERY_BASIS)]
        story += self.listing("Ehdot", doc.conditions)
        story += self.listing(
            "Takaisinmaksu" if kind is DecisionType.RECOVERY else "Maksatus", doc.payment_terms
        )
        if doc.de_minimis_statement:
            story += [self.heading("De minimis -tuki"), self.p(doc.de_minimis_statement)]
        story += self.contact(doc) + self.signature(doc)
        if doc.notification_text:
            story += [self.heading("Tiedoksianto"), self.p(doc.notification_text)]
        story += self.listing("Jakelu", doc.distribution)
        story += appeal_instruction(doc.letterhead, doc.appeal_deadline, self.styles)
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
        return self.kv(
            [
                ("Päätöksen numero", doc.number),
                ("Päätöspäivä", date(doc.decision_date)),
                ("Päätöksentekijä", f"{lh.decision_maker_name}, {lh.decision_maker_title}"),
                ("Toimivalta", lh.delegation),
                (
                    "Takaisinperinnän kohteena oleva päätös"
                    if doc.decision_type is DecisionType.RECOVERY
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
            rows = [
                ("Takaisinperittävä määrä", money(doc.recovery_amount_cents)),
                ("Eräpäivä", date(doc.recovery_due)),
            ]
        elif kind is DecisionType.REJECTION:
            rows = []
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
        if kind not in _NO_SCHEDULE and doc.schedule:
            # A long schedule may split (header repeats) rather than leave page 1 half empty.
            story += [
                CondPageBreak(35 * mm),
                Paragraph("Maksuerät", self.styles["HeadingSplit"]),
                self.schedule_table(doc),
            ]
        return story

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
        data.append(
            [
                Paragraph("Yhteensä", s["CellBold"]),
                "",
                "",
                Paragraph(money(doc.total_cents), s["CellRightBold"]),
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

    def boxed_reasons(self, doc: DecisionDoc) -> Flowable:
        """Rejection: the reasons are the heart of the decision, printed in a frame."""
        items = [self.t(r) for r in doc.reasons if r]
        inner: list[Flowable] = [Paragraph("Perustelut", self.styles["Subtitle"])]
        inner += bullets(items, self.styles)
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
            "Muilta osin hakemus hylätään."
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
    return (
        f"Päätöksen saajalta peritään takaisin aiheettomasti maksettua Kemi-lisää{ref} "
        f"{money(doc.recovery_amount_cents)}. Määrä on maksettava viimeistään "
        f"{date(doc.recovery_due)}."
    )


# Finnish case endings added to a name ("Maijan", "Maijalle"), and the possessive; a name is
# redacted with these but not as a prefix of another word ("Testi" in "Testiyhdistys").
_CASE_ENDINGS = "n|a|ä|ssa|ssä|sta|stä|lla|llä|lta|ltä|lle|ksi|na|nä|ine|lta|han|hin|kin|kaan"


def _personal_strings(doc: DecisionDoc) -> list[re.Pattern[str]]:
    """Patterns of every personal value that must not appear on a public copy.

    Case-insensitive; the name in both orders and part by part with the common Finnish case
    endings ("Maijan", "Maijalle"; a stem change such as "Virtaselle" is beyond reach), the
    target-group reason label by label."""
    person = doc.person
    if person is None:
        return []
    values = [person.hetu_masked, person.target_group_reason, person.work_ability_note]
    if person.hetu_masked:
        values.append(mask_hetu(person.hetu_masked))
    if person.target_group_reason:
        values += person.target_group_reason.split(", ")
    literal = sorted({v.strip() for v in values if v and v.strip()}, key=len, reverse=True)
    patterns = [re.compile(re.escape(v), re.IGNORECASE) for v in literal]
    names = (person.name or "").split()
    if names:
        patterns.insert(0, re.compile(r"\s+".join(map(re.escape, names)), re.IGNORECASE))
        patterns.insert(0, re.compile(r"\s+".join(map(re.escape, reversed(names))), re.IGNORECASE))
    patterns += [
        re.compile(rf"\b{re.escape(n)}(?:{_CASE_ENDINGS})?\b", re.IGNORECASE)
        for n in names
        if len(n) > 1
    ]
    return patterns


def render_decision(doc: DecisionDoc) -> bytes:
    """PDF bytes of one decision."""
    return DecisionRenderer().render(doc)
