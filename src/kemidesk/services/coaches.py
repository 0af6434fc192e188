"""Job coaches (työhönvalmentajat): the coach records, their visit log under placements, and
each coach's caseload (active placements, the next follow-up talk, what is overdue).

A coach is a record (name, phone, e-mail, active); a placement points at one (`coach_id`).
Visits (date, kind, a short note) belong to a coach and a placement; the note is personal
free text with the follow-ups' rules: erased with the person (`erase_person_visits`, called
by services.people.erase_person) and never logged (the audit row has field names only).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

import peewee

from kemidesk.db.models import (
    Association,
    CoachVisit,
    Decision,
    Followup,
    JobCoach,
    Person,
    Placement,
)
from kemidesk.db.rows import as_day, id_in, raw_rows
from kemidesk.domain import validation as v
from kemidesk.domain.coaches import START_AHEAD_DAYS, FollowupState, coach_need, followup_state
from kemidesk.domain.dates import add_months
from kemidesk.domain.errors import FieldErrors
from kemidesk.domain.followups import followup_due_dates
from kemidesk.domain.lifecycle import COACH_VISIT_PERSONAL_TEXT, GRANT_KINDS
from kemidesk.domain.messages import Message
from kemidesk.domain.types import DecisionStatus, FollowupType, VisitKind
from kemidesk.services.common import (
    FieldCheck,
    apply_changes,
    audit,
    delete_record,
    get_or_raise,
    prepared,
    transaction,
    update_record,
)
from kemidesk.services.errors import NotAllowedError
from kemidesk.services.settings import load_rulebook

VISITS_RECENT_DAYS = 30  # "käyntejä 30 pv" in the caseload totals

# ---------------------------------------------------------------- coaches


@dataclass(frozen=True)
class CoachInput:
    name: str
    phone: str = ""
    email: str = ""
    active: bool = True


@dataclass(frozen=True, slots=True)
class CoachRow:
    id: int
    name: str
    phone: str
    email: str
    active: bool
    placements: int = 0  # active placements (the caseload)

    @property
    def archived(self) -> bool:
        """Inactive coaches are hidden like archived records."""
        return not self.active


def _coach_row(c: JobCoach, placements: int = 0) -> CoachRow:
    return CoachRow(c.id, c.name, c.phone, c.email, c.active, placements)


def _validate_coach(data: CoachInput) -> dict[str, object]:
    check = FieldCheck()
    values: dict[str, object] = {
        "name": check.text("name", "JobCoach.name", data.name, "Nimi"),
        "phone": check("phone", v.validate_phone, data.phone),
        "email": check("email", v.validate_email, data.email),
        "active": check.flag("active", data.active),
    }
    check.raise_if_any()
    return values


def _check_unique_name(name: str, own_id: int | None) -> None:
    """One coach per name (case-insensitive), so that a name in an imported sheet or in the
    old free text means one coach."""
    for coach in JobCoach.select(JobCoach.id, JobCoach.name):
        if coach.id != own_id and coach.name.casefold() == name.casefold():
            raise FieldErrors({"name": Message("COACH_DUPLICATE", {"name": coach.name})})


def create_coach(data: CoachInput) -> CoachRow:
    values = _validate_coach(data)
    with transaction():
        _check_unique_name(str(values["name"]), None)
        coach = JobCoach.create(**values)
        audit(coach, "create", values.keys())
    return get_coach(coach.id)


def update_coach(coach_id: int, data: CoachInput) -> CoachRow:
    values = _validate_coach(data)
    with transaction():
        get_or_raise(JobCoach, coach_id, "COACH_NOT_FOUND")
        _check_unique_name(str(values["name"]), coach_id)
        update_record(JobCoach, coach_id, "COACH_NOT_FOUND", values)
    return get_coach(coach_id)


def set_coach_active(coach_id: int, active: bool) -> CoachRow:
    """An inactive coach keeps their placements and visits but is not offered for new ones."""
    update_record(JobCoach, coach_id, "COACH_NOT_FOUND", {"active": bool(active)})
    return get_coach(coach_id)


def delete_coach(coach_id: int) -> None:
    """Only a coach with no placements and no visits; otherwise make them inactive."""
    with transaction():
        coach = get_or_raise(JobCoach, coach_id, "COACH_NOT_FOUND")
        used = (
            Placement.select().where(Placement.coach == coach).exists()
            or CoachVisit.select().where(CoachVisit.coach == coach).exists()
        )
        if used:
            raise NotAllowedError("COACH_IN_USE", name=coach.name)
        delete_record(JobCoach, coach_id, "COACH_NOT_FOUND")


def get_coach(coach_id: int, today: date | None = None) -> CoachRow:
    rows = list_coaches(include_inactive=True, ids=[coach_id], today=today)
    if not rows:
        get_or_raise(JobCoach, coach_id, "COACH_NOT_FOUND")
    return rows[0]


def list_coaches(
    include_inactive: bool = False, ids: list[int] | None = None, today: date | None = None
) -> list[CoachRow]:
    """Coaches by name, each with the number of their active placements."""
    counts = _active_counts(today or date.today())
    query = JobCoach.select().order_by(JobCoach.name, JobCoach.id)
    if not include_inactive:
        query = query.where(JobCoach.active == True)  # noqa: E712
    if ids is not None:
        query = query.where(JobCoach.id.in_(ids))
    return [_coach_row(c, counts.get(c.id, 0)) for c in query]


def coach_choices(keep_id: int | None = None) -> list[tuple[str, int]]:
    """(name, id) of the active coaches for a placement's coach combo, plus `keep_id` (the
    placement's current coach) even when inactive."""
    query = JobCoach.select(JobCoach.id, JobCoach.name, JobCoach.active).order_by(JobCoach.name)
    return [(c.name, c.id) for c in query if c.active or c.id == keep_id]


