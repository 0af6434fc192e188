"""The database behind a proxy: opened in main() or a test fixture, never at import time.

Two engines: the local SQLite file (the default, one laptop) and an office PostgreSQL server
chosen by a database URL (`postgresql://user@host:5432/kemidesk`, see `db.target`). The
services see only the proxy, `write_transaction()` and the models."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path
from typing import Any, ClassVar

import peewee

from kemidesk.db.errors import DatabaseFileError
from kemidesk.db.reading import PRAGMAS

database_proxy = peewee.DatabaseProxy()

SQLITE_HEADER = b"SQLite format 3\x00"


def check_file_is_sqlite(path: Path) -> None:
    """Refuse a file that exists but is not an SQLite database, without touching it."""
    if not path.exists() or path.stat().st_size == 0:
        return
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        raise DatabaseFileError(
            f"Tiedosto {path} ei ole kemidesk-tietokanta (ei SQLite-tiedosto). "
            "Tiedostoon ei koskettu."
        )


def open_database(path: Path) -> peewee.SqliteDatabase:
    """Open (or create) the SQLite file and bind it to the models' proxy."""
    check_file_is_sqlite(path)
    # Statements compiled kept: 512, not sqlite3's 128 (the demo's run sends ~2 600 distinct
    # texts, each savepoint's its own, and evicted its joins to compile them again: 9 071
    # compilations in the medium demo, 2 774 with 512).
    db = peewee.SqliteDatabase(
        str(path), pragmas=PRAGMAS, check_same_thread=False, cached_statements=512
    )
    try:
        db.connect(reuse_if_open=True)
    except peewee.DatabaseError as exc:
        raise DatabaseFileError(f"Tietokantaa {path} ei voi avata: {exc}") from exc
    database_proxy.initialize(db)
    return db


def attach_psycopg() -> None:
    """Give psycopg to peewee, which was imported without it (kemidesk/__init__.py): the
    names peewee's psycopg 3 adapter reads, as peewee sets them when psycopg is there."""
    if peewee.psycopg is not None:
        return
    import psycopg
    from psycopg.pq import TransactionStatus
    from psycopg.types.json import Json, Jsonb

    peewee.psycopg, peewee.TransactionStatus = psycopg, TransactionStatus
    peewee.Json_pg3, peewee.Jsonb_pg3 = Json, Jsonb
    adapter = peewee.Psycopg3Adapter
    adapter.txn_idle = TransactionStatus.IDLE
    adapter.txn_inerror = TransactionStatus.INERROR
    adapter.txn_unknown = TransactionStatus.UNKNOWN


class ServerDatabase(peewee.PostgresqlDatabase):
    """PostgreSQL with kemidesk's column types: every integer BIGINT (money in cents, ids,
    counters), ids BIGSERIAL, times TIMESTAMPTZ. The frozen server DDL
    (`schema_pg_sql.py`) uses the same types, so `create_tables()` equals the migrations."""

    field_types: ClassVar[dict[str, str]] = {
        **peewee.PostgresqlDatabase.field_types,
        "AUTO": "BIGSERIAL",
        "INT": "BIGINT",
        "DATETIME": "TIMESTAMPTZ",
    }

    def init(self, database: Any, **kwargs: Any) -> None:
        attach_psycopg()  # before peewee picks its adapter
        super().init(database, **kwargs)

    def _connect(self) -> Any:
        conn = super()._connect()
        _register_integral_numeric(conn)
        return conn

    def cursor(self, named_cursor: Any = None) -> Any:
        """A lost connection (server restarted, network down) is replaced by a new one at
        the next statement outside a transaction, so the user can simply save again."""
        conn = self._state.conn
        if conn is not None and conn.closed and not self.in_transaction():
            self._state.reset()
        return super().cursor(named_cursor)


def _register_integral_numeric(conn: Any) -> None:
    """PostgreSQL widens SUM() over BIGINT to NUMERIC, which psycopg reads as Decimal; the
    schema has no NUMERIC column (money is integer cents), so a whole NUMERIC is read as int,
    as SQLite gives it. A fractional value (an AVG) stays a Decimal."""
    from decimal import Decimal

    from psycopg.types.numeric import NumericLoader

    class IntegralNumericLoader(NumericLoader):  # type: ignore[misc]
        def load(self, data: Any) -> Any:
            value = super().load(data)
            if isinstance(value, Decimal) and value.is_finite() and value == value.to_integral():
                return int(value)
            return value

    conn.adapters.register_loader("numeric", IntegralNumericLoader)


def open_server_database(url: str) -> peewee.PostgresqlDatabase:
    """Connect to the office PostgreSQL server (psycopg 3) and bind it to the proxy.

    The session runs in UTC, so `timestamptz` columns read back the UTC times the models
    write; no PRAGMAs, no file checks (the server owns its files)."""
    from kemidesk.db.errors import ServerConnectionError
    from kemidesk.db.target import describe_url

    # peewee hands a "postgresql://" database name to psycopg as the conninfo
    db = ServerDatabase(url, prefer_psycopg3=True, options="-c TimeZone=UTC", connect_timeout=10)
    try:
        db.connect(reuse_if_open=True)
    except peewee.DatabaseError as exc:  # psycopg's OperationalError arrives wrapped
        raise ServerConnectionError(
            f"Tietokantapalvelimeen {describe_url(url)} ei saada yhteyttä: {_first_line(exc)}"
        ) from exc
    database_proxy.initialize(db)
    return db


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def is_connection_lost(exc: BaseException) -> bool:
    """True when `exc` is the office server's connection failing (not a refusal of the
    statement): the use case's transaction was rolled back by the server, nothing of it
    was written, and the next statement connects again."""
    if not is_server() or not isinstance(exc, peewee.OperationalError | peewee.InterfaceError):
        return False
    conn = database_proxy.obj._state.conn
    return conn is None or bool(conn.closed)


def is_server() -> bool:
    """True when the open database is the PostgreSQL server (not the local SQLite file)."""
    return isinstance(database_proxy.obj, peewee.PostgresqlDatabase)


def write_transaction() -> Any:
    """One write transaction; nested, a savepoint.

    SQLite: takes the file's write lock when it begins (`BEGIN IMMEDIATE`), so a second
    writer waits for the busy timeout instead of failing after it has read.
    PostgreSQL: READ COMMITTED; the use cases lock the rows they check (`lock_for_update`,
    the numbering counters `FOR UPDATE`), so concurrent writers queue on those rows."""
    if is_server():
        return database_proxy.atomic()
    return database_proxy.atomic("IMMEDIATE")


def lock_for_update(query: Any) -> Any:
    """`SELECT … FOR UPDATE` on the server; SQLite's write transaction already holds the
    whole file, so there the query is unchanged."""
    return query.for_update() if is_server() else query


def close_database() -> None:
    db = database_proxy.obj
    if db is not None and not db.is_closed():
        if not is_server():
            # Fresh statistics for the query planner; on a damaged file closing matters more.
            with contextlib.suppress(peewee.DatabaseError):
                db.execute_sql("PRAGMA optimize")
        db.close()
        if isinstance(db, peewee.SqliteDatabase) and db.database != ":memory:":
            from kemidesk.db import clean_close

            clean_close.closed(Path(db.database))


def raw_connection(db: peewee.SqliteDatabase) -> sqlite3.Connection:
    conn = db.connection()
    assert isinstance(conn, sqlite3.Connection)
    return conn
