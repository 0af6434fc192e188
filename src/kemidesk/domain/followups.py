"""When follow-up talks and outcome checks are due."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from kemidesk.domain.dates import add_months
from kemidesk.domain.types import FollowupType, OutcomeCheckpoint

if TYPE_CHECKING:  # the rules (and the validators they import) are not needed to compute
    from kemidesk.domain.rules import RuleSet

START_TALK_DAYS = 14  # the start talk is held within two weeks of the start


def followup_due_dates(start: date, end: date, rules: RuleSet) -> list[tuple[FollowupType, date]]:
    """START within 14 days of the start, INTERIM every `followup_interval_months`
    (before the end), FINAL on the last day."""
    if end < start:
        return []
    dues: list[tuple[FollowupType, date]] = [
        (FollowupType.START, min(start + timedelta(days=START_TALK_DAYS), end))
    ]
    interval = rules.followup_interval_months
    if interval > 0:
        step = 1
        while (due := add_months(start, step * interval)) < end:
            dues.append((FollowupType.INTERIM, due))
            step += 1
    dues.append((FollowupType.FINAL, end))
    return dues


def outcome_check_dates(end: date) -> list[tuple[OutcomeCheckpoint, date]]:
    """Outcome checks at the end of the placement and 3 and 6 months later."""
    return [
        (OutcomeCheckpoint.END, end),
        (OutcomeCheckpoint.PLUS_3, add_months(end, 3)),
        (OutcomeCheckpoint.PLUS_6, add_months(end, 6)),
    ]
