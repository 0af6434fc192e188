"""The window's backup use cases: backup now, restore with reopen, the close-time backup."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from kemidesk.db import models
from kemidesk.db.connection import database_proxy
from kemidesk.db.errors import DatabaseFileError
from kemidesk.db.setup import prepare_database
from kemidesk.paths import AppPaths
from kemidesk.services.backups import auto_backup, backup_now, restore_from

from ..db.bad_files import BAD_FILES, sha256

pytestmark = pytest.mark.sqlite_only("backups copy the local SQLite file")


def _setting(key: str, value: str) -> None:
    models.AppSetting.create(key=key, value=value)


def test_restore_closes_replaces_and_reopens(db: AppPaths, tmp_path: Path) -> None:
    _setting("vaihe", "ennen")
    saved = backup_now(db.database, tmp_path / "usb")
    _setting("myohemmin", "kirjattu")
    result = restore_from(saved, db.database, db.backup_dir)
    assert result.saved_current is not None and result.saved_current.exists()
    assert not database_proxy.obj.is_closed(), "reopened"
    keys = {s.key for s in models.AppSetting.select()}
    assert "vaihe" in keys and "myohemmin" not in keys
    _setting("jalkeen", "toimii")  # writes reach the restored file
    own = models.AppSetting.select().where(~models.AppSetting.key.startswith("office."))
    assert own.count() == 2


@pytest.mark.parametrize(
    "name", ["text file", "ours, one page overwritten", "wrong application_id"]
)
def test_refused_restore_keeps_the_open_database(db: AppPaths, tmp_path: Path, name: str) -> None:
    bad = tmp_path / "huono.sqlite3"
    BAD_FILES[name][0](bad)  # (the makers open and close databases of their own)
    prepare_database(db.database, db.backup_dir)
    _setting("pysyy", "kyllä")
    before = sha256(bad)
    with pytest.raises(DatabaseFileError):
        restore_from(bad, db.database, db.backup_dir)
    assert sha256(bad) == before
    assert models.AppSetting.get(key="pysyy").value == "kyllä"


def test_auto_backup_once_a_day_and_rotated(db: AppPaths) -> None:
    start = datetime(2026, 10, 1, 16, 0)
    manual = backup_now(db.database, db.backup_dir)
    for day in range(40):
        assert auto_backup(db.database, db.backup_dir, now=start + timedelta(days=day))
        assert (
            auto_backup(db.database, db.backup_dir, now=start + timedelta(days=day, hours=1))
            is None
        )
    autos = sorted(db.backup_dir.glob("*-automaattinen*.sqlite3"))
    assert 7 <= len(autos) <= 11
    assert autos[-1].name.startswith("kemidesk-20261109")
    assert manual.exists(), "backups made by hand are never rotated away"
