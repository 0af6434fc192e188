"""Yleiskatsaus: what needs doing now, each item pointing at its record.

`overview_on_worker` is `build_overview` for a worker thread: peewee gives every thread its
own SQLite connection (opened on the first query), and this closes the worker's connection
again when the overview is built, so no connection is left behind in a pooled thread.
`late_followups` is the placements list's "late" filter, by the overview's own rule.
"""

from __future__ import annotations

import threading
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from operator import itemgetter
from typing import TYPE_CHECKING, NamedTuple, TypeVar

import peewee

from kemidesk.db.connection import database_proxy
from kemidesk.db.models import (
    Application,
    Association,
    Decision,
    Followup,
    Outcome,
    Payment,
    Person,
    Placement,
)
from kemidesk.db.rows import as_day, collector_paused, raw_rows
from kemidesk.domain.bonus import BONUS_OUTCOMES
from kemidesk.domain.dates import format_date
from kemidesk.domain.followups import START_TALK_DAYS, followup_due_dates, outcome_check_dates
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

if TYPE_CHECKING:
    from kemidesk.services.settings import AppropriationStatus

# The services of single sections (applications, settings, transfers, coaches) are imported
# where they are used: the window imports this module on its first start, before the first
# section is shown.

ENDING_WITHIN_DAYS = 30
FOLLOWUP_DUE_AHEAD_DAYS = 14


class TodoItem(NamedTuple):
    """One line of the overview; `kind` + `record_id` say which record opens. (A named
    tuple: made several times faster than a frozen dataclass, and the build makes tens of
    thousands.)"""

    kind: str  # application | decision | payment | placement
    record_id: int
    title: str
    note: str  # the detail as stored, when there is no `message` (why a payment is held)
    due: date | None = None
    days: int | None = None  # days waiting or days overdue (positive = late)
    message: Message | None = None

    @property
    def detail(self) -> str:
        """Finnish (the window shows `message` in the user's language). Rendered when read:
        the window shows a few lines of each section, the build makes thousands."""
        return self.note if self.message is None else self.message.text


def _item(
    kind: str,
    record_id: int,
    title: str,
    message: Message,
    due: date | None = None,
    days: int | None = None,
) -> TodoItem:
    return TodoItem(kind, record_id, title, "", due, days, message)


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


def _who(last_name: str, first_name: str, association_name: str) -> str:
    return f"{last_name} {first_name} – {association_name}"


# The columns that name a placement's line: the person and the employer (tuples, not models:
# the overview reads only what it shows).
_WHO = (Person.last_name, Person.first_name, Association.name)


def overview_on_worker(today: date) -> Overview:
    """Build the overview on a worker thread and close that thread's connection after."""
    return OverviewBuild(today).run()


class BuildCancelled(Exception):
    """The window closed (or asked for a newer overview) while this one was being built."""


class OverviewBuild:
    """One overview built on a worker thread, which another thread may `cancel()`: the
    running query is interrupted and the build stops before its next section, so closing
    the window does not wait for a build it no longer needs."""

    def __init__(self, today: date, on_part: PartListener | None = None) -> None:
        self.today = today
        self.on_part = on_part  # called on the worker thread with each part as it is built
        self.cancelled = False
        self._connection: object = None
        self._lock = threading.Lock()

    def run(self) -> Overview:
        db = database_proxy.obj
        try:
            with self._lock:
                if self.cancelled:
                    raise BuildCancelled
                self._connection = db.connection()  # this thread's own (opened here)
            if self.on_part is None:
                return build_overview(self.today, self._check)
            return build_overview(self.today, self._check, self.on_part)
        except (peewee.DatabaseError, BuildCancelled):
            if not self.cancelled:
                raise
            # The interrupted query's frames (its statement among them) go with this
            # exception here, before the connection is closed: a BuildCancelled carrying
            # them to the window would keep the statement, and with it this connection,
            # open after the close (SQLite closes it when its last statement is finalized),
            # so that closing the window during the build left the WAL file behind and the
            # next start checked every page.
        finally:
            with self._lock:
                self._connection = None
            if db is not None and not db.is_closed():
                db.close()  # peewee's connection state is per thread: this closes only ours
        raise BuildCancelled

    def cancel(self) -> None:
        with self._lock:
            self.cancelled = True
            connection = self._connection
            if connection is not None:  # sqlite3: interrupt(); psycopg: cancel()
                stop = getattr(connection, "interrupt", None) or getattr(connection, "cancel", None)
                if stop is not None:
                    stop()

    def _check(self) -> None:
        if self.cancelled:
            raise BuildCancelled


