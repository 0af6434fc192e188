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

import ctypes
import sys

_RESERVE = 1 << 50  # references added; a program could not drop this many in centuries


def keep_singletons_alive() -> bool:
    """Make None, True and False effectively immortal on Python < 3.12. Idempotent;
    returns True when a change was made."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    changed = False
    for singleton in (None, True, False):
        # ob_refcnt is the first field of every CPython object (non-debug builds).
        count = ctypes.c_ssize_t.from_address(id(singleton))
        if count.value < _RESERVE // 2:
            count.value += _RESERVE
            changed = True
    return changed
