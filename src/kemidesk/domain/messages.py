"""Finnish texts of the eligibility findings, built from a template table.

Parameters are formatted by name and type: keys ending in `_cents` as money, dates as
1.2.2026, Decimals with a decimal comma, labelled enums by their label, lists joined.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from decimal import Decimal
from typing import Any

from kemidesk.domain.dates import format_date
from kemidesk.domain.money import format_money
from kemidesk.domain.types import LabelledEnum

TEMPLATES: dict[str, str] = {
    "TARGET_GROUP_NONE": (
        "Henkilö ei kuulu kohderyhmään (vähintään {min_tmt_days} päivää työmarkkinatukea, "
        "osatyökykyinen tai alle {youth_age_limit}-vuotias)."
    ),
    "NOT_KEMI_RESIDENT": "Henkilön kotikunta ei ole Kemi.",
    "HOURS_TOO_LOW": "Viikkotyöaika {hours} h on alle vaaditun {min_hours} h.",
    "WAGE_TOO_LOW": "Kuukausipalkka {wage_cents} on alle vaaditun {min_wage_cents}.",
    "PALKKATUKI_MISSING": (
        "Palkkatukipäätös puuttuu: Kemi-lisää voi myöntää vain palkkatuettuun työhön."
    ),
    "PALKKATUKI_NOT_COVERING": (
        "Palkkatuki {start}–{end} ei kata koko Kemi-lisän jaksoa {grant_start}–{grant_end}."
    ),
    "PALKKATUKI_PERCENT_UNKNOWN": (
        "Palkkatuen prosentti {percent} % ei ole sallituista ({allowed})."
    ),
    "APPLICATION_LATE": (
        "Hakemus saapui {application_date}; määräaika oli {deadline} "
        "({months} kk työsuhteen alkamisesta)."
    ),
    "APPLICATION_DATE_MISSING": "Hakemuksen saapumispäivä puuttuu.",
    "SHORT_EMPLOYMENT": (
        "Työsuhde {start}–{end} kestää alle {min_months} kk; järjestön työsuhteen tulisi "
        "yleensä kestää vähintään {min_months} kk."
    ),
    "GRANT_PERIOD_INVALID": (
        "Kemi-lisän jakson loppupäivä {grant_end} on ennen alkupäivää {grant_start}."
    ),
    "MONTHLY_AMOUNT_NOT_POSITIVE": "Kemi-lisän kuukausimäärän on oltava yli 0 €.",
    "MONTHLY_AMOUNT_OVER_MAX": ("Kuukausimäärä {amount_cents} ylittää enimmäismäärän {max_cents}."),
    "GRANT_OUTSIDE_PLACEMENT": (
        "Kemi-lisän jakso {grant_start}–{grant_end} ei ole työsuhteen "
        "{placement_start}–{placement_end} sisällä."
    ),
    "MONTHS_CAP_EXCEEDED": (
        "Kemi-lisää olisi samaan työsuhteeseen yhteensä {total_months} kk "
        "({already_months} kk aiemmin ja {this_months} kk tällä päätöksellä); "
        "enintään {max_months} kk."
    ),
    "GRANT_OVERLAPS": (
        "Jakso {grant_start}–{grant_end} on päällekkäin päätöksen {number} jakson "
        "{start}–{end} kanssa; samaa kuukautta ei voi tukea kahdesti."
    ),
    "APPROPRIATION_EXCEEDED": (
        "Päätös vaatii {needed_cents}, mutta määrärahaa on jäljellä {left_cents}."
    ),
    "COMPANY_COMBINED_CAP": (
        "Palkkatuki ja Kemi-lisä ylittävät yhdessä {percent} % palkkakustannuksista "
        "({wage_costs_cents}/kk); Kemi-lisä voi olla enintään {max_cents}/kk."
    ),
    "PALKKATUKI_AMOUNT_MISSING": (
        "Palkkatuen euromäärä puuttuu; enimmäismäärän tarkistuksessa on käytetty arviota "
        "{estimate_cents}/kk."
    ),
    "DE_MINIMIS_EXCEEDED": (
        "De minimis -tuen enimmäismäärä {cap_cents} ylittyisi: {years} vuoden aikana saatu "
        "{received_cents} ja tämä päätös {needed_cents}."
    ),
    "PALKKATUKI_100_FOR_COMPANY": (
        "100 %:n palkkatuki on tarkoitettu järjestön muuhun kuin liiketoimintaan; "
        "tarkista palkkatukipäätös."
    ),
}


def format_param(key: str, value: Any) -> str:
    """One parameter as it appears in a Finnish message."""
    if value is None:
        return ""
    if key.endswith("_cents") and isinstance(value, int):
        return format_money(value)
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, Decimal):
        return format(value.normalize(), "f").replace(".", ",")
    if isinstance(value, LabelledEnum):
        return value.label
    if isinstance(value, list | tuple | set | frozenset):
        return ", ".join(format_param(key, item) for item in value)
    return str(value)


def render_message(code: str, params: Mapping[str, Any]) -> str:
    """The Finnish text of a finding; unknown codes fall back to the code itself."""
    template = TEMPLATES.get(code)
    if template is None:
        return code
    formatted = {key: format_param(key, value) for key, value in params.items()}
    try:
        return template.format(**formatted)
    except (KeyError, IndexError):
        return template