# What a part of the overview is handed to as soon as it is built: the section's key and
# its lines, or APPROPRIATION and the year's AppropriationStatus.
PartListener = Callable[[str, object], None]
APPROPRIATION = "appropriation"


def build_overview(
    today: date | None = None,
    check: Callable[[], None] | None = None,
    on_part: PartListener | None = None,
) -> Overview:
    """The overview of `today`; `check()` is called between sections (it raises to stop).
    `on_part(key, value)` gets each part as soon as it is built (the window shows the
    sections as they come): the quick sections first, the biggest last."""
    today = today or date.today()
    step = check or (lambda: None)
    parts: dict[str, object] = {}
    with collector_paused():  # the lines are tuples without cycles, thousands per section
        for key, make in _parts(today):
            value = make()
            step()
            parts[key] = value if key == APPROPRIATION else tuple(value)  # type: ignore[arg-type]
            if on_part is not None:
                on_part(key, parts[key])
    return Overview(today=today, **parts)  # type: ignore[arg-type]


def _parts(today: date) -> list[tuple[str, Callable[[], object]]]:
    """The parts in the order they are built: the few lines first (the window shows them at
    once), the thousands of follow-ups, outcome checks and held payments last. The top
    section first: the applications waiting are read from a small table (0.7 ms at the
    large demo, 102 applications), so the first lines are on screen that much sooner after
    start."""
    return [
        (OverviewSection.APPLICATIONS_WAITING, lambda: _applications(today)),
        (OverviewSection.DECISIONS_NOT_SENT, lambda: _unsent(today)),
        (OverviewSection.ENDING_SOON, lambda: _ending_soon(today)),
        (OverviewSection.TRANSFERS_ENDING, lambda: _transfers_ending(today)),
        (OverviewSection.CLAIMS_TO_CHECK, lambda: _payments(PaymentStatus.CLAIMED, today)),
        (APPROPRIATION, lambda: _appropriation(today)),
        (OverviewSection.BONUS_PROPOSALS, lambda: _bonus_proposals(today)),
        (OverviewSection.COACH_NEEDED, lambda: _coach_needed(today)),
        (OverviewSection.PAYMENTS_HELD, lambda: _payments(PaymentStatus.HELD, today)),
        (OverviewSection.OUTCOME_CHECKS_DUE, lambda: _outcome_checks(today)),
        (OverviewSection.FOLLOWUPS_DUE, lambda: _followups_due(today)),
    ]


def _appropriation(today: date) -> AppropriationStatus:
    from kemidesk.services.settings import appropriation_status

    return appropriation_status(today.year)


def _applications(today: date) -> list[TodoItem]:
    """Applications waiting for a decision, the oldest first (as `list_applications` orders
    them; read here, so the first start does not import the grant services for it)."""
    query = (
        Application.select(Application.id, Application.received_on, *_WHO)
        .join(Placement, on=(Application.placement == Placement.id))
        .join(Person, on=(Placement.person == Person.id))
        .switch(Placement)
        .join(Association, on=(Placement.association == Association.id))
        .where(Application.status == ApplicationStatus.RECEIVED)
        .order_by(Application.received_on)
    )
    items = []
    for aid, received_on, last, first, name in raw_rows(query):
        received_on = as_day(received_on)
        items.append(
            _item(
                "application",
                aid,
                f"{last} {first} – {name}",
                Message("OVERVIEW_RECEIVED", {"date": received_on}),
                received_on,
                (today - received_on).days,
            )
        )
    return items


# The condition of the partial index "decision_unsent" (migration 27) as text in the statement,
# not as a parameter: PostgreSQL's generic plan of a prepared statement cannot use a partial
# index for `status = $1` (SQLite could, by the bound value). A constant of ours, not input.
_DECIDED = peewee.SQL(f"'{DecisionStatus.DECIDED.value}'")


def _unsent(today: date) -> list[TodoItem]:
    query = (
        Decision.select(
            Decision.id, Decision.number, Decision.decision_type, Decision.decision_date, *_WHO
        )
        .join(Association, on=(Decision.association == Association.id))
        .switch(Decision)
        .join(Placement, on=(Decision.placement == Placement.id))
        .join(Person, on=(Placement.person == Person.id))
        .where(Decision.status == _DECIDED)
    )  # sorted here: an ORDER BY makes the database walk every decision along the date index
    kind_of = Decision.decision_type.python_value
    rows = sorted(
        ((did, number, kind, as_day(day), who) for did, number, kind, day, *who in raw_rows(query)),
        key=lambda r: (r[3], r[0]),
    )
    return [
        _item(
            "decision",
            did,
            f"{number or ''} {_who(*who)}",
            Message("OVERVIEW_DECIDED", {"kind": kind_of(kind), "date": day}),
            day,
            (today - day).days,
        )
        for did, number, kind, day, who in rows
    ]


