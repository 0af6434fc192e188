"""`kemidesk check`: quick_check, foreign keys, schema version."""

from __future__ import annotations

from kemidesk.db.connection import database_proxy
from kemidesk.db.migrations import HEAD, schema_version


def run_checks() -> list[tuple[str, bool, str]]:
    """(name, passed, detail) for each check; all must pass."""
    db = database_proxy.obj
    results: list[tuple[str, bool, str]] = []
    quick = [row[0] for row in db.execute_sql("PRAGMA quick_check").fetchall()]
    results.append(
        ("quick_check", quick == ["ok"], "ok" if quick == ["ok"] else "; ".join(quick[:5]))
    )
    fk = db.execute_sql("PRAGMA foreign_key_check").fetchall()
    detail = (
        "ei orpoja viittauksia"
        if not fk
        else f"{len(fk)} rikkinäistä viittausta (taulu {fk[0][0]})"
    )
    results.append(("foreign_key_check", not fk, detail))
    version = schema_version(db)
    results.append(("schema", version == HEAD, f"versio {version}, ohjelman versio {HEAD}"))
    return results
