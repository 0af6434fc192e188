"""Transfer agreements (siirtosopimus) under a placement: record, correct, move through their
statuses, list, and build the printed agreement's data.

When an agreement ends with the employee employed by the receiving employer, the placement's
outcome at its end checkpoint (a job at a company) is recorded through
`followups.record_outcome` in the same transaction, so the employment bonus is proposed
(on the overview and by `followups.placement_bonus_due`) without typing the outcome again.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from kemidesk.db.models import Association, Person, Placement, TransferAgreement
from kemidesk.domain import transfers as rules
from kemidesk.domain import validation as v
from kemidesk.domain.errors import FieldErrors
from kemidesk.domain.messages import Message
from kemidesk.domain.types import OutcomeCheckpoint, OutcomeStatus, TransferKind, TransferStatus
from kemidesk.services.common import FieldCheck, apply_changes, audit, get_or_raise, transaction
from kemidesk.services.errors import NotAllowedError
from kemidesk.services.followups import OutcomeRow, record_outcome

ENDING_WITHIN_DAYS = 30


@dataclass(frozen=True)
class TransferInput:
    placement_id: int
    kind: TransferKind | str
    receiving_name: str
    receiving_business_id: str
    start_date: date | None
    end_date: date | None
    hours: str  # typed, e.g. "30" or "37,5"
    tasks: str = ""
    contact_name: str = ""
    contact_phone: str = ""
    contact_email: str = ""
    payment: str = ""  # what the receiving employer pays the association; "" = nothing
    payment_terms: str = ""
    coach_part: str = ""
    notes: str = ""


@dataclass(frozen=True)
class TransferRow:
    id: int
    placement_id: int
    person_name: str
    association_name: str
    kind: TransferKind
    status: TransferStatus
    receiving_name: str
    receiving_business_id: str
    start_date: date
    end_date: date | None
    hours_per_week: Decimal
    tasks: str
    contact_name: str
    contact_phone: str
    contact_email: str
    payment_cents: int | None
    payment_terms: str
    coach_part: str
    signed_on: date | None
    ended_on: date | None
    notes: str

    @property
    def editable(self) -> bool:
        return self.status in rules.EDITABLE

    @property
    def next_statuses(self) -> list[TransferStatus]:
        return rules.next_statuses(self.status)


@dataclass(frozen=True)
class StatusChange:
    """The agreement after a status change, and the outcome it recorded (ended employed)."""

    transfer: TransferRow
    outcome: OutcomeRow | None = None

    @property
    def bonus_proposed(self) -> bool:
        return self.outcome is not None and self.outcome.bonus_proposed


def _placement(placement_id: object) -> Placement | None:
    if isinstance(placement_id, bool) or not isinstance(placement_id, int):
        return None
    return Placement.get_or_none(Placement.id == placement_id)


def _row(t: TransferAgreement, person: Person, association: Association) -> TransferRow:
    return TransferRow(
        id=t.id,
        placement_id=t.placement_id,
        person_name=f"{person.last_name} {person.first_name}",
        association_name=association.name,
        kind=t.kind,
        status=t.status,
        receiving_name=t.receiving_name,
        receiving_business_id=t.receiving_business_id,
        start_date=t.start_date,
        end_date=t.end_date,
        hours_per_week=t.hours_per_week,
        tasks=t.tasks,
        contact_name=t.contact_name,
        contact_phone=t.contact_phone,
        contact_email=t.contact_email,
        payment_cents=t.payment_cents,
        payment_terms=t.payment_terms,
        coach_part=t.coach_part,
        signed_on=t.signed_on,
        ended_on=t.ended_on,
        notes=t.notes,
    )


def _validate(data: TransferInput) -> dict[str, object]:
    check = FieldCheck()
    placement = _placement(data.placement_id)
    if placement is None:
        check.fail("placement_id", "PLACEMENT_NOT_CHOSEN")
    kind = check.choice("kind", TransferKind, data.kind)
    values: dict[str, object] = {
        "receiving_name": check.text(
            "receiving_name",
            "TransferAgreement.receiving_name",
            data.receiving_name,
            "Vastaanottava työnantaja",
        ),
        "receiving_business_id": check(
            "receiving_business_id", v.validate_business_id, data.receiving_business_id
        ),
        "start_date": check.date("start_date", data.start_date),
        "end_date": check.date("end_date", data.end_date, required=False),
        "hours_per_week": check("hours", v.validate_hours, data.hours),
        "tasks": check.text("tasks", "TransferAgreement.tasks", data.tasks, "Työtehtävät"),
        "contact_name": check.text(
            "contact_name", "TransferAgreement.contact_name", data.contact_name
        ),
        "contact_phone": check("contact_phone", v.validate_phone, data.contact_phone),
        "contact_email": check("contact_email", v.validate_email, data.contact_email),
        "payment_terms": check.text(
            "payment_terms", "TransferAgreement.payment_terms", data.payment_terms
        ),
        "coach_part": check.text("coach_part", "TransferAgreement.coach_part", data.coach_part),
        "notes": check.text("notes", "TransferAgreement.notes", data.notes),
    }
    payment = data.payment.strip() if isinstance(data.payment, str) else data.payment
    values["payment_cents"] = check("payment", v.validate_money, payment) if payment else None
    start, end = values["start_date"], values["end_date"]
    if placement is not None and kind is not None and isinstance(start, date):
        placement_end = placement.actual_end_date or placement.end_date
        period = rules.check_period(
            kind, start, end if isinstance(end, date) else None, placement.start_date, placement_end
        )
        for field, error in period.items():
            check.errors.setdefault(field, error.as_message())
    check.raise_if_any()
    values.update(placement=placement, kind=kind)
    return values


def add_transfer(data: TransferInput) -> TransferRow:
    """Record a new agreement as a draft."""
    values = _validate(data)
    with transaction():
        transfer = TransferAgreement.create(status=TransferStatus.DRAFT, **values)
        audit(transfer, "create", [k for k in values if k != "placement"])
    return get_transfer(transfer.id)


def update_transfer(transfer_id: int, data: TransferInput) -> TransferRow:
    """Correct the terms of a draft or signed agreement."""
    values = _validate(data)
    with transaction():
        transfer = get_or_raise(TransferAgreement, transfer_id, "TRANSFER_NOT_FOUND")
        if transfer.status not in rules.EDITABLE:
            raise NotAllowedError("TRANSFER_NOT_EDITABLE", status=transfer.status)
        values.pop("placement")  # an agreement stays under its placement
        changed = apply_changes(transfer, values)
        if changed:
            transfer.save()
            audit(transfer, "update", changed)
    return get_transfer(transfer_id)


def set_transfer_status(
    transfer_id: int, status: TransferStatus | str, on: date | None, today: date | None = None
) -> StatusChange:
    """Move an agreement to `status` on the day `on` (signing day, ending day).

    Signing needs a day not in the future. Ending with employment records the placement's
    outcome at its end checkpoint as a job at a company (`on` is its date, so the placement
    must have ended by then), which proposes the employment bonus when the Kemi-lisä period
    is over; all in one transaction."""
    today = today or date.today()
    check = FieldCheck()
    new = check.choice("status", TransferStatus, status)
    day = check.date("on", on)
    check.raise_if_any()
    assert new is not None
    with transaction():
        transfer = get_or_raise(TransferAgreement, transfer_id, "TRANSFER_NOT_FOUND")
        rules.check_transition(transfer.status, new)
        placement = transfer.placement
        if new is TransferStatus.SIGNED and day > today:
            raise FieldErrors({"on": Message("TRANSFER_SIGNED_ON_LATE")})
        outcome = None
        if new is TransferStatus.ENDED_EMPLOYED:
            end = placement.actual_end_date or placement.end_date
            if end is not None and day < end:
                raise FieldErrors({"on": Message("TRANSFER_EMPLOYED_BEFORE_END", {"end": end})})
            note = f"Siirtosopimus: {transfer.receiving_name} ({transfer.receiving_business_id})"
            outcome = record_outcome(
                placement.id, OutcomeCheckpoint.END, OutcomeStatus.COMPANY_JOB, day, note
            )
        changed = ["status"]
        transfer.status = new
        if new is TransferStatus.SIGNED:
            transfer.signed_on = day
            changed.append("signed_on")
        elif new is TransferStatus.DRAFT:
            transfer.signed_on = None
            changed.append("signed_on")
        elif new in rules.ENDED:
            transfer.ended_on = day
            changed.append("ended_on")
        transfer.save()
        audit(transfer, "status", changed)
    return StatusChange(get_transfer(transfer_id), outcome)


def _query():  # type: ignore[no-untyped-def]
    return (
        TransferAgreement.select(TransferAgreement, Placement, Person, Association)
        .join(Placement)
        .join(Person)
        .switch(Placement)
        .join(Association)
    )


def list_transfers(
    placement_id: int | None = None, status: TransferStatus | None = None
) -> list[TransferRow]:
    query = _query().order_by(TransferAgreement.start_date.desc(), TransferAgreement.id.desc())
    if placement_id is not None:
        query = query.where(TransferAgreement.placement == placement_id)
    if status is not None:
        query = query.where(TransferAgreement.status == status)
    return [_row(t, t.placement.person, t.placement.association) for t in query]


def get_transfer(transfer_id: int) -> TransferRow:
    t = _query().where(TransferAgreement.id == transfer_id).first()
    if t is None:
        get_or_raise(TransferAgreement, transfer_id, "TRANSFER_NOT_FOUND")
    return _row(t, t.placement.person, t.placement.association)


def transfers_ending(today: date, days: int = ENDING_WITHIN_DAYS) -> list[TransferRow]:
    """Agreements in progress whose period ends within `days` days (soonest first)."""
    query = (
        _query()
        .where(
            (TransferAgreement.status == TransferStatus.IN_PROGRESS)
            & TransferAgreement.end_date.between(today, today + timedelta(days=days))
        )
        .order_by(TransferAgreement.end_date, TransferAgreement.id)
    )
    return [_row(t, t.placement.person, t.placement.association) for t in query]