def _payments(status: PaymentStatus, today: date) -> list[TodoItem]:
    query = (
        Payment.select(
            Payment.id,
            Payment.claim_received_on,
            Payment.period_start,
            Payment.period_end,
            Payment.held_reason,
            Decision.number,
            Association.name,
        )
        .join(Decision, on=(Payment.decision == Decision.id))
        .join(Association, on=(Decision.association == Association.id))
        .where(Payment.status == status)
        .order_by(Payment.claim_received_on, Payment.id)
    )
    items = []
    held = status is PaymentStatus.HELD
    for pid, claim_received_on, start, end, held_reason, number, name in raw_rows(query):
        claim_received_on, start, end = as_day(claim_received_on), as_day(start), as_day(end)
        received = claim_received_on or end
        message = None if held else Message("OVERVIEW_CLAIM_RECEIVED", {"date": claim_received_on})
        items.append(
            TodoItem(
                "payment",
                pid,
                f"{number} {name} {format_date(start)}–{format_date(end)}",
                held_reason if held else "",
                received,
                (today - received).days,
                message,
            )
        )
    return items


def _running_grants(today: date) -> peewee.ModelSelect:
    """(placement id, period start, period end, placement's actual end, last name, first
    name, employer) of the grants running now or within two weeks."""
    return (
        Decision.select(
            Decision.placement,
            Decision.period_start,
            Decision.period_end,
            Placement.actual_end_date,
            *_WHO,
        )
        .join(Placement, on=(Decision.placement == Placement.id))
        .join(Person, on=(Placement.person == Person.id))
        .switch(Decision)
        .join(Association, on=(Decision.association == Association.id))
        .where(_running_grant(today) & (Placement.archived == False))  # noqa: E712
    )


def _running_grant(today: date) -> peewee.Expression:
    """A grant running now or within two weeks (from the decision's covering index)."""
    return (
        Decision.decision_type.in_(GRANT_KINDS)
        & (Decision.status != DecisionStatus.CANCELLED)
        & (Decision.period_start <= today + timedelta(days=FOLLOWUP_DUE_AHEAD_DAYS))
        & (Decision.period_end >= today - timedelta(days=60))
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
    return [MissingFollowup(*row) for row in _missing_rows(today)]


# (placement id, follow-up type, due, days late, who): a `MissingFollowup`'s fields as a
# plain tuple (the overview makes thousands and turns each into its line at once).
_MissingRow = tuple[int, FollowupType, date, int, str]


def _missing_rows(today: date) -> list[_MissingRow]:
    grants = _running_grants(today)
    rows = raw_rows(grants)
    held: dict[int, list[FollowupType]] = defaultdict(list)  # placement → recorded follow-up types
    if rows:
        running = Decision.select(Decision.placement).where(_running_grant(today))
        recorded = Followup.select(Followup.placement, Followup.followup_type).where(
            Followup.placement.in_(running)
        )  # (archived placements' talks too: fewer joins, and only `rows` are looked up)
        type_of = Followup.followup_type.python_value
        for placement_id, followup_type in raw_rows(recorded):
            held[placement_id].append(type_of(followup_type))
    missing: list[_MissingRow] = []
    add = missing.append
    horizon = today + timedelta(days=FOLLOWUP_DUE_AHEAD_DAYS)
    from kemidesk.services.settings import load_rulebook

    book = load_rulebook()
    start_talk = timedelta(days=START_TALK_DAYS)
    first_talk = FollowupType.START
    recorded_of = held.get
    days: dict[object, date] = {}  # a column's value → its date (a few hundred distinct days)
    day_of = days.get
    for placement_id, start, period_end, actual_end, last, first, employer in rows:
        start = day_of(start) or days.setdefault(start, as_day(start))
        period_end = day_of(period_end) or days.setdefault(period_end, as_day(period_end))
        if actual_end is None:
            end = period_end
        else:
            actual_end = day_of(actual_end) or days.setdefault(actual_end, as_day(actual_end))
            end = min(period_end, actual_end)
        recorded_types = recorded_of(placement_id)
        if not recorded_types and start <= end:
            # nothing recorded: the start talk (followup_due_dates' first) is the earliest missing
            due = start + start_talk
            if due > end:
                due = end
            if due <= horizon:
                who = f"{last} {first} – {employer}"
                add((placement_id, first_talk, due, (today - due).days, who))
                continue
        dues = followup_due_dates(start, end, book.for_date(start))
        for position, (kind, day) in enumerate(dues):
            if day > horizon or _is_recorded(kind, position, recorded_types or []):
                continue
            add((placement_id, kind, day, (today - day).days, f"{last} {first} – {employer}"))
            break  # one line per placement: the earliest missing one
    return _by_day(missing, 2, 0)  # due, placement id


_Row = TypeVar("_Row", bound="tuple[object, ...]")


def _by_day(rows: list[_Row], day_at: int, id_at: int) -> list[_Row]:
    """`rows` sorted by (row[day_at], row[id_at]), ties in the given order (a stable sort):
    grouped by the day (a few hundred), each day's rows sorted by id (a keyed sort of
    thousands of (date, id) pairs took 10–15 ms)."""
    on_day: dict[date, list[_Row]] = {}
    for row in rows:
        day = row[day_at]
        group = on_day.get(day)
        if group is None:
            on_day[day] = [row]
        else:
            group.append(row)
    by_id = itemgetter(id_at)
    ordered: list[_Row] = []
    for day in sorted(on_day):
        group = on_day[day]
        if len(group) > 1:
            group.sort(key=by_id)
        ordered += group
    return ordered


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
        pid: LateFollowup(pid, kind, due, days_late)
        for pid, kind, due, days_late, _who in _missing_rows(today)
        if days_late > 0
    }


