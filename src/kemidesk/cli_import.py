"""`kemidesk server import-laptop FILE --database URL [--dry-run] [--report FILE.csv]`.

Merges a standalone laptop's SQLite database into the office database
(`services.laptop_import`) and prints a Finnish summary: per table the new rows, the rows
already there and the joined ones, then the number collisions, the new numbers and the
differences (the office's value stays). The optional CSV report lists the same, one row each.
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path
from typing import Any

from kemidesk.paths import AppPaths

EXIT_OK, EXIT_FAIL, EXIT_USAGE = 0, 1, 2
SHOWN = 20  # collisions and differences printed before "… and N more (see --report)"


def add_import_parser(actions: Any, common: argparse.ArgumentParser) -> None:
    parser = actions.add_parser(
        "import-laptop",
        parents=[common],
        help="yhdistä kannettavan tietokanta toimiston tietokantaan (--database OSOITE)",
    )
    parser.add_argument("file", metavar="TIEDOSTO", help="kannettavan kemidesk.sqlite3")
    parser.add_argument(
        "--dry-run",
        action="store_true",
        help="näytä mitä tuotaisiin, mutta älä tallenna mitään",
    )
    parser.add_argument(
        "--report", metavar="RAPORTTI.csv", help="kirjoita yhteenveto CSV-tiedostoon"
    )


def cmd_import_laptop(paths: AppPaths, args: argparse.Namespace) -> int:
    import peewee

    from kemidesk.db.connection import close_database
    from kemidesk.db.errors import DatabaseFileError
    from kemidesk.db.setup import prepare_server_database
    from kemidesk.db.target import describe_url
    from kemidesk.domain.errors import DomainError
    from kemidesk.services.laptop_import import LaptopImportError, import_laptop

    if not paths.database_url:
        return _fail(
            "Anna toimiston tietokanta: kemidesk server import-laptop TIEDOSTO --database "
            "postgresql://käyttäjä@palvelin:5432/kemidesk (tai KEMIDESK_DATABASE).",
            EXIT_USAGE,
        )
    source = Path(args.file).expanduser()
    try:
        prepare_server_database(paths.database_url)
    except DatabaseFileError as exc:
        return _fail(str(exc), EXIT_USAGE)
    try:
        result = import_laptop(source, dry_run=args.dry_run)
    except (LaptopImportError, DatabaseFileError) as exc:
        return _fail(f"{exc} Toimiston tietokantaan ei kirjoitettu mitään.", EXIT_USAGE)
    except DomainError as exc:  # e.g. a decision number that is not KL-YYYY-NNN
        return _fail(
            f"Tuonti keskeytyi: {exc.message} Toimiston tietokantaan ei kirjoitettu mitään.",
            EXIT_FAIL,
        )
    except peewee.DatabaseError as exc:  # the whole transaction was rolled back
        first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
        return _fail(
            f"Tuonti keskeytyi tietokannan virheeseen ({first}). Toimiston tietokantaan ei "
            "kirjoitettu mitään.",
            EXIT_FAIL,
        )
    finally:
        close_database()
    for line in summary_lines(result, describe_url(paths.database_url)):
        print(line)
    if args.report:
        try:
            write_report(result, Path(args.report).expanduser())
        except OSError as exc:
            return _fail(f"Raporttia ei voi kirjoittaa: {exc}", EXIT_FAIL)
        print(f"Raportti: {args.report}")
    return EXIT_OK


def summary_lines(result: Any, where: str) -> list[str]:
    """The Finnish summary of an ImportResult."""
    lines = [
        f"{'Kokeilu (--dry-run), ei tallennettu' if result.dry_run else 'Tuotu'}: "
        f"{result.source} (versio {result.laptop_version}) → {where}",
        f"{'Taulu':<28}{'uusia':>8}{'oli jo':>8}{'yhdistetty':>12}",
    ]
    for c in result.counts:
        lines.append(f"{c.label:<28}{c.new:>8}{c.existing:>8}{c.joined:>12}")
    total = result.new_total
    lines.append(
        f"Yhteensä {total} uutta riviä."
        if total
        else "Ei mitään uutta: kaikki kannettavan tiedot ovat jo toimiston tietokannassa (0 uutta)."
    )
    if result.references_renewed:
        lines.append(
            f"Avoimien maksujen viitenumeroita uusittu: {result.references_renewed} "
            "(hyväksytyt ja maksetut pitävät viitteensä)."
        )
    lines.append("Asetuksia, sääntöversioita ja numerolaskureita ei tuoda; erot luetellaan.")
    if result.collisions:
        lines.append(
            f"Numeropäällekkäisyydet ({len(result.collisions)}): lähetetty asiakirja pitää "
            "numeronsa; toimistossa on jo toinen samalla numerolla. Selvitä nämä:"
        )
        lines += [
            f"  {k.kind} {k.number}: kannettavan {k.laptop_uuid} tallennettu numerolla "
            f"{k.stored_as}; toimiston {k.office_uuid}"
            for k in result.collisions[:SHOWN]
        ]
        lines += _more(len(result.collisions))
    if result.renumbered:
        lines.append(f"Uusi numero toimiston laskurista ({len(result.renumbered)}, ei lähetetty):")
        lines += [f"  {n.kind} {n.old} → {n.new}" for n in result.renumbered[:SHOWN]]
        lines += _more(len(result.renumbered))
    if result.differences:
        lines.append(f"Erot ({len(result.differences)}), toimiston arvo jää voimaan:")
        lines += [_difference(d) for d in result.differences[:SHOWN]]
        lines += _more(len(result.differences))
    return lines


def _difference(d: Any) -> str:
    """A person's values (names, work ability) only into the report file, not the screen."""
    if d.table == "person":
        return f"  henkilö {d.office_uuid}: kenttä {d.field} eroaa (arvot: --report)"
    return (
        f"  {d.table} {d.office_uuid} {d.field}: toimisto {d.office_value!r}, "
        f"kannettava {d.laptop_value!r}"
    )


def _more(count: int) -> list[str]:
    return [f"  … ja {count - SHOWN} muuta (kaikki: --report)"] if count > SHOWN else []


def write_report(result: Any, path: Path) -> None:
    from kemidesk.services.laptop_import import rows_for_report

    with path.open("w", newline="", encoding="utf-8-sig") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerows(rows_for_report(result))


def _fail(message: str, code: int) -> int:
    print(message, file=sys.stderr)
    return code
