"""Reading many rows fast: as the driver returns them (`raw_rows`, with `as_day` for DATE
columns), or as dicts by column name like peewee's `.dicts()` (`dict_rows`), with the garbage
collector paused while thousands of row tuples are made (`collector_paused`).

peewee runs every value of every row through its field's `python_value` (23 columns × 40 000
placements: most of a listing's time). The cursor already gives integers and texts as they
are, so here only the columns that need it are converted (dates, decimals, booleans, enums,
times), each with its field's own conversion (dates through the shared ISO parser, times
written as ISO text through `datetime.fromisoformat`). The keys
are the ones `.dicts()` gives: an alias, else the field's name. A test reads the lists both
ways on both engines and finds them equal.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from datetime import date, datetime
from decimal import Decimal
from typing import Any

import peewee

from kemidesk.db.collector import collector_paused
from kemidesk.db.connection import database_proxy
from kemidesk.db.models import DecimalTextField, IsoDateField, UtcDateTimeField, parse_iso_date


def raw_rows(query: peewee.Query) -> list[tuple[Any, ...]]:
    """The rows of `query` as the driver returns them, without peewee's conversion of each
    value (what a big read pays for most): dates are ISO text on SQLite and `date` on
    PostgreSQL (`as_day` reads both), enum columns their stored codes."""
    sql, params = query.sql()
    cursor = database_proxy.obj.execute_sql(sql, params)
    with peewee.__exception_wrapper__:  # the rows are made while fetched: errors as peewee's
        return list(cursor.fetchall())


def as_day(value: Any) -> Any:
    """A DATE column's value from `raw_rows` as a `date` (None stays None)."""
    if value is None or isinstance(value, date):
        return value
    return parse_iso_date(str(value)[:10])


# Fields whose value the cursor already gives as the program holds it (int, str or None).
_AS_READ: frozenset[type[peewee.Field]] = frozenset(
    {
        peewee.AutoField,
        peewee.BigAutoField,
        peewee.IntegerField,
        peewee.BigIntegerField,
        peewee.CharField,
        peewee.TextField,
    }
)


def _converter(field: peewee.Field) -> Callable[[Any], Any] | None:
    if isinstance(field, peewee.ForeignKeyField):
        field = field.rel_field
    if type(field) in _AS_READ:
        return None
    if type(field) is DecimalTextField:
        return _decimal  # one shared Decimal per text (hours per week repeat in every row)
    if type(field) is IsoDateField:
        return _date_reader(field.python_value)
    if type(field) is UtcDateTimeField:
        return _time_reader(field.python_value)
    return field.python_value  # type: ignore[no-any-return]


def _date_reader(slow: Callable[[Any], Any]) -> Callable[[Any], Any]:
    def as_date(value: Any) -> Any:
        if type(value) is str and len(value) == 10:
            try:
                return parse_iso_date(value)
            except ValueError:
                pass
        return slow(value)

    return as_date


def _time_reader(slow_time: Callable[[Any], Any]) -> Callable[[Any], Any]:
    def as_time(value: Any) -> Any:
        if type(value) is str:
            try:
                moment = datetime.fromisoformat(value)
            except ValueError:
                return slow_time(value)
            if moment.tzinfo is None:
                return moment
        return slow_time(value)

    return as_time


@functools.lru_cache(maxsize=4096, typed=True)
def _decimal(value: Any) -> Decimal:
    return Decimal(str(value))  # DecimalTextField.python_value of a value that is not None


@functools.lru_cache(maxsize=65536)
def full_name(last: str, first: str) -> str:
    """The name as "Sukunimi Etunimi", one shared text per person (a list of 40 000 rows
    names the same people again and again)."""
    return f"{last} {first}"


def _columns(query: peewee.Select) -> list[tuple[str, Callable[[Any], Any] | None]] | None:
    out = []
    for node in query._returning:
        if isinstance(node, peewee.Alias) and isinstance(node.node, peewee.Field):
            out.append((node._alias, _converter(node.node)))
        elif isinstance(node, peewee.SelectQuery) and getattr(node, "_alias", None):
            out.append((node._alias, None))  # a scalar subquery: peewee converts it neither
        elif isinstance(node, peewee.Field) and not isinstance(node, peewee.Alias):
            out.append((node.name, _converter(node)))
        else:
            return None  # an expression: peewee's own reading
    return out


