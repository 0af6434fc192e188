"""Employer rings (työnantajarinki): a lead employer and member associations, each with its
weekly hours, tasks, supervisor and weekdays; the ring's weekly schedule; ring proposals made
of needs too small to make a job alone (`domain.rings`), accepted into rings or rejected.

The lead employer is the formal employer: a ring placement is made at the lead (it applies for
palkkatuki and Kemi-lisä, and the payments go to it); the 18 h/week rule is checked over the
members' total (`ring_total_hours`, used by `applications.placement_facts`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from kemidesk.db.models import (
    Association,
    EmployerRing,
    Placement,
    RecruitmentNeed,
    RingMember,
    RingProposal,
)
from kemidesk.domain import rings as rules
from kemidesk.domain import validation as v
from kemidesk.domain.errors import FieldErrors
from kemidesk.domain.matching import NeedFacts
from kemidesk.domain.messages import Message
from kemidesk.domain.types import NeedStatus, ProposalStatus
from kemidesk.services.common import (
    FieldCheck,
    apply_changes,
    audit,
    get_or_raise,
    transaction,
)
from kemidesk.services.errors import NotAllowedError
from kemidesk.services.settings import rules_for

WEEKDAYS = ("ma", "ti", "ke", "to", "pe", "la", "su")


@dataclass(frozen=True)
class MemberInput:
    association_id: int | None
    hours: str  # typed
    tasks: str = ""
    supervisor_name: str = ""
    weekdays: str = ""  # "ma ti", see WEEKDAYS


@dataclass(frozen=True)
class RingInput:
    name: str
    lead_id: int | None
    members: Sequence[MemberInput]
    coordinator: str = ""
    notes: str = ""


@dataclass(frozen=True)
class MemberRow:
    association_id: int
    association_name: str
    business_id: str
    hours_per_week: Decimal
    tasks: str
    supervisor_name: str
    weekdays: str
    is_lead: bool


@dataclass(frozen=True)
class RingRow:
    id: int
    name: str
    lead_id: int | None
    lead_name: str
    coordinator: str
    notes: str
    archived: bool
    members: tuple[MemberRow, ...]
    placement_count: int = 0

    @property
    def total_hours(self) -> Decimal:
        return rules.ring_hours(m.hours_per_week for m in self.members)

    @property
    def member_names(self) -> str:
        return ", ".join(m.association_name for m in self.members)

    @property
    def member_count(self) -> int:
        return len(self.members)


@dataclass(frozen=True)
class ScheduleRow:
    """One weekday of a ring job: which members, how many hours (spread evenly over the
    member's weekdays; a member without weekdays is listed under "sopimuksen mukaan")."""

    weekday: str
    parts: tuple[tuple[str, Decimal], ...]

    @property
    def hours(self) -> Decimal:
        return sum((h for _n, h in self.parts), Decimal(0))


def _weekdays(text: str, field_name: str) -> str:
    days = [d.strip(" ,.").lower()[:2] for d in text.replace(",", " ").split()]
    if any(d not in WEEKDAYS for d in days):
        raise v.ValidationError("WEEKDAYS_INVALID", field_name)
    return " ".join(d for d in WEEKDAYS if d in days)


def _values(data: RingInput) -> tuple[dict[str, object], list[dict[str, object]]]:
    check = FieldCheck()
    values: dict[str, object] = {
        "name": check.text("name", "EmployerRing.name", data.name, "Nimi"),
        "coordinator": check.text("coordinator", "EmployerRing.coordinator", data.coordinator),
        "notes": check.text("notes", "EmployerRing.notes", data.notes),
    }
    members: list[dict[str, object]] = []
    seen: set[int] = set()
    for i, m in enumerate(data.members):
        association = None
        if isinstance(m.association_id, int) and not isinstance(m.association_id, bool):
            association = Association.get_or_none(Association.id == m.association_id)
        if association is None:
            check.fail(f"member_{i}", "EMPLOYER_NOT_CHOSEN")
            continue
        if association.id in seen:
            check.fail(f"member_{i}", "RING_MEMBER_TWICE")
        seen.add(association.id)
        members.append(
            {
                "association": association,
                "hours_per_week": check(f"member_{i}_hours", v.validate_hours, m.hours),
                "tasks": check.text(f"member_{i}_tasks", "RingMember.tasks", m.tasks),
                "supervisor_name": check.text(
                    f"member_{i}_supervisor", "RingMember.supervisor_name", m.supervisor_name
                ),
                "weekdays": check(f"member_{i}_weekdays", _weekdays, m.weekdays, "weekdays"),
            }
        )
    if len(data.members) < 2:
        check.fail("members", "RING_TOO_FEW_MEMBERS")
    hours = [m["hours_per_week"] for m in members]
    if all(isinstance(h, Decimal) for h in hours):
        total = rules.ring_hours(hours)  # type: ignore[arg-type]
        if total > rules.MAX_HOURS:
            check.fail("members", "RING_HOURS_TOO_HIGH", hours=total)
    if data.lead_id is None or data.lead_id not in seen:
        check.fail("lead_id", "RING_LEAD_NOT_MEMBER")
    check.raise_if_any()
    values["lead"] = data.lead_id
    return values, members


def _write_members(ring: EmployerRing, members: list[dict[str, object]]) -> None:
    RingMember.delete().where(RingMember.ring == ring).execute()
    for m in members:
        RingMember.create(ring=ring, **m)


def create_ring(data: RingInput) -> RingRow:
    values, members = _values(data)
    with transaction():
        ring = EmployerRing.create(**values)
        _write_members(ring, members)
        audit(ring, "create", [*values, "members"])
    return get_ring(ring.id)


def update_ring(ring_id: int, data: RingInput) -> RingRow:
    values, members = _values(data)
    with transaction():
        ring = get_or_raise(EmployerRing, ring_id, "EMPLOYER_RING_NOT_FOUND")
        changed = apply_changes(ring, values)
        before = [
            (m.association_id, m.hours_per_week, m.tasks, m.supervisor_name, m.weekdays)
            for m in ring.members.order_by(RingMember.id)
        ]
        after = [
            (
                m["association"].id,  # type: ignore[attr-defined]
                m["hours_per_week"],
                m["tasks"],
                m["supervisor_name"],
                m["weekdays"],
            )
            for m in members
        ]
        if before != after:
            _write_members(ring, members)
            changed.append("members")
        if changed:
            ring.save()
            audit(ring, "update", changed)
    return get_ring(ring_id)


def set_ring_archived(ring_id: int, archived: bool) -> RingRow:
    with transaction():
        ring = get_or_raise(EmployerRing, ring_id, "EMPLOYER_RING_NOT_FOUND")
        if ring.archived != archived:
            ring.archived = archived
            ring.save()
            audit(ring, "archive" if archived else "restore", ["archived"])
    return get_ring(ring_id)


def list_rings(include_archived: bool = False, ids: list[int] | None = None) -> list[RingRow]:
    query = EmployerRing.select().order_by(EmployerRing.name, EmployerRing.id)
    if not include_archived:
        query = query.where(EmployerRing.archived == False)  # noqa: E712
    if ids is not None:
        query = query.where(EmployerRing.id.in_(ids))
    rings = list(query)
    ring_ids = [r.id for r in rings]
    members: dict[int, list[MemberRow]] = {i: [] for i in ring_ids}
    member_query = (
        RingMember.select(RingMember, Association)
        .join(Association)
        .where(RingMember.ring.in_(ring_ids))
        .order_by(RingMember.id)
    )
    leads = {r.id: r.lead_id for r in rings}
    for m in member_query:
        members[m.ring_id].append(
            MemberRow(
                association_id=m.association_id,
                association_name=m.association.name,
                business_id=m.association.business_id,
                hours_per_week=m.hours_per_week,
                tasks=m.tasks,
                supervisor_name=m.supervisor_name,
                weekdays=m.weekdays,
                is_lead=m.association_id == leads[m.ring_id],
            )
        )
    counts: dict[int, int] = {}
    for p in Placement.select(Placement.ring).where(Placement.ring.in_(ring_ids)):
        counts[p.ring_id] = counts.get(p.ring_id, 0) + 1
    out = []
    for r in rings:
        lead = next((m for m in members[r.id] if m.is_lead), None)
        out.append(
            RingRow(
                id=r.id,
                name=r.name,
                lead_id=r.lead_id,
                lead_name=lead.association_name if lead else "",
                coordinator=r.coordinator,
                notes=r.notes,
                archived=r.archived,
                members=tuple(sorted(members[r.id], key=lambda m: not m.is_lead)),
                placement_count=counts.get(r.id, 0),
            )
        )
    return out


def get_ring(ring_id: int) -> RingRow:
    rows = list_rings(include_archived=True, ids=[ring_id])
    if not rows:
        get_or_raise(EmployerRing, ring_id, "EMPLOYER_RING_NOT_FOUND")
    return rows[0]


def ring_total_hours(ring_id: int) -> Decimal:
    """The weekly hours of the ring job: the sum over the members."""
    hours = [m.hours_per_week for m in RingMember.select().where(RingMember.ring == ring_id)]
    return rules.ring_hours(hours)


def weekly_schedule(ring: RingRow) -> list[ScheduleRow]:
    """The week across the members: each member's hours spread over its weekdays."""
    by_day: dict[str, list[tuple[str, Decimal]]] = {d: [] for d in WEEKDAYS}
    unplaced: list[tuple[str, Decimal]] = []
    for m in ring.members:
        days = m.weekdays.split()
        if not days:
            unplaced.append((m.association_name, m.hours_per_week))
            continue
        share = (m.hours_per_week / len(days)).quantize(Decimal("0.01"))
        for d in days:
            by_day[d].append((m.association_name, share))
    rows = [ScheduleRow(d, tuple(parts)) for d, parts in by_day.items() if parts]
    if unplaced:
        rows.append(ScheduleRow("sopimuksen mukaan", tuple(unplaced)))
    return rows


def _h(value: Decimal) -> str:
    return format(value.normalize(), "f").replace(".", ",")


def week_text(ring_id: int) -> str:
    """A ring placement's week in one line, for its detail view:
    "Rinki (päätyönantaja A): ma A 5 h; ti A 5 h; ke B 9 h. Yhteensä 19 h/vko."."""
    ring = get_ring(ring_id)
    days = "; ".join(
        f"{d.weekday} " + ", ".join(f"{n} {_h(h)} h" for n, h in d.parts)
        for d in weekly_schedule(ring)
    )
    return (
        f"{ring.name} (päätyönantaja {ring.lead_name}): {days}. "
        f"Yhteensä {_h(ring.total_hours)} h/vko."
    )


# ------------------------------------------------------------------ proposals


@dataclass(frozen=True)
class ProposalRow:
    key: str
    need_ids: tuple[int, ...]
    association_names: tuple[str, ...]
    tasks: tuple[str, ...]
    hours: Decimal
    start: date | None
    end: date | None
    area: str
    lead_association_id: int
    lead_name: str
    member_hours: tuple[Decimal, ...] = field(default=())

    @property
    def summary(self) -> str:
        return " + ".join(
            f"{n} ({format(h.normalize(), 'f').replace('.', ',')} h)"
            for n, h in zip(self.association_names, self.member_hours, strict=True)
        )


def _ring_needs(ids: Sequence[int] | None = None) -> list[tuple[rules.RingNeed, str]]:
    query = (
        RecruitmentNeed.select(RecruitmentNeed, Association)
        .join(Association)
        .where(
            (RecruitmentNeed.status == NeedStatus.OPEN)
            & RecruitmentNeed.ring.is_null()
            & RecruitmentNeed.placement.is_null()
        )
        .order_by(RecruitmentNeed.id)
    )
    if ids is not None:
        query = query.where(RecruitmentNeed.id.in_(list(ids)))
    out = []
    for n in query:
        facts = NeedFacts.build(
            id=n.id,
            association_name=n.association.name,
            tasks=n.tasks,
            skills=n.skills,
            hours_per_week=n.hours_per_week,
            start_date=n.start_date,
            end_date=n.end_date,
            area=n.area,
            suits_partial_ability=n.suits_partial_ability,
        )
        out.append((rules.RingNeed(facts, n.association_id, n.postcode), n.association.name))
    return out


def _proposal_row(p: rules.Proposal) -> ProposalRow:
    lead = p.lead
    return ProposalRow(
        key=p.key,
        need_ids=tuple(n.id for n in p.needs),
        association_names=tuple(n.facts.association_name for n in p.needs),
        tasks=tuple(" ".join(n.facts.tasks.split()) for n in p.needs),
        hours=p.hours,
        start=p.start,
        end=p.end,
        area=p.needs[0].facts.area or p.needs[0].postcode,
        lead_association_id=lead.association_id,
        lead_name=lead.facts.association_name,
        member_hours=tuple(n.facts.hours_per_week for n in p.needs),
    )


def list_proposals(today: date | None = None) -> list[ProposalRow]:
    """The proposed rings of the open small needs (the rejected groups left out)."""
    today = today or date.today()
    rejected = {
        r.need_key
        for r in RingProposal.select().where(RingProposal.status == ProposalStatus.REJECTED)
    }
    needs = [n for n, _name in _ring_needs()]
    found = rules.propose_rings(needs, rules_for(today).min_hours_per_week, rejected)
    return [_proposal_row(p) for p in found]


def reject_proposal(need_ids: Sequence[int], today: date | None = None) -> None:
    """The officer rejects the group: it is not proposed again."""
    key = rules.need_key(need_ids)
    with transaction():
        row = RingProposal.get_or_none(RingProposal.need_key == key)
        if row is None:
            row = RingProposal.create(
                need_key=key, status=ProposalStatus.REJECTED, decided_on=today or date.today()
            )
            audit(row, "create", ["need_key", "status"])
        elif row.status is not ProposalStatus.REJECTED:
            raise NotAllowedError("NEED_NOT_OPEN", key=key)


def accept_proposal(
    need_ids: Sequence[int],
    name: str,
    lead_id: int | None,
    coordinator: str = "",
    hours: dict[int, str] | None = None,
    today: date | None = None,
) -> RingRow:
    """Make a ring of the needs (the officer may have dropped needs, chosen the lead and
    changed the hours: the group is checked again). The needs become matched to the ring."""
    today = today or date.today()
    hours = hours or {}
    with transaction():
        found = dict((n.id, (n, name_)) for n, name_ in _ring_needs(need_ids))
        missing = [i for i in need_ids if i not in found]
        if missing:
            raise NotAllowedError("NEED_NOT_OPEN", key=missing[0])
        group = [found[i][0] for i in need_ids]
        edited = []
        for n in group:
            typed = hours.get(n.id)
            if typed is not None:
                try:
                    new_hours = v.validate_hours(typed, f"hours_{n.id}")
                except v.ValidationError as exc:
                    raise FieldErrors({f"hours_{n.id}": exc.as_message()}) from None
                n = rules.RingNeed(
                    NeedFacts.build(
                        **{
                            **{k: getattr(n.facts, k) for k in _FACT_FIELDS},
                            "hours_per_week": new_hours,
                        }
                    ),
                    n.association_id,
                    n.postcode,
                )
            edited.append(n)
        min_hours = rules_for(today).min_hours_per_week
        problems = rules.group_problems(edited, min_hours)
        if problems:
            total = rules.ring_hours(n.facts.hours_per_week for n in edited)
            raise FieldErrors(
                {"members": Message(problems[0], {"hours": total, "min_hours": min_hours})}
            )
        needs_by_id = {
            n.id: n for n in RecruitmentNeed.select().where(RecruitmentNeed.id.in_(need_ids))
        }
        data = RingInput(
            name=name,
            lead_id=lead_id,
            coordinator=coordinator,
            members=[
                MemberInput(
                    association_id=n.association_id,
                    hours=str(n.facts.hours_per_week),
                    tasks=needs_by_id[n.id].tasks,
                    supervisor_name=needs_by_id[n.id].supervisor_name,
                )
                for n in edited
            ],
        )
        ring_row = create_ring(data)
        for need in needs_by_id.values():
            need.ring = ring_row.id
            need.status = NeedStatus.MATCHED
            need.save()
            audit(need, "ring", ["ring", "status"])
        key = rules.need_key(need_ids)
        existing = RingProposal.get_or_none(RingProposal.need_key == key)
        if existing is not None:
            existing.delete_instance()
        proposal = RingProposal.create(
            need_key=key, status=ProposalStatus.ACCEPTED, decided_on=today, ring=ring_row.id
        )
        audit(proposal, "create", ["need_key", "status", "ring"])
    return ring_row


_FACT_FIELDS = (
    "id",
    "association_name",
    "tasks",
    "skills",
    "hours_per_week",
    "start_date",
    "end_date",
    "area",
    "suits_partial_ability",
)
