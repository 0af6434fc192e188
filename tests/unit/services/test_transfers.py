"""Transfer agreements under a placement: recorded, checked, moved through their statuses;
ending with employment records the outcome and proposes the bonus without typing twice."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from kemidesk.db.models import AuditLog, Outcome, TransferAgreement
from kemidesk.domain.errors import FieldErrors, ValidationError
from kemidesk.domain.types import OutcomeCheckpoint, OutcomeStatus, TransferKind, TransferStatus
from kemidesk.services import followups, grants, overview, transfers
from kemidesk.services.errors import NotAllowedError
from kemidesk.services.transfers import TransferInput

from .test_grants import apply, grant, setup_placement

pytestmark = pytest.mark.usefixtures("db")

S = TransferStatus


def trial(pid: int, **changes: object) -> TransferInput:
    data = TransferInput(
        placement_id=pid,
        kind=TransferKind.TRIAL_PERIOD,
        receiving_name="Kemin Konepaja Oy",
        receiving_business_id="3912345-4",
        start_date=date(2027, 2, 1),
        end_date=date(2027, 3, 14),
        hours="30",
        tasks="Varastotyöt ja keräily",
        contact_name="Pekka Pomo",
        contact_phone="040 123 4567",
        contact_email="pekka@konepaja.fi",
        payment="250,00",
        payment_terms="kuukaudessa työjakson ajalta",
        coach_part="Perehdytyksen tuki ensimmäisellä viikolla",
    )
    return replace(data, **changes)


def test_added_as_draft_listed_edited_with_audit() -> None:
    pl = setup_placement()
    row = transfers.add_transfer(trial(pl.id))
    assert row.status is S.DRAFT
    assert row.receiving_business_id == "3912345-4"
    assert row.payment_cents == 25_000
    assert row.person_name == "Henkilö Testi"
    assert transfers.list_transfers(pl.id) == [row]
    changed = transfers.update_transfer(row.id, trial(pl.id, hours="37,5", payment=""))
    assert str(changed.hours_per_week) == "37.5"
    assert changed.payment_cents is None
    actions = [a.action for a in AuditLog.select().where(AuditLog.entity == "TransferAgreement")]
    assert actions == ["create", "update"]


@pytest.mark.parametrize(
    ("changes", "field", "words"),
    [
        ({"end_date": date(2027, 4, 30)}, "end_date", "työsuhteen 15.3.2026–14.3.2027 sisällä"),
        ({"start_date": date(2026, 1, 1)}, "start_date", "sisällä"),
        ({"receiving_business_id": "1234567-8"}, "receiving_business_id", "Y-tunnus"),
        ({"hours": "41"}, "hours", "1–40"),
        ({"hours": "0"}, "hours", "1–40"),
        ({"receiving_name": " "}, "receiving_name", "pakollinen"),
        ({"contact_email": "ei-osoite"}, "contact_email", "Sähköposti"),
        ({"payment": "abc"}, "payment", "1 234,50"),
        ({"placement_id": 999}, "placement_id", "Valitse"),
    ],
)
def test_bad_input_gives_a_finnish_message_beside_the_field_and_writes_nothing(
    changes: dict[str, object], field: str, words: str
) -> None:
    pl = setup_placement()
    with pytest.raises(FieldErrors) as caught:
        transfers.add_transfer(trial(pl.id, **changes))
    assert words in caught.value.errors[field]
    assert TransferAgreement.select().count() == 0
    assert AuditLog.select().where(AuditLog.entity == "TransferAgreement").count() == 0


def test_status_path_sets_the_days_and_ended_agreements_are_final() -> None:
    pl = setup_placement()
    row = transfers.add_transfer(trial(pl.id))
    today = date(2027, 1, 20)
    with pytest.raises(FieldErrors) as caught:
        transfers.set_transfer_status(row.id, S.SIGNED, date(2027, 1, 21), today=today)
    assert "tulevaisuudessa" in caught.value.errors["on"]
    signed = transfers.set_transfer_status(row.id, S.SIGNED, today, today=today).transfer
    assert (signed.status, signed.signed_on) == (S.SIGNED, today)
    with pytest.raises(ValidationError, match="Allekirjoitettu"):
        transfers.set_transfer_status(row.id, S.ENDED_EMPLOYED, date(2027, 3, 14))
    transfers.set_transfer_status(row.id, S.IN_PROGRESS, date(2027, 2, 1), today=today)
    ended = transfers.set_transfer_status(row.id, S.ENDED_NOT_EMPLOYED, date(2027, 3, 14))
    assert (ended.transfer.ended_on, ended.outcome) == (date(2027, 3, 14), None)
    assert Outcome.select().count() == 0
    with pytest.raises(NotAllowedError, match="ei voi enää muuttaa"):
        transfers.update_transfer(row.id, trial(pl.id))


def test_ending_in_employment_records_the_outcome_and_proposes_the_bonus() -> None:
    pl = setup_placement()
    grant(apply(pl.id).id)
    row = transfers.add_transfer(trial(pl.id))
    transfers.set_transfer_status(row.id, S.SIGNED, date(2027, 1, 20), today=date(2027, 1, 20))
    transfers.set_transfer_status(row.id, S.IN_PROGRESS, date(2027, 2, 1))
    with pytest.raises(FieldErrors) as caught:  # the placement runs until 14.3.2027
        transfers.set_transfer_status(row.id, S.ENDED_EMPLOYED, date(2027, 3, 1))
    assert "14.3.2027" in caught.value.errors["on"]
    assert transfers.get_transfer(row.id).status is S.IN_PROGRESS  # nothing written
    change = transfers.set_transfer_status(row.id, S.ENDED_EMPLOYED, date(2027, 3, 15))
    assert change.transfer.status is S.ENDED_EMPLOYED
    assert change.bonus_proposed
    [outcome] = followups.list_outcomes(pl.id)
    assert (outcome.checkpoint, outcome.status) == (
        OutcomeCheckpoint.END,
        OutcomeStatus.COMPANY_JOB,
    )
    assert "Kemin Konepaja Oy" in outcome.notes
    assert followups.placement_bonus_due(pl.id, on=date(2027, 3, 20))
    proposals = overview.build_overview(date(2027, 3, 20)).bonus_proposals
    assert [i.record_id for i in proposals] == [pl.id]
    bonus = grants.decide_bonus(pl.id, date(2027, 4, 1))
    assert bonus.total_cents == 150_000


def test_transfers_in_progress_ending_within_30_days_show_on_the_overview() -> None:
    pl = setup_placement()
    soon = transfers.add_transfer(trial(pl.id))
    later = transfers.add_transfer(
        trial(
            pl.id,
            receiving_name="Toinen Oy",
            start_date=date(2026, 6, 1),
            end_date=date(2027, 3, 1),
        )
    )
    draft = transfers.add_transfer(trial(pl.id, receiving_name="Luonnos Oy"))
    for t in (soon, later):
        transfers.set_transfer_status(t.id, S.SIGNED, date(2026, 5, 1), today=date(2026, 5, 1))
        transfers.set_transfer_status(t.id, S.IN_PROGRESS, date(2026, 6, 1))
    today = date(2027, 2, 20)
    ending = transfers.transfers_ending(today)
    assert [t.id for t in ending] == [later.id, soon.id]
    assert draft.id not in [t.id for t in ending]
    assert [t.id for t in transfers.transfers_ending(date(2027, 1, 1))] == []
    items = overview.build_overview(today).transfers_ending
    assert [i.record_id for i in items] == [pl.id, pl.id]
    assert items[0].kind == "placement"
    assert "Toinen Oy" in items[0].detail
    assert "1.3.2027" in items[0].detail
    assert items[0].days == 9


def test_the_effectiveness_report_counts_transfers_and_their_employment_share() -> None:
    from kemidesk.domain.effectiveness import Period
    from kemidesk.services.effectiveness import effectiveness_report, report_sheets

    pl = setup_placement()
    employed = transfers.add_transfer(trial(pl.id))
    other = transfers.add_transfer(trial(pl.id, receiving_name="Toinen Oy"))
    for t in (employed, other):
        transfers.set_transfer_status(t.id, S.SIGNED, date(2027, 1, 20), today=date(2027, 1, 20))
        transfers.set_transfer_status(t.id, S.IN_PROGRESS, date(2027, 2, 1))
    transfers.set_transfer_status(other.id, S.ENDED_NOT_EMPLOYED, date(2027, 3, 1))
    transfers.set_transfer_status(employed.id, S.ENDED_EMPLOYED, date(2027, 3, 15))
    report = effectiveness_report(Period(date(2027, 1, 1), date(2027, 12, 31)), date(2027, 4, 1))
    assert report.current.transfers.ended == (pl.id, pl.id)
    assert report.current.transfers.employed == (pl.id,)
    assert report.current.transfers.employed_share == 0.5
    assert report.previous.transfers.ended == ()
    [summary, *_] = report_sheets(report)
    assert ["Siirtosopimuksista työllistyi", 1, 0] in summary.rows


def test_erasure_blanks_the_free_text_and_the_export_holds_the_agreements() -> None:
    from kemidesk.services import people

    pl = setup_placement(start_date=date(2025, 1, 1), end_date=date(2025, 12, 31))  # ended
    row = transfers.add_transfer(
        trial(pl.id, start_date=date(2025, 11, 1), end_date=date(2025, 11, 30),
              notes="Testi tarvitsee tukea", coach_part="Tuki")
    )  # fmt: skip
    exported = people.export_person(pl.person_id)
    assert [t["receiving_name"] for t in exported["siirtosopimukset"]] == ["Kemin Konepaja Oy"]
    people.erase_person(pl.person_id)
    erased = transfers.get_transfer(row.id)
    assert (erased.notes, erased.coach_part) == ("", "")
    assert erased.receiving_name == "Kemin Konepaja Oy"  # the agreement itself stays
