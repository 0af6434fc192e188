"""Commit latency of the live database: `PRAGMA synchronous = NORMAL` vs `FULL` (WAL mode).

    python benchmarks/synchronous.py [--commits 300] [--dir FOLDER]

Each commit is one small write transaction like a form save (BEGIN IMMEDIATE, one row and
its audit row). NORMAL in WAL mode may lose the last transactions on a power cut (never
corrupts); FULL syncs the WAL on every commit. Run it on the disk the data lives on
(`--dir`); /tmp may be a RAM disk.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"
sys.path.insert(0, str(SRC))


def measure(folder: Path, synchronous: str, commits: int, run: int) -> list[float]:
    import peewee

    from kemidesk.db import connection
    from kemidesk.db.setup import prepare_database

    path = folder / f"sync-{synchronous}-{run}.sqlite3"
    prepare_database(path, folder / "backups")
    connection.close_database()
    pragmas = [(k, synchronous if k == "synchronous" else v) for k, v in connection.PRAGMAS]
    db = peewee.SqliteDatabase(str(path), pragmas=pragmas)
    db.connect()
    connection.database_proxy.initialize(db)
    assert (
        db.execute_sql("PRAGMA synchronous").fetchone()[0] == {"normal": 1, "full": 2}[synchronous]
    )
    times = []
    for i in range(commits):
        started = time.perf_counter()
        with connection.write_transaction():
            db.execute_sql(
                "INSERT INTO app_setting (uuid, created_at, updated_at, key, value) "
                "VALUES (?, '2026-12-01', '2026-12-01', ?, ?)",
                (f"u{i}", f"k{i}", "x" * 200),
            )
            db.execute_sql(
                "INSERT INTO audit_log (at, os_user, entity, entity_id, entity_uuid, action, "
                "fields) VALUES ('2026-12-01', 'bench', 'app_setting', ?, ?, 'create', '{}')",
                (i, f"u{i}"),
            )
        times.append((time.perf_counter() - started) * 1000)
    db.close()
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--commits", type=int, default=300)
    parser.add_argument("--dir", type=Path, default=None)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(dir=args.dir) as tmp:
        folder = Path(tmp)
        print(f"folder {folder}, {args.commits} commits each")
        for run, mode in enumerate(("normal", "full", "normal", "full")):
            times = sorted(measure(folder, mode, args.commits, run))
            p95 = times[int(len(times) * 0.95) - 1]
            print(
                f"synchronous={mode:6s}  median {statistics.median(times):6.2f} ms  "
                f"p95 {p95:6.2f} ms  max {times[-1]:6.2f} ms  "
                f"total {sum(times) / 1000:5.2f} s"
            )


if __name__ == "__main__":
    main()
