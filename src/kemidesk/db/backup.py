"""Online backups with SQLite's backup API (consistent under WAL, safe while the app runs)."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from kemidesk.db.connection import check_file_is_sqlite
from kemidesk.db.errors import DatabaseFileError


def backup_file_name(reason: str, now: datetime | None = None) -> str:
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    return f"kemidesk-{stamp}-{reason}.sqlite3"


def backup_database(source: Path, target_dir: Path, reason: str = "backup") -> Path:
    """Copy the live database into target_dir; returns the new file's path."""
    target_dir.mkdir(parents=True, exist_ok=True)
    target = target_dir / backup_file_name(reason)
    counter = 1
    while target.exists():
        counter += 1
        target = target_dir / backup_file_name(f"{reason}-{counter}")
    copy_database(source, target)
    return target


def copy_database(source: Path, target: Path) -> None:
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(str(target))
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()


def restore_database(backup: Path, live: Path) -> None:
    """Replace the live database with a backup file (the caller backs up the live one first)."""
    from kemidesk.db.migrations import inspect_file

    check_file_is_sqlite(backup)
    try:
        inspect_file(backup)  # a foreign file, or one from a newer program, is refused
        verify = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
        try:
            result = verify.execute("PRAGMA quick_check").fetchone()[0]
        finally:
            verify.close()
    except sqlite3.DatabaseError as exc:
        raise ValueError(f"Varmuuskopio {backup} on vioittunut: {exc}") from exc
    except DatabaseFileError as exc:
        raise ValueError(f"Varmuuskopiota {backup} ei voi palauttaa: {exc}") from exc
    if result != "ok":
        raise ValueError(f"Varmuuskopio {backup} on vioittunut: {result}")
    for suffix in ("-wal", "-shm"):
        Path(f"{live}{suffix}").unlink(missing_ok=True)
    copy_database(backup, live)
