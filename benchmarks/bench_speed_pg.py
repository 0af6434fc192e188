"""bench_speed.py's measures against the office PostgreSQL server (issue #15).

    python benchmarks/bench_speed_pg.py [--scale large|xl|small|medium] [--runs N]
                                        [--root DIR] [--sqlite-data DIR] [--only NAME,…]

Data: `bench_pg.ensure_pg_data(scale, root)`: a throwaway cluster in `root` (default
/tmp/kemidesk-bench-pg-<scale>; kept between runs, started again by the next) with the
database `kemidesk_<scale>` (large/xl: the rows of the SQLite benchmark set COPYed in, see
bench_pg.py; `--sqlite-data /tmp/lead/b26/large` names the SQLite folder). The cluster runs
on this machine over its unix socket, so the figures carry no network latency: an office
LAN adds a round trip (~0.2-1 ms) to every statement.

Each measure is bench_speed.py's, with the program pointed at the server (`database_url`
for the window, `--database URL` / KEMIDESK_DATABASE for the commands) and each floor built
in the same run on the same server:

- start → first rows painted / the whole overview painted (floor: the same bare PySide6
  window as bench_speed), median of N fresh processes each, interleaved;
- overview build: `build_overview` on a connection to the server (target ≤ 300 ms);
- tab load <tab> (+ its longest block and first rows painted): the window's own loads.
  Floor: psycopg running the tab's SQL written for PostgreSQL (bench_speed.SQL with `%s`
  parameters and boolean columns as booleans, `pg_sql`) over a fresh connection;
- keystroke: as bench_speed (floor: QSortFilterProxyModel over the same rows, read here by
  psycopg);
- list placements|payments --format csv --database URL as a whole process. Floor: a Python
  process writing the same join as CSV with psycopg and the csv module;
- decision PDF: `kemidesk print decision NUMBER` on the server as a whole process (floor:
  bench_speed's ReportLab process);
- close right after start, and during a tab load; peak memory after every tab.

`--only start,tabs,list,pdf,overview,close` runs some of them (the test runs one at small
scale: tests/unit/test_bench_speed_pg.py). Prints numbers only; compare ratios within one run.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import re
import statistics
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import bench_pg  # noqa: E402
import bench_speed  # noqa: E402

ENV = bench_speed.ENV
TABS = bench_speed.TABS
MEASURES = ("start", "overview", "tabs", "list", "pdf", "close")


def pg_sql(sql: str, params: tuple[Any, ...]) -> tuple[str, Any]:
    """bench_speed's SQLite query for PostgreSQL: `x.archived = 0` (0/1 in SQLite) as `NOT
    x.archived` (BOOLEAN there), `?1` as a named and `?` as a positional `%s` parameter,
    dates as dates."""
    values = [date.fromisoformat(v) if isinstance(v, str) else v for v in params]
    sql = re.sub(r"(\w+\.archived) = 0", r"NOT \1", sql)
    if "?1" in sql:
        return sql.replace("?1", "%(p1)s"), {"p1": values[0]}
    return sql.replace("?", "%s"), tuple(values)


PG_SQL = {key: pg_sql(*query) for key, query in bench_speed.SQL.items()}


def use_server(url: str) -> None:
    """Points bench_speed's functions at the server in this process: its commands (through
    KEMIDESK_DATABASE), its start script (the window's paths with the URL), its floors'
    connection (psycopg) and their SQL."""
    import psycopg

    ENV["KEMIDESK_DATABASE"] = url
    line = "paths = resolve_paths({data_dir!r})"
    assert line in bench_speed.START_OURS, "bench_speed.START_OURS changed: update use_server"
    bench_speed.START_OURS = bench_speed.START_OURS.replace(
        line, f"paths = __import__('dataclasses').replace({line[8:]}, database_url={url!r})"
    )
    bench_speed._connect = lambda data_dir: psycopg.connect(url)  # type: ignore[assignment]
    bench_speed.SQL = PG_SQL


def _child(mode: str, data_dir: Path, url: str) -> dict[str, Any]:
    """bench_speed's child `mode` (window, close_early, keyfloor) run by this file with the
    server's URL."""
    result = subprocess.run(
        [sys.executable, __file__, "--child", mode, "--data-dir", str(data_dir), "--url", url],
        capture_output=True, text=True, env=ENV, timeout=1800,
    )  # fmt: skip
    for line in result.stdout.splitlines():
        if line.startswith("RESULT "):
            return dict(json.loads(line[7:]))
    raise RuntimeError(f"{mode} failed:\n{result.stdout[-2000:]}\n{result.stderr[-4000:]}")


def run_child(mode: str, data_dir: Path, url: str) -> None:
    """In the child: the window's paths carry the URL (the functions resolve them at call
    time), the keystroke floor reads through psycopg."""
    sys.path.insert(0, str(bench_speed.ROOT / "src"))
    import kemidesk.paths

    resolve = kemidesk.paths.resolve_paths
    kemidesk.paths.resolve_paths = lambda folder=None: dataclasses.replace(  # type: ignore[assignment]
        resolve(folder), database_url=url
    )
    use_server(url)
    children = {"window": bench_speed.child_window, "close_early": bench_speed.child_close_early,
                "keyfloor": bench_speed.child_keystroke_floor}  # fmt: skip
    children[mode](data_dir)


CSV_FLOOR = r"""
import csv, sys, psycopg
conn = psycopg.connect({url!r})
writer = csv.writer(sys.stdout, delimiter=";", lineterminator="\n")
writer.writerows(conn.execute({sql!r}, {params!r}))
"""


def measure_list(data_dir: Path, url: str, entity: str) -> dict[str, float]:
    sql, params = PG_SQL["list payments" if entity == "payments" else entity]
    code = CSV_FLOOR.format(url=url, sql=sql, params=params)
    floor = bench_speed._process_seconds([sys.executable, "-c", code])
    value = bench_speed._process_seconds(
        [sys.executable, "-m", "kemidesk", "list", entity, "--format", "csv",
         "--database", url, "--data-dir", str(data_dir)]
    )  # fmt: skip
    return {"floor": floor, "value": value}


def measure_overview(url: str) -> dict[str, float]:
    code = (
        "import time, statistics\nfrom datetime import date\n"
        "from kemidesk.db.setup import prepare_server_database\n"
        "from kemidesk.services.overview import build_overview\n"
        f"prepare_server_database({url!r})\n"
        "build_overview(date(2026, 11, 28))\nt = []\nfor _ in range(3):\n"
        "    s = time.perf_counter(); build_overview(date(2026, 11, 28))\n"
        "    t.append(time.perf_counter() - s)\n"
        "print('RESULT', statistics.median(t))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=ENV,
                         check=True).stdout  # fmt: skip
    return {"value": float(out.split("RESULT")[1])}


def run_scale(
    scale: str, runs: int, url: str, data_dir: Path, only: tuple[str, ...] = MEASURES
) -> dict[str, dict[str, Any]]:
    use_server(url)
    data_dir.mkdir(parents=True, exist_ok=True)
    print(f"\n== {scale} on the server: {url}", flush=True)
    figures: dict[str, dict[str, Any]] = {}

    def show(name: str, value: float, floor: float | None, note: str = "") -> None:
        figures[name] = {"value": value, "floor": floor}
        ratio = f"{value / floor:6.2f}×" if floor else "      "
        floor_text = f"{floor * 1000:9.1f}" if floor is not None else "        –"
        print(f"  {name:<34} {value * 1000:9.1f} ms  floor {floor_text} ms  {ratio}  {note}",
              flush=True)  # fmt: skip

    if "start" in only:
        start = bench_speed.measure_start(data_dir, runs)
        show("start → first rows painted", start["value"], start["floor"],
             f"({start['rows']} lines; target ≤ 2×)")  # fmt: skip
        show("  the whole overview painted", start["complete"], start["floor"])
    if "overview" in only:
        show("overview build", measure_overview(url)["value"], None, "(target ≤ 300 ms)")
    if "tabs" in only:
        window = _child("window", data_dir, url)
        for key in TABS:
            tab = window["tabs"][key]
            floor, count = bench_speed.sqlite_floor(data_dir, key)  # psycopg: use_server
            show(f"tab load {key}", tab["total"], floor,
                 f"({tab['rows']} rows, floor {count}; target ≤ 2×)")  # fmt: skip
            show(f"  longest block {key}", tab["longest_step"], None, "(target ≤ 50 ms)")
            show(f"  first rows painted {key}", tab["first_painted"], None)
        floor_strokes = _child("keyfloor", data_dir, url)["keystrokes"]
        show("keystroke (median)", statistics.median(window["keystrokes"]),
             statistics.median(floor_strokes), "(target ≤ 25 ms)")  # fmt: skip
        show("keystroke (worst)", max(window["keystrokes"]), max(floor_strokes))
        show("  longest turn between keys", max(window["between_keys"]), None,
             "(target ≤ 50 ms)")  # fmt: skip
        show("close during a tab load", window["close_mid_load"], None, "(target ≤ 200 ms)")
        figures["peak memory MB"] = {"value": window["memory_mb"] / 1000, "floor": None}
        print(f"  peak memory after every tab: {window['memory_mb']:.0f} MB", flush=True)
    if "list" in only:
        for entity in ("placements", "payments"):
            listed = measure_list(data_dir, url, entity)
            show(f"list {entity} --format csv", listed["value"], listed["floor"],
                 "(target ≤ 2×)")  # fmt: skip
    if "pdf" in only:
        pdf = bench_speed.measure_pdf(data_dir)
        show("decision PDF", pdf["value"], pdf["floor"],
             f"({pdf['pages']} pages, floor {pdf['floor_pages']}; target ≤ 1.5×)")  # fmt: skip
    if "close" in only:
        early = _child("close_early", data_dir, url)
        show("close right after start", early["exit_ready"], None, "(target ≤ 200 ms)")
    return figures


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", choices=(*bench_pg.DEMO_SCALES, *bench_pg.COPY_SCALES),
                        default="large")  # fmt: skip
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--root", default=None, help="the cluster's folder (kept)")
    parser.add_argument(
        "--sqlite-data", default=None, help="large/xl: the SQLite benchmark folder to copy"
    )
    parser.add_argument("--only", default=",".join(MEASURES))
    parser.add_argument("--child", default=None)
    parser.add_argument("--data-dir", default=None)
    parser.add_argument("--url", default=None)
    args = parser.parse_args()
    if args.child:
        run_child(args.child, Path(args.data_dir), args.url)
        return 0
    only = tuple(args.only.split(","))
    assert set(only) <= set(MEASURES), f"--only: {', '.join(MEASURES)}"
    server, url = bench_pg.ensure_pg_data(
        args.scale,
        Path(args.root) if args.root else None,
        Path(args.sqlite_data) if args.sqlite_data else None,
    )
    try:
        run_scale(args.scale, args.runs, url, server.root / "kemidesk-data", only)
    finally:
        server.stop(remove=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
