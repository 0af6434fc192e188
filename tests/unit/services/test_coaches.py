"""Job coaches: the records and their checks, assigning a coach to a placement (by record, or
by name from an import), the visit log (dates, kinds, notes erased with the person), the
caseload with the next and overdue follow-up talks, and the placements that need a coach."""

from __future__ import annotations

from datetime import date

import pytest

from kemidesk.db.models import AuditLog, CoachVisit, JobCoach
from kemidesk.domain.errors import FieldErrors
from kemidesk.domain.types import FollowupType, VisitKind
from kemidesk.services import coaches as svc
from kemidesk.services import followups, people, placements
from kemidesk.services.coaches import CoachInput, VisitInput
from kemidesk.services.documents import followup_document
from kemidesk.services.errors import NotAllowedError

from .factories import association, person, placement

pytestmark = pytest.mark.usefixtures("db")

TODAY = date(2026, 9, 1)


def _coach(name: str = "Laura Heikkilä", **changes: object) -> svc.CoachRow:
    values: dict[str, object] = {"phone": "040 123 4567", "email": "laura@kemi.fi"}
    values.update(changes)
    return svc.create_coach(CoachInput(name=name, **values))  # type: ignore[arg-type]


def test_coach_is_stored_checked_and_audited_without_values() -> None:
    row = _coach("  Laura   Heikkilä ")
    assert (row.name, row.phone, row.email, row.active) == (
        "Laura   Heikkilä".strip(),
        "040 123 4567",
        "laura@kemi.fi",
        True,
    )
    with pytest.raises(FieldErrors) as info:
        svc.create_coach(CoachInput(name="laura   heikkilä", phone="12", email="ei-osoite"))
    assert set(info.value.errors) >= {"phone", "email"}
    with pytest.raises(FieldErrors) as info:
        svc.create_coach(CoachInput(name=""))
    assert "name" in info.value.errors
    assert JobCoach.select().count() == 1
    audit = AuditLog.get(AuditLog.entity == "JobCoach")
    assert "Heikkilä" not in audit.fields and "040" not in audit.fields


def test_the_same_name_twice_is_refused() -> None:
    _coach("Mikko Tervo")
    with pytest.raises(FieldErrors) as info:
        _coach("MIKKO TERVO")
    assert "on jo luettelossa" in str(info.value.errors["name"])


def test_inactive_coach_is_not_offered_but_stays_on_their_placements() -> None:
    laura, mikko = _coach(), _coach("Mikko Tervo", email="mikko@kemi.fi")
    a, p = association(), person()
    pl = placement(p.id, a.id, coach_id=laura.id)
    assert (pl.coach_id, pl.job_coach) == (laura.id, "Laura Heikkilä")
    svc.set_coach_active(laura.id, False)
    assert [c.name for c in svc.list_coaches()] == ["Mikko Tervo"]
    assert svc.coach_choices() == [("Mikko Tervo", mikko.id)]
    assert ("Laura Heikkilä", laura.id) in svc.coach_choices(keep_id=laura.id)
    # the placement keeps her on an edit; a new placement cannot take her
    data = placements.PlacementInput(
        **{**_input_of(pl), "job_title": "Kierrättäjä", "coach_id": laura.id}
    )
    assert placements.update_placement(pl.id, data).coach_id == laura.id
    with pytest.raises(FieldErrors) as info:
        placement(person(hetu="").id, a.id, coach_id=laura.id)
    assert "ei ole enää mukana" in str(info.value.errors["coach_id"])
    with pytest.raises(FieldErrors):
        placement(p.id, a.id, coach_id=999_999)


def _input_of(row: placements.PlacementRow) -> dict[str, object]:
    return {
        "person_id": row.person_id, "association_id": row.association_id,
        "job_title": row.job_title, "start_date": row.start_date, "end_date": row.end_date,
        "hours_per_week": str(row.hours_per_week), "monthly_wage": "1 800,00",
    }  # fmt: skip


