"""The two set-up commands of the README, for Windows, macOS and Linux alike.

    python scripts/dev.py run     install into .venv and start the window on demo data
    python scripts/dev.py test    install into .venv, run ruff (check, format), lint-imports, pytest

Only the standard library is used here: this script runs before anything is installed.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PINS = ROOT / "installer" / "requirements-windows.txt"
QT_SYSTEM_PACKAGES = [
    "libegl1",
    "libgl1",
    "libxkbcommon0",
    "libfontconfig1",
    "libdbus-1-3",
    "libglib2.0-0",
]


def venv_python(folder: Path) -> Path:
    return folder / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def run(cmd: list[str | Path], **kwargs: object) -> int:
    print("+", " ".join(str(c) for c in cmd), flush=True)
    return subprocess.call([str(c) for c in cmd], cwd=ROOT, **kwargs)  # type: ignore[arg-type]


def ensure_venv(folder: Path, extras: str, fresh: bool = False) -> Path:
    """Create the environment and install the project (again only when pyproject changed)."""
    if fresh and folder.exists():
        shutil.rmtree(folder)
    python = venv_python(folder)
    if not python.exists():
        print(f"Luodaan virtuaaliympäristö {folder} …", flush=True)
        venv.create(folder, with_pip=True)
    stamp = folder / f".installed-{extras or 'base'}"
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes() + PINS.read_bytes()).hexdigest()
    if not stamp.exists() or stamp.read_text() != digest:
        target = f".[{extras}]" if extras else "."
        if (
            run([python, "-m", "pip", "install", "--disable-pip-version-check", "-q", "-e", target])
            != 0
        ):
            sys.exit("Asennus epäonnistui (pip install).")
        stamp.write_text(digest)
    return python


def ensure_qt_libraries(python: Path) -> None:
    """On a bare Linux, Qt needs a few system libraries even offscreen."""
    if not sys.platform.startswith("linux"):
        return
    probe = "from PySide6 import QtWidgets"
    if subprocess.call([str(python), "-c", probe], stderr=subprocess.DEVNULL) == 0:
        return
    if shutil.which("apt-get") and hasattr(os, "geteuid") and os.geteuid() == 0:
        run(["apt-get", "update", "-q"])
        run(["apt-get", "install", "-y", "-q", *QT_SYSTEM_PACKAGES])
    if subprocess.call([str(python), "-c", probe]) != 0:
        sys.exit("Qt ei käynnisty: asenna järjestelmäkirjastot " + " ".join(QT_SYSTEM_PACKAGES))


def postgres_installed() -> bool:
    """The server binaries the PostgreSQL tests start a throwaway cluster from
    (tests/pg_server.py looks in the same places)."""
    return bool(list(Path("/usr/lib/postgresql").glob("*/bin/initdb"))) or bool(
        shutil.which("initdb") or shutil.which("pg_config")
    )


def cmd_test(args: argparse.Namespace) -> int:
    linted = [
        d
        for d in ("src", "tests", "scripts", "benchmarks", "tools", "installer")
        if (ROOT / d).is_dir()
    ]
    folder = ROOT / (".ci-venv" if args.fresh else ".venv")
    python = ensure_venv(folder, "test,dev", fresh=args.fresh)
    ensure_qt_libraries(python)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    bindir = python.parent
    steps: list[tuple[str, list[str | Path]]] = [
        ("ruff", [bindir / "ruff", "check", *linted]),
        ("ruff format", [bindir / "ruff", "format", "--check", *linted]),
        ("lint-imports", [bindir / "lint-imports"]),
        ("pytest", [python, "-m", "pytest", *args.pytest_args]),
    ]
    if not postgres_installed():
        print(
            "Huom.: PostgreSQL puuttuu, joten palvelintestit (postgres) ohitetaan. Asenna se: "
            "apt-get install postgresql (Debian/Ubuntu) tai lisää initdb ja pg_ctl PATHiin.",
            flush=True,
        )
    failed = []
    for name, cmd in steps:
        code = run(cmd, env=env)
        if name == "pytest" and code == 5:
            print("pytest: yhtään testiä ei ajettu", flush=True)
        if code != 0:
            failed.append(f"{name} ({code})")
    if failed:
        print("EPÄONNISTUI: " + ", ".join(failed), flush=True)
        return 1
    print("Kaikki tarkistukset läpäisty.", flush=True)
    return 0


def cmd_run(args: argparse.Namespace) -> int:
    python = ensure_venv(ROOT / ".venv", "")
    ensure_qt_libraries(python)
    data_dir = Path(args.data_dir) if args.data_dir else ROOT / ".demo-data"
    if not args.data_dir and not (data_dir / "kemidesk.sqlite3").exists():
        code = run([python, "-m", "kemidesk", "demo", "--data-dir", data_dir])
        if code != 0:
            return code
    return run([python, "-m", "kemidesk", "--data-dir", data_dir, *args.kemidesk_args])


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    sub = parser.add_subparsers(dest="command", required=True)
    test = sub.add_parser("test", help="asenna ja aja testit")
    test.add_argument("--fresh", action="store_true", help="uusi ympäristö .ci-venv (CI)")
    test.add_argument("pytest_args", nargs="*", help="lisäargumentit pytestille")
    start = sub.add_parser("run", help="asenna ja käynnistä ohjelma esittelyaineistolla")
    start.add_argument("--data-dir", help="oma tietokansio esittelykansion sijaan")
    start.add_argument("kemidesk_args", nargs="*", help="lisäargumentit ohjelmalle")
    args = parser.parse_args()
    return cmd_test(args) if args.command == "test" else cmd_run(args)


if __name__ == "__main__":
    sys.exit(main())
