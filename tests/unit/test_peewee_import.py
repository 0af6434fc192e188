"""kemidesk/__init__.py: peewee, whenever it is first imported, comes without psycopg (a
quarter of a second of every start), and takes psycopg when the office server needs it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import kemidesk

SRC = Path(kemidesk.__file__).parents[1]

CODE = """
import sys
import kemidesk
assert "peewee" not in sys.modules
from kemidesk.db import models  # imports peewee
import peewee
assert "psycopg" not in sys.modules and peewee.psycopg is None, "psycopg imported"
assert peewee.__spec__.origin.endswith("peewee.py")
from kemidesk.db.connection import attach_psycopg
attach_psycopg()
import psycopg
assert peewee.psycopg is psycopg
import json  # a module imported after peewee is imported as usual
print("OK")
"""


def test_peewee_is_imported_without_psycopg_until_the_server_needs_it() -> None:
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    done = subprocess.run(
        [sys.executable, "-c", CODE], capture_output=True, text=True, env=env, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "OK"