def _followups_due(today: date) -> list[TodoItem]:
    late, soon = "OVERVIEW_FOLLOWUP_LATE", "OVERVIEW_FOLLOWUP_DUE"
    return [
        TodoItem(
            "placement",
            pid,
            who,
            "",
            due,
            days_late,
            Message(late if days_late > 0 else soon, {"kind": kind, "date": due}),
        )
        for pid, kind, due, days_late, who in _missing_rows(today)
    ]


def _is_recorded(kind: FollowupType, position: int, recorded: list[FollowupType]) -> bool:
    if kind is FollowupType.FINAL:
        return FollowupType.FINAL in recorded
    return sum(1 for t in recorded if t is not FollowupType.FINAL) > position


def _placements_with_who(*columns: peewee.Field) -> peewee.ModelSelect:
    return (
        Placement.select(Placement.id, *columns, *_WHO)
        .join(Person, on=(Placement.person == Person.id))
        .switch(Placement)
        .join(Association, on=(Placement.association == Association.id))
    )


def _ending_soon(today: date) -> list[TodoItem]:
    horizon = today + timedelta(days=ENDING_WITHIN_DAYS)
    end = peewee.fn.COALESCE(Placement.actual_end_date, Placement.end_date)
    query = (
        _placements_with_who(Placement.actual_end_date, Placement.end_date, Placement.pt_end)
        .where(
            (Placement.archived == False)  # noqa: E712
            & (
                Placement.actual_end_date.between(today, horizon)
                | (Placement.actual_end_date.is_null() & Placement.end_date.between(today, horizon))
                | Placement.pt_end.between(today, horizon)
            )  # COALESCE(actual, end) BETWEEN …, spelled so that each date's index is used
        )
        .order_by(end, Placement.id)  # the same end: by id, not in the plan's order
    )
    items = []
    for pid, actual_end, end_date, pt_end, *who in raw_rows(query):
        actual_end, end_date, pt_end = as_day(actual_end), as_day(end_date), as_day(pt_end)
        finish = actual_end or end_date
        employment = bool(finish and today <= finish <= horizon)
        subsidy = bool(pt_end and today <= pt_end <= horizon)
        if employment and subsidy:
            message = Message("OVERVIEW_BOTH_END", {"date": finish, "subsidy_date": pt_end})
        elif employment:
            message = Message("OVERVIEW_EMPLOYMENT_ENDS", {"date": finish})
        else:
            message = Message("OVERVIEW_SUBSIDY_ENDS", {"date": pt_end})
        first_day = min(x for x in (finish, pt_end) if x and today <= x <= horizon)
        items.append(
            _item("placement", pid, _who(*who), message, first_day, (first_day - today).days)
        )
    return sorted(items, key=lambda i: i.due or today)


