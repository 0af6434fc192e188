"""Decision numbers KL-YYYY-NNN: gap-free per year, allocated in the caller's transaction.

This is the one place numbers come from. The year's counter is a row of `decision_series`;
on the office server it is locked `FOR UPDATE` (created first with `ON CONFLICT DO NOTHING`,
so two deciders making the year's first decision do not collide), never `MAX()+1`. The lock
holds until the decision's transaction ends: a second decider waits, and a failed decision
gives its number back. On SQLite the write transaction holds the file, which does the same.

Payment batches are numbered by their id, taken from the counter row (BATCH_SERIES, 0) the
same way, so a batch that was rolled back gives its number back on the server too (a
sequence would skip it).
"""

from __future__ import annotations

import peewee

from kemidesk.db.connection import is_server, lock_for_update
from kemidesk.db.models import DecisionSeries, PaymentBatch
from kemidesk.domain.numbering import format_decision_number
from kemidesk.services.common import audit, prepared


def lock_series(year: int, prefix: str = "KL") -> DecisionSeries:
    """The year's counter row, locked until the transaction ends (created when missing).

    Decision use cases call this first, so the year's decisions are made one at a time on
    the server: the checks they make (the year's committed money, the months already
    granted) see every decision committed before them."""
    if not is_server():  # the write transaction holds the file: read, create when missing
        found = prepared("lock_series", _series_query, prefix, year)  # one row: unique index
        return found[0] if found else DecisionSeries.create(prefix=prefix, year=year)
    DecisionSeries.insert(prefix=prefix, year=year, last_seq=0).on_conflict_ignore().execute()
    return lock_for_update(_series_query(prefix, year)).get()  # type: ignore[no-any-return]


def _series_query(prefix: str, year: int) -> peewee.ModelSelect:
    return DecisionSeries.select().where(
        (DecisionSeries.prefix == prefix) & (DecisionSeries.year == year)
    )


def allocate_decision_number(year: int, prefix: str = "KL") -> tuple[str, int, int]:
    """Take the next number of the year. Must run inside the decision's transaction, so that
    a failed decision gives its number back (no gaps)."""
    series = lock_series(year, prefix)
    series.last_seq += 1
    series.save()
    audit(series, "allocate", ["last_seq"])
    return format_decision_number(year, series.last_seq, prefix), year, series.last_seq


BATCH_SERIES = "MAKSUERÄ"  # the counter row of payment batch numbers (year 0: one series)


def allocate_batch_id() -> int:
    """The next payment batch number, used as the batch's id. Must run inside the batch's
    transaction. Continues from the highest existing id (batches made before the counter)."""
    series = lock_series(0, BATCH_SERIES)
    highest = PaymentBatch.select(peewee.fn.MAX(PaymentBatch.id)).scalar() or 0
    series.last_seq = max(series.last_seq, int(highest)) + 1
    series.save()
    audit(series, "allocate", ["last_seq"])
    return int(series.last_seq)
