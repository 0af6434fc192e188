from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kemidesk.domain.errors import ValidationError
from kemidesk.domain.money import (
    cents_to_decimal,
    decimal_to_cents,
    format_money,
    parse_money,
    prorate,
    round_half_up,
)

NBSP = "\u00a0"
FAST = settings(max_examples=200, deadline=None)


@pytest.mark.parametrize(
    ("text", "cents"),
    [
        ("1 234,50", 123450),
        ("1234.50", 123450),
        ("1234", 123400),
        ("1 234,50 €", 123450),
        ("1\u00a0234,5", 123450),
        ("1\u202f234,50€", 123450),
        ("  500  ", 50000),
        ("0,05", 5),
        ("0", 0),
        ("100,-", 10000),
        ("1200 EUR", 120000),
        ("007,10", 710),
    ],
)
def test_parse_money_accepts_finnish_and_plain_forms(text: str, cents: int) -> None:
    assert parse_money(text) == cents


@pytest.mark.parametrize(
    "text",
    ["", "   ", "abc", "1,234", "12,345", "1.2.3", "1,2,3", "1 234,5x", ",50", "€", "1e3", "--5"],
)
def test_parse_money_rejects_garbage_and_three_decimals(text: str) -> None:
    with pytest.raises(ValidationError, match="Anna summa muodossa 1 234,50"):
        parse_money(text)


def test_parse_money_rejects_absurdly_large_amounts() -> None:
    with pytest.raises(ValidationError):
        parse_money("1" * 12)
    assert parse_money("9" * 11) == int("9" * 11) * 100


def test_parse_money_negative() -> None:
    with pytest.raises(ValidationError, match="Summa ei voi olla negatiivinen"):
        parse_money("-5,00")
    assert parse_money("-5,00", allow_negative=True) == -500
    assert parse_money("\u22125", allow_negative=True) == -500


def test_parse_money_error_carries_field() -> None:
    with pytest.raises(ValidationError) as info:
        parse_money("x", field="amount")
    assert info.value.field == "amount"


@pytest.mark.parametrize(
    ("cents", "text"),
    [
        (123450, f"1{NBSP}234,50{NBSP}€"),
        (-123450, f"-1{NBSP}234,50{NBSP}€"),
        (0, f"0,00{NBSP}€"),
        (5, f"0,05{NBSP}€"),
        (-5, f"-0,05{NBSP}€"),
        (100_000_000, f"1{NBSP}000{NBSP}000,00{NBSP}€"),
    ],
)
def test_format_money(cents: int, text: str) -> None:
    assert format_money(cents) == text


def test_format_money_without_symbol() -> None:
    assert format_money(123450, symbol=False) == f"1{NBSP}234,50"


@FAST
@given(st.integers(min_value=-(10**13) + 1, max_value=10**13 - 1))
def test_format_parse_round_trip(cents: int) -> None:
    assert parse_money(format_money(cents), allow_negative=True) == cents
    assert parse_money(format_money(cents, symbol=False), allow_negative=True) == cents


@pytest.mark.parametrize(
    ("value", "result"),
    [
        (Decimal("0.5"), 1),
        (Decimal("1.5"), 2),
        (Decimal("2.5"), 3),
        (Decimal("2.4999"), 2),
        (Decimal("-0.5"), -1),
        (Decimal("-2.5"), -3),
        (Decimal("7"), 7),
    ],
)
def test_round_half_up(value: Decimal, result: int) -> None:
    assert round_half_up(value) == result


def test_prorate_examples() -> None:
    assert prorate(50000, 17, 31) == 27419  # 27 419,35
    assert prorate(50000, 14, 31) == 22581  # 22 580,65
    assert prorate(1, 1, 2) == 1  # half rounds up
    assert prorate(3, 1, 2) == 2
    assert prorate(50000, 0, 31) == 0
    assert prorate(50000, 31, 31) == 50000
    assert prorate(-5, 1, 2) == -3


def test_prorate_zero_denominator() -> None:
    with pytest.raises(ValueError, match="denominator"):
        prorate(100, 1, 0)


@FAST
@given(
    st.integers(min_value=-(10**12), max_value=10**12),
    st.integers(min_value=0, max_value=1000),
    st.integers(min_value=1, max_value=1000),
)
def test_prorate_matches_decimal_half_up(amount: int, numerator: int, denominator: int) -> None:
    exact = Decimal(amount * numerator) / Decimal(denominator)
    with_precision = exact.quantize(Decimal("0.000001"))
    assert abs(prorate(amount, numerator, denominator) - exact) <= Decimal("0.5")
    if (abs(with_precision) % 1) != Decimal("0.5"):
        assert prorate(amount, numerator, denominator) == round_half_up(with_precision)


def test_cents_to_decimal_and_back() -> None:
    assert cents_to_decimal(123450) == Decimal("1234.50")
    assert str(cents_to_decimal(5)) == "0.05"
    assert decimal_to_cents(Decimal("1234.505")) == 123451


@FAST
@given(st.integers(min_value=-(10**12), max_value=10**12))
def test_cents_decimal_round_trip(cents: int) -> None:
    assert decimal_to_cents(cents_to_decimal(cents)) == cents
