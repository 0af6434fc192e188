"""A lost server connection: the use case fails as a whole (nothing half-written), the error
is recognised as a lost connection (the window says so in Finnish), and the next use case
connects again, so the same form can simply be saved again."""

from __future__ import annotations

from typing import Any

import peewee
import pytest

from kemidesk.db.connection import database_proxy, is_connection_lost
from kemidesk.db.models import AuditLog, Person
from kemidesk.paths import AppPaths
from kemidesk.services import people
from tests.unit.services.factories import person

pytestmark = pytest.mark.postgres


@pytest.fixture
def engine() -> str:
    return "postgres"


def _cut_connections(pg_server: Any, url: str) -> None:
    """What a server restart or a network cut does to the program's connection."""
    import psycopg

    with psycopg.connect(url, autocommit=True) as admin:
        admin.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE datname = current_database() AND pid <> pg_backend_pid()"
        )


def test_lost_connection_writes_nothing_and_the_save_works_again(
    db: AppPaths, pg_server: Any
) -> None:
    person(first_name="Ensimmäinen")
    before = (Person.select().count(), AuditLog.select().count())
    assert db.database_url is not None
    _cut_connections(pg_server, db.database_url)
    with pytest.raises((peewee.OperationalError, peewee.InterfaceError)) as lost:
        person(first_name="Toinen")
    assert is_connection_lost(lost.value)
    # the next use case connects again and finds nothing of the failed one
    assert (Person.select().count(), AuditLog.select().count()) == before
    saved = person(first_name="Toinen")
    assert people.get_person(saved.id).first_name == "Toinen"
    assert not database_proxy.obj._state.conn.closed


def test_a_refused_statement_is_not_a_lost_connection(db: AppPaths) -> None:
    with pytest.raises(peewee.DatabaseError) as refused:
        database_proxy.obj.execute_sql("SELECT * FROM no_such_table")
    assert not is_connection_lost(refused.value)
