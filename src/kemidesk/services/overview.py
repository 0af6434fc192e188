"""Yleiskatsaus: what needs doing now, each item pointing at its record.

`overview_on_worker` is `build_overview` for a worker thread: peewee gives every thread its
own SQLite connection (opened on the first query), and this closes the worker's connection
again when the overview is built, so no connection is left behind in a pooled thread.
`late_followups` is the placements list's "late" filter, by the overview's own rule.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

import peewee

from kemidesk.db.connection import database_proxy
from kemidesk.db.models import (
    Association,
    Decision,
    Followup,
    Outcome,
    Payment,
    Person,
    Placement,
)
from kemidesk.domain.bonus import BONUS_OUTCOMES
from kemidesk.domain.dates import format_date
from kemidesk.domain.followups import followup_due_dates, outcome_check_dates
from kemidesk.domain.lifecycle import GRANT_KINDS
from kemidesk.domain.messages import Message
from kemidesk.domain.types import (
    ApplicationStatus,
    DecisionStatus,
    DecisionType,
    FollowupType,
    OutcomeCheckpoint,
    OverviewSection,
    PaymentStatus,
)
from kemidesk.services.grants import list_applications, list_decisions
from kemidesk.services.settings import (
    AppropriationStatus,
    appropriation_status,
    load_rulebook,
    rules_for,
)
from kemidesk.services.transfers import transfers_ending

ENDING_WITHIN_DAYS = 30
FOLLOWUP_DUE_AHEAD_DAYS = 14


@dataclass(frozen=True)
class TodoItem:
    """One line of the overview; `kind` + `record_id` say which record opens."""

    kind: str  # application | decision | payment | placement
    record_id: int
    title: str
    detail: str  # Finnish; the window shows `message` in the user's language when set
    due: date | None = None
    days: int | None = None  # days waiting or days overdue (positive = late)
    message: Message | None = None


def _item(
    kind: str,
    record_id: int,
    title: str,
    message: Message,
    due: date | None = None,
    days: int | None = None,
) -> TodoItem:
    return TodoItem(kind, record_id, title, message.text, due, days, message)


@dataclass(frozen=True)
class Overview:
    today: date
    applications_waiting: tuple[TodoItem, ...]
    decisions_not_sent: tuple[TodoItem, ...]
    claims_to_check: tuple[TodoItem, ...]
    payments_held: tuple[TodoItem, ...]
    followups_due: tuple[TodoItem, ...]
    ending_soon: tuple[TodoItem, ...]
    outcome_checks_due: tuple[TodoItem, ...]
    bonus_proposals: tuple[TodoItem, ...]
    transfers_ending: tuple[TodoItem, ...]
    appropriation: AppropriationStatus
    coach_needed: tuple[TodoItem, ...] = ()

    @property
    def sections(self) -> list[tuple[OverviewSection, tuple[TodoItem, ...]]]:
        """Each list of work under its key, in the order shown (the window has the titles)."""
        return [(section, self.section(section)) for section in OverviewSection]

    def section(self, key: OverviewSection) -> tuple[TodoItem, ...]:
        items: tuple[TodoItem, ...] = getattr(self, OverviewSection(key).value)
        return items


def _who(person: Person, association: Association) -> str:
    return f"{person.last_name} {person.first_name} – {association.name}"


def overview_on_worker(today: date) -> Overview:
    """Build the overview on a worker thread and close that thread's connection after."""
    try:
        return build_overview(today)
    finally:
        db = database_proxy.obj
        if db is not None and not db.is_closed():
            db.close()  # peewee's connection state is per thread: this closes only ours


def build_overview(today: date | None = None) -> Overview:
    today = today or date.today()
    return Overview(
        today=today,
        applications_waiting=tuple(_applications(today)),
        decisions_not_sent=tuple(_unsent(today)),
        claims_to_check=tuple(_payments(PaymentStatus.CLAIMED, today)),
        payments_held=tuple(_payments(PaymentStatus.HELD, today)),
        followups_due=tuple(_followups_due(today)),
        ending_soon=tuple(_ending_soon(today)),
        outcome_checks_due=tuple(_outcome_checks(today)),
        bonus_proposals=tuple(_bonus_proposals(today)),
        transfers_ending=tuple(_transfers_ending(today)),
        appropriation=appropriation_status(today.year),
        coach_needed=tuple(_coach_needed(today)),
    )


def _applications(today: date) -> list[TodoItem]:
    return [
        _item(
            "application",
            a.id,
            f"{a.person_name} – {a.association_name}",
            Message("OVERVIEW_RECEIVED", {"date": a.received_on}),
            a.received_on,
            (today - a.received_on).days,
        )
        for a in list_applications(status=ApplicationStatus.RECEIVED)
    ]


def _unsent(today: date) -> list[TodoItem]:
    rows = list_decisions(status=DecisionStatus.DECIDED)
    return [
        _item(
            "decision",
            d.id,
            f"{d.number} {d.person_name} – {d.association_name}",
            Message("OVERVIEW_DECIDED", {"kind": d.decision_type, "date": d.decision_date}),
            d.decision_date,
            (today - d.decision_date).days,
        )
        for d in sorted(rows, key=lambda d: (d.decision_date, d.id))
    ]


