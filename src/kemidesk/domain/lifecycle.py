"""The grant path's lifecycle facts, said once: which decisions are grants, which spend the
appropriation, how a payment moves from state to state, which follow-up fields hold personal
free text. Services, the window and the demo ask these instead of listing literals.
"""

from __future__ import annotations

from datetime import date

from kemidesk.domain.types import DecisionStatus, DecisionType, PaymentStatus, PlacementStatus

# ---------------------------------------------------------------- decisions

# A Kemi-lisä grant with a period and monthly payments.
GRANT_KINDS: frozenset[DecisionType] = frozenset({DecisionType.GRANT, DecisionType.PARTIAL_GRANT})
# What an application can be decided as.
APPLICATION_KINDS: frozenset[DecisionType] = GRANT_KINDS | {DecisionType.REJECTION}
# Decisions about an earlier grant (they carry it as their parent).
CHILD_KINDS: frozenset[DecisionType] = frozenset({DecisionType.AMENDMENT, DecisionType.RECOVERY})
# Decisions that commit appropriation money (an amendment's total is its change, usually
# negative; recoveries give money back separately).
SPENDING_KINDS: frozenset[DecisionType] = GRANT_KINDS | {
    DecisionType.BONUS,
    DecisionType.AMENDMENT,
}
# Decisions whose paid money can be recovered.
RECOVERABLE_KINDS: frozenset[DecisionType] = GRANT_KINDS | {DecisionType.BONUS}
# Decisions that create payments.
PAYING_KINDS: frozenset[DecisionType] = GRANT_KINDS | {DecisionType.BONUS}


def is_grant(kind: DecisionType | str) -> bool:
    return DecisionType(kind) in GRANT_KINDS


def is_spending(kind: DecisionType | str) -> bool:
    return DecisionType(kind) in SPENDING_KINDS


def is_recoverable(kind: DecisionType | str) -> bool:
    return DecisionType(kind) in RECOVERABLE_KINDS


def is_in_force(status: DecisionStatus | str) -> bool:
    """A decision counts (for money, caps, overlaps) unless it was cancelled."""
    return DecisionStatus(status) is not DecisionStatus.CANCELLED


def can_amend(kind: DecisionType | str, status: DecisionStatus | str) -> bool:
    return is_grant(kind) and is_in_force(status)


def can_notify(status: DecisionStatus | str) -> bool:
    """Only a decided, not yet sent decision gets its notification recorded (once)."""
    return DecisionStatus(status) is DecisionStatus.DECIDED


# ---------------------------------------------------------------- payments

# Every allowed move of a payment. Amendments cut a payment (APPROVED → CLAIMED for a new
# approval) or cancel an unpaid one; PAID and CANCELLED are final.
PAYMENT_TRANSITIONS: dict[PaymentStatus, frozenset[PaymentStatus]] = {
    PaymentStatus.DUE: frozenset({PaymentStatus.CLAIMED, PaymentStatus.CANCELLED}),
    PaymentStatus.CLAIMED: frozenset(
        {PaymentStatus.APPROVED, PaymentStatus.HELD, PaymentStatus.CANCELLED}
    ),
    PaymentStatus.HELD: frozenset(
        {PaymentStatus.CLAIMED, PaymentStatus.APPROVED, PaymentStatus.CANCELLED}
    ),
    PaymentStatus.APPROVED: frozenset(
        {PaymentStatus.PAID, PaymentStatus.CLAIMED, PaymentStatus.CANCELLED}
    ),
    PaymentStatus.PAID: frozenset(),
    PaymentStatus.CANCELLED: frozenset(),
}
# A claim can be recorded (again) for these.
CLAIMABLE: frozenset[PaymentStatus] = frozenset(
    {PaymentStatus.DUE, PaymentStatus.CLAIMED, PaymentStatus.HELD}
)
# The office can approve (or hold) these.
APPROVABLE: frozenset[PaymentStatus] = frozenset({PaymentStatus.CLAIMED, PaymentStatus.HELD})
# Settled: an amendment never changes these (paid money is settled by recovery).
SETTLED: frozenset[PaymentStatus] = frozenset({PaymentStatus.PAID, PaymentStatus.CANCELLED})
# Open work for the office: claimed, held or approved and waiting for payment.
OPEN_WORK: frozenset[PaymentStatus] = frozenset(
    {PaymentStatus.CLAIMED, PaymentStatus.HELD, PaymentStatus.APPROVED}
)


def can_move(current: PaymentStatus | str, new: PaymentStatus | str) -> bool:
    return PaymentStatus(new) in PAYMENT_TRANSITIONS[PaymentStatus(current)]


def is_claimable(status: PaymentStatus | str) -> bool:
    return PaymentStatus(status) in CLAIMABLE


def is_approvable(status: PaymentStatus | str) -> bool:
    return PaymentStatus(status) in APPROVABLE


def is_settled(status: PaymentStatus | str) -> bool:
    return PaymentStatus(status) in SETTLED


# ---------------------------------------------------------------- follow-ups

# Follow-up form fields that hold free text written about the person (names, health,
# absences). Recording strips them; erasing a person empties every one of them.
FOLLOWUP_PERSONAL_TEXT: tuple[str, ...] = (
    "participants",
    "goals",
    "progress",
    "support_given",
    "training",
    "job_search_support",
    "trial_visit",
    "absences",
    "end_assessment",
    "notes",
    "own_assessment",
    "new_employer",
    "new_contract_type",
)


# ---------------------------------------------------------------- trainings

# Fields of a training registration that hold personal data (the attendee's name and role on
# the attendance list). Erasing a person empties them and unlinks the person; the row stays
# as an anonymous attendance so that the association's counts hold.
TRAINING_REGISTRATION_PERSONAL_TEXT: tuple[str, ...] = ("name", "role")


# ---------------------------------------------------------------- job coaches

# Fields of a job coach's visit log entry that hold free text written about the person (the
# same rules as the follow-up text: erased with the person, never logged).
COACH_VISIT_PERSONAL_TEXT: tuple[str, ...] = ("note",)


# ---------------------------------------------------------------- placements


def effective_end(end_date: date | None, actual_end: date | None) -> date | None:
    return actual_end or end_date


def placement_status(
    start: date, end_date: date | None, actual_end: date | None, today: date
) -> PlacementStatus:
    """A placement's status follows from its dates; only an early end is stored by hand."""
    if actual_end is not None and (end_date is None or actual_end < end_date):
        return PlacementStatus.TERMINATED if actual_end < today else PlacementStatus.ACTIVE
    end = effective_end(end_date, actual_end)
    if today < start:
        return PlacementStatus.PLANNED
    if end is not None and today > end:
        return PlacementStatus.ENDED
    return PlacementStatus.ACTIVE
