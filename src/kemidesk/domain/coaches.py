"""Job coaches (työhönvalmentajat): which placements need one, and where a coach's
follow-up work stands. Pure rules; the services read the records.

The source document names the coach's two tasks: orientation at the start of the work, and
support at work for a partially able person ("työhönvalmentajan käyttäminen työhön
perehdytyksessä ja tarvittaessa työssä suoriutumisen tukena … osatyökykyisten
työllistymismahdollisuuksia"). So a placement *needs a coach* when it is running or about to
start, has no coach, and either the person is osatyökykyinen (for the whole placement) or the
placement is in its orientation phase (from `START_AHEAD_DAYS` before the start until
`ORIENTATION_DAYS` after it).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from kemidesk.domain.types import FollowupType

START_AHEAD_DAYS = 14  # a coach is arranged before the first day
ORIENTATION_DAYS = 30  # the first month is orientation (perehdytys)


class CoachNeed:
    """Why a placement needs a coach (codes of the overview line)."""

    PARTIAL_WORK_ABILITY = "partial_work_ability"
    ORIENTATION = "orientation"


def coach_need(
    *,
    has_coach: bool,
    partial_work_ability: bool,
    start: date,
    end: date | None,
    today: date,
) -> str | None:
    """The reason the placement needs a coach now (a `CoachNeed` code), or None."""
    if has_coach or start > today + timedelta(days=START_AHEAD_DAYS):
        return None
    if end is not None and end < today:
        return None  # ended
    if partial_work_ability:
        return CoachNeed.PARTIAL_WORK_ABILITY
    if today <= start + timedelta(days=ORIENTATION_DAYS):
        return CoachNeed.ORIENTATION
    return None


@dataclass(frozen=True, slots=True)
class FollowupState:
    """Where a placement's follow-up talks stand on a day."""

    next_kind: FollowupType | None  # the earliest talk not yet recorded (None: all held)
    next_due: date | None
    overdue: tuple[tuple[FollowupType, date], ...]  # unrecorded talks due before the day
    days_late: int  # how many days the oldest overdue talk is late (0: none)


def is_recorded(kind: FollowupType, position: int, recorded: Sequence[FollowupType]) -> bool:
    """The talk at `position` of the due list is recorded: the final one by a final talk,
    the others by as many start or interim talks as come before it (the overview's rule)."""
    if kind is FollowupType.FINAL:
        return FollowupType.FINAL in recorded
    return sum(1 for t in recorded if t is not FollowupType.FINAL) > position


def followup_state(
    dues: Sequence[tuple[FollowupType, date]],
    recorded: Sequence[FollowupType],
    today: date,
) -> FollowupState:
    """The next unrecorded talk of `dues` (from `followups.followup_due_dates`) and those
    already overdue on `today`."""
    missing = [
        (kind, day)
        for position, (kind, day) in enumerate(dues)
        if not is_recorded(kind, position, recorded)
    ]
    overdue = tuple((kind, day) for kind, day in missing if day < today)
    first = missing[0] if missing else None
    return FollowupState(
        next_kind=first[0] if first else None,
        next_due=first[1] if first else None,
        overdue=overdue,
        days_late=(today - overdue[0][1]).days if overdue else 0,
    )
