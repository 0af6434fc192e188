"""Values as they travel between a laptop copy and the office server.

A change carries each field in one canonical form, the same on both engines: a foreign key
as the referenced row's uuid (row ids differ between copies), a flag as a bool, a date as
`YYYY-MM-DD`, a moment as `YYYY-MM-DD HH:MM:SS` in UTC, everything else as stored (ints,
text; decimals and enums are text on both engines).
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import peewee

from kemidesk.db import models
from kemidesk.db.sync_schema import synced_models

SKIPPED = ("id", "created_at", "updated_at")


def table_models() -> dict[str, type[peewee.Model]]:
    return {m._meta.table_name: m for m in synced_models(models.ALL_MODELS)}


def kind(field: peewee.Field) -> str:
    if isinstance(field, peewee.ForeignKeyField):
        return "fk"
    if isinstance(field, peewee.BooleanField):
        return "bool"
    if isinstance(field, peewee.DateTimeField):
        return "datetime"
    if isinstance(field, peewee.DateField):
        return "date"
    return "plain"


def from_sqlite(field: peewee.Field, raw: Any) -> Any:
    """A SQLite column value (not a foreign key) in canonical form."""
    if raw is None:
        return None
    k = kind(field)
    if k == "bool":
        return bool(raw)
    if k == "date":
        return str(raw)[:10]
    if k == "datetime":
        return str(raw)[:19]
    return raw


def from_server(field: peewee.Field, raw: Any) -> Any:
    """A PostgreSQL column value (not a foreign key) in canonical form."""
    if raw is None:
        return None
    k = kind(field)
    if k == "bool":
        return bool(raw)
    if k == "date" and isinstance(raw, date):
        return raw.isoformat()[:10]
    if k == "datetime" and isinstance(raw, datetime):
        if raw.tzinfo is not None:
            raw = raw.astimezone(UTC).replace(tzinfo=None)
        return raw.strftime("%Y-%m-%d %H:%M:%S")
    return raw


def to_sqlite(field: peewee.Field, value: Any) -> Any:
    if value is None:
        return None
    if kind(field) == "bool":
        return int(bool(value))
    return value


def to_server(field: peewee.Field, value: Any) -> Any:
    if value is None:
        return None
    k = kind(field)
    if k == "bool":
        return bool(value)
    if k == "date":
        return date.fromisoformat(str(value)[:10])
    if k == "datetime":
        return datetime.fromisoformat(str(value)[:19])
    return value


def canonical_equal(field: peewee.Field, a: Any, b: Any) -> bool:
    """Equal as values of `field` (0/1 and False/True, "2026-11-28" and a date)."""
    if a is None or b is None:
        return a is None and b is None
    if kind(field) in ("bool", "date", "datetime"):
        return from_sqlite(field, a) == from_sqlite(field, b)
    return bool(a == b) or str(a) == str(b)


def data_fields(model: type[peewee.Model]) -> list[peewee.Field]:
    """The fields a change carries (not id, uuid, created_at, updated_at)."""
    return [
        f
        for f in model._meta.sorted_fields
        if f.name not in (*SKIPPED, "uuid") and not f.primary_key
    ]


def now_text() -> str:
    return models.utc_now().strftime("%Y-%m-%d %H:%M:%S")
