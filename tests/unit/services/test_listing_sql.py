"""services.listing_sql: the plain statement is peewee's, and its cells are the straight
list's (services.listing), for a list whose cells vary (early ends, no coach, no end)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from kemidesk.db.connection import database_proxy, raw_connection
from kemidesk.db.models import Association, JobCoach, Person, Placement
from kemidesk.services import listing
from kemidesk.services.listing_sql import PLACEMENTS_HEADER, placements_csv, placements_statement
from kemidesk.services.placements import listed_query

pytestmark = [
    pytest.mark.usefixtures("demo_db"),
    pytest.mark.sqlite_only("the plain statement runs on the local SQLite file only"),
]


@pytest.mark.parametrize("include_archived", [False, True])
def test_the_statement_is_peewees(include_archived: bool) -> None:
    query = listed_query(
        include_archived, Placement.id, Person.last_name, Person.first_name,
        Association.name.alias("association_name"), Placement.job_title, Placement.start_date,
        Placement.end_date, Placement.actual_end_date, Placement.hours_per_week,
        Placement.monthly_wage_cents, Placement.pt_percent, JobCoach.name.alias("job_coach"),
    )  # fmt: skip
    assert placements_statement(include_archived) == query.sql()


@pytest.mark.parametrize("include_archived", [False, True])
def test_the_cells_are_the_straight_lists(include_archived: bool) -> None:
    # a few rows of each kind the cells write differently
    early, open_ended, archived = Placement.select().order_by(Placement.id).limit(3)
    Placement.update(actual_end_date=early.start_date + timedelta(days=30)).where(
        Placement.id == early.id
    ).execute()
    Placement.update(end_date=None, pt_percent=None, coach=None, hours_per_week="37.5").where(
        Placement.id == open_ended.id
    ).execute()
    Placement.update(archived=True, pt_percent=0).where(Placement.id == archived.id).execute()
    header, straight = listing.table_rows("placements", include_archived)
    plain_header, plain = placements_csv(raw_connection(database_proxy.obj), include_archived)
    assert plain_header == header == PLACEMENTS_HEADER
    texts = [["" if v is None else str(v) for v in row] for row in plain]
    assert texts == list(straight)
    assert len(texts) > 100
    assert len({row[6] for row in texts}) > 1  # more than one status
    assert any(row[7] == "37,5" for row in texts)
    assert any(row[10] == "" for row in texts)  # a placement without a coach
    ids = {row[0] for row in texts}
    assert (str(archived.id) in ids) == include_archived
