"""Transfer agreement rules: which status follows which, and where the period may lie."""

from __future__ import annotations

from datetime import date

import pytest

from kemidesk.domain.errors import ValidationError
from kemidesk.domain.transfers import (
    ENDED,
    check_period,
    check_transition,
    ending_within,
    next_statuses,
)
from kemidesk.domain.types import TransferKind, TransferStatus

S = TransferStatus
P_START, P_END = date(2026, 3, 15), date(2027, 3, 14)


def test_the_path_from_draft_to_an_ending() -> None:
    assert next_statuses(S.DRAFT) == [S.SIGNED]
    assert next_statuses(S.SIGNED) == [S.DRAFT, S.IN_PROGRESS, S.ENDED_NOT_EMPLOYED]
    assert next_statuses(S.IN_PROGRESS) == [S.ENDED_EMPLOYED, S.ENDED_NOT_EMPLOYED]
    for ended in ENDED:
        assert next_statuses(ended) == []


@pytest.mark.parametrize(
    ("current", "new"),
    [
        (S.DRAFT, S.IN_PROGRESS),  # not before it is signed
        (S.DRAFT, S.ENDED_EMPLOYED),
        (S.SIGNED, S.ENDED_EMPLOYED),  # employed only after the period has run
        (S.ENDED_EMPLOYED, S.IN_PROGRESS),  # endings are final
        (S.ENDED_NOT_EMPLOYED, S.DRAFT),
        (S.IN_PROGRESS, S.IN_PROGRESS),
    ],
)
def test_forbidden_transitions_name_both_statuses(current: S, new: S) -> None:
    with pytest.raises(ValidationError) as caught:
        check_transition(current, new)
    assert caught.value.code == "TRANSFER_TRANSITION_INVALID"
    assert current.label in caught.value.message
    assert new.label in caught.value.message


def test_allowed_transitions_pass() -> None:
    check_transition(S.DRAFT, S.SIGNED)
    check_transition("in_progress", "ended_employed")  # stored codes work too


def test_trial_period_lies_inside_the_placement() -> None:
    trial = TransferKind.TRIAL_PERIOD
    assert check_period(trial, date(2027, 1, 1), date(2027, 3, 14), P_START, P_END) == {}
    late = check_period(trial, date(2027, 3, 1), date(2027, 3, 31), P_START, P_END)
    assert set(late) == {"end_date"}
    assert "15.3.2026–14.3.2027" in late["end_date"].message
    early = check_period(trial, date(2026, 3, 1), date(2026, 4, 1), P_START, P_END)
    assert set(early) == {"start_date"}
    open_end = check_period(trial, date(2027, 1, 1), None, P_START, P_END)
    assert open_end["end_date"].code == "TRANSFER_TRIAL_END_REQUIRED"
    reversed_ = check_period(trial, date(2027, 1, 10), date(2027, 1, 1), P_START, P_END)
    assert reversed_["end_date"].code == "END_BEFORE_START"


def test_move_after_the_subsidy_may_be_open_ended_but_not_before_the_placement() -> None:
    move = TransferKind.MOVE_AFTER
    assert check_period(move, date(2027, 3, 15), None, P_START, P_END) == {}
    assert check_period(move, date(2027, 3, 15), date(2027, 12, 31), P_START, P_END) == {}
    before = check_period(move, date(2026, 1, 1), None, P_START, P_END)
    assert before["start_date"].code == "TRANSFER_BEFORE_PLACEMENT"


def test_ending_within_counts_only_agreements_in_progress() -> None:
    today = date(2026, 11, 1)
    assert ending_within(S.IN_PROGRESS, date(2026, 12, 1), today, 30)
    assert ending_within(S.IN_PROGRESS, today, today, 30)
    assert not ending_within(S.IN_PROGRESS, date(2026, 12, 2), today, 30)
    assert not ending_within(S.IN_PROGRESS, date(2026, 10, 31), today, 30)
    assert not ending_within(S.SIGNED, date(2026, 11, 10), today, 30)
    assert not ending_within(S.IN_PROGRESS, None, today, 30)


def test_transfer_counts_take_the_endings_within_the_period() -> None:
    from kemidesk.domain.transfers import transfer_counts

    rows = [
        (1, S.ENDED_EMPLOYED, date(2026, 3, 1)),
        (2, S.ENDED_NOT_EMPLOYED, date(2026, 6, 30)),
        (3, S.ENDED_EMPLOYED, date(2025, 12, 31)),  # before the period
        (4, S.IN_PROGRESS, None),
        (5, "ended_employed", date(2026, 12, 31)),
    ]
    counts = transfer_counts(rows, date(2026, 1, 1), date(2026, 12, 31))
    assert counts.ended == (1, 2, 5)
    assert counts.employed == (1, 5)
    assert counts.employed_share == pytest.approx(2 / 3)
    assert transfer_counts([], date(2026, 1, 1), date(2026, 12, 31)).employed_share is None
