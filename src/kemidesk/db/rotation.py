"""Which automatic backups to keep: pure functions over timestamps (no files, no clock).

At most one automatic backup a day; kept: the newest of each of the 7 most recent days that
have one, and the newest of each of the 4 most recent ISO weeks that have one. Backups made
by hand or before an upgrade/restore are never rotated away.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, datetime
from pathlib import Path

AUTO_REASON = "automaattinen"
DAILY_KEEP = 7
WEEKLY_KEEP = 4
_NAME = re.compile(rf"kemidesk-(\d{{8}}-\d{{6}})-{AUTO_REASON}(?:-\d+)?\.sqlite3")


def auto_backup_stamp(path: Path) -> datetime | None:
    """The time in an automatic backup's name; None for every other file."""
    match = _NAME.fullmatch(path.name)
    if match is None:
        return None
    try:
        return datetime.strptime(match.group(1), "%Y%m%d-%H%M%S")
    except ValueError:
        return None


def auto_backup_due(existing: Iterable[datetime], today: date) -> bool:
    """True when no automatic backup was made today."""
    return all(stamp.date() != today for stamp in existing)


def _group(stamp: datetime, key: str) -> tuple[int, int, int]:
    if key == "day":
        return (stamp.year, stamp.month, stamp.day)
    year, week, _ = stamp.isocalendar()
    return (year, week, 0)


def _newest_per(stamps: list[datetime], key: str, count: int) -> set[datetime]:
    groups: dict[tuple[int, int, int], datetime] = {}
    for stamp in stamps:
        group = _group(stamp, key)
        if group not in groups or stamp > groups[group]:
            groups[group] = stamp
    return {groups[g] for g in sorted(groups, reverse=True)[:count]}


def to_keep(
    stamps: Iterable[datetime], daily: int = DAILY_KEEP, weekly: int = WEEKLY_KEEP
) -> set[datetime]:
    items = sorted(set(stamps))
    return _newest_per(items, "day", daily) | _newest_per(items, "week", weekly)


def to_delete(
    stamps: Iterable[datetime], daily: int = DAILY_KEEP, weekly: int = WEEKLY_KEEP
) -> set[datetime]:
    items = set(stamps)
    return items - to_keep(items, daily, weekly)
