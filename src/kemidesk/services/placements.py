"""Placements: one employment of one person at one employer, with its palkkatuki decision."""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from sys import intern
from typing import Any

import peewee

from kemidesk.db.models import (
    Association,
    Decision,
    EmployerRing,
    JobCoach,
    Payment,
    Person,
    Placement,
)
from kemidesk.db.rows import (
    column_readers,
    dict_rows,
    full_name,
    id_in,
    line_class,
    raw_rows,
    share_ints,
    value_rows_by_ids,
)
from kemidesk.domain import validation as v
from kemidesk.domain.errors import FieldErrors
from kemidesk.domain.messages import Message
from kemidesk.domain.money import parse_money
from kemidesk.domain.types import DecisionStatus, PlacementStatus
from kemidesk.services.common import (
    FieldCheck,
    apply_changes,
    audit,
    get_or_raise,
    prepared,
    record_key,
    transaction,
)
from kemidesk.services.errors import NotAllowedError
from kemidesk.services.placement_state import placement_status
from kemidesk.services.record_lists import in_order_of, page_of_lines

DEFAULT_PT_AUTHORITY = "Meri-Lapin työllisyysalue"


@dataclass(frozen=True)
class PlacementInput:
    person_id: int
    association_id: int
    job_title: str
    start_date: date | None
    end_date: date | None
    hours_per_week: str
    monthly_wage: str
    wage_costs: str = ""
    ring_id: int | None = None
    supervisor_name: str = ""
    job_coach: str = ""  # a coach by name (import): used only without coach_id, see below
    pt_authority: str = DEFAULT_PT_AUTHORITY
    pt_decision_number: str = ""
    pt_decision_date: date | None = None
    pt_percent: int | None = None
    pt_start: date | None = None
    pt_end: date | None = None
    pt_monthly: str = ""
    notes: str = ""
    coach_id: int | None = None  # the job coach record (the form's choice)


@dataclass(frozen=True, slots=True)
class PlacementRow:
    id: int
    uuid: str
    person_id: int
    person_name: str
    association_id: int
    association_name: str
    ring_id: int | None
    job_title: str
    start_date: date
    end_date: date | None
    actual_end_date: date | None
    hours_per_week: Decimal
    monthly_wage_cents: int
    wage_costs_cents: int | None
    supervisor_name: str
    job_coach: str  # the coach's name ("" without a coach)
    status: PlacementStatus
    end_reason: str
    pt_authority: str
    pt_decision_number: str
    pt_decision_date: date | None
    pt_percent: int | None
    pt_start: date | None
    pt_end: date | None
    pt_monthly_cents: int | None
    notes: str
    archived: bool
    updated_at: datetime
    coach_id: int | None = None

    @property
    def effective_end(self) -> date | None:
        return self.actual_end_date or self.end_date


def _optional_money(text: str) -> int | None:
    return parse_money(text) if not isinstance(text, str) or text.strip() else None


