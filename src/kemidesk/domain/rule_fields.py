"""Metadata of every rule figure (for the settings view) and coercion of edited values."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any, Literal

from kemidesk.domain.errors import ValidationError
from kemidesk.domain.money import format_money, parse_money
from kemidesk.domain.types import Proration
from kemidesk.domain.validation import validate_text

RuleKind = Literal["cents", "int", "decimal", "bool", "enum", "str", "tuple"]

SOURCE_KEMI = "Kemi-lisän julkaistut ehdot"
SOURCE_DEFAULT = "Ohjelman oletus (ei julkaistu)"
DECISION_PREFIX_RE = re.compile(r"[A-ZÅÄÖ]{1,10}")
MAX_TEXT_LENGTH = 60
# ASCII digits only and a bounded length: int() and Decimal() read "²" or Arabic-Indic
# digits, and int() refuses over 4 300 digits with a ValueError.
_INT_RE = re.compile(r"-?[0-9]{1,18}")
_DECIMAL_RE = re.compile(r"-?[0-9]{1,18}(?:\.[0-9]{1,6})?")


@dataclass(frozen=True)
class RuleField:
    """One figure of `RuleSet` as the settings view shows it."""

    name: str
    label: str
    unit: str
    kind: RuleKind
    published: bool  # True: published Kemi-lisä condition or law; False: program default
    source: str = SOURCE_KEMI
    minimum: int | None = 0
    maximum: int | None = None
    help: str = ""


def _f(name: str, label: str, unit: str, kind: RuleKind, published: bool, **kw: Any) -> RuleField:
    if not published:
        kw.setdefault("source", SOURCE_DEFAULT)
    return RuleField(name, label, unit, kind, published, **kw)


RULE_FIELDS: tuple[RuleField, ...] = (
    _f("monthly_max_cents", "Kemi-lisä enintään", "€/kk", "cents", True),
    _f("max_months", "Kemi-lisän enimmäiskesto", "kk", "int", True, minimum=1, maximum=120),
    _f("min_hours_per_week", "Työaika vähintään", "h/vko", "decimal", True, maximum=40),
    _f("min_monthly_wage_cents", "Palkka vähintään", "€/kk", "cents", True),
    _f(
        "min_association_months",
        "Järjestön työsuhteen kesto vähintään",
        "kk",
        "int",
        True,
        maximum=120,
        help="Järjestön työsuhteen tulisi yleensä kestää vähintään näin kauan.",
    ),
    _f(
        "application_deadline_months",
        "Hakemus työsuhteen alkamisesta viimeistään",
        "kk",
        "int",
        True,
        maximum=24,
    ),
    _f("min_tmt_days", "Työmarkkinatukipäiviä vähintään", "pv", "int", True, maximum=10_000),
    _f("youth_age_limit", "Nuori: alle", "v", "int", True, minimum=15, maximum=100),
    _f("bonus_cents", "Työllistämisbonus", "€", "cents", True),
    _f(
        "company_combined_cap_percent",
        "Yritys: palkkatuki ja Kemi-lisä yhteensä enintään",
        "% palkkakustannuksista",
        "int",
        True,
        maximum=100,
    ),
    _f(
        "employer_cost_percent",
        "Arvio lomarahasta ja työnantajamaksuista",
        "% bruttopalkasta",
        "decimal",
        False,
        maximum=100,
        help="Käytetään yrityksen palkkakustannusten arviona, kun todellisia ei ole annettu.",
    ),
    _f(
        "de_minimis_cap_cents",
        "De minimis -tuki enintään",
        "€",
        "cents",
        True,
        source="Komission asetus (EU) 2023/2831",
    ),
    _f(
        "de_minimis_years",
        "De minimis -tarkastelujakso",
        "v",
        "int",
        True,
        minimum=1,
        maximum=10,
        source="Komission asetus (EU) 2023/2831",
    ),
    _f("proration", "Vajaan kuukauden laskenta", "", "enum", False, minimum=None),
    _f("payment_period_months", "Maksatusjakso", "kk", "int", False, minimum=1, maximum=3),
    _f(
        "claim_deadline_months",
        "Maksatushakemus jakson päättymisestä viimeistään",
        "kk",
        "int",
        False,
        maximum=24,
    ),
    _f(
        "recovery_min_cents",
        "Takaisin perimättä jätetään enintään",
        "€",
        "cents",
        False,
        help="Valtionavustuslain (688/2001) 22 §:n mallin mukaan.",
    ),
    _f(
        "appeal_days",
        "Oikaisuvaatimusaika",
        "pv",
        "int",
        True,
        minimum=1,
        maximum=365,
        source="Kuntalaki 410/2015 134 §",
    ),
    _f(
        "letter_delivery_days",
        "Kirje katsotaan saaduksi",
        "pv lähettämisestä",
        "int",
        True,
        maximum=60,
        source="Hallintolaki 434/2003 59 §",
    ),
    _f(
        "email_delivery_days",
        "Sähköposti katsotaan saaduksi",
        "pv lähettämisestä",
        "int",
        True,
        maximum=60,
        source="Kuntalaki 410/2015 139 §",
    ),
    _f(
        "followup_interval_months",
        "Seurantakeskustelujen väli",
        "kk",
        "int",
        False,
        maximum=12,
        help="0 = ei väliarviointeja.",
    ),
    _f(
        "payments_wait_for_appeal",
        "Maksatus vasta oikaisuvaatimusajan jälkeen",
        "",
        "bool",
        False,
        minimum=None,
    ),
    _f(
        "palkkatuki_percents",
        "Palkkatuen prosentit",
        "%",
        "tuple",
        True,
        minimum=1,
        maximum=100,
        source="Laki julkisista työvoima- ja yrityspalveluista",
    ),
    _f("decision_prefix", "Päätösnumeron etuliite", "", "str", False, minimum=None),
    _f("cost_centre", "Kustannuspaikka", "", "str", False, minimum=None),
)

RULE_FIELD_BY_NAME: dict[str, RuleField] = {spec.name: spec for spec in RULE_FIELDS}


def _range_error(spec: RuleField) -> ValidationError:
    if spec.kind == "cents":
        return ValidationError("RULE_VALUE_NEGATIVE", spec.name, label=spec.label)
    if spec.maximum is None:
        return ValidationError(
            "RULE_VALUE_TOO_LOW", spec.name, label=spec.label, minimum=spec.minimum
        )
    return ValidationError(
        "RULE_VALUE_OUT_OF_RANGE",
        spec.name,
        label=spec.label,
        minimum=spec.minimum,
        maximum=spec.maximum,
    )


def _check_range(spec: RuleField, value: int | Decimal) -> None:
    too_low = spec.minimum is not None and value < spec.minimum
    too_high = spec.maximum is not None and value > spec.maximum
    if too_low or too_high:
        raise _range_error(spec)


def _to_int(spec: RuleField, raw: Any) -> int:
    if isinstance(raw, int) and not isinstance(raw, bool):
        return raw
    if isinstance(raw, str) and _INT_RE.fullmatch(raw.strip()):
        return int(raw.strip())
    raise ValidationError("RULE_VALUE_NOT_INTEGER", spec.name, label=spec.label)


def _to_decimal(spec: RuleField, raw: Any) -> Decimal:
    error = ValidationError("RULE_VALUE_NOT_NUMBER", spec.name, label=spec.label)
    if isinstance(raw, bool) or not isinstance(raw, int | float | str | Decimal):
        raise error
    text = str(raw).strip().replace(",", ".")
    if isinstance(raw, str) and not _DECIMAL_RE.fullmatch(text):
        raise error
    try:
        value = Decimal(text)
    except InvalidOperation:
        raise error from None
    if not value.is_finite():
        raise error
    return value


def _to_bool(spec: RuleField, raw: Any) -> bool:
    if isinstance(raw, bool):
        return raw
    text = str(raw).strip().lower()
    if text in ("true", "1", "kyllä", "k"):
        return True
    if text in ("false", "0", "ei", "e"):
        return False
    raise ValidationError("RULE_VALUE_NOT_YES_NO", spec.name, label=spec.label)


def _to_cents(spec: RuleField, raw: Any) -> int:
    if isinstance(raw, str):
        return parse_money(raw, allow_negative=True, field=spec.name)
    return _to_int(spec, raw)


def _to_percents(spec: RuleField, raw: Any) -> tuple[int, ...]:
    items = raw.replace(";", ",").split(",") if isinstance(raw, str) else raw
    if not isinstance(items, list | tuple) or not items:
        raise ValidationError("RULE_VALUE_NO_PERCENTS", spec.name, label=spec.label)
    values = sorted({_to_int(spec, item) for item in items})
    for value in values:
        _check_range(spec, value)
    return tuple(values)


def _to_str(spec: RuleField, raw: Any) -> str:
    if not isinstance(raw, str):
        raise ValidationError("RULE_VALUE_NOT_TEXT", spec.name, label=spec.label)
    text = raw.strip()
    if spec.name == "decision_prefix":
        text = text.upper()
        if not DECISION_PREFIX_RE.fullmatch(text):
            raise ValidationError("RULE_VALUE_PREFIX_INVALID", spec.name, label=spec.label)
    elif len(text) > MAX_TEXT_LENGTH:
        raise ValidationError(
            "RULE_VALUE_TOO_LONG", spec.name, label=spec.label, max_length=MAX_TEXT_LENGTH
        )
    return validate_text(text, spec.name, max_length=MAX_TEXT_LENGTH)


def _to_enum(spec: RuleField, raw: Any) -> Proration:
    try:
        return Proration(raw)
    except (ValueError, TypeError):
        raise ValidationError(
            "RULE_VALUE_NOT_A_CHOICE", spec.name, label=spec.label, choices=list(Proration)
        ) from None


def coerce_value(spec: RuleField, raw: Any) -> Any:
    """Convert an edited or stored value to the field's type; ValidationError when bad."""
    if spec.kind in ("cents", "int", "decimal"):
        number: int | Decimal
        if spec.kind == "cents":
            number = _to_cents(spec, raw)
        elif spec.kind == "int":
            number = _to_int(spec, raw)
        else:
            number = _to_decimal(spec, raw)
        _check_range(spec, number)
        return number
    converters = {"bool": _to_bool, "tuple": _to_percents, "str": _to_str, "enum": _to_enum}
    return converters[spec.kind](spec, raw)


def display_value(spec: RuleField, value: Any) -> str:
    """A rule value as the settings view shows it (Finnish formatting)."""
    if spec.kind == "cents":
        return format_money(int(value))
    if spec.kind == "bool":
        return "kyllä" if value else "ei"
    if spec.kind == "enum":
        return str(Proration(value).label)
    if spec.kind == "tuple":
        return ", ".join(str(v) for v in value)
    if spec.kind == "decimal":
        return str(value).replace(".", ",")
    return str(value)
