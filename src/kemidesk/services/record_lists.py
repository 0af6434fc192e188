"""The record lists without their rows: how many records there are, their ids in list
order, the years that have decisions.

Ordered ids let the window read a big list in chunks (`list_placements(ids=...)`) and show
the first rows at once; counts fill the status bar without reading whole lists. The orders
here are the orders of the matching `list_*` functions.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

import peewee

from kemidesk.db.models import Association, Decision, Person, Placement
from kemidesk.db.rows import raw_rows, rows_built_once


@dataclass(frozen=True)
class RecordCounts:
    associations: int
    people: int
    placements: int
    decisions: int


def record_counts() -> RecordCounts:
    """Counts of records that are not archived."""
    return RecordCounts(
        associations=Association.select().where(Association.archived == False).count(),  # noqa: E712
        people=Person.select().where(Person.archived == False).count(),  # noqa: E712
        placements=Placement.select().where(Placement.archived == False).count(),  # noqa: E712
        decisions=Decision.select().where(Decision.archived == False).count(),  # noqa: E712
    )


def placement_ids(include_archived: bool = False, limit: int | None = None) -> list[int]:
    """Ids in the order of `list_placements` (newest start first); the first `limit`."""
    query = Placement.select(Placement.id).order_by(
        Placement.start_date.desc(), Placement.id.desc()
    )
    if not include_archived:
        query = query.where(Placement.archived == False)  # noqa: E712
    if limit is not None:
        query = query.limit(limit)
    return [pid for (pid,) in raw_rows(query)]


def person_ids(include_archived: bool = False, limit: int | None = None) -> list[int]:
    """Ids in the order of `list_people` (by last name, first name); the first `limit`."""
    query = Person.select(Person.id).order_by(Person.last_name, Person.first_name, Person.id)
    if not include_archived:
        query = query.where(Person.archived == False)  # noqa: E712
    if limit is not None:
        query = query.limit(limit)
    return [pid for (pid,) in raw_rows(query)]


def decision_ids(include_archived: bool = False, limit: int | None = None) -> list[int]:
    """Ids in the order of `list_decisions` (newest decision first); the first `limit`.
    Read through the (archived, decision_date, id) index without the rows (step 12)."""
    query = Decision.select(Decision.id).order_by(Decision.decision_date.desc(), Decision.id.desc())
    if not include_archived:
        query = query.where(Decision.archived == False)  # noqa: E712
    if limit is not None:
        query = query.limit(limit)
    return [did for (did,) in raw_rows(query)]


def decision_years() -> list[int]:
    """The years that have decisions, newest first (for the year filter)."""
    query = Decision.select(Decision.year).distinct().order_by(Decision.year.desc())
    return [year for (year,) in query.tuples() if year]


R = TypeVar("R")


def in_order_of(ids: Sequence[int], rows: Iterable[R]) -> list[R]:
    """`rows` (each with an `id`) in the order of `ids`. A chunk read by primary key is put
    in list order here: an ORDER BY on the chunk's query can make the database walk the
    whole date index to find a few thousand ids."""
    position = {row_id: i for i, row_id in enumerate(ids)}
    return sorted(rows, key=lambda row: position.get(row.id, len(position)))  # type: ignore[attr-defined]


def page_of_lines(
    name: str,
    query: Callable[[], peewee.Select],
    key: tuple[peewee.Field, ...],
    after: Sequence[Any] | None,
    limit: int | None,
    ascending: bool = False,
    values: Sequence[Any] = (),
) -> list[tuple[Any, ...]]:
    """A page of a window's list read as lines: the rows of `query(*values)` (ordered by
    `key`, descending (e.g. date and id) or `ascending` (e.g. name and id)) after the row
    whose `key` values as read are `after`, at most `limit`. Each page continues the index
    where the last stopped (no list of ids read first, no rows put back in order); the
    statement is built once per shape, `values` (e.g. a day, once for each place the query
    holds it) are its parameters."""
    params = [*values, *(after or ()), *([] if limit is None else [limit])]
    own = len(values)

    def build(*given: Any) -> peewee.Select:
        built = query(*given[:own])
        if after is not None:
            keys, bound = peewee.Tuple(*key), peewee.Tuple(*given[own : own + len(key)])
            built = built.where(keys > bound if ascending else keys < bound)
        return built if limit is None else built.limit(given[-1])

    return rows_built_once(f"{name} {after is not None} {limit is not None}", build, *params)
