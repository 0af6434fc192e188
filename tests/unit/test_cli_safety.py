"""The command line against bad files, bad arguments and an open window: a Finnish message,
the documented exit status, never a traceback, and files left as they were."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from kemidesk.cli import main
from kemidesk.db.inspect import Problem

from .db.bad_files import BAD_FILES, make_ours, sha256

SRC = Path(__file__).parents[2] / "src"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    try:
        code = main(list(args))
    except SystemExit as exc:  # argparse's usage errors
        code = int(exc.code or 0)
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.mark.parametrize("name", list(BAD_FILES))
def test_bad_live_file_every_command_refuses_untouched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    make, problem, words = BAD_FILES[name]
    folder = tmp_path / "d"
    folder.mkdir()
    live = folder / "kemidesk.sqlite3"
    make(live)
    before = sha256(live)
    damaged = problem in (Problem.DAMAGED, Problem.TRUNCATED)
    for args, expected in (
        (["list", "people"], 2),
        (["list", "decisions", "--format", "csv"], 2),
        (["check"], 1 if damaged else 2),
        (["check", "--full"], 1 if damaged else 2),
        (["export-person", "1", "-o", str(tmp_path / "x.json")], 2),
        (["print", "payments", "--month", "2026-11", "-o", str(tmp_path / "x.pdf")], 2),
        (["backup"], 2),
    ):
        code, out, err = run(capsys, *args, "--data-dir", str(folder))
        assert code == expected, (args, out, err)
        assert "Traceback" not in out + err
        assert words in out + err
        assert "Tietokanta on kunnossa" not in out
    assert sha256(live) == before
    assert not Path(f"{live}-wal").exists()
    assert not (tmp_path / "x.json").exists()


@pytest.mark.parametrize("name", list(BAD_FILES))
def test_restore_refuses_bad_file_and_keeps_live_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    make, _, words = BAD_FILES[name]
    folder = tmp_path / "d"
    folder.mkdir()
    live = folder / "kemidesk.sqlite3"
    make_ours(live)
    live_before = sha256(live)
    candidate = tmp_path / "varmuuskopio.sqlite3"
    make(candidate)
    candidate_before = sha256(candidate)
    code, out, err = run(capsys, "restore", str(candidate), "--yes", "--data-dir", str(folder))
    assert code == 2
    assert "ei voi palauttaa" in err and words in err
    assert "Palautettu" not in out and "Traceback" not in err
    assert sha256(live) == live_before
    assert sha256(candidate) == candidate_before


def test_restore_refuses_empty_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "tyhja.sqlite3"
    empty.touch()
    code, _, err = run(capsys, "restore", str(empty), "--yes", "--data-dir", str(tmp_path / "d"))
    assert code == 2 and "tyhjä" in err


# ------------------------------------------------------------ arguments

BAD_ARGUMENTS = [
    ["export-person", "99999999999999999999", "-o", "x.json"],
    ["export-person", "-5", "-o", "x.json"],
    ["export-person", "0", "-o", "x.json"],
    ["export-person", "1e3", "-o", "x.json"],
    ["export-person", "٣", "-o", "x.json"],  # an Arabic-Indic digit: int() would take it
    ["export-person", "1", "-o", ""],
    ["print", "followup", "99999999999999999999", "-o", "x.pdf"],
    ["print", "followup", "abc", "-o", "x.pdf"],
    ["print", "payments", "--month", "9999-12", "-o", "x.pdf"],
    ["print", "payments", "--month", "26-11", "-o", "x.pdf"],
    ["print", "payments", "--month", "2026-13", "-o", "x.pdf"],
    ["print", "payments", "--month", "2026-00", "-o", "x.pdf"],
    ["print", "payments", "--month", "0001-01", "-o", "x.pdf"],
    ["print", "payments", "--month", "2026-11-01", "-o", "x.pdf"],
    ["print", "payments", "--month", "", "-o", "x.pdf"],
    ["print", "decision", "", "-o", "x.pdf"],
    ["print", "decision", "x" * 100, "-o", "x.pdf"],
    ["print", "payments", "-o", "x.pdf"],
    ["list", "people", "--data-dir", ""],
    ["list", "people", "--data-dir", "   "],
    ["--data-dir", "", "check"],
    ["backup", "--to", ""],
    ["restore", ""],
    ["restore"],
    ["list"],
    ["list", "unicorns"],
    ["frobnicate"],
    ["demo", "--scale", "huge"],
    ["check", "--bad"],
]


@pytest.mark.parametrize("args", BAD_ARGUMENTS, ids=lambda a: " ".join(a) or "-")
def test_bad_argument_exits_2_in_finnish(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: list[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    env = {**os.environ, "PYTHONPATH": str(SRC), "KEMIDESK_DATA_DIR": str(tmp_path / "d")}
    result = subprocess.run(
        [sys.executable, "-m", "kemidesk", *args],
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
        check=False,
    )
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert "virhe:" in result.stderr
    assert not (tmp_path / "d" / "kemidesk.sqlite3").exists(), "refused before opening"
    assert not list(tmp_path.glob("x.*"))


def test_broken_pipe_ends_quietly(tmp_path: Path) -> None:
    folder = tmp_path / "d"
    folder.mkdir()
    make_ours(folder / "kemidesk.sqlite3")
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    script = textwrap.dedent(
        f"""
        import sqlite3
        c = sqlite3.connect({str(folder / "kemidesk.sqlite3")!r})
        c.executemany(
            "INSERT INTO person (uuid, created_at, updated_at, first_name, last_name, hetu,"
            " kemi_resident, partial_work_ability, work_ability_note, phone, email, notes,"
            " archived) VALUES (?, '2026-01-01', '2026-01-01', 'Anna', ?, '', 1, 0, '', '',"
            " '', '', 0)",
            [(f"u{{i}}", f"Nimi{{i}}") for i in range(20000)],
        )
        c.commit()
        """
    )
    subprocess.run([sys.executable, "-c", script], check=True, timeout=60)
    reader = subprocess.Popen(
        [sys.executable, "-m", "kemidesk", "list", "people", "--data-dir", str(folder)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert reader.stdout is not None and reader.stderr is not None
    reader.stdout.readline()
    reader.stdout.close()  # like `| head -1`
    err = reader.stderr.read().decode("utf-8")
    assert reader.wait(timeout=60) == 0
    assert "Traceback" not in err and "BrokenPipe" not in err


# ------------------------------------------------------------ restore while open


@pytest.fixture
def window_holding_lock(tmp_path: Path) -> Iterator[Path]:
    """A second process that holds the data folder's lock and has the database open and
    writing, like a running window."""
    folder = tmp_path / "d"
    folder.mkdir()
    make_ours(folder / "kemidesk.sqlite3")
    script = textwrap.dedent(
        f"""
        import sys
        from pathlib import Path
        from kemidesk.db.lock import FolderLock
        from kemidesk.db.setup import prepare_database
        folder = Path({str(folder)!r})
        lock = FolderLock(folder, "window")
        lock.acquire()
        db = prepare_database(folder / "kemidesk.sqlite3", folder / "backups")
        db.execute_sql("INSERT INTO app_setting (uuid, created_at, updated_at, key, value)"
                       " VALUES ('u1', '2026-01-01', '2026-01-01', 'ikkuna', 'auki')")
        print("ready", flush=True)
        sys.stdin.read()
        db.close()
        lock.release()
        """
    )
    holder = subprocess.Popen(
        [sys.executable, "-c", script],
        env={**os.environ, "PYTHONPATH": str(SRC)},
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None and holder.stdin is not None
    assert holder.stdout.readline().strip() == "ready"
    try:
        yield folder
    finally:
        holder.stdin.close()
        holder.wait(timeout=30)


def test_restore_is_refused_while_a_window_has_the_database(
    window_holding_lock: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = window_holding_lock
    live = folder / "kemidesk.sqlite3"
    backup = tmp_path / "varmuuskopio.sqlite3"
    make_ours(backup)
    files_before = {p.name: sha256(p) for p in folder.iterdir() if p.is_file()}
    code, out, err = run(capsys, "restore", str(backup), "--yes", "--data-dir", str(folder))
    assert code == 2
    assert "on jo käytössä" in err and "ikkuna" in err and "prosessi" in err
    assert "Palautettu" not in out
    assert {p.name: sha256(p) for p in folder.iterdir() if p.is_file()} == files_before
    assert Path(f"{live}-wal").exists(), "the window's -wal was not removed under it"
    # the window's write is still there and reachable
    code, out, _ = run(capsys, "check", "--data-dir", str(folder))
    assert code == 0, out


def test_restore_is_refused_while_another_command_has_it_open(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """No window, but another connection (e.g. a script) has the database open: SQLite will
    not leave WAL mode, and the restore stops before replacing anything."""
    import sqlite3

    folder = tmp_path / "d"
    folder.mkdir()
    live = folder / "kemidesk.sqlite3"
    make_ours(live)
    other = sqlite3.connect(live)
    other.execute("PRAGMA journal_mode = wal")
    other.execute(
        "INSERT INTO app_setting (uuid, created_at, updated_at, key, value) "
        "VALUES ('u2', '2026-01-01', '2026-01-01', 'k', 'v')"
    )
    other.commit()
    backup = tmp_path / "b.sqlite3"
    make_ours(backup)
    try:
        code, _, err = run(capsys, "restore", str(backup), "--yes", "--data-dir", str(folder))
        assert code == 2 and "auki toisessa" in err
        assert other.execute("SELECT value FROM app_setting WHERE key = 'k'").fetchone() == ("v",)
    finally:
        other.close()


def test_restore_replaces_and_reopens(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import sqlite3

    folder = tmp_path / "d"
    folder.mkdir()
    live = folder / "kemidesk.sqlite3"
    make_ours(live)
    backup = tmp_path / "b.sqlite3"
    make_ours(backup)
    conn = sqlite3.connect(backup)
    conn.execute(
        "INSERT INTO app_setting (uuid, created_at, updated_at, key, value) "
        "VALUES ('u3', '2026-01-01', '2026-01-01', 'palautettu', 'kyllä')"
    )
    conn.commit()
    conn.close()
    before = sha256(backup)
    code, out, err = run(capsys, "restore", str(backup), "--yes", "--data-dir", str(folder))
    assert code == 0, err
    assert "Palautettu." in out and "varmuuskopioitu" in out
    assert sha256(backup) == before
    conn = sqlite3.connect(live)
    assert conn.execute("SELECT value FROM app_setting WHERE key = 'palautettu'").fetchone()
    conn.close()
    assert not list(folder.glob("*.palautus-tmp*"))
    assert not (folder / "locks" / "kemidesk.lock.json").exists(), "lock released"


@pytest.mark.parametrize("name", ["ours, one page overwritten", "ours, truncated mid-page"])
def test_restore_rescues_a_damaged_live_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    """What restore is for: the live file is damaged; a good backup replaces it, and the
    damaged file is kept (copied byte for byte) in backups/."""
    folder = tmp_path / "d"
    folder.mkdir()
    live = folder / "kemidesk.sqlite3"
    BAD_FILES[name][0](live)
    damaged = sha256(live)
    backup = tmp_path / "b.sqlite3"
    make_ours(backup)
    code, out, err = run(capsys, "restore", str(backup), "--yes", "--data-dir", str(folder))
    assert code == 0, err
    assert "Palautettu." in out
    kept = [p for p in (folder / "backups").glob("*ennen-palautusta*") if p.suffix == ".sqlite3"]
    assert [sha256(p) for p in kept] == [damaged]
    code, out, _ = run(capsys, "check", "--data-dir", str(folder))
    assert code == 0, out


def test_damage_found_during_a_command_is_a_finnish_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Damage the inspection could not see (a page going bad while the command runs)."""
    import peewee

    from kemidesk.services import listing

    folder = tmp_path / "d"
    folder.mkdir()
    make_ours(folder / "kemidesk.sqlite3")

    def broken(*args: object, **kwargs: object) -> None:
        raise peewee.DatabaseError("database disk image is malformed")

    monkeypatch.setattr(listing, "table_for", broken)
    code, _, err = run(capsys, "list", "people", "--data-dir", str(folder))
    assert code == 2 and "vioittunut" in err and "check --full" in err


