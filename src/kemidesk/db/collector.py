"""The garbage collector paused while many short-lived row tuples are made (no peewee here:
the command line's plain list uses it without importing peewee)."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused(*, keep: bool = False) -> Iterator[None]:
    """Tens of thousands of short-lived row tuples (no reference cycles) would set off the
    garbage collector's generation passes over and over while they are made (a quarter of a
    ranking's or an overview's time). They are gone or kept when the work returns.

    `keep`: what the stretch made and still holds (the modules it imported, their caches)
    lives as long as the process; it is moved out of the collector's sight (`gc.freeze`, as
    the window's loader does with its rows) rather than walked by the first pass after the
    pause (6.5 ms after printing a decision). Only in a command's own process (the command
    line from `__main__`): garbage of that moment is kept too, until the exit."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if keep:
            gc.freeze()
        if was_enabled:
            gc.enable()
