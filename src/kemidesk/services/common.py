"""Shared plumbing of the use cases: transactions, the audit log, field validation."""

from __future__ import annotations

import contextvars
import functools
import getpass
import os
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, TypeVar

import peewee

from kemidesk.db.connection import database_proxy, lock_for_update, write_transaction
from kemidesk.db.models import AuditLog, run_sql, set_list, stored_as_is, utc_now
from kemidesk.domain import validation as v
from kemidesk.domain.dates import check_date
from kemidesk.domain.errors import FieldErrors, ValidationError
from kemidesk.domain.messages import Message
from kemidesk.services.errors import NotAllowedError, NotFoundError

T = TypeVar("T")
M = TypeVar("M", bound=peewee.Model)

# count(*), not count(id): the same number (the id is never NULL) without reading each row's
# id: SQLite reads the rowid from the index (a quarter of a counted list's query at 40 000
# placements), PostgreSQL's indexes do not hold it at all, so counting ids read every counted
# placement's row from the table (26 ms against 5 ms for the associations' counts)
COUNT_ALL = peewee.fn.COUNT(peewee.SQL("*"))


def os_user() -> str:
    """The Windows/OS account name recorded in the audit log."""
    return os.environ.get("USERNAME") or _login_name()


@functools.cache
def _login_name() -> str:
    """The login name without USERNAME (looked up once: `getpass` reads the password
    database, which cost a tenth of a millisecond for every audit row)."""
    try:
        return getpass.getuser()
    except Exception:  # getpass raises various errors without a login name
        return "tuntematon"


@contextmanager
def transaction(right: str | None = "record") -> Iterator[None]:
    """One use case = one transaction that holds the write lock from its first statement
    (savepoint when nested), so concurrent writers queue instead of failing.

    `right` is what the use case needs (services.permissions): checked before anything is
    written; None for a read that only appends to the audit log (a reader may do it). The
    server's own refusal (a grant missing) becomes the same kind of Finnish message.

    Inside `bulk_work` (the demo generator's one transaction) a nested use case takes no
    savepoint of its own unless the caller asked for one (`own_savepoint`): a failure
    there ends the whole run, which rolls everything back."""
    if right is not None:
        from kemidesk.services import permissions

        permissions.require(right)
    bulk = _BULK.get()
    try:
        if bulk is not None and bulk.guarded == 0 and database_proxy.obj.in_transaction():
            yield
            return
        mark = len(bulk.audit) if bulk is not None else 0
        try:
            with write_transaction():
                yield
        except BaseException:
            if bulk is not None:  # the savepoint's audit rows are rolled back with it
                del bulk.audit[mark:]
                _HELD.clear()  # and any value it wrote
            from kemidesk.services.settings import forget_committed

            forget_committed()  # a sum held may count a decision the rollback undid
            raise
    except peewee.DatabaseError as exc:
        from kemidesk.db.sync_schema import OFFICE_ONLY_ERROR

        if OFFICE_ONLY_ERROR in str(exc):  # a laptop copy's trigger refused the write
            raise NotAllowedError("SYNC_OFFICE_ONLY") from exc
        # (here, not on entry: a read that only appends to the audit log, a printed
        # decision, does not import the permissions unless the server refused)
        from kemidesk.services import permissions

        if permissions.is_permission_denied(exc):
            raise permissions.denied_by_server() from exc
        raise


@dataclass
class _Bulk:
    audit: list[tuple[Any, ...]] = field(default_factory=list)  # audit rows not yet written
    sql: str = ""  # their INSERT
    guarded: int = 0  # how many `own_savepoint` blocks are open


_BULK: contextvars.ContextVar[_Bulk | None] = contextvars.ContextVar("bulk", default=None)
_AUDIT_CHUNK = 20_000  # audit rows written at once in bulk work (memory stays bounded)


