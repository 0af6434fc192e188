"""TLS: `sslmode` in the database URL is checked and handed to psycopg unchanged. The test
cluster listens only on a Unix socket, where libpq uses no TLS, so `require` is proved by the
parameter reaching psycopg's connect; `disable` is proved against the real server."""

from __future__ import annotations

from typing import Any

import psycopg
import pytest
from psycopg.conninfo import conninfo_to_dict

from kemidesk.db.connection import close_database, open_server_database
from kemidesk.db.target import DatabaseUrlError, describe_url, normalize_url, uses_tls


def test_sslmode_is_kept_and_checked() -> None:
    url = normalize_url("postgres://maija@palvelin.kemi.fi:5432/kemidesk?sslmode=require")
    assert url == "postgresql://maija@palvelin.kemi.fi:5432/kemidesk?sslmode=require"
    assert uses_tls(url)
    assert conninfo_to_dict(url)["sslmode"] == "require"
    assert not uses_tls("postgresql://maija@palvelin/kemidesk")
    assert not uses_tls("postgresql://maija@palvelin/kemidesk?sslmode=prefer")
    assert describe_url(url) == "maija@palvelin.kemi.fi:5432/kemidesk"  # no password, no noise
    with pytest.raises(DatabaseUrlError, match="sslmode='vaadi' ei kelpaa"):
        normalize_url("postgresql://maija@palvelin/kemidesk?sslmode=vaadi")


@pytest.mark.postgres
def test_sslmode_reaches_psycopg_and_disable_works_on_the_server(
    pg_server: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[dict[str, Any]] = []
    real_connect = psycopg.connect

    def recording_connect(*args: Any, **kwargs: Any) -> Any:
        seen.append(conninfo_to_dict(kwargs.get("conninfo", "")))
        return real_connect(*args, **kwargs)

    monkeypatch.setattr(psycopg, "connect", recording_connect)
    url = pg_server.url("postgres") + "&sslmode=disable"
    db = open_server_database(normalize_url(url))
    try:
        assert seen[-1]["sslmode"] == "disable"
        live = conninfo_to_dict(db.connection().info.dsn)  # what libpq connected with
        assert live["sslmode"] == "disable"
        assert db.execute_sql("SELECT 1").fetchone() == (1,)
    finally:
        close_database()
    monkeypatch.setattr(psycopg, "connect", recording_connect)
    require = pg_server.url("postgres") + "&sslmode=require"
    db = open_server_database(normalize_url(require))  # a Unix socket: libpq skips TLS
    try:
        assert seen[-1]["sslmode"] == "require"
        assert conninfo_to_dict(db.connection().info.dsn)["sslmode"] == "require"
    finally:
        close_database()
