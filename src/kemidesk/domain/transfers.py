"""Transfer agreements (siirtosopimus): the rules of their status and period, pure.

A transfer agreement of the association, a receiving employer and the employee is drafted,
signed, carried out and ended, either with the employee employed by the receiving employer
or without. Ended agreements are final; a signed one may still end without starting (the
receiving employer withdrew). A trial period at the receiving employer happens during the
subsidised placement, so its period lies inside the placement's.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from kemidesk.domain.errors import ValidationError
from kemidesk.domain.types import TransferKind, TransferStatus

S = TransferStatus

TRANSITIONS: dict[TransferStatus, frozenset[TransferStatus]] = {
    S.DRAFT: frozenset({S.SIGNED}),
    S.SIGNED: frozenset({S.DRAFT, S.IN_PROGRESS, S.ENDED_NOT_EMPLOYED}),
    S.IN_PROGRESS: frozenset({S.ENDED_EMPLOYED, S.ENDED_NOT_EMPLOYED}),
    S.ENDED_EMPLOYED: frozenset(),
    S.ENDED_NOT_EMPLOYED: frozenset(),
}
ENDED: frozenset[TransferStatus] = frozenset({S.ENDED_EMPLOYED, S.ENDED_NOT_EMPLOYED})
# The statuses in which the agreement's terms can still be corrected.
EDITABLE: frozenset[TransferStatus] = frozenset({S.DRAFT, S.SIGNED})


def next_statuses(current: TransferStatus) -> list[TransferStatus]:
    """The statuses an agreement can move to from `current`, in the enum's order."""
    allowed = TRANSITIONS[TransferStatus(current)]
    return [s for s in TransferStatus if s in allowed]


def check_transition(current: TransferStatus, new: TransferStatus) -> None:
    """Raise TRANSFER_TRANSITION_INVALID unless `current` may move to `new`."""
    current, new = TransferStatus(current), TransferStatus(new)
    if new not in TRANSITIONS[current]:
        raise ValidationError("TRANSFER_TRANSITION_INVALID", "status", current=current, new=new)


def check_period(
    kind: TransferKind,
    start: date,
    end: date | None,
    placement_start: date,
    placement_end: date | None,
) -> dict[str, ValidationError]:
    """Field → error for a period that does not fit the kind and the placement.

    A trial period needs an end and lies inside the placement (start to planned or actual
    end). A move to the receiving employer's employment starts no earlier than the
    placement; its end may be open (a permanent job)."""
    errors: dict[str, ValidationError] = {}
    if end is not None and end < start:
        errors["end_date"] = ValidationError("END_BEFORE_START", "end_date")
        return errors
    shown_end = placement_end if placement_end is not None else ""
    if TransferKind(kind) is TransferKind.TRIAL_PERIOD:
        if end is None:
            errors["end_date"] = ValidationError("TRANSFER_TRIAL_END_REQUIRED", "end_date")
        if start < placement_start:
            errors["start_date"] = ValidationError(
                "TRANSFER_OUTSIDE_PLACEMENT", "start_date", start=placement_start, end=shown_end
            )
        if placement_end is not None and end is not None and end > placement_end:
            errors["end_date"] = ValidationError(
                "TRANSFER_OUTSIDE_PLACEMENT", "end_date", start=placement_start, end=shown_end
            )
    elif start < placement_start:
        errors["start_date"] = ValidationError(
            "TRANSFER_BEFORE_PLACEMENT", "start_date", start=placement_start
        )
    return errors


def ending_within(status: TransferStatus, end: date | None, today: date, days: int) -> bool:
    """An agreement in progress whose period ends between today and `days` days ahead."""
    if TransferStatus(status) is not S.IN_PROGRESS or end is None:
        return False
    return 0 <= (end - today).days <= days


@dataclass(frozen=True)
class TransferCounts:
    """Transfer agreements that ended in a period, by placement id (one id per agreement)."""

    ended: tuple[int, ...] = ()
    employed: tuple[int, ...] = ()

    @property
    def employed_share(self) -> float | None:
        return len(self.employed) / len(self.ended) if self.ended else None


def transfer_counts(
    agreements: Iterable[tuple[int, TransferStatus, date | None]], first: date, last: date
) -> TransferCounts:
    """Of (placement id, status, ended on) rows, those ended between first and last (both
    included), and of them those that ended with the employee employed."""
    ended = [
        (pid, TransferStatus(status))
        for pid, status, on in agreements
        if TransferStatus(status) in ENDED and on is not None and first <= on <= last
    ]
    return TransferCounts(
        tuple(pid for pid, _s in ended),
        tuple(pid for pid, s in ended if s is S.ENDED_EMPLOYED),
    )
