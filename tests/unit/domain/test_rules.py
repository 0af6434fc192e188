from __future__ import annotations

import dataclasses
import json
from datetime import date
from decimal import Decimal

import pytest

from kemidesk.domain.errors import FieldErrors, ValidationError
from kemidesk.domain.rule_fields import RULE_FIELD_BY_NAME, coerce_value, display_value
from kemidesk.domain.rules import RULE_FIELDS, RuleBook, RuleSet, RuleVersion, validate_versions
from kemidesk.domain.types import Proration


def test_defaults_match_the_published_conditions() -> None:
    rules = RuleSet()
    assert rules.monthly_max_cents == 50_000
    assert rules.max_months == 12
    assert rules.min_hours_per_week == Decimal("18")
    assert rules.min_monthly_wage_cents == 120_000
    assert rules.min_association_months == 8
    assert rules.application_deadline_months == 1
    assert rules.min_tmt_days == 300
    assert rules.youth_age_limit == 30
    assert rules.bonus_cents == 150_000
    assert rules.company_combined_cap_percent == 50
    assert rules.de_minimis_cap_cents == 30_000_000
    assert rules.de_minimis_years == 3
    assert rules.proration is Proration.CALENDAR_DAYS
    assert rules.payment_period_months == 1
    assert rules.claim_deadline_months == 2
    assert rules.recovery_min_cents == 10_000
    assert (rules.appeal_days, rules.letter_delivery_days, rules.email_delivery_days) == (14, 7, 3)
    assert rules.palkkatuki_percents == (50, 70, 100)
    assert rules.decision_prefix == "KL"
    assert RuleSet.default() == rules


def test_rule_fields_describe_every_field_once() -> None:
    names = [spec.name for spec in RULE_FIELDS]
    assert names == [f.name for f in dataclasses.fields(RuleSet)]
    assert len(set(names)) == len(names)
    for spec in RULE_FIELDS:
        assert spec.label
        assert spec.kind in {
            "cents",
            "int",
            "decimal",
            "bool",
            "enum",
            "str",
            "tuple",
        }
        assert display_value(spec, getattr(RuleSet(), spec.name)) is not None


def test_program_defaults_are_marked_unpublished() -> None:
    unpublished = {spec.name for spec in RULE_FIELDS if not spec.published}
    assert {
        "employer_cost_percent",
        "proration",
        "payment_period_months",
        "claim_deadline_months",
        "recovery_min_cents",
    } <= unpublished
    assert "monthly_max_cents" not in unpublished


def test_to_dict_is_json_safe_and_round_trips() -> None:
    rules = RuleSet().with_overrides(
        {"proration": Proration.WORKING_DAYS, "employer_cost_percent": Decimal("27.5")}
    )
    data = json.loads(json.dumps(rules.to_dict()))
    assert data["proration"] == "working_days"
    assert data["employer_cost_percent"] == "27.5"
    assert data["palkkatuki_percents"] == [50, 70, 100]
    assert RuleSet.from_dict(data) == rules


def test_from_dict_ignores_unknown_keys_and_fills_defaults() -> None:
    rules = RuleSet.from_dict({"max_months": 6, "obsolete_setting": 1})
    assert rules.max_months == 6
    assert rules.monthly_max_cents == 50_000


def test_with_overrides_coerces_text() -> None:
    rules = RuleSet().with_overrides(
        {
            "monthly_max_cents": "600,00 €",
            "max_months": "6",
            "min_hours_per_week": "17,5",
            "payments_wait_for_appeal": "false",
            "palkkatuki_percents": "100, 50",
            "decision_prefix": " tl ",
            "proration": "full_month",
        }
    )
    assert rules.monthly_max_cents == 60_000
    assert rules.max_months == 6
    assert rules.min_hours_per_week == Decimal("17.5")
    assert rules.payments_wait_for_appeal is False
    assert rules.palkkatuki_percents == (50, 100)
    assert rules.decision_prefix == "TL"
    assert rules.proration is Proration.FULL_MONTH


def test_with_overrides_reports_every_bad_field() -> None:
    bad = {
        "monthly_max_cents": -1,
        "payment_period_months": 4,
        "max_months": 0,
        "proration": "weekly",
        "payments_wait_for_appeal": "maybe",
        "palkkatuki_percents": [],
        "decision_prefix": "K-L",
        "min_hours_per_week": "abc",
        "youth_age_limit": True,
        "unknown": 1,
    }
    with pytest.raises(FieldErrors) as info:
        RuleSet().with_overrides(bad)
    assert set(info.value.errors) == set(bad)
    assert info.value.errors["payment_period_months"] == "Maksatusjakso: arvon on oltava 1–3."
    assert "negatiivinen" in info.value.errors["monthly_max_cents"]
    assert isinstance(info.value, ValueError)


@pytest.mark.parametrize("months", [1, 2, 3])
def test_payment_period_range_accepts(months: int) -> None:
    assert (
        RuleSet().with_overrides({"payment_period_months": months}).payment_period_months == months
    )


def test_with_overrides_returns_a_new_object() -> None:
    rules = RuleSet()
    other = rules.with_overrides({"bonus_cents": 180_000})
    assert rules.bonus_cents == 150_000
    assert other.differences(rules) == {"bonus_cents": 180_000}


