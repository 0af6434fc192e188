"""The command line against the office PostgreSQL server (the session's throwaway cluster):
`--database` and KEMIDESK_DATABASE select it, `server init` makes the schema, `demo`, `list`,
`print`, `check`, `backup` (pg_dump) work there, and bad URLs or an unreachable server give a
Finnish message with exit 2."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kemidesk.cli import main
from kemidesk.cli_server import find_pg_dump
from kemidesk.db.migrations import HEAD
from kemidesk.db.target import DATABASE_ENV, describe_url, normalize_url, server_parts


@pytest.fixture
def url(pg_server: Any) -> Iterator[str]:
    name = pg_server.create_database()
    yield pg_server.url(name)
    from kemidesk.db.connection import close_database

    close_database()
    pg_server.drop_database(name)


@pytest.mark.postgres
def test_server_init_demo_list_print_check_backup(
    url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    data = ["--data-dir", str(tmp_path / "data"), "--database", url]
    assert main(["server", "init", *data]) == 0
    assert f"luotu, versio {HEAD}" in capsys.readouterr().out
    assert main(["server", "init", *data]) == 0
    assert "ajan tasalla" in capsys.readouterr().out
    assert main(["demo", *data]) == 0
    assert "150 työsuhdetta" in capsys.readouterr().out
    monkeypatch.setenv(DATABASE_ENV, url)  # the environment variable alone selects it too
    assert main(["list", "decisions", "--format", "csv", "--data-dir", str(tmp_path / "d")]) == 0
    rows = capsys.readouterr().out.splitlines()
    assert len(rows) > 100
    number = next(line.split(";")[0] for line in rows[1:] if line.startswith("KL-"))
    assert main(["print", "decision", number, "-o", str(tmp_path / "p.pdf"), *data]) == 0
    assert (tmp_path / "p.pdf").read_bytes().startswith(b"%PDF")
    capsys.readouterr()
    assert main(["check", *data]) == 0
    out = capsys.readouterr().out
    assert "OK   numerointi" in out
    assert "Tietokanta on kunnossa." in out
    assert not (tmp_path / "data" / "kemidesk.sqlite3").exists()  # the local file untouched
    if find_pg_dump() is None:
        if os.environ.get("CI"):  # CI installs postgresql, which brings pg_dump
            pytest.fail("CI runs the server backup, but pg_dump is missing")
        pytest.skip("pg_dump is not installed (Debian: apt-get install postgresql-client)")
    assert main(["backup", "--to", str(tmp_path / "b"), *data]) == 0
    dumps = list((tmp_path / "b").glob("kemidesk-*-palvelin.dump"))
    assert len(dumps) == 1
    listing = subprocess.run(
        [str(Path(find_pg_dump()).with_name("pg_restore")), "--list", str(dumps[0])],  # type: ignore[arg-type]
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "TABLE DATA public decision " in listing


@pytest.mark.postgres
def test_check_finds_a_gap_in_the_numbers(url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["demo", "--database", url]) == 0
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("UPDATE decision_series SET last_seq = last_seq + 1 WHERE year = 2025")
    capsys.readouterr()
    assert main(["check", "--database", url]) == 1
    assert "VIKA numerointi: KL-2025" in capsys.readouterr().out


@pytest.mark.postgres
def test_restore_is_refused_on_the_server(url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["restore", "x.sqlite3", "--yes", "--database", url]) == 2
    assert "pg_restore" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("mysql://x@y/kemidesk", "ei kelpaa"),
        ("postgresql://x@y:notaport/kemidesk", "portti ei kelpaa"),
        ("postgresql://x@y:5432", "puuttuu tietokannan nimi"),
    ],
)
def test_bad_urls_are_refused_before_connecting(
    value: str, message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["list", "people", "--database", value]) == 2
    assert message in capsys.readouterr().err


def test_unreachable_server_is_a_finnish_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = f"postgresql://kemi:salainen@/kemidesk?host={tmp_path}&port=1"
    assert main(["list", "people", "--database", bad]) == 2
    err = capsys.readouterr().err
    assert "ei saada yhteyttä" in err
    assert "salainen" not in err  # never the password


def test_urls_are_described_without_the_password() -> None:
    url = normalize_url("postgres://kemi:salainen@palvelin.kemi.fi:5433/kemidesk?sslmode=require")
    assert url.startswith("postgresql://")
    assert describe_url(url) == "kemi@palvelin.kemi.fi:5433/kemidesk"
    assert server_parts(url) == ("kemi", "palvelin.kemi.fi:5433/kemidesk")
    socket = "postgresql://kemi@/kemidesk?host=/run/postgresql&port=5433"
    assert describe_url(socket) == "kemi@/run/postgresql:5433/kemidesk"


def test_pg_dump_gets_the_password_through_the_environment() -> None:
    from kemidesk.cli_server import _without_password

    conninfo, env = _without_password("postgresql://kemi:sal%20a@palvelin:5433/kemidesk")
    assert "sal" not in conninfo
    assert "host=palvelin" in conninfo
    assert env == {"PGPASSWORD": "sal a"}