def coach_by_name(name: str) -> JobCoach | None:
    """The coach a typed name means (import, older callers): the one with that name
    (case-insensitive), or a new active coach of that name. Inside the caller's transaction;
    None for an empty name."""
    clean = " ".join(str(name).split())
    if not clean:
        return None
    for coach in prepared("coaches", JobCoach.select):  # every coach, as JobCoach.select()
        if coach.name.casefold() == clean.casefold():
            return coach
    coach = JobCoach.create(name=clean)
    audit(coach, "create", ["name"])
    return coach


def assign_coach(placement_id: int, coach_id: int | None) -> None:
    """Give a placement its coach (an active one) or none, in one transaction."""
    with transaction():
        placement = get_or_raise(Placement, placement_id, "PLACEMENT_NOT_FOUND")
        coach = None
        if coach_id is not None:
            coach = get_or_raise(JobCoach, coach_id, "COACH_NOT_FOUND")
            if not coach.active and coach.id != placement.coach_id:
                raise FieldErrors({"coach_id": Message("COACH_INACTIVE", {"name": coach.name})})
        if placement.coach_id != (coach.id if coach else None):
            placement.coach = coach
            placement.save()
            audit(placement, "update", ["coach"])


# ---------------------------------------------------------------- visits


@dataclass(frozen=True)
class VisitInput:
    coach_id: int | None
    placement_id: int | None
    visited_on: date | None
    kind: VisitKind | str = VisitKind.WORKPLACE
    note: str = ""


@dataclass(frozen=True, slots=True)
class VisitRow:
    id: int
    coach_id: int
    coach_name: str
    placement_id: int
    person_name: str
    association_name: str
    visited_on: date
    kind: VisitKind
    note: str


def _validate_visit(data: VisitInput, today: date | None) -> dict[str, object]:
    check = FieldCheck()
    visited_on = check.date("visited_on", data.visited_on)
    kind = check.choice("kind", VisitKind, data.kind)
    note = check.text("note", "CoachVisit.note", data.note)
    coach = _get(JobCoach, data.coach_id)
    placement = _get(Placement, data.placement_id)
    if coach is None:
        check.fail("coach_id", "COACH_NOT_CHOSEN")
    if placement is None:
        check.fail("placement_id", "PLACEMENT_NOT_CHOSEN")
    if visited_on is not None:
        if visited_on > (today or date.today()):
            check.fail("visited_on", "VISIT_IN_FUTURE")
        elif placement is not None and visited_on < placement.start_date - timedelta(
            days=START_AHEAD_DAYS
        ):
            check.fail("visited_on", "VISIT_BEFORE_PLACEMENT", start=placement.start_date)
    check.raise_if_any()
    return {"coach": coach, "placement": placement, "visited_on": visited_on, "kind": kind,
            "note": note}  # fmt: skip


