"""Automatic backups: at most one a day; 7 daily and 4 weekly kept; others never touched."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from kemidesk.db.rotation import (
    auto_backup_due,
    auto_backup_stamp,
    to_delete,
    to_keep,
)


def daily(days: int, start: datetime = datetime(2026, 11, 1, 16, 30)) -> list[datetime]:
    return [start + timedelta(days=i) for i in range(days)]


def test_due_once_a_day() -> None:
    made = [datetime(2026, 11, 30, 17, 0)]
    assert not auto_backup_due(made, date(2026, 11, 30))
    assert auto_backup_due(made, date(2026, 12, 1))
    assert auto_backup_due([], date(2026, 12, 1))


def test_a_week_of_dailies_are_all_kept() -> None:
    assert to_delete(daily(7)) == set()


def test_sixty_days_keep_seven_daily_and_four_weekly() -> None:
    stamps = daily(60)  # 1.11.2026 … 30.12.2026, one a day
    kept = sorted(to_keep(stamps))
    last_seven = stamps[-7:]
    assert set(last_seven) <= set(kept)
    older = [k for k in kept if k not in last_seven]
    # the newest of each of the 4 newest ISO weeks: 3 are already among the last seven days
    weeks = {tuple(k.isocalendar())[:2] for k in kept}
    assert len(weeks) >= 4
    assert len(kept) <= 7 + 4
    assert all(k.weekday() == 6 for k in older), "a week's newest backup is its Sunday's"
    assert to_delete(stamps) == set(stamps) - set(kept)


def test_same_day_keeps_only_the_newest() -> None:
    morning, evening = datetime(2026, 12, 1, 8, 0), datetime(2026, 12, 1, 18, 0)
    assert to_delete([morning, evening]) == {morning}


def test_names() -> None:
    assert auto_backup_stamp(Path("kemidesk-20261201-170000-automaattinen.sqlite3")) == datetime(
        2026, 12, 1, 17, 0
    )
    assert auto_backup_stamp(Path("kemidesk-20261201-170000-automaattinen-2.sqlite3"))
    assert auto_backup_stamp(Path("kemidesk-20261201-170000-varmuuskopio.sqlite3")) is None
    assert auto_backup_stamp(Path("kemidesk-20261201-170000-ennen-palautusta.sqlite3")) is None
    assert auto_backup_stamp(Path("kemidesk-20261399-170000-automaattinen.sqlite3")) is None


@given(
    st.lists(
        st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2030, 1, 1)),
        max_size=80,
    )
)
def test_rotation_properties(stamps: list[datetime]) -> None:
    kept = to_keep(stamps)
    assert kept <= set(stamps)
    assert len(kept) <= 7 + 4
    if stamps:
        assert max(stamps) in kept, "the newest backup is always kept"
    days = {s.date() for s in stamps}
    assert len({k.date() for k in kept}) >= min(7, len(days))
    assert to_keep(kept) == kept, "rotating twice deletes nothing more"
