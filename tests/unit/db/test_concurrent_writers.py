"""Two writer processes on one data folder: every use case succeeds, nothing acknowledged is
lost, decision numbers stay gap-free (write transactions take the lock first)."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parents[3] / "benchmarks"


@pytest.mark.slow
def test_two_writers_fail_nothing_and_lose_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.syspath_prepend(str(BENCHMARKS))  # the spawned writers import it by name
    writers = importlib.import_module("concurrent_writers")
    result = writers.run(writers=2, cases=12, deferred=False)
    assert result["failed"] == 0, result["errors"]
    assert result["done"] == result["decisions"] == 24
    assert result["gap-free"]
    assert result["lost"] == 0
