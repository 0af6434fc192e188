"""The inputs reported in issue 10: each one is a validation error next to its field, and
nothing is stored."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

import pytest

from kemidesk.db.models import Application, Association, Person
from kemidesk.domain.errors import FieldErrors
from kemidesk.services import applications, associations, people, placements

from .factories import association, person, placement

pytestmark = pytest.mark.usefixtures("db")


def field_errors(call: Any) -> dict[str, str]:
    with pytest.raises(FieldErrors) as caught:
        call()
    return caught.value.errors


def test_name_over_255_characters_is_refused_with_the_limit() -> None:
    data = associations.AssociationInput(name="Ä" * 1000, business_id="0737546-2")
    errors = field_errors(lambda: associations.create_association(data))
    assert errors == {"name": "Enintään 255 merkkiä (nyt 1000)."}
    assert Association.select().count() == 0


def test_255_characters_fit() -> None:
    row = association(name="Ä" * 255)
    assert len(associations.get_association(row.id).name) == 255


def test_lone_surrogate_and_control_characters_are_refused() -> None:
    for bad in ("Virtanen\udc80", "Virta\x00nen", "Virta\x1bnen"):
        data = people.PersonInput(first_name="Maija", last_name=bad)
        errors = field_errors(lambda d=data: people.create_person(d))
        assert errors == {
            "last_name": "Teksti sisältää merkkejä, joita ei voi tallentaa (esim. ohjausmerkkejä)."
        }
    assert Person.select().count() == 0


def test_line_breaks_and_tabs_in_notes_are_kept() -> None:
    row = person(notes="rivi 1\n\trivi 2\r\nrivi 3")
    assert people.get_person(row.id).notes == "rivi 1\n\trivi 2\r\nrivi 3"


def test_notes_have_a_generous_limit() -> None:
    errors = field_errors(lambda: person(notes="x" * 4001))
    assert errors == {"notes": "Enintään 4000 merkkiä (nyt 4001)."}
    assert len(people.get_person(person(notes="x" * 4000).id).notes) == 4000


@pytest.mark.parametrize("tmt", ["²", "٣٠٠", "３００", "9" * 5000])
def test_tmt_days_in_odd_digits_is_a_field_error(tmt: str) -> None:
    errors = field_errors(lambda: person(tmt_days=tmt))
    assert errors == {"tmt_days": "Anna päivien määrä kokonaislukuna (0–5000)."}


def test_record_application_refuses_a_string_as_date() -> None:
    pl = placement(person().id, association().id)
    data = applications.ApplicationInput(pl.id, "2026-03-01")  # type: ignore[arg-type]
    errors = field_errors(lambda: applications.record_application(data))
    assert errors == {"received_on": "Anna päivämäärä muodossa pp.kk.vvvv."}
    assert Application.select().count() == 0


def test_far_dates_are_refused_before_any_date_arithmetic() -> None:
    pl = placement(person().id, association().id)
    data = applications.ApplicationInput(pl.id, date(9999, 12, 31))
    errors = field_errors(lambda: applications.record_application(data))
    assert errors == {"received_on": "Päivämäärän on oltava välillä 1.1.1900–31.12.2100."}
    current = placements.get_placement(pl.id)
    far = placements.PlacementInput(
        person_id=current.person_id,
        association_id=current.association_id,
        job_title="työntekijä",
        start_date=date(2026, 3, 15),
        end_date=date(9999, 12, 31),
        hours_per_week="37,5",
        monthly_wage="2000",
    )
    errors = field_errors(lambda: placements.create_placement(far))
    assert set(errors) == {"end_date"}
    errors = field_errors(
        lambda: placements.create_placement(replace(far, end_date=None, pt_end=date.max))
    )
    assert set(errors) == {"pt_end"}
