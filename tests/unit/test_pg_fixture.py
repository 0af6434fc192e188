"""The PostgreSQL cases are skipped WITH the reason where PostgreSQL is missing, but with CI
set a missing server fails the run (never a skip): a pytest run in a subprocess whose
`start_server` reports the server missing."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
RUN_WITHOUT_SERVER = """
import sys, pytest, tests.pg_server as server
def missing():
    raise server.ServerUnavailable(server.INSTALL_HINT)
server.start_server = missing
sys.exit(pytest.main(["-q", "-p", "no:cacheprovider", "-rs",
                      "tests/unit/db/test_migrations_pg.py", "-k", "newer"]))
"""


@pytest.mark.parametrize("ci", ["", "true"])
def test_missing_server_skips_locally_and_fails_in_ci(ci: str) -> None:
    env = {k: v for k, v in os.environ.items() if k != "CI"}
    if ci:
        env["CI"] = ci
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "src"), str(ROOT)])
    result = subprocess.run(
        [sys.executable, "-c", RUN_WITHOUT_SERVER],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    if ci:
        assert result.returncode == 1, result.stdout
        assert "CI runs the PostgreSQL tests, but the server is missing" in result.stdout
        assert " skipped" not in result.stdout.splitlines()[-1]  # the summary line
    else:
        assert result.returncode == 0, result.stdout
        assert "1 skipped" in result.stdout
        assert "apt-get install postgresql" in result.stdout  # the stated reason