def test_backup_to_an_unwritable_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "d"
    folder.mkdir()
    make_ours(folder / "kemidesk.sqlite3")
    blocker = tmp_path / "tiedosto"
    blocker.write_text("x")
    code, _, err = run(capsys, "backup", "--to", str(blocker), "--data-dir", str(folder))
    assert code == 2 and "Varmuuskopiota ei voi kirjoittaa" in err
    if sys.platform == "linux":  # a folder that exists but takes no files: SQLite's error
        code, _, err = run(capsys, "backup", "--to", "/proc", "--data-dir", str(folder))
        assert code == 2 and "Varmuuskopiota ei voi kirjoittaa" in err


def test_restore_against_a_real_window_process(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """End to end: `kemidesk` (the window, offscreen) runs on the folder; restore is refused
    and changes nothing; once the window is gone the same restore goes through."""
    import json
    import time

    folder = tmp_path / "d"
    folder.mkdir()
    live = folder / "kemidesk.sqlite3"
    make_ours(live)
    backup = tmp_path / "b.sqlite3"
    make_ours(backup)
    env = {**os.environ, "PYTHONPATH": str(SRC), "QT_QPA_PLATFORM": "offscreen"}
    window = subprocess.Popen(
        [sys.executable, "-m", "kemidesk", "--data-dir", str(folder)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        holder_file = folder / "locks" / "kemidesk.lock.json"
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            opened = Path(f"{live}-wal").exists()  # the window opened the database
            if holder_file.exists() and opened:
                break
            assert window.poll() is None, "the window exited early"
            time.sleep(0.1)
        assert json.loads(holder_file.read_text())["pid"] == window.pid
        before = sha256(live)
        code, out, err = run(capsys, "restore", str(backup), "--yes", "--data-dir", str(folder))
        assert code == 2 and f"prosessi {window.pid}" in err and "Palautettu" not in out
        assert sha256(live) == before and Path(f"{live}-wal").exists()
    finally:
        window.terminate()
        window.wait(timeout=30)
    code, out, err = run(capsys, "restore", str(backup), "--yes", "--data-dir", str(folder))
    assert code == 0, err
