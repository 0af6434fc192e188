"""The effectiveness report and the year report at the large scale, beside a floor.

    python benchmarks/bench_report.py [--placements 40000] [--year 2025]

The large demo takes the better part of an hour through the services, so this script makes
the small demo through the services and then repeats its placements, decisions, payments and
outcomes with new ids in plain SQL until there are `--placements` placements (about the
shape of `demo --scale large`: the same dates, the same outcome mix, 40 000 placements).
It then times, on that file, what the user waits for in the Raportit tab:

- the report's figures for a year by employer (`effectiveness_report`),
- the same report as PDF (the preview's input),
- the year report for the council as PDF,

and, as the floor, the sqlite3 module fetching the same rows the report reads (placements of
two years with their person and employer, and their outcomes) with no Python objects made.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

TODAY = date(2026, 11, 28)
STEP = 1_000_000  # id offset per copy; larger than any id of the small demo
COPIED = ("placement", "decision", "payment", "outcome")


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')]


def replicate(path: Path, placements: int) -> dict[str, int]:
    """Copies of the demo's grant path rows with ids shifted by STEP per copy."""
    conn = sqlite3.connect(path)
    base = conn.execute("SELECT count(*) FROM placement").fetchone()[0]
    copies = max(placements // base - 1, 0)
    own = {"id": "id + {k}", "uuid": "uuid || '{k}'"}
    rules = {
        "placement": own,
        "decision": {**own, "placement_id": "placement_id + {k}", "parent_id": "parent_id + {k}",
                     "application_id": "NULL", "number": "number || '-' || {n}"},
        "payment": {**own, "decision_id": "decision_id + {k}", "batch_id": "NULL"},
        "outcome": {**own, "placement_id": "placement_id + {k}"},
    }  # fmt: skip
    with conn:
        conn.execute("PRAGMA foreign_keys = OFF")
        for n in range(1, copies + 1):
            k = n * STEP
            for table in COPIED:
                cols = _columns(conn, table)
                exprs = [rules[table].get(c, f'"{c}"').format(k=k, n=n) for c in cols]
                names = ", ".join(f'"{c}"' for c in cols)
                conn.execute(
                    f'INSERT INTO "{table}" ({names}) SELECT {", ".join(exprs)} '
                    f'FROM "{table}" WHERE id < {STEP}'
                )
    counts = {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in COPIED}
    conn.execute("ANALYZE")
    conn.close()
    return counts


def floor(path: Path, year: int) -> float:
    conn = sqlite3.connect(path)
    started = time.perf_counter()
    rows = conn.execute(
        "SELECT p.id, p.start_date, p.end_date, p.actual_end_date, a.name, a.employer_type, "
        "pe.tmt_days, pe.partial_work_ability, pe.birth_date FROM placement p "
        "JOIN association a ON a.id = p.association_id JOIN person pe ON pe.id = p.person_id "
        "WHERE p.start_date BETWEEN ? AND ? OR COALESCE(p.actual_end_date, p.end_date) "
        "BETWEEN ? AND ?",
        (f"{year - 1}-01-01", f"{year}-12-31", f"{year - 1}-01-01", f"{year}-12-31"),
    ).fetchall()
    ids = [r[0] for r in rows]
    outcomes = 0
    for i in range(0, len(ids), 500):
        part = ids[i : i + 500]
        marks = ",".join("?" * len(part))
        outcomes += len(
            conn.execute(
                "SELECT placement_id, checkpoint, status FROM outcome "
                f"WHERE placement_id IN ({marks})",
                part,
            ).fetchall()
        )
    seconds = time.perf_counter() - started
    conn.close()
    print(f"  floor: sqlite3 fetches {len(rows)} placements and {outcomes} outcomes")
    return seconds


def timed(label: str, fn, *args):  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    result = fn(*args)
    seconds = time.perf_counter() - started
    print(f"  {label:<52} {seconds:7.2f} s")
    return result, seconds


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--placements", type=int, default=40_000)
    parser.add_argument("--year", type=int, default=2025)
    args = parser.parse_args()
    from kemidesk.db.connection import close_database
    from kemidesk.db.setup import prepare_database
    from kemidesk.demo import generate_demo
    from kemidesk.domain.effectiveness import Grouping
    from kemidesk.paths import resolve_paths
    from kemidesk.services.effectiveness import (
        effectiveness_report,
        report_pdf,
        year_period,
        year_report,
    )

    with tempfile.TemporaryDirectory(prefix="kemidesk-report-") as folder:
        paths = resolve_paths(Path(folder) / "data")
        paths.ensure()
        prepare_database(paths.database, paths.backup_dir)
        generate_demo("small", today=TODAY)
        close_database()
        counts = replicate(paths.database, args.placements)
        print("rows: " + ", ".join(f"{t} {n}" for t, n in counts.items()))
        base = floor(paths.database, args.year)
        print(f"  {'floor (sqlite3, same rows)':<52} {base:7.2f} s")
        prepare_database(paths.database, paths.backup_dir)
        report, figures = timed(
            "effectiveness_report(year, by employer)",
            effectiveness_report, year_period(args.year), TODAY, Grouping.ASSOCIATION,
        )  # fmt: skip
        _, pdf = timed("  … as PDF (preview input)", report_pdf, report)
        yearly, yr = timed("year_report(year)", year_report, args.year, TODAY)
        _, ypdf = timed("  … as PDF", report_pdf, yearly)
        close_database()
        print(
            f"ratios to the floor: figures {figures / base:.1f}x, "
            f"figures + PDF {(figures + pdf) / base:.1f}x, year report + PDF "
            f"{(yr + ypdf) / base:.1f}x; placements ended in {args.year}: "
            f"{len(report.current.total.ended)}"
        )


if __name__ == "__main__":
    main()