def _payments(status: PaymentStatus, today: date) -> list[TodoItem]:
    query = (
        Payment.select(Payment, Decision, Association)
        .join(Decision)
        .join(Association)
        .where(Payment.status == status)
        .order_by(Payment.claim_received_on, Payment.id)
    )
    items = []
    for p in query:
        received = p.claim_received_on or p.period_end
        message = (
            None
            if status is PaymentStatus.HELD
            else Message("OVERVIEW_CLAIM_RECEIVED", {"date": p.claim_received_on})
        )
        items.append(
            TodoItem(
                "payment",
                p.id,
                f"{p.decision.number} {p.decision.association.name} "
                f"{format_date(p.period_start)}–{format_date(p.period_end)}",
                p.held_reason if message is None else message.text,
                received,
                (today - received).days,
                message,
            )
        )
    return items


def _running_grants(today: date) -> peewee.ModelSelect:
    return (
        Decision.select(Decision, Placement, Person, Association)
        .join(Placement)
        .join(Person)
        .switch(Decision)
        .join(Association)
        .where(
            Decision.decision_type.in_(GRANT_KINDS)
            & (Decision.status != DecisionStatus.CANCELLED)
            & (Decision.period_start <= today + timedelta(days=FOLLOWUP_DUE_AHEAD_DAYS))
            & (Decision.period_end >= today - timedelta(days=60))
            & (Placement.archived == False)  # noqa: E712
        )
    )


@dataclass(frozen=True, slots=True)
class MissingFollowup:
    """The earliest follow-up talk of a running grant that is not recorded yet."""

    placement_id: int
    followup_type: FollowupType
    due: date
    days_late: int  # negative: due in that many days
    who: str


def missing_followups(today: date) -> list[MissingFollowup]:
    """Overdue follow-ups and those due within two weeks, one per placement, earliest first.
    The overview and the placements list's "late" filter both use this."""
    grants = list(_running_grants(today))
    held: dict[int, list[FollowupType]] = defaultdict(list)  # placement → recorded follow-up types
    recorded = Followup.select(Followup.placement, Followup.followup_type).where(
        Followup.placement.in_([d.placement_id for d in grants])
    )
    for placement_id, followup_type in recorded.tuples():
        held[placement_id].append(followup_type)
    missing = []
    horizon = today + timedelta(days=FOLLOWUP_DUE_AHEAD_DAYS)
    book = load_rulebook()
    for d in grants:
        end = min(d.period_end, d.placement.actual_end_date or d.period_end)
        due = followup_due_dates(d.period_start, end, book.for_date(d.period_start))
        for position, (kind, day) in enumerate(due):
            if day > horizon or _is_recorded(kind, position, held[d.placement_id]):
                continue
            who = _who(d.placement.person, d.association)
            missing.append(MissingFollowup(d.placement_id, kind, day, (today - day).days, who))
            break  # one line per placement: the earliest missing one
    return sorted(missing, key=lambda m: m.due)


@dataclass(frozen=True, slots=True)
class LateFollowup:
    placement_id: int
    followup_type: FollowupType
    due: date
    days_late: int


def late_followups(today: date) -> dict[int, LateFollowup]:
    """Placements whose earliest missing follow-up talk was due before `today` (the same
    placements are late in the placements list and on the overview)."""
    return {
        m.placement_id: LateFollowup(m.placement_id, m.followup_type, m.due, m.days_late)
        for m in missing_followups(today)
        if m.days_late > 0
    }


def _followups_due(today: date) -> list[TodoItem]:
    return [
        _item(
            "placement",
            m.placement_id,
            m.who,
            Message(
                "OVERVIEW_FOLLOWUP_LATE" if m.days_late > 0 else "OVERVIEW_FOLLOWUP_DUE",
                {"kind": m.followup_type, "date": m.due},
            ),
            m.due,
            m.days_late,
        )
        for m in missing_followups(today)
    ]


def _is_recorded(kind: FollowupType, position: int, recorded: list[FollowupType]) -> bool:
    if kind is FollowupType.FINAL:
        return FollowupType.FINAL in recorded
    return sum(1 for t in recorded if t is not FollowupType.FINAL) > position


def _ending_soon(today: date) -> list[TodoItem]:
    horizon = today + timedelta(days=ENDING_WITHIN_DAYS)
    end = peewee.fn.COALESCE(Placement.actual_end_date, Placement.end_date)
    query = (
        Placement.select(Placement, Person, Association)
        .join(Person)
        .switch(Placement)
        .join(Association)
        .where(
            (Placement.archived == False)  # noqa: E712
            & (end.between(today, horizon) | Placement.pt_end.between(today, horizon))
        )
        .order_by(end)
    )
    items = []
    for p in query:
        finish = p.actual_end_date or p.end_date
        employment = bool(finish and today <= finish <= horizon)
        subsidy = bool(p.pt_end and today <= p.pt_end <= horizon)
        if employment and subsidy:
            message = Message("OVERVIEW_BOTH_END", {"date": finish, "subsidy_date": p.pt_end})
        elif employment:
            message = Message("OVERVIEW_EMPLOYMENT_ENDS", {"date": finish})
        else:
            message = Message("OVERVIEW_SUBSIDY_ENDS", {"date": p.pt_end})
        first = min(x for x in (finish, p.pt_end) if x and today <= x <= horizon)
        items.append(
            _item(
                "placement",
                p.id,
                _who(p.person, p.association),
                message,
                first,
                (first - today).days,
            )
        )
    return sorted(items, key=lambda i: i.due or today)