def _get(model: type[peewee.Model], pk: object) -> peewee.Model | None:
    if isinstance(pk, bool) or not isinstance(pk, int):
        return None
    return model.get_or_none(model.id == pk)


def record_visit(data: VisitInput, today: date | None = None) -> VisitRow:
    values = _validate_visit(data, today)
    with transaction():
        visit = CoachVisit.create(**values)
        audit(visit, "create", values.keys())
    return get_visit(visit.id)


def update_visit(visit_id: int, data: VisitInput, today: date | None = None) -> VisitRow:
    values = _validate_visit(data, today)
    update_record(CoachVisit, visit_id, "VISIT_NOT_FOUND", values)
    return get_visit(visit_id)


def delete_visit(visit_id: int) -> None:
    delete_record(CoachVisit, visit_id, "VISIT_NOT_FOUND")


def get_visit(visit_id: int) -> VisitRow:
    rows = list_visits(ids=[visit_id])
    if not rows:
        get_or_raise(CoachVisit, visit_id, "VISIT_NOT_FOUND")
    return rows[0]


def list_visits(
    placement_id: int | None = None,
    coach_id: int | None = None,
    ids: list[int] | None = None,
) -> list[VisitRow]:
    """Visits, newest first (of one placement or one coach when given)."""
    query = (
        CoachVisit.select(
            CoachVisit.id,
            CoachVisit.coach,
            JobCoach.name,
            CoachVisit.placement,
            Person.last_name,
            Person.first_name,
            Association.name,
            CoachVisit.visited_on,
            CoachVisit.kind,
            CoachVisit.note,
        )
        .join(JobCoach)
        .switch(CoachVisit)
        .join(Placement)
        .join(Person)
        .switch(Placement)
        .join(Association)
        .order_by(CoachVisit.visited_on.desc(), CoachVisit.id.desc())
    )
    if placement_id is not None:
        query = query.where(CoachVisit.placement == placement_id)
    if coach_id is not None:
        query = query.where(CoachVisit.coach == coach_id)
    if ids is not None:
        query = query.where(CoachVisit.id.in_(ids))
    kind_field = CoachVisit.kind
    return [
        VisitRow(vid, cid, coach, pid, f"{last} {first}", assoc,
                 as_day(day), kind_field.python_value(kind), note)
        for vid, cid, coach, pid, last, first, assoc, day, kind, note in query.tuples()
    ]  # fmt: skip


def erase_person_visits(placement_ids: Iterable[int]) -> int:
    """Empties the visit notes under the person's placements (inside the caller's
    transaction); the visits stay (date, kind, coach) for the coach's counts."""
    erased = 0
    ids = list(placement_ids)
    for visit in CoachVisit.select().where(CoachVisit.placement.in_(ids)):
        changed = apply_changes(visit, dict.fromkeys(COACH_VISIT_PERSONAL_TEXT, ""))
        if changed:
            visit.save()
            audit(visit, "erase", changed)
            erased += 1
    return erased


# ---------------------------------------------------------------- caseload


@dataclass(frozen=True, slots=True)
class CaseloadLine:
    """One active placement of a coach."""

    placement_id: int
    person_name: str
    association_name: str
    start: date
    end: date | None
    followups: FollowupState
    last_visit: date | None

    @property
    def next_followup(self) -> FollowupType | None:
        return self.followups.next_kind

    @property
    def next_due(self) -> date | None:
        return self.followups.next_due

    @property
    def overdue(self) -> int:
        return len(self.followups.overdue)


@dataclass(frozen=True, slots=True)
class CoachCaseload:
    """A coach with the totals of their caseload."""

    id: int
    name: str
    phone: str
    email: str
    active: bool
    lines: tuple[CaseloadLine, ...]
    visits_recent: int  # visits in the last VISITS_RECENT_DAYS days

    @property
    def archived(self) -> bool:
        return not self.active

    @property
    def placements(self) -> int:
        return len(self.lines)

    @property
    def overdue(self) -> int:
        """Follow-up talks overdue over all the coach's placements."""
        return sum(line.overdue for line in self.lines)

    @property
    def late_placements(self) -> int:
        return sum(1 for line in self.lines if line.overdue)

    @property
    def next_due(self) -> date | None:
        dues = [line.next_due for line in self.lines if line.next_due is not None]
        return min(dues) if dues else None