def test_a_coach_named_in_an_import_is_found_or_created_once() -> None:
    a, p = association(), person()
    first = placement(p.id, a.id, job_coach=" Sanna  Šakkinen ")
    second = placement(p.id, a.id, job_coach="sanna šakkinen", start_date=date(2027, 4, 1),
                       end_date=date(2027, 12, 31))  # fmt: skip
    assert first.coach_id == second.coach_id is not None
    assert [c.name for c in svc.list_coaches()] == ["Sanna Šakkinen"]


def test_removing_a_coach_with_placements_is_refused() -> None:
    laura, unused = _coach(), _coach("Pekka Uusi", email="")
    placement(person().id, association().id, coach_id=laura.id)
    with pytest.raises(NotAllowedError) as info:
        svc.delete_coach(laura.id)
    assert "poistuneeksi" in str(info.value)
    svc.delete_coach(unused.id)
    assert [c.name for c in svc.list_coaches(include_inactive=True)] == ["Laura Heikkilä"]


def test_follow_up_form_and_placement_list_show_the_coach_name() -> None:
    laura = _coach()
    pl = placement(person().id, association().id, coach_id=laura.id)
    assert followup_document(pl.id).job_coach == "Laura Heikkilä"
    svc.update_coach(laura.id, CoachInput(name="Laura Heikkilä-Ranta", phone="", email=""))
    assert placements.get_placement(pl.id).job_coach == "Laura Heikkilä-Ranta"
    assert followup_document(pl.id).job_coach == "Laura Heikkilä-Ranta"
    bare = placement(person().id, association().id)
    assert (bare.job_coach, followup_document(bare.id).job_coach) == ("", "")


# ---------------------------------------------------------------- visits


def test_visits_are_recorded_edited_listed_and_deleted() -> None:
    laura = _coach()
    pl = placement(person().id, association().id, coach_id=laura.id)
    first = svc.record_visit(
        VisitInput(laura.id, pl.id, date(2026, 4, 2), VisitKind.WORKPLACE, "Perehdytys kassalla"),
        today=TODAY,
    )
    svc.record_visit(VisitInput(laura.id, pl.id, date(2026, 5, 6), "phone", ""), today=TODAY)
    listed = svc.list_visits(placement_id=pl.id)
    assert [(v.visited_on, v.kind) for v in listed] == [
        (date(2026, 5, 6), VisitKind.PHONE),
        (date(2026, 4, 2), VisitKind.WORKPLACE),
    ]
    assert listed[1].person_name == "Henkilö Testi" and listed[1].coach_name == "Laura Heikkilä"
    edited = svc.update_visit(
        first.id,
        VisitInput(laura.id, pl.id, date(2026, 4, 3), VisitKind.MEETING, "Tapaaminen"),
        today=TODAY,
    )
    assert (edited.visited_on, edited.kind, edited.note) == (
        date(2026, 4, 3),
        VisitKind.MEETING,
        "Tapaaminen",
    )
    assert [v.id for v in svc.list_visits(coach_id=laura.id)][-1] == first.id
    svc.delete_visit(first.id)
    assert len(svc.list_visits()) == 1
    audits = AuditLog.select().where(AuditLog.entity == "CoachVisit").order_by(AuditLog.id)
    actions = [a.action for a in audits]
    assert actions == ["create", "create", "update", "delete"]
    assert all("Perehdytys" not in a.fields for a in AuditLog.select())


def test_bad_visits_are_refused_with_finnish_messages() -> None:
    laura = _coach()
    pl = placement(person().id, association().id, coach_id=laura.id)
    with pytest.raises(FieldErrors) as info:
        svc.record_visit(VisitInput(None, None, None, "lounas", "x" * 5000), today=TODAY)
    assert set(info.value.errors) == {"coach_id", "placement_id", "visited_on", "kind", "note"}
    with pytest.raises(FieldErrors) as info:
        svc.record_visit(VisitInput(laura.id, pl.id, date(2026, 9, 2)), today=TODAY)
    assert "tulevalle" in str(info.value.errors["visited_on"])
    with pytest.raises(FieldErrors) as info:
        svc.record_visit(VisitInput(laura.id, pl.id, date(2026, 2, 1)), today=TODAY)
    assert "ennen työsuhteen alkua" in str(info.value.errors["visited_on"])
    svc.record_visit(VisitInput(laura.id, pl.id, date(2026, 3, 5)), today=TODAY)  # 10 d before
    assert CoachVisit.select().count() == 1


