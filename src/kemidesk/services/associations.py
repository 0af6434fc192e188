"""Associations (employers): create, update, archive, delete when unused, list."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, fields
from datetime import date, datetime
from typing import Any

import peewee

from kemidesk.db.models import Association, Decision, Placement
from kemidesk.db.rows import column_readers, id_in, line_class, raw_rows
from kemidesk.domain import validation as v
from kemidesk.domain.types import EmployerType
from kemidesk.services.common import (
    COUNT_ALL,
    FieldCheck,
    apply_changes,
    audit,
    get_or_raise,
    live_duplicate,
    transaction,
)
from kemidesk.services.errors import DuplicateError, NotAllowedError
from kemidesk.services.placement_state import active_on
from kemidesk.services.record_lists import page_of_lines


@dataclass(frozen=True)
class AssociationInput:
    """What a user types in the association form (raw text where the user types)."""

    name: str
    business_id: str
    employer_type: EmployerType = EmployerType.ASSOCIATION
    association_number: str = ""
    business_activity: bool = False
    street: str = ""
    postcode: str = ""
    city: str = "Kemi"
    iban: str = ""
    bic: str = ""
    contact_name: str = ""
    contact_phone: str = ""
    contact_email: str = ""
    supervisor_name: str = ""
    supervision_competence: bool = True
    notes: str = ""


@dataclass(frozen=True, slots=True)
class AssociationRow:
    id: int
    uuid: str
    name: str
    business_id: str
    employer_type: EmployerType
    association_number: str
    business_activity: bool
    street: str
    postcode: str
    city: str
    iban: str
    bic: str
    contact_name: str
    contact_phone: str
    contact_email: str
    supervisor_name: str
    supervision_competence: bool
    notes: str
    archived: bool
    updated_at: datetime
    placement_count: int = 0
    active_placements: int = 0


def validate_association(data: AssociationInput) -> dict[str, object]:
    """Validate every field; returns the normalised column values or raises FieldErrors."""
    check = FieldCheck()
    employer_type = check.choice("employer_type", EmployerType, data.employer_type)
    values: dict[str, object] = {
        "name": check.text("name", "Association.name", data.name, "Nimi"),
        "business_id": check("business_id", v.validate_business_id, data.business_id),
        "employer_type": employer_type,
        "association_number": check(
            "association_number", v.validate_association_number, data.association_number
        ),
        "business_activity": check.flag("business_activity", data.business_activity),
        "street": check.text("street", "Association.street", data.street),
        "postcode": check("postcode", _optional(v.validate_postcode), data.postcode),
        "city": check.text("city", "Association.city", data.city),
        "iban": check("iban", _optional(v.validate_iban), data.iban),
        "bic": check("bic", v.validate_bic, data.bic),
        "contact_name": check.text("contact_name", "Association.contact_name", data.contact_name),
        "contact_phone": check("contact_phone", v.validate_phone, data.contact_phone),
        "contact_email": check("contact_email", v.validate_email, data.contact_email),
        "supervisor_name": check.text(
            "supervisor_name", "Association.supervisor_name", data.supervisor_name
        ),
        "supervision_competence": check.flag("supervision_competence", data.supervision_competence),
        "notes": check.text("notes", "Association.notes", data.notes),
    }
    check.raise_if_any()
    return values


def check_unique_business_id(business_id: str, own_id: int | None = None) -> None:
    """A Y-tunnus belongs to one live (not archived) association; raises DuplicateError
    naming the existing one. Archived duplicates may exist (no UNIQUE index)."""
    existing = live_duplicate(Association.business_id, business_id, own_id, Association.name)
    if existing is not None:
        raise DuplicateError(
            "ASSOCIATION_DUPLICATE_BUSINESS_ID",
            "business_id",
            existing_id=existing.id,
            name=existing.name,
        )


def _optional(validator):  # type: ignore[no-untyped-def]
    def run(text: str) -> str:
        return validator(text) if not isinstance(text, str) or text.strip() else ""

    return run


def _to_row(a: Association, placement_count: int = 0, active: int = 0) -> AssociationRow:
    names = {f.name for f in fields(AssociationRow)} - {"placement_count", "active_placements"}
    values = {name: getattr(a, name) for name in names}
    return AssociationRow(**values, placement_count=placement_count, active_placements=active)


def create_association(data: AssociationInput) -> AssociationRow:
    values = validate_association(data)
    with transaction():
        check_unique_business_id(str(values["business_id"]))
        association = Association.create(**values)
        audit(association, "create", values.keys())
    return _to_row(association)


def update_association(association_id: int, data: AssociationInput) -> AssociationRow:
    values = validate_association(data)
    with transaction():
        association = get_or_raise(Association, association_id, "ASSOCIATION_NOT_FOUND")
        if not association.archived:
            check_unique_business_id(str(values["business_id"]), association.id)
        changed = apply_changes(association, values)
        if changed:
            association.save()
            audit(association, "update", changed)
    return get_association(association_id)


def set_association_archived(association_id: int, archived: bool = True) -> AssociationRow:
    with transaction():
        association = get_or_raise(Association, association_id, "ASSOCIATION_NOT_FOUND")
        if not archived and association.archived:
            check_unique_business_id(association.business_id, association.id)
        if association.archived != archived:
            association.archived = archived
            association.save()
            audit(association, "archive" if archived else "unarchive", ["archived"])
    return get_association(association_id)


def delete_association(association_id: int) -> None:
    """Hard delete only when nothing refers to it; otherwise archive."""
    with transaction():
        association = get_or_raise(Association, association_id, "ASSOCIATION_NOT_FOUND")
        used = (
            Placement.select().where(Placement.association == association).exists()
            or Decision.select().where(Decision.association == association).exists()
        )
        if used:
            raise NotAllowedError("ASSOCIATION_IN_USE")
        audit(association, "delete")
        association.delete_instance()


def get_association(association_id: int, today: date | None = None) -> AssociationRow:
    rows = list_associations(include_archived=True, ids=[association_id], today=today)
    if not rows:
        get_or_raise(Association, association_id, "ASSOCIATION_NOT_FOUND")
    return rows[0]


def association_names(include_archived: bool = False) -> list[tuple[int, str]]:
    """(id, name) of the associations in `list_associations`' order, without its counts of
    placements (which read every placement: a filter's choices need only the names)."""
    query = Association.select(Association.id, Association.name).order_by(Association.name)
    if not include_archived:
        query = query.where(Association.archived == False)  # noqa: E712
    return [(int(i), str(name)) for i, name in raw_rows(query)]


def list_associations(
    include_archived: bool = False, ids: list[int] | None = None, today: date | None = None
) -> list[AssociationRow]:
    # Each association's counts as correlated subqueries over the covering index on
    # (association_id, start_date, end_date, actual_end_date): a join with GROUP BY carried
    # every column of the association through 40 000 joined rows (twice the time).
    own = Placement.association == Association.id
    total = Placement.select(COUNT_ALL).where(own)
    active = Placement.select(COUNT_ALL).where(own & active_on(today or date.today()))
    query = Association.select(Association, total.alias("n"), active.alias("n_active")).order_by(
        Association.name,
        Association.id,  # the same names in the order they were made
    )
    if not include_archived:
        query = query.where(Association.archived == False)  # noqa: E712
    if ids is not None:
        query = query.where(Association.id.in_(ids))
    return [_to_row(a, a.n or 0, a.n_active or 0) for a in query]


# ---------------------------------------------------------------- the window's list, as lines
# What the Yhdistykset tab shows and filters by, read straight from the cursor (`line_class`)
# by a statement built once (`page_of_lines`): the rest of an association is read by id
# (`get_association`) when one is opened.
def _line_query(include_archived: bool, day: Any, same_day: Any) -> Any:
    """The list's query; `day` and `same_day` are the one day of its running placements
    (`active_on`), given once for each place it has in the statement."""
    own = Placement.association == Association.id
    end = peewee.fn.COALESCE(Placement.actual_end_date, Placement.end_date)
    running = (Placement.start_date <= day) & (end.is_null() | (end >= same_day))
    total = Placement.select(COUNT_ALL).where(own)
    active = Placement.select(COUNT_ALL).where(own & running)
    query = Association.select(
        Association.id,
        Association.name,
        Association.employer_type,
        Association.business_id,
        Association.city,
        Association.contact_name,
        Association.contact_phone,
        Association.archived,
        total.alias("placement_count"),
        active.alias("active_placements"),
    ).order_by(Association.name, Association.id)
    if not include_archived:
        query = query.where(Association.archived == False)  # noqa: E712
    return query


ASSOCIATION_LINE = line_class("AssociationLine", column_readers(_line_query(True, None, None)))
_LINE_NAME, _LINE_ID = (ASSOCIATION_LINE._index[n] for n in ("name", "id"))  # type: ignore[attr-defined]


def association_lines(
    include_archived: bool,
    today: date,
    after: tuple[Any, Any] | None = None,
    limit: int | None = None,
    ids: list[int] | None = None,
) -> list[Any]:
    """The listed associations as the cursor gives them (tuples that `ASSOCIATION_LINE`
    names), with their placements and those running on `today`, in the order of
    `list_associations` (by name, then id): those after the line whose (name, id) as read
    is `after`, at most `limit`; or those of `ids` (archived too, in no order)."""
    if ids is not None:
        query = _line_query(True, today, today).where(id_in(Association.id, ids)).order_by()
        return raw_rows(query)
    return page_of_lines(
        f"association_lines {include_archived}",
        lambda day, same_day: _line_query(include_archived, day, same_day),
        (Association.name, Association.id),
        after,
        limit,
        ascending=True,
        values=(today, today),
    )


def association_line_after(line: tuple[Any, ...]) -> tuple[Any, Any]:
    """The `after` of the page that follows `line` (a row of `association_lines`)."""
    return line[_LINE_NAME], line[_LINE_ID]


def prepare_association_lines(include_archived: bool, today: date) -> None:
    """Build the statement of the list's first read ahead (the tab calls this when it is
    made, in the window's idle time): a read of no rows. A database that cannot be read
    now is left alone: the first load builds the statement then."""
    with contextlib.suppress(peewee.PeeweeException):
        association_lines(include_archived, today, None, 0)
