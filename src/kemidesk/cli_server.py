"""The command line's office-server side: `kemidesk server init`, `prune-sync-log` and
`backup` through pg_dump.

Messages are in Finnish, like the rest of the command line; the password of a database URL
is never printed (`db.target.describe_url`).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

from kemidesk.db.errors import DatabaseFileError
from kemidesk.paths import AppPaths

EXIT_OK, EXIT_FAIL, EXIT_USAGE = 0, 1, 2
PRUNE_KEEP_DAYS = 365  # a copy not synchronised for a year is made again


def add_server_parser(sub: Any, common: argparse.ArgumentParser, parser_class: Any) -> None:
    server = sub.add_parser(
        "server", parents=[common], help="toimiston tietokantapalvelimen ylläpito"
    )
    actions = server.add_subparsers(
        dest="server_command", metavar="TOIMINTO", required=True, parser_class=parser_class
    )
    actions.add_parser(
        "init",
        parents=[common],
        help="luo tai päivitä kemidesk-tietokanta palvelimelle (--database OSOITE)",
    )
    prune = actions.add_parser(
        "prune-sync-log",
        parents=[common],
        help="poista kannettavien synkronoinnin muutoslokista vanhat rivit (tietokannan omistaja)",
    )
    prune.add_argument(
        "--keep-days",
        type=int,
        default=PRUNE_KEEP_DAYS,
        metavar="PÄIVÄT",
        help=f"säilytä näin monen päivän muutokset (oletus {PRUNE_KEEP_DAYS})",
    )
    from kemidesk.cli_users import add_user_parsers

    add_user_parsers(actions, common)

    from kemidesk.cli_import import add_import_parser

    add_import_parser(actions, common)


def _fail(message: str, code: int) -> int:
    print(message, file=sys.stderr)
    return code


def cmd_server(paths: AppPaths, args: argparse.Namespace) -> int:
    """`server init`: the schema at head on an empty (or older) kemidesk database on the
    server; a database of another program, or of a newer kemidesk, is refused untouched."""
    from kemidesk.cli_users import USER_COMMANDS, cmd_users
    from kemidesk.db.connection import close_database, open_server_database
    from kemidesk.db.migrations import HEAD, check_version, migrate
    from kemidesk.db.target import describe_url

    if args.server_command in USER_COMMANDS:
        return cmd_users(paths, args)

    if args.server_command == "import-laptop":
        from kemidesk.cli_import import cmd_import_laptop

        return cmd_import_laptop(paths, args)
    if not paths.database_url:
        return _fail(
            "Anna palvelimen tietokanta: kemidesk server init --database "
            "postgresql://käyttäjä@palvelin:5432/kemidesk (tai KEMIDESK_DATABASE).",
            EXIT_USAGE,
        )
    where = describe_url(paths.database_url)
    try:
        db = open_server_database(paths.database_url)
    except DatabaseFileError as exc:
        return _fail(str(exc), EXIT_USAGE)
    if args.server_command == "prune-sync-log":
        return _prune_sync_log(db, where, args.keep_days)
    try:
        before = check_version(db)
        applied = migrate(db, None, None)
        from kemidesk.services.settings import list_rule_versions

        stored_rules = len(list_rule_versions())
        from kemidesk.cli_users import init_roles

        roles_line, roles_ok = init_roles(db)
    except DatabaseFileError as exc:
        return _fail(str(exc), EXIT_USAGE)
    finally:
        close_database()
    if applied:
        state = f"versio {HEAD} (oli {before})" if before else f"luotu, versio {HEAD}"
    else:
        state = f"ajan tasalla, versio {HEAD}"
    print(f"Tietokanta {where}: {state}.")
    if stored_rules:
        print(f"Säännöt: {stored_rules} tallennettua sääntöversiota, muuten ohjelman oletukset.")
    else:
        print(
            "Säännöt: ohjelman oletukset (README, The rules); muutokset ikkunassa "
            "Muokkaa → Asetukset…"
        )
    print(roles_line, file=sys.stdout if roles_ok else sys.stderr)
    return EXIT_OK if roles_ok else EXIT_FAIL


def _prune_sync_log(db: Any, where: str, keep_days: int) -> int:
    """`server prune-sync-log`: the change log's rows older than `keep_days` days removed."""
    import peewee

    from kemidesk.db.connection import close_database
    from kemidesk.db.migrations import HEAD, check_version
    from kemidesk.services.sync import SyncError, prune_change_log

    try:
        if check_version(db) != HEAD:
            return _fail(f"Päivitä ensin tietokanta {where}: kemidesk server init.", EXIT_USAGE)
        result = prune_change_log(keep_days)
    except SyncError as exc:
        return _fail(exc.message, EXIT_USAGE)
    except (DatabaseFileError, peewee.DatabaseError) as exc:
        return _fail(
            f"Muutoslokia ei voitu siivota ({where}): {exc}. Siivous tehdään tietokannan "
            "omistajan tunnuksella (sama kuin server init).",
            EXIT_FAIL,
        )
    finally:
        close_database()
    print(
        f"Muutosloki {where}: poistettu {result.removed} yli {keep_days} päivää vanhaa riviä "
        f"(kaikkiaan {result.total_removed}). Kannettavan kopio, jota ei ole synkronoitu "
        "niiden jälkeen, on tehtävä uudelleen (kemidesk sync init); sen omat muutokset "
        "lähtevät silti toimistoon."
    )
    return EXIT_OK


