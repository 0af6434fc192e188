from __future__ import annotations

import pytest

from kemidesk.domain.bonus import BONUS_OUTCOMES, bonus_due
from kemidesk.domain.types import OutcomeStatus


def test_bonus_outcomes() -> None:
    assert frozenset({OutcomeStatus.COMPANY_JOB, OutcomeStatus.CONTINUED_OWN_FUNDS}) == (
        BONUS_OUTCOMES
    )


@pytest.mark.parametrize("outcome", sorted(BONUS_OUTCOMES))
def test_bonus_due_for_company_job_or_own_funds(outcome: OutcomeStatus) -> None:
    assert bonus_due([OutcomeStatus.UNKNOWN, outcome], bonus_already_decided=False)
    assert not bonus_due([outcome], bonus_already_decided=True)


@pytest.mark.parametrize("outcome", sorted(set(OutcomeStatus) - BONUS_OUTCOMES))
def test_no_bonus_for_other_outcomes(outcome: OutcomeStatus) -> None:
    assert not bonus_due([outcome], bonus_already_decided=False)


def test_no_outcomes_no_bonus() -> None:
    assert not bonus_due([], bonus_already_decided=False)
    assert bonus_due(iter([OutcomeStatus.COMPANY_JOB]), bonus_already_decided=False)
