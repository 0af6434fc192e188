"""Every validator takes anything a user can type or paste and either returns a value or
raises ValidationError, never anything else (no ValueError from int(), no OverflowError
from date arithmetic, no UnicodeEncodeError later when the value is stored)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from decimal import Decimal
from typing import Any

import peewee
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kemidesk.db import models
from kemidesk.domain import dates, money, rule_fields
from kemidesk.domain import validation as v
from kemidesk.domain.errors import ValidationError
from kemidesk.domain.rules import RuleSet
from kemidesk.domain.schedule import build_schedule, calendar_months, months_equivalent
from tests.unit.domain.fuzz import (
    FUZZ_COUNTS,
    FUZZ_SETTINGS,
    any_date,
    date_or_junk,
    outcome,
    user_text,
)

VALIDATORS: dict[str, Callable[[str], Any]] = {
    "validate_required": lambda t: v.validate_required(t, "Nimi"),
    "validate_text": lambda t: v.validate_text(t, max_length=255),
    "validate_business_id": v.validate_business_id,
    "validate_association_number": v.validate_association_number,
    "validate_hetu": v.validate_hetu,
    "hetu_birth_date": v.hetu_birth_date,
    "validate_iban": v.validate_iban,
    "validate_bic": v.validate_bic,
    "validate_postcode": v.validate_postcode,
    "validate_email": v.validate_email,
    "validate_phone": v.validate_phone,
    "validate_tmt_days": v.validate_tmt_days,
    "validate_money": v.validate_money,
    "parse_money_negative": lambda t: money.parse_money(t, allow_negative=True),
    "validate_hours": v.validate_hours,
    "validate_percent": lambda t: v.validate_percent(t, (50, 70, 100)),
    "finnish_reference": v.finnish_reference,
    "validate_reference": v.validate_reference,
    "parse_date": dates.parse_date,
}
for _spec in rule_fields.RULE_FIELDS:
    VALIDATORS[f"rule:{_spec.name}"] = lambda t, spec=_spec: rule_fields.coerce_value(spec, t)


@pytest.fixture(scope="module", autouse=True)
def _report_counts() -> Iterator[None]:
    yield
    mine = {k: n for k, n in FUZZ_COUNTS.items() if not k.startswith("service:")}
    print(f"\nvalidator fuzz: {sum(mine.values())} inputs over {len(mine)} validators")
    for name, count in sorted(mine.items()):
        print(f"  {name}: {count}")


def _storable(value: Any) -> None:
    """A returned text can be written to SQLite (UTF-8) as it is."""
    if isinstance(value, str):
        value.encode("utf-8")


@pytest.mark.parametrize("name", sorted(VALIDATORS))
@settings(FUZZ_SETTINGS, max_examples=300)
@given(text=user_text)
def test_validator_returns_a_value_or_raises_validation_error(name: str, text: str) -> None:
    FUZZ_COUNTS[name] += 1
    value, error = outcome(lambda: VALIDATORS[name](text), ValidationError)
    if error is not None:
        assert error.message  # a template exists and renders
        return
    _storable(value)
    if isinstance(value, int) and not isinstance(value, bool):
        assert abs(value) < 10**16
    if isinstance(value, Decimal):
        assert value.is_finite()
    if isinstance(value, date):
        assert dates.DATE_MIN <= value <= dates.DATE_MAX


@FUZZ_SETTINGS
@given(text=user_text, limit=st.integers(0, 300))
def test_validate_text_bounds_and_cleans(text: str, limit: int) -> None:
    FUZZ_COUNTS["validate_text_limits"] += 1
    value, error = outcome(lambda: v.validate_text(text, max_length=limit), ValidationError)
    if error is not None:
        assert error.code in ("TEXT_UNSTORABLE", "TEXT_TOO_LONG")
        return
    assert len(value) <= limit
    value.encode("utf-8")
    assert value == value.strip()


@FUZZ_SETTINGS
@given(value=date_or_junk)
def test_check_date_accepts_only_dates_in_range(value: Any) -> None:
    FUZZ_COUNTS["check_date"] += 1
    checked, error = outcome(
        lambda: dates.check_date(value, "start_date", required=False), ValidationError
    )
    if error is not None:
        assert error.field == "start_date"
        return
    assert checked is None or dates.DATE_MIN <= checked <= dates.DATE_MAX


@FUZZ_SETTINGS
@given(start=any_date, end=any_date, months=st.integers(-200, 200))
def test_date_arithmetic_never_overflows(start: date, end: date, months: int) -> None:
    FUZZ_COUNTS["schedule"] += 1
    rules = RuleSet()
    _, error = outcome(lambda: dates.add_months(start, months), ValidationError)
    assert error is None or error.code == "DATE_OUT_OF_RANGE"
    if (end - start).days > 3 * 366:  # a long period only costs time, not correctness
        end = start
    for call in (
        lambda: build_schedule(start, end, 50000, rules),
        lambda: calendar_months(start, end),
        lambda: months_equivalent(start, end, rules),
    ):
        _, error = outcome(call, ValidationError)
        assert error is None or error.code == "DATE_OUT_OF_RANGE"


def test_far_dates_give_a_finnish_message() -> None:
    with pytest.raises(ValidationError) as caught:
        build_schedule(date(9999, 12, 1), date(9999, 12, 31), 50000, RuleSet())
    assert caught.value.message == "Päivämäärän on oltava välillä 1.1.1900–31.12.2100."
    with pytest.raises(ValidationError):
        dates.add_months(date(9999, 12, 31), 1)


@pytest.mark.parametrize(
    ("text", "validator"),
    [
        ("²", v.validate_tmt_days),
        ("٣٠٠", v.validate_tmt_days),
        ("３００", v.validate_tmt_days),
        ("9" * 5000, v.validate_tmt_days),
        ("0" * 5000 + "1", v.validate_money),
        ("٣٧,٥", v.validate_hours),
        ("٧٠", lambda t: v.validate_percent(t, (50, 70, 100))),
        ("0" * 5000 + "70", lambda t: v.validate_percent(t, (50, 70, 100))),
        ("١.٢.٢٠٢٦", dates.parse_date),
        ("1.1.9999", dates.parse_date),
        ("Nimi\udc80", lambda t: v.validate_required(t, "Nimi")),
        ("x" * 256, lambda t: v.validate_required(t, "Nimi")),
    ],
)
def test_reported_inputs_are_validation_errors(text: str, validator: Any) -> None:
    with pytest.raises(ValidationError):
        validator(text)


def test_text_limits_match_the_models() -> None:
    """Every limit of a one-line field fits its column; every entry names a real text column."""
    for key, limit in v.TEXT_LIMITS.items():
        model_name, column = key.split(".")
        model_field = getattr(models, model_name)._meta.fields[column]
        if isinstance(model_field, peewee.TextField):
            assert limit >= v.LINE_MAX, key
        else:
            assert isinstance(model_field, peewee.CharField), key
            assert limit <= model_field.max_length, key
