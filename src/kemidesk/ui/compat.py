"""Work-arounds for defects of the Qt binding in use.

PySide6 6.12.0 (the cp310-abi3 wheels) hands back None, True and False without taking a
new reference: every call of a method that returns nothing (setText, setEnabled, …) drops
one reference to None, every emitted signal one to True. Python 3.12 and later do not count
references to these objects (PEP 683, immortal objects), so nothing happens there. On
Python 3.11 the count reaches zero after some thousand calls and the interpreter aborts
("Fatal Python error: none_dealloc" / "bool_dealloc"). Until the binding is fixed or the
program runs on Python 3.12+, the count of the three singletons is raised so far that it
can never reach zero - which is what Python 3.12 does for them anyway.
"""

from __future__ import annotations

import sys

_RESERVE = 1 << 50  # references added; a program could not drop this many in centuries


def keep_singletons_alive() -> bool:
    """Make None, True and False effectively immortal on Python < 3.12. Idempotent;
    returns True when a change was made."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    import ctypes

    changed = False
    for singleton in (None, True, False):
        # ob_refcnt is the first field of every CPython object (non-debug builds).
        count = ctypes.c_ssize_t.from_address(id(singleton))
        if count.value < _RESERVE // 2:
            count.value += _RESERVE
            changed = True
    return changed


def scan_sources_quickly() -> bool:
    """PySide6 (6.x, `shibokensupport.feature`) asks of every module imported after it
    whether its source contains "PySide6", to set the module's `__feature__` default; it
    reads the source with `inspect.getsource`, about 0.1 ms a module, 12 ms of the start
    before the first rows (124 modules). The same question answered from the file's bytes
    (the same answer for every UTF-8 or ASCII source; anything else, a module without a
    `.py` file or one that cannot be read, is asked the binding's way). Returns True when
    the binding's function was replaced (idempotent)."""
    import PySide6  # noqa: F401  (loads shiboken's support modules, `feature` among them)

    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if original is None or getattr(original, "_kemidesk", False):
        return False

    def _mod_uses_pyside(module: object) -> bool:
        file = getattr(module, "__file__", None)
        if isinstance(file, str) and file.endswith(".py"):
            try:
                with open(file, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                pass
        return bool(original(module))

    _mod_uses_pyside._kemidesk = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = _mod_uses_pyside  # type: ignore[union-attr]
    return True
