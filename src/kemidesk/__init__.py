"""kemidesk: Kemi-lisä and association employment records for the City of Kemi."""

import sys as _sys

__version__ = "0.1.0"


def _peewee_without_psycopg() -> None:
    """Import peewee with psycopg held back. peewee imports psycopg (and with it ssl and
    asyncio) when it is itself imported, a quarter of a second of every start, though a
    local file never needs it; `db.connection.attach_psycopg()` hands it to peewee before
    the first connection to the office server."""
    if "peewee" in _sys.modules or "psycopg" in _sys.modules:
        return
    _sys.modules["psycopg"] = None  # type: ignore[assignment]  # peewee's import fails at once
    try:
        import peewee  # noqa: F401
    finally:
        del _sys.modules["psycopg"]


_peewee_without_psycopg()
