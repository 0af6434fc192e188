"""The office server's users from the command line: `server add-user` and `server list-users`,
and the roles `server init` creates (`db.roles`).

    kemidesk server add-user maija --role officer --database postgresql://admin@palvelin/kemidesk

asks the new user's password twice (or reads one line with `--password-stdin`); a second run
with another `--role` changes the user's role, and `--no-password` leaves the password as it
is. The password is never printed or logged.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import Any, TextIO

from kemidesk.db.errors import DatabaseFileError
from kemidesk.paths import AppPaths

EXIT_OK, EXIT_FAIL, EXIT_USAGE = 0, 1, 2
USER_COMMANDS = ("add-user", "list-users")
ROLE_LABELS = {
    "reader": "lukija (kemidesk_reader)",
    "officer": "käsittelijä (kemidesk_officer)",
    "decider": "päättäjä (kemidesk_decider)",
    "": "ei kemidesk-roolia",
}


def add_user_parsers(actions: Any, common: argparse.ArgumentParser) -> None:
    add = actions.add_parser(
        "add-user",
        parents=[common],
        help="lisää palvelimelle käyttäjä tai vaihda sen rooli (--role officer|decider|reader)",
    )
    add.add_argument("name", metavar="NIMI", help="käyttäjätunnus (esim. maija.meikalainen)")
    add.add_argument(
        "--role",
        required=True,
        choices=("reader", "officer", "decider"),
        help="reader = lukija, officer = käsittelijä, decider = päättäjä",
    )
    secret = add.add_mutually_exclusive_group()
    secret.add_argument(
        "--password-stdin",
        action="store_true",
        help="lue salasana vakiosyötteen ensimmäiseltä riviltä",
    )
    secret.add_argument("--no-password", action="store_true", help="älä aseta tai vaihda salasanaa")
    actions.add_parser(
        "list-users", parents=[common], help="luettele palvelimen kemidesk-käyttäjät ja roolit"
    )


def _fail(message: str, code: int) -> int:
    print(message, file=sys.stderr)
    return code


def init_roles(db: Any) -> tuple[str, bool]:
    """`server init`'s roles: (the line to print, whether it succeeded)."""
    import peewee

    from kemidesk.db.roles import apply_roles

    try:
        created = apply_roles(db)
    except peewee.DatabaseError as exc:
        first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
        return (
            "Rooleja kemidesk_reader, kemidesk_officer ja kemidesk_decider ei voitu luoda "
            f"tai oikeuksia antaa: {first}. Aja server init tietokannan omistajana, jolla on "
            "oikeus luoda rooleja (CREATEROLE).",
            False,
        )
    made = f" (luotiin nyt: {', '.join(created)})" if created else ""
    return (
        "Roolit: kemidesk_reader (lukee), kemidesk_officer (kirjaa), kemidesk_decider "
        f"(päättää, hyväksyy, maksaa, asetukset){made}. Käyttäjät: kemidesk server add-user.",
        True,
    )


def read_password(args: argparse.Namespace, stdin: TextIO | None = None) -> str | int | None:
    """The new password, None for none, or an exit status when it cannot be had."""
    if args.no_password:
        return None
    if args.password_stdin:
        line = (stdin or sys.stdin).readline().rstrip("\r\n")
        if not line:
            return _fail("Salasana puuttuu vakiosyötteestä.", EXIT_USAGE)
        return line
    try:
        first = getpass.getpass(f"Käyttäjän {args.name} salasana: ")
        second = getpass.getpass("Sama salasana uudelleen: ")
    except (EOFError, KeyboardInterrupt):
        return _fail("Salasanaa ei annettu.", EXIT_USAGE)
    if not first:
        return _fail("Tyhjä salasana ei kelpaa.", EXIT_USAGE)
    if first != second:
        return _fail("Salasanat eivät olleet samat; käyttäjää ei lisätty.", EXIT_USAGE)
    return first


def cmd_users(paths: AppPaths, args: argparse.Namespace, stdin: TextIO | None = None) -> int:
    import peewee

    from kemidesk.db.connection import close_database, open_server_database
    from kemidesk.db.roles import UserNameError, add_user, check_user_name, list_users
    from kemidesk.db.target import describe_url

    if not paths.database_url:
        return _fail(
            f"Käyttäjät ovat palvelimen: anna --database postgresql://ylläpitäjä@palvelin:5432/"
            f"kemidesk (kemidesk server {args.server_command}).",
            EXIT_USAGE,
        )
    password: str | None = None
    if args.server_command == "add-user":
        try:
            check_user_name(args.name)
        except UserNameError as exc:
            return _fail(str(exc), EXIT_USAGE)
        got = read_password(args, stdin)
        if isinstance(got, int):
            return got
        password = got
    where = describe_url(paths.database_url)
    try:
        db = open_server_database(paths.database_url)
    except DatabaseFileError as exc:
        return _fail(str(exc), EXIT_USAGE)
    try:
        if args.server_command == "list-users":
            users = list_users(db)
            if not users:
                print(f"Palvelimella {where} ei ole kemidesk-käyttäjiä (server add-user).")
            for user in users:
                login = "" if user.can_login else " (ei voi kirjautua)"
                print(f"{user.name}\t{ROLE_LABELS[user.role]}{login}")
            return EXIT_OK
        result = add_user(db, args.name, args.role, password)
    except peewee.DatabaseError as exc:
        first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
        return _fail(
            f"Palvelin {where} kieltäytyi: {first}. Käyttäjiä lisää tietokannan omistaja, "
            "jolla on oikeus luoda rooleja (CREATEROLE); aja ensin kemidesk server init.",
            EXIT_USAGE,
        )
    finally:
        close_database()
    said = {"created": "lisätty", "changed": "päivitetty", "unchanged": "ennallaan"}[result]
    print(f"Käyttäjä {args.name.strip()} {said}: {ROLE_LABELS[args.role]}, palvelin {where}.")
    return EXIT_OK
