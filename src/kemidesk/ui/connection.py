"""The window's saved connection to the office server, and switching to it.

The settings file keeps only the URL without a password (`database/url`); the password is
in the operating system's credential store through `keyring` (Windows Credential Manager,
macOS Keychain, the Secret Service on Linux) under the service "kemidesk" and the name
`user@host:port/database`. On start a saved connection is used unless the command line or
KEMIDESK_DATABASE names a database (they win).
"""

from __future__ import annotations

import contextlib
import dataclasses
import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from PySide6.QtCore import QT_TRANSLATE_NOOP

from kemidesk.paths import AppPaths

if TYPE_CHECKING:
    from kemidesk.ui.main_window import MainWindow
    from kemidesk.ui.settings import UiSettings

log = logging.getLogger(__name__)

KEYRING_SERVICE = "kemidesk"
DEFAULT_PORT = 5432


class CredentialStoreError(RuntimeError):
    """The credential store refused or is missing (the message is for the log, not shown)."""


@dataclass(frozen=True)
class ServerChoice:
    host: str
    port: int
    database: str
    user: str
    tls: bool = False  # sslmode=require

    def url(self, password: str | None = None) -> str:
        """`postgresql://user[:password]@/database?host=…&port=…[&sslmode=require]`; the
        host goes in the query, so a name, an address and a socket folder all work."""
        secret = f":{quote(password, safe='')}" if password else ""
        url = (
            f"postgresql://{quote(self.user, safe='')}{secret}@/{quote(self.database, safe='')}"
            f"?host={quote(self.host, safe='/')}&port={self.port}"
        )
        return url + ("&sslmode=require" if self.tls else "")


def parse_choice(url: str) -> ServerChoice | None:
    """The fields of a saved URL (None when it cannot be read)."""
    from psycopg.conninfo import conninfo_to_dict

    try:
        params = conninfo_to_dict(url)
        port = int(params.get("port") or DEFAULT_PORT)
    except Exception:  # a hand-edited settings file
        return None
    return ServerChoice(
        host=str(params.get("host") or ""),
        port=port,
        database=str(params.get("dbname") or ""),
        user=str(params.get("user") or ""),
        tls=params.get("sslmode") in ("require", "verify-ca", "verify-full"),
    )


def without_password(url: str) -> str:
    """The URL as the settings file keeps it."""
    choice = parse_choice(url)
    return url if choice is None else choice.url()


def keyring_name(url: str) -> str:
    from kemidesk.db.target import describe_url

    return describe_url(url)


def store_password(url: str, password: str) -> None:
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(KEYRING_SERVICE, keyring_name(url), password)
    except (KeyringError, RuntimeError, OSError) as exc:
        raise CredentialStoreError(type(exc).__name__) from exc


def load_password(url: str) -> str | None:
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(KEYRING_SERVICE, keyring_name(url))
    except (KeyringError, RuntimeError, OSError) as exc:
        log.warning("credential store unavailable: %s", type(exc).__name__)
        return None


def forget_password(url: str) -> None:
    import keyring
    from keyring.errors import KeyringError, PasswordDeleteError

    # nothing stored, or no store: nothing to forget
    with contextlib.suppress(PasswordDeleteError, KeyringError, RuntimeError, OSError):
        keyring.delete_password(KEYRING_SERVICE, keyring_name(url))


def usable_url(saved: str) -> str:
    """The saved URL with its password from the credential store (if one is stored)."""
    choice = parse_choice(saved)
    if choice is None:
        return saved
    return choice.url(load_password(saved))


def paths_with_saved_connection(paths: AppPaths, settings: UiSettings) -> AppPaths:
    """The paths a window start uses: the command line / KEMIDESK_DATABASE when given,
    else the saved connection, else the local file."""
    if paths.database_url is not None:
        return paths
    saved = settings.database_url
    if not saved:
        return paths
    return dataclasses.replace(paths, database_url=usable_url(saved))


# ------------------------------------------------------------------ testing a connection


