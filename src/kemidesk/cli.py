"""Command line: the window (no subcommand) and the administrator's subcommands.

Messages are in Finnish. Exit status: 0 ok, 1 a check failed or the user said no,
2 bad arguments or an unusable database/data folder. Never a traceback for expected errors.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import dataclasses
import logging
import os
import sqlite3
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from pathlib import Path
from typing import Any, TextIO

from kemidesk import __version__
from kemidesk.cli_args import decision_number, non_empty, record_id, year_month
from kemidesk.db.collector import collector_paused
from kemidesk.db.errors import DatabaseFileError
from kemidesk.domain.errors import DomainError
from kemidesk.paths import AppPaths, resolve_paths

log = logging.getLogger(__name__)

EXIT_OK, EXIT_FAIL, EXIT_USAGE = 0, 1, 2
LIST_ENTITIES = (
    "associations", "people", "placements", "decisions", "payments", "trainings", "supervision",
    "transfers", "needs", "seekers", "rings", "coaches",
)  # fmt: skip
IMPORT_ENTITIES = ("associations", "people", "placements")


class KemideskArgumentParser(argparse.ArgumentParser):
    """argparse with Finnish usage errors (exit 2, no traceback)."""

    def error(self, message: str) -> None:  # type: ignore[override]
        for english, finnish in ARGPARSE_FINNISH:
            message = message.replace(english, finnish)
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: virhe: {message}\n")


ARGPARSE_FINNISH = (  # argparse's own phrases (its gettext catalogue has no Finnish)
    ("the following arguments are required: ", "nämä argumentit puuttuvat: "),
    ("unrecognized arguments: ", "tuntemattomia argumentteja: "),
    ("invalid choice: ", "kelvoton valinta: "),
    ("(choose from ", "(vaihtoehdot: "),
    ("expected one argument", "arvo puuttuu"),
    ("invalid int value: ", "ei kokonaisluku: "),
    ("argument ", "argumentti "),
)


class _Skipped:
    """Stands for a subcommand's parser that this run does not build: every call is taken and
    does nothing (see `build_parser(command)`)."""

    def __getattr__(self, name: str) -> Any:
        return lambda *args, **kwargs: self


class _OnlyCommand:
    """The subparsers action, building the parser of one subcommand only."""

    def __init__(self, sub: Any, command: str | None) -> None:
        self.sub, self.command = sub, command

    def add_parser(self, name: str, **kwargs: Any) -> Any:
        if self.command is None or name == self.command:
            return self.sub.add_parser(name, **kwargs)
        return _Skipped()


# Options of the main parser that take a value (the command is the first other word).
_VALUE_OPTIONS = ("--data-dir", "--database")


def command_of(argv: Sequence[str]) -> str | None:
    """The subcommand named in `argv`, when it is one of ours; else None (all are built)."""
    words = iter(argv)
    for word in words:
        if word in ("-h", "--help", "--"):
            return None  # the main parser's help lists every command
        if (
            word.startswith("--")
            and "=" not in word
            and any(option.startswith(word) for option in _VALUE_OPTIONS)
        ):  # argparse takes an abbreviation too
            next(words, None)
        elif not word.startswith("-"):
            return word if word in COMMAND_NAMES else None
    return None


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The whole parser, or with `command` only that subcommand's parser (the others cost
    ~20 ms of every process's start to build)."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        metavar="KANSIO",
        type=non_empty("--data-dir"),
        default=argparse.SUPPRESS,
        help="tietokansio (oletus: käyttäjän datakansio tai KEMIDESK_DATA_DIR)",
    )
    common.add_argument(
        "--database",
        metavar="OSOITE",
        type=non_empty("--database"),
        default=argparse.SUPPRESS,
        help="toimiston tietokantapalvelin, esim. postgresql://käyttäjä@palvelin:5432/kemidesk "
        "(oletus: KEMIDESK_DATABASE, muuten datakansion SQLite-tiedosto)",
    )
    parser = KemideskArgumentParser(
        prog="kemidesk",
        parents=[common],
        description="Kemi-lisä ja järjestötyöllistäminen – Kemin kaupungin työllisyyspalvelut.",
    )
    parser.add_argument("--version", action="version", version=f"kemidesk {__version__}")
    parser.add_argument("--smoke-test", action="store_true", help=argparse.SUPPRESS)
    sub = _OnlyCommand(
        parser.add_subparsers(
            dest="command", metavar="KOMENTO", parser_class=KemideskArgumentParser
        ),
        command,
    )

    demo = sub.add_parser(
        "demo", parents=[common], help="täytä tyhjä tietokanta esittelyaineistolla"
    )
    demo.add_argument("--scale", choices=("small", "medium", "large", "xl"), default="small")
    demo.add_argument("--seed", type=int, default=2026, help=argparse.SUPPRESS)

    lst = sub.add_parser("list", parents=[common], help="tulosta luettelo")
    lst.add_argument(
        "entity", choices=LIST_ENTITIES, metavar="KOHDE", help=", ".join(LIST_ENTITIES)
    )
    lst.add_argument("--format", choices=("table", "csv"), default="table")
    lst.add_argument("--all", action="store_true", help="myös arkistoidut")

    xlsx = sub.add_parser("export", parents=[common], help="vie luettelo Excel-tiedostoon")
    xlsx.add_argument(
        "entity",
        choices=(*LIST_ENTITIES, "all"),
        metavar="KOHDE",
        help=", ".join(LIST_ENTITIES) + " tai all (kaikki omille välilehdilleen)",
    )
    xlsx.add_argument("-o", "--output", required=True, metavar="TIEDOSTO.xlsx", type=_xlsx)
    xlsx.add_argument("--all", action="store_true", help="myös arkistoidut")

    importing = sub.add_parser(
        "import", parents=[common], help="tuo yhdistykset, henkilöt tai työsuhteet taulukosta"
    )
    importing.add_argument(
        "entity", choices=IMPORT_ENTITIES, metavar="KOHDE", help=", ".join(IMPORT_ENTITIES)
    )
    importing.add_argument(
        "file", metavar="TIEDOSTO", type=non_empty("TIEDOSTO"), help=".xlsx tai ;-eroteltu .csv"
    )
    importing.add_argument(
        "--dry-run",
        action="store_true",
        help="tarkista vain; poistumiskoodi 1, jos rivissä on virhe",
    )
    template = sub.add_parser(
        "import-template", parents=[common], help="tallenna tuonnin Excel-pohja"
    )
    template.add_argument(
        "entity", choices=IMPORT_ENTITIES, metavar="KOHDE", help=", ".join(IMPORT_ENTITIES)
    )
    template.add_argument("-o", "--output", required=True, metavar="TIEDOSTO.xlsx", type=_xlsx)

    check = sub.add_parser(
        "check", parents=[common], help="tarkista tietokannan eheys (ei muuta tiedostoa)"
    )
    check.add_argument(
        "--full", action="store_true", help="perusteellinen integrity_check (hitaampi)"
    )

    backup = sub.add_parser("backup", parents=[common], help="ota varmuuskopio")
    backup.add_argument(
        "--to",
        metavar="KANSIO",
        type=non_empty("--to"),
        help="kohdekansio (oletus: datakansion backups)",
    )

    restore = sub.add_parser("restore", parents=[common], help="palauta varmuuskopiosta")
    restore.add_argument("file", metavar="TIEDOSTO", type=non_empty("TIEDOSTO"))
    restore.add_argument("--yes", action="store_true", help="älä kysy vahvistusta")

    export = sub.add_parser(
        "export-person", parents=[common], help="vie yhden henkilön kaikki tiedot (JSON)"
    )
    export.add_argument("person_id", type=record_id, metavar="HENKILÖ")
    export.add_argument("-o", "--output", required=True, metavar="TIEDOSTO", type=_output)

    add_print_parser(sub, common)
    add_report_parser(sub, common)
    add_match_parser(sub, common)
    if command in (None, "server"):
        from kemidesk.cli_server import add_server_parser

        add_server_parser(sub, common, KemideskArgumentParser)
    if command in (None, "sync"):
        from kemidesk.cli_sync import add_sync_parser

        add_sync_parser(sub, common, KemideskArgumentParser)
    return parser


def _day(text: str) -> date:
    from kemidesk.domain.dates import parse_date
    from kemidesk.domain.errors import ValidationError

    try:
        return parse_date(text)
    except ValidationError:
        raise argparse.ArgumentTypeError(
            f"anna päivämäärä muodossa 28.11.2026 tai 2026-11-28, ei {text!r}"
        ) from None


def _year(text: str) -> int:
    if not text.isdigit() or not 2000 <= int(text) <= 2100:
        raise argparse.ArgumentTypeError(f"anna vuosi nelinumeroisena (2000–2100), ei {text!r}")
    return int(text)


def _report_file(text: str) -> str:
    value = non_empty("TIEDOSTO")(text)
    if not value.lower().endswith((".pdf", ".xlsx")):
        raise argparse.ArgumentTypeError(f"anna .pdf- tai .xlsx-tiedosto, ei {value}")
    return value


def add_report_parser(sub: Any, common: argparse.ArgumentParser) -> None:
    report = sub.add_parser("report", parents=[common], help="raportit (PDF tai Excel)")
    kinds = report.add_subparsers(
        dest="report", metavar="RAPORTTI", required=True, parser_class=KemideskArgumentParser
    )
    eff = kinds.add_parser(
        "effectiveness", parents=[common], help="vaikuttavuus kaudelta ja edelliseltä kaudelta"
    )
    eff.add_argument("--from", dest="start", required=True, metavar="PVM", type=_day)
    eff.add_argument("--to", dest="end", required=True, metavar="PVM", type=_day)
    eff.add_argument(
        "--group",
        choices=("none", "employer_type", "target_group", "association", "ring"),
        default="none",
        help="ryhmittely (oletus: ei ryhmittelyä)",
    )
    eff.add_argument("-o", "--output", required=True, metavar="TIEDOSTO", type=_report_file)
    year = kinds.add_parser("year", parents=[common], help="vuosiraportti valtuustolle")
    year.add_argument("year", metavar="VUOSI", type=_year)
    year.add_argument("-o", "--output", required=True, metavar="TIEDOSTO", type=_report_file)


def add_match_parser(sub: Any, common: argparse.ArgumentParser) -> None:
    match = sub.add_parser(
        "match", parents=[common], help="työnhakijat tarpeelle tai tarpeet työnhakijalle"
    )
    which = match.add_mutually_exclusive_group(required=True)
    which.add_argument("--need", type=record_id, metavar="TARVE", help="rekrytointitarpeen id")
    which.add_argument("--person", type=record_id, metavar="HENKILÖ", help="työnhakijan id")
    match.add_argument("--format", choices=("table", "csv"), default="table")
    match.add_argument("--limit", type=int, default=50, help="näin monta parasta (oletus 50)")


def add_print_parser(sub: Any, common: argparse.ArgumentParser) -> None:
    printing = sub.add_parser("print", parents=[common], help="tulosta asiakirja PDF-tiedostoon")
    kinds = printing.add_subparsers(
        dest="document", metavar="ASIAKIRJA", required=True, parser_class=KemideskArgumentParser
    )
    decision = kinds.add_parser("decision", parents=[common], help="päätös")
    decision.add_argument("number", metavar="NUMERO", type=decision_number)
    decision.add_argument("--public", action="store_true", help="julkinen versio")
    decision.add_argument("-o", "--output", required=True, metavar="TIEDOSTO", type=_output)
    followup = kinds.add_parser("followup", parents=[common], help="seurantalomake")
    followup.add_argument("placement_id", type=record_id, metavar="TYÖSUHDE")
    followup.add_argument("--blank", action="store_true", help="tyhjä lomake käynnille")
    followup.add_argument("-o", "--output", required=True, metavar="TIEDOSTO", type=_output)
    transfer = kinds.add_parser("transfer-agreement", parents=[common], help="siirtosopimus")
    transfer.add_argument("transfer_id", type=record_id, metavar="SOPIMUS")
    transfer.add_argument("-o", "--output", required=True, metavar="TIEDOSTO", type=_output)
    payments = kinds.add_parser("payments", parents=[common], help="maksulista")
    payments.add_argument("--month", required=True, metavar="VVVV-KK", type=year_month)
    payments.add_argument("-o", "--output", required=True, metavar="TIEDOSTO", type=_output)
    invitation = kinds.add_parser("invitation", parents=[common], help="kutsu valmennukseen")
    invitation.add_argument("training_id", type=record_id, metavar="VALMENNUS")
    invitation.add_argument(
        "--each", action="store_true", help="oma kirje jokaiselle yhdistykselle"
    )
    invitation.add_argument("-o", "--output", required=True, metavar="TIEDOSTO", type=_output)
    attendance = kinds.add_parser(
        "attendance", parents=[common], help="valmennuksen osallistujalista"
    )
    attendance.add_argument("training_id", type=record_id, metavar="VALMENNUS")
    attendance.add_argument("-o", "--output", required=True, metavar="TIEDOSTO", type=_output)
    survey = kinds.add_parser(
        "survey", parents=[common], help="rekrytointitarvekartoituksen lomake"
    )
    survey.add_argument(
        "--association",
        type=record_id,
        metavar="YHDISTYS",
        help="esitäytetty yhdistyksen viime vastauksilla (oletus: tyhjä lomake)",
    )
    survey.add_argument("-o", "--output", required=True, metavar="TIEDOSTO", type=_output)


_output = non_empty("TIEDOSTO")


def _xlsx(text: str) -> str:
    value = non_empty("TIEDOSTO")(text)
    if not value.lower().endswith(".xlsx"):
        raise argparse.ArgumentTypeError(
            f"anna .xlsx-päätteinen tiedosto (esim. lista.xlsx), ei {value}"
        )
    return value


# True in a process that runs one command and ends (`main(own_process=True)`, __main__):
# what the command line's paused stretches keep (peewee, the printing) is then set aside for
# the rest of the process (`collector_paused(keep=True)`); False when called in a test's or
# another program's process.
_own_process = False


def main(argv: Sequence[str] | None = None, *, own_process: bool = False) -> int:
    """Run one command; a closed output pipe (`kemidesk list people | head`) ends quietly."""
    global _own_process
    _own_process = own_process
    try:
        code = _main(argv)
        sys.stdout.flush()
    except BrokenPipeError:
        # The reader went away: point stdout at nothing so the interpreter's final flush
        # does not complain, and end as if all was printed (like coreutils do with SIGPIPE).
        with contextlib.suppress(OSError, ValueError):
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    return code


def _main(argv: Sequence[str] | None = None) -> int:
    words = sys.argv[1:] if argv is None else list(argv)
    args = build_parser(command_of(words)).parse_args(words)
    if args.smoke_test:  # works in its own temporary folder; never touches the user's data
        from kemidesk.smoke import run_smoke_test

        return run_smoke_test()
    paths = _paths_of(args)
    if isinstance(paths, int):
        return paths
    from kemidesk.logs import setup_logging

    try:
        setup_logging(paths.log_file)
    except OSError as exc:
        return _fail(f"Lokitiedostoa ei voi kirjoittaa: {exc}", EXIT_USAGE)
    if args.command is None:
        return _run_window(paths)
    if args.command in ("restore", "check", "server", "sync"):  # each opens on its own
        own = {"restore": cmd_restore, "check": cmd_check, "server": _server, "sync": _sync}
        return own[args.command](paths, args)
    plain = _list_plain(paths, args)
    if plain is not None:
        return plain
    handler = COMMANDS[args.command]
    try:
        _open(paths)
    except DatabaseFileError as exc:
        return _fail(str(exc), EXIT_USAGE)
    except OSError as exc:
        return _fail(f"Tietokantaa {_where(paths)} ei voi avata: {exc}", EXIT_USAGE)
    try:
        return handler(paths, args)
    except DomainError as exc:
        return _fail(exc.message, EXIT_USAGE)  # Finnish, like the rest of the CLI
    except Exception as exc:
        if not _is_database_error(exc):
            raise
        # damage SQLite found only now, past the inspection at opening; a server's error
        log.error("database error in %s: %s", args.command, type(exc).__name__)
        return _database_failure(paths, exc)
    finally:
        from kemidesk.db.connection import close_database

        close_database()


def _server(paths: AppPaths, args: argparse.Namespace) -> int:
    from kemidesk.cli_server import cmd_server

    return cmd_server(paths, args)


def _sync(paths: AppPaths, args: argparse.Namespace) -> int:
    from kemidesk.cli_sync import cmd_sync

    return cmd_sync(paths, args)


def _database_failure(paths: AppPaths, exc: Exception) -> int:
    if paths.on_server:
        return _fail(f"Tietokantapalvelimen virhe ({_where(paths)}): {exc}", EXIT_USAGE)
    return _fail(
        f"Tietokanta {paths.database} on vioittunut tai sitä ei voi lukea: {exc}. "
        "Tarkista se: kemidesk check --full",
        EXIT_USAGE,
    )


def _paths_of(args: argparse.Namespace) -> AppPaths | int:
    """The folders and the database (--database, else KEMIDESK_DATABASE, else the folder's
    file); an exit status when they cannot be used."""
    from kemidesk.db.target import DatabaseUrlError, chosen_url

    try:
        url = chosen_url(getattr(args, "database", None))
    except DatabaseUrlError as exc:
        return _fail(str(exc), EXIT_USAGE)
    try:
        paths = dataclasses.replace(
            resolve_paths(getattr(args, "data_dir", None)), database_url=url
        )
        paths.ensure()
    except OSError as exc:
        return _fail(f"Datakansiota ei voi käyttää: {exc}", EXIT_USAGE)
    return paths


def _is_database_error(exc: Exception) -> bool:
    import peewee  # loaded by then: the database is open

    return isinstance(exc, (sqlite3.DatabaseError, peewee.DatabaseError))


def _list_plain(paths: AppPaths, args: argparse.Namespace) -> int | None:
    """`list placements --format csv` on a local file at the current schema, over sqlite3
    without peewee (services.listing_sql); None when the full path must do it (another list,
    the table format, the server, or a file to create or migrate first)."""
    if args.command != "list" or args.format != "csv" or paths.on_server:
        return None
    from kemidesk.services.listing_sql import PLAIN_CSV

    cells = PLAIN_CSV.get(args.entity)
    if cells is None:
        return None
    from kemidesk.db.reading import close_reading, open_at_head

    try:
        conn = open_at_head(paths.database)
    except DatabaseFileError as exc:
        return _fail(str(exc), EXIT_USAGE)
    except OSError as exc:
        return _fail(f"Tietokantaa {_where(paths)} ei voi avata: {exc}", EXIT_USAGE)
    if conn is None:
        return None
    try:
        with collector_paused():  # 40 000 row tuples, no cycles among them
            header, rows = cells(conn, args.all)
            _write_csv(header, rows)
        return EXIT_OK
    except sqlite3.DatabaseError as exc:  # damage found only now, past the inspection
        log.error("database error in %s: %s", args.command, type(exc).__name__)
        return _database_failure(paths, exc)
    finally:
        close_reading(conn, paths.database)


def _write_csv(header: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    writer = csv.writer(sys.stdout, delimiter=";", lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)


def _fail(message: str, code: int) -> int:
    print(message, file=sys.stderr)
    return code


def _open(paths: AppPaths) -> None:
    # peewee, the models and the file's checks: thousands of objects that live as long as the
    # process; the collector's passes while they are made would find nothing to free.
    with collector_paused(keep=_own_process):
        from kemidesk.db.setup import prepare_for

        prepare_for(paths)


def _where(paths: AppPaths) -> str:
    """The database in a message: the server (never its password) or the file."""
    if paths.database_url:
        from kemidesk.db.target import describe_url

        return f"palvelimella {describe_url(paths.database_url)}"
    return str(paths.database)


def _run_window(paths: AppPaths) -> int:
    try:
        from kemidesk.ui.app import run_app
    except ImportError as exc:
        log.error("window unavailable: %s", exc)
        return _fail(
            "Ikkunaa ei voi avata: käyttöliittymä puuttuu tästä asennuksesta "
            f"({exc}). Komentorivin ohje: kemidesk --help",
            EXIT_FAIL,
        )
    return run_app(paths)


# ---------------------------------------------------------------- subcommands


def cmd_demo(paths: AppPaths, args: argparse.Namespace) -> int:
    from kemidesk.demo import database_has_data, generate_demo

    if database_has_data():
        if paths.on_server:
            return _fail(
                f"Tietokannassa {_where(paths)} on jo tietoja. Esittelyaineisto tehdään vain "
                "tyhjään tietokantaan.",
                EXIT_FAIL,
            )
        return _fail(
            f"Kansiossa {paths.data_dir} on jo tietoja. Esittelyaineisto tehdään vain tyhjään "
            "kansioon: anna toinen --data-dir.",
            EXIT_FAIL,
        )
    started = time.perf_counter()
    summary = generate_demo(args.scale, seed=args.seed, progress=lambda m: print(m, flush=True))
    took = time.perf_counter() - started
    from kemidesk.db.connection import database_proxy

    if paths.on_server:
        where = f"Tietokanta {_where(paths)}."
    else:
        database_proxy.obj.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        size = paths.database.stat().st_size / 1_000_000
        where = f"Tietokanta {paths.database} ({size:.1f} Mt)."
    print(
        f"Valmis {took:.1f} s: {summary.associations} yhdistystä, {summary.people} henkilöä, "
        f"{summary.placements} työsuhdetta, {summary.decisions} päätöstä, {summary.payments} "
        f"maksua, {summary.followups} seurantaa, {summary.outcomes} jatkopolkua. {where}"
    )
    return EXIT_OK


def cmd_check(paths: AppPaths, args: argparse.Namespace) -> int:
    """Read-only: the file is inspected and checked without being opened for writing (a
    missing database is first created empty, as every command does)."""
    from kemidesk.db.inspect import Problem, inspect_database
    from kemidesk.db.integrity import run_checks
    from kemidesk.db.migrations import HEAD

    if paths.on_server:
        return _check_server(paths)
    database = paths.database
    if not database.exists() or database.stat().st_size == 0:
        try:
            _open(paths)
        except (DatabaseFileError, OSError) as exc:
            return _fail(str(exc), EXIT_USAGE)
        finally:
            from kemidesk.db.connection import close_database

            close_database()
    try:
        inspect_database(database, HEAD, quick_check=False)
    except DatabaseFileError as exc:
        problem = getattr(exc, "problem", None)
        if problem not in (Problem.DAMAGED, Problem.TRUNCATED):
            return _fail(str(exc), EXIT_USAGE)  # not ours, or newer: nothing to check
        print(f"VIKA tiedosto: {exc}")
        print("Tietokannassa on vikoja.")
        return EXIT_FAIL
    ok = True
    for name, passed, detail in run_checks(database, HEAD, full=args.full):
        ok &= passed
        print(f"{'OK  ' if passed else 'VIKA'} {name}: {detail}")
    print("Tietokanta on kunnossa." if ok else "Tietokannassa on vikoja.")
    return EXIT_OK if ok else EXIT_FAIL


def _check_server(paths: AppPaths) -> int:
    """The server's checks (`db.integrity.run_server_checks`): connects, never migrates."""
    from kemidesk.db.connection import close_database, open_server_database
    from kemidesk.db.integrity import run_server_checks

    assert paths.database_url is not None
    try:
        open_server_database(paths.database_url)
    except DatabaseFileError as exc:
        return _fail(str(exc), EXIT_USAGE)
    try:
        results = run_server_checks()
    except DatabaseFileError as exc:
        return _fail(str(exc), EXIT_USAGE)  # not ours, or newer: nothing to check
    finally:
        close_database()
    ok = True
    for name, passed, detail in results:
        ok &= passed
        print(f"{'OK  ' if passed else 'VIKA'} {name}: {detail}")
    print("Tietokanta on kunnossa." if ok else "Tietokannassa on vikoja.")
    return EXIT_OK if ok else EXIT_FAIL