@contextmanager
def bulk_work() -> Iterator[None]:
    """The demo generator's mode, entered inside its one outer transaction: the use cases
    called within it run in that transaction without a savepoint each (a failing one ends
    the run and the outer transaction rolls back; a call whose failure the caller catches
    and goes on is wrapped in `own_savepoint`), and their audit rows are collected and
    written in order with one statement per chunk, before the transaction commits. Nothing
    inside may read the audit log. Only for this thread (a context variable): the window's
    use cases keep their own transactions."""
    if not database_proxy.obj.in_transaction():
        raise RuntimeError("bulk_work needs an open transaction")
    if _BULK.get() is not None:
        raise RuntimeError("bulk_work is already on")
    token = _BULK.set(_Bulk())
    try:
        yield
        _write_audit()
    finally:
        _BULK.reset(token)


def bulk_held(name: str, read: Callable[[], T]) -> T:
    """In `bulk_work`: `read()` once, then the same value while its outer transaction lasts,
    until `forget_held(name)` or a savepoint rolls back (which may have undone a write);
    outside it `read()` every time. For a few office-wide values each use case reads again
    (the office settings a decision checks, the year's appropriation) that only their own
    use case writes, which forgets them: nothing else writes in the generator's run."""
    if _BULK.get() is None:
        return read()
    outer = database_proxy.obj._state.transactions[0]
    known = _HELD.get(name)
    if known is not None and known[0] is outer:
        return known[1]  # type: ignore[no-any-return]
    value = read()
    _HELD[name] = (outer, value)
    return value


def forget_held(prefix: str) -> None:
    """The values `bulk_held` holds under names starting with `prefix` are read again."""
    for name in [n for n in _HELD if n.startswith(prefix)]:
        del _HELD[name]


_HELD: dict[str, tuple[object, Any]] = {}  # name → (the outer transaction, the value)


@contextmanager
def own_savepoint() -> Iterator[None]:
    """In `bulk_work`: the use cases called within take their savepoints as usual, so one
    that fails rolls back alone (for a caller that catches the error and goes on)."""
    bulk = _BULK.get()
    if bulk is None:
        yield
        return
    bulk.guarded += 1
    try:
        yield
    finally:
        bulk.guarded -= 1


def _write_audit() -> None:
    bulk = _BULK.get()
    if bulk is None or not bulk.audit:
        return
    rows, bulk.audit = bulk.audit, []
    database_proxy.obj.cursor().executemany(bulk.sql, rows)


def audit(instance: peewee.Model, action: str, fields: Iterable[str] = ()) -> None:
    """Append one audit row. Only field names are stored, never values (see audit_rows)."""
    audit_rows(
        type(instance).__name__,
        [(instance.get_id(), getattr(instance, "uuid", ""))],
        action,
        fields,
    )


def audit_rows(
    entity: str, records: Iterable[tuple[int, str]], action: str, fields: Iterable[str] = ()
) -> None:
    """Append one audit row per (id, uuid) of `entity` (a model's name), all with the same
    action and field names, in one statement. Only field names are stored, never values.
    The database user: on the server its `current_user` fills the column (a default nobody
    may override, see db.roles), on the local file the OS user."""
    # The row as insert_rows would make it from {at, os_user, entity, entity_id, entity_uuid,
    # action, fields, db_user (local file only)}, in AuditLog's column order: every change
    # writes audit rows, so the values are put in place directly, the row's fixed part
    # worked out once per engine, entity, action, field names and user.
    db = database_proxy.obj
    user = os_user()
    names = ",".join(sorted(fields))
    key = (type(db), entity, action, names, user)
    known = _AUDIT_ROWS.get(key)
    if known is None:
        known = _audit_row_plan(db, entity, action, names, user)
        if len(_AUDIT_ROWS) >= 4096:  # bounded: the program's few kinds of change
            _AUDIT_ROWS.clear()
        _AUDIT_ROWS[key] = known
    sql, head, tail = known
    at = _now_stored()
    values = [(at, *head, int(pk), uuid or "", *tail) for pk, uuid in records]
    if not values:
        return
    bulk = _BULK.get()
    if bulk is not None:  # written in order before the generator's transaction commits
        bulk.sql = sql
        bulk.audit.extend(values)
        if len(bulk.audit) >= _AUDIT_CHUNK and bulk.guarded == 0:
            _write_audit()
        return
    if len(values) == 1:
        run_sql(db, sql, values[0])
    else:
        db.cursor().executemany(sql, values)


