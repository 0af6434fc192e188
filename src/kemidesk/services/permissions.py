"""Who may do what: the services ask before they write, and explain a refusal in Finnish.

On the office server the answer comes from the server's own grants (`db.roles`): the rights
of the connected user are read once per connection with `has_table_privilege`, so the check
here and the server's enforcement cannot disagree (a superuser or the tables' owner has every
right). On the local SQLite file the laptop's user has every right.

Rights: "record" (the records an officer keeps), "claim" (a payment claim), "decide",
"approve" (payments), "batch" (payment batches), "settings" (office settings, rules, the
appropriation). `require(right)` raises PermissionDeniedError("ROLE_REQUIRED_<RIGHT>").
A statement the server refuses anyway (a check missed) becomes ROLE_DENIED_BY_SERVER
(`db.roles.is_permission_denied`, used by `services.common.transaction`).
"""

from __future__ import annotations

from typing import Any

from kemidesk.db.connection import database_proxy, is_server
from kemidesk.db.roles import RIGHT_PROBES, server_rights
from kemidesk.db.roles import is_permission_denied as is_permission_denied  # for the callers
from kemidesk.domain.errors import DomainError

ALL_RIGHTS = frozenset(RIGHT_PROBES)
# What only the office database can do (issue 13): one series of decision numbers, one
# appropriation, money going out, one set of settings. A laptop copy lacks these rights, so
# the window disables them with the reason and the services refuse them before writing (the
# copy's triggers refuse them again).
OFFICE_ONLY_RIGHTS = frozenset({"decide", "approve", "batch", "settings"})
ROLE_OF_RIGHT = {right: probe[3] for right, probe in RIGHT_PROBES.items()}


class PermissionDeniedError(DomainError):
    """The connected user's role does not allow the action (code ROLE_REQUIRED_<RIGHT> or
    ROLE_DENIED_BY_SERVER)."""


def _connection_key(db: Any) -> int:
    return id(db._state.conn)


def current_rights() -> frozenset[str]:
    """The rights of the connected user (every right on the local file, less the office's
    own on a laptop copy)."""
    if not is_server():
        return ALL_RIGHTS - OFFICE_ONLY_RIGHTS if is_laptop_copy() else ALL_RIGHTS
    db = database_proxy.obj
    db.connect(reuse_if_open=True)
    cached = getattr(db, "_kemidesk_rights", None)
    key = _connection_key(db)
    if cached is None or cached[0] != key:
        cached = (key, server_rights(db), _server_user(db))
        db._kemidesk_rights = cached
    return cached[1]  # type: ignore[no-any-return]


def forget_rights() -> None:
    """Read the rights again at the next check (after a role was changed)."""
    db = database_proxy.obj
    if db is not None and hasattr(db, "_kemidesk_rights"):
        del db._kemidesk_rights


def _server_user(db: Any) -> str:
    return str(db.execute_sql("SELECT current_user").fetchone()[0])


def database_user() -> str:
    """The user the audit log records: the server's `current_user`, or the OS user."""
    if not is_server():
        from kemidesk.services.common import os_user

        return os_user()
    current_rights()
    return str(database_proxy.obj._kemidesk_rights[2])


def can(right: str) -> bool:
    return right in current_rights()


def is_laptop_copy() -> bool:
    """True when the open database is a laptop copy (a local file with a sync state)."""
    if is_server() or database_proxy.obj is None:
        return False
    import sqlite3

    import peewee

    from kemidesk.db.models import SyncState

    # Asked by every use case's transaction and by every action the window enables: read
    # once per outermost transaction (a copy becomes one only through `sync.init_copy`, in
    # a transaction of its own), and outside one again only when the file was written since
    # (by this connection: total_changes; by another: PRAGMA data_version).
    db = database_proxy.obj
    outer = db._state.transactions[0] if db.in_transaction() else None
    if outer is not None:
        if _LAPTOP[0] is outer:
            return _LAPTOP[1]  # type: ignore[return-value]
        written = None
    else:
        try:
            conn = db.connection()
            written = (
                conn,
                conn.total_changes,
                conn.execute("PRAGMA data_version").fetchone()[0],
            )
        except (peewee.PeeweeException, sqlite3.Error):  # no usable connection: ask the table
            written = None
        seen = _LAPTOP_SEEN[0]
        if written is not None and isinstance(seen, tuple) and seen[0] is conn and seen == written:
            return _LAPTOP_SEEN[1]  # type: ignore[return-value]
    try:
        found = bool(SyncState.select().exists())
    except peewee.DatabaseError:
        return False
    if outer is not None:
        _LAPTOP[:] = [outer, found]
    elif written is not None:
        _LAPTOP_SEEN[:] = [written, found]
    return found


_LAPTOP: list[object] = [None, False]  # [the outermost transaction, whether a laptop copy]
# [(the connection itself, its writes, the file's version) when last read, whether a copy]
_LAPTOP_SEEN: list[object] = [None, False]


def refusal(right: str) -> DomainError:
    """The error that explains why `right` is missing: the office's own action on a laptop
    copy (SYNC_OFFICE_ONLY), else the role it needs (ROLE_REQUIRED_<RIGHT>)."""
    if right in OFFICE_ONLY_RIGHTS and is_laptop_copy():
        from kemidesk.services.errors import NotAllowedError

        return NotAllowedError("SYNC_OFFICE_ONLY")
    return PermissionDeniedError(f"ROLE_REQUIRED_{right.upper()}")


def require(right: str) -> None:
    """Refuse before writing when the user's role (or a laptop copy) lacks `right`."""
    if right not in current_rights():
        raise refusal(right)


def denied_by_server() -> PermissionDeniedError:
    user = "?"
    db = database_proxy.obj
    cached = getattr(db, "_kemidesk_rights", None)
    if cached is not None:
        user = cached[2]
    return PermissionDeniedError("ROLE_DENIED_BY_SERVER", user=user)
