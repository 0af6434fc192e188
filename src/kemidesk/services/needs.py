"""The recruitment-needs survey: survey rounds and the associations' answers (needs), their
status (open, matched, filled, cancelled), and the data of the printed survey form.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from kemidesk.db.models import Association, RecruitmentNeed, SurveyRound
from kemidesk.domain import validation as v
from kemidesk.domain.types import NeedStatus
from kemidesk.services.common import (
    FieldCheck,
    apply_changes,
    audit,
    get_or_raise,
    transaction,
)
from kemidesk.services.errors import NotAllowedError

# Which status a need may be moved to by hand (matched comes from a ring or a match).
STATUS_MOVES: dict[NeedStatus, frozenset[NeedStatus]] = {
    NeedStatus.OPEN: frozenset({NeedStatus.MATCHED, NeedStatus.FILLED, NeedStatus.CANCELLED}),
    NeedStatus.MATCHED: frozenset({NeedStatus.OPEN, NeedStatus.FILLED, NeedStatus.CANCELLED}),
    NeedStatus.FILLED: frozenset({NeedStatus.OPEN}),
    NeedStatus.CANCELLED: frozenset({NeedStatus.OPEN}),
}


@dataclass(frozen=True)
class RoundInput:
    year: str  # typed
    opened_on: date | None
    closes_on: date | None = None
    title: str = ""
    notes: str = ""


@dataclass(frozen=True)
class RoundRow:
    id: int
    year: int
    title: str
    opened_on: date
    closes_on: date | None
    notes: str
    answers: int

    @property
    def label(self) -> str:
        return self.title or f"Rekrytointitarvekartoitus {self.year}"


@dataclass(frozen=True)
class NeedInput:
    association_id: int | None
    tasks: str
    hours: str  # typed, "12" or "7,5"
    round_id: int | None = None
    start_date: date | None = None
    end_date: date | None = None
    skills: str = ""
    supervisor_name: str = ""
    supervision_capacity: str = "1"
    street: str = ""
    postcode: str = ""
    area: str = ""
    suits_partial_ability: bool = False
    contact_name: str = ""
    contact_phone: str = ""
    contact_email: str = ""
    answered_on: date | None = None
    notes: str = ""


@dataclass(frozen=True)
class NeedRow:
    id: int
    round_id: int | None
    round_year: int | None
    association_id: int
    association_name: str
    status: NeedStatus
    tasks: str
    hours_per_week: Decimal
    start_date: date | None
    end_date: date | None
    skills: str
    supervisor_name: str
    supervision_capacity: int
    street: str
    postcode: str
    area: str
    suits_partial_ability: bool
    contact_name: str
    contact_phone: str
    contact_email: str
    answered_on: date | None
    placement_id: int | None
    ring_id: int | None
    notes: str

    @property
    def period_start(self) -> date | None:
        return self.start_date

    @property
    def period_end(self) -> date | None:
        return self.end_date

    @property
    def tasks_line(self) -> str:
        return " ".join(self.tasks.split())


# ------------------------------------------------------------------ survey rounds


def _round_values(data: RoundInput) -> dict[str, object]:
    check = FieldCheck()
    year: int | None = None
    text = data.year.strip() if isinstance(data.year, str) else str(data.year)
    if text.isdigit() and 2000 <= int(text) <= 2100:
        year = int(text)
    else:
        check.fail("year", "YEAR_INVALID")
    values: dict[str, object] = {
        "year": year,
        "opened_on": check.date("opened_on", data.opened_on),
        "closes_on": check.date("closes_on", data.closes_on, required=False),
        "title": check.text("title", "SurveyRound.title", data.title),
        "notes": check.text("notes", "SurveyRound.notes", data.notes),
    }
    opened, closes = values["opened_on"], values["closes_on"]
    if isinstance(opened, date) and isinstance(closes, date) and closes < opened:
        check.fail("closes_on", "END_BEFORE_START")
    check.raise_if_any()
    return values


def create_round(data: RoundInput) -> RoundRow:
    values = _round_values(data)
    with transaction():
        survey = SurveyRound.create(**values)
        audit(survey, "create", values)
    return get_round(survey.id)


def update_round(round_id: int, data: RoundInput) -> RoundRow:
    values = _round_values(data)
    with transaction():
        survey = get_or_raise(SurveyRound, round_id, "SURVEY_ROUND_NOT_FOUND")
        changed = apply_changes(survey, values)
        if changed:
            survey.save()
            audit(survey, "update", changed)
    return get_round(round_id)


def list_rounds() -> list[RoundRow]:
    counts: dict[int, int] = {}
    for need in RecruitmentNeed.select(RecruitmentNeed.survey_round):
        if need.survey_round_id is not None:
            counts[need.survey_round_id] = counts.get(need.survey_round_id, 0) + 1
    rounds = SurveyRound.select().order_by(SurveyRound.year.desc(), SurveyRound.id.desc())
    return [
        RoundRow(r.id, r.year, r.title, r.opened_on, r.closes_on, r.notes, counts.get(r.id, 0))
        for r in rounds
    ]


def get_round(round_id: int) -> RoundRow:
    for row in list_rounds():
        if row.id == round_id:
            return row
    get_or_raise(SurveyRound, round_id, "SURVEY_ROUND_NOT_FOUND")
    raise AssertionError("unreachable")


# ------------------------------------------------------------------ needs


def _capacity(text: str, field: str) -> int:
    stripped = text.strip() if isinstance(text, str) else str(text)
    if not stripped.isdigit() or int(stripped) > 50:
        raise v.ValidationError("SUPERVISION_CAPACITY_INVALID", field)
    return int(stripped)


def _optional(validator):  # type: ignore[no-untyped-def]
    return lambda text, field=None: validator(text, field) if text.strip() else ""


def _need_values(data: NeedInput) -> dict[str, object]:
    check = FieldCheck()
    association = None
    if isinstance(data.association_id, int) and not isinstance(data.association_id, bool):
        association = Association.get_or_none(Association.id == data.association_id)
    if association is None:
        check.fail("association_id", "EMPLOYER_NOT_CHOSEN")
    survey = None
    if data.round_id is not None:
        survey = SurveyRound.get_or_none(SurveyRound.id == data.round_id)
        if survey is None:
            check.fail("round_id", "SURVEY_ROUND_NOT_FOUND", key=data.round_id)
    values: dict[str, object] = {
        "tasks": check.text("tasks", "RecruitmentNeed.tasks", data.tasks, "Työtehtävät"),
        "hours_per_week": check("hours", v.validate_hours, data.hours),
        "start_date": check.date("start_date", data.start_date, required=False),
        "end_date": check.date("end_date", data.end_date, required=False),
        "skills": check.text("skills", "RecruitmentNeed.skills", data.skills),
        "supervisor_name": check.text(
            "supervisor_name", "RecruitmentNeed.supervisor_name", data.supervisor_name
        ),
        "supervision_capacity": check(
            "supervision_capacity", _capacity, data.supervision_capacity, "supervision_capacity"
        ),
        "street": check.text("street", "RecruitmentNeed.street", data.street),
        "postcode": check("postcode", _optional(v.validate_postcode), data.postcode),
        "area": check.text("area", "RecruitmentNeed.area", data.area),
        "suits_partial_ability": check.flag("suits_partial_ability", data.suits_partial_ability),
        "contact_name": check.text(
            "contact_name", "RecruitmentNeed.contact_name", data.contact_name
        ),
        "contact_phone": check("contact_phone", v.validate_phone, data.contact_phone),
        "contact_email": check("contact_email", v.validate_email, data.contact_email),
        "answered_on": check.date("answered_on", data.answered_on, required=False),
        "notes": check.text("notes", "RecruitmentNeed.notes", data.notes),
    }
    start, end = values["start_date"], values["end_date"]
    if isinstance(start, date) and isinstance(end, date) and end < start:
        check.fail("end_date", "END_BEFORE_START")
    check.raise_if_any()
    values.update(association=association, survey_round=survey)
    return values


def _audit_fields(values: dict[str, object]) -> list[str]:
    return [k for k in values if k not in ("association", "survey_round")]


def add_need(data: NeedInput) -> NeedRow:
    """Record an association's answer (a need) as open."""
    values = _need_values(data)
    with transaction():
        need = RecruitmentNeed.create(status=NeedStatus.OPEN, **values)
        audit(need, "create", _audit_fields(values))
    return get_need(need.id)


