"""The record lists without their rows: counts and ids in the order of the list use cases."""

from __future__ import annotations

import pytest

from kemidesk.services import grants, people, placements
from kemidesk.services.record_lists import (
    decision_ids,
    decision_years,
    person_ids,
    placement_ids,
    record_counts,
)
from tests.conftest import TODAY

pytestmark = pytest.mark.usefixtures("demo_db")


def _archive_some() -> None:
    """Archive a few records of each kind, so the archived filter has something to do."""
    for row in placements.list_placements(today=TODAY)[::7]:
        placements.set_placement_archived(row.id)
    for row in people.list_people()[::9]:
        people.set_person_archived(row.id)
    for row in grants.list_decisions()[::5]:
        grants.set_decision_archived(row.id)


def test_ids_are_in_the_order_of_the_lists() -> None:
    _archive_some()
    for archived in (False, True):
        listed = placements.list_placements(include_archived=archived, today=TODAY)
        assert placement_ids(include_archived=archived) == [r.id for r in listed]
        assert person_ids(include_archived=archived) == [
            r.id for r in people.list_people(include_archived=archived)
        ]
        assert decision_ids(include_archived=archived) == [
            r.id for r in grants.list_decisions(include_archived=archived)
        ]
    assert placement_ids(limit=5) == placement_ids()[:5]
    assert person_ids(limit=5) == person_ids()[:5]
    assert decision_ids(limit=5) == decision_ids()[:5]  # the first page comes from the index


def test_counts_leave_out_the_archived() -> None:
    _archive_some()
    counts = record_counts()
    assert counts.placements == len(placements.list_placements(today=TODAY))
    assert counts.people == len(people.list_people())
    assert counts.decisions == len(grants.list_decisions())
    assert counts.placements < len(placements.list_placements(include_archived=True, today=TODAY))


def test_decision_years_newest_first() -> None:
    years = decision_years()
    assert years == sorted(
        {r.decision_date.year for r in grants.list_decisions(True)}, reverse=True
    )


@pytest.mark.parametrize("include_archived", [False, True])
def test_people_and_associations_count_their_placements(include_archived: bool) -> None:
    """Työllistetyt and Yhdistykset count each one's placements (archived ones too) and the
    association's placements running on the day, as counting the placements one by one."""
    from kemidesk.services import associations

    _archive_some()
    every = placements.list_placements(True, today=TODAY)
    day = TODAY

    def running(p: placements.PlacementRow) -> bool:
        end = p.actual_end_date or p.end_date
        return p.start_date <= day and (end is None or end >= day)

    listed = people.list_people(include_archived=include_archived)
    assert listed
    assert any(r.placement_count > 1 for r in listed)
    for row in listed:
        assert row.placement_count == sum(p.person_id == row.id for p in every), row.id
    some = [r.id for r in listed[::3]]
    assert people.list_people(True, ids=some) == [r for r in listed if r.id in set(some)]
    employers = associations.list_associations(include_archived=include_archived, today=day)
    assert any(r.active_placements > 0 for r in employers)
    for row in employers:
        own = [p for p in every if p.association_id == row.id]
        assert row.placement_count == len(own), row.id
        assert row.active_placements == sum(map(running, own)), row.id


@pytest.mark.parametrize("include_archived", [False, True])
def test_people_list_holds_what_the_person_models_give(include_archived: bool) -> None:
    """`list_people` reads the people as dicts (db.rows), not as model instances: each row
    the same as one made of the person's model (every value converted alike)."""
    import peewee

    from kemidesk.db.models import Person, Placement

    _archive_some()
    count = Placement.select(peewee.fn.COUNT(Placement.id)).where(Placement.person == Person.id)
    query = Person.select(Person, count.alias("n")).order_by(
        Person.last_name, Person.first_name, Person.id
    )
    if not include_archived:
        query = query.where(Person.archived == False)  # noqa: E712
    expected = [people._to_row(p, p.n or 0) for p in query]
    assert expected
    assert people.list_people(include_archived=include_archived) == expected
    some = [r.id for r in expected[1::4]]
    assert people.list_people(True, ids=some) == [r for r in expected if r.id in set(some)]
    assert people.list_people(True, ids=[]) == []
