"""Decision numbers such as KL-2026-001 (prefix, year, running number of the year) and
payment batch numbers such as ME-12."""

from __future__ import annotations

import re

from kemidesk.domain.errors import ValidationError

_NUMBER_RE = re.compile(r"^([A-ZÅÄÖ]{1,10})-(\d{4})-(\d{3,})$")


def format_decision_number(year: int, seq: int, prefix: str = "KL") -> str:
    """KL-2026-001: at least three digits, more when the year has over 999 decisions."""
    if seq < 1 or not 1000 <= year <= 9999:
        raise ValueError("year must have four digits and seq must be positive")
    return f"{prefix}-{year}-{seq:03d}"


def parse_decision_number(text: str, field: str | None = None) -> tuple[str, int, int]:
    """ "KL-2026-001" → ("KL", 2026, 1)."""
    match = _NUMBER_RE.match(text.strip().upper())
    if match is None or int(match.group(3)) < 1:
        raise ValidationError("DECISION_NUMBER_INVALID", field)
    return match.group(1), int(match.group(2)), int(match.group(3))


BATCH_PREFIX = "ME"


def format_batch_number(batch_id: int | None) -> str:
    """ME-12: the one name of a payment batch in the window, on paper and in file names;
    "" for None (a payment not in a batch)."""
    return "" if batch_id is None else f"{BATCH_PREFIX}-{batch_id}"
