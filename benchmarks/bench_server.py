"""The office server (PostgreSQL) next to the local SQLite file, on the same large data.

    python benchmarks/bench_server.py [--placements 40000] [--runs 3] [--database URL]

The large demo through the services takes far too long, so (as benchmarks/bench_report.py)
the small demo is made through the services and its people, placements, decisions, payments
and outcomes are repeated in plain SQL with new ids and UUIDs until there are `--placements`
placements (valid decision numbers: the running number shifted by 1000 per copy). That file
is the SQLite side. The server side is the same file moved in with `server import-laptop`
(timed: it is a measure of its own, next to its floor, a bare COPY of the same rows into
empty tables of the same shape). Without `--database`, a throwaway cluster is started
(tests/pg_server.py, needs PostgreSQL's binaries) and removed at the end.

Measures, each on both engines in this run; ratio = PostgreSQL / SQLite:
1. window start: a fresh process until the first tab's first rows are painted (median of N),
2. full list loads through the tabs' own service calls and chunk size (ui/models/loader.py):
   placements, payments, people, associations,
3. a filter keystroke in the placements tab with every row loaded (median and worst).
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TODAY = date(2026, 11, 28)
STEP = 1_000_000  # id offset per copy; larger than any id of the small demo
COPIED = ("person", "placement", "decision", "payment", "outcome")


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')]


def replicate(path: Path, placements: int) -> dict[str, int]:
    """Copies of the demo's people and grant path rows, ids shifted by STEP per copy. Copied
    people have no HETU (the import would join them with the originals otherwise)."""
    conn = sqlite3.connect(path)
    base = conn.execute("SELECT count(*) FROM placement").fetchone()[0]
    copies = max(placements // base - 1, 0)
    own = {"id": "id + {k}", "uuid": "substr(uuid, 1, 26) || printf('%06d', {n})"}  # 32 chars
    number = "'KL-' || year || '-' || printf('%03d', seq + {n} * 1000)"
    rules = {
        "person": {**own, "hetu": "''"},
        "placement": {**own, "person_id": "person_id + {k}"},
        "decision": {**own, "placement_id": "placement_id + {k}", "parent_id": "parent_id + {k}",
                     "application_id": "NULL", "number": number, "seq": "seq + {n} * 1000"},
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


# ------------------------------------------------------------------ the window in a process

WINDOW = r"""
import sys, time, statistics
started = time.perf_counter()
from pathlib import Path
from kemidesk.paths import resolve_paths
import dataclasses
from kemidesk.ui.app import create_application, open_database
from kemidesk.ui.context import UiContext
from kemidesk.ui.i18n import install_translators
from kemidesk.ui.settings import UiSettings
from PySide6.QtCore import QEvent, QObject
paths = dataclasses.replace(resolve_paths({data_dir!r}), database_url={url!r})
app = create_application(["kemidesk"])
settings = UiSettings(Path({ini!r}))
install_translators(app, settings.language)
from kemidesk.ui.main_window import MainWindow
window = MainWindow(UiContext(paths, settings), startup_check=lambda: open_database(paths))
window.resize(1366, 768)
window.show()
while not window._started:
    app.processEvents()
tab = window.current_tab()
if tab.key == "overview":  # built on a worker thread: until its lines are painted
    while not tab.loaded:
        tab.wait_until_idle()
        app.processEvents()
    tab.tree.viewport().repaint()
else:
    tab.view.viewport().repaint()
print("FIRSTROWS", time.perf_counter() - started, tab.key, flush=True)
if {keys!r}:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    tab = window.tab_by_key("placements")
    window.tabs.setCurrentWidget(tab)
    app.processEvents()
    tab.loader.finish_now()
    app.processEvents()
    strokes = []
    for key in [*"kierrä", "Backspace", "Backspace", *" 2026", *["Backspace"] * 5]:
        t = time.perf_counter()
        if key == "Backspace":
            QTest.keyClick(tab.search, Qt.Key.Key_Backspace)
        elif key.isascii():
            QTest.keyClicks(tab.search, key)
        else:
            tab.search.insert(key)
        tab.view.viewport().repaint()
        strokes.append(time.perf_counter() - t)
    print("KEYS", tab.model.rowCount(), " ".join(str(s) for s in strokes), flush=True)
