"""Online backups with SQLite's backup API (consistent under WAL, safe while the app runs),
and restore: copy to a temporary file, verify it, replace the live file atomically."""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

from kemidesk.db.errors import DatabaseFileError
from kemidesk.db.inspect import connect_read_only, inspect_database


def backup_file_name(reason: str, now: datetime | None = None) -> str:
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    return f"kemidesk-{stamp}-{reason}.sqlite3"


def backup_database(
    source: Path, target_dir: Path, reason: str = "backup", now: datetime | None = None
) -> Path:
    """Copy the live database into target_dir; returns the new file's path."""
    target_dir.mkdir(parents=True, exist_ok=True)
    target = target_dir / backup_file_name(reason, now)
    counter = 1
    while target.exists():
        counter += 1
        target = target_dir / backup_file_name(f"{reason}-{counter}", now)
    copy_database(source, target)
    return target


def copy_database(source: Path, target: Path) -> None:
    """A consistent copy through SQLite (reads the source's -wal, never writes the source)."""
    src = connect_read_only(source)
    try:
        dst = sqlite3.connect(str(target))
        try:
            src.backup(dst)
        finally:
            dst.close()
    except BaseException:
        target.unlink(missing_ok=True)
        raise
    finally:
        src.close()


class DatabaseInUseError(DatabaseFileError):
    """Some other connection (another command, a program) has the live database open."""


def _save_current(live: Path, backup_dir: Path, head: int) -> Path | None:
    """Back up the live file before it is replaced; a damaged (or foreign) one is copied byte
    for byte, as it is, for whoever wants to look into it."""
    if not live.exists() or live.stat().st_size == 0:
        return None
    try:
        inspect_database(live, head)
        return backup_database(live, backup_dir, reason="ennen-palautusta")
    except (sqlite3.Error, DatabaseFileError):
        backup_dir.mkdir(parents=True, exist_ok=True)
        target = backup_dir / backup_file_name("ennen-palautusta-raaka")
        for suffix in ("", "-wal"):
            if Path(f"{live}{suffix}").exists():
                shutil.copy2(f"{live}{suffix}", f"{target}{suffix}")
        return target


def _detach_live(live: Path) -> None:
    """Fold the live file's -wal into it and drop -wal/-shm, which only succeeds when no other
    connection has it open (SQLite refuses to leave WAL mode then). A stale -wal left beside
    the restored file would otherwise be replayed into it."""
    if not live.exists() or live.stat().st_size == 0:
        for suffix in ("-wal", "-shm"):
            Path(f"{live}{suffix}").unlink(missing_ok=True)
        return
    try:
        conn = sqlite3.connect(str(live), timeout=0.5)
    except sqlite3.Error:
        return
    try:
        mode = conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise DatabaseInUseError(
                f"Tietokanta {live} on auki toisessa ohjelmassa tai komennossa. "
                "Sulje se ja yritä uudelleen. Mitään ei muutettu."
            ) from exc
        mode = "delete"  # a damaged live file: nobody can use it; it is replaced below
    except sqlite3.DatabaseError:
        mode = "delete"
    finally:
        conn.close()
    if mode != "delete":
        raise DatabaseInUseError(
            f"Tietokanta {live} on auki toisessa ohjelmassa. Sulje se ja yritä uudelleen."
        )
    for suffix in ("-wal", "-shm"):
        Path(f"{live}{suffix}").unlink(missing_ok=True)


def restore_database(backup: Path, live: Path, backup_dir: Path, head: int) -> Path | None:
    """Replace the live database with a backup file. The caller holds the data folder's lock
    (db.lock) and has closed its own connection.

    The candidate is inspected like a live file (ours, undamaged, not newer), copied to a
    temporary file beside the live one, the copy inspected again, the current file backed
    up, and the copy renamed over the live file. Returns the backup of the current file.
    Raises DatabaseFileError (Finnish message) with the live file unchanged.
    """
    inspect_database(backup, head, candidate=True)
    temp = live.with_name(f"{live.name}.palautus-tmp")
    for suffix in ("", "-journal", "-wal", "-shm"):
        Path(f"{temp}{suffix}").unlink(missing_ok=True)
    try:
        copy_database(backup, temp)
        inspect_database(temp, head, candidate=True)
        saved = _save_current(live, backup_dir, head)
        _detach_live(live)
        os.replace(temp, live)
    except sqlite3.Error as exc:
        raise DatabaseFileError(f"Tiedostoa {backup} ei voi palauttaa: {exc}") from exc
    finally:
        with contextlib.suppress(OSError):
            temp.unlink(missing_ok=True)
    return saved