def _active_placements(today: date) -> peewee.ModelSelect:
    """Placements with a coach that have not ended (running, or starting later)."""
    end = peewee.fn.COALESCE(Placement.actual_end_date, Placement.end_date)
    return Placement.select().where(
        Placement.coach.is_null(False)
        & (Placement.archived == False)  # noqa: E712
        & (end.is_null() | (end >= today))
    )


def _active_counts(today: date) -> dict[int, int]:
    query = (
        _active_placements(today)
        .select(Placement.coach, peewee.fn.COUNT(Placement.id))
        .group_by(Placement.coach)
    )
    return {coach_id: n for coach_id, n in query.tuples()}


def caseload(
    today: date | None = None, include_inactive: bool = False, coach_id: int | None = None
) -> list[CoachCaseload]:
    """Each coach with their active placements, the next follow-up talk of each and the
    overdue ones. Talks are due by the Kemi-lisä grant's period when the placement has one
    (as on the overview), else by the placement's own dates."""
    today = today or date.today()
    query = (
        _active_placements(today)
        .select(
            Placement.id,
            Placement.coach,
            Placement.start_date,
            Placement.end_date,
            Placement.actual_end_date,
            Person.last_name,
            Person.first_name,
            Association.name,
        )
        .join(Person)
        .switch(Placement)
        .join(Association)
        .order_by(Placement.start_date, Placement.id)
    )
    if coach_id is not None:
        query = query.where(Placement.coach == coach_id)
    # raw rows and the ids written into the SQL: peewee's conversion of each value and its
    # parameter per id were most of a 40 000-placement caseload's time
    placements = raw_rows(query)
    ids = [p[0] for p in placements]
    periods = _grant_periods(ids)
    recorded: dict[int, list[FollowupType]] = defaultdict(list)
    kinds = {kind.value: kind for kind in FollowupType}
    for pid, kind in raw_rows(
        Followup.select(Followup.placement, Followup.followup_type)
        .where(id_in(Followup.placement, ids))
        .order_by(Followup.held_on)
    ):
        recorded[pid].append(kinds[kind])
    last_visits = dict(
        raw_rows(
            CoachVisit.select(CoachVisit.placement, peewee.fn.MAX(CoachVisit.visited_on))
            .where(id_in(CoachVisit.placement, ids))
            .group_by(CoachVisit.placement)
        )
    )
    book = load_rulebook()
    lines: dict[int, list[CaseloadLine]] = defaultdict(list)
    states: dict[tuple[object, ...], FollowupState] = {}
    for pid, cid, start, end, actual_end, last, first, assoc in placements:
        start, finish = as_day(start), as_day(actual_end) or as_day(end)
        period_start, period_end = periods.get(pid, (start, finish))
        if finish is not None and period_end is not None:
            period_end = min(period_end, finish)
        # placements share their periods (starts on the 1st and 15th) and talks held: one
        # state per distinct period and talks (a FollowupState is immutable)
        held = tuple(recorded.get(pid, ()))
        key = (period_start, period_end, held)
        state = states.get(key)
        if state is None:
            state = states[key] = followup_state(_dues(period_start, period_end, book), held, today)
        last_visit = last_visits.get(pid)
        lines[cid].append(
            CaseloadLine(
                pid, f"{last} {first}", assoc, start, finish, state,
                as_day(last_visit),
            )
        )  # fmt: skip
    recent = _recent_visits(today, coach_id)
    coaches = JobCoach.select().order_by(JobCoach.name, JobCoach.id)
    if not include_inactive:
        coaches = coaches.where(JobCoach.active == True)  # noqa: E712
    if coach_id is not None:
        coaches = coaches.where(JobCoach.id == coach_id)
    return [
        CoachCaseload(c.id, c.name, c.phone, c.email, c.active, tuple(lines[c.id]),
                      recent.get(c.id, 0))
        for c in coaches
    ]  # fmt: skip


def _dues(start: date, end: date | None, book: object) -> list[tuple[FollowupType, date]]:
    rules = book.for_date(start)  # type: ignore[attr-defined]
    if end is not None:
        return followup_due_dates(start, end, rules)
    # no end date yet: the start talk and the interim talks of the first year
    dues = followup_due_dates(start, add_months(start, 12), rules)
    return [(kind, day) for kind, day in dues if kind is not FollowupType.FINAL]


