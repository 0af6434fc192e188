"""A decision made right after its assessment in the same transaction uses that assessment
(`DecisionInput.assessed`, `applications.still_current`) only while nothing was written
since and its inputs are the decision's; the office settings and the year's appropriation
are read once in the demo's bulk work (`common.bulk_held`) and again after their own use
case wrote them."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from kemidesk.db.connection import is_server
from kemidesk.domain.errors import FieldErrors
from kemidesk.domain.types import DecisionType
from kemidesk.services import grants, settings
from kemidesk.services.applications import assess, still_current
from kemidesk.services.common import bulk_work, own_savepoint, transaction

from .factories import association, person, placement
from .test_grants import apply

pytestmark = pytest.mark.usefixtures("db")
DAY = date(2026, 3, 25)


def _decide(app: grants.ApplicationRow, assessed: grants.Assessment | None) -> grants.DecisionRow:
    assert assessed is not None and assessed.period_start is not None
    return grants.decide_application(
        grants.DecisionInput(
            application_id=app.id,
            decision_type=DecisionType.GRANT,
            decision_date=DAY,
            period_start=assessed.period_start,
            period_end=assessed.period_end,
            monthly="500,00",
            decided_by_name="Maija Päättäjä",
            assessed=assessed,
        )
    )


def _assess(app: grants.ApplicationRow, monthly: int = 50_000) -> grants.Assessment:
    return assess(
        app.placement_id, decision_date=DAY, monthly_cents=monthly, application_date=app.received_on
    )


def test_still_current_only_when_nothing_was_written_and_the_inputs_are_the_same() -> None:
    app = apply(placement(person().id, association().id).id)
    outside = _assess(app)
    with transaction():
        made = _assess(app)
        inputs = {
            "decision_date": DAY,
            "period_start": made.period_start,
            "period_end": made.period_end,
            "monthly_cents": 50_000,
            "application_date": app.received_on,
        }
        assert made == outside  # the same assessment, wherever made
        assert still_current(made, app.placement_id, **inputs) is not is_server()
        assert not still_current(outside, app.placement_id, **inputs)  # not in this transaction
        assert not still_current(made, app.placement_id, **{**inputs, "monthly_cents": 40_000})
        later = {**inputs, "decision_date": date(2026, 3, 26)}
        assert not still_current(made, app.placement_id, **later)
        assert not still_current(made, app.placement_id + 1, **inputs)
        person()  # a write: anything read may have changed
        assert not still_current(made, app.placement_id, **inputs)


def test_a_stale_assessment_is_not_used() -> None:
    """Assessed while the year's money sufficed; the appropriation set lower afterwards in
    the same transaction: the decision assesses again and is refused."""
    app = apply(placement(person().id, association().id).id)

    def decide_after_the_money_ran_out() -> None:
        with transaction():
            assessed = _assess(app)
            assert not assessed.blocking()
            settings.set_appropriation(2026, "1 000,00")
            _decide(app, assessed)

    with pytest.raises(FieldErrors) as info:
        decide_after_the_money_ran_out()
    assert "period_start" in info.value.errors  # GRANT_BLOCKED by the appropriation


def test_a_decision_with_its_assessment_equals_one_assessed_again() -> None:
    first = apply(placement(person().id, association().id).id)
    second = apply(placement(person().id, association(1).id).id)
    with transaction():
        with_it = _decide(first, _assess(first))
        outside = _assess(second)
    again = _decide(second, outside)  # another transaction: assessed again
    keep = ("number", "uuid", "id", "placement_id", "association_id", "association_name",
            "person_name")  # fmt: skip
    blank = dict.fromkeys(keep, None)
    assert replace(with_it, **blank) == replace(again, **blank)
    assert with_it.total_cents == 600_000


def test_bulk_held_office_settings_and_appropriation_follow_their_writes() -> None:
    with transaction(), bulk_work():
        assert settings.appropriation_cents(2026) == 0
        settings.set_appropriation(2026, "7 000,00")
        assert settings.appropriation_cents(2026) == 700_000
        office = settings.get_office_settings()
        settings.save_office_settings(replace(office, contact_name="Kaisa Kontakti"))
        assert settings.get_office_settings().contact_name == "Kaisa Kontakti"

        def raised_after_a_write() -> None:
            with own_savepoint(), transaction():
                settings.set_appropriation(2026, "9 000,00")
                assert settings.appropriation_cents(2026) == 900_000
                raise RuntimeError  # rolled back: the value read inside is not kept

        with pytest.raises(RuntimeError):
            raised_after_a_write()
        assert settings.appropriation_cents(2026) == 700_000
    assert settings.appropriation_cents(2026) == 700_000
