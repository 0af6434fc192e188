"""Read-only look at a database file before anything writes to it.

Opening a file with our pragmas already changes it (the WAL switch rewrites the header), so
every file - the live database at start-up, a backup offered to `restore` - is classified
here first through a read-only connection (`mode=ro`, and `immutable=1` when no `-wal` or
`-shm` file lies beside it, so not even a `-shm` file is made). A file that is not ours, is
damaged or truncated, or was written by a newer program raises DatabaseFileError with a
Finnish message; its bytes are unchanged.

Which files are ours: `PRAGMA application_id` = 0x4B454D49 ("KEMI"), set by migration 3 and
on every new database. A file from before migration 3 (application_id 0) is taken as ours
only when its tables are exactly those of its `user_version`. An empty (0-byte) or missing
live database is a new one (SQLite itself leaves 0-byte files; there is nothing in it to
lose); an empty file offered as a backup is refused.
"""

from __future__ import annotations

import enum
import re
import sqlite3
import struct
from dataclasses import dataclass
from pathlib import Path

from kemidesk.db.errors import DatabaseFileError, SchemaTooNewError
from kemidesk.db.schema_sql import SCHEMA_V1, SCHEMA_V2_RINGS

APPLICATION_ID = 0x4B454D49  # "KEMI"
SQLITE_HEADER = b"SQLite format 3\x00"
UNTOUCHED = "Tiedostoon ei koskettu."


def _tables(script: str) -> frozenset[str]:
    return frozenset(re.findall(r'CREATE TABLE "(\w+)"', script))


# Tables of a file from before application_id existed, by user_version.
LEGACY_TABLES: dict[int, frozenset[str]] = {
    1: _tables(SCHEMA_V1),
    2: _tables(SCHEMA_V1) | _tables(SCHEMA_V2_RINGS),
}


class Problem(enum.Enum):
    NOT_SQLITE = "not_sqlite"
    EMPTY = "empty"
    FOREIGN = "foreign"
    DAMAGED = "damaged"
    TRUNCATED = "truncated"
    TOO_NEW = "too_new"
    UNREADABLE = "unreadable"


class InspectError(DatabaseFileError):
    """DatabaseFileError with the kind of problem, for tests and the check command."""

    def __init__(self, problem: Problem, message: str) -> None:
        super().__init__(message)
        self.problem = problem


class TooNewError(InspectError, SchemaTooNewError):
    pass


@dataclass(frozen=True)
class FileInfo:
    version: int  # PRAGMA user_version; 0 for a new database
    new: bool  # no file, or an empty one: a new database will be made
    marked: bool  # carries our application_id


def inspect_database(
    path: Path, head: int, *, candidate: bool = False, quick_check: bool = True
) -> FileInfo:
    """Classify `path` without writing to it; raises InspectError with a Finnish message.

    `candidate`: the file is offered as a backup (it must exist and hold a database).
    `head`: the newest schema version this program knows.
    """
    if not path.exists():
        if candidate:
            raise InspectError(Problem.UNREADABLE, f"Tiedostoa {path} ei löydy.")
        return FileInfo(version=0, new=True, marked=False)
    if not path.is_file():
        raise InspectError(Problem.UNREADABLE, f"{path} ei ole tiedosto. {UNTOUCHED}")
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            header = handle.read(100)
    except OSError as exc:
        raise InspectError(Problem.UNREADABLE, f"Tiedostoa {path} ei voi lukea: {exc}") from exc
    if size == 0:
        if candidate:
            raise InspectError(
                Problem.EMPTY, f"Tiedosto {path} on tyhjä, ei varmuuskopio. {UNTOUCHED}"
            )
        return FileInfo(version=0, new=True, marked=False)
    if not header.startswith(SQLITE_HEADER):
        raise InspectError(
            Problem.NOT_SQLITE,
            f"Tiedosto {path} ei ole kemidesk-tietokanta (ei SQLite-tiedosto). {UNTOUCHED}",
        )
    wal = Path(f"{path}-wal")
    _check_length(path, header, size, has_wal=wal.exists() and wal.stat().st_size > 0)
    return _inspect_contents(path, head, has_wal=in_use(path), quick_check=quick_check)


