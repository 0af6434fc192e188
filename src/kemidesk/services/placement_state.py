"""A placement's status follows from its dates; only an early end is stored by hand."""

from __future__ import annotations

from datetime import date

import peewee

from kemidesk.db.models import Placement
from kemidesk.domain.lifecycle import effective_end, placement_status

__all__ = ["active_on", "effective_end", "placement_status"]


def active_on(day: date) -> peewee.Expression:
    """SQL condition: the placement is running on `day` (portable SQL, no SQLite-isms)."""
    end = peewee.fn.COALESCE(Placement.actual_end_date, Placement.end_date)
    return (Placement.start_date <= day) & (end.is_null() | (end >= day))
