"""A day's follow-up forms in one call (`record_followups`) give each form what
`record_followup` gives it: the same row and audit row; a refused form refuses them all."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from kemidesk.db.models import AuditLog, Followup
from kemidesk.domain.errors import FieldErrors
from kemidesk.domain.types import FollowupType, OutcomeStatus
from kemidesk.services.followups import FollowupInput, record_followup, record_followups

from .factories import association, person, placement

pytestmark = pytest.mark.usefixtures("db")

TODAY = date(2026, 9, 30)
VOLATILE = {"id", "uuid", "created_at", "updated_at", "placement"}


def _forms(placement_id: int) -> list[FollowupInput]:
    start = FollowupInput(
        placement_id, FollowupType.START, date(2026, 3, 20), participants="työntekijä, ohjaaja"
    )
    interim = replace(
        start,
        followup_type=FollowupType.INTERIM,
        held_on=date(2026, 6, 1),
        job_coach_present=True,
        progress="Edistynyt hyvin.",
        training="Hygieniapassi",
        next_meeting_on=date(2026, 8, 1),
    )
    final = replace(
        start,
        followup_type=FollowupType.FINAL,
        held_on=date(2026, 9, 15),
        end_assessment="Valmis avoimille työmarkkinoille.",
        next_step=OutcomeStatus.EDUCATION,
        signed=True,
        signed_on=date(2026, 9, 16),
    )
    return [start, interim, final]


def _saved(followup_id: int) -> tuple[object, ...]:
    row = Followup.get_by_id(followup_id)
    columns = {k: v for k, v in row.__data__.items() if k not in VOLATILE}
    audit = [
        (a.action, a.fields, a.entity_uuid == row.uuid)
        for a in AuditLog.select()
        .where((AuditLog.entity == "Followup") & (AuditLog.entity_id == followup_id))
        .order_by(AuditLog.id)
    ]
    return tuple(sorted(columns.items())), audit


def test_the_bulk_call_equals_the_single_calls_form_by_form() -> None:
    one = placement(person().id, association(1).id)
    other = placement(person(first_name="Toinen").id, association(2).id)
    singles = [record_followup(form, today=TODAY).id for form in _forms(one.id)]
    bulk = record_followups(_forms(other.id), today=TODAY)
    assert len(bulk) == 3
    assert bulk == sorted(bulk) and bulk[0] > singles[-1]  # new ids, in the forms' order
    for single, made in zip(singles, bulk, strict=True):
        assert _saved(single) == _saved(made)
        assert Followup.get_by_id(made).placement_id == other.id
    assert record_followups([], today=TODAY) == []


@pytest.mark.parametrize(
    ("change", "field", "code"),
    [
        ({"held_on": date(2026, 3, 1)}, "held_on", "FOLLOWUP_BEFORE_START"),
        ({"held_on": date(2026, 10, 1)}, "held_on", "FOLLOWUP_IN_FUTURE"),
        ({"placement_id": 999_999}, "placement_id", "PLACEMENT_NOT_CHOSEN"),
        ({"placement_id": ["1"]}, "placement_id", "PLACEMENT_NOT_CHOSEN"),  # not a key
        ({"participants": ""}, "participants", "PARTICIPANTS_REQUIRED"),
    ],
)
def test_a_refused_form_refuses_the_whole_day(change: dict, field: str, code: str) -> None:
    pl = placement(person().id, association(1).id)
    forms = _forms(pl.id)
    refused = replace(forms[1], **change)
    with pytest.raises(FieldErrors) as single:
        record_followup(refused, today=TODAY)
    before = (Followup.select().count(), AuditLog.select().count())
    with pytest.raises(FieldErrors) as bulk:
        record_followups([forms[0], refused, forms[2]], today=TODAY)
    assert bulk.value.messages == single.value.messages
    assert single.value.messages[field].code == code
    assert (Followup.select().count(), AuditLog.select().count()) == before  # nothing written


def test_an_outcome_recorded_then_corrected_with_its_audit_rows() -> None:
    from kemidesk.db.models import Outcome
    from kemidesk.domain.types import OutcomeCheckpoint
    from kemidesk.services.errors import NotFoundError
    from kemidesk.services.followups import list_outcomes, record_outcome

    pl = placement(person().id, association(1).id)  # ends 14.3.2027
    end = OutcomeCheckpoint.END
    with pytest.raises(NotFoundError):
        record_outcome(999_999, end, OutcomeStatus.EDUCATION, date(2027, 3, 20))
    with pytest.raises(FieldErrors) as early:
        record_outcome(pl.id, OutcomeCheckpoint.PLUS_3, OutcomeStatus.EDUCATION, date(2027, 4, 1))
    assert early.value.messages["checkpoint"].code == "OUTCOME_NOT_YET_DUE"
    first = record_outcome(pl.id, end, OutcomeStatus.EDUCATION, date(2027, 3, 20), notes="Kurssi")
    assert (first.placement_id, first.checkpoint, first.status, first.notes) == (
        pl.id, end, OutcomeStatus.EDUCATION, "Kurssi",
    )  # fmt: skip
    assert not first.bonus_proposed  # no Kemi-lisä here
    again = record_outcome(pl.id, end, OutcomeStatus.OTHER_JOB, date(2027, 3, 25), notes="Kurssi")
    assert again.id == first.id and again.status is OutcomeStatus.OTHER_JOB
    assert list_outcomes(pl.id) == [replace(again, bonus_proposed=False)]
    saved = Outcome.get_by_id(first.id)
    audit = [
        (a.action, a.fields, a.entity_uuid == saved.uuid)
        for a in AuditLog.select()
        .where((AuditLog.entity == "Outcome") & (AuditLog.entity_id == first.id))
        .order_by(AuditLog.id)
    ]
    assert audit == [
        ("create", "checkpoint,notes,recorded_on,status", True),
        ("update", "recorded_on,status", True),
    ]
