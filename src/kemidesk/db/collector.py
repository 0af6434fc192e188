"""The garbage collector paused while many short-lived row tuples are made (no peewee here:
the command line's plain list uses it without importing peewee)."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Tens of thousands of short-lived row tuples (no reference cycles) would set off the
    garbage collector's generation passes over and over while they are made (a quarter of a
    ranking's or an overview's time). They are gone or kept when the work returns."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