def _now_stored() -> Any:
    """`AuditLog.at.db_value(utc_now())`, the last one kept while the second lasts."""
    now = utc_now()
    last = _LAST_NOW
    if last[0] != now:
        last[:] = [now, AuditLog.at.db_value(now)]
    return last[1]


_LAST_NOW: list[Any] = [None, None]


def _audit_row_plan(
    db: peewee.Database, entity: str, action: str, names: str, user: str
) -> tuple[str, tuple[Any, ...], tuple[Any, ...]]:
    """(INSERT, the values between `at` and entity_id, the values after entity_uuid)."""
    from kemidesk.db.connection import is_server

    plan = _AUDIT_PLANS.get(type(db))
    if plan is None:
        plan = _audit_plan(db, is_server())
        _AUDIT_PLANS[type(db)] = plan
    sql, columns, id_at, uuid_at = plan
    if columns[0] != "at" or uuid_at != id_at + 1:
        raise RuntimeError("the audit log's columns are not in the order audit_rows writes")
    known = {
        "os_user": user,
        "entity": entity,
        "action": action,
        "fields": names,
        "db_user": user,
    }
    values = [known.get(c) for c in columns]
    return sql, tuple(values[1:id_at]), tuple(values[uuid_at + 1 :])


_AUDIT_ROWS: dict[tuple[Any, ...], tuple[str, tuple[Any, ...], tuple[Any, ...]]] = {}


def _audit_plan(db: peewee.Database, server: bool) -> tuple[str, list[str], int, int]:
    """(INSERT, column names, where entity_id and entity_uuid go) of the audit rows."""
    columns = [f.name for f in AuditLog._meta.sorted_fields if f.name != "id"]
    if server:
        columns.remove("db_user")
    sql = _insert_sql(db, AuditLog, tuple(AuditLog._meta.fields[c].column_name for c in columns))
    return sql, columns, columns.index("entity_id"), columns.index("entity_uuid")


_AUDIT_PLANS: dict[type, tuple[str, list[str], int, int]] = {}  # engine's class → plan


def insert_rows(
    model: type[peewee.Model], rows: list[dict[str, Any]], skip: tuple[str, ...] = ()
) -> None:
    """INSERT rows of `model` (field name → value; the fields' defaults filled in as peewee
    does) in one statement run for every row. The statement is the INSERT peewee would make,
    written once per model and engine: building it through the query builder cost more than
    running it, and every change writes at least an audit row."""
    if not rows:
        return
    db = database_proxy.obj
    steps, column_names = _insert_plan(model, skip)
    values = [_insert_values(steps, row) for row in rows]
    sql = _insert_sql(db, model, column_names)
    if len(values) == 1:
        run_sql(db, sql, values[0])
    else:
        db.cursor().executemany(sql, values)


def insert_rows_keyed(model: type[peewee.Model], rows: list[dict[str, Any]]) -> list[int]:
    """`insert_rows` for rows whose ids are needed (for their audit rows): the one statement
    run for each row alone, giving the new ids in the order of `rows`."""
    db = database_proxy.obj
    steps, column_names = _insert_plan(model, ())
    sql = _insert_sql(db, model, column_names)
    if db.returning_clause:
        sql += ' RETURNING "id"'
    ids = []
    for row in rows:
        cursor = run_sql(db, sql, _insert_values(steps, row))
        ids.append(int(cursor.fetchone()[0] if db.returning_clause else cursor.lastrowid))
    return ids


