"""Job seekers: a person marked as seeking work, with interests, skills, preferred hours,
restrictions, availability and area; the Kemi-lisä target groups by the existing rules.

`restrictions` is sensitive (it usually tells about health): it is returned only by
`get_seeker` (the seeker's own form and the match view need it), not by `list_seekers`, it is
never logged (the audit log names fields only), and `erase_seeker` blanks it with the person.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

import peewee

from kemidesk.db.models import JobSeeker, Person, Placement
from kemidesk.domain import validation as v
from kemidesk.domain.eligibility import person_target_groups
from kemidesk.domain.types import TargetGroup
from kemidesk.services.common import FieldCheck, apply_changes, audit, get_or_raise, transaction
from kemidesk.services.errors import NotFoundError
from kemidesk.services.settings import rules_for


@dataclass(frozen=True)
class SeekerInput:
    person_id: int | None
    interests: str = ""
    skills: str = ""
    hours_min: str = "18"
    hours_max: str = "40"
    restrictions: str = ""
    available_from: date | None = None
    area: str = ""
    active: bool = True
    notes: str = ""


@dataclass(frozen=True)
class SeekerRow:
    id: int
    person_id: int
    person_name: str
    active: bool
    interests: str
    skills: str
    hours_min: Decimal
    hours_max: Decimal
    available_from: date | None
    area: str
    notes: str
    target_groups: tuple[TargetGroup, ...]
    kemi_resident: bool
    last_placement_end: date | None
    restrictions: str | None = None  # None: not loaded (lists); "" = none

    @property
    def eligible(self) -> bool:
        return self.kemi_resident and bool(self.target_groups)

    @property
    def hours_range(self) -> str:
        def fmt(d: Decimal) -> str:
            return format(d.normalize(), "f").replace(".", ",")

        return f"{fmt(self.hours_min)}–{fmt(self.hours_max)}"

    @property
    def groups_text(self) -> str:
        return ", ".join(g.label for g in self.target_groups)


def _values(data: SeekerInput) -> dict[str, object]:
    check = FieldCheck()
    person = None
    if isinstance(data.person_id, int) and not isinstance(data.person_id, bool):
        person = Person.get_or_none(Person.id == data.person_id)
    if person is None:
        check.fail("person_id", "PERSON_NOT_CHOSEN")
    values: dict[str, object] = {
        "interests": check.text("interests", "JobSeeker.interests", data.interests),
        "skills": check.text("skills", "JobSeeker.skills", data.skills),
        "hours_min": check("hours_min", v.validate_hours, data.hours_min),
        "hours_max": check("hours_max", v.validate_hours, data.hours_max),
        "restrictions": check.text("restrictions", "JobSeeker.restrictions", data.restrictions),
        "available_from": check.date("available_from", data.available_from, required=False),
        "area": check.text("area", "JobSeeker.area", data.area),
        "active": check.flag("active", data.active),
        "notes": check.text("notes", "JobSeeker.notes", data.notes),
    }
    low, high = values["hours_min"], values["hours_max"]
    if isinstance(low, Decimal) and isinstance(high, Decimal) and low > high:
        check.fail("hours_max", "SEEKER_HOURS_ORDER")
    check.raise_if_any()
    values["person"] = person
    return values


def save_seeker(data: SeekerInput) -> SeekerRow:
    """Mark the person as seeking work, or update what is stored (one row per person)."""
    values = _values(data)
    person = values["person"]
    assert isinstance(person, Person)
    with transaction():
        seeker = JobSeeker.get_or_none(JobSeeker.person == person)
        if seeker is None:
            seeker = JobSeeker.create(**values)
            audit(seeker, "create", [k for k in values if k != "person"])
        else:
            values.pop("person")
            changed = apply_changes(seeker, values)
            if changed:
                seeker.save()
                audit(seeker, "update", changed)
    return get_seeker(person.id)


def _last_ends(person_ids: list[int] | None = None) -> dict[int, date]:
    """Each person's latest placement end (actual end, else planned end, else start)."""
    end = peewee.fn.MAX(
        peewee.fn.COALESCE(Placement.actual_end_date, Placement.end_date, Placement.start_date)
    )
    query = Placement.select(Placement.person, end.alias("last_end")).group_by(Placement.person)
    if person_ids is not None:
        query = query.where(Placement.person.in_(person_ids))
    out: dict[int, date] = {}
    for person_id, last in query.tuples():
        if last is not None:
            out[person_id] = last if isinstance(last, date) else date.fromisoformat(str(last)[:10])
    return out


def _row(
    s: JobSeeker, p: Person, last_end: date | None, today: date, with_restrictions: bool
) -> SeekerRow:
    rules = rules_for(today)
    groups = person_target_groups(p.tmt_days, p.partial_work_ability, p.birth_date, today, rules)
    return SeekerRow(
        id=s.id,
        person_id=p.id,
        person_name=f"{p.last_name} {p.first_name}",
        active=s.active,
        interests=s.interests,
        skills=s.skills,
        hours_min=s.hours_min,
        hours_max=s.hours_max,
        available_from=s.available_from,
        area=s.area,
        notes=s.notes,
        target_groups=tuple(groups),
        kemi_resident=p.kemi_resident,
        last_placement_end=last_end,
        restrictions=s.restrictions if with_restrictions else None,
    )


def list_seekers(
    include_inactive: bool = False, today: date | None = None, ids: list[int] | None = None
) -> list[SeekerRow]:
    """The seekers without their restrictions (see the module doc)."""
    today = today or date.today()
    query = (
        JobSeeker.select(JobSeeker, Person)
        .join(Person)
        .where(Person.archived == False)  # noqa: E712
        .order_by(Person.last_name, Person.first_name, Person.id)
    )
    if not include_inactive:
        query = query.where(JobSeeker.active == True)  # noqa: E712
    if ids is not None:
        query = query.where(Person.id.in_(ids))
    ends = _last_ends(ids)
    return [_row(s, s.person, ends.get(s.person_id), today, False) for s in query]


def get_seeker(person_id: int, today: date | None = None) -> SeekerRow:
    """One seeker with the restrictions (the form and the match view)."""
    today = today or date.today()
    seeker = (
        JobSeeker.select(JobSeeker, Person)
        .join(Person)
        .where(JobSeeker.person == person_id)
        .first()
    )
    if seeker is None:
        get_or_raise(Person, person_id, "PERSON_NOT_FOUND")
        raise NotFoundError("SEEKER_NOT_FOUND", person_id)
    ends = _last_ends([person_id])
    return _row(seeker, seeker.person, ends.get(person_id), today, True)


def find_seeker(person_id: int, today: date | None = None) -> SeekerRow | None:
    """The seeker record of a person, or None when the person is not marked as seeking."""
    if not JobSeeker.select().where(JobSeeker.person == person_id).exists():
        return None
    return get_seeker(person_id, today)


def erase_seeker(person: Person) -> None:
    """Part of the person's erasure (services.people.erase_person): every free text of the
    seeker record is blanked and the record made inactive."""
    for seeker in JobSeeker.select().where(JobSeeker.person == person):
        blank = dict.fromkeys(("interests", "skills", "restrictions", "area", "notes"), "")
        changed = apply_changes(seeker, {**blank, "active": False, "available_from": None})
        if changed:
            seeker.save()
            audit(seeker, "erase", changed)
