"""The installer's files agree with the program: version, data folder, icon, pins."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType

import pytest

import kemidesk
from kemidesk.paths import APP_AUTHOR, APP_NAME

ROOT = Path(__file__).resolve().parents[2]
INSTALLER = ROOT / "installer"


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, INSTALLER / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


version_info = _load("version_info")


def _nsis_defines() -> dict[str, str]:
    text = (INSTALLER / "kemidesk.nsi").read_text(encoding="utf-8-sig")
    return dict(re.findall(r'^\s*!define\s+(\w+)\s+"([^"]*)"', text, flags=re.MULTILINE))


def test_version_is_read_from_the_package() -> None:
    assert version_info.read_version() == kemidesk.__version__


@pytest.mark.parametrize(
    ("version", "numbers"),
    [("0.1.0", (0, 1, 0, 0)), ("1.2", (1, 2, 0, 0)), ("2.0.1.dev3", (2, 0, 1, 0)),
     ("1.2.3.4", (1, 2, 3, 4)), ("3.1rc1", (3, 1, 0, 0))],
)  # fmt: skip
def test_numeric_version_has_four_parts(version: str, numbers: tuple[int, ...]) -> None:
    assert version_info.numeric_version(version) == numbers


@pytest.mark.parametrize("version", ["v1.0", "", "1.70000"])
def test_numeric_version_refuses_what_windows_cannot_hold(version: str) -> None:
    with pytest.raises(ValueError, match="version"):
        version_info.numeric_version(version)


def test_version_resource_names_the_executable(tmp_path: Path) -> None:
    target = version_info.write_version_resource(tmp_path / "v.txt", "kemidesk-cli.exe", "1.2.3")
    text = target.read_text(encoding="utf-8")
    assert "filevers=(1, 2, 3, 0)" in text
    assert "StringStruct('OriginalFilename', 'kemidesk-cli.exe')" in text
    assert "StringStruct('ProductVersion', '1.2.3')" in text


def test_uninstaller_data_folder_is_platformdirs_windows_folder(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The folder the uninstaller keeps (or removes) is where the program keeps its data."""
    from platformdirs.windows import Windows

    local = r"C:\Users\anna\AppData\Local"
    monkeypatch.setenv("WIN_PD_OVERRIDE_LOCAL_APPDATA", local)
    monkeypatch.setenv("WIN_PD_OVERRIDE_APPDATA", r"C:\Users\anna\AppData\Roaming")
    dirs = Windows(APP_NAME, APP_AUTHOR, roaming=False)
    defines = _nsis_defines()
    nsis_data = (
        defines["DATA_DIR"]
        .replace("${DATA_PARENT}", defines["DATA_PARENT"])
        .replace("${APPNAME}", defines["APPNAME"])
        .replace("$LOCALAPPDATA", local)
    )

    def windows_path(path: str) -> str:
        return path.replace("/", "\\")

    assert windows_path(dirs.user_data_dir) == nsis_data
    assert windows_path(dirs.user_config_dir) == nsis_data
    assert windows_path(dirs.user_log_dir).startswith(nsis_data + "\\")


def test_installer_sources_exist() -> None:
    defines = _nsis_defines()
    assert (INSTALLER / defines["ICON"].replace("\\", "/")).is_file()
    assert (ROOT / "resources" / "icons" / "kemidesk.png").is_file()
    assert (INSTALLER / "kemidesk.nsi").read_bytes().startswith(b"\xef\xbb\xbf")


def test_windows_pins_are_exact_and_cover_the_direct_dependencies() -> None:
    import tomllib

    pins = {}
    for line in (INSTALLER / "requirements-windows.txt").read_text().splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            name, _, version = line.partition("==")
            assert version, f"not an exact pin: {line}"
            pins[name.lower().replace("_", "-")] = version
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    for dependency in pyproject["project"]["dependencies"]:
        name = re.split(r"[ ;<>=!~\[]", dependency, maxsplit=1)[0].lower().replace("_", "-")
        assert name in pins, f"{name} is not pinned in installer/requirements-windows.txt"


@pytest.mark.skipif(sys.platform == "win32", reason="the shell script is for Linux")
def test_smoke_script_fails_loudly() -> None:
    text = (INSTALLER / "smoke.sh").read_text(encoding="utf-8")
    assert "set -euo pipefail" in text
