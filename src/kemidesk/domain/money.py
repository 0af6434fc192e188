"""Money as integer cents: parsing, formatting, rounding half up and proration."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal

from kemidesk.domain.errors import ValidationError

NBSP = "\u00a0"
# Largest accepted amount: 99 999 999 999,99 € keeps every sum well inside 64-bit integers.
MAX_EURO_DIGITS = 11
# Longest cleaned input looked at (leading zeros included): int() is never given a huge
# digit string (Python refuses over 4 300 digits with a ValueError).
MAX_MONEY_CHARS = 40

# ASCII digits only ("\d" would accept "²", Arabic-Indic or fullwidth digits).
_MONEY_RE = re.compile(r"^(?P<sign>-?)(?P<euros>[0-9]+)(?:[.,](?P<cents>[0-9]{1,2}|-))?$")
_STRIP_RE = re.compile(r"[\s\u00a0\u202f\u2009€]|EUR$", re.IGNORECASE)


def parse_money(text: str, *, allow_negative: bool = False, field: str | None = None) -> int:
    """Parse user input such as "1 234,50 €", "1234.50" or "1234" into cents.

    Spaces (also no-break and thin spaces), the euro sign and a trailing "EUR" are ignored.
    Either a comma or a dot is the decimal separator; at most two decimals; "100,-" is 100 €.
    """
    if not isinstance(text, str):
        raise ValidationError("MONEY_FORMAT", field)
    cleaned = _STRIP_RE.sub("", text.strip()).replace("\u2212", "-")
    match = _MONEY_RE.match(cleaned) if len(cleaned) <= MAX_MONEY_CHARS else None
    if match is None or len(match.group("euros").lstrip("0")) > MAX_EURO_DIGITS:
        raise ValidationError("MONEY_FORMAT", field)
    decimals = match.group("cents")
    cents_text = "00" if decimals in (None, "-") else decimals.ljust(2, "0")
    cents = int(match.group("euros")) * 100 + int(cents_text)
    if match.group("sign"):
        cents = -cents
    if cents < 0 and not allow_negative:
        raise ValidationError("MONEY_NEGATIVE", field)
    return cents


def format_money(cents: int, *, symbol: bool = True) -> str:
    """123450 → "1 234,50 €" with no-break spaces as thousands separator and before €."""
    sign = "-" if cents < 0 else ""
    euros, rest = divmod(abs(cents), 100)
    grouped = f"{euros:,}".replace(",", NBSP)
    text = f"{sign}{grouped},{rest:02d}"
    return f"{text}{NBSP}€" if symbol else text


def round_half_up(value: Decimal) -> int:
    """Round to the nearest integer, halves away from zero (the usual Finnish rounding)."""
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def prorate(amount_cents: int, numerator: int, denominator: int) -> int:
    """amount × numerator / denominator rounded half up, computed exactly with integers."""
    if denominator == 0:
        raise ValueError("denominator must not be zero")
    product = amount_cents * numerator
    negative = (product < 0) != (denominator < 0)
    quotient, remainder = divmod(abs(product), abs(denominator))
    if 2 * remainder >= abs(denominator):
        quotient += 1
    return -quotient if negative else quotient


def cents_to_decimal(cents: int) -> Decimal:
    """Cents as a Decimal number of euros with two decimals: 123450 → Decimal("1234.50")."""
    return Decimal(cents).scaleb(-2)


def decimal_to_cents(euros: Decimal) -> int:
    """Euros as a Decimal → cents, rounded half up."""
    return round_half_up(euros * 100)
