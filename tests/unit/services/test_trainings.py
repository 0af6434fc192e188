"""Employer trainings and supervision sessions: themes, registrations within the capacity,
attendance and feedback counts, the association's attended trainings, erasure of a person
from the attendance lists, and bad input refused with a Finnish message and nothing written."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from kemidesk.db.models import AuditLog, SupervisionSession, Training, TrainingRegistration
from kemidesk.domain.errors import FieldErrors
from kemidesk.domain.types import TrainingTarget
from kemidesk.services import people as people_svc
from kemidesk.services import trainings as svc
from kemidesk.services.errors import NotAllowedError
from kemidesk.services.trainings import RegistrationInput, SupervisionInput, TrainingInput

from .factories import association, person, placement

pytestmark = pytest.mark.usefixtures("db")


def _training(capacity: str = "3", **changes: object) -> svc.TrainingRow:
    values: dict[str, object] = {
        "theme_id": svc.list_themes()[0].id,
        "held_on": date(2026, 9, 10),
        "start_time": "13:00",
        "end_time": "15.30",
        "place": "Kemin kaupungintalo, kokoushuone 2",
        "trainer": "Riikka Rekrytoija",
        "capacity": capacity,
        "target": TrainingTarget.EMPLOYERS,
    }
    values.update(changes)
    return svc.add_training(TrainingInput(**values))  # type: ignore[arg-type]


def test_themes_start_with_a_list_the_office_extends() -> None:
    names = [t.name for t in svc.list_themes()]
    assert "Rekrytointiosaaminen" in names and len(names) >= 4
    svc.add_theme("  Digitaidot työpaikalla ")
    assert "Digitaidot työpaikalla" in [t.name for t in svc.list_themes()]
    with pytest.raises(FieldErrors) as info:
        svc.add_theme("digitaidot TYÖPAIKALLA")
    assert "on jo luettelossa" in info.value.errors["name"]


def test_training_is_stored_with_time_place_and_target() -> None:
    row = _training()
    assert (row.start_time, row.end_time, row.time_text) == ("13.00", "15.30", "13.00–15.30")
    assert row.capacity == 3 and row.seats_left == 3 and row.target is TrainingTarget.EMPLOYERS
    assert row.name == "Rekrytointiosaaminen" or row.name == row.theme
    assert [t.id for t in svc.list_trainings()] == [row.id]
    assert [a.action for a in AuditLog.select().where(AuditLog.entity == "Training")] == ["create"]


def test_bad_training_input_is_named_by_field_and_nothing_is_written() -> None:
    with pytest.raises(FieldErrors) as info:
        svc.add_training(
            TrainingInput(theme_id=999, held_on=None, start_time="25.00", capacity="0")
        )
    errors = info.value.errors
    assert set(errors) >= {"theme_id", "held_on", "start_time", "capacity", "place"}
    assert errors["theme_id"] == "Valitse teema luettelosta."
    assert "13.00" in errors["start_time"]
    assert Training.select().count() == 0


def test_registration_within_capacity_and_full_training_refused() -> None:
    a, b = association(0), association(1)
    row = _training(capacity="2")
    svc.register(RegistrationInput(row.id, a.id, "Anna Yhteys", "puheenjohtaja"))
    svc.register(RegistrationInput(row.id, b.id, "Olli Ohjaaja", "työnohjaaja"))
    with pytest.raises(NotAllowedError) as info:
        svc.register(RegistrationInput(row.id, b.id, "Kolmas Henkilö"))
    assert "täynnä: 2 paikkaa" in info.value.message
    assert TrainingRegistration.select().count() == 2
    got = svc.get_training(row.id)
    assert (got.registered, got.associations, got.seats_left) == (2, 2, 0)


def test_unknown_association_is_refused_and_nothing_written() -> None:
    row = _training()
    with pytest.raises(FieldErrors) as info:
        svc.register(RegistrationInput(row.id, 4242, "Anna Yhteys"))
    assert info.value.errors["association_id"].startswith("Yhdistystä ei löydy")
    with pytest.raises(FieldErrors) as info:
        svc.register(RegistrationInput(row.id, None, ""))
    assert set(info.value.errors) == {"association_id", "name"}
    assert TrainingRegistration.select().count() == 0


def test_capacity_cannot_drop_below_the_registered() -> None:
    a = association()
    row = _training(capacity="3")
    for name in ("Yksi Eka", "Kaksi Toka"):
        svc.register(RegistrationInput(row.id, a.id, name))
    with pytest.raises(FieldErrors) as info:
        svc.update_training(
            row.id,
            TrainingInput(row.theme_id, row.held_on, place=row.place, capacity="1"),
        )
    assert "jo 2" in info.value.errors["capacity"]
    assert svc.get_training(row.id).capacity == 3


def test_attendance_and_feedback_counts() -> None:
    a, b = association(0), association(1)
    row = _training(capacity="")
    regs = [
        svc.register(RegistrationInput(row.id, a.id, "Anna Yhteys")),
        svc.register(RegistrationInput(row.id, a.id, "Aapo Apu")),
        svc.register(RegistrationInput(row.id, b.id, "Olli Ohjaaja")),
    ]
    got = svc.set_attendance(row.id, {regs[0].id: True, regs[1].id: False, regs[2].id: True})
    assert (got.registered, got.attended) == (3, 2)
    with pytest.raises(FieldErrors) as info:
        svc.set_feedback(row.id, "2", "1", "0")  # 3 answers, 2 attended
    assert "osallistujia vain 2" in info.value.errors["feedback_useful"]
    got = svc.set_feedback(row.id, "1", "1", "")
    assert (got.feedback_useful, got.feedback_partly, got.feedback_not) == (1, 1, 0)
    assert svc.attendance_by_association() == {a.id: 1, b.id: 1}
    attended = svc.attended_by_association(a.id)
    assert [(t.training_id, t.attended, t.registered) for t in attended] == [(row.id, 1, 2)]


def test_association_view_lists_only_attended_trainings() -> None:
    a = association()
    first = _training(held_on=date(2026, 3, 1), title="Kevään valmennus")
    second = _training(held_on=date(2026, 10, 1))
    r1 = svc.register(RegistrationInput(first.id, a.id, "Anna Yhteys"))
    svc.register(RegistrationInput(second.id, a.id, "Anna Yhteys"))  # registered, did not come
    svc.set_attendance(first.id, {r1.id: True})
    assert [t.name for t in svc.attended_by_association(a.id)] == ["Kevään valmennus"]


def test_erasure_removes_the_person_from_attendance_lists() -> None:
    a = association()
    p = person(first_name="Maija", last_name="Mallikas")
    placement(p.id, a.id, start_date=date(2024, 1, 1), end_date=date(2024, 12, 31))
    row = _training(capacity="")
    linked = svc.register(RegistrationInput(row.id, a.id, "Maija Mallikas", "työntekijä", p.id))
    typed = svc.register(RegistrationInput(row.id, a.id, "mallikas,  MAIJA", "työntekijä"))
    other = svc.register(RegistrationInput(row.id, a.id, "Anna Yhteys", "puheenjohtaja"))
    svc.set_attendance(row.id, {linked.id: True, typed.id: True, other.id: True})
    people_svc.erase_person(p.id)
    names = [r.name for r in svc.list_registrations(row.id)]
    assert "Anna Yhteys" in names
    assert not any("mallikas" in n.casefold() for n in names)
    assert TrainingRegistration.get_by_id(linked.id).person_id is None
    assert TrainingRegistration.get_by_id(typed.id).role == ""
    assert svc.get_training(row.id).attended == 3  # the counts hold
    erase_rows = AuditLog.select().where(
        (AuditLog.entity == "TrainingRegistration") & (AuditLog.action == "erase")
    )
    assert erase_rows.count() == 2


def test_supervision_sessions_per_association() -> None:
    a, b = association(0), association(1)
    svc.add_supervision(
        SupervisionInput(a.id, date(2026, 2, 3), "Tuula Työnohjaaja", "4", "1,5", "180,00")
    )
    svc.add_supervision(SupervisionInput(b.id, date(2026, 4, 3), "Tuula Työnohjaaja", 2, "2"))
    rows = svc.list_supervision()
    assert [r.association_id for r in rows] == [b.id, a.id]  # newest first
    mine = svc.list_supervision(a.id)
    assert (mine[0].hours, mine[0].cost_cents, mine[0].participants) == (Decimal("1.5"), 18000, 4)
    svc.update_supervision(
        mine[0].id,
        SupervisionInput(a.id, date(2026, 2, 3), "Tuula Työnohjaaja", "5", "1,5", "180"),
    )
    assert svc.list_supervision(a.id)[0].participants == 5
    svc.delete_supervision(mine[0].id)
    assert svc.list_supervision(a.id) == []


def test_bad_supervision_input_writes_nothing() -> None:
    with pytest.raises(FieldErrors) as info:
        svc.add_supervision(SupervisionInput(999, None, "", "-1", "0", "abc"))
    assert set(info.value.errors) == {
        "association_id", "held_on", "supervisor", "participants", "hours", "cost"
    }  # fmt: skip
    assert info.value.errors["hours"].startswith("Anna tunnit")
    assert SupervisionSession.select().count() == 0


def test_listed_rows_keep_their_ids() -> None:
    a = association()
    row = _training()
    svc.register(RegistrationInput(row.id, a.id, "Anna Yhteys"))
    assert svc.list_trainings()[0].theme_id == row.theme_id
    assert svc.list_registrations(row.id)[0].association_id == a.id


def test_attendance_with_refused_feedback_writes_nothing() -> None:
    a = association()
    row = _training(capacity="")
    reg = svc.register(RegistrationInput(row.id, a.id, "Anna Yhteys"))
    with pytest.raises(FieldErrors):
        svc.record_attendance(row.id, {reg.id: True}, "5", "0", "0")
    assert svc.get_training(row.id).attended == 0
    got = svc.record_attendance(row.id, {reg.id: True}, "1", "", "")
    assert (got.attended, got.feedback_useful) == (1, 1)
