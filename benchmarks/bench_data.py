"""Benchmark data sets, and data-layer figures on them.

    python benchmarks/bench_data.py [--scale large|xl] [--data-dir DIR] [--regenerate]

`ensure_data(scale, folder)` makes a data folder with `large` (40 000 placements) or `xl`
(160 000 placements) data when it is not there yet, and is what the other benchmarks use.
Until `demo --scale large/xl` is fast, the folder is made the way `bench_report.py` does
it: the small demo through the services, then its placements, decisions, payments and
outcomes repeated with new ids in plain SQL (the same dates, the same status and outcome
mix; people and associations are the small demo's). About a minute at xl.

Run as a script, it times the listings the window and the command line use. Prints
numbers only; compare ratios within one run (machines are shared and noisy).
"""

from __future__ import annotations

import argparse
import resource
import shutil
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT / "src") not in sys.path:
    sys.path.insert(0, str(ROOT / "src"))

TODAY = date(2026, 11, 28)
SCALES = {"large": 40_000, "xl": 160_000}
STEP = 1_000_000  # id offset per copy; larger than any id of the small demo
COPIED = ("placement", "decision", "payment", "outcome")


def default_folder(scale: str) -> Path:
    return Path(f"/tmp/kemidesk-bench-{scale}")


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


def ensure_data(scale: str, folder: Path | None = None, regenerate: bool = False) -> Path:
    """The data folder of `scale` (made when missing); returns the folder."""
    folder = (folder or default_folder(scale)).resolve()
    database = folder / "kemidesk.sqlite3"
    if regenerate and folder.exists():
        shutil.rmtree(folder)
    if database.exists():
        return folder
    from kemidesk.db.connection import close_database
    from kemidesk.db.setup import prepare_database
    from kemidesk.demo import generate_demo
    from kemidesk.paths import resolve_paths

    print(f"making {scale} data ({SCALES[scale]} placements) into {folder}…", flush=True)
    started = time.perf_counter()
    paths = resolve_paths(folder)
    paths.ensure()
    prepare_database(paths.database, paths.backup_dir)
    generate_demo("small", today=TODAY)
    close_database()
    counts = replicate(paths.database, SCALES[scale])
    print(f"  made in {time.perf_counter() - started:.0f} s: "
          + ", ".join(f"{t} {n}" for t, n in counts.items()), flush=True)  # fmt: skip
    return folder


def timed(fn: Callable[[], object], repeat: int = 3) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeat):
        started = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times), result


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", choices=sorted(SCALES), default="large")
    parser.add_argument("--data-dir", default=None)
    parser.add_argument("--regenerate", action="store_true")
    args = parser.parse_args()
    folder = ensure_data(args.scale, Path(args.data_dir) if args.data_dir else None,
                         args.regenerate)  # fmt: skip
    size = (folder / "kemidesk.sqlite3").stat().st_size / 1e6
    print(f"database size: {size:.1f} MB")

    from kemidesk.db.setup import prepare_database
    from kemidesk.paths import resolve_paths
    from kemidesk.services import associations, grants, overview, payments, people, placements

    paths = resolve_paths(folder)
    prepare_database(paths.database, paths.backup_dir)
    cases: list[tuple[str, Callable[[], object]]] = [
        ("list_associations", associations.list_associations),
        ("list_people", people.list_people),
        ("list_placements", lambda: placements.list_placements(today=TODAY)),
        ("list_decisions", grants.list_decisions),
        ("list_payments", payments.list_payments),
        ("list_payments(decision)", lambda: payments.list_payments(decision_id=1)),
        ("build_overview", lambda: overview.build_overview(TODAY)),
    ]
    for name, fn in cases:
        seconds, result = timed(fn)
        count = len(result) if isinstance(result, list) else "-"
        print(f"{name:26s} {seconds * 1000:8.0f} ms  rows={count}")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory: {peak:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
