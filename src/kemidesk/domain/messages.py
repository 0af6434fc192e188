"""Finnish texts of the eligibility findings and of the errors, built from template tables.

Every finding and every error carries a stable UPPER_SNAKE code and parameters; the Finnish
text is rendered here from the code's template. The window translates the same template
through Qt (context "DomainMessages"): every template is wrapped in `QT_TRANSLATE_NOOP` so
that `pyside6-lupdate` extracts it into `resources/translations/kemidesk_en.ts`. The
function below is a plain identity function: this layer does not import Qt.

Parameters are formatted by name and type: keys ending in `_cents` as money, dates as
1.2.2026, Decimals with a decimal comma, labelled enums by their label, lists joined, and
nested `Message`s rendered (a list of them as sentences one after another).

To add a code: add `"CODE": QT_TRANSLATE_NOOP("DomainMessages", "Finnish text {param}.")` to
the table, raise with the code, run pyside6-lupdate and translate the new entry.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from kemidesk.domain.types import LabelledEnum

CONTEXT = "DomainMessages"

Translate = Callable[[str], str]


# The name is what pyside6-lupdate looks for; it reads the context and the text literally.
def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks `text` for translation in `context`; returns it unchanged."""
    return text


@dataclass(frozen=True)
class Message:
    """A code and its parameters; `text` is the Finnish rendering."""

    code: str
    params: Mapping[str, Any] = field(default_factory=dict)

    @property
    def text(self) -> str:
        return render_message(self.code, self.params)

    def __str__(self) -> str:
        return self.text


FINDING_TEMPLATES: dict[str, str] = {  # the eligibility findings
    "TARGET_GROUP_NONE": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Henkilö ei kuulu kohderyhmään (vähintään {min_tmt_days} päivää työmarkkinatukea, "
        "osatyökykyinen tai alle {youth_age_limit}-vuotias).",
    ),
    "NOT_KEMI_RESIDENT": QT_TRANSLATE_NOOP("DomainMessages", "Henkilön kotikunta ei ole Kemi."),
    "HOURS_TOO_LOW": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Viikkotyöaika {hours} h on alle vaaditun {min_hours} h.",
    ),
    "WAGE_TOO_LOW": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Kuukausipalkka {wage_cents} on alle vaaditun {min_wage_cents}.",
    ),
    "PALKKATUKI_MISSING": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Palkkatukipäätös puuttuu: Kemi-lisää voi myöntää vain palkkatuettuun työhön.",
    ),
    "PALKKATUKI_NOT_COVERING": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Palkkatuki {start}–{end} ei kata koko Kemi-lisän jaksoa {grant_start}–{grant_end}.",
    ),
    "PALKKATUKI_PERCENT_UNKNOWN": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Palkkatuen prosentti {percent} % ei ole sallituista ({allowed}).",
    ),
    "APPLICATION_LATE": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Hakemus saapui {application_date}; määräaika oli {deadline} ({months} kk työsuhteen "
        "alkamisesta).",
    ),
    "APPLICATION_DATE_MISSING": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Hakemuksen saapumispäivä puuttuu.",
    ),
    "SHORT_EMPLOYMENT": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Työsuhde {start}–{end} kestää alle {min_months} kk; järjestön työsuhteen tulisi "
        "yleensä kestää vähintään {min_months} kk.",
    ),
    "GRANT_PERIOD_INVALID": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Kemi-lisän jakson loppupäivä {grant_end} on ennen alkupäivää {grant_start}.",
    ),
    "MONTHLY_AMOUNT_NOT_POSITIVE": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Kemi-lisän kuukausimäärän on oltava yli 0 €.",
    ),
    "MONTHLY_AMOUNT_OVER_MAX": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Kuukausimäärä {amount_cents} ylittää enimmäismäärän {max_cents}.",
    ),
    "GRANT_OUTSIDE_PLACEMENT": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Kemi-lisän jakso {grant_start}–{grant_end} ei ole työsuhteen "
        "{placement_start}–{placement_end} sisällä.",
    ),
    "MONTHS_CAP_EXCEEDED": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Kemi-lisää olisi samaan työsuhteeseen yhteensä {total_months} kk ({already_months} kk "
        "aiemmin ja {this_months} kk tällä päätöksellä); enintään {max_months} kk.",
    ),
    "GRANT_OVERLAPS": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Jakso {grant_start}–{grant_end} on päällekkäin päätöksen {number} jakson {start}–{end} "
        "kanssa; samaa kuukautta ei voi tukea kahdesti.",
    ),
    "APPROPRIATION_EXCEEDED": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Päätös vaatii {needed_cents}, mutta määrärahaa on jäljellä {left_cents}.",
    ),
    "COMPANY_COMBINED_CAP": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Palkkatuki ja Kemi-lisä ylittävät yhdessä {percent} % palkkakustannuksista "
        "({wage_costs_cents}/kk); Kemi-lisä voi olla enintään {max_cents}/kk.",
    ),
    "PALKKATUKI_AMOUNT_MISSING": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Palkkatuen euromäärä puuttuu; enimmäismäärän tarkistuksessa on käytetty arviota "
        "{estimate_cents}/kk.",
    ),
    "DE_MINIMIS_EXCEEDED": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "De minimis -tuen enimmäismäärä {cap_cents} ylittyisi: {years} vuoden aikana saatu "
        "{received_cents} ja tämä päätös {needed_cents}.",
    ),
    "PALKKATUKI_100_FOR_COMPANY": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "100 %:n palkkatuki on tarkoitettu järjestön muuhun kuin liiketoimintaan; tarkista "
        "palkkatukipäätös.",
    ),
}


