"""The demo generator's bulk mode (`services.common.bulk_work`): use cases nested in its one
transaction take no savepoint each and their audit rows are written before the commit; a
call wrapped in `own_savepoint` rolls back alone, as every use case does in the window."""

from __future__ import annotations

import pytest

from kemidesk.db.models import Association, AuditLog, Person
from kemidesk.services.common import bulk_work, own_savepoint, transaction
from kemidesk.services.errors import NotAllowedError
from tests.unit.services import factories

pytestmark = pytest.mark.usefixtures("db")


def _failing_use_case() -> None:
    """Writes (a row and its audit row), then refuses."""
    with transaction():
        factories.association()
        raise NotAllowedError("TEST_REFUSED")


def _audit() -> list[tuple[str, int, str]]:
    rows = AuditLog.select(AuditLog.entity, AuditLog.entity_id, AuditLog.action)
    return [r for r in rows.order_by(AuditLog.id).tuples() if r[0] in ("Person", "Association")]


def test_in_the_window_a_failing_use_case_rolls_back_alone() -> None:
    with transaction():
        kept = factories.person()
        with pytest.raises(NotAllowedError):
            _failing_use_case()
    assert [p.id for p in Person.select()] == [kept.id]
    assert Association.select().count() == 0
    assert _audit() == [("Person", kept.id, "create")]


def test_in_bulk_work_own_savepoint_rolls_a_failing_use_case_back_alone() -> None:
    before = AuditLog.select().count()
    with transaction(), bulk_work():
        first = factories.person()
        with pytest.raises(NotAllowedError), own_savepoint():
            _failing_use_case()
        second = factories.person(first_name="Toinen")
        assert AuditLog.select().count() == before  # collected, not yet written
    assert [p.id for p in Person.select().order_by(Person.id)] == [first.id, second.id]
    assert Association.select().count() == 0
    # the same rows in the same order as the use cases made them one by one
    assert _audit() == [("Person", first.id, "create"), ("Person", second.id, "create")]


def test_in_bulk_work_a_failure_without_a_savepoint_ends_the_whole_run() -> None:
    before = AuditLog.select().count()

    def run() -> None:
        with transaction(), bulk_work():
            factories.person()
            _failing_use_case()

    with pytest.raises(NotAllowedError):
        run()
    assert Person.select().count() == 0
    assert Association.select().count() == 0
    assert AuditLog.select().count() == before


def test_bulk_work_needs_the_outer_transaction() -> None:
    with pytest.raises(RuntimeError), bulk_work():
        pass
    with transaction(), bulk_work(), pytest.raises(RuntimeError), bulk_work():
        pass