def _grant_periods(placement_ids: list[int]) -> dict[int, tuple[date, date]]:
    """placement → the period of its latest Kemi-lisä grant in force."""
    query = (
        Decision.select(Decision.placement, Decision.period_start, Decision.period_end)
        .where(
            id_in(Decision.placement, placement_ids)
            & Decision.decision_type.in_(GRANT_KINDS)
            & (Decision.status != DecisionStatus.CANCELLED)
            & Decision.period_start.is_null(False)
            & Decision.period_end.is_null(False)
        )
        .order_by(Decision.decision_date, Decision.id)
    )
    return {pid: (as_day(s), as_day(e)) for pid, s, e in raw_rows(query)}


def _recent_visits(today: date, coach_id: int | None) -> dict[int, int]:
    query = (
        CoachVisit.select(CoachVisit.coach, peewee.fn.COUNT(CoachVisit.id))
        .where(CoachVisit.visited_on.between(today - timedelta(days=VISITS_RECENT_DAYS), today))
        .group_by(CoachVisit.coach)
    )
    if coach_id is not None:
        query = query.where(CoachVisit.coach == coach_id)
    return dict(query.tuples())


# ---------------------------------------------------------------- the overview


@dataclass(frozen=True, slots=True)
class CoachNeeded:
    """An active placement without a coach that needs one (see domain.coaches)."""

    placement_id: int
    who: str
    reason: str  # a CoachNeed code
    start: date


def placements_needing_coach(today: date | None = None) -> list[CoachNeeded]:
    """Placements without a coach that need one today, the earliest start first."""
    today = today or date.today()
    end = peewee.fn.COALESCE(Placement.actual_end_date, Placement.end_date)
    query = (
        Placement.select(
            Placement.id,
            Placement.start_date,
            Placement.end_date,
            Placement.actual_end_date,
            Person.last_name,
            Person.first_name,
            Person.partial_work_ability,
            Association.name,
        )
        .join(Person)
        .switch(Placement)
        .join(Association)
        .where(
            Placement.coach.is_null()
            & (Placement.archived == False)  # noqa: E712
            & (Placement.start_date <= today + timedelta(days=START_AHEAD_DAYS))
            & (end.is_null() | (end >= today))
        )
        .order_by(Placement.start_date, Placement.id)
    )
    found = []
    for pid, start, end_date, actual_end, last, first, partial, assoc in raw_rows(query):
        start = as_day(start)
        finish = as_day(actual_end) or as_day(end_date)
        reason = coach_need(
            has_coach=False,
            partial_work_ability=bool(partial),
            start=start,
            end=finish,
            today=today,
        )
        if reason is not None:
            found.append(CoachNeeded(pid, f"{last} {first} – {assoc}", reason, start))
    return found


# ---------------------------------------------------------------- Excel


def caseload_sheet(today: date | None = None) -> object:
    """The caseload of every active coach as one Excel sheet: a row per placement (and a
    row for a coach without any), with the next follow-up talk and the overdue ones."""
    from kemidesk.services.spreadsheet import CellKind, Sheet, SheetColumn

    today = today or date.today()
    columns = [
        SheetColumn("Työhönvalmentaja"), SheetColumn("Työllistetty"), SheetColumn("Työnantaja"),
        SheetColumn("Alkaa", CellKind.DATE), SheetColumn("Päättyy", CellKind.DATE),
        SheetColumn("Seuraava seuranta"), SheetColumn("Eräpäivä", CellKind.DATE),
        SheetColumn("Myöhässä (kpl)", CellKind.NUMBER),
        SheetColumn("Viimeisin käynti", CellKind.DATE),
    ]  # fmt: skip
    sheet = Sheet(f"Työkuormat {today.day}.{today.month}.{today.year}", columns)
    for coach in caseload(today):
        if not coach.lines:
            sheet.rows.append([coach.name, "", "", None, None, "", None, 0, None])
        for line in coach.lines:
            sheet.rows.append([
                coach.name, line.person_name, line.association_name, line.start, line.end,
                line.next_followup.label if line.next_followup else "", line.next_due,
                line.overdue, line.last_visit,
            ])  # fmt: skip
    return sheet