def update_need(need_id: int, data: NeedInput) -> NeedRow:
    values = _need_values(data)
    with transaction():
        need = get_or_raise(RecruitmentNeed, need_id, "NEED_NOT_FOUND")
        changed = apply_changes(need, values)
        if changed:
            need.save()
            audit(need, "update", changed)
    return get_need(need_id)


def set_need_status(need_id: int, status: NeedStatus | str) -> NeedRow:
    check = FieldCheck()
    new = check.choice("status", NeedStatus, status)
    check.raise_if_any()
    assert new is not None
    with transaction():
        need = get_or_raise(RecruitmentNeed, need_id, "NEED_NOT_FOUND")
        if new is not need.status:
            if new not in STATUS_MOVES[need.status]:
                raise NotAllowedError("NEED_STATUS_INVALID", status=need.status)
            need.status = new
            need.save()
            audit(need, "status", ["status"])
    return get_need(need_id)


def _row(n: RecruitmentNeed, association: Association, year: int | None) -> NeedRow:
    return NeedRow(
        id=n.id,
        round_id=n.survey_round_id,
        round_year=year,
        association_id=n.association_id,
        association_name=association.name,
        status=n.status,
        tasks=n.tasks,
        hours_per_week=n.hours_per_week,
        start_date=n.start_date,
        end_date=n.end_date,
        skills=n.skills,
        supervisor_name=n.supervisor_name,
        supervision_capacity=n.supervision_capacity,
        street=n.street,
        postcode=n.postcode,
        area=n.area,
        suits_partial_ability=n.suits_partial_ability,
        contact_name=n.contact_name,
        contact_phone=n.contact_phone,
        contact_email=n.contact_email,
        answered_on=n.answered_on,
        placement_id=n.placement_id,
        ring_id=n.ring_id,
        notes=n.notes,
    )


