"""Follow-up forms (the condition of Kemi-lisä) and outcomes after the placement."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, fields, replace
from datetime import date
from typing import Any

from kemidesk.db.models import Decision, Followup, Outcome, Placement, utc_now
from kemidesk.domain.bonus import bonus_due
from kemidesk.domain.errors import FieldErrors
from kemidesk.domain.followups import outcome_check_dates
from kemidesk.domain.ledger import GrantLedger
from kemidesk.domain.lifecycle import FOLLOWUP_PERSONAL_TEXT
from kemidesk.domain.messages import Message
from kemidesk.domain.types import (
    DecisionStatus,
    DecisionType,
    FollowupType,
    OutcomeCheckpoint,
    OutcomeStatus,
)
from kemidesk.services.common import (
    FieldCheck,
    apply_changes,
    audit,
    audit_rows,
    find_by_key,
    get_or_raise,
    insert_rows_keyed,
    prepared,
    record_key,
    transaction,
)
from kemidesk.services.errors import NotFoundError


@dataclass(frozen=True)
class FollowupInput:
    placement_id: int
    followup_type: FollowupType
    held_on: date
    participants: str = ""
    job_coach_present: bool = False
    goals: str = ""
    progress: str = ""
    support_given: str = ""
    training: str = ""
    job_search_support: str = ""
    trial_visit: str = ""
    absences: str = ""
    end_assessment: str = ""
    next_step: OutcomeStatus | None = None
    signed: bool = False
    signed_on: date | None = None
    notes: str = ""
    own_assessment: str = ""
    next_meeting_on: date | None = None
    new_employer: str = ""
    new_job_start: date | None = None
    new_contract_type: str = ""


@dataclass(frozen=True)
class FollowupRow(FollowupInput):
    id: int = 0


def _validate(
    data: FollowupInput, start: date | None, today: date | None = None
) -> dict[str, object]:
    """The form's values checked (`start`: the placement's start date, None when there is
    no such placement); FieldErrors with every problem found."""
    check = FieldCheck()
    held_on = check.date("held_on", data.held_on)
    signed = check.flag("signed", data.signed)
    signed_on = check.date("signed_on", data.signed_on, required=False)
    next_meeting_on = check.date("next_meeting_on", data.next_meeting_on, required=False)
    new_job_start = check.date("new_job_start", data.new_job_start, required=False)
    followup_type = check.choice("followup_type", FollowupType, data.followup_type)
    next_step = None
    if data.next_step is not None and data.next_step != "":
        next_step = check.choice("next_step", OutcomeStatus, data.next_step)
    if start is None:
        check.fail("placement_id", "PLACEMENT_NOT_CHOSEN")
    elif held_on is not None and held_on < start:
        check.fail("held_on", "FOLLOWUP_BEFORE_START")
    if held_on is not None and held_on > (today or date.today()):
        check.fail("held_on", "FOLLOWUP_IN_FUTURE")
    if next_meeting_on is not None and held_on is not None and next_meeting_on <= held_on:
        check.fail("next_meeting_on", "NEXT_MEETING_NOT_AFTER_TALK")
    if signed and data.signed_on is None:
        check.fail("signed_on", "SIGNED_ON_REQUIRED")
    values: dict[str, object] = {
        name: check.text(name, f"Followup.{name}", getattr(data, name))
        for name in FOLLOWUP_PERSONAL_TEXT
    }
    if not values["participants"] and "participants" not in check.errors:
        check.fail("participants", "PARTICIPANTS_REQUIRED")
    check.raise_if_any()
    values.update(
        followup_type=followup_type.value if followup_type else "",
        held_on=held_on,
        job_coach_present=check.flag("job_coach_present", data.job_coach_present),
        next_step=next_step.value if next_step else "",
        signed=signed,
        signed_on=signed_on if signed else None,
        next_meeting_on=next_meeting_on,
        new_job_start=new_job_start,
    )
    check.raise_if_any()
    return values


def _placement(placement_id: object) -> Placement | None:
    key = _key(placement_id)
    return None if key is None else find_by_key(Placement, key)


def _start(placement: Placement | None) -> date | None:
    return None if placement is None else placement.start_date


def record_followup(data: FollowupInput, today: date | None = None) -> FollowupRow:
    """Record a held follow-up talk; `today` (default: the real date) bounds `held_on`."""
    placement = _placement(data.placement_id)
    values = _validate(data, _start(placement), today)
    values["placement"] = placement
    with transaction():
        followup = Followup.create(**values)
        audit(followup, "create", [k for k in values if k != "placement"])
    return _to_row(followup)


def record_followups(forms: Sequence[FollowupInput], today: date | None = None) -> list[int]:
    """Record many held follow-up talks (a day's forms) in one transaction: each checked
    as `record_followup` checks it and written with the same row and audit row, the
    placements' start dates read in one query. All or nothing: the first form refused
    raises its FieldErrors and nothing is written. Returns the new ids in order."""
    keys = [_key(form.placement_id) for form in forms]
    wanted = sorted({key for key in keys if key is not None})
    starts = dict(prepared("followup.starts", _starts_query, *wanted)) if wanted else {}
    rows = []
    for form, key in zip(forms, keys, strict=True):
        values = _validate(form, starts.get(key) if key is not None else None, today)
        values["placement"] = key
        rows.append(values)
    if not rows:
        return []
    names = [k for k in rows[0] if k != "placement"]  # the same fields as record_followup's
    new_uuid, now = Followup.uuid.default, utc_now()  # the forms' rows made at one time
    for values in rows:
        values.update(uuid=new_uuid(), created_at=now, updated_at=now)
    with transaction():
        ids = insert_rows_keyed(Followup, rows)
        made = [(i, v["uuid"]) for i, v in zip(ids, rows, strict=True)]
        audit_rows("Followup", made, "create", names)
    return ids


def _key(placement_id: object) -> int | None:
    if isinstance(placement_id, bool) or not isinstance(placement_id, int):
        return None
    return record_key(placement_id)


def _starts_query(*ids: int) -> Any:
    query = Placement.select(Placement.id, Placement.start_date)
    return query.where(Placement.id.in_(ids)).tuples()


def update_followup(followup_id: int, data: FollowupInput) -> FollowupRow:
    placement = _placement(data.placement_id)
    values = _validate(data, _start(placement))
    values["placement"] = placement
    with transaction():
        followup = get_or_raise(Followup, followup_id, "FOLLOWUP_NOT_FOUND")
        changed = apply_changes(followup, values)
        if changed:
            followup.save()
            audit(followup, "update", changed)
    return _to_row(followup)


def _to_row(f: Followup) -> FollowupRow:
    names = {fl.name for fl in fields(FollowupInput)}
    values = {n: getattr(f, n) for n in names if n != "placement_id"}
    return FollowupRow(id=f.id, placement_id=f.placement_id, **values)


def list_followups(placement_id: int | None = None) -> list[FollowupRow]:
    query = Followup.select().order_by(Followup.held_on)
    if placement_id is not None:
        query = query.where(Followup.placement == placement_id)
    return [_to_row(f) for f in query]


# ---------------------------------------------------------------- outcomes


@dataclass(frozen=True)
class OutcomeRow:
    id: int
    placement_id: int
    checkpoint: OutcomeCheckpoint
    status: OutcomeStatus
    recorded_on: date
    notes: str
    bonus_proposed: bool = False


def record_outcome(
    placement_id: int,
    checkpoint: OutcomeCheckpoint,
    status: OutcomeStatus,
    recorded_on: date,
    notes: str = "",
) -> OutcomeRow:
    """Record (or correct) the outcome at a checkpoint; says whether a bonus is now due.
    A checkpoint can be recorded once it has come: the end, or 3 / 6 months after it."""
    check = FieldCheck()
    check.choice("checkpoint", OutcomeCheckpoint, checkpoint)
    check.choice("status", OutcomeStatus, status)
    recorded_on = check.date("recorded_on", recorded_on)
    notes = check.text("notes", "Outcome.notes", notes)
    check.raise_if_any()
    checkpoint, status = OutcomeCheckpoint(checkpoint), OutcomeStatus(status)
    with transaction():
        key = record_key(placement_id)
        dates = None if key is None else prepared("outcome.placement", _placement_ends, key)
        if not dates:
            raise NotFoundError("PLACEMENT_NOT_FOUND", placement_id)
        ((placement_key, end_date, actual_end_date),) = dates
        end = actual_end_date or end_date
        due = dict(outcome_check_dates(end)).get(checkpoint) if end else None
        if due is not None and due > recorded_on:
            message = Message("OUTCOME_NOT_YET_DUE", {"checkpoint": checkpoint, "due": due})
            raise FieldErrors({"checkpoint": message})
        # the placement's outcomes (a few at most): the one at this checkpoint, and the
        # statuses the bonus looks at after this one is recorded
        recorded = prepared("outcome.statuses", _outcome_checkpoints, placement_key)
        others = [s for _id, point, s in recorded if point is not checkpoint]
        at = [outcome_id for outcome_id, point, _s in recorded if point is checkpoint]
        outcome = find_by_key(Outcome, at[0]) if at else None
        values = {
            "status": status,
            "recorded_on": recorded_on,
            "notes": notes,
        }
        if outcome is None:
            new = {"placement": placement_key, "checkpoint": checkpoint, **values}
            new["uuid"] = Outcome.uuid.default()
            (outcome_id,) = insert_rows_keyed(Outcome, [new])
            audit_rows("Outcome", [(outcome_id, new["uuid"])], "create", ["checkpoint", *values])
            row = OutcomeRow(outcome_id, placement_key, checkpoint, status, recorded_on, notes)
        else:
            changed = apply_changes(outcome, values)
            if changed:
                outcome.save()
                audit(outcome, "update", changed)
            row = _outcome_row(outcome)
    due = placement_bonus_due(placement_key, on=recorded_on, statuses=[*others, status])
    return replace(row, bonus_proposed=due)


def _placement_ends(placement_id: int) -> Any:
    return (
        Placement.select(Placement.id, Placement.end_date, Placement.actual_end_date)
        .where(Placement.id == placement_id)
        .tuples()
    )


def placement_bonus_due(
    placement_id: int,
    on: date | None = None,
    ledgers: list[GrantLedger] | None = None,
    statuses: list[OutcomeStatus] | None = None,
) -> bool:
    """An employment bonus is due on `on` (default today): the placement had Kemi-lisä whose
    period has ended, a bonus outcome is recorded and no bonus has been decided yet.
    `ledgers` (its grant ledgers, `ledger.placement_ledgers`) and `statuses` (of its
    outcomes): when the caller has just read them in the same transaction (else read here)."""
    from kemidesk.services.ledger import placement_ledgers

    on = on or date.today()
    # The outcomes first: most earn no bonus, and then the grants need not be worked out.
    if statuses is None:
        statuses = [s for (s,) in prepared("bonus.outcomes", _outcome_statuses, placement_id)]
    if not bonus_due(statuses, False):
        return False
    if prepared("bonus.decided", _bonus_decided, placement_id):  # decided already
        return False  # (before the grants: they need not be worked out then either)
    if ledgers is None:
        ledgers = placement_ledgers(placement_id)
    return bool(ledgers) and all(g.ended_by(on) for g in ledgers)


def _outcome_statuses(placement_id: int) -> Any:
    return Outcome.select(Outcome.status).where(Outcome.placement == placement_id).tuples()


def _bonus_decided(placement_id: int) -> Any:
    return (
        Decision.select(Decision.id)
        .where(
            (Decision.placement == placement_id)
            & (Decision.decision_type == DecisionType.BONUS)
            & (Decision.status != DecisionStatus.CANCELLED)
        )
        .limit(1)
        .tuples()
    )


def _outcome_checkpoints(placement_id: int) -> Any:
    """(id, checkpoint, status) of the placement's outcomes."""
    return (
        Outcome.select(Outcome.id, Outcome.checkpoint, Outcome.status)
        .where(Outcome.placement == placement_id)
        .tuples()
    )


def _outcome_row(o: Outcome, bonus: bool = False) -> OutcomeRow:
    return OutcomeRow(
        id=o.id,
        placement_id=o.placement_id,
        checkpoint=o.checkpoint,
        status=o.status,
        recorded_on=o.recorded_on,
        notes=o.notes,
        bonus_proposed=bonus,
    )


def list_outcomes(placement_id: int | None = None) -> list[OutcomeRow]:
    query = Outcome.select().order_by(Outcome.placement, Outcome.recorded_on)
    if placement_id is not None:
        query = query.where(Outcome.placement == placement_id)
    return [_outcome_row(o) for o in query]
