"""EnumField: enum columns store the member's value and read back the member."""

from __future__ import annotations

from datetime import date

import pytest

from kemidesk.db.connection import database_proxy
from kemidesk.db.models import Association, Decision, EnumField, Followup, Person, Placement
from kemidesk.domain.types import (
    DecisionStatus,
    DecisionType,
    FollowupType,
    NotificationMethod,
    OutcomeStatus,
)
from kemidesk.paths import AppPaths


def _placement() -> Placement:
    person = Person.create(first_name="Testi", last_name="Henkilö")
    association = Association.create(name="Testiyhdistys ry", business_id="1234567-1")
    return Placement.create(
        person=person,
        association=association,
        job_title="Avustaja",
        start_date=date(2026, 1, 1),
        hours_per_week="30",
        monthly_wage_cents=200000,
    )


def _decision(placement: Placement, **values: object) -> Decision:
    return Decision.create(
        placement=placement,
        association=placement.association,
        decision_date=date(2026, 1, 15),
        **({"decision_type": DecisionType.GRANT} | values),
    )


def _stored(table: str, column: str, row_id: int) -> object:
    sql = f'SELECT "{column}" FROM "{table}" WHERE id = ?'
    return database_proxy.execute_sql(sql, (row_id,)).fetchone()[0]


def test_round_trip_stores_the_value_and_reads_the_member(db: AppPaths) -> None:
    decision = _decision(_placement(), status=DecisionStatus.SENT)
    assert _stored("decision", "decision_type", decision.id) == "grant"
    assert _stored("decision", "status", decision.id) == "sent"
    again = Decision.get_by_id(decision.id)
    assert again.decision_type is DecisionType.GRANT
    assert again.status is DecisionStatus.SENT
    row = Decision.select(Decision.decision_type).where(Decision.id == decision.id).dicts().get()
    assert row["decision_type"] is DecisionType.GRANT
    (kind,) = Decision.select(Decision.decision_type).tuples().get()
    assert kind is DecisionType.GRANT


def test_the_stored_value_is_accepted_on_write_and_becomes_the_member(db: AppPaths) -> None:
    decision = _decision(_placement(), decision_type="partial_grant", status="decided")
    assert decision.decision_type is DecisionType.PARTIAL_GRANT  # converted when set
    assert decision.status is DecisionStatus.DECIDED
    assert Decision.get_by_id(decision.id).decision_type is DecisionType.PARTIAL_GRANT


def test_default_is_a_member(db: AppPaths) -> None:
    decision = _decision(_placement())
    assert decision.status is DecisionStatus.DECIDED
    assert Decision.get_by_id(decision.id).status is DecisionStatus.DECIDED


def test_a_wrong_value_is_refused(db: AppPaths) -> None:
    placement = _placement()
    with pytest.raises(ValueError, match="payed"):
        _decision(placement, decision_type="payed")
    decision = _decision(placement)
    with pytest.raises(ValueError, match="sending"):
        decision.status = "sending"  # type: ignore[assignment]
    with pytest.raises(ValueError, match="bogus"):
        list(Decision.select().where(Decision.status == "bogus"))
    with pytest.raises(ValueError, match="required"):
        Decision.update(decision_type=None).where(Decision.id == decision.id).execute()
    with pytest.raises(ValueError, match="required"):
        decision.decision_type = ""  # type: ignore[assignment]
    with pytest.raises(ValueError, match="not_an_outcome"):
        Followup.update(next_step="not_an_outcome").execute()
    assert Decision.get_by_id(decision.id).decision_type is DecisionType.GRANT


