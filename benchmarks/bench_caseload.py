"""The job coaches' caseload and the overview's "Työhönvalmentaja puuttuu" at a large scale,
beside a floor.

    python benchmarks/bench_caseload.py [--placements 40000]

Makes the small demo through the services (coaches, visits and all) and repeats its
placements, decisions, payments and outcomes with new ids in plain SQL (bench_report's
`replicate`; the copies keep their coach) until there are `--placements` placements. It then
times what the Työhönvalmentajat tab and the overview wait for:

- `caseload(today)`: every coach's placements not ended, with the next and overdue follow-up
  talks (one due-date list per placement), the last visits and the totals,
- `placements_needing_coach(today)`,

and, as the floor, the sqlite3 module fetching the same rows (the coached placements not
ended, with person and employer, their grant periods and recorded follow-ups) with no Python
objects made.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_report import TODAY, replicate, timed  # noqa: E402


def floor(path: Path) -> float:
    conn = sqlite3.connect(path)
    today = TODAY.isoformat()
    started = time.perf_counter()
    rows = conn.execute(
        "SELECT p.id, p.coach_id, p.start_date, p.end_date, p.actual_end_date, pe.last_name, "
        "pe.first_name, a.name FROM placement p JOIN person pe ON pe.id = p.person_id "
        "JOIN association a ON a.id = p.association_id WHERE p.coach_id IS NOT NULL "
        "AND p.archived = 0 AND (COALESCE(p.actual_end_date, p.end_date) IS NULL OR "
        "COALESCE(p.actual_end_date, p.end_date) >= ?)",
        (today,),
    ).fetchall()
    ids = [r[0] for r in rows]
    extra = 0
    for i in range(0, len(ids), 500):
        part = ids[i : i + 500]
        marks = ",".join("?" * len(part))
        extra += len(conn.execute(
            "SELECT placement_id, period_start, period_end FROM decision "
            f"WHERE placement_id IN ({marks})", part,
        ).fetchall())  # fmt: skip
        extra += len(conn.execute(
            f"SELECT placement_id, followup_type FROM followup WHERE placement_id IN ({marks})",
            part,
        ).fetchall())  # fmt: skip
    seconds = time.perf_counter() - started
    conn.close()
    print(f"  floor: sqlite3 fetches {len(rows)} placements and {extra} decision/follow-up rows")
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--placements", type=int, default=40_000)
    args = parser.parse_args()
    from kemidesk.db.connection import close_database
    from kemidesk.db.setup import prepare_database
    from kemidesk.demo import generate_demo
    from kemidesk.paths import resolve_paths
    from kemidesk.services.coaches import caseload, placements_needing_coach

    with tempfile.TemporaryDirectory(prefix="kemidesk-caseload-") as folder:
        paths = resolve_paths(Path(folder) / "data")
        paths.ensure()
        prepare_database(paths.database, paths.backup_dir)
        generate_demo("small", today=TODAY)
        close_database()
        counts = replicate(paths.database, args.placements)
        print("rows: " + ", ".join(f"{t} {n}" for t, n in counts.items()))
        base = floor(paths.database)
        print(f"  {'floor (sqlite3, same rows)':<52} {base:7.2f} s")
        prepare_database(paths.database, paths.backup_dir)
        loads, spent = timed("caseload(today), every coach", caseload, TODAY)
        needed, need_spent = timed("placements_needing_coach(today)", placements_needing_coach,
                                   TODAY)  # fmt: skip
        close_database()
        lines = sum(c.placements for c in loads)
        print(
            f"ratio to the floor: caseload {spent / base:.1f}x ({lines} placements of "
            f"{len(loads)} coaches, {sum(c.overdue for c in loads)} talks overdue); "
            f"coaches needed: {len(needed)} lines in {need_spent * 1000:.0f} ms"
        )


if __name__ == "__main__":
    main()
