"""How long the demo generator takes, through the services, in fresh temporary folders.

    python benchmarks/bench_demo.py [--scale small|large|both] [--profile N]

Prints the seconds and the row counts of each scale (target: `large` under 2 minutes). With
`--profile N` the run is profiled with cProfile and the N heaviest kemidesk functions are
printed (cumulative time), to show where the time goes.
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


def run(scale: str, profile: int) -> float:
    from kemidesk.db.connection import close_database, database_proxy
    from kemidesk.db.setup import prepare_database
    from kemidesk.demo import generate_demo
    from kemidesk.paths import resolve_paths

    with tempfile.TemporaryDirectory(prefix=f"kemidesk-demo-{scale}-") as folder:
        paths = resolve_paths(Path(folder) / "data")
        paths.ensure()
        prepare_database(paths.database, paths.backup_dir)
        profiler = cProfile.Profile() if profile else None
        started = time.perf_counter()
        if profiler:
            profiler.enable()
        generate_demo(scale, today=TODAY)
        if profiler:
            profiler.disable()
        took = time.perf_counter() - started
        db = database_proxy.obj
        counts = ", ".join(
            f"{table} {db.execute_sql(f'SELECT COUNT(*) FROM {table}').fetchone()[0]}"
            for table in TABLES
        )
        queries = "" if not profiler else " (profiled: slower than without)"
        print(f"{scale}: {took:.1f} s{queries}: {counts}", flush=True)
        if profiler:
            pstats.Stats(profiler).sort_stats("cumulative").print_stats("kemidesk", profile)
        close_database()
    return took


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", choices=("small", "large", "both"), default="both")
    parser.add_argument("--profile", type=int, default=0, metavar="N")
    args = parser.parse_args()
    scales = ("small", "large") if args.scale == "both" else (args.scale,)
    for scale in scales:
        took = run(scale, args.profile)
        if scale == "large":
            verdict = "under" if took < 120 else "OVER"
            print(f"large: {verdict} the 2-minute target")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
