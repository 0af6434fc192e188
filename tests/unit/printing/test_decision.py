"""Decision PDFs: the content Hallintolaki 44–45 § and Kuntalaki 134 § require."""

from __future__ import annotations

import dataclasses

import pytest

from kemidesk.domain.types import DecisionType
from kemidesk.printing.decision import PUBLIC_NOTICE, render_decision, title_of
from kemidesk.printing.documents import PersonInfo

from .pdfcheck import all_text, pages_text
from .printing_samples import (
    HETU_MASKED,
    PERSON_NAME,
    TARGET_REASON,
    WORK_ABILITY,
    decision,
    public_copy,
)


def text_of(doc) -> str:  # type: ignore[no-untyped-def]
    return all_text(render_decision(doc))


@pytest.fixture(scope="module")
def grant_text() -> str:
    return text_of(decision())


@pytest.mark.parametrize(
    "expected",
    [
        "Kemin kaupunki",
        "Työllisyyspalvelut",
        "VIRANHALTIJAPÄÄTÖS",
        "Myönteinen päätös",
        "KEMI-LISÄ 2026/0042",
        "28.11.2026",
        "Åsa Kyllönen",
        "työllisyyspäällikkö",
        # the party
        "Kemin Seudun Työttömät ry",
        "1234567-1",
        "123.456",
        "Keskuspuistokatu 5 B",
        "FI21 1234 5600 0007 85",
        # employee and placement (party copy)
        PERSON_NAME,
        HETU_MASKED,
        TARGET_REASON,
        WORK_ABILITY,
        "Kierrätysmyymälän myyjä",
        "30 h/vko",
        "1 850,00 €/kk",
        "Heikki Ŋuorra",
        "Sanna Šakkinen",
        # palkkatuki
        "Palkkatukipäätös",
        "Meri-Lapin työllisyysalue",
        "PT-2025-1187",
        "15.12.2025",
        "70 %",
        # what is decided
        "500,00 € kuukaudessa",
        "1.1.2026–31.12.2026",
        "6 000,00 €",
        "4410 Työllisyyspalvelut",
        "Maksuerät",
        "Maksuhakemus viimeistään",
        "1.12.2026–31.12.2026",
        # reasons, conditions, payment terms, contact, notification, distribution
        "Perustelut",
        "Ehdot",
        "Maksatus",
        "seurantalomake",
        "Lisätietoja antaa",
        "Liisa Pöyhönen",
        "040 123 4567",
        "Tiedoksianto",
        "Jakelu",
        "Talouspalvelut",
        # signature block
        "Kemissä 28.11.2026",
    ],
)
def test_party_copy_contains(grant_text: str, expected: str) -> None:
    assert expected in grant_text


@pytest.mark.parametrize(
    "expected",
    [
        "OIKAISUVAATIMUSOHJE",
        "kirjallisen oikaisuvaatimuksen",
        "134 §",
        "14 päivän kuluessa",
        "seitsemän päivän kuluttua kirjeen lähettämisestä",
        "kolmantena päivänä",
        "jollei muuta näytetä",
        "kunnan jäsen",
        "miten päätöstä halutaan oikaistavaksi",
        "millä perusteilla",
        "nimi ja yhteystiedot",
        "allekirjoitettava",
        "toimielimelle, jonka alainen päätöksen tehnyt viranhaltija on: Elinvoimalautakunta",
        "Kemin kaupungin kirjaamo",
        "PL 86",
        "94101 Kemi",
        "kirjaamo@kemi.fi",
        "päättyy asianosaisen osalta 19.12.2026",
    ],
)
def test_appeal_instruction(grant_text: str, expected: str) -> None:
    assert expected in grant_text


def test_appeal_instruction_without_deadline_or_review_body() -> None:
    doc = decision()
    doc = dataclasses.replace(
        doc,
        appeal_deadline=None,
        letterhead=dataclasses.replace(doc.letterhead, review_body=""),
    )
    text = text_of(doc)
    assert "päättyy asianosaisen osalta" not in text
    # Kuntalaki 134 §: never to the officer who decided, even without the setting.
    assert "toimielimelle, jonka alainen päätöksen tehnyt viranhaltija on." in text
    assert "viranomaiselle" not in text
    instruction = text[text.index("OIKAISUVAATIMUSOHJE") :]
    assert "Åsa Kyllönen" not in instruction


def test_sami_and_finnish_letters_survive(grant_text: str) -> None:
    for letters in ("ä", "ö", "å", "Å", "č", "đ", "ŋ", "š", "ŧ", "ž", "Č", "Ŋ", "Š"):
        assert letters in grant_text


def test_numbering_counts_all_pages() -> None:
    pages = pages_text(render_decision(decision()))
    assert len(pages) >= 2
    for n, text in enumerate(pages, start=1):
        assert f"sivu {n} / {len(pages)}" in text


def test_de_minimis_statement_only_for_companies(grant_text: str) -> None:
    assert "De minimis" not in grant_text
    text = text_of(decision(company=True))
    assert "De minimis -tuki" in text
    assert "2023/2831" in text
    assert "Pohjolan Puu & Metalli Oy" in text


