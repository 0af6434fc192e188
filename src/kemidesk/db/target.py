"""Which database a run uses: the local SQLite file (default) or an office PostgreSQL server.

A server is chosen by a URL, `postgresql://user@host:5432/kemidesk`, given as `--database`
on any command or in the environment variable KEMIDESK_DATABASE. No URL: the data folder's
SQLite file, as always. Nothing here connects; `db.setup.prepare_target` does.
"""

from __future__ import annotations

import os
from urllib.parse import unquote, urlsplit

DATABASE_ENV = "KEMIDESK_DATABASE"
SCHEMES = ("postgresql://", "postgres://")
# libpq's sslmode values: `?sslmode=require` (or verify-full with the office's CA certificate,
# `&sslrootcert=…`) encrypts the connection; the URL is passed to psycopg as it is.
SSLMODES = ("disable", "allow", "prefer", "require", "verify-ca", "verify-full")


class DatabaseUrlError(ValueError):
    """A database URL that is not a PostgreSQL URL (message in Finnish)."""


def normalize_url(url: str) -> str:
    """The URL in the `postgresql://` form psycopg and peewee take; raises DatabaseUrlError
    for anything else (a typo must not silently mean the local file)."""
    text = url.strip()
    if text.startswith("postgres://"):
        text = "postgresql://" + text[len("postgres://") :]
    if not text.startswith("postgresql://"):
        raise DatabaseUrlError(
            f"Tietokannan osoite {text!r} ei kelpaa: anna muodossa "
            "postgresql://käyttäjä@palvelin:5432/kemidesk"
        )
    parts = urlsplit(text)
    try:
        parts.port  # noqa: B018 - raises ValueError for a port that is not a number
    except ValueError as exc:
        raise DatabaseUrlError(f"Tietokannan osoitteen portti ei kelpaa: {text!r}") from exc
    sslmode = query_value(text, "sslmode")
    if sslmode is not None and sslmode not in SSLMODES:
        raise DatabaseUrlError(
            f"Tietokannan osoitteen sslmode={sslmode!r} ei kelpaa: anna jokin näistä: "
            f"{', '.join(SSLMODES)} (salattu yhteys: sslmode=require tai verify-full)"
        )
    if not parts.path.strip("/") and "dbname=" not in parts.query:
        raise DatabaseUrlError(
            f"Tietokannan osoitteesta {describe_url(text)} puuttuu tietokannan nimi "
            "(esim. …:5432/kemidesk)"
        )
    return text


def query_value(url: str, key: str) -> str | None:
    """The value of a `?key=value` parameter of the URL (the last one), or None."""
    found = None
    query = urlsplit(url).query
    for item in query.split("&") if query else []:
        name, _, value = item.partition("=")
        if name == key:
            found = unquote(value)
    return found


def uses_tls(url: str) -> bool:
    """True when the URL requires an encrypted connection (sslmode require or stricter)."""
    return query_value(url, "sslmode") in ("require", "verify-ca", "verify-full")


def chosen_url(cli_value: str | None) -> str | None:
    """`--database`, else KEMIDESK_DATABASE, else None (the local file)."""
    value = cli_value if cli_value is not None else os.environ.get(DATABASE_ENV)
    if value is None or not value.strip():
        return None
    return normalize_url(value)


def server_parts(url: str) -> tuple[str, str]:
    """(user, `host:port/database`) for the status bar. Without a user in the URL the
    server is asked as the operating system's user, as psycopg does."""
    import getpass

    parts = urlsplit(url)
    user = unquote(parts.username) if parts.username else ""
    for item in parts.query.split("&") if parts.query else []:
        key, _, value = item.partition("=")
        if key == "user" and value and not user:
            user = unquote(value)
    if not user:
        try:
            user = getpass.getuser()
        except Exception:  # no login name in this environment
            user = "?"
    where = describe_url(url)
    return user, where.split("@", 1)[1] if "@" in where else where


def describe_url(url: str) -> str:
    """`user@host:port/db` for messages and the status bar: never the password."""
    parts = urlsplit(url)
    user = unquote(parts.username) if parts.username else ""
    host = parts.hostname or "localhost"
    port = f":{parts.port}" if parts.port else ""
    for item in parts.query.split("&") if parts.query else []:
        key, _, value = item.partition("=")
        if key == "host" and value and not parts.hostname:
            host = unquote(value)
        elif key == "port" and value and not parts.port:
            port = f":{unquote(value)}"
    name = parts.path.strip("/")
    return f"{user + '@' if user else ''}{host}{port}/{name}"