def list_needs(
    status: NeedStatus | None = None,
    association_id: int | None = None,
    round_id: int | None = None,
    ids: list[int] | None = None,
) -> list[NeedRow]:
    years = {r.id: r.year for r in SurveyRound.select(SurveyRound.id, SurveyRound.year)}
    query = (
        RecruitmentNeed.select(RecruitmentNeed, Association)
        .join(Association)
        .order_by(Association.name, RecruitmentNeed.id)
    )
    if status is not None:
        query = query.where(RecruitmentNeed.status == status)
    if association_id is not None:
        query = query.where(RecruitmentNeed.association == association_id)
    if round_id is not None:
        query = query.where(RecruitmentNeed.survey_round == round_id)
    if ids is not None:
        query = query.where(RecruitmentNeed.id.in_(ids))
    return [_row(n, n.association, years.get(n.survey_round_id)) for n in query]


def get_need(need_id: int) -> NeedRow:
    rows = list_needs(ids=[need_id])
    if not rows:
        get_or_raise(RecruitmentNeed, need_id, "NEED_NOT_FOUND")
    return rows[0]


def last_answers(association_id: int) -> list[NeedRow]:
    """The association's answers in its latest survey round (pre-fill of the next form)."""
    rows = [r for r in list_needs(association_id=association_id) if r.round_id is not None]
    if not rows:
        return []
    latest = max((r.round_year or 0, r.round_id or 0) for r in rows)
    return [r for r in rows if (r.round_year or 0, r.round_id or 0) == latest]


def link_placement(need_id: int, placement_id: int) -> NeedRow:
    """The placement made from a match fills the need ("Tee työsuhde")."""
    with transaction():
        need = get_or_raise(RecruitmentNeed, need_id, "NEED_NOT_FOUND")
        need.placement = placement_id
        need.status = NeedStatus.FILLED
        need.save()
        audit(need, "placement", ["placement", "status"])
    return get_need(need_id)