def test_query_by_member_and_by_value(db: AppPaths) -> None:
    placement = _placement()
    grant = _decision(placement, status=DecisionStatus.SENT)
    _decision(placement, decision_type=DecisionType.BONUS)
    by_member = Decision.select().where(Decision.status == DecisionStatus.SENT)
    by_value = Decision.select().where(Decision.status == "sent")
    assert [d.id for d in by_member] == [grant.id]
    assert [d.id for d in by_value] == [grant.id]
    kinds_in = Decision.select().where(
        Decision.decision_type.in_([DecisionType.GRANT, "partial_grant"])
    )
    assert [d.id for d in kinds_in] == [grant.id]
    not_cancelled = Decision.select().where(Decision.status != DecisionStatus.CANCELLED)
    assert not_cancelled.count() == 2


def test_blank_column_reads_none_and_stores_empty_text(db: AppPaths) -> None:
    placement = _placement()
    decision = _decision(placement)
    assert decision.notification_method is None  # before the row is read again
    assert _stored("decision", "notification_method", decision.id) == ""
    assert Decision.get_by_id(decision.id).notification_method is None
    decision.notification_method = NotificationMethod.EMAIL
    decision.save()
    assert _stored("decision", "notification_method", decision.id) == "email"
    assert Decision.get_by_id(decision.id).notification_method is NotificationMethod.EMAIL
    decision.notification_method = None
    decision.save()
    assert _stored("decision", "notification_method", decision.id) == ""

    followup = Followup.create(
        placement=placement, followup_type="start", held_on=date(2026, 2, 1), next_step=""
    )
    again = Followup.get_by_id(followup.id)
    assert again.followup_type is FollowupType.START
    assert again.next_step is None
    Followup.update(next_step=OutcomeStatus.EDUCATION).execute()
    assert Followup.get_by_id(followup.id).next_step is OutcomeStatus.EDUCATION


def test_field_is_the_same_varchar_column_as_before() -> None:
    field = EnumField(DecisionType)
    assert field.field_type == "VARCHAR"
    assert field.max_length == 255
    assert field.null is False


def test_person_export_keeps_the_stored_codes(db: AppPaths) -> None:
    """export-person dumps what is stored: enum codes as text, "" for a blank one."""
    from kemidesk.services.people import export_person

    placement = _placement()
    _decision(placement, status=DecisionStatus.SENT, notification_method="email")
    _decision(placement, decision_type=DecisionType.BONUS)
    Followup.create(placement=placement, followup_type=FollowupType.START, held_on=date(2026, 2, 1))
    data = export_person(placement.person_id)
    decisions = data["päätökset"]
    assert [(d["decision_type"], d["status"]) for d in decisions] == [
        ("grant", "sent"),
        ("bonus", "decided"),
    ]
    assert [d["notification_method"] for d in decisions] == ["email", ""]
    assert all(type(d["decision_type"]) is str for d in decisions)
    (followup,) = data["seurannat"]
    assert (followup["followup_type"], followup["next_step"]) == ("start", "")


def test_saving_the_same_code_or_blank_again_is_no_change(db: AppPaths) -> None:
    """Updates compare members: "start" is FollowupType.START, and "" is the blank None."""
    from kemidesk.services.common import apply_changes

    placement = _placement()
    created = Followup.create(
        placement=placement, followup_type="start", held_on=date(2026, 2, 1), next_step=""
    )
    followup = Followup.get_by_id(created.id)
    assert apply_changes(followup, {"followup_type": "start", "next_step": ""}) == []
    assert apply_changes(followup, {"next_step": None}) == []
    assert apply_changes(followup, {"next_step": "education"}) == ["next_step"]
    assert followup.next_step is OutcomeStatus.EDUCATION


def test_an_unknown_stored_code_is_refused_when_read(db: AppPaths) -> None:
    decision = _decision(_placement())
    database_proxy.execute_sql("UPDATE decision SET status = 'lost' WHERE id = ?", (decision.id,))
    with pytest.raises(ValueError, match="lost"):
        Decision.get_by_id(decision.id)
    assert Decision.status.python_value("sent") is DecisionStatus.SENT
    assert Decision.notification_method.python_value("") is None