ERROR_TEMPLATES: dict[str, str] = {  # the errors the rules and the services raise
    "FIELD_ERRORS": QT_TRANSLATE_NOOP("DomainMessages", "{errors}"),
    "RULE_VIOLATION": QT_TRANSLATE_NOOP("DomainMessages", "{findings}"),
    "REQUIRED": QT_TRANSLATE_NOOP("DomainMessages", "{label} on pakollinen."),
    "BUSINESS_ID_INVALID": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Y-tunnus on virheellinen: seitsemän numeroa, viiva ja tarkistusnumero, esim. 1234567-1. "
        "Jos muoto on oikein, jokin numero on väärin.",
    ),
    "ASSOCIATION_NUMBER_INVALID": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Yhdistysrekisterinumero on virheellinen (esim. 123.456).",
    ),
    "HETU_INVALID": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Henkilötunnus on virheellinen: syntymäaika ppkkvv, välimerkki (- tai A), kolme numeroa "
        "ja tarkistusmerkki, esim. 010190-900P. Jos muoto on oikein, jokin merkki on väärin.",
    ),
    "IBAN_INVALID": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "IBAN-tilinumero on virheellinen (esim. FI21 1234 5600 0007 85).",
    ),
    "IBAN_REQUIRED": QT_TRANSLATE_NOOP("DomainMessages", "IBAN-tilinumero on pakollinen."),
    "BIC_INVALID": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "BIC-tunnus on virheellinen (esim. NDEAFIHH).",
    ),
    "POSTCODE_INVALID": QT_TRANSLATE_NOOP("DomainMessages", "Postinumero on viisi numeroa."),
    "EMAIL_INVALID": QT_TRANSLATE_NOOP("DomainMessages", "Sähköpostiosoite on virheellinen."),
    "PHONE_INVALID": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Puhelinnumero on virheellinen (6–15 numeroa).",
    ),
    "HOURS_INVALID": QT_TRANSLATE_NOOP("DomainMessages", "Viikkotyöaika on 1–40 tuntia."),
    "REFERENCE_INVALID": QT_TRANSLATE_NOOP("DomainMessages", "Viitenumero on virheellinen."),
    "END_BEFORE_START": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Loppupäivä ei voi olla aikaisempi kuin alkupäivä.",
    ),
    "END_BEFORE_START_NAMED": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "{end_label} ei voi olla aikaisempi kuin {start_label}.",
    ),
    "TMT_DAYS_INVALID": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Anna päivien määrä kokonaislukuna (0–5000).",
    ),
    "PERCENT_NOT_ALLOWED": QT_TRANSLATE_NOOP("DomainMessages", "Prosentin on oltava {allowed}."),
    "MONEY_FORMAT": QT_TRANSLATE_NOOP("DomainMessages", "Anna summa muodossa 1 234,50."),
    "MONEY_NEGATIVE": QT_TRANSLATE_NOOP("DomainMessages", "Summa ei voi olla negatiivinen."),
    "DATE_FORMAT": QT_TRANSLATE_NOOP("DomainMessages", "Anna päivämäärä muodossa pp.kk.vvvv."),
    "DATE_TYPED_FORMAT": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Kirjoita päivämäärä esim. 30.11.2027, 30.11.27, 301127, 1.12. (tämä vuosi), "
        "+14 (päivää tästä) tai t (tänään).",
    ),
    "DATE_NO_SUCH_DAY": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Päivää {day}.{month}.{year} ei ole kalenterissa.",
    ),
    "DATE_NO_SUCH_MONTH": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Kuukausi {month} ei ole 1–12.",
    ),
    "DECISION_NUMBER_INVALID": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Päätösnumero on virheellinen (muoto KL-2026-001).",
    ),
    "RULE_VALUE_NEGATIVE": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "{label}: summa ei voi olla negatiivinen.",
    ),
    "RULE_VALUE_TOO_LOW": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "{label}: arvon on oltava vähintään {minimum}.",
    ),
    "RULE_VALUE_OUT_OF_RANGE": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "{label}: arvon on oltava {minimum}–{maximum}.",
    ),
    "RULE_VALUE_NOT_INTEGER": QT_TRANSLATE_NOOP("DomainMessages", "{label}: anna kokonaisluku."),
    "RULE_VALUE_NOT_NUMBER": QT_TRANSLATE_NOOP("DomainMessages", "{label}: anna luku."),
    "RULE_VALUE_NOT_YES_NO": QT_TRANSLATE_NOOP("DomainMessages", "{label}: anna kyllä tai ei."),
    "RULE_VALUE_NO_PERCENTS": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "{label}: anna yksi tai useampi prosentti.",
    ),
    "RULE_VALUE_NOT_TEXT": QT_TRANSLATE_NOOP("DomainMessages", "{label}: anna teksti."),
    "RULE_VALUE_PREFIX_INVALID": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "{label}: 1–10 kirjainta, esim. KL.",
    ),
    "RULE_VALUE_TOO_LONG": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "{label}: enintään {max_length} merkkiä.",
    ),
    "RULE_VALUE_NOT_A_CHOICE": QT_TRANSLATE_NOOP("DomainMessages", "{label}: valitse {choices}."),
    "RULE_UNKNOWN": QT_TRANSLATE_NOOP("DomainMessages", "Tuntematon sääntö: {name}."),
    "RULE_VERSION_END_BEFORE_START": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Sääntöversio {version}: päättymispäivä on ennen alkamispäivää.",
    ),
    "RULE_VERSION_BAD_VALUE": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Sääntöversio {version}: {problem}",
    ),
    "RULE_VERSIONS_OVERLAP": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Sääntöversiot {first} ja {second} ovat voimassa päällekkäin.",
    ),
    "RULE_VERSIONS_INVALID": QT_TRANSLATE_NOOP("DomainMessages", "{problems}"),
    "APPLICATION_NOT_FOUND": QT_TRANSLATE_NOOP("DomainMessages", "Hakemus {key} ei löydy."),
    "ASSOCIATION_NOT_FOUND": QT_TRANSLATE_NOOP("DomainMessages", "Yhdistys {key} ei löydy."),
    "DECISION_NOT_FOUND": QT_TRANSLATE_NOOP("DomainMessages", "Päätös {key} ei löydy."),
    "FOLLOWUP_NOT_FOUND": QT_TRANSLATE_NOOP("DomainMessages", "Seuranta {key} ei löydy."),
    "PAYMENT_NOT_FOUND": QT_TRANSLATE_NOOP("DomainMessages", "Maksu {key} ei löydy."),
    "PAYMENT_BATCH_NOT_FOUND": QT_TRANSLATE_NOOP("DomainMessages", "Maksuerä {key} ei löydy."),
    "PERSON_NOT_FOUND": QT_TRANSLATE_NOOP("DomainMessages", "Henkilö {key} ei löydy."),
    "PLACEMENT_NOT_FOUND": QT_TRANSLATE_NOOP("DomainMessages", "Työsuhde {key} ei löydy."),
    "ASSOCIATION_IN_USE": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Yhdistyksellä on työsuhteita tai päätöksiä, joten sitä ei voi poistaa. Arkistoi se.",
    ),
    "BIRTH_DATE_NOT_HETU": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Syntymäaika ei vastaa henkilötunnusta.",
    ),
    "PERSON_HAS_PLACEMENTS": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Henkilöllä on työsuhteita, joten häntä ei voi poistaa. Arkistoi.",
    ),
    "PERSON_HAS_RUNNING_PLACEMENT": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Henkilöllä on käynnissä oleva työsuhde; tietoja ei voi poistaa.",
    ),
    "START_DATE_REQUIRED": QT_TRANSLATE_NOOP("DomainMessages", "Alkupäivä on pakollinen."),
    "PERSON_NOT_CHOSEN": QT_TRANSLATE_NOOP("DomainMessages", "Valitse työllistettävä."),
    "EMPLOYER_NOT_CHOSEN": QT_TRANSLATE_NOOP("DomainMessages", "Valitse työnantaja."),
    "RING_NOT_FOUND": QT_TRANSLATE_NOOP("DomainMessages", "Työnantajarengasta ei löydy."),
    "PERSON_LOCKED_BY_DECISIONS": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Työllistettyä ei voi vaihtaa: työsuhteella on päätöksiä.",
    ),
    "EMPLOYER_LOCKED_BY_DECISIONS": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Työnantajaa ei voi vaihtaa: työsuhteella on päätöksiä.",
    ),
    "START_DATE_LOCKED_BY_DECISIONS": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Alkupäivää ei voi muuttaa: työsuhteella on päätöksiä. Tee muutospäätös.",
    ),
    "ENDED_BEFORE_START": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Päättymispäivä on ennen alkupäivää.",
    ),
    "PLACEMENT_HAS_DECISIONS": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Työsuhteella on päätöksiä, joten sitä ei voi poistaa. Arkistoi.",
    ),
    "YEAR_FORMAT": QT_TRANSLATE_NOOP("DomainMessages", "Anna vuosi muodossa vvvv."),
    "DECISION_SETTINGS_MISSING": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Päätöstä ei voi tehdä, koska asetuksista (Asetukset → Kirjelomake) puuttuu: {missing}.",
    ),
    "DECISION_WITHOUT_NUMBER": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Päätöksellä ei ole numeroa, joten sitä ei voi tulostaa.",
    ),
    "NO_FOLLOWUP_FORMS": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Ei tulostettavia seurantalomakkeita.",
    ),
    "MONTH_FORMAT": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Anna kuukausi muodossa VVVV-KK (esim. 2026-11), ei '{month}'.",
    ),
    "APPLICATION_DECISION_KIND": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Hakemukseen voi tehdä vain myönteisen, osittain myönteisen tai kielteisen päätöksen.",
    ),
    "APPLICATION_ALREADY_DECIDED": QT_TRANSLATE_NOOP("DomainMessages", "Hakemus on jo ratkaistu."),
    "GRANT_BLOCKED": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Myöntäminen ei ole mahdollista: {finding}",
    ),
    "OVERRIDE_JUSTIFICATION_REQUIRED": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Kirjoita perustelu määrärahan ylitykselle.",
    ),
    "WARNING_JUSTIFICATION_REQUIRED": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Huomautukset vaativat kirjallisen perustelun.",
    ),
    "NOTHING_TO_PAY": QT_TRANSLATE_NOOP("DomainMessages", "Tukijaksolle ei kerry maksettavaa."),
    "DECISION_ALREADY_NOTIFIED": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Päätös on jo lähetetty tai peruttu; tiedoksiantoa ei voi muuttaa.",
    ),
    "SENT_BEFORE_DECISION": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Lähetyspäivä on ennen päätöspäivää.",
    ),
    "BONUS_BEFORE_GRANT_END": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Työllistämisbonus maksetaan Kemi-lisäjakson jälkeen; jakso ei ole vielä päättynyt.",
    ),
    "BONUS_NOT_DUE": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Työllistämisbonus ei ole maksettavissa: jatkopolkua (työ yrityksessä tai jatko omin "
        "varoin) ei ole kirjattu, Kemi-lisää ei ole myönnetty, tai bonus on jo päätetty.",
    ),
    "BONUS_NO_APPROPRIATION": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Määrärahaa ei ole jäljellä työllistämisbonukseen.",
    ),
    "BONUS_DE_MINIMIS_EXCEEDED": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "De minimis -tuen enimmäismäärä ylittyisi työllistämisbonuksella.",
    ),
    "AMENDMENT_REASONS_REQUIRED": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Kirjoita muutoksen perustelu.",
    ),
    "PAYMENT_IN_BATCH": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Kauden {start}–{end} maksu on jo maksuerässä. Poista se erästä ennen muutospäätöstä.",
    ),
    "RECOVERY_OVER_PAID": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Takaisin voi periä enintään maksetun, vielä perimättä olevan määrän {most_cents}.",
    ),
    "RECOVERY_UNDER_MINIMUM": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Takaisinperittävä määrä on enintään vähimmäismäärän suuruinen, joten sitä ei peritä "
        "takaisin.",
    ),
    "RECOVERY_REASONS_REQUIRED": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Kirjoita takaisinperinnän perustelu.",
    ),
    "PLACEMENT_NOT_CHOSEN": QT_TRANSLATE_NOOP("DomainMessages", "Valitse työsuhde."),
    "WITHDRAW_REASON_REQUIRED": QT_TRANSLATE_NOOP("DomainMessages", "Kirjoita peruutuksen syy."),
    "ONLY_PENDING_WITHDRAWN": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Vain vireillä olevan hakemuksen voi perua.",
    ),
    "PAYMENT_ALREADY_APPROVED": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Maksu on jo hyväksytty tai maksettu.",
    ),
    "PAYMENT_NOT_APPROVABLE": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Vain haettu tai pidätetty maksu voidaan hyväksyä.",
    ),
    "BATCH_ONLY_APPROVED": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Erään voi koota vain hyväksyttyjä, erättömiä maksuja.",
    ),
    "BATCH_ALREADY_PAID": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Maksuerä on jo merkitty maksetuksi {paid_on}.",
    ),
    "BATCH_PAID_BEFORE_CREATED": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Maksupäivä on ennen erän kokoamista.",
    ),
    "FOLLOWUP_BEFORE_START": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Seurantapäivä on ennen työsuhteen alkua.",
    ),
    "FOLLOWUP_IN_FUTURE": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Seurantakeskustelua ei voi kirjata tulevalle päivälle.",
    ),
    "SIGNED_ON_REQUIRED": QT_TRANSLATE_NOOP("DomainMessages", "Anna allekirjoituspäivä."),
    "NEXT_MEETING_NOT_AFTER_TALK": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Seuraavan keskustelun päivän on oltava tämän keskustelun jälkeen.",
    ),
    "PARTICIPANTS_REQUIRED": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Kirjaa keskustelun osallistujat.",
    ),
    "OUTCOME_NOT_YET_DUE": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "{checkpoint} -tieto kirjataan aikaisintaan {due}.",
    ),
    "AMEND_ONLY_GRANTS": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Muutospäätös tehdään myönteiseen Kemi-lisäpäätökseen.",
    ),
    "RECOVER_ONLY_GRANTED": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Takaisin voi periä vain myönnetyn avustuksen maksuja.",
    ),
    "CANCELLED_NOT_AMENDED": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Peruttua päätöstä ei voi muuttaa.",
    ),
    "AMEND_NO_PERIOD": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Päätöksellä ei ole tukijaksoa, jota voisi muuttaa.",
    ),
    "NEW_END_BEFORE_START": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Uusi päättymispäivä on ennen tukijakson alkua.",
    ),
    "NEW_END_NOT_SHORTER": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Uusi päättymispäivä ei lyhennä tukijaksoa (nyt {current_end}).",
    ),
    "TEXT_UNSTORABLE": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Teksti sisältää merkkejä, joita ei voi tallentaa (esim. ohjausmerkkejä).",
    ),
    "TEXT_TOO_LONG": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Enintään {max} merkkiä (nyt {length}).",
    ),
    "DATE_REQUIRED": QT_TRANSLATE_NOOP("DomainMessages", "Päivämäärä on pakollinen."),
    "DATE_OUT_OF_RANGE": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Päivämäärän on oltava välillä {min}–{max}.",
    ),
    "VALUE_INVALID": QT_TRANSLATE_NOOP("DomainMessages", "Arvo on virheellinen."),
    "AMOUNT_ZERO": QT_TRANSLATE_NOOP("DomainMessages", "Anna summa, joka on yli 0 €."),
    "DE_MINIMIS_NOT_FOUND": QT_TRANSLATE_NOOP(
        "DomainMessages", "De minimis -tukea {key} ei löydy."
    ),
    "DE_MINIMIS_NOT_UNDERTAKING": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "{name} ei ole yritys eikä harjoita taloudellista toimintaa: de minimis -tukea ei "
        "kirjata sille.",
    ),
    "IMPORT_FILE_UNREADABLE": QT_TRANSLATE_NOOP(
        "DomainMessages", "Tiedostoa ei voi lukea: {detail}. Mitään ei tuotu."
    ),
    "IMPORT_HAS_ERRORS": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Tiedostossa on virheitä ({rows} riviä, {problems} sarakeongelmaa). Mitään ei tuotu; "
        "korjaa tiedosto ja tuo uudelleen.",
    ),
    "ASSOCIATION_DUPLICATE_BUSINESS_ID": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Samalla Y-tunnuksella on jo yhdistys: {name}.",
    ),
    "PERSON_DUPLICATE_HETU": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Samalla henkilötunnuksella on jo henkilö: {name}.",
    ),
    "OVERVIEW_RECEIVED": QT_TRANSLATE_NOOP("DomainMessages", "Saapunut {date}"),
    "OVERVIEW_DECIDED": QT_TRANSLATE_NOOP("DomainMessages", "{kind}, päätetty {date}"),
    "OVERVIEW_CLAIM_RECEIVED": QT_TRANSLATE_NOOP("DomainMessages", "Hakemus saapunut {date}"),
    "OVERVIEW_FOLLOWUP_LATE": QT_TRANSLATE_NOOP("DomainMessages", "{kind} myöhässä {date}"),
    "OVERVIEW_FOLLOWUP_DUE": QT_TRANSLATE_NOOP("DomainMessages", "{kind} erääntyy {date}"),
    "OVERVIEW_EMPLOYMENT_ENDS": QT_TRANSLATE_NOOP("DomainMessages", "Työsuhde päättyy {date}"),
    "OVERVIEW_SUBSIDY_ENDS": QT_TRANSLATE_NOOP("DomainMessages", "Palkkatuki päättyy {date}"),
    "OVERVIEW_BOTH_END": QT_TRANSLATE_NOOP(
        "DomainMessages", "Työsuhde päättyy {date}, palkkatuki päättyy {subsidy_date}"
    ),
    "OVERVIEW_OUTCOME_CHECK": QT_TRANSLATE_NOOP(
        "DomainMessages", "Jatkopolku: {checkpoint} ({date})"
    ),
    "OVERVIEW_TRANSFER_ENDS": QT_TRANSLATE_NOOP(
        "DomainMessages", "Siirtosopimus: {name}, päättyy {date}"
    ),
    "OVERVIEW_BONUS_DUE": QT_TRANSLATE_NOOP(
        "DomainMessages", "Jatkopolku oikeuttaa työllistämisbonukseen ({amount_cents})"
    ),
    "TIME_INVALID": QT_TRANSLATE_NOOP(
        "DomainMessages", "Anna kellonaika muodossa 13.00 (tunnit 0–23, minuutit 00–59)."
    ),
    "COUNT_INVALID": QT_TRANSLATE_NOOP("DomainMessages", "Anna kokonaisluku 0–{max}."),
    "CAPACITY_INVALID": QT_TRANSLATE_NOOP(
        "DomainMessages", "Paikkoja on 1–{max}; jätä tyhjäksi, jos määrää ei rajata."
    ),
    "SESSION_HOURS_INVALID": QT_TRANSLATE_NOOP(
        "DomainMessages", "Anna tunnit, yli 0 ja enintään 100, esim. 1,5."
    ),
    "TRAINING_NOT_FOUND": QT_TRANSLATE_NOOP("DomainMessages", "Valmennusta {key} ei löydy."),
    "TRAINING_THEME_NOT_CHOSEN": QT_TRANSLATE_NOOP("DomainMessages", "Valitse teema luettelosta."),
    "TRAINING_THEME_DUPLICATE": QT_TRANSLATE_NOOP(
        "DomainMessages", "Teema {name} on jo luettelossa."
    ),
    "TRAINING_ASSOCIATION_UNKNOWN": QT_TRANSLATE_NOOP(
        "DomainMessages", "Yhdistystä ei löydy rekisteristä. Valitse yhdistys luettelosta."
    ),
    "TRAINING_FULL": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Valmennus on täynnä: {capacity} paikkaa, ilmoittautuneita jo {registered}. "
        "Mitään ei tallennettu.",
    ),
    "TRAINING_CAPACITY_BELOW_REGISTERED": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Ilmoittautuneita on jo {registered}; paikkoja ei voi olla vähemmän.",
    ),
    "TRAINING_FEEDBACK_TOO_MANY": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Palautteita on {given}, mutta osallistujia vain {attended}.",
    ),
    "REGISTRATION_NOT_FOUND": QT_TRANSLATE_NOOP(
        "DomainMessages", "Ilmoittautumista {key} ei löydy."
    ),
    "SUPERVISION_NOT_FOUND": QT_TRANSLATE_NOOP(
        "DomainMessages", "Työnohjauskertaa {key} ei löydy."
    ),
    "DEMO_DATABASE_NOT_EMPTY": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Tietokannassa on jo tietoja. Esittelyaineisto tehdään vain tyhjään.",
    ),
    "TRANSFER_NOT_FOUND": QT_TRANSLATE_NOOP("DomainMessages", "Siirtosopimusta {key} ei löydy."),
    "TRANSFER_TRANSITION_INVALID": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Siirtosopimuksen tilaa ei voi muuttaa tilasta {current} tilaan {new}.",
    ),
    "TRANSFER_TRIAL_END_REQUIRED": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Tukijakson aikaisella työjaksolla on oltava loppupäivä.",
    ),
    "TRANSFER_OUTSIDE_PLACEMENT": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Tukijakson aikaisen työjakson on oltava työsuhteen {start}–{end} sisällä.",
    ),
    "TRANSFER_BEFORE_PLACEMENT": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Siirtyminen ei voi alkaa ennen työsuhteen alkua {start}.",
    ),
    "TRANSFER_NOT_EDITABLE": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Siirtosopimus on tilassa {status}: sen ehtoja ei voi enää muuttaa.",
    ),
    "TRANSFER_SIGNED_ON_REQUIRED": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Anna allekirjoituspäivä, kun sopimus on allekirjoitettu.",
    ),
    "TRANSFER_SIGNED_ON_LATE": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Allekirjoituspäivä ei voi olla tulevaisuudessa.",
    ),
    "TRANSFER_EMPLOYED_BEFORE_END": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Työsuhde päättyy {end}: työllistymisen voi kirjata jatkopoluksi aikaisintaan silloin.",
    ),
    # Who may do what on the office server (services.permissions, db.roles)
    "ROLE_REQUIRED_RECORD": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Sinulla on vain lukuoikeus: et voi tallentaa muutoksia. "
        "Tarvitaan rooli kemidesk_officer tai kemidesk_decider.",
    ),
    "ROLE_REQUIRED_CLAIM": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Sinulla ei ole oikeutta kirjata maksatushakemuksia. Tarvitaan rooli kemidesk_officer.",
    ),
    "ROLE_REQUIRED_DECIDE": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Sinulla ei ole oikeutta tehdä päätöksiä. Tarvitaan rooli kemidesk_decider.",
    ),
    "ROLE_REQUIRED_APPROVE": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Sinulla ei ole oikeutta hyväksyä maksuja. Tarvitaan rooli kemidesk_decider.",
    ),
    "ROLE_REQUIRED_BATCH": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Sinulla ei ole oikeutta koota tai maksaa maksueriä. Tarvitaan rooli kemidesk_decider.",
    ),
    "ROLE_REQUIRED_SETTINGS": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Sinulla ei ole oikeutta muuttaa asetuksia, sääntöjä tai määrärahaa. "
        "Tarvitaan rooli kemidesk_decider.",
    ),
    "ROLE_DENIED_BY_SERVER": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Tietokantapalvelin kieltäytyi: käyttäjätunnuksellasi {user} ei ole oikeutta tähän. "
        "Mitään ei tallennettu. Pyydä ylläpitäjältä tarvittava rooli "
        "(kemidesk_officer tai kemidesk_decider).",
    ),
    "COACH_NOT_FOUND": QT_TRANSLATE_NOOP("DomainMessages", "Työhönvalmentajaa {key} ei löydy."),
    "COACH_NOT_CHOSEN": QT_TRANSLATE_NOOP("DomainMessages", "Valitse työhönvalmentaja."),
    "COACH_DUPLICATE": QT_TRANSLATE_NOOP(
        "DomainMessages", "Työhönvalmentaja {name} on jo luettelossa."
    ),
    "COACH_IN_USE": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Työhönvalmentajalla {name} on työsuhteita tai käyntejä; merkitse hänet poistuneeksi.",
    ),
    "COACH_INACTIVE": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Työhönvalmentaja {name} ei ole enää mukana; valitse toimiva työhönvalmentaja.",
    ),
    "VISIT_NOT_FOUND": QT_TRANSLATE_NOOP("DomainMessages", "Käyntiä {key} ei löydy."),
    "VISIT_IN_FUTURE": QT_TRANSLATE_NOOP(
        "DomainMessages", "Käyntiä ei voi kirjata tulevalle päivälle."
    ),
    "VISIT_BEFORE_PLACEMENT": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Käynti on yli kaksi viikkoa ennen työsuhteen alkua {start}.",
    ),
    "OVERVIEW_COACH_PARTIAL_WORK_ABILITY": QT_TRANSLATE_NOOP(
        "DomainMessages", "Ei työhönvalmentajaa – tuki työssä"
    ),
    "OVERVIEW_COACH_ORIENTATION": QT_TRANSLATE_NOOP(
        "DomainMessages", "Ei työhönvalmentajaa – perehdytysvaihe"
    ),
    "SYNC_OFFICE_ONLY": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Tämä toiminto vaatii yhteyden toimiston tietokantaan: kannettavan kopiolla sitä ei "
        "voi tehdä (päätösnumerot, päätökset, maksujen hyväksyntä ja maksuerät, asetukset ja "
        "sääntöversiot tehdään toimistolla).",
    ),
    "SYNC_CONFLICT_NOT_FOUND": QT_TRANSLATE_NOOP("DomainMessages", "Ristiriitaa {key} ei löydy."),
    "SYNC_SERVER_UNREACHABLE": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Toimiston tietokantaan {server} ei saada yhteyttä ({reason}). Muutokset odottavat "
        "kannettavalla ja lähtevät seuraavalla synkronoinnilla.",
    ),
    "SYNC_PASSWORD_NEEDED": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Toimiston tietokanta {server} ei hyväksynyt kirjautumista: salasana puuttuu tai on "
        "väärä. Muutokset odottavat kannettavalla.",
    ),
    "SYNC_SERVER_SCHEMA": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Toimiston tietokannan versio on {version}, tämän ohjelman {head}: päivitä ensin "
        "(kemidesk server init).",
    ),
    "SYNC_NOT_A_COPY": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Tämä tietokanta ei ole kannettavan kopio. Tee kopio: kemidesk sync init --database "
        "OSOITE.",
    ),
    "SYNC_COPY_NOT_LOCAL": QT_TRANSLATE_NOOP(
        "DomainMessages", "Kannettavan kopio tehdään paikalliseen tiedostoon, ei palvelimelle."
    ),
    "SYNC_COPY_NOT_EMPTY": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Datakansion tietokannassa on jo tietoja: kopio tehdään tyhjään kansioon (--data-dir).",
    ),
    "SYNC_COPY_TOO_OLD": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Toimiston muutoslokista on siivottu muutoksia, joita tämä kopio ei ole vielä saanut: "
        "kopiota ei voi enää päivittää. Kopion omat muutokset on lähetetty toimistoon. Tee "
        "kannettavalle uusi kopio tyhjään datakansioon: kemidesk sync init --database OSOITE.",
    ),
    "SYNC_PRUNE_NOT_SERVER": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Muutoslokia siivotaan vain toimiston tietokantapalvelimella (--database OSOITE).",
    ),
    "SYNC_PRUNE_DAYS": QT_TRANSLATE_NOOP(
        "DomainMessages", "Säilytettävien päivien määrä ei voi olla negatiivinen."
    ),
    "SYNC_COPY_BROKEN": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Kopiosta puuttuisi rivejä, joihin taulu {table} viittaa: kopiota ei tehty.",
    ),
}