def column_readers(query: peewee.Select) -> dict[str, tuple[int, Callable[[Any], Any]]]:
    """Each column of `query` by the name `.dicts()` gives it: its place in a `raw_rows`
    row and how the value is converted as peewee would (the identity where the driver's
    value is already the program's). Raises ValueError for an expression column."""
    columns = _columns(query)
    if columns is None:
        raise ValueError("a column without a field")
    return {
        name: (i, convert if convert is not None else _same)
        for i, (name, convert) in enumerate(columns)
    }


def _same(value: Any) -> Any:
    return value


def dict_rows(query: peewee.Select) -> list[dict[str, Any]]:
    """The rows of `query` as dicts (the same as `list(query.dicts())`)."""
    columns = _columns(query)
    if columns is None:
        return list(query.dicts())
    return _as_dicts(raw_rows(query), columns)


def _as_dicts(
    rows: list[tuple[Any, ...]], columns: list[tuple[str, Callable[[Any], Any] | None]]
) -> list[dict[str, Any]]:
    names = [name for name, _ in columns]
    if all(convert is None for _, convert in columns):
        return [dict(zip(names, row, strict=True)) for row in rows]
    return [dict(zip(names, values, strict=True)) for values in _as_lists(rows, columns)]


# A stand-in id: the statement of a chunked read is built once with it in its IN list.
_STAND_IN = 987_654_321_987
_BY_IDS: dict[tuple[Any, ...], Any] = {}


def value_rows_by_ids(
    name: str, build: Callable[[list[int]], peewee.Select], ids: list[int]
) -> tuple[dict[str, int], list[list[Any]]]:
    """The rows of `build(ids)` (a list's chunk: `build` writes its ids into the SQL with
    `id_in`) as lists of their values converted as `dict_rows` does, and where each column's
    value is by its name (mapped once per call, not a dict made per row): a row object is
    then made from its fields' values by name without an intermediate dict.

    The statement is built once per `name` and engine (peewee built the same statement for
    each of a list's hundred chunks, a quarter of a chunk's time) and the chunk's ids are
    put in its stand-in's place; a statement without the stand-in exactly once is built
    each time."""
    known = _statement(name, build)
    if known is None or known[2] is None or not ids:
        found = dict_rows(build(ids))
        if not found:
            return {}, []
        index = {key: i for i, key in enumerate(found[0])}
        return index, [list(r.values()) for r in found]
    columns = known[2]
    index = {key: i for i, (key, _) in enumerate(columns)}
    return index, _as_lists(_run(known, ids), columns)


def _as_lists(
    rows: list[tuple[Any, ...]], columns: list[tuple[str, Callable[[Any], Any] | None]]
) -> list[list[Any]]:
    converted = [(i, convert) for i, (_, convert) in enumerate(columns) if convert is not None]
    out = []
    for row in rows:
        values = list(row)
        for i, convert in converted:
            value = values[i]
            if value is not None:
                values[i] = convert(value)
        out.append(values)
    return out


_INTS: dict[int, int] = {}


def share_ints(rows: list[list[Any]], columns: Iterable[int]) -> None:
    """The integers of `columns` (sums of money, a payment's decision) as one shared object
    per value: the driver makes a new int object for each (28 bytes apiece beyond 256)."""
    known, places = _INTS, list(columns)
    for values in rows:
        for i in places:
            value = values[i]
            if type(value) is int:
                values[i] = known.setdefault(value, value)
    if len(known) > 100_000:  # bounded: the values of the lists shown, not of every read
        known.clear()


def raw_rows_by_ids(
    name: str, build: Callable[[list[int]], peewee.Select], ids: list[int]
) -> list[tuple[Any, ...]]:
    """`raw_rows(build(ids))` with the statement built once, as `value_rows_by_ids`."""
    known = _statement(name, build)
    if known is None or not ids:
        return raw_rows(build(ids))
    return _run(known, ids)


_Statement = tuple[str, tuple[Any, ...], list[tuple[str, Callable[[Any], Any] | None]] | None]


def _statement(name: str, build: Callable[[list[int]], peewee.Select]) -> _Statement | None:
    key = (type(database_proxy.obj), name)
    if key not in _BY_IDS:
        query = build([_STAND_IN])
        sql, params = query.sql()
        usable = sql.count(f"({_STAND_IN})") == 1 and _STAND_IN not in params
        _BY_IDS[key] = (sql, tuple(params), _columns(query)) if usable else None
    return _BY_IDS[key]


