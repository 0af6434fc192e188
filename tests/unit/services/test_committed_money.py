"""The year's committed money held within a transaction (settings.committed_cents, moved by
committed_added) never outlives a savepoint that rolled back the decision it counted."""

from __future__ import annotations

import pytest

from kemidesk.services import settings
from kemidesk.services.common import transaction

from .test_grants import apply, grant, setup_placement

pytestmark = pytest.mark.usefixtures("db")


def test_a_grant_rolled_back_in_a_savepoint_is_not_counted() -> None:
    application = apply(setup_placement().id)
    with transaction():
        before = settings.committed_cents(2026)  # held from here on
        with pytest.raises(RuntimeError), transaction():  # nested: a savepoint
            grant(application.id)
            assert settings.committed_cents(2026) > before
            raise RuntimeError("refused after the decision was written")
        assert settings.committed_cents(2026) == before == settings._committed_cents(2026, None)
