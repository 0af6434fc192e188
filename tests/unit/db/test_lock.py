"""The data folder's lock: exclusive, names its holder, gone with its holder."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from kemidesk.db.lock import FolderLock, Holder, LockHeldError, read_holder


def test_second_lock_is_refused_naming_the_holder(tmp_path: Path) -> None:
    with FolderLock(tmp_path, "window"):
        holder = read_holder(tmp_path)
        assert holder is not None and holder.pid == os.getpid() and holder.purpose == "window"
        with pytest.raises(LockHeldError) as info:
            FolderLock(tmp_path, "restore").acquire()
        message = str(info.value)
        assert "on jo käytössä" in message and "kemidesk-ikkuna" in message
        assert f"prosessi {os.getpid()}" in message
        assert info.value.holder == holder
    assert read_holder(tmp_path) is None, "holder file removed on release"
    with FolderLock(tmp_path, "restore") as again:
        assert again.held


def test_a_stale_holder_file_does_not_block(tmp_path: Path) -> None:
    """A crashed window leaves its holder file; the lock itself died with the process."""
    (tmp_path / "locks").mkdir()
    stale = Holder(pid=999999, user="x", host="y", started="2026-11-30T08:05:00", purpose="window")
    (tmp_path / "locks" / "kemidesk.lock.json").write_text(json.dumps(stale.__dict__))
    with FolderLock(tmp_path) as lock:
        assert lock.held
        assert read_holder(tmp_path).pid == os.getpid()  # type: ignore[union-attr]


def test_describe_is_finnish() -> None:
    holder = Holder(
        pid=42, user="anna", host="KEMI-7", started="2026-12-02T08:05:09", purpose="window"
    )
    assert holder.describe() == (
        "kemidesk-ikkuna (prosessi 42, käyttäjä anna, kone KEMI-7, avattu 2.12.2026 klo 8.05)"
    )
