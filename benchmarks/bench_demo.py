"""How long the demo generator takes, through the services, in fresh temporary folders.

    python benchmarks/bench_demo.py [--scale small|medium|large|xl|both] [--profile N]
                                    [--database postgresql://…]

Prints the seconds (wall clock and the process's own CPU time: on a machine shared with other
work the CPU time is the steadier figure) and the row counts of each scale; targets: `large`
under 2 minutes, `xl` under 6. With `--profile N` the run is profiled with cProfile and the N
heaviest kemidesk functions are printed (cumulative time), to show where the time goes. With
`--database` the demo is made on that (empty) PostgreSQL database instead of a temporary
SQLite file.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

TABLES = ("association", "person", "placement", "application", "decision", "payment",
          "payment_batch", "followup", "outcome", "audit_log")  # fmt: skip
TODAY = date(2026, 11, 28)
TARGETS = {"large": 120, "xl": 360}  # seconds


def run(scale: str, profile: int, url: str = "") -> float:
    from kemidesk.db.connection import close_database, database_proxy
    from kemidesk.db.setup import prepare_database
    from kemidesk.demo import generate_demo
    from kemidesk.paths import resolve_paths

    with tempfile.TemporaryDirectory(prefix=f"kemidesk-demo-{scale}-") as folder:
        paths = resolve_paths(Path(folder) / "data")
        paths.ensure()
        if url:
            from kemidesk.db.setup import prepare_server_database

            prepare_server_database(url)
        else:
            prepare_database(paths.database, paths.backup_dir)
        profiler = cProfile.Profile() if profile else None
        started, cpu = time.perf_counter(), time.process_time()
        if profiler:
            profiler.enable()
        generate_demo(scale, today=TODAY)
        if profiler:
            profiler.disable()
        took, cpu = time.perf_counter() - started, time.process_time() - cpu
        db = database_proxy.obj
        counts = ", ".join(
            f"{table} {db.execute_sql(f'SELECT COUNT(*) FROM {table}').fetchone()[0]}"
            for table in TABLES
        )
        queries = "" if not profiler else " (profiled: slower than without)"
        print(f"{scale}: {took:.1f} s (CPU {cpu:.1f} s){queries}: {counts}", flush=True)
        if profiler:
            pstats.Stats(profiler).sort_stats("cumulative").print_stats("kemidesk", profile)
        close_database()
    return took


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument(
        "--scale", choices=("small", "medium", "large", "xl", "both"), default="both"
    )
    parser.add_argument("--profile", type=int, default=0, metavar="N")
    parser.add_argument("--database", default="", help="an empty PostgreSQL database URL")
    args = parser.parse_args()
    scales = ("small", "large") if args.scale == "both" else (args.scale,)
    for scale in scales:
        took = run(scale, args.profile, args.database)
        if scale in TARGETS:
            verdict = "under" if took < TARGETS[scale] else "OVER"
            print(f"{scale}: {verdict} the {TARGETS[scale]} s target")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
