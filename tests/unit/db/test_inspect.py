"""Every bad file is refused with a Finnish message and left byte-identical."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from kemidesk.db import clean_close
from kemidesk.db.connection import close_database
from kemidesk.db.inspect import APPLICATION_ID, InspectError, Problem, inspect_database
from kemidesk.db.migrations import HEAD
from kemidesk.db.setup import prepare_database

from .bad_files import BAD_FILES, make_ours, sha256

V1_FIXTURE = Path(__file__).parents[2] / "data" / "schema_v1.sqlite3"


@pytest.mark.parametrize("name", list(BAD_FILES))
def test_bad_file_is_refused_untouched(tmp_path: Path, name: str) -> None:
    make, problem, words = BAD_FILES[name]
    path = tmp_path / "kemidesk.sqlite3"
    make(path)
    before = sha256(path)
    for candidate in (False, True):
        with pytest.raises(InspectError) as info:
            inspect_database(path, HEAD, candidate=candidate)
        assert info.value.problem is problem
        assert words in str(info.value)
        assert "Tiedostoon ei koskettu" in str(info.value)
    with pytest.raises(InspectError):  # the program's own opening path
        prepare_database(path, tmp_path / "backups")
    close_database()
    assert sha256(path) == before
    # (make() may have closed the file cleanly before damaging it: its stale marker stays.)
    assert sorted(
        p.name
        for p in tmp_path.iterdir()
        if p.name.startswith("kemidesk") and not p.name.endswith(clean_close.SUFFIX)
    ) == ["kemidesk.sqlite3"], "no -wal, -shm or journal made beside it"


def test_good_file_is_ours_and_marked(tmp_path: Path) -> None:
    path = tmp_path / "kemidesk.sqlite3"
    make_ours(path)
    before = sha256(path)
    info = inspect_database(path, HEAD, candidate=True)
    assert (info.version, info.marked, info.new) == (HEAD, True, False)
    assert sha256(path) == before
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    conn.close()


def test_unmarked_old_file_of_ours_is_accepted_and_marked_by_migration(tmp_path: Path) -> None:
    path = tmp_path / "kemidesk.sqlite3"
    shutil.copy(V1_FIXTURE, path)
    info = inspect_database(path, HEAD)
    assert (info.version, info.marked) == (1, False)
    prepare_database(path, tmp_path / "backups")
    close_database()
    assert inspect_database(path, HEAD).marked


def test_empty_file_is_a_new_live_database_but_not_a_backup(tmp_path: Path) -> None:
    """The rule: a missing or 0-byte live file is a new database (nothing in it to lose,
    SQLite itself leaves 0-byte files); a 0-byte file offered as a backup is refused."""
    path = tmp_path / "kemidesk.sqlite3"
    path.touch()
    assert inspect_database(path, HEAD).new
    with pytest.raises(InspectError) as info:
        inspect_database(path, HEAD, candidate=True)
    assert info.value.problem is Problem.EMPTY
    with pytest.raises(InspectError):
        inspect_database(tmp_path / "puuttuu.sqlite3", HEAD, candidate=True)


def test_live_file_with_wal_is_read_through_the_wal(tmp_path: Path) -> None:
    """An open window's committed work sits in -wal; inspect must see it (immutable=1 would
    not), e.g. a database created by the window and not yet checkpointed."""
    path = tmp_path / "kemidesk.sqlite3"
    db = prepare_database(path, tmp_path / "backups")
    try:
        assert Path(f"{path}-wal").exists()
        info = inspect_database(path, HEAD)
        assert (info.version, info.marked) == (HEAD, True)
    finally:
        close_database()
    assert db.is_closed()
