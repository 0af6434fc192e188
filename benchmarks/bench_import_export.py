"""Excel import and export at the sizes the office has, each beside a floor in the same run.

    python benchmarks/bench_import_export.py [--rows 5000] [--export-rows 40000]

Import: N people (valid HETUs) and N placements from .xlsx files, previewed (every row
checked as the forms check it) and applied (written through the services in one
transaction), into a fresh database. Floor: reading the same .xlsx with openpyxl alone.
Export: the placements list shape, M rows, written by services.spreadsheet (typed cells,
formats, widths); floor: the same rows written as CSV by the csv module.
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
import tempfile
import time
from datetime import date
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

TODAY = date(2026, 11, 28)
HETU_CHARS = "0123456789ABCDEFHJKLMNPRSTUVWXY"


def hetus(n: int, rng: random.Random) -> list[str]:
    out: set[str] = set()
    while len(out) < n:
        born = date(1960, 1, 1).toordinal() + rng.randrange(15000)
        d = date.fromordinal(born)
        base = f"{d.day:02d}{d.month:02d}{d.year % 100:02d}"
        number = f"{rng.randrange(2, 900):03d}"
        sep = "-" if d.year < 2000 else "A"
        out.add(f"{base}{sep}{number}{HETU_CHARS[int(base + number) % 31]}")
    return sorted(out)


def timed(label: str, fn, *args):  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    result = fn(*args)
    seconds = time.perf_counter() - started
    print(f"{label:<48} {seconds:8.2f} s")
    return result, seconds


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=5000)
    parser.add_argument("--export-rows", type=int, default=40000)
    args = parser.parse_args()
    from openpyxl import load_workbook

    from kemidesk.db.connection import close_database
    from kemidesk.db.setup import prepare_database
    from kemidesk.paths import resolve_paths
    from kemidesk.services.associations import AssociationInput, create_association
    from kemidesk.services.importing import apply_import, preview_import
    from kemidesk.services.spreadsheet import CellKind, Sheet, SheetColumn, write_xlsx

    rng = random.Random(7)
    with tempfile.TemporaryDirectory(prefix="kemidesk-import-") as folder:
        base = Path(folder)
        paths = resolve_paths(base / "data")
        paths.ensure()
        prepare_database(paths.database, paths.backup_dir)
        create_association(AssociationInput(name="Kemin Testi ry", business_id="1234567-1"))
        codes = hetus(args.rows, rng)
        people = Sheet(
            "p",
            [SheetColumn(h) for h in ("etunimi", "sukunimi", "henkilötunnus", "kemiläinen")],
            [["Aino", f"Testi{i}", code, "kyllä"] for i, code in enumerate(codes)],
        )
        placements = Sheet(
            "t",
            [SheetColumn("henkilötunnus"), SheetColumn("y-tunnus"), SheetColumn("tehtävänimike"),
             SheetColumn("alkaa", CellKind.DATE), SheetColumn("tunnit/vko", CellKind.NUMBER),
             SheetColumn("kuukausipalkka", CellKind.MONEY)],
            [[code, "1234567-1", "siivooja", date(2027, 1, 1), 30, 200000] for code in codes],
        )  # fmt: skip
        people_file = write_xlsx([people], base / "people.xlsx")
        placements_file = write_xlsx([placements], base / "placements.xlsx")
        print(f"import of {args.rows} rows")

        def read_only(path: Path) -> int:
            book = load_workbook(path, read_only=True)
            rows = sum(1 for _ in book.worksheets[0].iter_rows(values_only=True))
            book.close()
            return rows

        _, floor = timed("  floor: openpyxl reads people.xlsx", read_only, people_file)
        preview, p1 = timed("  people: preview", preview_import, "people", people_file, TODAY)
        assert preview.ok
        assert preview.creates == args.rows
        _, a1 = timed(
            "  people: apply (one transaction)", apply_import, "people", people_file, TODAY
        )
        preview, p2 = timed(
            "  placements: preview", preview_import, "placements", placements_file, TODAY
        )
        assert preview.ok
        assert preview.creates == args.rows
        _, a2 = timed("  placements: apply", apply_import, "placements", placements_file, TODAY)
        print(f"  people preview / floor: {p1 / floor:.1f}x; per row preview+apply "
              f"{(p1 + a1) / args.rows * 1000:.2f} ms people, "
              f"{(p2 + a2) / args.rows * 1000:.2f} ms placements")  # fmt: skip
        close_database()

        n = args.export_rows
        print(f"export of {n} rows (placements list shape)")
        columns = [SheetColumn("id", CellKind.NUMBER), SheetColumn("työllistetty"),
                   SheetColumn("työnantaja"), SheetColumn("tehtävä"),
                   SheetColumn("alkaa", CellKind.DATE), SheetColumn("päättyy", CellKind.DATE),
                   SheetColumn("tila"), SheetColumn("h/vko", CellKind.NUMBER),
                   SheetColumn("palkka/kk", CellKind.MONEY),
                   SheetColumn("palkkatuki %", CellKind.NUMBER)]  # fmt: skip
        rows = [[i, f"Testi{i} Aino", "Kemin Testi ry", "siivooja", date(2027, 1, 1),
                 date(2027, 12, 31), "Voimassa", Decimal("37.5"), 200000, 50]
                for i in range(n)]  # fmt: skip

        def as_csv(path: Path) -> None:
            with path.open("w", newline="", encoding="utf-8") as handle:
                csv.writer(handle, delimiter=";").writerows(rows)

        _, floor = timed("  floor: csv module writes the rows", as_csv, base / "x.csv")
        _, xlsx = timed(
            "  services.spreadsheet writes the .xlsx", write_xlsx,
            [Sheet("x", columns, rows)], base / "x.xlsx",
        )  # fmt: skip
        print(f"  xlsx / csv floor: {xlsx / floor:.1f}x")


if __name__ == "__main__":
    main()