def cmd_backup(paths: AppPaths, args: argparse.Namespace) -> int:
    from kemidesk.db.backup import backup_database

    target_dir = Path(args.to).expanduser() if args.to else paths.backup_dir
    if paths.on_server:
        from kemidesk.cli_server import backup_server

        return backup_server(paths, target_dir)
    try:
        target = backup_database(paths.database, target_dir, reason="varmuuskopio")
    except (OSError, sqlite3.Error) as exc:
        return _fail(f"Varmuuskopiota ei voi kirjoittaa kansioon {target_dir}: {exc}", EXIT_USAGE)
    print(f"Varmuuskopio tallennettu: {target}")
    return EXIT_OK


def cmd_restore(paths: AppPaths, args: argparse.Namespace, stdin: TextIO | None = None) -> int:
    """Replace the live database with a backup. Refused while the data folder is in use (a
    window holds its lock) or when the file is not a sound kemidesk database."""
    from kemidesk.db.backup import restore_database
    from kemidesk.db.inspect import inspect_database
    from kemidesk.db.lock import FolderLock, LockHeldError
    from kemidesk.db.migrations import HEAD

    if paths.on_server:
        return _fail(
            f"Tietokantaa {_where(paths)} ei palauteta tällä komennolla: palvelimen "
            "varmuuskopio palautetaan PostgreSQL:n pg_restore-ohjelmalla.",
            EXIT_USAGE,
        )
    source = Path(args.file).expanduser()
    try:
        inspect_database(source, HEAD, candidate=True)
    except DatabaseFileError as exc:
        return _fail(f"Tiedostoa {source} ei voi palauttaa: {exc}", EXIT_USAGE)
    lock = FolderLock(paths.data_dir, purpose="restore")
    try:
        lock.acquire()
    except LockHeldError as exc:
        return _fail(
            f"Ei palautettu: {exc} Sulje ikkuna ensin, tai palauta ikkunassa: "
            "Tiedosto → Palauta varmuuskopiosta…",
            EXIT_USAGE,
        )
    try:
        if not args.yes and not _confirm(paths, source, stdin):
            print("Peruttu.")
            return EXIT_FAIL
        try:
            saved = restore_database(source, paths.database, paths.backup_dir, HEAD)
        except DatabaseFileError as exc:
            return _fail(f"Tiedostoa {source} ei voi palauttaa: {exc}", EXIT_USAGE)
        except OSError as exc:
            return _fail(f"Palautus epäonnistui: {exc}. Nykyinen tietokanta on ennallaan.", 2)
        if saved is not None:
            print(f"Nykyinen tietokanta varmuuskopioitu: {saved}")
        try:
            _open(paths)  # an older backup is upgraded here, after its own backup
        except DatabaseFileError as exc:
            return _fail(f"Palautettu tiedosto ei kelpaa: {exc}", EXIT_USAGE)
        finally:
            from kemidesk.db.connection import close_database

            close_database()
    finally:
        lock.release()
    print("Palautettu.")
    return EXIT_OK


