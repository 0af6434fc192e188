"""Y-tunnus and HETU are unique among live records; the error names the existing record."""

from __future__ import annotations

from dataclasses import replace

import pytest

from kemidesk.db.models import Association, Person
from kemidesk.domain.errors import FieldErrors
from kemidesk.services import associations, people
from kemidesk.services.errors import DuplicateError

from .factories import association, person

pytestmark = pytest.mark.usefixtures("db")

HETU = "131052-308T"


def test_second_association_with_the_same_business_id_is_refused() -> None:
    first = association(name="Kemin Eka ry")
    data = associations.AssociationInput(name="Kemin Toka ry", business_id=first.business_id)
    with pytest.raises(DuplicateError) as caught:
        associations.create_association(data)
    error = caught.value
    assert isinstance(error, FieldErrors)  # the form shows it next to the field
    assert error.existing_id == first.id
    assert error.field == "business_id"
    assert error.errors == {"business_id": "Samalla Y-tunnuksella on jo yhdistys: Kemin Eka ry."}
    assert Association.select().count() == 1


def test_business_id_is_compared_after_normalising() -> None:
    first = association()
    spaced = f"  {first.business_id} "
    with pytest.raises(DuplicateError):
        associations.create_association(
            associations.AssociationInput(name="Toinen ry", business_id=spaced)
        )


def test_update_to_another_live_business_id_is_refused_but_own_is_fine() -> None:
    first, second = association(n=0), association(n=1)
    own = associations.AssociationInput(name="Uusi nimi ry", business_id=first.business_id)
    assert associations.update_association(first.id, own).name == "Uusi nimi ry"
    taken = replace(own, business_id=second.business_id)
    with pytest.raises(DuplicateError) as caught:
        associations.update_association(first.id, taken)
    assert caught.value.existing_id == second.id
    assert associations.get_association(first.id).business_id == first.business_id


def test_archived_association_does_not_block_but_unarchiving_a_duplicate_does() -> None:
    old = association(name="Vanha ry")
    associations.set_association_archived(old.id)
    new = associations.create_association(
        associations.AssociationInput(name="Uusi ry", business_id=old.business_id)
    )
    assert new.business_id == old.business_id
    with pytest.raises(DuplicateError) as caught:
        associations.set_association_archived(old.id, archived=False)
    assert caught.value.existing_id == new.id
    assert associations.get_association(old.id).archived


def test_second_person_with_the_same_hetu_is_refused() -> None:
    first = person(hetu=HETU, birth_date=None, first_name="Eka")
    with pytest.raises(DuplicateError) as caught:
        person(hetu=HETU.lower(), birth_date=None, first_name="Toka")
    assert caught.value.existing_id == first.id
    assert caught.value.field == "hetu"
    assert caught.value.errors == {"hetu": "Samalla henkilötunnuksella on jo henkilö: Henkilö Eka."}
    assert Person.select().count() == 1


def test_people_without_hetu_are_not_duplicates() -> None:
    person(hetu="")
    person(hetu="")
    assert Person.select().count() == 2


def test_update_keeps_own_hetu_and_refuses_anothers() -> None:
    first = person(hetu=HETU, birth_date=None)
    other = person(hetu="010190-123M", birth_date=None)
    keep = people.PersonInput(first_name="Uusi", last_name="Nimi", hetu=None, tmt_days="400")
    assert people.update_person(first.id, keep).first_name == "Uusi"
    with pytest.raises(DuplicateError) as caught:
        people.update_person(other.id, replace(keep, hetu=HETU))
    assert caught.value.existing_id == first.id


def test_archived_or_erased_person_does_not_block() -> None:
    old = person(hetu=HETU, birth_date=None)
    people.set_person_archived(old.id)
    new = person(hetu=HETU, birth_date=None)
    assert new.id != old.id
    with pytest.raises(DuplicateError):
        people.set_person_archived(old.id, archived=False)
