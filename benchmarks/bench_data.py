"""Data-layer figures on the large demo set: generation time, file size, list and overview times.

    python benchmarks/bench_data.py [--data-dir DIR] [--regenerate]

Makes `kemidesk demo --scale large` into DIR (default /tmp/kemidesk-large) when it is not
there yet, then times the listings the window and the command line use. Prints numbers only;
no pass/fail (machines are shared and noisy; compare ratios within one run).
"""

from __future__ import annotations

import argparse
import resource
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path


def timed(fn: Callable[[], object], repeat: int = 3) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeat):
        started = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times), result


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data-dir", default="/tmp/kemidesk-large")
    parser.add_argument("--regenerate", action="store_true")
    args = parser.parse_args()
    folder = Path(args.data_dir)
    if args.regenerate and folder.exists():
        shutil.rmtree(folder)
    if not (folder / "kemidesk.sqlite3").exists():
        started = time.perf_counter()
        subprocess.run(
            [
                sys.executable,
                "-m",
                "kemidesk",
                "demo",
                "--scale",
                "large",
                "--data-dir",
                str(folder),
            ],
            check=True,
        )
        print(f"demo --scale large: {time.perf_counter() - started:.1f} s")
    size = (folder / "kemidesk.sqlite3").stat().st_size / 1e6
    print(f"database size: {size:.1f} MB")

    from kemidesk.db.setup import prepare_database
    from kemidesk.paths import resolve_paths
    from kemidesk.services import associations, grants, overview, payments, people, placements

    paths = resolve_paths(folder)
    prepare_database(paths.database, paths.backup_dir)
    today = date(2026, 11, 28)
    cases: list[tuple[str, Callable[[], object]]] = [
        ("list_associations", associations.list_associations),
        ("list_people", people.list_people),
        ("list_placements", lambda: placements.list_placements(today=today)),
        ("list_decisions", grants.list_decisions),
        ("list_payments", payments.list_payments),
        ("list_payments(decision)", lambda: payments.list_payments(decision_id=1)),
        ("build_overview", lambda: overview.build_overview(today)),
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
