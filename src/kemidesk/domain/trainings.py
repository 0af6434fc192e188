"""Rules of the employer trainings and supervision sessions (no I/O): the time of day, counts,
hours, the capacity check and how a typed attendee name is matched to a person on erasure."""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal, InvalidOperation

from kemidesk.domain.errors import ValidationError

CAPACITY_MAX = 1000
COUNT_MAX = 10000
SESSION_HOURS_MAX = Decimal(100)
_TIME_RE = re.compile(r"([01]?[0-9]|2[0-3])[.:]([0-5][0-9])")
_HOURS_RE = re.compile(r"[0-9]{1,3}([.][0-9]{1,2})?")


def validate_time(text: object, field: str | None = None) -> str:
    """A time of day typed as 13.00 or 13:00 → "13.00"; "" when not given."""
    if not isinstance(text, str):
        raise ValidationError("TIME_INVALID", field)
    stripped = text.strip()
    if not stripped:
        return ""
    match = _TIME_RE.fullmatch(stripped)
    if match is None:
        raise ValidationError("TIME_INVALID", field)
    return f"{int(match.group(1)):02d}.{match.group(2)}"


def validate_count(text: object, field: str | None = None, *, maximum: int = COUNT_MAX) -> int:
    """A whole number 0..maximum typed or given ("" is 0)."""
    if isinstance(text, bool):
        raise ValidationError("COUNT_INVALID", field, max=maximum)
    if isinstance(text, int):
        value = text
    elif isinstance(text, str) and not text.strip():
        return 0
    elif isinstance(text, str) and text.strip().isdigit() and len(text.strip()) <= 6:
        value = int(text.strip())
    else:
        raise ValidationError("COUNT_INVALID", field, max=maximum)
    if not 0 <= value <= maximum:
        raise ValidationError("COUNT_INVALID", field, max=maximum)
    return value


def validate_capacity(text: object, field: str | None = None) -> int | None:
    """Seats of a training, 1..CAPACITY_MAX; None (no limit) when not given."""
    if text is None or (isinstance(text, str) and not text.strip()):
        return None
    try:
        value = validate_count(text, field, maximum=CAPACITY_MAX)
    except ValidationError:
        raise ValidationError("CAPACITY_INVALID", field, max=CAPACITY_MAX) from None
    if value < 1:
        raise ValidationError("CAPACITY_INVALID", field, max=CAPACITY_MAX)
    return value


def validate_session_hours(text: object, field: str | None = None) -> Decimal:
    """Hours of a supervision session, more than 0 and at most 100, e.g. "1,5"."""
    if not isinstance(text, str):
        raise ValidationError("SESSION_HOURS_INVALID", field)
    stripped = text.strip().replace(",", ".")
    if not _HOURS_RE.fullmatch(stripped):
        raise ValidationError("SESSION_HOURS_INVALID", field)
    try:
        hours = Decimal(stripped)
    except InvalidOperation:
        raise ValidationError("SESSION_HOURS_INVALID", field) from None
    if not Decimal(0) < hours <= SESSION_HOURS_MAX:
        raise ValidationError("SESSION_HOURS_INVALID", field)
    return hours


def seats_left(capacity: int | None, registered: int) -> int | None:
    """Free seats (None: no limit)."""
    return None if capacity is None else max(capacity - registered, 0)


def fits(capacity: int | None, registered: int, adding: int = 1) -> bool:
    """Whether `adding` more registrations fit in the capacity."""
    return capacity is None or registered + adding <= capacity


def _normal(text: str) -> str:
    folded = unicodedata.normalize("NFC", text).casefold()
    return " ".join(folded.replace(",", " ").split())


def name_matches(typed: str, first_name: str, last_name: str) -> bool:
    """Whether a name typed on an attendance list is this person's ("Maija Mallikas",
    "Mallikas Maija" or "Mallikas, Maija"; case and spacing do not matter)."""
    if not first_name.strip() or not last_name.strip():
        return False
    name = _normal(typed)
    first, last = _normal(first_name), _normal(last_name)
    return name in (f"{first} {last}", f"{last} {first}")
