"""Whether the database file was closed cleanly last time, so that opening it may skip the
page-by-page `PRAGMA quick_check` (the largest part of the window's start on a big file).

Closing the last connection of a WAL database checkpoints the log into the file and deletes
the `-wal` and `-shm` files. Right after that, `close_database()` writes a small marker beside
the file: its size, modification time and header, and the day the contents were last checked
page by page. Opening trusts the file without the page check only when

- the marker is there and the file's size, modification time and header are the same as
  written (nothing has touched the file since, not a copy, a restore or a crash),
- there is no `-wal` or `-shm` file (no connection was left open, none crashed), and
- the last page check is at most `CHECK_EVERY_DAYS` old,

and removes the marker before anything is written, so a crash from then on leaves no marker
and the next start checks every page again. Everything else (not ours, newer, truncated)
is still checked on every open.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from datetime import date, timedelta
from pathlib import Path

CHECK_EVERY_DAYS = 7
SUFFIX = ".suljettu-siististi"

# The day of the last page check of each open file, carried from its open to its close.
_checked_on: dict[str, date] = {}


def marker_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + SUFFIX)


def _fingerprint(db_path: Path) -> dict[str, object] | None:
    try:
        stat = db_path.stat()
        with db_path.open("rb") as handle:
            header = handle.read(100)
    except OSError:
        return None
    return {
        "size": stat.st_size,
        "mtime_ns": stat.st_mtime_ns,
        "header": hashlib.sha256(header).hexdigest(),
    }


def _log_files_exist(db_path: Path) -> bool:
    return any(Path(f"{db_path}{suffix}").exists() for suffix in ("-wal", "-shm", "-journal"))


def trusted(db_path: Path, today: date | None = None) -> bool:
    """True when the file was closed cleanly, is untouched since, and its pages were checked
    within `CHECK_EVERY_DAYS`: opening may skip the page check."""
    today = today or date.today()
    try:
        saved = json.loads(marker_path(db_path).read_text(encoding="utf-8"))
        checked = date.fromisoformat(saved["checked"])
        same = {k: saved[k] for k in ("size", "mtime_ns", "header")} == _fingerprint(db_path)
    except (OSError, ValueError, KeyError, TypeError):
        return False
    if not same or _log_files_exist(db_path):
        return False
    if not today - timedelta(days=CHECK_EVERY_DAYS) < checked <= today:
        return False
    _checked_on[str(db_path)] = checked
    return True


def opened(db_path: Path, checked_now: bool, today: date | None = None) -> None:
    """Called when the file is opened for writing: forget the marker (a crash from now on must
    lead to a page check) and remember when the pages were last checked."""
    if checked_now:
        _checked_on[str(db_path)] = today or date.today()
    with contextlib.suppress(OSError):
        marker_path(db_path).unlink(missing_ok=True)


def closed(db_path: Path) -> bool:
    """Called after the last connection was closed: write the marker when the close was clean
    (the log folded into the file and removed). Returns whether it was written."""
    checked = _checked_on.pop(str(db_path), None)
    if checked is None or _log_files_exist(db_path):
        return False
    fingerprint = _fingerprint(db_path)
    if fingerprint is None:
        return False
    marker = marker_path(db_path)
    temp = marker.with_name(marker.name + ".tmp")
    try:
        temp.write_text(json.dumps({**fingerprint, "checked": checked.isoformat()}), "utf-8")
        os.replace(temp, marker)
    except OSError:
        with contextlib.suppress(OSError):
            temp.unlink(missing_ok=True)
        return False
    return True