def _insert_values(
    steps: list[tuple[str, Any, Any, bool, tuple[type, ...]]], row: Any
) -> list[Any]:
    """The row's values as stored, in the plan's column order (a field's default when the
    row has no value; a value its field stores as it is passed on without the call)."""
    return [
        v
        if type(v := (row[name] if name in row else default() if call else default)) in same
        else convert(v)
        for name, convert, default, call, same in steps
    ]


def _insert_plan(
    model: type[peewee.Model], skip: tuple[str, ...]
) -> tuple[list[tuple[str, Any, Any, bool, tuple[type, ...]]], tuple[str, ...]]:
    plan = _INSERT_PLANS.get((model, skip))
    if plan is None:
        columns = [
            f
            for f in model._meta.sorted_fields
            if not isinstance(f, peewee.AutoField) and f.name not in skip
        ]
        defaults = model._meta.defaults
        steps = [
            (f.name, f.db_value, defaults.get(f), callable(defaults.get(f)), stored_as_is(f))
            for f in columns
        ]
        plan = (steps, tuple(f.column_name for f in columns))
        _INSERT_PLANS[(model, skip)] = plan
    return plan


# (model, fields skipped) → ([(field name, its db_value, its default, default is callable,
# the types it stores as they are)], column names): worked out once per model.
_INSERT_PLANS: dict[
    tuple[Any, ...], tuple[list[tuple[str, Any, Any, bool, tuple[type, ...]]], tuple[str, ...]]
] = {}


def update_rows(model: type[peewee.Model], ids: list[int], **values: Any) -> None:
    """`model.update(**values).where(model.id.in_(ids))` (the values as peewee converts them),
    with the statement written once per model, engine, set of columns and number of ids:
    the office's bulk work (a day's claims, approvals, a batch) updates many rows at once."""
    if not ids:
        return
    db = database_proxy.obj
    fields = [model._meta.fields[name] for name in values]
    key = (type(db), model, tuple(values), len(ids))
    sql = _UPDATES.get(key)
    if sql is None:
        marks = ", ".join([db.param] * len(ids))
        table = peewee.quote([model._meta.table_name], db.quote)
        sql = f'UPDATE {table} SET {set_list(db, fields)} WHERE ({table}."id" IN ({marks}))'
        _UPDATES[key] = sql
    run_sql(db, sql, [f.db_value(values[f.name]) for f in fields] + [int(i) for i in ids])


_UPDATES: dict[tuple[Any, ...], str] = {}


def update_groups(
    model: type[peewee.Model], names: tuple[str, ...], groups: Iterable[tuple[Any, list[int]]]
) -> None:
    """`update_rows(model, ids, **dict(zip(names, values)))` for each (values, ids) of
    `groups`, as one statement `UPDATE … WHERE id = ?` run for every row: its text is the
    same whatever the number of rows and groups (the day's payment work wrote one UPDATE
    per group, its text changing with the number of ids, and the large demo's thousands
    of texts pushed compiled statements out of the connection's cache)."""
    db = database_proxy.obj
    key = (type(db), model, names)
    known = _EACH.get(key)
    if known is None:
        fields = [model._meta.fields[name] for name in names]
        table = peewee.quote([model._meta.table_name], db.quote)
        sql = f'UPDATE {table} SET {set_list(db, fields)} WHERE ("id" = {db.param})'
        known = _EACH[key] = (sql, [f.db_value for f in fields])
    sql, converters = known
    rows = []
    for values, ids in groups:
        stored = [convert(v) for convert, v in zip(converters, values, strict=True)]
        rows.extend([(*stored, int(i)) for i in ids])
    if len(rows) == 1:
        run_sql(db, sql, rows[0])
    elif rows:
        db.cursor().executemany(sql, rows)


_EACH: dict[tuple[Any, ...], tuple[str, list[Any]]] = {}


def _insert_sql(db: peewee.Database, model: type[peewee.Model], columns: tuple[str, ...]) -> str:
    key = (type(db), model, columns)
    sql = _INSERTS.get(key)
    if sql is None:
        quoted = ", ".join(peewee.quote([c], db.quote) for c in columns)
        marks = ", ".join([db.param] * len(columns))
        table = peewee.quote([model._meta.table_name], db.quote)
        sql = f"INSERT INTO {table} ({quoted}) VALUES ({marks})"
        _INSERTS[key] = sql
    return sql