def validate_placement(data: PlacementInput, allowed_percents: tuple[int, ...]) -> dict[str, Any]:
    check = FieldCheck()
    start = check.date("start_date", data.start_date, required=False)
    end = check.date("end_date", data.end_date, required=False)
    pt_start = check.date("pt_start", data.pt_start, required=False)
    pt_end = check.date("pt_end", data.pt_end, required=False)
    pt_decision_date = check.date("pt_decision_date", data.pt_decision_date, required=False)
    if data.start_date is None:
        check.fail("start_date", "START_DATE_REQUIRED")
    elif start is not None and end is not None:
        check("end_date", v.validate_date_order, start, end)
    if pt_start and pt_end:
        check(
            "pt_end",
            functools.partial(
                v.validate_date_order,
                start_label="Palkkatuen alkupäivä",
                end_label="Palkkatuen loppupäivä",
            ),
            pt_start,
            pt_end,
        )
    pt_percent = data.pt_percent
    if pt_percent is not None:
        pt_percent = check("pt_percent", v.validate_percent, pt_percent, allowed_percents)
    if not _exists(Person, data.person_id):
        check.fail("person_id", "PERSON_NOT_CHOSEN")
    if not _exists(Association, data.association_id):
        check.fail("association_id", "EMPLOYER_NOT_CHOSEN")
    if data.ring_id is not None and not _exists(EmployerRing, data.ring_id):
        check.fail("ring_id", "RING_NOT_FOUND")
    elif data.ring_id is not None:
        # A ring placement is made at the ring's lead employer (it applies, it is paid).
        lead = EmployerRing.get_by_id(data.ring_id).lead
        if lead is not None and data.association_id != lead.id:
            check.fail("association_id", "RING_EMPLOYER_NOT_LEAD", lead=lead.name)
    if data.coach_id is not None and not _exists(JobCoach, data.coach_id):
        check.fail("coach_id", "COACH_NOT_CHOSEN")
    coach_name = check.text("job_coach", "JobCoach.name", data.job_coach)
    values: dict[str, Any] = {
        "person": data.person_id,
        "association": data.association_id,
        "ring": data.ring_id,
        "job_title": check.text(
            "job_title", "Placement.job_title", data.job_title, "Tehtävänimike"
        ),
        "start_date": start,
        "end_date": end,
        "hours_per_week": check("hours_per_week", v.validate_hours, data.hours_per_week),
        "monthly_wage_cents": check("monthly_wage", v.validate_money, data.monthly_wage),
        "wage_costs_cents": check("wage_costs", _optional_money, data.wage_costs),
        "supervisor_name": check.text(
            "supervisor_name", "Placement.supervisor_name", data.supervisor_name
        ),
        "coach": data.coach_id,
        "pt_authority": check.text("pt_authority", "Placement.pt_authority", data.pt_authority),
        "pt_decision_number": check.text(
            "pt_decision_number", "Placement.pt_decision_number", data.pt_decision_number
        ),
        "pt_decision_date": pt_decision_date,
        "pt_percent": pt_percent,
        "pt_start": pt_start,
        "pt_end": pt_end,
        "pt_monthly_cents": check("pt_monthly", _optional_money, data.pt_monthly),
        "notes": check.text("notes", "Placement.notes", data.notes),
    }
    check.raise_if_any()
    if data.coach_id is None and coach_name:
        values["coach_name"] = coach_name  # resolved to a record inside the transaction
    return values


def _resolve_coach(values: dict[str, Any], current: int | None) -> None:
    """The chosen coach must be active (a placement keeps its current coach even when the
    coach has left); a coach given by name becomes that coach's record (created if new).
    Inside the write transaction."""
    name = values.pop("coach_name", None)
    if name is not None:
        from kemidesk.services.coaches import coach_by_name

        values["coach"] = coach_by_name(name)
        return
    coach_id = values["coach"]
    if coach_id is None:
        return
    coach = JobCoach.get_by_id(coach_id)
    if not coach.active and coach.id != current:
        raise FieldErrors({"coach_id": Message("COACH_INACTIVE", {"name": coach.name})})
    values["coach"] = coach


def _exists(model: Any, pk: object) -> bool:
    """A record with this id exists (an id that is not an integer never does)."""
    if isinstance(pk, bool) or not isinstance(pk, int):
        return False
    return bool(prepared(f"exists.{model.__name__}", lambda i: _exists_query(model, i), pk))


def _exists_query(model: Any, pk: int) -> Any:
    return model.select(model.id).where(model.id == pk).tuples()


def create_placement(
    data: PlacementInput, allowed_percents: tuple[int, ...] = (50, 70, 100)
) -> PlacementRow:
    values = validate_placement(data, allowed_percents)
    with transaction():
        _resolve_coach(values, None)
        placement = Placement.create(**values)
        audit(placement, "create", values.keys())
    return get_placement(placement.id)


