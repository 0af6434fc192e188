"""kemidesk: Kemi-lisä and association employment records for the City of Kemi."""

import sys as _sys
from typing import Any as _Any

__version__ = "0.1.0"


class _PeeweeWithoutPsycopg:
    """Imports peewee with psycopg held back, when peewee is first imported. peewee imports
    psycopg (and with it ssl and asyncio) when it is itself imported, a quarter of a second
    of every start, though a local file never needs it; `db.connection.attach_psycopg()`
    hands it to peewee before the first connection to the office server. A finder in front
    of the import system rather than importing peewee here: `kemidesk list placements`
    reads the local file over sqlite3 and never imports peewee at all (db.reading).

    The spec is the one the other finders give (a file, or the frozen program's archive);
    only its loader is wrapped, for this one module."""

    @classmethod
    def find_spec(cls, name: str, path: _Any = None, target: _Any = None) -> _Any:
        if name != "peewee":
            return None
        _sys.meta_path.remove(cls)  # once: from here on peewee is imported the usual way
        if "psycopg" in _sys.modules:
            return None
        for finder in _sys.meta_path:
            find = getattr(finder, "find_spec", None)
            spec = find(name, path, target) if find is not None else None
            if spec is not None:
                if spec.loader is not None and hasattr(spec.loader, "exec_module"):
                    spec.loader = _WithoutPsycopg(spec.loader)
                return spec
        return None


class _WithoutPsycopg:
    """The loader of peewee's module, running it while `import psycopg` fails at once."""

    def __init__(self, loader: _Any) -> None:
        self.loader = loader

    def __getattr__(self, name: str) -> _Any:
        return getattr(self.loader, name)

    def create_module(self, spec: _Any) -> _Any:
        return self.loader.create_module(spec)

    def exec_module(self, module: _Any) -> None:
        _sys.modules["psycopg"] = None  # type: ignore[assignment]
        try:
            self.loader.exec_module(module)
        finally:
            del _sys.modules["psycopg"]


if "peewee" not in _sys.modules and "psycopg" not in _sys.modules:
    _sys.meta_path.insert(0, _PeeweeWithoutPsycopg)  # type: ignore[arg-type]