_INSERTS: dict[tuple[Any, ...], str] = {}


MAX_ID = 2**63 - 1  # BIGINT on the server, SQLite's integer range


def record_key(pk: object) -> int | None:
    """A primary key as the databases take it, or None for a value no row can have (text,
    a bool, out of range). SQLite would just find nothing; the server rejects the query."""
    if isinstance(pk, bool):
        return None
    if isinstance(pk, str) and pk.strip().isascii() and pk.strip().isdigit():
        pk = int(pk.strip())
    if isinstance(pk, int) and 0 < pk <= MAX_ID:
        return pk
    return None


def get_for_update(model: type[M], pk: int, code: str) -> M:
    """`get_or_raise` that also locks the row until the transaction ends (`SELECT … FOR
    UPDATE` on the office server; SQLite's write transaction holds the whole file already).
    A use case that checks a row's state before changing it reads it this way, so a second
    program doing the same waits and then sees the first one's result."""
    key = record_key(pk)
    instance = None if key is None else _by_key(model, key, for_update=True)
    if instance is None:
        raise NotFoundError(code, pk)
    return instance


def get_or_raise(model: type[M], pk: int, code: str) -> M:
    """The row with primary key `pk`, else NotFoundError(code, pk), e.g. "PERSON_NOT_FOUND"."""
    key = record_key(pk)
    instance = None if key is None else _by_key(model, key, for_update=False)
    if instance is None:
        raise NotFoundError(code, pk)
    return instance


def with_related(instance: M, *names: str) -> M:
    """Load the rows the foreign keys `names` of `instance` point to, through the same
    statements built once (peewee's lazy loading builds a new query for each access)."""
    for name in names:
        field = instance._meta.fields[name]
        key = instance.__data__.get(name)
        if key is not None and name not in instance.__rel__:
            instance.__rel__[name] = find_by_key(field.rel_model, key)
    return instance


def find_by_key(model: type[M], key: int) -> M | None:
    """The row with primary key `key` (a valid `record_key`), or None."""
    return _by_key(model, key, for_update=False)


def _by_key(model: type[M], key: int, *, for_update: bool) -> M | None:
    """`model.get_or_none(primary key == key)` (locked `FOR UPDATE` on the server when asked)
    with the statement built once per model: every use case loads its rows this way, and
    building the SELECT of a 30-column model cost more than running it."""
    name = f"by_key.{model._meta.table_name}.{for_update}"
    found = prepared(name, lambda k: _key_query(model, k, for_update), key)
    return found[0] if found else None


def _key_query(model: type[M], key: int, for_update: bool) -> Any:
    query = model.select().where(model._meta.primary_key == key)
    return lock_for_update(query) if for_update else query


def prepared(name: str, build: Callable[..., Any], *params: int | str) -> list[Any]:
    """The rows of the query `build(*params)` (a peewee SELECT), with its statement built
    once per `name` and engine: the use cases that read one record's row after writing it
    (`get_decision`, `get_placement`, …) ran the query builder for every call, which cost
    several times more than running the statement. The rows are made by the same cursor
    wrapper peewee would use for the query (dicts, tuples or models, converted the same way).

    `params` are the values that change between calls: each must reach the statement
    unchanged (ints and strings); the statement is built once with stand-ins and checked
    to hold each exactly once, else the query is built every time as before."""
    db = database_proxy.obj
    kinds = tuple(map(type, params))
    if kinds.count(int) + kinds.count(str) != len(kinds):
        return list(build(*params))
    key = (type(db), name, kinds)
    known = _PREPARED.get(key)
    if known is None:
        known = _prepare(db, build, kinds)
        _PREPARED[key] = known
    if known[0] is None:
        return list(build(*params))
    sql, query, slots, values, state, start = known
    if start is not None:  # the arguments stand in order in one stretch of the parameters
        values = [*values[:start], *params, *values[start + len(params) :]]
    else:
        values = list(values)
        for position, n in slots:
            values[position] = params[n]
    cursor = run_sql(db, sql, values)
    raw = cursor.fetchall()
    make = state.get("make")
    if make is not None:  # the rows as peewee's cursor wrapper of the query makes them
        cursor.close()
        return [make(row) for row in raw]
    wrapper = query._get_cursor_wrapper(cursor)
    if not raw:
        cursor.close()
        return []
    if state:  # how the columns map to fields and converters: the same for every call
        wrapper.__dict__.update(state)
    else:
        wrapper.initialize()
        made = {k: v for k, v in wrapper.__dict__.items() if k not in _PER_CURSOR}
        made["make"] = _row_maker(wrapper)
        state.update(made)  # at once (one C call), so another thread sees all of it or none
    cursor.close()
    return [wrapper.process_row(row) for row in raw]


