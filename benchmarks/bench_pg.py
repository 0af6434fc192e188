"""Benchmark data on a throwaway PostgreSQL cluster (issue #15), for bench_speed_pg.py.

    python benchmarks/bench_pg.py [--scale small|medium|large|xl] [--root DIR]
                                  [--sqlite-data DIR] [--regenerate]

`ensure_pg_data(scale, root)` starts a cluster in `root` (tests/pg_server.py's mechanism:
initdb + pg_ctl as the `postgres` system user when run as root, unix socket only, fsync
off; a cluster already in `root` is started again with its data) and returns it with the
URL of the database `kemidesk_<scale>`, made when missing:

- small, medium: the real path, as processes: `kemidesk server init --database URL` and
  `kemidesk demo --scale <scale> --database URL` (the services writing to the server).
  medium took 155 s here; large through the demo would take ~25 minutes, so
- large, xl: `kemidesk server init`, then the rows of the SQLite benchmark set of that
  scale (bench_data.ensure_data, or `--sqlite-data FOLDER`, e.g. /tmp/lead/b26/large; the
  file is copied first and only the copy is read) COPYed table by table into the same
  tables (every table both schemas have, except the version table; the rows `server init`
  wrote replaced), foreign-key triggers off during the load (`session_replication_role =
  replica`, one transaction), each table's id sequence set past its highest id, then
  VACUUM ANALYZE (as autovacuum would have done on a server in use). About a minute at
  large. The SQLite set must be at the server's schema version (HEAD). The copies'
  UUIDs are shortened to the server's 32 characters (UUID_32). `kemidesk check` on such a
  database reports its numbering as broken (the copied decisions' numbers, `KL-2026-004-3`,
  are not counted by the year's counter; the server's check looks at that, SQLite's does
  not): the data is for reading, as the SQLite set is.

Run as a script, it makes the data and prints the URL and the row counts; the cluster is
stopped with its data kept (the next run starts it again). Remove `root` to get rid of it.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
for entry in (str(ROOT / "src"), str(ROOT), str(HERE)):
    if entry not in sys.path:
        sys.path.insert(0, entry)

from tests.pg_server import PgServer, start_server  # noqa: E402

DEMO_SCALES = ("small", "medium")
COPY_SCALES = ("large", "xl")
ENV = {**os.environ, "PYTHONPATH": str(ROOT / "src")}


def default_root(scale: str) -> Path:
    return Path(f"/tmp/kemidesk-bench-pg-{scale}")


def database_name(scale: str) -> str:
    return f"kemidesk_{scale}"


def _exists(server: PgServer, name: str) -> bool:
    import psycopg

    with psycopg.connect(server.url("postgres"), autocommit=True) as conn:
        found = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone()
    return found is not None


def _kemidesk(*args: str, data_dir: Path) -> None:
    """One `kemidesk` command as a process (its own data folder for settings and log)."""
    subprocess.run(
        [sys.executable, "-m", "kemidesk", *args, "--data-dir", str(data_dir)],
        check=True, env=ENV, stdout=subprocess.DEVNULL,
    )  # fmt: skip


# bench_data.replicate gives the n-th copy of a row the UUID `uuid || n * STEP`, longer than
# the server's VARCHAR(32) (SQLite does not check lengths): there it is "x", n in six digits
# and the UUID's last 25 characters. The "x" keeps it apart from every original UUID (hex);
# the first 26 characters and n (bench_server's way) met an original at xl (one that ends
# in "000581").
UUID_32 = (
    "CASE WHEN length(uuid) > 32 THEN 'x' || "
    "printf('%06d', CAST(substr(uuid, 33) AS INTEGER) / 1000000) || substr(uuid, 8, 25) "
    "ELSE uuid END"
)


def copy_sqlite_rows(sqlite_path: Path, url: str) -> dict[str, int]:
    """Every row of the file's tables that the server has too (the version table aside)
    into the server database, replacing what is there; returns the row count of each."""
    import psycopg

    src = sqlite3.connect(f"file:{sqlite_path}?mode=ro", uri=True)
    lite = {
        name: [row[1] for row in src.execute(f'PRAGMA table_info("{name}")')]
        for (name,) in src.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    }
    counts: dict[str, int] = {}
    with psycopg.connect(url, options="-c TimeZone=UTC") as conn:
        server_columns: dict[str, list[str]] = {}
        for table, column in conn.execute(
            "SELECT table_name, column_name FROM information_schema.columns "
            "WHERE table_schema = 'public' ORDER BY table_name, ordinal_position"
        ):
            server_columns.setdefault(table, []).append(column)
        tables = [t for t in server_columns if t in lite and t != "kemidesk_schema"]
        with conn.transaction():
            conn.execute("SET LOCAL session_replication_role = replica")  # no FK triggers
            conn.execute("TRUNCATE " + ", ".join(f'"{t}"' for t in tables))
            for table in tables:
                columns = [c for c in server_columns[table] if c in lite[table]]
                names = ", ".join(f'"{c}"' for c in columns)
                picks = ", ".join(UUID_32 if c == "uuid" else f'"{c}"' for c in columns)
                rows = src.execute(f'SELECT {picks} FROM "{table}"')
                with conn.cursor().copy(f'COPY "{table}" ({names}) FROM STDIN') as copy:
                    count = 0
                    for row in rows:  # 0/1 into BOOLEAN, ISO text into DATE/TIMESTAMPTZ
                        copy.write_row(row)
                        count += 1
                counts[table] = count
                if "id" in columns:
                    conn.execute(
                        "SELECT setval(pg_get_serial_sequence(%s, 'id'), "
                        f'COALESCE((SELECT max(id) FROM "{table}"), 0) + 1, false)',
                        (f'"{table}"',),
                    )
    src.close()
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("VACUUM ANALYZE")
    return counts


def ensure_pg_data(
    scale: str,
    root: Path | None = None,
    sqlite_data: Path | None = None,
    regenerate: bool = False,
) -> tuple[PgServer, str]:
    """The running cluster in `root` and the URL of its `scale` database (made when
    missing). The caller stops the server (`server.stop(remove=False)` keeps the data)."""
    root = (root or default_root(scale)).resolve()
    if regenerate and root.exists():
        shutil.rmtree(root)
    server = start_server(root)
    name = database_name(scale)
    url = server.url(name)
    try:
        if _exists(server, name):
            return server, url
        print(f"making {scale} data on the server in {root}…", flush=True)
        started = time.perf_counter()
        server.admin(f'CREATE DATABASE "{name}"')
        work = root / "kemidesk-data"  # the commands' settings and log
        _kemidesk("server", "init", "--database", url, data_dir=work)
        if scale in DEMO_SCALES:
            _kemidesk("demo", "--scale", scale, "--database", url, data_dir=work)
        else:
            import bench_data

            folder = sqlite_data or bench_data.ensure_data(scale)
            source = root / "source.sqlite3"
            shutil.copyfile(Path(folder) / "kemidesk.sqlite3", source)
            counts = copy_sqlite_rows(source, url)
            source.unlink()
            shown = ("placement", "decision", "payment", "person")
            print("  " + ", ".join(f"{t} {counts[t]}" for t in shown), flush=True)
        print(f"  made in {time.perf_counter() - started:.0f} s", flush=True)
    except BaseException:  # no half-made database left for the next run to take
        server.drop_database(name)
        server.stop(remove=False)
        raise
    return server, url


def table_counts(url: str) -> dict[str, Any]:
    import psycopg

    with psycopg.connect(url) as conn:
        return {
            t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]  # type: ignore[index]
            for t in ("association", "person", "placement", "decision", "payment")
        }


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", choices=(*DEMO_SCALES, *COPY_SCALES), default="large")
    parser.add_argument("--root", default=None, help="the cluster's folder")
    parser.add_argument(
        "--sqlite-data", default=None, help="large/xl: the SQLite benchmark folder to copy"
    )
    parser.add_argument("--regenerate", action="store_true")
    args = parser.parse_args()
    server, url = ensure_pg_data(
        args.scale,
        Path(args.root) if args.root else None,
        Path(args.sqlite_data) if args.sqlite_data else None,
        args.regenerate,
    )
    try:
        print(url)
        print(table_counts(url))
    finally:
        server.stop(remove=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
