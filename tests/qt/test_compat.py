"""kemidesk.ui.compat: the binding's per-module source scan, answered from the file."""

from __future__ import annotations

import sys
import types
from pathlib import Path

import kemidesk.ui  # noqa: F401  (installs the scan)
from kemidesk.ui.compat import scan_sources_quickly


def _feature() -> types.ModuleType:
    return sys.modules["shibokensupport.feature"]


def test_installed_once_by_the_ui_package() -> None:
    scan = _feature()._mod_uses_pyside
    assert getattr(scan, "_kemidesk", False)
    assert scan_sources_quickly() is False  # already in place: nothing replaced again
    assert _feature()._mod_uses_pyside is scan


def test_same_answer_as_the_binding_for_every_module_loaded() -> None:
    import inspect

    import kemidesk.domain.dates
    import kemidesk.ui.main_window  # noqa: F401

    scan = _feature()._mod_uses_pyside
    checked = 0
    for module in list(sys.modules.values()):
        try:
            expected = "PySide6" in inspect.getsource(module)
        except (TypeError, OSError, SyntaxError):
            expected = False
        assert scan(module) is expected, module.__name__
        checked += 1
    assert checked > 100
    assert scan(sys.modules["kemidesk.ui.main_window"]) is True
    assert scan(sys.modules["kemidesk.domain.dates"]) is False


def test_a_module_without_a_readable_file_is_asked_the_bindings_way(tmp_path: Path) -> None:
    scan = _feature()._mod_uses_pyside
    gone = types.ModuleType("gone")
    gone.__file__ = str(tmp_path / "gone.py")  # no such file
    assert scan(gone) is False
    assert scan(sys) is False  # built in: no file
    latin = tmp_path / "latin.py"
    latin.write_bytes(b"# -*- coding: latin-1 -*-\n# \xe4\nimport PySide6\n")
    module = types.ModuleType("latin")
    module.__file__ = str(latin)
    assert scan(module) is True