def find_pg_dump() -> str | None:
    """pg_dump on PATH, else the newest of Debian's server/client binaries."""
    found = shutil.which("pg_dump")
    if found:
        return found
    candidates = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/pg_dump"),
        key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit() else 0,
    )
    return str(candidates[-1]) if candidates else None


def backup_server(paths: AppPaths, target_dir: Path, now: datetime | None = None) -> int:
    """`backup` against the server: pg_dump's custom format (restored with pg_restore) into
    target_dir; without pg_dump, says how."""
    from kemidesk.db.target import describe_url

    assert paths.database_url is not None
    pg_dump = find_pg_dump()
    if pg_dump is None:
        return _fail(
            "Palvelimen varmuuskopio otetaan PostgreSQL:n pg_dump-ohjelmalla, jota ei löytynyt. "
            "Asenna PostgreSQL:n asiakasohjelmat (Debian/Ubuntu: apt-get install "
            "postgresql-client; Windows: PostgreSQL-asennuksen Command Line Tools) tai aja "
            "palvelimella: pg_dump --format=custom --file=kemidesk.dump kemidesk",
            EXIT_USAGE,
        )
    try:
        target_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        return _fail(f"Varmuuskopiota ei voi kirjoittaa kansioon {target_dir}: {exc}", EXIT_USAGE)
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    target = target_dir / f"kemidesk-{stamp}-palvelin.dump"
    conninfo, env = _without_password(paths.database_url)
    result = subprocess.run(
        [pg_dump, "--format=custom", "--no-owner", f"--file={target}", f"--dbname={conninfo}"],
        capture_output=True,
        text=True,
        env={**os.environ, "PGCONNECT_TIMEOUT": "10", **env},
        check=False,
    )
    if result.returncode != 0:
        target.unlink(missing_ok=True)
        detail = (result.stderr.strip().splitlines() or ["?"])[-1]
        return _fail(
            f"Palvelimen {describe_url(paths.database_url)} varmuuskopio epäonnistui: {detail}",
            EXIT_USAGE,
        )
    print(f"Varmuuskopio tallennettu: {target} (palauta: pg_restore --dbname=… {target.name})")
    return EXIT_OK


def _without_password(url: str) -> tuple[str, dict[str, str]]:
    """The URL as a conninfo string without its password, which goes to pg_dump through
    PGPASSWORD instead (a command line is visible to every user of the machine)."""
    from psycopg.conninfo import conninfo_to_dict, make_conninfo

    params = conninfo_to_dict(url)
    password = params.pop("password", None)
    env = {"PGPASSWORD": str(password)} if password else {}
    return make_conninfo(**{k: str(v) for k, v in params.items()}), env