def test_erasing_the_person_empties_the_visit_notes() -> None:
    laura = _coach()
    p = person()
    pl = placement(p.id, association().id, coach_id=laura.id, start_date=date(2024, 1, 1),
                   end_date=date(2024, 12, 31))  # fmt: skip
    visit = svc.record_visit(
        VisitInput(laura.id, pl.id, date(2024, 2, 1), VisitKind.WORKPLACE, "Selkä kipeä"),
        today=TODAY,
    )
    exported = people.export_person(p.id)
    assert exported["työhönvalmentajan_käynnit"][0]["note"] == "Selkä kipeä"
    people.erase_person(p.id)
    erased = svc.get_visit(visit.id)
    assert (erased.note, erased.kind, erased.coach_id) == ("", VisitKind.WORKPLACE, laura.id)
    assert (
        AuditLog.select()
        .where((AuditLog.entity == "CoachVisit") & (AuditLog.action == "erase"))
        .count()
        == 1
    )


# ---------------------------------------------------------------- caseload and need


def test_caseload_shows_active_placements_next_and_overdue_follow_ups() -> None:
    laura, mikko = _coach(), _coach("Mikko Tervo", email="")
    a = association()
    running = placement(person().id, a.id, coach_id=laura.id, start_date=date(2026, 3, 15),
                        end_date=date(2027, 3, 14))  # fmt: skip
    placement(person().id, a.id, coach_id=laura.id, start_date=date(2025, 1, 1),
              end_date=date(2025, 12, 31))  # ended: not on the caseload  # fmt: skip
    followups.record_followup(
        followups.FollowupInput(running.id, FollowupType.START, date(2026, 3, 25),
                                participants="työntekijä, ohjaaja"),
        today=TODAY,
    )  # fmt: skip
    svc.record_visit(VisitInput(laura.id, running.id, date(2026, 8, 20)), today=TODAY)
    loads = {c.name: c for c in svc.caseload(TODAY)}
    laura_load = loads["Laura Heikkilä"]
    assert laura_load.placements == 1 and loads["Mikko Tervo"].placements == 0
    line = laura_load.lines[0]
    # start talk held; interims every 3 months from 15.3.: 15.6. overdue, 15.9. next after it
    assert (line.next_followup, line.next_due) == (FollowupType.INTERIM, date(2026, 6, 15))
    assert line.overdue == 1 and line.followups.days_late == 78
    assert line.last_visit == date(2026, 8, 20)
    assert (laura_load.overdue, laura_load.late_placements, laura_load.visits_recent) == (1, 1, 1)
    assert laura_load.next_due == date(2026, 6, 15)
    assert [c.placements for c in svc.list_coaches(today=TODAY)] == [1, 0]
    assert mikko.id in {c.id for c in svc.caseload(TODAY)}


def test_placements_that_need_a_coach() -> None:
    """Partially able people need a coach for the whole placement; everyone in the first
    month (orientation); nobody whose placement has a coach, has ended or starts later."""
    a = association()
    partial = person(partial_work_ability=True, last_name="Osa")
    young = person(last_name="Nuori")
    later = person(last_name="Myöhemmin")
    placement(partial.id, a.id, start_date=date(2026, 1, 1), end_date=date(2026, 12, 31))
    placement(young.id, a.id, start_date=date(2026, 8, 20), end_date=date(2027, 3, 31))
    placement(young.id, a.id, start_date=date(2026, 1, 1), end_date=date(2026, 7, 31))
    placement(later.id, a.id, start_date=date(2026, 10, 1), end_date=date(2027, 3, 31))
    placement(later.id, a.id, start_date=date(2026, 1, 1), end_date=date(2026, 12, 31))
    coached = placement(partial.id, a.id, start_date=date(2026, 8, 25),
                        end_date=date(2027, 1, 31), coach_id=_coach().id)  # fmt: skip
    needed = svc.placements_needing_coach(TODAY)
    assert [(n.who.split()[0], n.reason) for n in needed] == [
        ("Osa", "partial_work_ability"),
        ("Nuori", "orientation"),
    ]
    assert coached.id not in {n.placement_id for n in needed}