def _run(known: _Statement, ids: list[int]) -> list[tuple[Any, ...]]:
    sql, params, _ = known
    listed = ",".join([str(int(i)) for i in ids])
    cursor = database_proxy.obj.execute_sql(sql.replace(f"({_STAND_IN})", f"({listed})"), params)
    with peewee.__exception_wrapper__:
        return list(cursor.fetchall())


def id_in(field: peewee.Field, ids: Iterable[int]) -> peewee.Expression:
    """`field IN (ids)` with the ids written into the SQL as integers (each checked by int()):
    peewee builds one parameter node per id, which cost a chunked list load of 40 000 rows
    more than the queries themselves."""
    numbers = [str(int(i)) for i in ids]
    if not numbers:
        return field.in_([])  # peewee writes an empty IN as a false condition on both engines
    return field.in_(peewee.SQL(f"({','.join(numbers)})"))


# ---------------------------------------------------------------- lines: rows as read, named
# A long list in the window holds per row only the columns it shows, as the tuple the cursor
# gave (no object made per row, no value converted): a "line". Its class names such a tuple:
# a tuple with a property per column, by the name `.dicts()` would give it, that converts
# the value as peewee would when it is read (dates are ISO text on SQLite until then), and
# properties derived from several columns; a line is made of the tuple when it is asked for
# by name. The window sorts and formats the raw values by their place (`LINE_INDEX`), each
# distinct value once.

LINE_INDEX = "_index"  # the class attribute: {column name: place in the tuple}
LINE_CONVERT = "_convert"  # {column name: its value as read -> the program's value}


def line_class(
    name: str,
    readers: dict[str, tuple[int, Callable[[Any], Any]]],
    derived: dict[str, Callable[[Any], Any]] | None = None,
) -> type[tuple[Any, ...]]:
    """A tuple class whose instances are `raw_rows` rows of a query with `readers`
    (`column_readers`): each column read by name and converted on access; `derived` adds
    properties made of the line (e.g. a name from two columns)."""
    namespace: dict[str, Any] = {
        "__slots__": (),
        LINE_INDEX: {k: i for k, (i, _c) in readers.items()},
        LINE_CONVERT: {k: _none_kept(c) for k, (_i, c) in readers.items()},
    }
    for column, (i, convert) in readers.items():
        namespace[column] = property(_line_getter(i, convert))
    for key, make in (derived or {}).items():
        namespace[key] = property(make)
    return type(name, (tuple,), namespace)


def _none_kept(convert: Callable[[Any], Any]) -> Callable[[Any], Any]:
    if convert is _same:
        return convert
    return lambda value: None if value is None else convert(value)


def _line_getter(i: int, convert: Callable[[Any], Any]) -> Callable[[Any], Any]:
    if convert is _same:
        return lambda line: line[i]

    def get(line: Any) -> Any:
        value = line[i]
        return None if value is None else convert(value)

    return get


_BUILT: dict[tuple[Any, ...], tuple[str, tuple[Any, ...], list[tuple[int, int]]] | None] = {}


def rows_built_once(
    name: str, build: Callable[..., peewee.Select], *params: Any
) -> list[tuple[Any, ...]]:
    """`raw_rows(build(*params))` with the statement built once per `name`, engine and
    number of `params` (a list read as pages runs the same statement twenty times): it is
    built with stand-ins, each of which must reach the statement's parameters unchanged
    exactly once, and the params are put in their places (else it is built every time)."""
    db = database_proxy.obj
    key = (type(db), name, len(params))
    if key not in _BUILT:
        if len(_BUILT) >= 256:  # names that hold a day or bounds: the old ones forgotten
            _BUILT.clear()
        stand_ins = [f"\x00stand-in {n}\x00" for n in range(len(params))]
        sql, values = build(*stand_ins).sql()
        slots = []
        for n, stand_in in enumerate(stand_ins):
            places = [i for i, v in enumerate(values) if type(v) is str and v == stand_in]
            if len(places) != 1:
                _BUILT[key] = None
                break
            slots.append((places[0], n))
        else:
            _BUILT[key] = (sql, tuple(values), slots)
    known = _BUILT[key]
    if known is None:
        return raw_rows(build(*params))
    sql, values, slots = known
    filled = list(values)
    for place, n in slots:
        filled[place] = params[n]
    with collector_paused():  # thousands of row tuples, no cycles (see `collector_paused`)
        cursor = db.execute_sql(sql, filled)
        with peewee.__exception_wrapper__:
            return list(cursor.fetchall())
