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
