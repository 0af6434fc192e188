"""A placement's status follows from its dates; only an early end is stored by hand."""

from __future__ import annotations

from datetime import date

import peewee

from kemidesk.db.models import Placement
from kemidesk.domain.types import PlacementStatus


def effective_end(end_date: date | None, actual_end: date | None) -> date | None:
    return actual_end or end_date


def placement_status(
    start: date, end_date: date | None, actual_end: date | None, today: date
) -> PlacementStatus:
    if actual_end is not None and (end_date is None or actual_end < end_date):
        return PlacementStatus.TERMINATED if actual_end < today else PlacementStatus.ACTIVE
    end = effective_end(end_date, actual_end)
    if today < start:
        return PlacementStatus.PLANNED
    if end is not None and today > end:
        return PlacementStatus.ENDED
    return PlacementStatus.ACTIVE


def active_on(day: date) -> peewee.Expression:
    """SQL condition: the placement is running on `day` (portable SQL, no SQLite-isms)."""
    end = peewee.fn.COALESCE(Placement.actual_end_date, Placement.end_date)
    return (Placement.start_date <= day) & (end.is_null() | (end >= day))
