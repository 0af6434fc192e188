"""Reading and writing rows by uuid on either side of a sync, in canonical values.

`Side` wraps one database connection (the laptop's SQLite file or the office server) that is
NOT the models' proxy binding for the server: the sync holds both at once and talks to each
with plain SQL built from the models' metadata.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import peewee

from kemidesk.services import sync_values as sv

CHUNK = 500


def _chunks(items: list[Any], size: int = CHUNK) -> Iterable[list[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


class Side:
    """One database of a sync."""

    def __init__(self, db: peewee.Database) -> None:
        self.db = db
        self.server = isinstance(db, peewee.PostgresqlDatabase)
        self.mark = "%s" if self.server else "?"

    # ------------------------------------------------------------ reading
    def _in(self, column: str, values: list[Any]) -> tuple[str, list[Any]]:
        if self.server:
            return f'"{column}" = ANY(%s)', [values]
        return f'"{column}" IN ({", ".join("?" * len(values))})', list(values)

    def uuids_of_ids(self, model: type[peewee.Model], ids: Iterable[int]) -> dict[int, str]:
        wanted = sorted({i for i in ids if i is not None})
        out: dict[int, str] = {}
        table = model._meta.table_name
        for part in _chunks(wanted):
            where, params = self._in("id", part)
            for row_id, uuid in self.db.execute_sql(
                f'SELECT "id", "uuid" FROM "{table}" WHERE {where}', params
            ):
                out[row_id] = uuid
        return out

    def ids_of_uuids(self, model: type[peewee.Model], uuids: Iterable[str]) -> dict[str, int]:
        wanted = sorted({u for u in uuids if u is not None})
        out: dict[str, int] = {}
        table = model._meta.table_name
        for part in _chunks(wanted):
            where, params = self._in("uuid", part)
            for row_id, uuid in self.db.execute_sql(
                f'SELECT "id", "uuid" FROM "{table}" WHERE {where}', params
            ):
                out[uuid] = row_id
        return out

    def rows(
        self, model: type[peewee.Model], uuids: Iterable[str] | None = None, where: str = ""
    ) -> dict[str, dict[str, Any]]:
        """Rows by uuid as {field name: canonical value} (foreign keys as uuids), plus
        "id", "created_at", "updated_at". `uuids=None`: every row (or those of `where`)."""
        fields = model._meta.sorted_fields
        table = model._meta.table_name
        columns = ", ".join(f'"{f.column_name}"' for f in fields)
        raw_rows: list[tuple[Any, ...]] = []
        if uuids is None:
            sql = f'SELECT {columns} FROM "{table}"' + (f" WHERE {where}" if where else "")
            raw_rows = list(self.db.execute_sql(sql + ' ORDER BY "id"'))
        else:
            for part in _chunks(sorted(set(uuids))):
                cond, params = self._in("uuid", part)
                raw_rows.extend(
                    self.db.execute_sql(f'SELECT {columns} FROM "{table}" WHERE {cond}', params)
                )
        convert = sv.from_server if self.server else sv.from_sqlite
        fk_ids: dict[str, set[int]] = {}
        for f_index, field in enumerate(fields):
            if isinstance(field, peewee.ForeignKeyField):
                fk_ids[field.name] = {r[f_index] for r in raw_rows if r[f_index] is not None}
        fk_maps = {
            f.name: self.uuids_of_ids(f.rel_model, fk_ids[f.name])
            for f in fields
            if isinstance(f, peewee.ForeignKeyField)
        }
        out: dict[str, dict[str, Any]] = {}
        for raw in raw_rows:
            row: dict[str, Any] = {}
            for f_index, field in enumerate(fields):
                value = raw[f_index]
                if isinstance(field, peewee.ForeignKeyField):
                    row[field.name] = None if value is None else fk_maps[field.name].get(value)
                elif field.primary_key:
                    row["id"] = value
                else:
                    row[field.name] = convert(field, value)
            out[row["uuid"]] = row
        return out

    # ------------------------------------------------------------ writing
    def _value(self, field: peewee.Field, value: Any) -> Any:
        return sv.to_server(field, value) if self.server else sv.to_sqlite(field, value)

    def update(
        self, model: type[peewee.Model], uuid: str, values: dict[str, Any], fk_ids: dict[str, Any]
    ) -> None:
        """Set fields (canonical values; foreign keys already as this side's ids in
        `fk_ids`) of the row `uuid`."""
        if not values:
            return
        sets, params = [], []
        for name, value in values.items():
            field = model._meta.fields[name]
            sets.append(f'"{field.column_name}" = {self.mark}')
            params.append(fk_ids[name] if name in fk_ids else self._value(field, value))
        params.append(uuid)
        self.db.execute_sql(
            f'UPDATE "{model._meta.table_name}" SET {", ".join(sets)} WHERE "uuid" = {self.mark}',
            params,
        )

    def insert(
        self, model: type[peewee.Model], values: dict[str, Any], fk_ids: dict[str, Any]
    ) -> int:
        columns, params = [], []
        for name, value in values.items():
            field = model._meta.fields.get(name)
            if field is None or field.primary_key:
                continue
            columns.append(f'"{field.column_name}"')
            params.append(fk_ids[name] if name in fk_ids else self._value(field, value))
        table = model._meta.table_name
        marks = ", ".join([self.mark] * len(params))
        sql = f'INSERT INTO "{table}" ({", ".join(columns)}) VALUES ({marks})'
        if self.server:
            return int(self.db.execute_sql(sql + ' RETURNING "id"', params).fetchone()[0])
        return int(self.db.execute_sql(sql, params).lastrowid)

    def delete(self, model: type[peewee.Model], uuid: str) -> None:
        self.db.execute_sql(
            f'DELETE FROM "{model._meta.table_name}" WHERE "uuid" = {self.mark}', [uuid]
        )