def in_use(path: Path) -> bool:
    """A -wal or -shm file beside it: a connection has (or had) it open in WAL mode, so its
    content may change and may partly live in the -wal; immutable=1 would be wrong."""
    return Path(f"{path}-wal").exists() or Path(f"{path}-shm").exists()


def _check_length(path: Path, header: bytes, size: int, has_wal: bool) -> None:
    """A file shorter than its header says (or not whole pages) was cut off in copying."""
    truncated = InspectError(
        Problem.TRUNCATED,
        f"Tietokanta {path} on katkennut ({size} tavua): tiedosto on vajaa, "
        f"luultavasti kesken jääneen kopioinnin jäljiltä. {UNTOUCHED}",
    )
    if len(header) < 100:
        raise truncated
    (raw_page_size,) = struct.unpack(">H", header[16:18])
    page_size = 65536 if raw_page_size == 1 else raw_page_size
    if page_size < 512 or page_size & (page_size - 1):
        raise InspectError(
            Problem.DAMAGED, f"Tietokannan {path} otsikko on vioittunut. {UNTOUCHED}"
        )
    if size % page_size:
        raise truncated
    change_counter, page_count = struct.unpack(">II", header[24:32])
    (valid_for,) = struct.unpack(">I", header[92:96])
    if not has_wal and page_count and valid_for == change_counter and size < page_count * page_size:
        raise truncated


def connect_read_only(path: Path, has_wal: bool | None = None) -> sqlite3.Connection:
    """A connection that cannot change the file. immutable=1 ignores a -wal file, so it is
    only used when there is none; with one, mode=ro reads it (the committed work of an open
    window lives there until a checkpoint)."""
    if has_wal is None:
        has_wal = in_use(path)
    uri = path.resolve().as_uri() + ("?mode=ro" if has_wal else "?mode=ro&immutable=1")
    return sqlite3.connect(uri, uri=True)


def _inspect_contents(path: Path, head: int, *, has_wal: bool, quick_check: bool) -> FileInfo:
    try:
        conn = connect_read_only(path, has_wal)
    except sqlite3.Error as exc:
        raise InspectError(
            Problem.UNREADABLE, f"Tietokantaa {path} ei voi avata: {exc}. {UNTOUCHED}"
        ) from exc
    try:
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        app_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
        tables = frozenset(
            r[0]
            for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            if not r[0].startswith("sqlite_")
        )
        _check_ours(path, head, version, app_id, tables)
        if quick_check:
            problems = [r[0] for r in conn.execute("PRAGMA quick_check(20)")]
            if problems != ["ok"]:
                raise InspectError(
                    Problem.DAMAGED,
                    f"Tietokanta {path} on vioittunut ({'; '.join(problems[:3])}). "
                    f"{UNTOUCHED} Palauta varmuuskopio.",
                )
    except sqlite3.DatabaseError as exc:
        raise InspectError(
            Problem.DAMAGED,
            f"Tietokanta {path} on vioittunut: {exc}. {UNTOUCHED} Palauta varmuuskopio.",
        ) from exc
    finally:
        conn.close()
    return FileInfo(version=version, new=version == 0, marked=app_id == APPLICATION_ID)


def _check_ours(path: Path, head: int, version: int, app_id: int, tables: frozenset[str]) -> None:
    foreign = InspectError(
        Problem.FOREIGN,
        f"Tiedosto {path} on SQLite-tietokanta, mutta ei kemidesk-tietokanta "
        f"(toisen ohjelman tiedosto). {UNTOUCHED}",
    )
    if app_id == APPLICATION_ID:
        if version > head:
            raise TooNewError(
                Problem.TOO_NEW,
                f"Tietokannan {path} versio {version} on uudempi kuin tämän ohjelman ({head}). "
                f"Päivitä kemidesk. {UNTOUCHED}",
            )
        return
    if app_id != 0:
        raise foreign
    if version == 0 and not tables:
        return  # an empty database: ours to fill
    if LEGACY_TABLES.get(version) != tables:
        raise foreign
