"""Read-only follow-up queries for the window (the placements list's "late" filter).

The rule of what is due and what counts as recorded is the overview's
(`overview.missing_followups`): the same placements are late in the list and on the overview.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from kemidesk.domain.types import FollowupType
from kemidesk.services.overview import missing_followups


@dataclass(frozen=True, slots=True)
class LateFollowup:
    placement_id: int
    followup_type: FollowupType
    due: date
    days_late: int


def late_followups(today: date) -> dict[int, LateFollowup]:
    """Placements whose earliest missing follow-up talk was due before `today`."""
    return {
        m.placement_id: LateFollowup(m.placement_id, m.followup_type, m.due, m.days_late)
        for m in missing_followups(today)
        if m.days_late > 0
    }
