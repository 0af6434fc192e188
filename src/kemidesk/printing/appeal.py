"""The request-for-review instruction (oikaisuvaatimusohje) printed on every decision.

Kuntalaki (410/2015) 134 §: a municipal decision is first challenged with a written request for
review; the time limit is 14 days from notification (Hallintolaki 59 § for the presumed dates of
notification). The fixed wording lives here so that one place carries the legal text.
"""

from __future__ import annotations

import datetime as dt

from reportlab.lib.styles import StyleSheet1
from reportlab.platypus import Flowable, Paragraph, Spacer

from kemidesk.domain.dates import format_date
from kemidesk.printing.documents import Letterhead
from kemidesk.printing.flow import bullets, esc

APPEAL_TITLE = "OIKAISUVAATIMUSOHJE"

_INTRO = (
    "Tähän päätökseen tyytymätön voi tehdä kirjallisen oikaisuvaatimuksen. Päätökseen ei saa "
    "hakea muutosta valittamalla tuomioistuimeen (kuntalaki 410/2015, 134 §)."
)
_WHO = [
    "se, johon päätös on kohdistettu tai jonka oikeuteen, velvollisuuteen tai etuun päätös "
    "välittömästi vaikuttaa (asianosainen)",
    "kunnan jäsen.",
]
_TIME = (
    "Oikaisuvaatimus on tehtävä 14 päivän kuluessa päätöksen tiedoksisaannista. Asianosaisen "
    "katsotaan saaneen päätöksestä tiedon, jollei muuta näytetä, seitsemän päivän kuluttua kirjeen "
    "lähettämisestä tai saantitodistukseen tai tiedoksiantotodistukseen merkittynä päivänä. "
    "Käytettäessä tavallista sähköistä tiedoksiantoa (sähköposti) asianosaisen katsotaan saaneen "
    "päätöksestä tiedon, jollei muuta näytetä, kolmantena päivänä viestin lähettämisestä. Kunnan "
    "jäsenen katsotaan saaneen päätöksestä tiedon seitsemän päivän kuluttua siitä, kun päätös on "
    "asetettu nähtäväksi yleiseen tietoverkkoon."
)
_COUNT = (
    "Tiedoksisaantipäivää ei lueta oikaisuvaatimusaikaan. Jos oikaisuvaatimusajan viimeinen päivä "
    "on pyhäpäivä, itsenäisyyspäivä, vapunpäivä, joulu- tai juhannusaatto tai arkilauantai, saa "
    "oikaisuvaatimuksen tehdä ensimmäisenä arkipäivänä sen jälkeen."
)
_CONTENT = [
    "päätös, johon oikaisuvaatimus kohdistuu (esimerkiksi päätöksen numero ja päivämäärä)",
    "miten päätöstä halutaan oikaistavaksi",
    "millä perusteilla päätöstä halutaan oikaistavaksi",
    "oikaisuvaatimuksen tekijän nimi ja yhteystiedot (postiosoite, puhelinnumero ja "
    "sähköpostiosoite, johon asiaa koskevat ilmoitukset voidaan toimittaa).",
]
_SIGN = (
    "Oikaisuvaatimus on allekirjoitettava. Sähköisesti toimitettua oikaisuvaatimusta ei tarvitse "
    "allekirjoittaa, jos siinä on tiedot lähettäjästä eikä asiakirjan alkuperäisyyttä tai "
    "eheyttä ole syytä epäillä."
)
_DELIVERY = (
    "Oikaisuvaatimus on toimitettava omalla vastuulla postitse, sähköpostilla tai "
    "henkilökohtaisesti viimeistään oikaisuvaatimusajan viimeisenä päivänä ennen kirjaamon "
    "aukioloajan päättymistä osoitteeseen:"
)


def appeal_instruction(
    letterhead: Letterhead,
    deadline: dt.date | None,
    styles: StyleSheet1,
    *,
    published_on: dt.date | None = None,
    member_deadline: dt.date | None = None,
) -> list[Flowable]:
    """The full instruction as flowables; `deadline` is the party's computed last day, when
    known; `member_deadline` the kunnan jäsen's, from the publication date `published_on`."""
    lh = letterhead
    # Kuntalaki 134 §: the request goes to the body the official is subordinate to, never to
    # the official who decided.
    where = (
        "Viranhaltijan päätöksestä oikaisuvaatimus tehdään toimielimelle, jonka alainen "
        "päätöksen tehnyt viranhaltija on"
    )
    where += f": <b>{esc(lh.review_body)}</b>, {esc(lh.organisation)}." if lh.review_body else "."
    body, sub = styles["Body"], styles["Subheading"]
    story: list[Flowable] = [
        Paragraph(APPEAL_TITLE, styles["Heading"]),
        Paragraph(esc(_INTRO), body),
        Paragraph("Oikaisuvaatimusviranomainen", sub),
        Paragraph(where, body),
        Paragraph("Oikaisuvaatimusoikeus", sub),
        Paragraph("Oikaisuvaatimuksen saa tehdä", body),
        *bullets(_WHO, styles),
        Paragraph("Oikaisuvaatimusaika", sub),
        Paragraph(esc(_TIME), body),
        Paragraph(esc(_COUNT), body),
    ]
    if deadline is not None:
        story.append(
            Paragraph(
                "Tämän päätöksen oikaisuvaatimusaika päättyy asianosaisen osalta "
                f"<b>{format_date(deadline)}</b>, jos tiedoksisaantia ei osoiteta tapahtuneen "
                "muuna päivänä.",
                body,
            )
        )
    if member_deadline is not None and published_on is not None:
        story.append(
            Paragraph(
                "Päätös on asetettu nähtäväksi yleiseen tietoverkkoon "
                f"{format_date(published_on)}. Kunnan jäsenen oikaisuvaatimusaika päättyy "
                f"<b>{format_date(member_deadline)}</b>.",
                body,
            )
        )
    story += [
        Paragraph("Oikaisuvaatimuksen sisältö", sub),
        Paragraph("Oikaisuvaatimuksessa on ilmoitettava", body),
        *bullets(_CONTENT, styles),
        Paragraph(esc(_SIGN), body),
        Paragraph("Oikaisuvaatimuksen toimittaminen", sub),
        Paragraph(esc(_DELIVERY), body),
        Paragraph(
            "<br/>".join(
                esc(line)
                for line in (
                    lh.registry_name,
                    *lh.registry_address,
                    f"Sähköposti: {lh.registry_email}" if lh.registry_email else "",
                    f"Aukioloaika: {lh.registry_hours}" if lh.registry_hours else "",
                )
                if line
            ),
            styles["Label"],
        ),
        Spacer(0, 2),
    ]
    return story
