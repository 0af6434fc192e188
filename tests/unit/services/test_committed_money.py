"""The year's committed money held within a transaction (settings.committed_cents, moved by
committed_added) never outlives a savepoint that rolled back the decision it counted."""

from __future__ import annotations

import pytest

from kemidesk.services import settings
from kemidesk.services.common import transaction

from .test_grants import apply, grant, setup_placement

pytestmark = pytest.mark.usefixtures("db")


class Refused(Exception):
    pass


def _grant_then_refuse(application_id: int, before: int) -> None:
    with transaction():  # nested: a savepoint
        grant(application_id)
        assert settings.committed_cents(2026) > before
        raise Refused("refused after the decision was written")


def test_a_grant_rolled_back_in_a_savepoint_is_not_counted() -> None:
    application = apply(setup_placement().id)
    with transaction():
        before = settings.committed_cents(2026)  # held from here on
        with pytest.raises(Refused):
            _grant_then_refuse(application.id, before)
        assert settings.committed_cents(2026) == before == settings._committed_cents(2026, None)


def test_an_amendment_moves_the_sums_held_for_its_grants_year() -> None:
    """An amendment (decided in a later year too) moves the sums held for its grant's year
    by its change, whatever decision they exclude, as reading them again gives; the other
    years' sums stay as they were."""
    from datetime import date

    from kemidesk.domain.types import NotificationMethod
    from kemidesk.services import changes, grants

    decision = grant(apply(setup_placement().id).id)
    other = grant(apply(setup_placement().id).id)
    grants.notify_decision(decision.id, NotificationMethod.HANDED_OVER, date(2026, 3, 25))
    with transaction():
        held = {
            (2026, None): settings.committed_cents(2026),
            (2026, other.id): settings.committed_cents(2026, other.id),
            (2027, None): settings.committed_cents(2027),
        }
        amendment = changes.decide_amendment(
            decision.id, date(2026, 5, 31), date(2027, 1, 5), "Päättyi."
        ).decision
        assert amendment.total_cents < 0
        for (year, excluded), before in held.items():
            now = settings.committed_cents(year, excluded)
            assert now == settings._committed_cents(year, excluded)
            assert now == before + (amendment.total_cents if year == 2026 else 0)
        assert settings._COMMITTED  # held on, not read again