def update_placement(
    placement_id: int, data: PlacementInput, allowed_percents: tuple[int, ...] = (50, 70, 100)
) -> PlacementRow:
    values = validate_placement(data, allowed_percents)
    with transaction():
        placement = get_or_raise(Placement, placement_id, "PLACEMENT_NOT_FOUND")
        _check_decided_fields(placement, data)
        _resolve_coach(values, placement.coach_id)
        values["person"] = Person.get_by_id(values["person"])
        values["association"] = Association.get_by_id(values["association"])
        values["ring"] = EmployerRing.get_by_id(values["ring"]) if values["ring"] else None
        changed = apply_changes(placement, values)
        if changed:
            placement.save()
            audit(placement, "update", changed)
    return get_placement(placement_id)


LOCKED_WHEN_DECIDED = {
    "person_id": "PERSON_LOCKED_BY_DECISIONS",
    "association_id": "EMPLOYER_LOCKED_BY_DECISIONS",
    "start_date": "START_DATE_LOCKED_BY_DECISIONS",
}


def _check_decided_fields(placement: Placement, data: PlacementInput) -> None:
    """Who, where and since when are fixed once a decision rests on them."""
    decided = (
        Decision.select()
        .where((Decision.placement == placement) & (Decision.status != DecisionStatus.CANCELLED))
        .exists()
    )
    if not decided:
        return
    current = {
        "person_id": placement.person_id,
        "association_id": placement.association_id,
        "start_date": placement.start_date,
    }
    errors = {f: LOCKED_WHEN_DECIDED[f] for f, v in current.items() if getattr(data, f) != v}
    if errors:
        raise FieldErrors(errors)


def end_placement(placement_id: int, ended_on: date, reason: str) -> PlacementRow:
    """Record an early end (or the actual end). Amendments of grants are decided separately."""
    check = FieldCheck()
    ended_on = check.date("actual_end_date", ended_on)
    reason = check.text("end_reason", "Placement.end_reason", reason)
    check.raise_if_any()
    with transaction():
        placement = get_or_raise(Placement, placement_id, "PLACEMENT_NOT_FOUND")
        if ended_on < placement.start_date:
            raise v.ValidationError("ENDED_BEFORE_START", "actual_end_date")
        placement.actual_end_date = ended_on
        placement.end_reason = reason
        placement.save()
        audit(placement, "end", ["actual_end_date", "end_reason"])
    return get_placement(placement_id)


def set_placement_archived(placement_id: int, archived: bool = True) -> PlacementRow:
    with transaction():
        placement = get_or_raise(Placement, placement_id, "PLACEMENT_NOT_FOUND")
        if placement.archived != archived:
            placement.archived = archived
            placement.save()
            audit(placement, "archive" if archived else "unarchive", ["archived"])
    return get_placement(placement_id)


def delete_placement(placement_id: int) -> None:
    with transaction():
        placement = get_or_raise(Placement, placement_id, "PLACEMENT_NOT_FOUND")
        has_money = (
            Decision.select().where(Decision.placement == placement).exists()
            or Payment.select().join(Decision).where(Decision.placement == placement).exists()
        )
        if has_money:
            raise NotAllowedError("PLACEMENT_HAS_DECISIONS")
        audit(placement, "delete")
        placement.delete_instance(recursive=True)


def get_placement(placement_id: int, today: date | None = None) -> PlacementRow:
    if record_key(placement_id) is placement_id:  # an int key: the statement built once
        found = prepared("get_placement", lambda i: _placement_query([i]), placement_id)
        on = today or date.today()
        rows = [_row_from_dict(r, on) for r in found]
    else:
        rows = list_placements(include_archived=True, ids=[placement_id], today=today)
    if not rows:
        get_or_raise(Placement, placement_id, "PLACEMENT_NOT_FOUND")
    return rows[0]


