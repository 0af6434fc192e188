"""Backups and restore for the window (the command line has the same steps in kemidesk.cli).

The window holds the data folder's lock (db.lock) for its whole life, so its own restore may
replace the file: it closes the database, restores, and opens it again.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from kemidesk.db.backup import backup_database, copy_database, restore_database
from kemidesk.db.connection import close_database, database_proxy
from kemidesk.db.inspect import inspect_database
from kemidesk.db.migrations import HEAD
from kemidesk.db.rotation import AUTO_REASON, auto_backup_due, auto_backup_stamp, to_delete
from kemidesk.db.setup import prepare_database

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RestoreResult:
    saved_current: Path | None  # the backup of the database that was replaced


def backup_now(live: Path, target_dir: Path) -> Path:
    """A consistent copy of the live database (safe while it is open)."""
    return backup_database(live, target_dir, reason="varmuuskopio")


def backup_to(live: Path, target: Path) -> Path:
    """A consistent copy of the live database into the file the user chose (written beside
    it first, then renamed, so a failed copy leaves no half file)."""
    temp = target.with_name(f"{target.name}.tmp")
    temp.unlink(missing_ok=True)
    copy_database(live, temp)
    os.replace(temp, target)
    return target


def check_candidate(path: Path) -> None:
    """Raise DatabaseFileError (Finnish) unless `path` is a sound kemidesk backup."""
    inspect_database(path, HEAD, candidate=True)


def restore_from(source: Path, live: Path, backup_dir: Path) -> RestoreResult:
    """Close the database, replace it with `source`, open it again. The caller holds the
    data folder's lock. On a refused file the old database is opened again unchanged."""
    check_candidate(source)
    close_database()
    try:
        saved = restore_database(source, live, backup_dir, HEAD)
    finally:
        prepare_database(live, backup_dir)
    log.info("database restored from a backup")
    return RestoreResult(saved_current=saved)


def auto_backup(live: Path, backup_dir: Path, now: datetime | None = None) -> Path | None:
    """At most one automatic backup a day (when the window closes), then the rotation:
    7 daily and 4 weekly automatic backups are kept. Returns the new file, or None."""
    now = now or datetime.now()
    if not live.exists() or database_proxy.obj is None:
        return None
    existing = {
        stamp: path
        for path in (backup_dir.glob("kemidesk-*.sqlite3") if backup_dir.is_dir() else [])
        if (stamp := auto_backup_stamp(path)) is not None
    }
    if not auto_backup_due(existing, now.date()):
        return None
    made = backup_database(live, backup_dir, reason=AUTO_REASON, now=now)
    existing[now.replace(microsecond=0)] = made
    for stamp in to_delete(existing):
        existing[stamp].unlink(missing_ok=True)
    log.info("automatic backup made; %d kept", len(existing) - len(to_delete(existing)))
    return made