FIELD_PROBLEMS = (  # libpq's message → the field it is about, the Finnish text
    (
        "password authentication failed",
        "password",
        QT_TRANSLATE_NOOP("Connection", "Salasana on väärä."),
    ),
    (
        "no password supplied",
        "password",
        QT_TRANSLATE_NOOP("Connection", "Anna salasana."),
    ),
    (
        "role ",
        "user",
        QT_TRANSLATE_NOOP("Connection", "Tätä käyttäjää ei ole palvelimella."),
    ),
    (
        "database ",
        "database",
        QT_TRANSLATE_NOOP("Connection", "Tätä tietokantaa ei ole palvelimella."),
    ),
    (
        "could not translate host name",
        "host",
        QT_TRANSLATE_NOOP("Connection", "Palvelinta ei löydy tällä nimellä."),
    ),
    (
        "server does not support ssl",
        "tls",
        QT_TRANSLATE_NOOP("Connection", "Palvelin ei tue salattua yhteyttä (TLS)."),
    ),
    (
        "connection refused",
        "host",
        QT_TRANSLATE_NOOP("Connection", "Palvelin ei vastaa (osoite, portti tai palomuuri)."),
    ),
    (
        "no such file or directory",
        "host",
        QT_TRANSLATE_NOOP("Connection", "Palvelin ei vastaa (osoite tai portti väärin)."),
    ),
    (
        "timeout expired",
        "host",
        QT_TRANSLATE_NOOP("Connection", "Palvelin ei vastannut ajoissa (verkko tai palomuuri)."),
    ),
)
NOT_KEMIDESK = QT_TRANSLATE_NOOP(
    "Connection",
    "Tämä ei ole kemidesk-tietokanta. Ylläpitäjä luo sen komennolla kemidesk server init.",
)
NO_CONNECTION = QT_TRANSLATE_NOOP("Connection", "Yhteyttä ei saatu: %1")


def connection_problems(url: str) -> dict[str, str]:
    """Connect once to `url` and look for kemidesk's schema. {} when it works, else field →
    Finnish message ("" = the connection as a whole)."""
    import psycopg

    try:
        with psycopg.connect(url, connect_timeout=8, autocommit=True) as conn:
            row = conn.execute("SELECT to_regclass('kemidesk_schema') IS NOT NULL").fetchone()
    except psycopg.Error as exc:
        text = str(exc).strip()
        lowered = text.lower()
        for needle, field, message in FIELD_PROBLEMS:
            missing = needle not in ("role ", "database ") or "not exist" in lowered
            if needle in lowered and missing:
                return {field: message}
        first = text.splitlines()[0] if text else type(exc).__name__
        return {"": NO_CONNECTION.replace("%1", first)}
    if not row or not row[0]:
        return {"database": NOT_KEMIDESK}
    return {}


# ------------------------------------------------------------------ switching in the window


def switch_database(window: MainWindow, paths: AppPaths) -> str | None:
    """Close the open records, connect to the database of `paths` (migrating it), and show
    its lists; None when done. On failure the earlier database is opened again and the
    Finnish problem is returned."""
    from kemidesk.db.connection import close_database
    from kemidesk.ui.app import open_database

    ctx = window.ctx
    previous = ctx.paths
    ctx.opener.close_all()
    _wait_for_workers(window)
    close_database()
    problem = open_database(paths)
    if problem is not None:
        if window._ready:  # the window was working on the earlier database
            close_database()
            if open_database(previous) is not None:
                log.error("the earlier database could not be opened again")
        return problem
    ctx.paths = paths
    was_ready, window._ready = window._ready, True
    for tab in window.all_tabs():
        if getattr(tab, "loaded", False):
            tab.stale = True  # type: ignore[attr-defined]
    window.backup_actions.match_database()
    window.update_database_location()
    if was_ready:
        window.current_tab().ensure_loaded()
        window.update_actions()
        window.workflow_actions.update()
        window.update_counts()
    log.info("database switched (%s)", "server" if paths.on_server else "local file")
    return None


def _wait_for_workers(window: Any) -> None:
    for tab in window.all_tabs():  # the overview's worker has a connection of its own
        pool = getattr(tab, "pool", None)
        if pool is not None:
            pool.waitForDone(30_000)
