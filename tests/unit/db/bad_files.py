"""Bad database files for the inspect, command-line and window tests: each maker writes one
file at the given path."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable
from pathlib import Path

from kemidesk.db.connection import close_database
from kemidesk.db.inspect import APPLICATION_ID, Problem
from kemidesk.db.migrations import HEAD
from kemidesk.db.setup import prepare_database

PAGE = 4096


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def make_ours(path: Path) -> None:
    """A good kemidesk database with a few hundred rows (closed, no -wal)."""
    prepare_database(path, path.parent / "setup-backups")
    close_database()
    conn = sqlite3.connect(path)
    conn.executemany(
        "INSERT INTO audit_log (at, os_user, entity, entity_id, entity_uuid, action, fields) "
        "VALUES ('2026-11-28', 'x', 'person', ?, 'u', 'create', ?)",
        [(i, "x" * 200) for i in range(400)],
    )
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def _text(path: Path) -> None:
    path.write_text("Tämä on muistio, ei tietokanta.\n", encoding="utf-8")


def _foreign(version: int, wal: bool) -> Callable[[Path], None]:
    def make(path: Path) -> None:
        conn = sqlite3.connect(path)
        if wal:
            conn.execute("PRAGMA journal_mode = wal")
        conn.execute("CREATE TABLE muistiinpano (id INTEGER PRIMARY KEY, teksti TEXT)")
        conn.execute("INSERT INTO muistiinpano (teksti) VALUES ('toisen ohjelman tieto')")
        conn.execute(f"PRAGMA user_version = {version}")
        conn.commit()
        conn.close()

    return make


def _foreign_with_our_tables(path: Path) -> None:
    """Our table names plus one of its own, user_version 2, no application_id."""
    make_ours(path)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA application_id = 0")
    conn.execute("PRAGMA user_version = 2")
    conn.execute("CREATE TABLE muuta (x)")
    conn.commit()
    conn.close()


def _overwritten_page(path: Path) -> None:
    make_ours(path)
    with path.open("r+b") as handle:
        size = handle.seek(0, 2)
        handle.seek((size // PAGE - 3) * PAGE)  # a page of audit_log rows near the end
        handle.write(b"\xa5" * PAGE)


def _truncated_mid_page(path: Path) -> None:
    make_ours(path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) - PAGE - 1000])


def _truncated_at_page(path: Path) -> None:
    make_ours(path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) - 3 * PAGE])


def _newer(path: Path) -> None:
    make_ours(path)
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {HEAD + 1}")
    conn.commit()
    conn.close()


def _wrong_application_id(path: Path) -> None:
    make_ours(path)
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID + 1}")
    conn.commit()
    conn.close()


def _header_only(path: Path) -> None:
    make_ours(path)
    path.write_bytes(path.read_bytes()[:60])


# name → (maker, the problem inspect reports, a word its Finnish message contains)
BAD_FILES: dict[str, tuple[Callable[[Path], None], Problem, str]] = {
    "text file": (_text, Problem.NOT_SQLITE, "ei SQLite-tiedosto"),
    "other program, user_version 1": (_foreign(1, wal=False), Problem.FOREIGN, "toisen ohjelman"),
    "other program, user_version 2 (WAL)": (_foreign(2, wal=True), Problem.FOREIGN, "toisen"),
    "our tables plus a foreign one": (_foreign_with_our_tables, Problem.FOREIGN, "toisen"),
    "ours, one page overwritten": (_overwritten_page, Problem.DAMAGED, "vioittunut"),
    "ours, truncated mid-page": (_truncated_mid_page, Problem.TRUNCATED, "katkennut"),
    "ours, truncated at a page boundary": (_truncated_at_page, Problem.TRUNCATED, "katkennut"),
    "ours, only 60 bytes": (_header_only, Problem.TRUNCATED, "katkennut"),
    "ours, newer user_version": (_newer, Problem.TOO_NEW, "uudempi"),
    "wrong application_id": (_wrong_application_id, Problem.FOREIGN, "toisen ohjelman"),
}
