"""Opening skips the page-by-page check only for a file closed cleanly and untouched since."""

from __future__ import annotations

import json
import os
import shutil
from datetime import date, timedelta
from pathlib import Path

import pytest

from kemidesk.db import clean_close, setup
from kemidesk.db.connection import close_database, database_proxy
from kemidesk.db.inspect import InspectError, Problem
from kemidesk.db.setup import prepare_database

from .bad_files import PAGE, make_ours


@pytest.fixture
def checks(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Whether each opening ran the page check."""
    seen: list[bool] = []
    real = setup.inspect_database

    def spy(path: Path, head: int, **kwargs: bool) -> object:
        seen.append(kwargs.get("quick_check", True))
        return real(path, head, **kwargs)

    monkeypatch.setattr(setup, "inspect_database", spy)
    return seen


def open_and_close(path: Path) -> None:
    prepare_database(path, path.parent / "backups")
    database_proxy.execute_sql("SELECT COUNT(*) FROM person").fetchall()
    close_database()


def test_a_clean_close_lets_the_next_open_skip_the_page_check(
    tmp_path: Path, checks: list[bool]
) -> None:
    path = tmp_path / "kemidesk.sqlite3"
    open_and_close(path)  # new file: checked (nothing to check yet)
    assert clean_close.marker_path(path).exists()
    open_and_close(path)
    open_and_close(path)
    assert checks == [True, False, False]


def test_the_marker_is_gone_while_the_file_is_open(tmp_path: Path) -> None:
    """A crash while open (a kill, a power cut) leaves no marker: the next open checks."""
    path = tmp_path / "kemidesk.sqlite3"
    open_and_close(path)
    prepare_database(path, tmp_path / "backups")
    try:
        assert not clean_close.marker_path(path).exists()
        assert not clean_close.trusted(path)  # the open connection's -wal is there as well
    finally:
        close_database()
    assert clean_close.trusted(path)


def test_a_file_changed_after_its_clean_close_is_checked_and_a_damaged_one_refused(
    tmp_path: Path, checks: list[bool]
) -> None:
    path = tmp_path / "kemidesk.sqlite3"
    make_ours(path)  # closed cleanly, then rows added by another program: marker stale
    open_and_close(path)
    assert checks == [True, True]
    with path.open("r+b") as handle:  # same size, new modification time
        size = handle.seek(0, 2)
        handle.seek((size // PAGE - 3) * PAGE)
        handle.write(b"\xa5" * PAGE)
    with pytest.raises(InspectError) as info:
        prepare_database(path, tmp_path / "backups")
    assert info.value.problem is Problem.DAMAGED
    assert checks == [True, True, True]


def test_a_copy_put_in_its_place_is_checked(tmp_path: Path, checks: list[bool]) -> None:
    path = tmp_path / "kemidesk.sqlite3"
    open_and_close(path)
    other = tmp_path / "toinen" / "kemidesk.sqlite3"
    other.parent.mkdir()
    prepare_database(other, other.parent / "backups")
    database_proxy.execute_sql(
        "INSERT INTO audit_log (at, os_user, entity, entity_id, entity_uuid, action, fields) "
        "VALUES ('2026-12-01', 'x', 'person', 1, 'u', 'create', '')"
    )
    close_database()
    shutil.copyfile(other, path)
    open_and_close(path)
    assert checks == [True, True, True]


def test_pages_are_checked_again_after_a_week(tmp_path: Path, checks: list[bool]) -> None:
    """Damage that keeps the size and time (a failing disk) is found within a week."""
    path = tmp_path / "kemidesk.sqlite3"
    open_and_close(path)
    marker = clean_close.marker_path(path)
    saved = json.loads(marker.read_text(encoding="utf-8"))
    stat = path.stat()
    with path.open("r+b") as handle:
        handle.seek((stat.st_size // PAGE - 2) * PAGE)
        handle.write(b"\xa5" * PAGE)
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    today = date.today()
    assert clean_close.trusted(path, today + timedelta(days=clean_close.CHECK_EVERY_DAYS - 1))
    assert not clean_close.trusted(path, today + timedelta(days=clean_close.CHECK_EVERY_DAYS))
    saved["checked"] = (today - timedelta(days=clean_close.CHECK_EVERY_DAYS)).isoformat()
    marker.write_text(json.dumps(saved), encoding="utf-8")
    with pytest.raises(InspectError):
        prepare_database(path, tmp_path / "backups")
    assert checks[-1] is True


def test_an_unreadable_marker_means_a_check(tmp_path: Path, checks: list[bool]) -> None:
    path = tmp_path / "kemidesk.sqlite3"
    open_and_close(path)
    clean_close.marker_path(path).write_text("{rikki", encoding="utf-8")
    open_and_close(path)
    assert checks == [True, True]
