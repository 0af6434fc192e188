"""Every decision kind, party and public copy, built from records (issue 11).

The officer's texts hold a HETU, the person's name and a diagnosis: the party's copy has every
required element, the public copy has them too but none of the person's data.
"""

from __future__ import annotations

from datetime import date

import pytest

from kemidesk.db.models import Payment
from kemidesk.domain.appeal import member_appeal_deadline
from kemidesk.domain.dates import format_date, is_working_day
from kemidesk.domain.rules import RuleSet
from kemidesk.domain.types import (
    DecisionType,
    NotificationMethod,
    OutcomeCheckpoint,
    OutcomeStatus,
    PaymentStatus,
)
from kemidesk.domain.validation import validate_reference
from kemidesk.services import changes, documents, followups, grants, settings

from .test_documents import pdf_text
from .test_grants import apply, grant, setup_placement

HETU = "131052-308T"
NAME = "Hilkka Salainen"
DIAGNOSIS = "masennus"
SECRET = f"{NAME} ({HETU}) sairastaa vaikeaa {DIAGNOSIS}ta."
PUBLIC_TEXT = "Julkinen perustelu: Työ on yleishyödyllistä kierrätystyötä."
PERSON = {"first_name": "Hilkka", "last_name": "Salainen", "hetu": HETU, "birth_date": None}


def text(decision_id: int, public: bool) -> str:
    return " ".join(pdf_text(documents.render_decision_pdf(decision_id, public)).split())


@pytest.fixture(scope="module")
def kinds(tmp_path_factory: pytest.TempPathFactory) -> dict[DecisionType, tuple[str, str]]:
    """One decision of every kind; (party text, public text) by kind."""
    from kemidesk.db.connection import close_database
    from kemidesk.db.setup import prepare_database
    from kemidesk.paths import resolve_paths

    paths = resolve_paths(tmp_path_factory.mktemp("kinds") / "data")
    paths.ensure()
    prepare_database(paths.database, paths.backup_dir)
    settings.use_demo_decision_settings()
    settings.set_appropriation(2026, "100 000,00")
    made = {}
    pl = setup_placement(person=PERSON)
    g = grant(apply(pl.id).id, conditions=SECRET, reasons=SECRET + "\n" + PUBLIC_TEXT)
    grants.notify_decision(g.id, NotificationMethod.LETTER, date(2026, 3, 26))
    made[DecisionType.GRANT] = g
    other = setup_placement(person={**PERSON, "hetu": "", "birth_date": date(1980, 5, 5)})
    made[DecisionType.PARTIAL_GRANT] = grant(
        apply(other.id).id,
        decision_type=DecisionType.PARTIAL_GRANT,
        monthly="300,00",
        period_end=date(2026, 12, 31),
        reasons=SECRET,
    )
    young = setup_placement(
        person={**PERSON, "hetu": "", "tmt_days": "100", "birth_date": date(1970, 1, 1)}
    )
    made[DecisionType.REJECTION] = grant(
        apply(young.id).id, decision_type=DecisionType.REJECTION, reasons=SECRET
    )
    Payment.update(status=PaymentStatus.PAID.value, paid_on=date(2026, 9, 1)).where(
        (Payment.decision == g.id) & (Payment.period_index <= 6)
    ).execute()
    made[DecisionType.AMENDMENT] = changes.decide_amendment(
        g.id, date(2026, 7, 15), date(2026, 9, 10), SECRET
    ).decision
    made[DecisionType.RECOVERY] = changes.decide_recovery(
        g.id, 75_806, date(2026, 12, 1), SECRET
    ).decision
    followups.record_outcome(
        pl.id, OutcomeCheckpoint.END, OutcomeStatus.CONTINUED_OWN_FUNDS, date(2026, 7, 20)
    )
    made[DecisionType.BONUS] = grants.decide_bonus(pl.id, date(2026, 7, 25), reasons=SECRET)
    result = {k: (text(d.id, False), text(d.id, True)) for k, d in made.items()}
    result["numbers"] = {k: d.number for k, d in made.items()}  # type: ignore[index]
    close_database()
    return result