def _row_maker(wrapper: Any) -> Callable[[Any], Any] | None:
    """A function that makes the row peewee's cursor wrapper (initialized for the query's
    columns) makes, without a wrapper per call: for model instances of a model's own
    fields, dicts and tuples; None for any other kind of row (the wrapper makes those)."""
    kind = type(wrapper)
    if kind is peewee.ModelObjectCursorWrapper:
        return _model_maker(wrapper)
    if kind is peewee.ModelDictCursorWrapper:
        names = wrapper.unique_columns
        plain = [(names[i], i) for i in wrapper.no_convert]
        converted = [
            (names[i], i, _faster(wrapper.converters[i]), unchanged(wrapper.converters[i]))
            for i in wrapper.convert
        ]

        def make_dict(row: Any) -> dict[str, Any]:
            result = {name: row[i] for name, i in plain}
            for name, i, convert, same in converted:
                value = row[i]
                result[name] = value if type(value) in same else convert(value)
            return result

        return make_dict
    if kind is peewee.ModelTupleCursorWrapper and wrapper.constructor is tuple:
        steps = [
            (i, _faster(convert), unchanged(convert) if convert is not None else ())
            for i, convert in enumerate(wrapper.converters[: wrapper.ncols])
        ]

        def make_tuple(row: Any) -> tuple[Any, ...]:
            return tuple(
                [
                    v if type(v := row[i]) in same or convert is None else convert(v)
                    for i, convert, same in steps
                ]
            )

        return make_tuple
    return None


_NONE = type(None)


class _Remembered(dict):  # type: ignore[type-arg]
    """A date column's stored texts → what its `python_value` makes of them, remembered (a
    date is immutable, the conversion depends on the text alone, and the dates of the
    office's records repeat: starts, period ends, decision days)."""

    def __init__(self, convert: Callable[[Any], Any]) -> None:
        super().__init__()
        self.convert = convert

    def __missing__(self, value: Any) -> Any:
        made = self.convert(value)
        if value is None or type(value) is str:
            if len(self) >= 65_536:
                self.clear()
            self[value] = made
        return made


def _faster(convert: Any) -> Any:
    """`convert` itself, or for a date column's converter a lookup of the values made
    already (one C call for a date seen before instead of two Python calls)."""
    from kemidesk.db.models import IsoDateField

    field = getattr(convert, "__self__", None)
    if isinstance(field, peewee.ForeignKeyField) or not isinstance(field, IsoDateField):
        return convert
    if getattr(convert, "__func__", None) is not IsoDateField.python_value:
        return convert
    return _Remembered(convert).__getitem__


