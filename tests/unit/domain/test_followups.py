from __future__ import annotations

from datetime import date

from kemidesk.domain.followups import followup_due_dates, outcome_check_dates
from kemidesk.domain.rules import RuleSet
from kemidesk.domain.types import FollowupType, OutcomeCheckpoint

RULES = RuleSet()


def test_followups_for_a_year() -> None:
    dues = followup_due_dates(date(2026, 3, 15), date(2027, 3, 14), RULES)
    assert dues == [
        (FollowupType.START, date(2026, 3, 29)),
        (FollowupType.INTERIM, date(2026, 6, 15)),
        (FollowupType.INTERIM, date(2026, 9, 15)),
        (FollowupType.INTERIM, date(2026, 12, 15)),
        (FollowupType.FINAL, date(2027, 3, 14)),
    ]


def test_interim_on_the_last_day_is_left_to_the_final_talk() -> None:
    dues = followup_due_dates(date(2026, 1, 1), date(2026, 4, 1), RULES)
    assert [t for t, _ in dues] == [FollowupType.START, FollowupType.FINAL]


def test_short_placement() -> None:
    dues = followup_due_dates(date(2026, 3, 1), date(2026, 3, 10), RULES)
    assert dues == [
        (FollowupType.START, date(2026, 3, 10)),
        (FollowupType.FINAL, date(2026, 3, 10)),
    ]
    assert followup_due_dates(date(2026, 3, 10), date(2026, 3, 1), RULES) == []


def test_interval_from_the_rules() -> None:
    monthly = followup_due_dates(
        date(2026, 1, 1), date(2026, 6, 30), RuleSet(followup_interval_months=1)
    )
    assert len([t for t, _ in monthly if t is FollowupType.INTERIM]) == 5
    none = followup_due_dates(
        date(2026, 1, 1), date(2026, 12, 31), RuleSet(followup_interval_months=0)
    )
    assert [t for t, _ in none] == [FollowupType.START, FollowupType.FINAL]


def test_outcome_checks() -> None:
    assert outcome_check_dates(date(2026, 8, 31)) == [
        (OutcomeCheckpoint.END, date(2026, 8, 31)),
        (OutcomeCheckpoint.PLUS_3, date(2026, 11, 30)),
        (OutcomeCheckpoint.PLUS_6, date(2027, 2, 28)),
    ]