TEMPLATES: dict[str, str] = {**FINDING_TEMPLATES, **ERROR_TEMPLATES}


def _finnish(template: str) -> str:
    return template


def format_param(key: str, value: Any, translate: Translate = _finnish) -> str:
    """One parameter as it appears in a message; `translate` is used for nested messages."""
    from kemidesk.domain.dates import format_date  # imported here: dates raises our errors
    from kemidesk.domain.money import format_money

    if value is None:
        return ""
    if isinstance(value, Message):
        return render_message(value.code, value.params, translate)
    if key.endswith("_cents") and isinstance(value, int):
        return format_money(value)
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, Decimal):
        return format(value.normalize(), "f").replace(".", ",")
    if isinstance(value, LabelledEnum):
        return translate(value.label)  # the window translates enum labels too
    if isinstance(value, list | tuple | set | frozenset):
        items = list(value)
        separator = " " if items and all(isinstance(i, Message) for i in items) else ", "
        return separator.join(format_param(key, item, translate) for item in items)
    return str(value)


def render_message(code: str, params: Mapping[str, Any], translate: Translate = _finnish) -> str:
    """The text of a finding or an error: its template passed through `translate` (Finnish
    by default) with the parameters filled in. A code without a template renders as itself."""
    template = TEMPLATES.get(code)
    if template is None:
        return code
    text = translate(template)
    formatted = {key: format_param(key, value, translate) for key, value in params.items()}
    try:
        return text.format(**formatted)
    except (KeyError, IndexError, ValueError):
        return text


