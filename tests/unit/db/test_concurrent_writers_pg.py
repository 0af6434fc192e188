"""Eight writer processes on one PostgreSQL database (benchmarks/concurrent_writers_server.py):
every grant path (decision, follow-up, claim, approval) succeeds, nothing acknowledged is
lost, decision numbers are gap-free, and each raced application / payment is decided /
approved exactly once while the other writers are refused."""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

import pytest

BENCHMARKS = Path(__file__).resolve().parents[3] / "benchmarks"


@pytest.mark.postgres
@pytest.mark.slow
def test_eight_writers_on_the_server(pg_server: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.syspath_prepend(str(BENCHMARKS))  # the spawned writers import it by name
    writers = importlib.import_module("concurrent_writers_server")
    name = pg_server.create_database()
    try:
        result = writers.run(pg_server.url(name), writers=8, cases=4, races=4)
    finally:
        pg_server.drop_database(name)
    print(result)
    assert result["failed"] == 0, result["errors"]
    assert result["done"] == 32
    assert result["decisions"] == 32 + 4 + 4  # own paths, decide races, prepared approvals
    assert result["gap-free"]
    assert result["lost"] == 0
    assert result["batches"] == 32
    assert result["batch numbers gap-free"]
    assert result["decide races won once"]
    assert result["approve races won once"]
    assert sum(result["refused"].values()) == 2 * 4 * (8 - 1)  # every loser refused