def _outcome_checks(today: date) -> list[TodoItem]:
    """Checkpoints (end, +3, +6 months) that have come and have no recorded outcome."""
    grants = Decision.select(Decision.placement).where(
        Decision.decision_type.in_(GRANT_KINDS) & (Decision.status != DecisionStatus.CANCELLED)
    )
    end = peewee.fn.COALESCE(Placement.actual_end_date, Placement.end_date)
    query = (
        Placement.select(Placement, Person, Association)
        .join(Person)
        .switch(Placement)
        .join(Association)
        .where(
            Placement.id.in_(grants)
            & (end <= today)
            & (end >= today - timedelta(days=240))
            & (Placement.archived == False)  # noqa: E712
        )
    )
    placements = list(query)
    recorded: dict[int, set[OutcomeCheckpoint]] = defaultdict(set)
    checkpoints = Outcome.select(Outcome.placement, Outcome.checkpoint).where(
        Outcome.placement.in_([p.id for p in placements])
    )
    for placement_id, recorded_checkpoint in checkpoints.tuples():
        recorded[placement_id].add(recorded_checkpoint)
    items = []
    for p in placements:
        finish = p.actual_end_date or p.end_date
        for checkpoint, day in outcome_check_dates(finish):
            if day <= today and checkpoint not in recorded[p.id]:
                items.append(
                    _item(
                        "placement",
                        p.id,
                        _who(p.person, p.association),
                        Message("OVERVIEW_OUTCOME_CHECK", {"checkpoint": checkpoint, "date": day}),
                        day,
                        (today - day).days,
                    )
                )
                break
    return sorted(items, key=lambda i: i.due or today)


def _bonus_proposals(today: date) -> list[TodoItem]:
    """Placements whose outcome earns the bonus and that have no bonus decision yet."""
    bonus_outcomes = Outcome.select(Outcome.placement).where(Outcome.status.in_(BONUS_OUTCOMES))
    decided = Decision.select(Decision.placement).where(
        (Decision.decision_type == DecisionType.BONUS)
        & (Decision.status != DecisionStatus.CANCELLED)
    )
    granted = Decision.select(Decision.placement).where(
        Decision.decision_type.in_(GRANT_KINDS) & (Decision.status != DecisionStatus.CANCELLED)
    )
    running = Decision.select(Decision.placement).where(
        Decision.decision_type.in_(GRANT_KINDS)
        & (Decision.status != DecisionStatus.CANCELLED)
        & (Decision.period_end > today)
    )  # an amended grant ends with its placement (decide_amendment sets the actual end)
    ended = Placement.id.not_in(running) | (Placement.actual_end_date <= today)
    query = (
        Placement.select(Placement, Person, Association)
        .join(Person)
        .switch(Placement)
        .join(Association)
        .where(
            Placement.id.in_(bonus_outcomes)
            & Placement.id.in_(granted)
            & ended
            & Placement.id.not_in(decided)
            & (Placement.archived == False)  # noqa: E712
        )
        .order_by(Placement.end_date)
    )
    bonus = Message("OVERVIEW_BONUS_DUE", {"amount_cents": rules_for(today).bonus_cents})
    return [_item("placement", p.id, _who(p.person, p.association), bonus) for p in query]


def _transfers_ending(today: date) -> list[TodoItem]:
    """Transfer agreements in progress whose period ends within 30 days; each opens its
    placement (the agreement is listed in the placement's view)."""
    return [
        _item(
            "placement",
            t.placement_id,
            f"{t.person_name} – {t.association_name}",
            Message("OVERVIEW_TRANSFER_ENDS", {"name": t.receiving_name, "date": t.end_date}),
            t.end_date,
            (t.end_date - today).days if t.end_date else None,
        )
        for t in transfers_ending(today, ENDING_WITHIN_DAYS)
    ]


def _coach_needed(today: date) -> list[TodoItem]:
    """Active placements without a job coach that need one (domain.coaches says which)."""
    from kemidesk.services.coaches import placements_needing_coach

    return [
        _item(
            "placement",
            n.placement_id,
            n.who,
            Message(
                "OVERVIEW_COACH_ORIENTATION"
                if n.reason == "orientation"
                else "OVERVIEW_COACH_PARTIAL_WORK_ABILITY"
            ),
            n.start,
            (today - n.start).days,
        )
        for n in placements_needing_coach(today)
    ]
