"""Laptop copies (issue 13): the first copy of an office, and a sync after days offline.

    python benchmarks/bench_sync.py [--scale small|large] [--local 500] [--server 5000]
        [--database postgresql://…  (an EMPTY database; else a throwaway cluster is started)]

Measures, each beside a floor built in the same run, and their ratio:
- first copy (`sync init`): the whole office into a new SQLite file; floor: reading every
  synced table's rows from the server with plain SELECTs (what any copy must read);
- sync after offline work: `--local` laptop edits (services, so through the outbox) and
  `--server` office edits (one UPDATE per row, so one change-log row each); floor: plain
  SELECT of the changed server rows plus the laptop's UPDATEs applied on the server.
Targets of the issue: first copy of `--scale large` under 60 s, the sync under 10 s.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", choices=("small", "large"), default="small")
    parser.add_argument("--local", type=int, default=500)
    parser.add_argument("--server", type=int, default=5000)
    parser.add_argument("--database")
    parser.add_argument(
        "--inflate",
        action="store_true",
        help="after the demo, copy rows by SQL to the large demo's order of size "
        "(20 000 people, 40 000 placements and applications, 120 000 follow-ups)",
    )
    args = parser.parse_args()

    from kemidesk.db import models
    from kemidesk.db.connection import close_database
    from kemidesk.db.setup import prepare_database, prepare_server_database
    from kemidesk.db.sync_schema import synced_models
    from kemidesk.demo import generate_demo
    from kemidesk.services import sync
    from kemidesk.services.common import update_record

    server = None
    url = args.database
    if url is None:
        from tests.pg_server import start_server

        server = start_server()
        url = server.url(server.create_database())
    try:
        started = time.perf_counter()
        prepare_server_database(url)
        generate_demo(args.scale, today=date(2026, 11, 28))
        close_database()
        print(f"demo --scale {args.scale} on the server: {time.perf_counter() - started:.1f} s")
        if args.inflate:
            _inflate(url)

        remote = sync.connect_server(url)
        started = time.perf_counter()
        rows = 0
        for model in synced_models(models.ALL_MODELS):
            rows += len(remote.execute_sql(f'SELECT * FROM "{model._meta.table_name}"').fetchall())
        floor_copy = time.perf_counter() - started

        folder = Path(tempfile.mkdtemp(prefix="kemidesk-sync-bench-"))
        started = time.perf_counter()
        prepare_database(folder / "kemidesk.sqlite3", folder / "backups")
        sync.init_copy(url)
        copy_s = time.perf_counter() - started
        print(
            f"first copy: {copy_s:.2f} s for {rows} rows; floor (SELECT every row) "
            f"{floor_copy:.2f} s; ratio {copy_s / floor_copy:.1f}"
        )

        people = [p.id for p in models.Person.select(models.Person.id).limit(args.local)]
        for i in range(args.local):
            update_record(models.Person, people[i % len(people)], "X", {"notes": f"käynti {i}"})
        placements = [
            r[0]
            for r in remote.execute_sql(
                'SELECT "id" FROM "placement" ORDER BY "id" LIMIT %s', [args.server]
            )
        ]
        with remote.atomic():
            for i in range(args.server):
                remote.execute_sql(
                    'UPDATE "placement" SET "notes" = %s WHERE "id" = %s',
                    [f"toimisto {i}", placements[i % len(placements)]],
                )
        started = time.perf_counter()
        result = sync.synchronise(url)
        sync_s = time.perf_counter() - started
        started = time.perf_counter()
        remote.execute_sql(
            'SELECT * FROM "placement" WHERE "id" = ANY(%s)', [placements]
        ).fetchall()
        with remote.atomic():
            for i in range(args.local):
                remote.execute_sql(
                    'UPDATE "person" SET "phone" = "phone" WHERE "id" = %s',
                    [people[i % len(people)]],
                )
        floor_sync = time.perf_counter() - started
        print(
            f"sync after offline work ({args.local} local, {args.server} server changes): "
            f"{sync_s:.2f} s (pushed {result.pushed}, pulled {result.pulled_rows} rows, "
            f"{result.batches} batches, {result.conflicts} conflicts); floor (SELECT the "
            f"changed rows + the laptop's UPDATEs) {floor_sync:.2f} s; "
            f"ratio {sync_s / floor_sync:.1f}"
        )
        remote.close()
        close_database()
    finally:
        if server is not None:
            server.stop()
    return 0


INFLATE = (
    ("person", 20_000),
    ("placement", 40_000),
    ("application", 40_000),
    ("followup", 120_000),
)


def _inflate(url: str) -> None:
    """Copies of each table's first row with new uuids (parents as in that row)."""
    from kemidesk.db import models
    from kemidesk.services import sync

    by_table = {m._meta.table_name: m for m in models.ALL_MODELS}
    db = sync.connect_server(url)
    started = time.perf_counter()
    with db.atomic():
        for table, count in INFLATE:
            columns = [
                f.column_name
                for f in by_table[table]._meta.sorted_fields
                if f.column_name not in ("id", "uuid")
            ]
            quoted = ", ".join(f'"{c}"' for c in columns)
            source = ", ".join(f't."{c}"' for c in columns)
            db.execute_sql(
                f'INSERT INTO "{table}" ("uuid", {quoted}) '
                f"SELECT md5('{table}' || g), {source} FROM generate_series(1, {count}) g, "
                f'(SELECT * FROM "{table}" ORDER BY "id" LIMIT 1) t'
            )
    db.close()
    print(f"inflated by {sum(c for _t, c in INFLATE)} rows: {time.perf_counter() - started:.1f} s")


if __name__ == "__main__":
    raise SystemExit(main())
