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
        from kemidesk.db.connection import database_proxy, is_server

        if is_server():
            return run_server_checks(head)
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


def run_server_checks(head: int | None = None) -> list[tuple[str, bool, str]]:
    """`kemidesk check` against the office server (already connected, not migrated by the
    check). SQLite's page checks have no counterpart to run from a client: the server keeps
    its own files (checksums, WAL) and foreign keys are always enforced there. What can be
    wrong is the schema and the numbering, so those are checked: the version, every table
    of the models present with its columns, and each decision series gap-free (its counter
    equals the count and the highest number of its decisions)."""
    import peewee

    from kemidesk.db import models
    from kemidesk.db.connection import database_proxy
    from kemidesk.db.migrations import HEAD, check_version

    db = database_proxy.obj
    head = HEAD if head is None else head
    results: list[tuple[str, bool, str]] = []
    try:
        row = db.execute_sql("SELECT version()").fetchone()
        results.append(("yhteys", True, str(row[0]).split(",")[0]))
        version = check_version(db)
        detail = f"versio {version}, ohjelman versio {head}"
        if version < head:
            detail += f" (päivitetään versioon {head}, kun tietokanta avataan)"
        results.append(("schema", True, detail))
        if version == head:
            results.append(_server_tables(db, models.ALL_MODELS))
            results.append(_server_numbering(db))
    except peewee.DatabaseError as exc:
        results.append(("palvelin", False, f"tarkistus keskeytyi ({exc})"))
    return results


def _server_tables(db: object, all_models: tuple[object, ...]) -> tuple[str, bool, str]:
    rows = db.execute_sql(  # type: ignore[attr-defined]
        "SELECT table_name, column_name FROM information_schema.columns "
        "WHERE table_schema = current_schema()"
    ).fetchall()
    present: dict[str, set[str]] = {}
    for table, column in rows:
        present.setdefault(table, set()).add(column)
    missing = []
    for model in all_models:
        meta = model._meta  # type: ignore[attr-defined]
        columns = {f.column_name for f in meta.sorted_fields}
        lacking = columns - present.get(meta.table_name, set())
        if lacking:
            missing.append(f"{meta.table_name}: {', '.join(sorted(lacking))}")
    if missing:
        return ("taulut", False, "puuttuu " + "; ".join(missing[:5]))
    return ("taulut", True, f"{len(all_models)} taulua sarakkeineen")


def _server_numbering(db: object) -> tuple[str, bool, str]:
    rows = db.execute_sql(  # type: ignore[attr-defined]
        'SELECT s."prefix", s."year", s."last_seq", count(d."id"), '
        'coalesce(max(d."seq"), 0), count(DISTINCT d."seq") '
        'FROM "decision_series" s LEFT JOIN "decision" d '
        'ON d."year" = s."year" AND d."number" LIKE s."prefix" || \'-%%\' '
        "AND d.\"number\" NOT LIKE '%%/%%' "  # KL-2026-004/2: see `imported` below
        'WHERE s."year" > 0 '  # year 0: the payment batches' counter, below
        'GROUP BY s."prefix", s."year", s."last_seq" ORDER BY s."year"'
    ).fetchall()
    broken = [
        f"{prefix}-{year}: laskuri {last}, päätöksiä {count}, suurin {top}"
        for prefix, year, last, count, top, distinct in rows
        if not (last == count == top == distinct)
    ]
    count, top = db.execute_sql(  # type: ignore[attr-defined]
        'SELECT count(*), coalesce(max("id"), 0) FROM "payment_batch"'
    ).fetchone()
    counter = db.execute_sql(  # type: ignore[attr-defined]
        'SELECT coalesce(max("last_seq"), 0) FROM "decision_series" WHERE "year" = 0'
    ).fetchone()[0]
    if not (count == top == counter):
        broken.append(f"maksuerät: laskuri {counter}, eriä {count}, suurin {top}")
    if broken:
        return ("numerointi", False, "; ".join(broken[:5]))
    # a sent decision imported from a laptop whose number the office had used already is
    # kept as KL-2026-004/2 and listed by `server import-laptop` for a person to handle
    imported = db.execute_sql(  # type: ignore[attr-defined]
        'SELECT count(*) FROM "decision" WHERE "number" LIKE \'%%/%%\''
    ).fetchone()[0]
    twice = (
        f"; {imported} kannettavalta tuotua päätöstä samalla numerolla (…/2)" if imported else ""
    )
    return (
        "numerointi",
        True,
        f"{len(rows)} vuoden päätösnumerot ja {count} maksuerän numerot aukottomia{twice}",
    )
