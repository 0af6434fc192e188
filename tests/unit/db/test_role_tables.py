"""Every table has its place: its writer role on the office server: a table added by a
migration but left out of db.roles would be writable by nobody but the owner (every officer's
save refused), so each new model must be placed in OFFICER_TABLES or DECIDER_TABLES."""

from __future__ import annotations

from kemidesk.db import models
from kemidesk.db.roles import (
    DECIDER_TABLES,
    OFFICER_TABLES,
    SYNC_PUSH_TABLES,
    SYNC_UNGRANTED_TABLES,
)

# Tables with their own grants in db.roles (the audit log: INSERT for every role).
SPECIAL = {"audit_log"}


def test_every_model_table_has_a_writer_role() -> None:
    tables = {
        m._meta.table_name
        for m in vars(models).values()
        if isinstance(m, type)
        and issubclass(m, models.peewee.Model)
        and hasattr(m, "_meta")
        and m._meta.table_name
        and m not in (models.BaseModel, models.peewee.Model)
    }
    placed = (
        set(OFFICER_TABLES)
        | set(DECIDER_TABLES)
        | set(SYNC_PUSH_TABLES)
        | set(SYNC_UNGRANTED_TABLES)
        | SPECIAL
    )
    assert tables - placed == set()
    assert set(OFFICER_TABLES) & set(DECIDER_TABLES) == set()


def test_every_table_is_imported_from_a_laptop_or_listed_as_not_imported() -> None:
    """`server import-laptop` drops nothing: a table missing from its list would be lost."""
    from kemidesk.services.laptop_import import NOT_IMPORTED, TABLE_LABELS

    tables = {m._meta.table_name for m in models.ALL_MODELS}
    assert tables - set(TABLE_LABELS) - set(NOT_IMPORTED) == set()