# Recruitment needs, job seekers, matching and employer rings (issue 16): the reasons of a
# match's rank and the errors of the services.
RING_TEMPLATES: dict[str, str] = {
    "MATCH_ELIGIBLE": QT_TRANSLATE_NOOP("DomainMessages", "Kemi-lisän kohderyhmä: {groups}."),
    "MATCH_NOT_ELIGIBLE": QT_TRANSLATE_NOOP(
        "DomainMessages", "Ei Kemi-lisän kohderyhmässä (tai ei kemiläinen)."
    ),
    "MATCH_HOURS_FIT": QT_TRANSLATE_NOOP(
        "DomainMessages", "Tunnit sopivat: {hours} h/vko toiveen rajoissa."
    ),
    "MATCH_HOURS_OFF": QT_TRANSLATE_NOOP(
        "DomainMessages", "Tunnit {hours} h/vko, toive {min_hours}–{max_hours} h/vko."
    ),
    "MATCH_SHARED_WORDS": QT_TRANSLATE_NOOP(
        "DomainMessages", "Osaaminen ja kiinnostus vastaavat tehtäviä: {words}."
    ),
    "MATCH_RESTRICTION_CONFLICT": QT_TRANSLATE_NOOP(
        "DomainMessages", "Rajoitus koskee tehtävää: tarkista ennen ehdottamista."
    ),
    "MATCH_SUITS_PARTIAL": QT_TRANSLATE_NOOP("DomainMessages", "Työ sopii osatyökykyiselle."),
    "MATCH_SAME_AREA": QT_TRANSLATE_NOOP("DomainMessages", "Sama alue: {area}."),
    "MATCH_NEVER_PLACED": QT_TRANSLATE_NOOP("DomainMessages", "Ei aiempaa tuettua työsuhdetta."),
    "MATCH_WAITING": QT_TRANSLATE_NOOP("DomainMessages", "Edellisestä työsuhteesta {months} kk."),
    "MATCH_AVAILABLE_LATER": QT_TRANSLATE_NOOP(
        "DomainMessages", "Käytettävissä vasta {available}."
    ),
    "NEED_NOT_FOUND": QT_TRANSLATE_NOOP("DomainMessages", "Rekrytointitarvetta {key} ei löydy."),
    "SURVEY_ROUND_NOT_FOUND": QT_TRANSLATE_NOOP(
        "DomainMessages", "Kartoituskierrosta {key} ei löydy."
    ),
    "SEEKER_NOT_FOUND": QT_TRANSLATE_NOOP(
        "DomainMessages", "Henkilöä {key} ei ole merkitty työnhakijaksi."
    ),
    "EMPLOYER_RING_NOT_FOUND": QT_TRANSLATE_NOOP(
        "DomainMessages", "Työnantajarinkiä {key} ei löydy."
    ),
    "SEEKER_HOURS_ORDER": QT_TRANSLATE_NOOP(
        "DomainMessages", "Vähimmäistuntien pitää olla enintään enimmäistunnit."
    ),
    "SUPERVISION_CAPACITY_INVALID": QT_TRANSLATE_NOOP(
        "DomainMessages", "Anna ohjauskapasiteetti kokonaislukuna 0–50."
    ),
    "YEAR_INVALID": QT_TRANSLATE_NOOP("DomainMessages", "Anna vuosi väliltä 2000–2100."),
    "NEED_STATUS_INVALID": QT_TRANSLATE_NOOP(
        "DomainMessages", "Tarpeen tilaa ei voi muuttaa tilasta {status}."
    ),
    "RING_TOO_FEW_MEMBERS": QT_TRANSLATE_NOOP(
        "DomainMessages", "Ringissä pitää olla vähintään kaksi jäsenyhdistystä."
    ),
    "RING_HOURS_TOO_LOW": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Ringin jäsenten tunnit yhteensä {hours} h/vko; vähintään {min_hours} h/vko.",
    ),
    "RING_HOURS_TOO_HIGH": QT_TRANSLATE_NOOP(
        "DomainMessages", "Ringin jäsenten tunnit yhteensä {hours} h/vko; enintään 40 h/vko."
    ),
    "RING_NEEDS_INCOMPATIBLE": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Tarpeet eivät sovi samaan rinkiin (tehtävät, sijainti tai ajanjakso eroavat).",
    ),
    "RING_LEAD_NOT_MEMBER": QT_TRANSLATE_NOOP(
        "DomainMessages", "Päätyönantajan pitää olla ringin jäsen."
    ),
    "RING_MEMBER_TWICE": QT_TRANSLATE_NOOP("DomainMessages", "Sama yhdistys on ringissä kahdesti."),
    "WEEKDAYS_INVALID": QT_TRANSLATE_NOOP(
        "DomainMessages", "Anna viikonpäivät lyhenteinä, esim. ma ti ke."
    ),
    "RING_EMPLOYER_NOT_LEAD": QT_TRANSLATE_NOOP(
        "DomainMessages",
        "Ringin työsuhteen työnantaja on ringin päätyönantaja {lead}.",
    ),
    "NEED_NOT_OPEN": QT_TRANSLATE_NOOP("DomainMessages", "Tarve {key} ei ole enää avoin."),
}
assert not set(RING_TEMPLATES) & set(TEMPLATES), "a code is defined once"
ERROR_TEMPLATES.update(RING_TEMPLATES)
TEMPLATES.update(RING_TEMPLATES)
