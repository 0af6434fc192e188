"""`kemidesk check`: quick_check (or integrity_check), foreign keys, schema version - through
a read-only connection, so checking never changes the file."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from kemidesk.db.inspect import APPLICATION_ID, connect_read_only

MAX_LINES = 20


def run_checks(
    path: Path | None = None, head: int | None = None, full: bool = False
) -> list[tuple[str, bool, str]]:
    """(name, passed, detail) for each check; all must pass. Damage is a failed check with
    SQLite's own words as the detail, never an exception. Without a path: the open
    database's file; without head: this program's newest schema version."""
    if path is None:
        from kemidesk.db.connection import database_proxy

        path = Path(database_proxy.obj.database)
    if head is None:
        from kemidesk.db.migrations import HEAD

        head = HEAD
    results: list[tuple[str, bool, str]] = []
    try:
        conn = connect_read_only(path)
    except sqlite3.Error as exc:
        return [("avaus", False, f"tietokantaa ei voi avata: {exc}")]
    try:
        name = "integrity_check" if full else "quick_check"
        results.append(_run(conn, name, lambda: _pragma_lines(conn, name)))
        results.append(_run(conn, "foreign_key_check", lambda: _foreign_keys(conn)))
        results.append(_run(conn, "schema", lambda: _schema(conn, head)))
    finally:
        conn.close()
    return results


def _run(conn: sqlite3.Connection, name: str, check: object) -> tuple[str, bool, str]:
    try:
        passed, detail = check()  # type: ignore[operator]
    except sqlite3.DatabaseError as exc:
        return (name, False, f"tietokanta on vioittunut, tarkistus keskeytyi ({exc})")
    return (name, passed, detail)


def _pragma_lines(conn: sqlite3.Connection, pragma: str) -> tuple[bool, str]:
    lines = [str(r[0]) for r in conn.execute(f"PRAGMA {pragma}({MAX_LINES})")]
    if lines == ["ok"]:
        return True, "ok"
    return False, "; ".join(lines[:5]) + (f" (ja {len(lines) - 5} muuta)" if len(lines) > 5 else "")


def _foreign_keys(conn: sqlite3.Connection) -> tuple[bool, str]:
    fk = conn.execute("PRAGMA foreign_key_check").fetchall()
    if not fk:
        return True, "ei orpoja viittauksia"
    return False, f"{len(fk)} rikkinäistä viittausta (taulu {fk[0][0]})"


def _schema(conn: sqlite3.Connection, head: int) -> tuple[bool, str]:
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    marked = int(conn.execute("PRAGMA application_id").fetchone()[0]) == APPLICATION_ID
    detail = f"versio {version}, ohjelman versio {head}"
    if version < head:
        detail += f" (päivitetään versioon {head}, kun tietokanta avataan)"
    elif not marked:
        return False, detail + ", tunniste (application_id) puuttuu"
    return True, detail