def unchanged(convert: Any) -> tuple[type, ...]:
    """The exact types of value that `convert` (a field's `python_value`, as a cursor
    wrapper holds it) gives back as they are: an integer column's ints, a text column's
    texts, None; the rows made here pass those on without the two calls per value (most of
    the values the use cases read are ids, counts and texts). () for any other converter."""
    field, func = getattr(convert, "__self__", None), getattr(convert, "__func__", None)
    if isinstance(field, peewee.ForeignKeyField) and func is peewee.ForeignKeyField.python_value:
        return unchanged(field.rel_field.python_value)  # a key value is not a model instance
    if not isinstance(field, peewee.Field) or func is not peewee.Field.python_value:
        return ()
    adapt = getattr(field.adapt, "__func__", None)
    if adapt is peewee.IntegerField.adapt:
        return (int, _NONE)  # int(v) is v for an int
    if adapt is peewee._StringField.adapt:
        return (str, _NONE)
    return ()


def _model_maker(wrapper: Any) -> Callable[[Any], Any] | None:
    """For a select of a model's own fields read as model instances: a function that makes
    the instance peewee's wrapper would make (the same converted values in `__data__`, in
    the same order, nothing dirty, nothing related loaded) without going through
    `Model.__init__` and an attribute assignment per field, which cost more than the read.
    None for any other query (the wrapper makes its rows)."""
    model = getattr(wrapper, "constructor", None)
    if (
        type(wrapper) is not peewee.ModelObjectCursorWrapper
        or not wrapper.is_model
        or model is not wrapper.model
        or type(model).__call__ is not type.__call__
        or model.__init__ is not peewee.Model.__init__
    ):
        return None
    from kemidesk.db.models import EnumField, _EnumAccessor

    plain = (peewee.FieldAccessor, peewee.ForeignKeyAccessor, _EnumAccessor)
    columns = wrapper.unique_columns
    enums = []
    for name in columns:
        field = model._meta.fields.get(name)
        if field is None or field.name != name or type(model.__dict__.get(name)) not in plain:
            return None
        if isinstance(field, EnumField):
            enums.append((name, field.to_member))  # as its accessor sets it
    steps = [(i, columns[i], None, ()) for i in wrapper.no_convert]
    steps += [
        (i, columns[i], _faster(wrapper.converters[i]), unchanged(wrapper.converters[i]))
        for i in wrapper.convert
    ]
    new = model.__new__

    def make(row: Any) -> Any:
        data = {
            name: (v if type(v := row[i]) in same or convert is None else convert(v))
            for i, name, convert, same in steps
        }
        for name, to_member in enums:
            data[name] = to_member(data[name])
        obj = new(model)
        obj.__data__, obj._dirty, obj.__rel__ = data, set(), {}
        return obj

    return make


def _prepare(db: peewee.Database, build: Callable[..., Any], kinds: tuple[type, ...]) -> Any:
    """(statement, query, [(parameter position, argument number)], parameters, the state
    of its rows, the first argument's position when all stand in order in one stretch) or
    Nones when the stand-ins do not come through unchanged exactly once each."""
    # A text stand-in looks like a number, so a field that would convert a numeric text (an
    # id field given "5") does not pass it through unchanged and the query is built each time.
    stand_ins = [
        _STAND_IN + n if kind is int else str(_STAND_IN - n) for n, kind in enumerate(kinds)
    ]
    try:
        query = build(*stand_ins)
        sql, values = db.get_sql_context().sql(query).query()
    except (ValueError, TypeError):  # a stand-in the query converts (text for an id)
        return (None, None, (), (), {}, None)
    slots = [[i for i, v in enumerate(values) if type(v) is type(s) and v == s] for s in stand_ins]
    if any(len(found) != 1 for found in slots):
        return (None, None, (), (), {}, None)
    places = tuple((found[0], n) for n, found in enumerate(slots))
    first = places[0][0] if places else 0
    in_order = all(position == first + n for position, n in places)
    return (sql, query, places, values, {}, first if in_order else None)


# A cursor wrapper's own attributes (the rest is the column mapping made by `initialize`).
_PER_CURSOR = frozenset({"cursor", "count", "index", "initialized", "populated", "row_cache"})
_STAND_IN = -7_346_000_000_000  # no key or value of the demo or the office comes near
_PREPARED: dict[tuple[Any, ...], Any] = {}


