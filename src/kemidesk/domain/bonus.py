"""The one-off employment bonus (työllistämisbonus) after the Kemi-lisä period."""

from __future__ import annotations

from collections.abc import Iterable

from kemidesk.domain.types import OutcomeStatus

BONUS_OUTCOMES: frozenset[OutcomeStatus] = frozenset(
    {OutcomeStatus.COMPANY_JOB, OutcomeStatus.CONTINUED_OWN_FUNDS}
)


def bonus_due(outcomes: Iterable[OutcomeStatus], bonus_already_decided: bool) -> bool:
    """True when an outcome earns the bonus (a job at a company, or the association
    continues the employment with its own funds) and no bonus has been decided yet."""
    if bonus_already_decided:
        return False
    return any(outcome in BONUS_OUTCOMES for outcome in outcomes)
