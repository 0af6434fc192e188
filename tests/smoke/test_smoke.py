"""`python -m kemidesk --smoke-test` in a subprocess, as an installed or frozen build runs it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from kemidesk.paths import DATA_DIR_ENV
from kemidesk.printing.fonts import CACHE_DIR_ENV
from kemidesk.smoke import SmokeFailure, run_smoke_test

PLATFORM_VARIABLES = (
    DATA_DIR_ENV, CACHE_DIR_ENV, "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME",
    "XDG_CACHE_HOME", "DISPLAY", "WAYLAND_DISPLAY", "LOCALAPPDATA", "APPDATA",
)  # fmt: skip


def _environment(home: Path, **extra: str) -> dict[str, str]:
    """The caller's environment with a throw-away HOME and no data or display settings."""
    env = {k: v for k, v in os.environ.items() if k not in PLATFORM_VARIABLES}
    home.mkdir(parents=True, exist_ok=True)
    env.update(HOME=str(home), USERPROFILE=str(home), QT_QPA_PLATFORM="offscreen", **extra)
    return env


def _run(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kemidesk", *args, "--smoke-test"],
        env=env, capture_output=True, text=True, encoding="utf-8", timeout=180, check=False,
    )  # fmt: skip


def test_smoke_test_exits_zero(tmp_path: Path) -> None:
    data = tmp_path / "data"
    result = _run(_environment(tmp_path / "home", **{DATA_DIR_ENV: str(data)}))
    assert result.returncode == 0, result.stdout + result.stderr
    for step in ("resurssit", "tietokanta", "päätös-PDF", "Qt PDF", "pääikkuna"):
        assert f"OK   {step}:" in result.stdout
    assert "Savutesti läpi" in result.stdout
    # The smoke test's own database lives in a temporary folder, not in the data folder.
    assert not (data / "kemidesk.sqlite3").exists()


def test_smoke_test_with_data_dir_leaves_home_alone(tmp_path: Path) -> None:
    home = tmp_path / "home"
    result = _run(_environment(home), "--data-dir", str(tmp_path / "data"))
    assert result.returncode == 0, result.stdout + result.stderr
    assert not [p for p in home.rglob("*") if "kemidesk" in p.name.lower()]


def test_smoke_test_never_creates_the_users_data_folder(tmp_path: Path) -> None:
    home = tmp_path / "home"
    result = _run(_environment(home))
    assert result.returncode == 0, result.stdout + result.stderr
    assert not [p for p in home.rglob("*") if "kemidesk" in p.name.lower()]


# ---------------------------------------------------------------- the runner, in process


def test_failing_step_gives_exit_one_and_the_reason(capsys: pytest.CaptureFixture[str]) -> None:
    def broken(ctx: object) -> str:
        raise SmokeFailure("tietokanta on rikki")

    def never(ctx: object) -> str:  # pragma: no cover - must not run after a failure
        raise AssertionError("ran after a failed step")

    assert run_smoke_test(steps=(("rikki", broken), ("ei", never))) == 1
    err = capsys.readouterr().err
    assert "VIKA rikki: tietokanta on rikki" in err
    assert "epäonnistui vaiheessa rikki" in err


def test_unexpected_error_is_reported_with_its_type(capsys: pytest.CaptureFixture[str]) -> None:
    def crash(ctx: object) -> str:
        raise KeyError("fonts")

    assert run_smoke_test(steps=(("kaatuu", crash),)) == 1
    assert "VIKA kaatuu: KeyError: 'fonts'" in capsys.readouterr().err


def test_unhandled_exception_in_a_callback_fails_the_step() -> None:
    def callback_raises(ctx: object) -> str:
        try:
            raise RuntimeError("slot failed")
        except RuntimeError:
            sys.excepthook(*sys.exc_info())  # what Qt does with an exception in a slot
        return "looked fine"

    assert run_smoke_test(steps=(("slot", callback_raises),)) == 1


def test_runs_in_a_temporary_folder_and_restores_the_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(DATA_DIR_ENV, "/somewhere/else")
    monkeypatch.delenv(CACHE_DIR_ENV, raising=False)
    seen: list[Path] = []

    def record(ctx: object) -> str:
        root = ctx.root  # type: ignore[attr-defined]
        seen.append(root)
        assert os.environ[DATA_DIR_ENV] == str(root / "data")
        assert os.environ[CACHE_DIR_ENV] == str(root / "cache")  # the fonts' cache too
        assert ctx.paths.database.is_relative_to(root)  # type: ignore[attr-defined]
        return "ok"

    assert run_smoke_test(steps=(("paikka", record),)) == 0
    assert os.environ[DATA_DIR_ENV] == "/somewhere/else"
    assert CACHE_DIR_ENV not in os.environ
    assert seen
    assert not seen[0].exists()