# --- versions ----------------------------------------------------------------------------

V2025 = RuleVersion(date(2025, 1, 1), date(2025, 12, 31), {"monthly_max_cents": 40_000})
V2026 = RuleVersion(date(2026, 1, 1), None, {"monthly_max_cents": 60_000}, note="Uusi")


def test_rulebook_picks_the_version_in_force() -> None:
    book = RuleBook([V2026, V2025])
    assert book.versions == (V2025, V2026)
    assert book.for_date(date(2024, 12, 31)) == RuleSet()
    assert book.for_date(date(2025, 1, 1)).monthly_max_cents == 40_000
    assert book.for_date(date(2025, 12, 31)).monthly_max_cents == 40_000
    assert book.for_date(date(2026, 1, 1)).monthly_max_cents == 60_000
    assert book.for_date(date(2040, 1, 1)).monthly_max_cents == 60_000
    assert book.version_for(date(2024, 1, 1)) is None
    assert book.version_for(date(2026, 5, 5)) is V2026


def test_versions_are_not_cumulative() -> None:
    first = RuleVersion(date(2025, 1, 1), date(2025, 12, 31), {"max_months": 6})
    second = RuleVersion(date(2026, 1, 1), None, {"bonus_cents": 0})
    rules = RuleBook([first, second]).for_date(date(2026, 6, 1))
    assert rules.max_months == 12
    assert rules.bonus_cents == 0


def test_default_rulebook() -> None:
    assert RuleBook.default().for_date(date(2026, 1, 1)) == RuleSet()
    assert RuleBook.default().versions == ()


def test_validate_versions_finds_problems() -> None:
    assert validate_versions([V2025, V2026]) == []
    backwards = RuleVersion(date(2025, 5, 1), date(2025, 4, 1), {})
    assert "päättymispäivä on ennen alkamispäivää" in validate_versions([backwards])[0].text
    open_ended = RuleVersion(date(2024, 1, 1), None, {})
    overlap = [m.text for m in validate_versions([open_ended, V2025])]
    assert overlap == ["Sääntöversiot 1.1.2024– ja 1.1.2025–31.12.2025 ovat voimassa päällekkäin."]
    same_day = RuleVersion(date(2025, 12, 31), date(2026, 1, 1), {})
    assert len(RuleBook.validate_versions([V2025, same_day])) == 1
    bad_value = RuleVersion(date(2027, 1, 1), None, {"payment_period_months": 9})
    (problem,) = validate_versions([bad_value])
    assert problem.code == "RULE_VERSION_BAD_VALUE"
    assert problem.text == "Sääntöversio 1.1.2027–: Maksatusjakso: arvon on oltava 1–3."


def test_rulebook_rejects_invalid_versions() -> None:
    with pytest.raises(ValidationError, match="päällekkäin"):
        RuleBook([V2026, RuleVersion(date(2026, 6, 1), None, {})])


def test_display_values_are_finnish() -> None:
    rules = RuleSet()
    shown = {spec.name: display_value(spec, getattr(rules, spec.name)) for spec in RULE_FIELDS}
    assert shown["monthly_max_cents"] == "500,00\u00a0€"
    assert shown["payments_wait_for_appeal"] == "kyllä"
    assert shown["proration"] == "Kalenteripäivien mukaan"
    assert shown["palkkatuki_percents"] == "50, 70, 100"
    assert shown["employer_cost_percent"] == "30"
    assert display_value(RULE_FIELD_BY_NAME["min_hours_per_week"], Decimal("17.5")) == "17,5"


@pytest.mark.parametrize(
    ("name", "raw", "value"),
    [
        ("employer_cost_percent", 27.5, Decimal("27.5")),
        ("employer_cost_percent", "27,5", Decimal("27.5")),
        ("min_hours_per_week", 18, Decimal("18")),
        ("payments_wait_for_appeal", "kyllä", True),
        ("payments_wait_for_appeal", 0, False),
        ("palkkatuki_percents", (100, 50, 50), (50, 100)),
        ("recovery_min_cents", "100", 10_000),
        ("recovery_min_cents", 0, 0),
        ("cost_centre", "  4010 Työllisyys ", "4010 Työllisyys"),
        ("followup_interval_months", "0", 0),
    ],
)
def test_coerce_value(name: str, raw: object, value: object) -> None:
    assert coerce_value(RULE_FIELD_BY_NAME[name], raw) == value


@pytest.mark.parametrize(
    ("name", "raw"),
    [
        ("employer_cost_percent", "NaN"),
        ("employer_cost_percent", 101),
        ("min_hours_per_week", "41"),
        ("palkkatuki_percents", [0, 50]),
        ("palkkatuki_percents", "abc"),
        ("cost_centre", 5),
        ("cost_centre", "x" * 61),
        ("max_months", 1.5),
        ("appeal_days", 0),
    ],
)
def test_coerce_value_rejects(name: str, raw: object) -> None:
    with pytest.raises(ValidationError) as info:
        coerce_value(RULE_FIELD_BY_NAME[name], raw)
    assert info.value.field == name
    assert info.value.message.startswith(RULE_FIELD_BY_NAME[name].label)