# Selected under the names of PlacementRow's fields (or named for the row builder), so rows
# are built by name: a new column cannot shift the others.
_COLUMNS = (
    Placement.id,
    Placement.uuid,
    Placement.person.alias("person_id"),
    Person.last_name,
    Person.first_name,
    Placement.association.alias("association_id"),
    Association.name.alias("association_name"),
    Placement.ring.alias("ring_id"),
    Placement.job_title,
    Placement.start_date,
    Placement.end_date,
    Placement.actual_end_date,
    Placement.hours_per_week,
    Placement.monthly_wage_cents,
    Placement.wage_costs_cents,
    Placement.supervisor_name,
    JobCoach.name.alias("job_coach"),
    Placement.coach.alias("coach_id"),
    Placement.end_reason,
    Placement.pt_authority,
    Placement.pt_decision_number,
    Placement.pt_decision_date,
    Placement.pt_percent,
    Placement.pt_start,
    Placement.pt_end,
    Placement.pt_monthly_cents,
    Placement.notes,
    Placement.archived,
    Placement.updated_at,
)
# Texts that repeat across rows share one string object (40 000 rows).
_INTERNED = ("association_name", "job_title", "supervisor_name", "job_coach", "end_reason",
             "pt_authority", "pt_decision_number")  # fmt: skip


def list_placements(
    include_archived: bool = False,
    ids: list[int] | None = None,
    person_id: int | None = None,
    association_id: int | None = None,
    today: date | None = None,
) -> list[PlacementRow]:
    """All placements as rows; one query, read as dicts by column name (40 000 rows in well
    under a second)."""
    today = today or date.today()
    if ids and include_archived and person_id is None and association_id is None:
        # a chunk of the window's list: its statement built once
        index, values = value_rows_by_ids("list_placements", _chunk_query, ids)
        return in_order_of(ids, _rows_from_values(index, values, today))
    query = _placement_query(ids, inline_ids=True)
    if not include_archived:
        query = query.where(Placement.archived == False)  # noqa: E712
    if person_id is not None:
        query = query.where(Placement.person == person_id)
    if association_id is not None:
        query = query.where(Placement.association == association_id)
    rows = [_row_from_dict(r, today) for r in dict_rows(query)]
    return rows if ids is None else in_order_of(ids, rows)


def listed_query(include_archived: bool, *columns: Any) -> Any:
    """The query of `list_placements` (its joins, filter and order) selecting `columns`
    instead: `kemidesk list` reads only what it writes."""
    query = _placement_query(None).select(*columns)
    if not include_archived:
        query = query.where(Placement.archived == False)  # noqa: E712
    return query


# ---------------------------------------------------------------- the window's list, as lines
# What the placements tab shows and filters by, read straight from the cursor (`line_class`):
# the rest of a placement is read by id (`get_placement`) when one is opened.
_LINE_COLUMNS = (
    Placement.id,
    Placement.person.alias("person_id"),
    Person.last_name,
    Person.first_name,
    Placement.association.alias("association_id"),
    Association.name.alias("association_name"),
    Placement.job_title,
    Placement.start_date,
    Placement.end_date,
    Placement.actual_end_date,
    Placement.hours_per_week,
    Placement.monthly_wage_cents,
    Placement.pt_percent,
    Placement.pt_end,
    Placement.archived,
)


def _line_query(include_archived: bool) -> Any:
    query = (
        Placement.select(*_LINE_COLUMNS)
        .join(Person, on=(Placement.person == Person.id))
        .switch(Placement)
        .join(Association, on=(Placement.association == Association.id))
        .order_by(Placement.start_date.desc(), Placement.id.desc())
    )
    if not include_archived:
        query = query.where(Placement.archived == False)  # noqa: E712
    return query


_LINE_PLACES = {name: i for name, (i, _convert) in column_readers(_line_query(True)).items()}
_LINE_ID, _LINE_START = _LINE_PLACES["id"], _LINE_PLACES["start_date"]


