"""`kemidesk sync`: laptop copies of the office database (issue 13).

    kemidesk sync init --database URL [--data-dir D] [--associations ID,…]
    kemidesk sync [--database URL]          push the waiting changes, pull the office's
    kemidesk sync status                    online/offline, last sync, waiting, conflicts
    kemidesk sync conflicts [--format csv]  the open conflicts

The copy is the data folder's SQLite file, so the window opens it as usual. `--database`
names the office server; the copy remembers it without the password (give the password
again with --database, KEMIDESK_DATABASE, PGPASSWORD or the pgpass file).
"""

from __future__ import annotations

import argparse
import csv
import sys
from typing import Any

from kemidesk.db.errors import DatabaseFileError
from kemidesk.domain.errors import DomainError
from kemidesk.paths import AppPaths

EXIT_OK, EXIT_FAIL, EXIT_USAGE = 0, 1, 2


def add_sync_parser(sub: Any, common: argparse.ArgumentParser, parser_class: Any) -> None:
    sync = sub.add_parser(
        "sync", parents=[common], help="kannettavan kopio: synkronoi toimiston tietokannan kanssa"
    )
    actions = sync.add_subparsers(
        dest="sync_command", metavar="TOIMINTO", required=False, parser_class=parser_class
    )
    init = actions.add_parser(
        "init", parents=[common], help="tee kannettavan kopio (--database OSOITE)"
    )
    init.add_argument(
        "--associations",
        metavar="ID,…",
        default="",
        help="vain nämä yhdistykset (toimiston tunnukset) ja kaikki niiden alla",
    )
    actions.add_parser("status", parents=[common], help="yhteys, viimeisin synkronointi, jono")
    conflicts = actions.add_parser("conflicts", parents=[common], help="avoimet ristiriidat")
    conflicts.add_argument("--format", choices=("table", "csv"), default="table")


def _fail(message: str, code: int) -> int:
    print(message, file=sys.stderr)
    return code


def cmd_sync(paths: AppPaths, args: argparse.Namespace) -> int:
    from kemidesk.db.connection import close_database
    from kemidesk.db.setup import prepare_database

    action = getattr(args, "sync_command", None)
    url = paths.database_url
    if action == "init":
        if not url:
            return _fail(
                "Anna toimiston tietokanta: kemidesk sync init --database "
                "postgresql://käyttäjä@palvelin:5432/kemidesk",
                EXIT_USAGE,
            )
        try:
            ids = [int(x) for x in args.associations.split(",") if x.strip()]
        except ValueError:
            return _fail("--associations: anna yhdistysten tunnukset pilkuin, esim. 3,7", 2)
    try:
        prepare_database(paths.database, paths.backup_dir)
    except DatabaseFileError as exc:
        return _fail(str(exc), EXIT_USAGE)
    try:
        if action == "init":
            return _init(paths, url or "", ids)
        if action == "status":
            return _status(url)
        if action == "conflicts":
            return _conflicts(args.format)
        return _run(url)
    except DomainError as exc:
        return _fail(exc.message, EXIT_FAIL)
    finally:
        close_database()


def _init(paths: AppPaths, url: str, ids: list[int]) -> int:
    from kemidesk.db.target import describe_url
    from kemidesk.services.sync import init_copy

    counts = init_copy(url, ids or None)
    rows = sum(counts.values())
    scope = f"yhdistykset {', '.join(map(str, ids))}" if ids else "koko toimisto"
    print(
        f"Kopio tehty: {paths.database} ({scope}, {rows} riviä) palvelimelta {describe_url(url)}."
    )
    print("Ikkuna avaa kopion tavalliseen tapaan; synkronoi: kemidesk sync")
    return EXIT_OK


def _run(url: str | None) -> int:
    from kemidesk.services.sync import synchronise

    result = synchronise(url)
    print(
        f"Synkronoitu: lähetetty {result.pushed} muutosta"
        + (f" ({result.already_applied} oli jo perillä)" if result.already_applied else "")
        + f", haettu {result.pulled_rows} riviä, uusia ristiriitoja {result.conflicts}."
    )
    return EXIT_OK


def _when(moment: Any) -> str:
    return "ei vielä" if moment is None else moment.strftime("%d.%m.%Y %H.%M") + " UTC"


def _status(url: str | None) -> int:
    from kemidesk.services.sync import status

    state = status(url)
    print(f"Toimiston tietokanta: {state.server}")
    print(f"Yhteys: {'yhteydessä' if state.online else 'ei yhteyttä'}")
    print(f"Viimeksi synkronoitu: {_when(state.last_sync_at)}")
    print(f"Odottavia muutoksia: {state.waiting}")
    print(f"Avoimia ristiriitoja: {state.conflicts_open}")
    if state.last_error:
        print(f"Viimeisin virhe: {state.last_error}")
    return EXIT_OK


def _conflicts(fmt: str) -> int:
    from kemidesk.services.sync import list_conflicts

    rows = list_conflicts()
    header = ["id", "taulu", "rivi", "kenttä", "kannettava", "toimisto", "muuttaja", "muutettu"]
    data = [
        [
            str(c.id), c.table_name, c.row_uuid, c.field, _text(c.laptop_value),
            _text(c.server_value), c.laptop_user, _when(c.laptop_at),
        ]
        for c in rows
    ]  # fmt: skip
    if fmt == "csv":
        writer = csv.writer(sys.stdout, delimiter=";", lineterminator="\n")
        writer.writerow(header)
        writer.writerows(data)
        return EXIT_OK
    if not rows:
        print("Ei avoimia ristiriitoja.")
        return EXIT_OK
    for row in data:
        print(" | ".join(row))
    return EXIT_OK


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "kyllä" if value else "ei"
    return str(value)
