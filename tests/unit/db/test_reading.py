"""db.reading: the lighter open of `kemidesk list placements --format csv` checks the file as
the full open does, opens only a file at HEAD, and closes it as `close_database()` does."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from kemidesk.db import clean_close
from kemidesk.db.connection import close_database
from kemidesk.db.errors import DatabaseFileError, SchemaTooNewError
from kemidesk.db.head import HEAD
from kemidesk.db.migrations import MIGRATIONS
from kemidesk.db.reading import close_reading, open_at_head
from kemidesk.db.setup import prepare_database
from tests.unit.db.bad_files import BAD_FILES, make_ours, sha256

V1_FIXTURE = Path(__file__).parents[2] / "data" / "schema_v1.sqlite3"


def test_head_is_the_highest_migration() -> None:
    assert max(MIGRATIONS) == HEAD


def test_a_file_at_head_is_opened_and_closed_cleanly(tmp_path: Path) -> None:
    live = tmp_path / "kemidesk.sqlite3"
    prepare_database(live, tmp_path / "backups")
    close_database()
    assert clean_close.trusted(live)  # closed cleanly by the full path
    conn = open_at_head(live)
    assert conn is not None
    assert not clean_close.marker_path(live).exists()  # a crash from here: pages checked
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA busy_timeout").fetchone()[0] == 5000
    assert conn.execute("SELECT count(*) FROM placement").fetchone()[0] == 0
    close_reading(conn, live)
    assert clean_close.trusted(live)
    assert not Path(f"{live}-wal").exists()


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_a_bad_file_is_refused_untouched(name: str, tmp_path: Path) -> None:
    make, _problem, word = BAD_FILES[name]
    live = tmp_path / "kemidesk.sqlite3"
    make(live)
    before = sha256(live)
    with pytest.raises(DatabaseFileError, match=word):
        open_at_head(live)
    assert sha256(live) == before
    assert not Path(f"{live}-wal").exists()


def test_a_newer_file_raises_schema_too_new(tmp_path: Path) -> None:
    live = tmp_path / "kemidesk.sqlite3"
    BAD_FILES["ours, newer user_version"][0](live)
    with pytest.raises(SchemaTooNewError):
        open_at_head(live)


def test_missing_empty_and_older_files_are_left_to_the_full_open(tmp_path: Path) -> None:
    missing = tmp_path / "missing.sqlite3"
    assert open_at_head(missing) is None
    assert not missing.exists()
    empty = tmp_path / "empty.sqlite3"
    empty.touch()
    assert open_at_head(empty) is None
    older = tmp_path / "older.sqlite3"
    shutil.copy(V1_FIXTURE, older)
    before = sha256(older)
    assert open_at_head(older) is None
    assert sha256(older) == before  # the full open backs it up and migrates it


def test_a_damaged_page_is_found_when_the_file_is_not_trusted(tmp_path: Path) -> None:
    live = tmp_path / "kemidesk.sqlite3"
    make_ours(live)  # no clean-close marker: every page is checked
    conn = sqlite3.connect(live)
    conn.close()
    BAD_FILES["ours, one page overwritten"][0](live)
    with pytest.raises(DatabaseFileError, match="vioittunut"):
        open_at_head(live)
