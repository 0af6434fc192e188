"""Read-only follow-up queries for the window (the placements list's "late" filter).

The rule of what is due and what counts as recorded is the overview's
(`overview._followups_due`): the same placements are late in the list and on the overview.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from kemidesk.domain.types import FollowupType
from kemidesk.services.overview import _followups_due


@dataclass(frozen=True, slots=True)
class LateFollowup:
    placement_id: int
    followup_type: FollowupType
    due: date
    days_late: int


def late_followups(today: date) -> dict[int, LateFollowup]:
    """Placements whose earliest missing follow-up talk was due before `today`."""
    late: dict[int, LateFollowup] = {}
    for item in _followups_due(today):
        if item.due is None or item.days is None or item.days <= 0:
            continue
        kind = next((t for t in FollowupType if item.detail.startswith(t.label)), None)
        late[item.record_id] = LateFollowup(
            item.record_id, kind or FollowupType.INTERIM, item.due, item.days
        )
    return late