def test_rejection_has_reasons_and_no_schedule() -> None:
    text = text_of(decision(DecisionType.REJECTION))
    assert "Kielteinen päätös" in text
    assert "Hakemus Kemi-lisästä hylätään." in text
    assert "Perustelut" in text
    assert "Hakemus on jätetty kuukauden kuluessa" in text
    assert "Maksuerät" not in text
    assert "Kustannuspaikka" not in text
    assert "OIKAISUVAATIMUSOHJE" in text


def test_rejection_reasons_come_before_conditions() -> None:
    text = text_of(decision(DecisionType.REJECTION))
    assert text.index("Perustelut") < text.index("Ehdot") < text.index("OIKAISUVAATIMUSOHJE")


def test_partial_grant() -> None:
    text = text_of(decision(DecisionType.PARTIAL_GRANT))
    assert "Osittain myönteinen päätös" in text
    assert "Hakemus hyväksytään osittain" in text
    assert "Muilta osin hakemus hylätään" in text
    assert "Maksuerät" in text


def test_bonus() -> None:
    doc = dataclasses.replace(decision(DecisionType.BONUS), total_cents=150000, schedule=())
    text = text_of(doc)
    assert "Työllistämisbonus" in text
    assert "myönnetään työllistämisbonus 1 500,00 €" in text


def test_amendment_names_the_amended_decision() -> None:
    text = text_of(decision(DecisionType.AMENDMENT))
    assert "Muutospäätös" in text
    assert "Aiempaa päätöstä KEMI-LISÄ 2026/0007 muutetaan" in text
    assert "Muutettava päätös" in text


def test_recovery() -> None:
    text = text_of(decision(DecisionType.RECOVERY))
    assert "Takaisinperintäpäätös" in text
    assert "peritään takaisin" in text
    assert "Kemi-lisää (päätös KEMI-LISÄ 2026/0007) 1 250,50 €" in text
    assert "Takaisinperinnän kohteena oleva päätös" in text
    assert "Eräpäivä 31.1.2027" in text
    assert "688/2001" not in text  # a plain overpayment: no state-grant misuse grounds
    assert "Takaisinmaksu" in text
    assert "Maksuerät" not in text


# -- the public copy --------------------------------------------------------------------

SECRETS = (PERSON_NAME, HETU_MASKED, "010190", TARGET_REASON, WORK_ABILITY, "selkävaiva")


@pytest.mark.parametrize("kind", list(DecisionType))
def test_public_copy_has_no_personal_data(kind: DecisionType) -> None:
    text = text_of(public_copy(decision(kind)))
    assert PUBLIC_NOTICE in text
    for secret in SECRETS:
        assert secret not in text
    assert "Työllistettävä ja työsuhde" not in text
    assert "Kierrätysmyymälän myyjä" not in text
    assert "Kemin Seudun Työttömät ry" in text
    assert "OIKAISUVAATIMUSOHJE" in text


def test_public_flag_alone_hides_personal_fields() -> None:
    """The service builds the public copy; the renderer still leaves out the person, the
    placement and the palkkatuki decision (with its percentage) when the flag is set."""
    doc = dataclasses.replace(
        decision(public=True), reasons=("Julkinen perustelu.",), distribution=("Arkisto",)
    )
    assert doc.person is not None
    text = text_of(doc)
    assert PUBLIC_NOTICE in text
    for secret in (PERSON_NAME, HETU_MASKED, WORK_ABILITY, "70 %", "Kierrätysmyymälän myyjä"):
        assert secret not in text


def test_titles_do_not_repeat_the_kind() -> None:
    assert title_of(DecisionType.BONUS) == "Työllistämisbonus"
    assert title_of(DecisionType.RECOVERY) == "Kemi-lisän takaisinperintä"
    assert title_of(DecisionType.GRANT) == "Kemi-lisä palkkatuettuun työhön – myönteinen päätös"
    text = text_of(dataclasses.replace(decision(DecisionType.BONUS), schedule=()))
    assert "Työllistämisbonus – Työllistämisbonus" not in text


def test_schedule_total_counts_payments_in_finnish() -> None:
    one = dataclasses.replace(decision(), schedule=decision().schedule[:1])
    assert "Yhteensä 1 erä " in text_of(one)
    assert "Yhteensä 12 erää" in text_of(decision())


def test_public_notice_on_every_page() -> None:
    for page in pages_text(render_decision(public_copy(decision()))):
        assert PUBLIC_NOTICE in page


def test_party_copy_masks_a_full_hetu() -> None:
    person = PersonInfo(name="Testi", hetu_masked="010190-123A")
    doc = dataclasses.replace(decision(), person=person)
    text = text_of(doc)
    assert "010190-****" in text
    assert "123A" not in text


def test_user_text_is_escaped() -> None:
    doc = dataclasses.replace(decision(), reasons=("Ehto <b>ei</b> & muu teksti",))
    assert "Ehto <b>ei</b> & muu teksti" in text_of(doc)


def test_logo_is_drawn_and_a_missing_logo_is_ignored(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from PIL import Image

    logo = tmp_path / "logo.png"
    Image.new("RGB", (40, 48), (0, 80, 160)).save(logo)
    doc = decision()
    with_logo = render_decision(
        dataclasses.replace(doc, letterhead=dataclasses.replace(doc.letterhead, logo_path=logo))
    )
    assert b"/Subtype /Image" in with_logo
    missing = dataclasses.replace(
        doc, letterhead=dataclasses.replace(doc.letterhead, logo_path=tmp_path / "none.png")
    )
    assert "Kemin kaupunki" in text_of(missing)
