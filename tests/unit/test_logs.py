"""The log file: made at set-up, written and rotated as before, `logging.handlers` imported
only when something is logged."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from kemidesk import logs

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def restore_root_logging() -> Iterator[None]:
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    for handler in [h for h in root.handlers if h not in handlers]:
        root.removeHandler(handler)
        handler.close()
    root.setLevel(level)


@pytest.mark.usefixtures("restore_root_logging")
def test_a_record_is_written_in_the_format_and_the_file_rotates(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(logs, "MAX_BYTES", 300)
    log_file = tmp_path / "logs" / "kemidesk.log"
    logs.setup_logging(log_file)
    assert log_file.is_file()
    assert log_file.read_text(encoding="utf-8") == ""
    logging.getLogger("kemidesk.test").warning("decision %s printed", 17)
    logging.getLogger("peewee").info("not written: SQL parameters")
    first = log_file.read_text(encoding="utf-8")
    assert first.endswith(" WARNING kemidesk.test: decision 17 printed\n"), first
    assert "peewee" not in first
    for n in range(20):
        logging.getLogger("kemidesk.test").info("line %s of a long log", n)
    assert (tmp_path / "logs" / "kemidesk.log.1").is_file()
    assert not (tmp_path / "logs" / "kemidesk.log.6").exists()  # five old files at most
    assert log_file.stat().st_size <= 300


@pytest.mark.usefixtures("restore_root_logging")
def test_a_second_setup_replaces_the_first_handler(tmp_path: Path) -> None:
    logs.setup_logging(tmp_path / "a.log")
    logs.setup_logging(tmp_path / "b.log")
    logging.getLogger("kemidesk.test").warning("once")
    assert (tmp_path / "a.log").read_text(encoding="utf-8") == ""
    assert (tmp_path / "b.log").read_text(encoding="utf-8").count("once") == 1


def test_a_log_that_cannot_be_written_is_found_at_setup(tmp_path: Path) -> None:
    (tmp_path / "kemidesk.log").mkdir()  # a folder where the file should be
    with pytest.raises((IsADirectoryError, PermissionError)):  # PermissionError on Windows
        logs.setup_logging(tmp_path / "kemidesk.log")


def test_logging_handlers_is_imported_by_the_first_record_only(tmp_path: Path) -> None:
    code = (
        "import logging, sys\nfrom pathlib import Path\nfrom kemidesk.logs import setup_logging\n"
        f"setup_logging(Path({str(tmp_path / 'x.log')!r}))\n"
        "print('logging.handlers' in sys.modules)\n"
        "logging.getLogger('kemidesk').warning('now')\n"
        "print('logging.handlers' in sys.modules)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    ).stdout
    assert out.split() == ["False", "True"]
    assert "WARNING kemidesk: now" in (tmp_path / "x.log").read_text(encoding="utf-8")
