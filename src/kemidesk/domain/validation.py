"""Validators for user input.

Every validator takes the raw text of a form field and returns the normalised value, or
raises `ValidationError` with the code of a short Finnish message. Optional fields accept "" and
return "". `error_of` turns a validator into a live check for the UI.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from stdnum import bic, iban
from stdnum.exceptions import ValidationError as StdnumError
from stdnum.fi import associationid, hetu, ytunnus

from kemidesk.domain.errors import ValidationError
from kemidesk.domain.money import parse_money

HETU_CENTURIES: dict[str, int] = {"+": 1800}
HETU_CENTURIES.update(dict.fromkeys("-YXWVU", 1900))
HETU_CENTURIES.update(dict.fromkeys("ABCDEF", 2000))

_EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s.]+(?:\.[^@\s.]+)*\.[A-Za-z]{2,}$")
_PHONE_RE = re.compile(r"^\+?[\d\s()-]+$")
_HOURS_RE = re.compile(r"^\d{1,2}(?:[.,]\d{1,2})?$")

Validator = Callable[[str], Any]


def error_of(validator: Validator, text: str) -> str | None:
    """The Finnish message when `validator` rejects `text`, else None (for live validation;
    the window uses `kemidesk.ui.errors.check_text`, which translates it)."""
    try:
        validator(text)
    except ValidationError as exc:
        return exc.message
    return None


def validate_required(text: str, label: str, field: str | None = None) -> str:
    stripped = text.strip()
    if not stripped:
        raise ValidationError("REQUIRED", field, label=label)
    return stripped


def validate_business_id(text: str, field: str | None = None) -> str:
    """Y-tunnus → "1234567-8"."""
    try:
        return str(ytunnus.format(ytunnus.validate(text.strip())))
    except StdnumError:
        raise ValidationError("BUSINESS_ID_INVALID", field) from None


def validate_association_number(text: str, field: str | None = None) -> str:
    """Registered association number (yhdistysrekisterinumero) → "123.456"; optional."""
    if not text.strip():
        return ""
    try:
        return str(associationid.format(associationid.validate(text.strip())))
    except StdnumError:
        raise ValidationError("ASSOCIATION_NUMBER_INVALID", field) from None


def validate_hetu(text: str, field: str | None = None) -> str:
    """Personal identity code, upper case; optional. Accepts the 2023 century signs
    (- Y X W V U for the 1900s, A B C D E F for the 2000s, + for the 1800s) and the
    temporary identifiers 900–999 used before a permanent code is given."""
    compact = text.strip().upper()
    if not compact:
        return ""
    try:
        return str(hetu.validate(compact, allow_temporary=True))
    except StdnumError:
        raise ValidationError("HETU_INVALID", field) from None


def hetu_birth_date(code: str) -> date:
    """Birth date encoded in a valid HETU."""
    valid = validate_hetu(code)
    if not valid:
        raise ValidationError("HETU_INVALID")
    century = HETU_CENTURIES[valid[6]]
    return date(century + int(valid[4:6]), int(valid[2:4]), int(valid[0:2]))


def mask_hetu(code: str) -> str:
    """Show only the birth date part: "010190-123A" → "010190-****"; "" when empty."""
    stripped = code.strip()
    if not stripped:
        return ""
    return stripped[:7] + "****"


def validate_iban(text: str, field: str | None = None) -> str:
    """IBAN in compact upper case ("FI2112345600000785")."""
    if not text.strip():
        raise ValidationError("IBAN_REQUIRED", field)
    try:
        return str(iban.validate(text))
    except StdnumError:
        raise ValidationError("IBAN_INVALID", field) from None


def format_iban(number: str) -> str:
    """Groups of four for display: "FI21 1234 5600 0007 85"."""
    compact = "".join(number.split()).upper()
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def validate_bic(text: str, field: str | None = None) -> str:
    """BIC (SWIFT) code, compact upper case; optional."""
    if not text.strip():
        return ""
    try:
        return str(bic.validate(text))
    except StdnumError:
        raise ValidationError("BIC_INVALID", field) from None


def validate_postcode(text: str, field: str | None = None) -> str:
    stripped = text.strip()
    if len(stripped) != 5 or not stripped.isascii() or not stripped.isdigit():
        raise ValidationError("POSTCODE_INVALID", field)
    return stripped


def validate_email(text: str, field: str | None = None) -> str:
    """A pragmatic e-mail check (something@domain.tld); optional."""
    stripped = text.strip()
    if not stripped:
        return ""
    if not _EMAIL_RE.match(stripped):
        raise ValidationError("EMAIL_INVALID", field)
    return stripped


def validate_phone(text: str, field: str | None = None) -> str:
    """Finnish or international number: digits, spaces, "-", "()" and a leading "+",
    6–15 digits. Returned trimmed with runs of spaces collapsed; optional."""
    stripped = " ".join(text.split())
    if not stripped:
        return ""
    digits = sum(ch.isdigit() for ch in stripped)
    if not _PHONE_RE.match(stripped) or not stripped.isascii() or not 6 <= digits <= 15:
        raise ValidationError("PHONE_INVALID", field)
    return stripped


def validate_date_order(
    start: date | None,
    end: date | None,
    *,
    start_label: str | None = None,
    end_label: str | None = None,
    field: str | None = None,
) -> None:
    """Raise when end is before start; missing dates are not checked here. Without labels
    the message speaks of the start and end date."""
    if start is None or end is None or end >= start:
        return
    if start_label is None or end_label is None:
        raise ValidationError("END_BEFORE_START", field)
    raise ValidationError(
        "END_BEFORE_START_NAMED", field, start_label=start_label.lower(), end_label=end_label
    )


def validate_tmt_days(text: str, field: str | None = None) -> int | None:
    """Days of työmarkkinatuki received; empty means not known."""
    text = text.strip()
    if not text:
        return None
    if not text.isdigit() or int(text) > 5000:
        raise ValidationError("TMT_DAYS_INVALID", field)
    return int(text)


def validate_money(text: str, field: str | None = None) -> int:
    """Non-negative amount in cents."""
    return parse_money(text, field=field)


def validate_hours(text: str, field: str | None = None) -> Decimal:
    """Weekly working hours 1–40, comma or dot as decimal separator, at most 2 decimals."""
    stripped = text.strip().replace(",", ".")
    if not _HOURS_RE.match(stripped):
        raise ValidationError("HOURS_INVALID", field)
    try:
        hours = Decimal(stripped)
    except InvalidOperation:
        raise ValidationError("HOURS_INVALID", field) from None
    if not Decimal(1) <= hours <= Decimal(40):
        raise ValidationError("HOURS_INVALID", field)
    return hours


def validate_percent(value: str | int, allowed: Iterable[int], field: str | None = None) -> int:
    """One of the allowed percentages (e.g. the palkkatuki percentages 50, 70, 100)."""
    options = sorted(set(allowed))
    if isinstance(value, bool):
        raise ValidationError("PERCENT_NOT_ALLOWED", field, allowed=options)
    text = str(value).strip().removesuffix("%").strip()
    if not text.isascii() or not text.isdigit() or int(text) not in options:
        raise ValidationError("PERCENT_NOT_ALLOWED", field, allowed=options)
    return int(text)


def _reference_check_digit(base: str) -> int:
    weights = (7, 3, 1)
    total = sum(int(ch) * weights[i % 3] for i, ch in enumerate(reversed(base)))
    return (10 - total % 10) % 10


def finnish_reference(base: str) -> str:
    """Finnish bank reference number (viitenumero): base of 3–19 digits + 7-3-1 check digit."""
    compact = "".join(base.split())
    if not (compact.isascii() and compact.isdigit() and 3 <= len(compact) <= 19):
        raise ValidationError("REFERENCE_INVALID")
    return compact + str(_reference_check_digit(compact))


def format_reference(reference: str) -> str:
    """Groups of five from the right, as printed on Finnish bills: "12 34561"."""
    compact = "".join(reference.split())
    head = len(compact) % 5
    groups = [compact[:head]] if head else []
    groups += [compact[i : i + 5] for i in range(head, len(compact), 5)]
    return " ".join(groups)


def validate_reference(text: str, field: str | None = None) -> str:
    """Finnish reference number (4–20 digits, check digit), returned compact; optional."""
    compact = "".join(text.split())
    if not compact:
        return ""
    valid = compact.isascii() and compact.isdigit() and 4 <= len(compact) <= 20
    if not valid or _reference_check_digit(compact[:-1]) != int(compact[-1]):
        raise ValidationError("REFERENCE_INVALID", field)
    return compact
