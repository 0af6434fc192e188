"""`kemidesk print decision` as a whole process (issue #15: within 1.5× of a bare ReportLab
process): it writes the PDF and the audit row, and leaves out what printing one decision
does not use: the log's rotating handler (nothing is logged), the grants' ledgers (the
assessment's) and the permissions (a print only appends to the audit log). At the end of a
command its objects are set aside from the collector (gc.freeze) for the exit."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

from kemidesk import cli

SRC = Path(cli.__file__).parents[1]
NOT_NEEDED = (
    "logging.handlers",
    "kemidesk.domain.ledger",
    "kemidesk.services.ledger",
    "kemidesk.services.permissions",
)


def test_one_decision_printed_without_the_modules_it_does_not_use(
    demo_template: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "d"
    folder.mkdir()
    shutil.copyfile(demo_template, folder / "kemidesk.sqlite3")
    conn = sqlite3.connect(folder / "kemidesk.sqlite3")
    (number,) = conn.execute(
        "SELECT number FROM decision WHERE number IS NOT NULL AND decision_type = 'grant' "
        "ORDER BY id DESC LIMIT 1"
    ).fetchone()
    (audited,) = conn.execute("SELECT COUNT(*) FROM audit_log WHERE action = 'print'").fetchone()
    conn.close()
    out = tmp_path / "paatos.pdf"
    code = (
        "import sys\nfrom kemidesk.cli import main\n"
        f"code = main(['print', 'decision', {number!r}, '-o', {str(out)!r}, "
        f"'--data-dir', {str(folder)!r}])\n"
        "assert code == 0, code\n"
        f"print(sorted(m for m in {NOT_NEEDED!r} if m in sys.modules))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1] == "[]", done.stdout
    assert out.read_bytes().startswith(b"%PDF-")
    conn = sqlite3.connect(folder / "kemidesk.sqlite3")
    (now,) = conn.execute("SELECT COUNT(*) FROM audit_log WHERE action = 'print'").fetchone()
    conn.close()
    assert now == audited + 1


def _main_then(argv: list[str], before: str = "") -> str:
    code = (
        f"import gc, sys\n{before}from kemidesk.__main__ import main\n"
        f"sys.argv = ['kemidesk', *{argv!r}]\n"
        "code = main()\n"
        "print(code, gc.get_freeze_count() > 0)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=False
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.splitlines()[-1]


def test_a_commands_objects_are_set_aside_from_the_collector_at_its_end(tmp_path: Path) -> None:
    """The collector's last pass at the exit would walk everything a command made."""
    assert _main_then(["list", "people", "--data-dir", str(tmp_path / "d")]) == "0 True"


def test_the_window_is_left_to_the_collector(tmp_path: Path) -> None:
    window = "import kemidesk.cli\nkemidesk.cli.main = lambda argv: 0  # the window shut\n"
    assert _main_then(["--data-dir", str(tmp_path / "d")], window) == "0 False"