COMMON = [
    "VIRANHALTIJAPÄÄTÖS",
    "Dnro KL-2026-",
    "§",
    "Päätöspäivä",
    "Asia",
    "Vireilletulo",
    "Valmistelija Liisa Esimerkki",
    "Päättäjä",
    "Toimivalta Hallintosääntö 45 §",
    "Päätös",
    "Perustelut",
    "Sovelletut oikeusohjeet",
    "Liitteet",
    "Liite 1: Oikaisuvaatimusohje",
    "Tiedoksianto",
    "Jakelu",
    "Julkaisupäivä",
    "Lisätietoja antaa",
    "Liite 1 – Muutoksenhaku",
    "OIKAISUVAATIMUSOHJE",
    "toimielimelle, jonka alainen päätöksen tehnyt viranhaltija on: "
    "Kemin kaupungin elinvoimalautakunta",
    "Aukioloaika: ma–pe klo 9.00–15.00",
    "Kunnan jäsenen oikaisuvaatimusaika päättyy",
]
BY_KIND = {
    DecisionType.GRANT: [
        "Hakemus saapunut 20.3.2026",
        "Kohderyhmä: täyttyy",
        "Työaika: täyttyy",
        "Palkka: täyttyy",
        "Hakuaika: täyttyy – hakemus saapui 20.3.2026, määräaika 15.4.2026",
        "500,00 €/kk × 12 kk = 6 000,00 €",
        "Määräraha: vuoden 2026 Kemi-lisämäärärahaa 100 000,00 €",
        "Sovelletut säännöt",
        "Maksuerät",
    ],
    DecisionType.PARTIAL_GRANT: [
        "Hakemus hyväksytään osittain",
        "Haettu: 500,00 €/kk työsuhteen ajalle 15.3.2026–14.3.2027.",
        "Myönnetään: 300,00 €/kk ajalle 15.3.2026–31.12.2026.",
        "Hylätään 200,00 €/kk ylittävältä osalta.",
        "Hylätään ajalta 1.1.2027–14.3.2027.",
    ],
    DecisionType.REJECTION: [
        "Hakemus Kemi-lisästä hylätään.",
        "Haettu: 500,00 €/kk",
        "Kohderyhmä: ei täyty",
    ],
    DecisionType.BONUS: [
        "myönnetään työllistämisbonus 1 500,00 €",
        "jatkaa työsuhdetta omin varoin",
        "Kemi-lisäpäätökseen KL-2026-001",
        "kertasuorituksena",
    ],
    DecisionType.AMENDMENT: [
        "Ennen muutosta",
        "Muutoksen jälkeen",
        "15.3.2026–14.3.2027",
        "15.3.2026–15.7.2026",
        "6 000,00 €",
        "2 016,13 €",
        "Liikaa maksettu 758,06 € peritään takaisin erillisellä takaisinperintäpäätöksellä",
        "Työsuhde päättyi 15.7.2026",
    ],
    DecisionType.RECOVERY: [
        "Laskelma",
        "Kemi-lisää maksettu 2 774,19 €",
        "2 016,13 €",
        "Takaisin perittävä määrä 758,06 €",
        "Maksettava tilille FI42 5000 1510 0000 23",
        "Viitenumero",
        "Eräpäivä 4.1.2027",  # 1.1.2027 is New Year's Day, then a weekend
        "korkolain (633/1982) 4 §",
        "ei avustuksen väärinkäytöstä",
    ],
}
NOT_ON = {
    DecisionType.BONUS: ["jälkikäteen kuukaudelta", "valtionavustuslain", "Maksuerät"],
    DecisionType.AMENDMENT: ["tutustumisjakso"],
    DecisionType.RECOVERY: ["688/2001", "väärinkäytön perusteella"],
}
KINDS = list(BY_KIND)


@pytest.mark.parametrize("kind", KINDS)
def test_party_copy_has_every_required_element(kinds, kind: DecisionType) -> None:  # type: ignore[no-untyped-def]
    party, _public = kinds[kind]
    for element in COMMON + BY_KIND[kind]:
        assert element in party, (kind, element)
    for absent in NOT_ON.get(kind, []):
        assert absent not in party, (kind, absent)
    assert "Työllistettävä ja työsuhde" in party


@pytest.mark.parametrize("kind", KINDS)
def test_public_copy_has_the_elements_and_no_personal_data(kinds, kind: DecisionType) -> None:  # type: ignore[no-untyped-def]
    _party, public = kinds[kind]
    for element in COMMON:
        assert element in public, (kind, element)
    for secret in (
        HETU,
        "131052",
        "Hilkka",
        "Salainen",
        DIAGNOSIS,
        "sairastaa",
        "100 %",
        "Palkkatuki 100",
        "päivää (vähintään",
        "Vähintään 300 päivää",
        "Työllistettävä ja työsuhde",
        "Anna Yhteys",
        "FI21 1234",
    ):
        assert secret not in public, (kind, secret)


def test_public_copy_prints_only_the_officers_public_text(kinds) -> None:  # type: ignore[no-untyped-def]
    party, public = kinds[DecisionType.GRANT]
    assert "Työ on yleishyödyllistä kierrätystyötä." in public
    assert "Työ on yleishyödyllistä kierrätystyötä." in party
    assert "Kohderyhmä: täyttyy (peruste on salassa pidettävä henkilötieto)" in public


def test_deadlines_agree_with_the_appeal_rules(kinds) -> None:  # type: ignore[no-untyped-def]
    party, public = kinds[DecisionType.GRANT]
    # sent by letter 26.3.2026: received 2.4., + 14 days = 16.4.2026 (a Thursday)
    assert "päättyy asianosaisen osalta 16.4.2026" in party
    assert "asianosaisen osalta" not in public
    member = member_appeal_deadline(date(2026, 3, 26), RuleSet())
    assert member == date(2026, 4, 16)
    assert f"Kunnan jäsenen oikaisuvaatimusaika päättyy {format_date(member)}" in public
    assert "yleiseen tietoverkkoon 26.3.2026" in public


def test_recovery_reference_and_due_date() -> None:
    from kemidesk.services.decision_content import recovery_due_date, recovery_reference

    assert validate_reference(recovery_reference(51)) == recovery_reference(51)
    due = recovery_due_date(date(2026, 12, 1))
    assert due == date(2027, 1, 4)
    assert is_working_day(due)


def test_public_reasons_written_in_the_dialog_reach_only_the_public_text(db) -> None:  # type: ignore[no-untyped-def]
    pl = setup_placement()
    decision = grant(
        apply(pl.id).id, reasons=SECRET, public_reasons="Kierrätystyö on yleishyödyllistä."
    )
    assert "Julkinen perustelu: Kierrätystyö on yleishyödyllistä." in decision.reasons
    public = text(decision.id, True)
    assert "Kierrätystyö on yleishyödyllistä." in public
    assert "Julkinen perustelu:" not in public
    assert DIAGNOSIS not in public


def test_labels_mid_list_are_lower_case() -> None:
    from kemidesk.services.documents import finnish_list

    assert (
        finnish_list(["Vähintään 300 päivää työmarkkinatukea", "Osatyökykyinen", "TE-asiakas"])
        == "Vähintään 300 päivää työmarkkinatukea, osatyökykyinen, TE-asiakas"
    )