def _outcome_checks(today: date) -> list[TodoItem]:
    """Checkpoints (end, +3, +6 months) that have come and have no recorded outcome."""
    first = today - timedelta(days=240)
    granted = Decision.select(peewee.SQL("1")).where(
        (Decision.placement == Placement.id)
        & Decision.decision_type.in_(GRANT_KINDS)
        & (Decision.status != DecisionStatus.CANCELLED)
    )  # EXISTS: one look into the (placement, type, status) index per placement
    query = (
        _placements_with_who(Placement.actual_end_date, Placement.end_date, Outcome.checkpoint)
        .join(Outcome, peewee.JOIN.LEFT_OUTER, on=(Outcome.placement == Placement.id))
        .where(
            (
                Placement.actual_end_date.between(first, today)
                | (Placement.actual_end_date.is_null() & Placement.end_date.between(first, today))
            )  # COALESCE(actual, end) BETWEEN …, spelled so that each date's index is used
            & (Placement.archived == False)  # noqa: E712
            & peewee.fn.EXISTS(granted)
        )
    )  # a row per recorded outcome (or one with none), so one read finds what is recorded
    placements: dict[int, tuple[date, tuple[str, str, str]]] = {}
    recorded: dict[int, set[OutcomeCheckpoint]] = defaultdict(set)
    checkpoint_of = Outcome.checkpoint.python_value
    for pid, actual_end, end_date, checkpoint, *who in raw_rows(query):
        if pid not in placements:
            placements[pid] = (as_day(actual_end) or as_day(end_date), who)
        if checkpoint is not None:
            recorded[pid].add(checkpoint_of(checkpoint))
    items = []
    for pid, (finish, who) in placements.items():
        done = recorded.get(pid)
        # nothing recorded: the check at the end (on or before today) is the one due
        due = outcome_check_dates(finish) if done else [(OutcomeCheckpoint.END, finish)]
        for checkpoint, day in due:
            if day <= today and (not done or checkpoint not in done):
                items.append(
                    _item(
                        "placement",
                        pid,
                        _who(*who),
                        Message("OVERVIEW_OUTCOME_CHECK", {"checkpoint": checkpoint, "date": day}),
                        day,
                        (today - day).days,
                    )
                )
                break
    return _by_day(items, 4, 1)  # due (always set here), record id


def _bonus_proposals(today: date) -> list[TodoItem]:
    """Placements whose outcome earns the bonus and that have no bonus decision yet."""
    bonus_outcomes = Outcome.select(Outcome.placement).where(Outcome.status.in_(BONUS_OUTCOMES))
    # Each candidate's decisions are looked up in the (placement, type, status, end) index
    # (EXISTS): `IN (SELECT …)` lists built every grant's placement first, a list that
    # grows with every decision ever made while the candidates are few (issue #15).
    granted = _decision_of_placement(Decision.decision_type.in_(GRANT_KINDS))
    running = _decision_of_placement(
        Decision.decision_type.in_(GRANT_KINDS) & (Decision.period_end > today)
    )  # an amended grant ends with its placement (decide_amendment sets the actual end)
    decided = _decision_of_placement(Decision.decision_type == DecisionType.BONUS)
    ended = ~peewee.fn.EXISTS(running) | (Placement.actual_end_date <= today)
    query = (
        _placements_with_who()
        .where(
            Placement.id.in_(bonus_outcomes)
            & peewee.fn.EXISTS(granted)
            & ended
            & ~peewee.fn.EXISTS(decided)
            & (Placement.archived == False)  # noqa: E712
        )
        .order_by(Placement.end_date)
    )
    from kemidesk.services.settings import rules_for

    bonus = Message("OVERVIEW_BONUS_DUE", {"amount_cents": rules_for(today).bonus_cents})
    return [_item("placement", pid, _who(*who), bonus) for pid, *who in raw_rows(query)]


def _decision_of_placement(condition: peewee.Expression) -> peewee.ModelSelect:
    """A decision of the outer query's placement that is not cancelled and meets
    `condition` (for EXISTS)."""
    return Decision.select(peewee.SQL("1")).where(
        (Decision.placement == Placement.id)
        & condition
        & (Decision.status != DecisionStatus.CANCELLED)
    )


def _transfers_ending(today: date) -> list[TodoItem]:
    """Transfer agreements in progress whose period ends within 30 days; each opens its
    placement (the agreement is listed in the placement's view)."""
    from kemidesk.services.transfers import transfers_ending

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
