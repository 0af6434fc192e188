"""Create, update, archive, list and delete rules of the basic records, with the audit log."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from kemidesk.db.models import AuditLog, Person
from kemidesk.domain.errors import FieldErrors
from kemidesk.domain.types import PlacementStatus
from kemidesk.services import associations as assoc_svc
from kemidesk.services import people as people_svc
from kemidesk.services import placements as placement_svc
from kemidesk.services.errors import NotAllowedError, NotFoundError

from .factories import association, person, placement

pytestmark = pytest.mark.usefixtures("db")


def audit_actions(entity: str, entity_id: int) -> list[str]:
    rows = AuditLog.select().where((AuditLog.entity == entity) & (AuditLog.entity_id == entity_id))
    return [r.action for r in rows.order_by(AuditLog.id)]


def test_association_round_trip_and_audit() -> None:
    row = association(iban="fi21 1234 5600 0007 85")
    assert row.iban == "FI2112345600000785"
    assert row.business_id == "0737546-2"
    data = assoc_svc.AssociationInput(name="Uusi nimi ry", business_id="0737546-2")
    updated = assoc_svc.update_association(row.id, data)
    assert updated.name == "Uusi nimi ry"
    assert audit_actions("Association", row.id) == ["create", "update"]
    last = AuditLog.select().order_by(AuditLog.id.desc()).get()
    assert "name" in last.fields.split(",")
    assert "Uusi" not in last.fields  # names of fields, never values


def test_invalid_association_fields_are_all_reported_and_nothing_written() -> None:
    bad = assoc_svc.AssociationInput(
        name=" ", business_id="1234567-2", postcode="941", iban="FI00 1234", contact_email="x@"
    )
    with pytest.raises(FieldErrors) as info:
        assoc_svc.create_association(bad)
    assert set(info.value.errors) == {"name", "business_id", "postcode", "iban", "contact_email"}
    assert "Y-tunnus" in info.value.errors["business_id"]
    assert assoc_svc.list_associations() == []
    assert AuditLog.select().count() == 0


def test_archive_hides_and_unarchive_shows() -> None:
    row = association()
    assoc_svc.set_association_archived(row.id, True)
    assert assoc_svc.list_associations() == []
    assert [a.id for a in assoc_svc.list_associations(include_archived=True)] == [row.id]
    assoc_svc.set_association_archived(row.id, False)
    assert [a.id for a in assoc_svc.list_associations()] == [row.id]
    assert audit_actions("Association", row.id) == ["create", "archive", "unarchive"]


def test_delete_only_when_unused() -> None:
    used, unused = association(0), association(1)
    p = person()
    placement(p.id, used.id)
    with pytest.raises(NotAllowedError, match="Arkistoi"):
        assoc_svc.delete_association(used.id)
    assoc_svc.delete_association(unused.id)
    with pytest.raises(NotFoundError):
        assoc_svc.get_association(unused.id)


def test_person_hetu_is_masked_and_reveal_is_audited() -> None:
    row = person(hetu="131052-308T", birth_date=None)
    assert row.hetu_masked == "131052-****"
    assert row.birth_date == date(1952, 10, 13)
    assert people_svc.reveal_hetu(row.id) == "131052-308T"
    assert audit_actions("Person", row.id) == ["create", "reveal_hetu"]


def test_person_hetu_with_2023_century_sign() -> None:
    row = person(hetu="010594Y9032", birth_date=None)
    assert row.birth_date == date(1994, 5, 1)


def test_person_birth_date_must_match_hetu() -> None:
    with pytest.raises(FieldErrors) as info:
        person(hetu="131052-308T", birth_date=date(1960, 1, 1))
    assert "birth_date" in info.value.errors


def test_person_update_keeps_hetu_when_form_does_not_hold_it() -> None:
    row = person(hetu="131052-308T", birth_date=None)
    data = people_svc.PersonInput(first_name="Uusi", last_name="Nimi", hetu=None, birth_date=None)
    people_svc.update_person(row.id, data)
    assert Person.get_by_id(row.id).hetu == "131052-308T"


def test_erase_person_blanks_personal_data_but_keeps_placements() -> None:
    from kemidesk.db.models import Followup
    from kemidesk.domain.types import FollowupType
    from kemidesk.services.followups import FollowupInput, record_followup

    a = association()
    p = person(hetu="131052-308T", birth_date=None, work_ability_note="terveystieto")
    pl = placement(p.id, a.id, start_date=date(2024, 1, 1), end_date=date(2024, 12, 31))
    record_followup(
        FollowupInput(
            placement_id=pl.id,
            followup_type=FollowupType.START,
            held_on=date(2024, 1, 15),
            participants="Testi Henkilö, ohjaaja",
            absences="sairauslomalla (selkä)",
        )
    )
    erased = people_svc.erase_person(p.id)
    stored = Person.get_by_id(p.id)
    assert (stored.hetu, stored.work_ability_note, stored.birth_date) == ("", "", None)
    assert erased.first_name == people_svc.ERASED_NAME and erased.archived
    assert placement_svc.get_placement(pl.id).person_id == p.id
    followup = Followup.get()
    assert (followup.participants, followup.absences) == ("", "")


def test_erase_person_blanks_the_job_seeker_record() -> None:
    from kemidesk.db.models import JobSeeker
    from kemidesk.services.seekers import SeekerInput, save_seeker

    p = person()
    save_seeker(SeekerInput(p.id, skills="siivous", restrictions="selkävaiva", area="Ajos"))
    people_svc.erase_person(p.id)
    stored = JobSeeker.get(JobSeeker.person == p.id)
    assert (stored.restrictions, stored.skills, stored.area, stored.active) == ("", "", "", False)
    assert len(people_svc.export_person(p.id)["työnhaku"]) == 1


def test_erase_is_refused_while_a_placement_runs() -> None:
    a, p = association(), person()
    placement(p.id, a.id, start_date=date(2026, 1, 1), end_date=date(2099, 12, 31))
    with pytest.raises(NotAllowedError, match="käynnissä"):
        people_svc.erase_person(p.id)


def test_export_person_holds_everything_of_the_person() -> None:
    a = association()
    p = person()
    placement(p.id, a.id)
    data = people_svc.export_person(p.id)
    assert data["henkilö"]["last_name"] == "Henkilö"
    assert len(data["työsuhteet"]) == 1
    assert "export" in audit_actions("Person", p.id)


def test_placement_status_follows_dates() -> None:
    a, p = association(), person()
    row = placement(p.id, a.id, start_date=date(2026, 3, 15), end_date=date(2027, 3, 14))
    assert (
        placement_svc.get_placement(row.id, today=date(2026, 1, 1)).status
        is PlacementStatus.PLANNED
    )
    assert (
        placement_svc.get_placement(row.id, today=date(2026, 6, 1)).status is PlacementStatus.ACTIVE
    )
    assert (
        placement_svc.get_placement(row.id, today=date(2027, 4, 1)).status is PlacementStatus.ENDED
    )
    placement_svc.end_placement(row.id, date(2026, 9, 30), "irtisanoutui")
    assert (
        placement_svc.get_placement(row.id, today=date(2026, 10, 1)).status
        is PlacementStatus.TERMINATED
    )


def test_placement_validation() -> None:
    a, p = association(), person()
    with pytest.raises(FieldErrors) as info:
        placement(
            p.id,
            a.id,
            start_date=date(2026, 5, 1),
            end_date=date(2026, 4, 1),
            hours_per_week="45",
            monthly_wage="-5",
            pt_percent=60,
            job_title="",
        )
    assert set(info.value.errors) >= {
        "end_date",
        "hours_per_week",
        "monthly_wage",
        "pt_percent",
        "job_title",
    }


def test_placement_update_is_audited_with_changed_fields() -> None:
    a, p = association(), person()
    row = placement(p.id, a.id)
    data = placement_svc.PlacementInput(
        person_id=p.id,
        association_id=a.id,
        job_title="uusi tehtävä",
        start_date=row.start_date,
        end_date=row.end_date,
        hours_per_week="30",
        monthly_wage="1800",
        pt_percent=100,
        pt_start=row.pt_start,
        pt_end=row.pt_end,
        pt_decision_number="PT-1",
        pt_decision_date=row.pt_decision_date,
        supervisor_name="Ohjaaja Olli",
    )
    placement_svc.update_placement(row.id, data)
    last = AuditLog.select().order_by(AuditLog.id.desc()).get()
    assert (last.entity, last.action, last.fields) == ("Placement", "update", "job_title")
    assert placement_svc.get_placement(row.id).job_title == "uusi tehtävä"
    assert replace(row, job_title="x").job_title == "x"
