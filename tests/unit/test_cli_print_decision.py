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


def _frozen_at_the_end(argv: list[str], window: bool = False) -> bool:
    """Whether __main__ set more objects aside after the command line's main returned."""
    run = "lambda argv, **how: 0  # the window shut" if window else "kemidesk.cli.main"
    code = (
        "import gc, sys\nimport kemidesk.cli\n"
        f"run = {run}\n"
        "def counted(argv, **how):\n"
        "    global at_return\n"
        "    code = run(argv, **how)\n"
        "    at_return = gc.get_freeze_count()\n"
        "    return code\n"
        "kemidesk.cli.main = counted\n"
        "from kemidesk.__main__ import main\n"
        f"sys.argv = ['kemidesk', *{argv!r}]\n"
        "assert main() == 0\n"
        "print(gc.get_freeze_count() > at_return)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=False
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.splitlines()[-1] == "True"


def test_a_commands_objects_are_set_aside_from_the_collector_at_its_end(tmp_path: Path) -> None:
    """The collector's last pass at the exit would walk everything a command made."""
    assert _frozen_at_the_end(["list", "people", "--data-dir", str(tmp_path / "d")])


def test_the_window_is_left_to_the_collector_at_its_end(tmp_path: Path) -> None:
    assert not _frozen_at_the_end(["--data-dir", str(tmp_path / "d")], window=True)


def test_what_the_command_line_imports_is_kept_out_of_the_collectors_passes(
    demo_template: Path, tmp_path: Path
) -> None:
    """peewee and the printing, imported while the collector waits, are set aside rather
    than walked by its first pass after the wait: no pass of the collector over them."""
    folder = tmp_path / "d"
    folder.mkdir()
    shutil.copyfile(demo_template, folder / "kemidesk.sqlite3")
    conn = sqlite3.connect(folder / "kemidesk.sqlite3")
    (number,) = conn.execute(
        "SELECT number FROM decision WHERE number IS NOT NULL ORDER BY id LIMIT 1"
    ).fetchone()
    conn.close()
    walked = (  # the objects each pass is about to walk
        "walked = []\n"
        "gc.callbacks.append(lambda phase, info: phase == 'start' and walked.append("
        "sum(len(gc.get_objects(g)) for g in range(info['generation'] + 1))))\n"
    )
    argv = ["print", "decision", number, "-o", str(tmp_path / "p.pdf"), "--data-dir", str(folder)]
    code = (
        f"import gc, sys\n{walked}from kemidesk.__main__ import main\n"
        f"sys.argv = ['kemidesk', *{argv!r}]\n"
        "assert main() == 0\n"
        "print(max(walked, default=0))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=False
    )
    assert done.returncode == 0, done.stderr
    assert int(done.stdout.splitlines()[-1]) < 20_000, done.stdout