window.close()
"""


def window_run(data_dir: Path, url: str | None, keys: bool) -> dict[str, Any]:
    ini = data_dir.parent / f"bench-{os.getpid()}.ini"
    code = WINDOW.format(data_dir=str(data_dir), url=url, ini=str(ini), keys=keys)
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    launched = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-c", code], stdout=subprocess.PIPE, text=True, env=env
    )
    assert process.stdout is not None
    out: dict[str, Any] = {}
    for line in process.stdout:
        if line.startswith("FIRSTROWS"):
            out["start"] = time.perf_counter() - launched
            out["first_tab"] = line.split()[2]
        elif line.startswith("KEYS"):
            parts = line.split()
            out["rows"] = int(parts[1])
            out["keys"] = [float(x) for x in parts[2:]]
    if process.wait(timeout=600) != 0 or "start" not in out:
        raise RuntimeError("the window run failed")
    return out


# ------------------------------------------------------------------ list loads (no Qt)


def list_loads() -> dict[str, tuple[float, int]]:
    """Each tab's full load as its loader does it: the first page, then every id and the
    rest in chunks of CHUNK, through the same service calls."""
    from kemidesk.services import associations, payments, people, placements
    from kemidesk.services.record_lists import person_ids, placement_ids

    chunk, first = 2500, 150  # ui/models/loader.py CHUNK, FIRST_PAGE (no Qt import here)

    def chunked(ids: Callable[..., list[int]], fetch: Callable[[list[int]], list[Any]]) -> int:
        rows = len(fetch(ids(limit=first)))
        every = ids()
        rest = every[first:]
        for i in range(0, len(rest), chunk):
            rows += len(fetch(rest[i : i + chunk]))
        return rows

    jobs: dict[str, Callable[[], int]] = {
        "placements": lambda: chunked(
            placement_ids,
            lambda ids: placements.list_placements(include_archived=True, ids=ids, today=TODAY),
        ),
        "payments": lambda: chunked(
            lambda limit=None: payments.payment_ids(TODAY, limit=limit),
            lambda ids: payments.list_payments(ids=ids),
        ),
        "people": lambda: chunked(
            person_ids, lambda ids: people.list_people(include_archived=True, ids=ids)
        ),
        "associations": lambda: len(associations.list_associations(today=TODAY)),
    }
    result = {}
    for name, job in jobs.items():
        job()  # warm: the first query of a connection pays for its plans and caches
        started = time.perf_counter()
        rows = job()
        result[name] = (time.perf_counter() - started, rows)
    return result


# ------------------------------------------------------------------ import and its floor


def copy_floor(laptop: Path, url: str) -> tuple[float, int]:
    """Every row of the laptop's record tables COPYed into empty tables of the same shape
    (`CREATE TEMP TABLE … (LIKE …)`): the least the server can take to store the rows."""
    import psycopg

    from kemidesk.services.laptop_import import TABLE_LABELS

    src = sqlite3.connect(f"file:{laptop}?mode=ro", uri=True)
    data = {}
    for table in TABLE_LABELS:
        cols = _columns(src, table)
        data[table] = (cols, src.execute(f'SELECT * FROM "{table}"').fetchall())
    src.close()
    bools = {}
    with psycopg.connect(url) as conn:
        for table in TABLE_LABELS:
            kinds = conn.execute(
                "SELECT column_name, data_type FROM information_schema.columns "
                "WHERE table_name = %s",
                (table,),
            ).fetchall()
            bools[table] = {c for c, t in kinds if t == "boolean"}
        started = time.perf_counter()
        rows = 0
        with conn.transaction():
            for table, (cols, values) in data.items():
                conn.execute(f'CREATE TEMP TABLE "f_{table}" (LIKE "{table}")')
                flags = [i for i, c in enumerate(cols) if c in bools[table]]
                names = ", ".join(f'"{c}"' for c in cols)
                with conn.cursor().copy(f'COPY "f_{table}" ({names}) FROM STDIN') as copy:
                    for row in values:
                        if flags:
                            row = list(row)
                            for i in flags:
                                row[i] = None if row[i] is None else bool(row[i])
                        copy.write_row(row)
                rows += len(values)
        seconds = time.perf_counter() - started
    return seconds, rows


def import_to_server(laptop: Path, url: str) -> tuple[float, int]:
    from kemidesk.db.connection import close_database
    from kemidesk.db.setup import prepare_server_database
    from kemidesk.services.laptop_import import import_laptop

    prepare_server_database(url)
    started = time.perf_counter()
    result = import_laptop(laptop)
    seconds = time.perf_counter() - started
    close_database()
    return seconds, result.new_total


def on_engine(url: str | None, data_dir: Path, fn: Callable[[], Any]) -> Any:
    from kemidesk.db.connection import close_database
    from kemidesk.db.setup import prepare_database, prepare_server_database
    from kemidesk.paths import resolve_paths

    paths = resolve_paths(data_dir)
    if url:
        prepare_server_database(url)
    else:
        prepare_database(paths.database, paths.backup_dir)
    try:
        return fn()
    finally:
        close_database()


def row(name: str, lite: float, server: float, unit: str = "ms") -> None:
    scale = 1000 if unit == "ms" else 1
    print(f"{name:<56}{lite * scale:>10.1f}{server * scale:>12.1f}{server / lite:>8.2f}  {unit}")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--placements", type=int, default=40_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--database", help="an empty server database (default: throwaway)")
    args = parser.parse_args()
    from kemidesk.db.connection import close_database
    from kemidesk.db.setup import prepare_database
    from kemidesk.demo import generate_demo
    from kemidesk.paths import resolve_paths

    server = None
    url = args.database
    if url is None:
        from tests.pg_server import start_server

        server = start_server()
        url = server.url(server.create_database(prefix="bench"))
        floor_url = server.url(server.create_database(prefix="floor"))
    else:
        floor_url = url
    try:
        with tempfile.TemporaryDirectory(prefix="kemidesk-server-") as folder:
            data_dir = Path(folder) / "data"
            paths = resolve_paths(data_dir)
            paths.ensure()
            prepare_database(paths.database, paths.backup_dir)
            started = time.perf_counter()
            generate_demo("small", today=TODAY)
            close_database()
            counts = replicate(paths.database, args.placements)
            print(f"data: {', '.join(f'{t} {n}' for t, n in counts.items())} "
                  f"({time.perf_counter() - started:.0f} s to make)")  # fmt: skip
            if server is not None:
                from kemidesk.db.setup import prepare_server_database

                prepare_server_database(floor_url)
                close_database()
            floor_s, floor_rows = copy_floor(paths.database, floor_url)
            import_s, imported = import_to_server(paths.database, url)
            print(
                f"import-laptop of {counts['placement']} placements: {import_s:.1f} s for "
                f"{imported} rows ({imported / import_s:.0f} rows/s); floor, COPY of the same "
                f"{floor_rows} rows into empty tables: {floor_s:.1f} s; ratio "
                f"{import_s / floor_s:.1f}"
            )
            loads = {
                "sqlite": on_engine(None, data_dir, list_loads),
                "server": on_engine(url, data_dir, list_loads),
            }
            starts: dict[str, list[float]] = {"sqlite": [], "server": []}
            keys: dict[str, dict[str, Any]] = {}
            for i in range(args.runs):  # interleaved, so that noise hits both alike
                for name, u in (("sqlite", None), ("server", url)):
                    out = window_run(data_dir, u, keys=i == 0)
                    starts[name].append(out["start"])
                    if i == 0:
                        keys[name] = out
        print()
        print(f"{'measure':<56}{'SQLite':>10}{'PostgreSQL':>12}{'ratio':>8}")
        row(
            f"window start → first rows ({keys['sqlite']['first_tab']}), median of {args.runs}",
            statistics.median(starts["sqlite"]),
            statistics.median(starts["server"]),
        )
        for tab, (seconds, rows) in loads["sqlite"].items():
            row(f"full list load: {tab} ({rows} rows)", seconds, loads["server"][tab][0])
        lite_k, srv_k = keys["sqlite"]["keys"], keys["server"]["keys"]
        n = keys["sqlite"]["rows"]
        row(f"filter keystroke, placements ({n} rows), median", statistics.median(lite_k),
            statistics.median(srv_k))  # fmt: skip
        row("filter keystroke, placements, worst", max(lite_k), max(srv_k))
        if loads["sqlite"].keys() and any(
            loads["sqlite"][t][1] != loads["server"][t][1] for t in loads["sqlite"]
        ):
            both = {t: (loads["sqlite"][t][1], loads["server"][t][1]) for t in loads["sqlite"]}
            print("NOTE: the engines listed different row counts:", both)
    finally:
        if server is not None:
            server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
