"""The PostgreSQL speed benchmark (benchmarks/bench_speed_pg.py) at the small scale, so that
it cannot rot: its data setup (a cluster in a folder of its own, `server init` + the small
demo, the cluster started again with its data by the next run), its floors' SQL written for
PostgreSQL reading the same rows as the program, and one measure (the overview build)."""

from __future__ import annotations

import importlib
import shutil
import tempfile
from pathlib import Path
from typing import Any

import pytest

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"


@pytest.mark.postgres
@pytest.mark.slow
def test_small_data_setup_floors_and_one_measure(
    pg_server: Any,  # only for its verdict: skipped without PostgreSQL, fails in CI
    monkeypatch: pytest.MonkeyPatch,
    request: pytest.FixtureRequest,
) -> None:
    monkeypatch.syspath_prepend(str(BENCHMARKS))
    bench_speed = importlib.import_module("bench_speed")
    for name in ("START_OURS", "_connect", "SQL"):  # use_server repoints them: put back after
        monkeypatch.setattr(bench_speed, name, getattr(bench_speed, name))
    monkeypatch.setitem(bench_speed.ENV, "KEMIDESK_DATABASE", "")
    bench_pg = importlib.import_module("bench_pg")
    bench_speed_pg = importlib.import_module("bench_speed_pg")

    # not under tmp_path: the cluster runs as the `postgres` user, who cannot enter it
    root = Path(tempfile.mkdtemp(prefix="kemidesk-bench-pg-test-"))
    data_dir = root / "kemidesk-data"
    request.addfinalizer(lambda: shutil.rmtree(root, ignore_errors=True))  # if it failed
    server, url = bench_pg.ensure_pg_data("small", root)
    server.stop(remove=False)
    server, url = bench_pg.ensure_pg_data("small", root)  # started again, the data kept
    try:
        counts = bench_pg.table_counts(url)
        assert counts["placement"] == 150 and counts["person"] == 120
        figures = bench_speed_pg.run_scale("small", 1, url, data_dir, only=("overview",))
        assert 0 < figures["overview build"]["value"] < 30
        assert "database_url=" in bench_speed.START_OURS  # the window's start on the server

        import psycopg

        with psycopg.connect(url) as conn:
            live = conn.execute("SELECT count(*) FROM placement WHERE NOT archived").fetchone()
        for key in (*bench_speed_pg.TABS, "list payments"):
            _seconds, rows = bench_speed.sqlite_floor(data_dir, key, repeat=1)
            assert rows > 0, key
        assert bench_speed.sqlite_floor(data_dir, "placements", 1)[1] == live[0]
    finally:
        server.stop()
    assert not root.exists()
