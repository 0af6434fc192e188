"""Decision numbers KL-YYYY-NNN: gap-free per year, allocated in the caller's transaction.

This is the one place numbers come from, so that a future office server can take it over.
"""

from __future__ import annotations

from kemidesk.db.models import DecisionSeries
from kemidesk.domain.numbering import format_decision_number
from kemidesk.services.common import audit


def allocate_decision_number(year: int, prefix: str = "KL") -> tuple[str, int, int]:
    """Take the next number of the year. Must run inside the decision's transaction, so that
    a failed decision gives its number back (no gaps)."""
    series, _created = DecisionSeries.get_or_create(prefix=prefix, year=year)
    series.last_seq += 1
    series.save()
    audit(series, "allocate", ["last_seq"])
    return format_decision_number(year, series.last_seq, prefix), year, series.last_seq