def live_duplicate(column: Any, value: object, own_id: int | None, *shown: Any) -> Any:
    """The first live (not archived) row other than `own_id` whose `column` equals `value`,
    with the `shown` columns, or None. Checked inside the write transaction instead of a
    UNIQUE index, because archived and erased duplicates may exist."""
    model = column.model

    def build(value: object, *own: int) -> Any:
        query = model.select(model.id, *shown).where(
            (column == value) & (model.archived == False)  # noqa: E712
        )
        if own:
            query = query.where(model.id != own[0])
        return query.order_by(model.id).limit(1)

    name = f"duplicate.{model._meta.table_name}.{column.name}." + ".".join(f.name for f in shown)
    found = prepared(name, build, value, *(() if own_id is None else (own_id,)))  # type: ignore[arg-type]
    return found[0] if found else None


def update_record(model: type[M], pk: int, code: str, values: dict[str, Any]) -> M:
    """Load the row (NotFoundError `code`), set the changed values, save and audit them, in
    one transaction; a row with nothing changed is left as it was."""
    with transaction():
        instance = get_or_raise(model, pk, code)
        changed = apply_changes(instance, values)
        if changed:
            instance.save()
            audit(instance, "update", changed)
    return instance


def delete_record(model: type[M], pk: int, code: str) -> None:
    """Delete the row (NotFoundError `code`) with an audit row, in one transaction."""
    with transaction():
        instance = get_or_raise(model, pk, code)
        audit(instance, "delete")
        instance.delete_instance()


def apply_changes(instance: peewee.Model, values: dict[str, Any]) -> list[str]:
    """Set the attributes that differ; returns the changed field names."""
    from kemidesk.db.models import EnumField

    changed = []
    for name, value in values.items():
        field = instance._meta.fields.get(name)
        if isinstance(field, EnumField):
            value = field.to_member(value)  # a code is its member; "" and None are both blank
        if getattr(instance, name) != value:
            setattr(instance, name, value)
            changed.append(name)
    return changed


class FieldCheck:
    """Runs validators field by field and raises all messages at once (first one per field)."""

    def __init__(self) -> None:
        self.errors: dict[str, Message] = {}

    def __call__(self, field: str, validator: Callable[..., T], *args: Any) -> T:
        try:
            return validator(*args)
        except ValidationError as exc:
            self.errors.setdefault(field, exc.as_message())
            return None  # type: ignore[return-value]

    def text(self, field: str, key: str, value: object, required_label: str | None = None) -> str:
        """A text field through `validation.validate_field_text` with the limit of `key`
        ("Model.column"): stripped, storable, not too long ("" when rejected)."""
        checked = self(field, v.validate_field_text, key, value, field, required_label)
        return checked if checked is not None else ""

    def date(self, field: str, value: object, *, required: bool = True) -> Any:
        """A real date within DATE_MIN..DATE_MAX (None when optional and not given)."""
        return self(field, check_date, value, field, required)

    def choice(self, field: str, enum: type[T], value: object) -> T | None:
        """A member of `enum` (the member itself or its value), else VALUE_INVALID."""
        try:
            return enum(value)  # type: ignore[call-arg]
        except (ValueError, TypeError):
            self.fail(field, "VALUE_INVALID")
            return None

    def flag(self, field: str, value: object) -> bool:
        """A yes/no value: a bool (or 0/1); anything else is VALUE_INVALID."""
        if isinstance(value, bool) or value in (0, 1):
            return bool(value)
        self.fail(field, "VALUE_INVALID")
        return False

    def signer(self, name: object, title: object) -> tuple[str, str]:
        """The decision maker's name and title as typed on a decision."""
        return (
            self.text("decided_by_name", "Decision.decided_by_name", name),
            self.text("decided_by_title", "Decision.decided_by_title", title),
        )

    def fail(self, field: str, code: str, /, **params: Any) -> None:
        self.errors.setdefault(field, Message(code, params))

    def raise_if_any(self) -> None:
        if self.errors:
            raise FieldErrors(self.errors)
