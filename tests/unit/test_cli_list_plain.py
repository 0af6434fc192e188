"""`kemidesk list placements --format csv` on the local file runs without peewee
(db.reading, services.listing_sql): the same bytes as the full path, and the full path's
safety: a newer file refused untouched, an older one migrated first, a missing one made."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from kemidesk import cli
from kemidesk.cli import main
from kemidesk.db.head import HEAD
from kemidesk.paths import AppPaths
from tests.unit.db.bad_files import BAD_FILES, sha256

V1_FIXTURE = Path(__file__).parents[1] / "data" / "schema_v1.sqlite3"
SRC = Path(cli.__file__).parents[1]


@pytest.fixture
def demo(demo_template: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "demo"
    folder.mkdir()
    shutil.copyfile(demo_template, folder / "kemidesk.sqlite3")
    return folder


def _csv(capsys: pytest.CaptureFixture[str], folder: Path, *more: str) -> tuple[int, str, str]:
    code = main(["list", "placements", "--format", "csv", "--data-dir", str(folder), *more])
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.mark.parametrize("more", [(), ("--all",)])
def test_the_same_csv_as_the_full_path(
    demo: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, more: tuple
) -> None:
    taken: list[int | None] = []
    plain = cli._list_plain

    def spy(paths: AppPaths, args: object) -> int | None:
        taken.append(plain(paths, args))  # type: ignore[arg-type]
        return taken[-1]

    monkeypatch.setattr(cli, "_list_plain", spy)
    code, fast, _ = _csv(capsys, demo, *more)
    assert code == 0 and taken == [0]
    monkeypatch.setattr(cli, "_list_plain", lambda paths, args: None)
    code, full, _ = _csv(capsys, demo, *more)
    assert code == 0
    assert fast == full
    assert len(fast.splitlines()) > 100


def test_the_process_never_imports_peewee(demo: Path) -> None:
    code = (
        "import sys\nfrom kemidesk.cli import main\n"
        f"code = main(['list', 'placements', '--format', 'csv', '--data-dir', {str(demo)!r}])\n"
        "sys.stdout.flush()\n"
        "assert code == 0, code\n"
        "assert 'peewee' not in sys.modules and 'kemidesk.db.models' not in sys.modules\n"
    )
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("id;työllistetty;")


def test_a_newer_file_is_refused_untouched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "d"
    folder.mkdir()
    live = folder / "kemidesk.sqlite3"
    BAD_FILES["ours, newer user_version"][0](live)
    before = sha256(live)
    code, out, err = _csv(capsys, folder)
    assert code == 2 and "uudempi" in err and out == ""
    assert sha256(live) == before


def test_an_older_file_is_migrated_first(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "d"
    folder.mkdir()
    shutil.copy(V1_FIXTURE, folder / "kemidesk.sqlite3")
    code, out, err = _csv(capsys, folder)
    assert code == 0, err
    assert out.startswith("id;työllistetty;") and len(out.splitlines()) >= 2
    conn = sqlite3.connect(folder / "kemidesk.sqlite3")
    assert conn.execute("PRAGMA user_version").fetchone()[0] == HEAD
    conn.close()
    assert list((folder / "backups").glob("*ennen-paivitysta-v1*"))


def test_a_missing_file_is_made(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "new"
    code, out, _ = _csv(capsys, folder)
    assert code == 0 and out.splitlines() == [out.splitlines()[0]]
    conn = sqlite3.connect(folder / "kemidesk.sqlite3")
    assert conn.execute("PRAGMA user_version").fetchone()[0] == HEAD
    conn.close()
