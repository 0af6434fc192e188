"""People (employees): the most sensitive records. HETU shown masked; reveals are audited."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import peewee

from kemidesk.db.models import (
    Application,
    AuditLog,
    CoachVisit,
    Decision,
    EnumField,
    Followup,
    JobSeeker,
    Outcome,
    Person,
    Placement,
    TransferAgreement,
)
from kemidesk.db.rows import column_readers, dict_rows, id_in, line_class, raw_rows
from kemidesk.domain import validation as v
from kemidesk.domain.lifecycle import FOLLOWUP_PERSONAL_TEXT
from kemidesk.services.coaches import erase_person_visits
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
from kemidesk.services.record_lists import page_of_lines
from kemidesk.services.seekers import erase_seeker
from kemidesk.services.trainings import erase_person_registrations

ERASED_NAME = "Poistettu"


@dataclass(frozen=True)
class PersonInput:
    first_name: str
    last_name: str
    hetu: str | None = ""  # None = keep the stored HETU (the edit form never holds it)
    birth_date: date | None = None
    kemi_resident: bool = True
    tmt_days: str = ""  # typed text; "" = not known
    partial_work_ability: bool = False
    work_ability_note: str = ""
    phone: str = ""
    email: str = ""
    notes: str = ""


@dataclass(frozen=True, slots=True)
class PersonRow:
    id: int
    uuid: str
    first_name: str
    last_name: str
    hetu_masked: str
    birth_date: date | None
    kemi_resident: bool
    tmt_days: int | None
    partial_work_ability: bool
    phone: str
    email: str
    notes: str
    archived: bool
    updated_at: datetime
    placement_count: int = 0

    @property
    def full_name(self) -> str:
        return f"{self.last_name} {self.first_name}"

    @property
    def has_hetu(self) -> bool:
        return bool(self.hetu_masked)


def validate_person(data: PersonInput) -> dict[str, Any]:
    check = FieldCheck()
    hetu = None if data.hetu is None else (check("hetu", v.validate_hetu, data.hetu) or "")
    birth = check.date("birth_date", data.birth_date, required=False)
    if hetu:
        hetu_birth = v.hetu_birth_date(hetu)
        if birth is not None and birth != hetu_birth:
            check.fail("birth_date", "BIRTH_DATE_NOT_HETU")
        birth = hetu_birth
    values: dict[str, Any] = {
        "first_name": check.text("first_name", "Person.first_name", data.first_name, "Etunimi"),
        "last_name": check.text("last_name", "Person.last_name", data.last_name, "Sukunimi"),
        "birth_date": birth,
        "kemi_resident": check.flag("kemi_resident", data.kemi_resident),
        "tmt_days": check("tmt_days", v.validate_tmt_days, data.tmt_days),
        "partial_work_ability": check.flag("partial_work_ability", data.partial_work_ability),
        "work_ability_note": check.text(
            "work_ability_note", "Person.work_ability_note", data.work_ability_note
        ),
        "phone": check("phone", v.validate_phone, data.phone),
        "email": check("email", v.validate_email, data.email),
        "notes": check.text("notes", "Person.notes", data.notes),
    }
    if hetu is not None:
        values["hetu"] = hetu
    check.raise_if_any()
    return values


def check_unique_hetu(hetu: str, own_id: int | None = None) -> None:
    """A HETU belongs to one live (not archived) person; raises DuplicateError naming the
    existing one. Empty HETUs are not compared; erased people have none."""
    if not hetu:
        return
    existing = live_duplicate(Person.hetu, hetu, own_id, Person.first_name, Person.last_name)
    if existing is not None:
        raise DuplicateError(
            "PERSON_DUPLICATE_HETU",
            "hetu",
            existing_id=existing.id,
            name=f"{existing.last_name} {existing.first_name}",
        )


def _to_row(p: Person, placement_count: int = 0) -> PersonRow:
    return PersonRow(
        id=p.id,
        uuid=p.uuid,
        first_name=p.first_name,
        last_name=p.last_name,
        hetu_masked=v.mask_hetu(p.hetu),
        birth_date=p.birth_date,
        kemi_resident=p.kemi_resident,
        tmt_days=p.tmt_days,
        partial_work_ability=p.partial_work_ability,
        phone=p.phone,
        email=p.email,
        notes=p.notes,
        archived=p.archived,
        updated_at=p.updated_at,
        placement_count=placement_count,
    )


def create_person(data: PersonInput) -> PersonRow:
    values = validate_person(data)
    with transaction():
        check_unique_hetu(values.get("hetu", ""))
        person = Person.create(**values)
        audit(person, "create", values.keys())
    return _to_row(person)


def update_person(person_id: int, data: PersonInput) -> PersonRow:
    values = validate_person(data)
    with transaction():
        person = get_or_raise(Person, person_id, "PERSON_NOT_FOUND")
        if not person.archived:
            check_unique_hetu(values.get("hetu", person.hetu), person.id)
        changed = apply_changes(person, values)
        if changed:
            person.save()
            audit(person, "update", changed)
    return get_person(person_id)


def set_person_archived(person_id: int, archived: bool = True) -> PersonRow:
    with transaction():
        person = get_or_raise(Person, person_id, "PERSON_NOT_FOUND")
        if not archived and person.archived:
            check_unique_hetu(person.hetu, person.id)
        if person.archived != archived:
            person.archived = archived
            person.save()
            audit(person, "archive" if archived else "unarchive", ["archived"])
    return get_person(person_id)


def reveal_hetu(person_id: int) -> str:
    """The full HETU for the screen; every reveal is written to the audit log."""
    with transaction(None):
        person = get_or_raise(Person, person_id, "PERSON_NOT_FOUND")
        audit(person, "reveal_hetu", ["hetu"])
    return str(person.hetu)


def work_ability_note(person_id: int) -> str:
    with transaction(None):
        person = get_or_raise(Person, person_id, "PERSON_NOT_FOUND")
        if person.work_ability_note:
            audit(person, "read_sensitive", ["work_ability_note"])
    return str(person.work_ability_note)


def delete_person(person_id: int) -> None:
    with transaction():
        person = get_or_raise(Person, person_id, "PERSON_NOT_FOUND")
        if Placement.select().where(Placement.person == person).exists():
            raise NotAllowedError("PERSON_HAS_PLACEMENTS")
        audit(person, "delete")
        person.delete_instance()


def erase_person(person_id: int) -> PersonRow:
    """Erasure after the retention period: personal fields are blanked, the grant
    records (decisions, payments) stay for the accounts, pointing at an anonymous person."""
    with transaction():
        person = get_or_raise(Person, person_id, "PERSON_NOT_FOUND")
        placements = list(Placement.select().where(Placement.person == person))
        running = [
            p for p in placements if (p.actual_end_date or p.end_date or date.max) >= date.today()
        ]
        if running:
            raise NotAllowedError("PERSON_HAS_RUNNING_PLACEMENT")
        _erase_free_text(placements)
        erase_person_registrations(person, {p.association_id for p in placements})
        erase_seeker(person)
        values = {
            "first_name": ERASED_NAME,
            "last_name": f"#{person.id}",
            "hetu": "",
            "birth_date": None,
            "work_ability_note": "",
            "partial_work_ability": False,
            "tmt_days": None,
            "phone": "",
            "email": "",
            "notes": "",
            "archived": True,
        }
        changed = apply_changes(person, values)
        person.save()
        audit(person, "erase", changed)
    return get_person(person_id)


def _erase_free_text(placements: list[Placement]) -> None:
    """Free text written about the person (follow-ups, notes) may name them or their health."""
    ids = [p.id for p in placements]
    for followup in Followup.select().where(Followup.placement.in_(ids)):
        changed = apply_changes(followup, dict.fromkeys(FOLLOWUP_PERSONAL_TEXT, ""))
        if changed:
            followup.save()
            audit(followup, "erase", changed)
    for placement in placements:
        if placement.notes:
            placement.notes = ""
            placement.save()
            audit(placement, "erase", ["notes"])
    for app in Application.select().where(Application.placement.in_(ids)):
        changed = apply_changes(app, {"notes": "", "justification": ""})
        if changed:
            app.save()
            audit(app, "erase", changed)
    for transfer in TransferAgreement.select().where(TransferAgreement.placement.in_(ids)):
        changed = apply_changes(transfer, {"notes": "", "coach_part": ""})
        if changed:
            transfer.save()
            audit(transfer, "erase", changed)
    erase_person_visits(ids)  # the job coaches' visit notes


def export_person(person_id: int) -> dict[str, Any]:
    """Everything stored of one person (GDPR art. 15), as JSON-ready data."""
    with transaction(None):
        person = get_or_raise(Person, person_id, "PERSON_NOT_FOUND")
        audit(person, "export")
        placements = list(Placement.select().where(Placement.person == person))
        ids = [p.id for p in placements]
        data = {
            "henkilö": _model_dict(person),
            "työsuhteet": [_model_dict(p) for p in placements],
            "hakemukset": [
                _model_dict(a) for a in Application.select().where(Application.placement.in_(ids))
            ],
            "päätökset": [
                _model_dict(d)
                for d in Decision.select()
                .where(Decision.placement.in_(ids))
                .order_by(Decision.id)  # as made (the placement's index also holds the type)
            ],
            "seurannat": [
                _model_dict(f) for f in Followup.select().where(Followup.placement.in_(ids))
            ],
            "jatkopolut": [
                _model_dict(o) for o in Outcome.select().where(Outcome.placement.in_(ids))
            ],
            "siirtosopimukset": [
                _model_dict(t)
                for t in TransferAgreement.select().where(TransferAgreement.placement.in_(ids))
            ],
            "työnhaku": [
                _model_dict(s) for s in JobSeeker.select().where(JobSeeker.person == person)
            ],
            "työhönvalmentajan_käynnit": [
                _model_dict(c) for c in CoachVisit.select().where(CoachVisit.placement.in_(ids))
            ],
            "lokimerkinnät": [
                _model_dict(a)
                for a in AuditLog.select().where(
                    (AuditLog.entity == "Person") & (AuditLog.entity_id == person.id)
                )
            ],
        }
    return data


def _model_dict(instance: peewee.Model) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name in instance._meta.sorted_field_names:
        value = instance.__data__.get(name)
        field = instance._meta.fields[name]
        if isinstance(field, EnumField):
            value = field.db_value(value)  # the stored code, "" when blank
        elif isinstance(value, date | datetime):
            value = value.isoformat()
        elif hasattr(value, "as_tuple"):  # Decimal
            value = str(value)
        out[name] = value
    return out


def get_person(person_id: int) -> PersonRow:
    rows = list_people(include_archived=True, ids=[person_id])
    if not rows:
        get_or_raise(Person, person_id, "PERSON_NOT_FOUND")
    return rows[0]


def list_people(include_archived: bool = False, ids: list[int] | None = None) -> list[PersonRow]:
    # each person's placements counted by a correlated subquery over the index on
    # person_id: a join with GROUP BY carried every column of the person through each of
    # their placements (2.5 times the time at 40 000 placements)
    count = Placement.select(COUNT_ALL).where(Placement.person == Person.id)
    query = Person.select(Person, count.alias("n")).order_by(
        Person.last_name, Person.first_name, Person.id
    )
    if not include_archived:
        query = query.where(Person.archived == False)  # noqa: E712
    if ids is not None:
        query = query.where(id_in(Person.id, ids))
    # read as dicts (db.rows: each value converted as peewee's model would hold it) rather
    # than through a model instance per person: a third of the Työllistetyt tab's read
    return [_row_of(values) for values in dict_rows(query)]


def _row_of(values: dict[str, Any]) -> PersonRow:
    """`_to_row` of a person read by `dict_rows` (its columns by field name, and "n")."""
    return PersonRow(
        id=values["id"],
        uuid=values["uuid"],
        first_name=values["first_name"],
        last_name=values["last_name"],
        hetu_masked=v.mask_hetu(values["hetu"]),
        birth_date=values["birth_date"],
        kemi_resident=values["kemi_resident"],
        tmt_days=values["tmt_days"],
        partial_work_ability=values["partial_work_ability"],
        phone=values["phone"],
        email=values["email"],
        notes=values["notes"],
        archived=values["archived"],
        updated_at=values["updated_at"],
        placement_count=values["n"] or 0,
    )


# ---------------------------------------------------------------- the window's list, as lines
# What the Työllistetyt tab shows and filters by, read straight from the cursor (`line_class`)
# in one statement built once: the rest of a person is read by id (`get_person`) when one is
# opened. The HETU is read last and masked at once (`hetu_masked`): the list holds no full
# HETU, as `PersonRow` does not.
def _line_query(include_archived: bool) -> Any:
    count = Placement.select(COUNT_ALL).where(Placement.person == Person.id)
    query = Person.select(
        Person.id,
        Person.last_name,
        Person.first_name,
        Person.birth_date,
        Person.kemi_resident,
        Person.tmt_days,
        Person.partial_work_ability,
        Person.phone,
        Person.archived,
        count.alias("placement_count"),
        Person.hetu,
    ).order_by(Person.last_name, Person.first_name, Person.id)
    if not include_archived:
        query = query.where(Person.archived == False)  # noqa: E712
    return query


def _line_readers() -> dict[str, Any]:
    readers = column_readers(_line_query(True))
    readers["hetu_masked"] = readers.pop("hetu")  # as read: masked (`_masked`)
    return readers


PERSON_LINE = line_class(
    "PersonLine",
    _line_readers(),
    {
        "full_name": lambda line: f"{line.last_name} {line.first_name}",
        "has_hetu": lambda line: bool(line.hetu_masked),
    },
)
_LINE_PLACES: dict[str, int] = PERSON_LINE._index  # type: ignore[attr-defined]
_LINE_KEY = tuple(_LINE_PLACES[name] for name in ("last_name", "first_name", "id"))


def _masked(rows: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    mask = v.mask_hetu
    return [(*row[:-1], mask(row[-1])) for row in rows]


def person_lines(
    include_archived: bool,
    after: tuple[Any, ...] | None = None,
    limit: int | None = None,
    ids: list[int] | None = None,
) -> list[Any]:
    """The listed people as the cursor gives them (tuples that `PERSON_LINE` names, the HETU
    masked), in the order of `list_people`: those after the line whose (last name, first
    name, id) as read is `after`, at most `limit`; or those of `ids` (archived too, in no
    order)."""
    if ids is not None:
        return _masked(raw_rows(_line_query(True).where(id_in(Person.id, ids)).order_by()))
    return _masked(
        page_of_lines(
            f"person_lines {include_archived}",
            lambda: _line_query(include_archived),
            (Person.last_name, Person.first_name, Person.id),
            after,
            limit,
            ascending=True,
        )
    )


def person_line_after(line: tuple[Any, ...]) -> tuple[Any, ...]:
    """The `after` of the page that follows `line` (a row of `person_lines`)."""
    return tuple(line[i] for i in _LINE_KEY)


def prepare_person_lines(include_archived: bool) -> None:
    """Build the statement of the list's first read ahead (the tab calls this when it is
    made, in the window's idle time): a read of no rows. A database that cannot be read
    now is left alone: the first load builds the statement then."""
    with contextlib.suppress(peewee.PeeweeException):
        person_lines(include_archived, None, 0)