@functools.lru_cache(maxsize=8)
def placement_line_class(today: date) -> type[tuple[Any, ...]]:
    """The class of `placement_lines` on `today` (the status follows from the dates)."""

    def status(line: Any) -> PlacementStatus:
        return placement_status(line.start_date, line.end_date, line.actual_end_date, today)

    return line_class(
        "PlacementLine",
        column_readers(_line_query(True)),
        {
            "person_name": lambda line: full_name(line.last_name, line.first_name),
            "effective_end": lambda line: line.actual_end_date or line.end_date,
            "status": status,
        },
    )


def placement_lines(
    include_archived: bool,
    today: date,
    after: tuple[Any, Any] | None = None,
    limit: int | None = None,
    ids: list[int] | None = None,
) -> list[Any]:
    """The listed placements as the cursor gives them (tuples that `placement_line_class`
    names), in the order of `list_placements`: those after the line whose (start_date, id)
    as read is `after` (a page of the list: the index gives them without reading the
    others), at most `limit`; or those of `ids` (archived too, in no order)."""
    if ids is not None:
        return raw_rows(_line_query(True).where(Placement.id.in_(ids)).order_by())
    return page_of_lines(
        f"placement_lines {include_archived}",
        lambda: _line_query(include_archived),
        (Placement.start_date, Placement.id),
        after,
        limit,
    )


def placement_line_after(line: Sequence[Any]) -> tuple[Any, Any]:
    """The `after` of the page that follows `line` (a row of `placement_lines`)."""
    return line[_LINE_START], line[_LINE_ID]


def _chunk_query(ids: list[int]) -> Any:
    return _placement_query(ids, inline_ids=True)


def _placement_query(ids: list[int] | None, inline_ids: bool = False) -> Any:
    """The listed placements as dicts, newest first, or those of `ids` (archived too)."""
    query = (
        Placement.select(*_COLUMNS)
        .join(Person, on=(Placement.person == Person.id))
        .switch(Placement)
        .join(Association, on=(Placement.association == Association.id))
        .switch(Placement)
        .join(JobCoach, peewee.JOIN.LEFT_OUTER, on=(Placement.coach == JobCoach.id))
        .order_by(Placement.start_date.desc(), Placement.id.desc())
    )
    if ids is not None:  # by primary key, in the order of `ids`
        # a list's chunk: the ids written into the SQL; one placement (prepared): a parameter
        where = id_in(Placement.id, ids) if inline_ids else Placement.id.in_(ids)
        query = query.where(where).order_by()
    return query.dicts()


_FIELDS = tuple(f.name for f in dataclasses.fields(PlacementRow))


def _rows_from_values(
    index: dict[str, int], rows: list[list[Any]], today: date
) -> list[PlacementRow]:
    """Listed placements from their columns' values (`value_rows_by_ids`): each field taken
    by its name, as `_row_from_dict` does, without a dict per row."""
    if not rows:
        return []
    place = {**index, "person_name": len(index), "status": len(index) + 1}
    order = [place[name] for name in _FIELDS]
    last, first, coach = index["last_name"], index["first_name"], index["job_coach"]
    start, end, actual = index["start_date"], index["end_date"], index["actual_end_date"]
    interned = [index[key] for key in _INTERNED]
    share_ints(
        rows, (index[k] for k in ("monthly_wage_cents", "wage_costs_cents", "pt_monthly_cents"))
    )
    out = []
    for values in rows:
        if values[coach] is None:
            values[coach] = ""
        for i in interned:
            values[i] = intern(values[i])
        values.append(full_name(values[last], values[first]))
        values.append(placement_status(values[start], values[end], values[actual], today))
        out.append(PlacementRow(*[values[i] for i in order]))
    return out


def _row_from_dict(r: dict[str, Any], today: date) -> PlacementRow:
    """One listed placement, by column name."""
    last, first = r.pop("last_name"), r.pop("first_name")
    r["job_coach"] = r["job_coach"] or ""
    for key in _INTERNED:
        r[key] = intern(r[key])
    r["person_name"] = full_name(last, first)
    r["status"] = placement_status(r["start_date"], r["end_date"], r["actual_end_date"], today)
    return PlacementRow(**r)
