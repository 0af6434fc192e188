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
