"""Recruitment needs, job seekers and matching through the services (both engines)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from kemidesk.db.models import AuditLog, JobSeeker
from kemidesk.domain.errors import FieldErrors
from kemidesk.domain.types import NeedStatus, TargetGroup
from kemidesk.services import matching, needs, people, seekers
from kemidesk.services.errors import NotAllowedError, NotFoundError

from .factories import association, person, placement

pytestmark = pytest.mark.usefixtures("db")

TODAY = date(2026, 9, 1)


def need_input(association_id: int, **changes: object) -> needs.NeedInput:
    data = needs.NeedInput(
        association_id=association_id,
        tasks="Kirpputorin myynti ja lajittelu",
        hours="25",
        start_date=date(2026, 10, 1),
        end_date=date(2027, 6, 30),
        skills="asiakaspalvelu",
        supervisor_name="Olli Ohjaaja",
        supervision_capacity="2",
        street="Valtakatu 3",
        postcode="94100",
        area="Keskusta",
        contact_name="Anna Yhteys",
        contact_phone="040 111 2222",
    )
    return replace(data, **changes)


def seeker_input(person_id: int, **changes: object) -> seekers.SeekerInput:
    data = seekers.SeekerInput(
        person_id=person_id,
        interests="kierrätys",
        skills="myyntityö, asiakaspalvelu",
        hours_min="20",
        hours_max="30",
        restrictions="ei raskaita nostoja",
        area="Keskusta",
    )
    return replace(data, **changes)


def test_round_and_need_recorded_listed_and_moved_through_statuses() -> None:
    a = association()
    survey = needs.create_round(needs.RoundInput(year="2026", opened_on=date(2026, 8, 1)))
    assert survey.label == "Rekrytointitarvekartoitus 2026"
    row = needs.add_need(need_input(a.id, round_id=survey.id))
    assert row.status is NeedStatus.OPEN
    assert row.round_year == 2026
    assert str(row.hours_per_week) == "25"
    assert needs.list_needs() == [row]
    assert needs.get_round(survey.id).answers == 1
    changed = needs.update_need(row.id, need_input(a.id, round_id=survey.id, hours="7,5"))
    assert str(changed.hours_per_week) == "7.5"
    assert needs.set_need_status(row.id, NeedStatus.FILLED).status is NeedStatus.FILLED
    with pytest.raises(NotAllowedError):
        needs.set_need_status(row.id, NeedStatus.CANCELLED)
    assert needs.list_needs(status=NeedStatus.OPEN) == []
    actions = [x.action for x in AuditLog.select().where(AuditLog.entity == "RecruitmentNeed")]
    assert actions == ["create", "update", "status"]


def test_need_input_is_checked_field_by_field() -> None:
    a = association()
    bad = need_input(
        a.id,
        hours="0",
        tasks=" ",
        supervision_capacity="x",
        start_date=date(2027, 1, 1),
        end_date=date(2026, 1, 1),
        postcode="9",
    )
    with pytest.raises(FieldErrors) as caught:
        needs.add_need(bad)
    assert set(caught.value.errors) == {
        "hours",
        "tasks",
        "supervision_capacity",
        "end_date",
        "postcode",
    }
    with pytest.raises(FieldErrors) as caught:
        needs.add_need(need_input(None))
    assert "association_id" in caught.value.errors
    with pytest.raises(FieldErrors):
        needs.create_round(needs.RoundInput(year="26", opened_on=date(2026, 1, 1)))


def test_last_answers_are_from_the_latest_round() -> None:
    a = association()
    old = needs.create_round(needs.RoundInput(year="2025", opened_on=date(2025, 8, 1)))
    new = needs.create_round(needs.RoundInput(year="2026", opened_on=date(2026, 8, 1)))
    needs.add_need(need_input(a.id, round_id=old.id, tasks="Vanha"))
    needs.add_need(need_input(a.id, round_id=new.id, tasks="Uusi"))
    assert [r.tasks for r in needs.last_answers(a.id)] == ["Uusi"]


def test_seeker_saved_once_per_person_with_target_groups() -> None:
    p = person(tmt_days="400")
    row = seekers.save_seeker(seeker_input(p.id))
    assert row.target_groups == (TargetGroup.LONG_TERM_UNEMPLOYED,)
    assert row.eligible
    assert row.restrictions == "ei raskaita nostoja"
    again = seekers.save_seeker(seeker_input(p.id, hours_max="25"))
    assert again.id == row.id
    assert JobSeeker.select().count() == 1
    listed = seekers.list_seekers()
    assert [s.person_id for s in listed] == [p.id]
    assert listed[0].restrictions is None  # lists never carry the restrictions
    with pytest.raises(FieldErrors) as caught:
        seekers.save_seeker(seeker_input(p.id, hours_min="30", hours_max="20"))
    assert "hours_max" in caught.value.errors
    with pytest.raises(NotFoundError):
        seekers.get_seeker(person().id)


def test_restrictions_never_in_the_audit_log_and_erased_with_the_person() -> None:
    p = person()
    seekers.save_seeker(seeker_input(p.id))
    logged = " ".join(f"{a.fields} {a.action}" for a in AuditLog.select())
    assert "nostoja" not in logged
    people.erase_person(p.id)
    stored = JobSeeker.get(JobSeeker.person == p.id)
    assert (stored.restrictions, stored.skills, stored.interests, stored.area) == ("", "", "", "")
    assert not stored.active
    assert seekers.list_seekers() == []


def test_a_need_ranks_seekers_with_reasons_and_a_seeker_ranks_needs() -> None:
    a = association()
    n = needs.add_need(need_input(a.id))
    good = person(first_name="Aino", last_name="Aalto", tmt_days="400")
    seekers.save_seeker(seeker_input(good.id))
    weak = person(first_name="Ville", last_name="Virta", tmt_days="10", birth_date=date(1970, 1, 1))
    seekers.save_seeker(
        seeker_input(
            weak.id, skills="metsätyöt", interests="", area="Ajos", restrictions="ei myyntityötä"
        )
    )
    placed = person(first_name="Pia", last_name="Palo", tmt_days="400")
    seekers.save_seeker(seeker_input(placed.id))
    placement(placed.id, a.id, start_date=date(2025, 9, 1), end_date=date(2026, 8, 1))
    rows = matching.match_need(n.id, today=TODAY)
    assert [r.person_id for r in rows] == [good.id, placed.id, weak.id]
    assert rows[0].eligible
    assert "Kemi-lisän kohderyhmä" in rows[0].reasons
    assert "Edellisestä työsuhteesta 1 kk." in rows[1].reasons
    assert "Rajoitus koskee tehtävää" in rows[2].reasons
    assert "myyntityötä" not in rows[2].reasons
    other = needs.add_need(need_input(a.id, tasks="Metsätyöt", skills="", area="Ajos"))
    for_weak = matching.match_person(weak.id, today=TODAY)
    assert [r.need_id for r in for_weak] == [other.id, n.id]
    with pytest.raises(NotFoundError):
        matching.match_person(person().id, today=TODAY)