def _confirm(paths: AppPaths, source: Path, stdin: TextIO | None) -> bool:
    stream = stdin or sys.stdin
    print(
        f"Nykyinen tietokanta {paths.database} korvataan tiedostolla {source}. Jatketaanko? [k/E] ",
        end="",
        flush=True,
    )
    answer = stream.readline().strip().lower() if stream and not stream.closed else ""
    return answer in ("k", "kyllä", "y", "yes")


def cmd_list(paths: AppPaths, args: argparse.Namespace) -> int:
    from kemidesk.services import listing

    if args.format == "csv":  # written row by row as the cells are made
        header, cells = listing.table_rows(args.entity, include_archived=args.all)
        _write_csv(header, cells)
        return EXIT_OK
    header, rows = listing.table_for(args.entity, include_archived=args.all)
    widths = [max([len(h)] + [len(r[i]) for r in rows[:2000]]) for i, h in enumerate(header)]
    widths = [min(w, 40) for w in widths]
    lines = ["  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True))]
    lines += ["  ".join(c[:w].ljust(w) for c, w in zip(r, widths, strict=True)) for r in rows]
    sys.stdout.write("\n".join(line.rstrip() for line in lines) + "\n")
    return EXIT_OK


def cmd_export(paths: AppPaths, args: argparse.Namespace) -> int:
    """Lists as an Excel workbook: real dates and numbers, frozen header, filters."""
    from kemidesk.services.listing import SPECS, sheet_for
    from kemidesk.services.spreadsheet import write_xlsx

    entities = list(SPECS) if args.entity == "all" else [args.entity]
    target = Path(args.output).expanduser()
    if target.is_dir():
        return _fail(f"Anna tiedoston nimi (esim. lista.xlsx), ei kansiota: {target}", EXIT_USAGE)
    sheets = [sheet_for(entity, include_archived=args.all) for entity in entities]
    try:
        write_xlsx(sheets, target)
    except OSError as exc:
        return _fail(f"Tiedostoa {target} ei voi kirjoittaa: {exc}", EXIT_USAGE)
    rows = sum(len(s.rows) for s in sheets)
    print(
        f"Tallennettu: {target} ({rows} riviä)" if rows != 1 else f"Tallennettu: {target} (1 rivi)"
    )
    return EXIT_OK


def cmd_import(paths: AppPaths, args: argparse.Namespace) -> int:
    """Rows from an old spreadsheet: checked like the forms; all written or none."""
    from kemidesk.services.importing import apply_import, describe_errors, preview_import

    source = Path(args.file).expanduser()
    preview = preview_import(args.entity, source)
    for line in describe_errors(preview):
        print(line, file=sys.stderr)
    print(f"{source.name}: {preview.summary()}")
    if not preview.ok:
        print("Mitään ei tuotu. Korjaa virheet ja yritä uudelleen.", file=sys.stderr)
        return EXIT_FAIL
    if args.dry_run:
        print("Koeajo: mitään ei tallennettu.")
        return EXIT_OK
    result = apply_import(args.entity, source)
    print(f"Tuotu {len(result.created_ids)} uutta; {result.joined} oli jo tietokannassa.")
    return EXIT_OK


def cmd_import_template(paths: AppPaths, args: argparse.Namespace) -> int:
    from kemidesk.services.importing import template_sheet
    from kemidesk.services.spreadsheet import write_xlsx

    target = Path(args.output).expanduser()
    try:
        write_xlsx([template_sheet(args.entity)], target)
    except OSError as exc:
        return _fail(f"Tiedostoa {target} ei voi kirjoittaa: {exc}", EXIT_USAGE)
    print(f"Pohja tallennettu: {target} (pakolliset sarakkeet on merkitty *)")
    return EXIT_OK


def cmd_report(paths: AppPaths, args: argparse.Namespace) -> int:
    """The effectiveness report of a period, or the year report, as PDF or Excel."""
    from kemidesk.domain.effectiveness import Grouping, Period
    from kemidesk.services.effectiveness import (
        effectiveness_report,
        report_pdf,
        report_sheets,
        year_report,
    )
    from kemidesk.services.spreadsheet import write_xlsx

    today = date.today()
    if args.report == "year":
        report = year_report(args.year, today)
    else:
        if args.end < args.start:
            return _fail("Kauden loppu ei voi olla ennen alkua (--to ennen --from).", EXIT_USAGE)
        report = effectiveness_report(Period(args.start, args.end), today, Grouping(args.group))
    target = Path(args.output).expanduser()
    try:
        if target.suffix.lower() == ".xlsx":
            write_xlsx(report_sheets(report), target)
        else:
            target.write_bytes(report_pdf(report))
    except OSError as exc:
        return _fail(f"Tiedostoa {target} ei voi kirjoittaa: {exc}", EXIT_USAGE)
    print(f"Tallennettu: {target}")
    return EXIT_OK


def cmd_print(paths: AppPaths, args: argparse.Namespace) -> int:
    target = Path(args.output).expanduser()
    if not target.name or target.is_dir():
        return _fail(
            f"Anna tulostiedoston nimi (esim. paatos.pdf), ei kansiota: {target}", EXIT_USAGE
        )
    # One document: importing the printing (ReportLab, the services) and laying out its pages
    # would set off a hundred collector passes (20–40 ms) that find no garbage cycles to free.
    try:
        with collector_paused(keep=_own_process):
            from kemidesk.services.documents import print_to_file

            written = print_to_file(args.document, vars(args), target)
    except OSError as exc:
        return _fail(f"Tiedostoa {target} ei voi kirjoittaa: {exc}", EXIT_USAGE)
    print(f"Tallennettu: {written}")
    return EXIT_OK


def cmd_export_person(paths: AppPaths, args: argparse.Namespace) -> int:
    """GDPR art. 15: everything stored of one person, for handing over or checking."""
    import json

    from kemidesk.services.people import export_person

    data = export_person(args.person_id)
    target = Path(args.output).expanduser()
    try:
        target.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    except OSError as exc:
        return _fail(f"Tiedostoa {target} ei voi kirjoittaa: {exc}", EXIT_USAGE)
    print(f"Henkilön tiedot viety: {target}")
    return EXIT_OK


def cmd_match(paths: AppPaths, args: argparse.Namespace) -> int:
    """The ranked seekers of a need (or the needs of a seeker) with the reasons."""
    from kemidesk.services.matching import match_need, match_person

    limit = args.limit if args.limit > 0 else None
    if args.need is not None:
        rows = match_need(args.need, limit=limit)
        header = ["sija", "pisteet", "henkilö id", "työnhakija", "kohderyhmä", "perusteet"]
        cells = [
            [
                str(r.rank),
                str(r.points),
                str(r.person_id),
                r.person_name,
                "kyllä" if r.eligible else "ei",
                r.reasons,
            ]
            for r in rows
        ]
    else:
        rows = match_person(args.person, limit=limit)
        header = ["sija", "pisteet", "tarve id", "yhdistys", "tehtävät", "h/vko", "perusteet"]
        cells = [
            [
                str(r.rank),
                str(r.points),
                str(r.need_id),
                r.association_name,
                r.tasks,
                str(r.need_hours).replace(".", ","),
                r.reasons,
            ]
            for r in rows
        ]
    if args.format == "csv":
        writer = csv.writer(sys.stdout, delimiter=";", lineterminator="\n")
        writer.writerow(header)
        writer.writerows(cells)
        return EXIT_OK
    for row in cells:
        *head, reasons = row
        sys.stdout.write("  ".join(head) + "\n    " + reasons + "\n")
    if not cells:
        sys.stdout.write("Ei ehdokkaita.\n")
    return EXIT_OK


# Every subcommand (the parser builds only the one named: build_parser(command)).
COMMAND_NAMES = frozenset(
    ("match", "demo", "list", "export", "import", "report", "import-template", "backup",
     "print", "export-person", "restore", "check", "server", "sync")
)  # fmt: skip

COMMANDS: dict[str, Callable[[AppPaths, argparse.Namespace], int]] = {
    "match": cmd_match,
    "demo": cmd_demo,
    "list": cmd_list,
    "export": cmd_export,
    "import": cmd_import,
    "report": cmd_report,
    "import-template": cmd_import_template,
    "backup": cmd_backup,
    "print": cmd_print,
    "export-person": cmd_export_person,
}
