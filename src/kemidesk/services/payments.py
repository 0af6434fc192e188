"""Payments of a decision: due → claimed → approved → paid, or held with a reason."""

from __future__ import annotations

import dataclasses
import heapq
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import islice
from sys import intern
from typing import Any

import peewee

from kemidesk.db.connection import lock_for_update
from kemidesk.db.models import (
    Association,
    Decision,
    Payment,
    PaymentBatch,
    Person,
    Placement,
    utc_now,
)
from kemidesk.db.roles import PAYMENT_CLAIM_COLUMNS
from kemidesk.db.rows import (
    as_day,
    column_readers,
    dict_rows,
    full_name,
    id_in,
    line_class,
    raw_rows,
    raw_rows_by_ids,
    share_ints,
    value_rows_by_ids,
)
from kemidesk.domain.lifecycle import OPEN_WORK, is_approvable, is_claimable
from kemidesk.domain.types import PaymentStatus
from kemidesk.services import payment_approvals
from kemidesk.services.common import (
    FieldCheck,
    audit,
    audit_rows,
    get_for_update,
    get_or_raise,
    prepared,
    record_key,
    transaction,
    update_groups,
)
from kemidesk.services.errors import NotAllowedError
from kemidesk.services.numbering import allocate_batch_id
from kemidesk.services.permissions import require
from kemidesk.services.record_lists import page_of_lines


@dataclass(frozen=True, slots=True)
class PaymentRow:
    id: int
    decision_id: int
    decision_number: str
    association_name: str
    iban: str
    person_name: str
    period_index: int
    period_start: date
    period_end: date
    eligible_days: int
    total_days: int
    amount_cents: int
    claim_due: date
    status: PaymentStatus
    claim_received_on: date | None
    payslip_received: bool
    proof_received: bool
    held_reason: str
    approved_on: date | None
    batch_id: int | None
    paid_on: date | None
    reference: str
    is_last: bool = False


_COLUMNS = (
    Payment.id,
    Payment.decision.alias("decision_id"),
    Decision.number.alias("decision_number"),
    Association.name.alias("association_name"),
    Association.iban,
    Person.last_name,
    Person.first_name,
    Payment.period_index,
    Payment.period_start,
    Payment.period_end,
    Payment.eligible_days,
    Payment.total_days,
    Payment.amount_cents,
    Payment.claim_due,
    Payment.status,
    Payment.claim_received_on,
    Payment.payslip_received,
    Payment.proof_received,
    Payment.held_reason,
    Payment.approved_on,
    Payment.batch.alias("batch_id"),
    Payment.paid_on,
    Payment.reference,
)  # selected under the names of PaymentRow's fields, so rows are built by name


def _last_index() -> peewee.Expression:
    """The decision's last period index (cancelled periods not counted), per row: an index
    lookup on (decision_id, period_index), not an aggregate over the whole payment table."""
    other = Payment.alias("other")
    return (
        other.select(peewee.fn.MAX(other.period_index))
        .where((other.decision == Payment.decision) & (other.status != PaymentStatus.CANCELLED))
        .alias("last_index")
    )


def list_payments(
    decision_id: int | None = None,
    status: PaymentStatus | None = None,
    ids: list[int] | None = None,
    batch_id: int | None = None,
    limit: int | None = None,
) -> list[PaymentRow]:
    only_decision = (status, ids, batch_id, limit) == (None, None, None, None)
    if only_decision and decision_id is not None and record_key(decision_id) is decision_id:
        # a decision's payments (read as every decision is notified): the statement built once
        found = prepared(
            "list_payments.decision",
            lambda i: _payment_query().where(Payment.decision == i).dicts(),
            decision_id,
        )
        return [_row(r) for r in found]
    if ids and (decision_id, status, batch_id, limit) == (None, None, None, None):
        # a chunk of the window's list: its statement built once
        index, values = value_rows_by_ids("list_payments", _payment_chunk, ids)
        return _rows_from_values(index, values)
    query = _payment_query()
    if decision_id is not None:
        query = query.where(Payment.decision == decision_id)
    if status is not None:
        query = query.where(Payment.status == status)
    if ids is not None:
        query = query.where(id_in(Payment.id, ids))
    if batch_id is not None:
        query = query.where(Payment.batch == batch_id)
    if limit is not None:
        query = query.limit(limit)
    return [_row(r) for r in dict_rows(query)]


def decision_payment_states(decision_id: int) -> list[tuple[int, PaymentStatus, date]]:
    """(id, status, period end) of a decision's payments in the order `list_payments` gives
    them: for a caller that follows the payments' states (the demo's office after a
    decision is sent) without the listing's joins and its last-period subquery."""
    return prepared("payment_states.decision", _states_query, decision_id)


def _states_query(decision_id: int) -> Any:
    return (
        Payment.select(Payment.id, Payment.status, Payment.period_end)
        .where(Payment.decision == decision_id)
        .order_by(Payment.period_start, Payment.id)
        .tuples()
    )


def listed_query(*columns: Any) -> Any:
    """The query of `list_payments()` (its joins and order) selecting `columns` instead:
    `kemidesk list` reads only what it writes."""
    return _payment_query().select(*columns)


def _payment_chunk(ids: list[int]) -> Any:
    return _payment_query().where(id_in(Payment.id, ids))


def _payment_query() -> Any:
    return (
        Payment.select(*_COLUMNS, _last_index())
        .join(Decision, on=(Payment.decision == Decision.id))
        .join(Association, on=(Decision.association == Association.id))
        .switch(Decision)
        .join(Placement, on=(Decision.placement == Placement.id))
        .join(Person, on=(Placement.person == Person.id))
        .order_by(Payment.period_start, Payment.id)
    )


_FIELDS = tuple(f.name for f in dataclasses.fields(PaymentRow))


def _rows_from_values(index: dict[str, int], rows: list[list[Any]]) -> list[PaymentRow]:
    """Listed payments from their columns' values (`value_rows_by_ids`): each field taken
    by its name, as `_row` does, without a dict per row."""
    if not rows:
        return []
    place = {**index, "person_name": len(index), "is_last": len(index) + 1}
    order = [place[name] for name in _FIELDS]
    last, first, number, association, iban, last_index, period_index = (
        index[k]
        for k in ("last_name", "first_name", "decision_number", "association_name", "iban",
                  "last_index", "period_index")
    )  # fmt: skip
    share_ints(rows, (index[k] for k in ("decision_id", "amount_cents", "batch_id")))
    out = []
    for values in rows:
        values[number] = intern(values[number] or "")
        values[association] = intern(values[association])
        values[iban] = intern(values[iban])
        values.append(full_name(values[last], values[first]))
        values.append(values[last_index] == values[period_index])
        out.append(PaymentRow(*[values[i] for i in order]))
    return out


def _row(r: dict[str, Any]) -> PaymentRow:
    last_name, first_name = r.pop("last_name"), r.pop("first_name")
    r.update(  # texts that repeat across a decision's or an association's payments: shared
        decision_number=intern(r["decision_number"] or ""),
        association_name=intern(r["association_name"]),
        iban=intern(r["iban"]),
        person_name=full_name(last_name, first_name),
        is_last=r.pop("last_index") == r["period_index"],
    )
    return PaymentRow(**r)


def get_payment(payment_id: int) -> PaymentRow:
    rows = list_payments(ids=[payment_id])
    if not rows:
        get_or_raise(Payment, payment_id, "PAYMENT_NOT_FOUND")
    return rows[0]


PAID_SHOWN_DAYS = 90


def payment_ids(today: date, limit: int | None = None) -> list[int]:
    """The Maksut list: open payments (claims to check, held, approved, batched, and due ones
    whose period has started) and payments paid in the last 90 days; latest period first.
    The whole history of a grant is in its decision (Avustukset) and `kemidesk list payments`;
    loading all 250 000 payments of a large office would cost the window ~300 MB."""
    open_work, started, recent = _shown_parts(today)
    columns = (Payment.period_start.cast("TEXT"), Payment.id)  # ISO text sorts like the dates
    # Three disjoint parts, each read through its status index and sorted here (an ORDER BY
    # over all of them makes the database walk every payment along the period index). The
    # open work and the recently paid are bounded; the due ones grow with the years, so for
    # the first page only their newest `limit` are read, in order along (status, period_start).
    # read as the driver returns them (ISO text and ints on both engines)
    rows = raw_rows(Payment.select(*columns).where(open_work))
    rows.extend(raw_rows(Payment.select(*columns).where(recent)))
    due = Payment.select(*columns).where(started)
    if limit is not None:
        due = due.order_by(Payment.period_start.desc(), Payment.id.desc()).limit(limit)
    rows.extend(raw_rows(due))
    ordered = sorted(rows, reverse=True)
    return [pid for _start, pid in (ordered if limit is None else ordered[:limit])]


# ---------------------------------------------------------------- the window's list, as lines
# What the payments tab shows and filters by (the list of `payment_ids`), read straight from
# the cursor (`line_class`); a payment's other fields are read by id when one is chosen.


def _shown_parts(today: date) -> tuple[peewee.Expression, ...]:
    """The Maksut list's three disjoint parts (see `payment_ids`): the open work, the due
    payments whose period has started, the recently paid."""
    started = (Payment.status == PaymentStatus.DUE) & (Payment.period_start <= today)
    recent = (Payment.status == PaymentStatus.PAID) & (
        Payment.paid_on >= today - timedelta(days=PAID_SHOWN_DAYS)
    )
    return Payment.status.in_(OPEN_WORK), started, recent


def _shown(today: date) -> peewee.Expression:
    open_work, started, recent = _shown_parts(today)
    return open_work | started | recent


def _line_query(where: peewee.Expression | None) -> Any:
    query = (
        Payment.select(
            Payment.id, Decision.number.alias("decision_number"),
            Association.name.alias("association_name"), Person.last_name, Person.first_name,
            Payment.period_index, Payment.period_start, Payment.period_end,
            Payment.amount_cents, Payment.claim_due, Payment.claim_received_on,
            Payment.status, Payment.batch.alias("batch_id"), Payment.held_reason,
        )
        .join(Decision, on=(Payment.decision == Decision.id))
        .join(Association, on=(Decision.association == Association.id))
        .switch(Decision)
        .join(Placement, on=(Decision.placement == Placement.id))
        .join(Person, on=(Placement.person == Person.id))
        .order_by(Payment.period_start.desc(), Payment.id.desc())
    )  # fmt: skip
    return query if where is None else query.where(where)


_LINE_PLACES = {name: i for name, (i, _convert) in column_readers(_line_query(None)).items()}
PAYMENT_LINE = line_class(
    "PaymentLine",
    column_readers(_line_query(None)),
    {"person_name": lambda line: full_name(line.last_name, line.first_name)},
)


def recently_paid_keys(today: date, limit: int | None = None) -> list[tuple[Any, int]]:
    """(period_start as read, id) of the recently paid payments of the Maksut list, latest
    first: all of them read once per load through the (status, paid_on) index, as no index
    gives them in period order (along the period index they lie among the whole paid
    history); or the latest `limit` (enough for the first page: the newest periods' paid
    are near the top of the (status, period_start) index)."""
    recent = _shown_parts(today)[2]
    query = Payment.select(Payment.period_start, Payment.id).where(recent)
    if limit is not None:
        return raw_rows(query.order_by(Payment.period_start.desc(), Payment.id.desc()).limit(limit))
    keys = raw_rows(query)
    keys.sort(reverse=True)
    return keys


def recently_paid_keys_part(today: date, part: int, parts: int) -> list[tuple[Any, int]]:
    """The keys of `recently_paid_keys(today)` (in no order) whose paid day lies in the
    `part`-th of `parts` equal stretches of the days shown (the last one open upwards):
    the parts together are all of them, each read along the (status, paid_on) index, so
    that a window can read them over several short steps."""
    first = today - timedelta(days=PAID_SHOWN_DAYS)
    span = PAID_SHOWN_DAYS + 1
    low = first + timedelta(days=span * part // parts)
    where = (Payment.status == PaymentStatus.PAID) & (Payment.paid_on >= low)
    if part < parts - 1:
        where &= Payment.paid_on < first + timedelta(days=span * (part + 1) // parts)
    return raw_rows(Payment.select(Payment.period_start, Payment.id).where(where))


def _key_parts(
    today: date, after: tuple[Any, Any] | None
) -> list[tuple[str, peewee.Expression, tuple[Any, Any] | None]]:
    """The list's other parts, each read in order along the (status, period_start) index
    after its own key: the open work by status, and the due payments whose period has
    started (those before (today, any id): as one bound with `after`, so that the index is
    walked from `after` on, not from today down to it on every page)."""
    parts = [(status.value, Payment.status == status, after) for status in sorted(OPEN_WORK)]
    started: tuple[Any, Any] = (today, _ANY_ID)
    if after is not None and as_day(after[0]) <= today:
        started = after
    parts.append(("due", Payment.status == PaymentStatus.DUE, started))
    return parts


_ANY_ID = 2**62  # above every id


def payment_lines(
    today: date,
    paid: list[tuple[Any, int]] | None,
    after: tuple[Any, Any] | None = None,
    limit: int | None = None,
    ids: list[int] | None = None,
) -> list[Any]:
    """The Maksut list as the cursor gives it (tuples that `PAYMENT_LINE` names), latest
    period first (the order of `payment_ids`): those after the line whose (period_start,
    id) as read is `after`, at most `limit` (a page; `paid` from `recently_paid_keys`); or
    those of `ids` (whether listed or not, in no order). A window reading the list page by
    page keeps one `PaymentPager` instead (each key read once per load)."""
    if ids is not None:
        return raw_rows(_line_query(Payment.id.in_(ids)).order_by())
    if limit is None or paid is None:
        return raw_rows(_line_query(_shown(today)))
    return PaymentPager(today).page(after, limit, paid)


class PaymentPager:
    """The Maksut list of one load, page by page, in the order of `payment_ids`.

    Each status's part of the list (the open work by status, the due payments whose period
    has started) is read along its own (status, period_start) index, `limit` keys at a
    time, and only when the keys already read of it might be needed: those not yet shown
    wait here for the next page. The page is the first `limit` of the parts' keys and of
    the paid (`paid` from `recently_paid_keys`, descending: no index gives them in period
    order), merged; its lines are read by id. A page thus reads its lines and most often
    at most one part's keys (reading every part's next `limit` keys for every page and
    showing `limit` of them read each key several times: 185-260 statements for one load
    of the large demo on the server)."""

    def __init__(self, today: date) -> None:
        self.today = today
        self._last: tuple[Any, Any] | None = None  # the key of the last line given
        self._started = False
        # per part: [statement name, condition, the key its next read starts after,
        #            its keys read and not yet given (descending), whether all are read]
        self._parts: list[list[Any]] = []
        self._paid: list[tuple[Any, int]] | None = None
        self._paid_at = 0

    def _start(self, after: tuple[Any, Any] | None) -> None:
        self._parts = [
            [name, where, start, [], False] for name, where, start in _key_parts(self.today, after)
        ]
        self._last, self._started, self._paid = after, True, None

    def page(
        self, after: tuple[Any, Any] | None, limit: int, paid: list[tuple[Any, int]]
    ) -> list[Any]:
        """The lines after the line whose key is `after` (None: the first page), at most
        `limit`. The pages of one load follow each other (`after` the last line given);
        any other `after` starts the parts again from it."""
        after = None if after is None else tuple(after)
        if not self._started or after != self._last:
            self._start(after)
        if paid is not self._paid:  # the latest paid for the first page, then all of them
            self._paid = paid
            self._paid_at = 0 if after is None else _first_below(paid, after)
        chosen = self._keys(limit)
        if not chosen:
            return []
        self._last = chosen[-1]
        for part in self._parts:  # the keys given leave their part
            del part[3][: _first_below(part[3], chosen[-1])]
        self._paid_at = _first_below(self._paid, chosen[-1], self._paid_at)
        ids = [i for _start, i in chosen]
        rows = [
            row
            for at in range(0, len(ids), _LINE_IDS)
            for row in raw_rows_by_ids("payment_lines", _line_chunk, ids[at : at + _LINE_IDS])
        ]
        position = {payment: n for n, payment in enumerate(ids)}
        rows.sort(key=lambda row: position[row[0]])
        return rows

    def _keys(self, limit: int) -> list[tuple[Any, Any]]:
        """The next `limit` keys of the list: the merged keys at hand are safe down to the
        highest last key read of a part not wholly read (that part's unread keys are all
        below it); when fewer than `limit` are safe, that part reads its next keys."""
        assert self._paid is not None
        while True:
            bound = None
            for part in self._parts:
                if part[4]:
                    continue
                if not part[3]:  # nothing at hand of a part not wholly read: read it
                    bound = part
                    break
                if bound is None or part[3][-1] > bound[3][-1]:
                    bound = part
            if bound is not None and not bound[3]:
                self._read(bound, limit)
                continue
            paid = self._paid[self._paid_at : self._paid_at + limit]
            merged = heapq.merge(*(part[3] for part in self._parts), paid, reverse=True)
            chosen = list(islice(merged, limit))
            if bound is None or (len(chosen) == limit and chosen[-1] >= bound[3][-1]):
                return chosen
            self._read(bound, limit)

    def _read(self, part: list[Any], limit: int) -> None:
        name, where, start, keys, _done = part
        more = page_of_lines(
            f"payment_keys {name} {self.today}",
            lambda: (
                Payment.select(Payment.period_start, Payment.id)
                .where(where)
                .order_by(Payment.period_start.desc(), Payment.id.desc())
            ),
            (Payment.period_start, Payment.id),
            start,
            limit,
        )
        keys.extend(more)
        part[4] = len(more) < limit
        if more:
            part[2] = tuple(more[-1])


_LINE_IDS = 1000  # the lines of at most this many ids read by one statement


def _first_below(keys: list[tuple[Any, int]], after: tuple[Any, Any], low: int = 0) -> int:
    """The place of the first of `keys` (descending) that is below `after`, from `low` on."""
    high = len(keys)
    while low < high:
        middle = (low + high) // 2
        if keys[middle] < after:
            high = middle
        else:
            low = middle + 1
    return low


def _line_chunk(ids: list[int]) -> Any:
    return _line_query(id_in(Payment.id, ids)).order_by()


def payment_line_after(line: Sequence[Any]) -> tuple[Any, Any]:
    """The `after` of the page that follows `line` (a row of `payment_lines`)."""
    return line[_LINE_PLACES["period_start"]], line[_LINE_PLACES["id"]]


def record_claim(
    payment_id: int,
    received_on: date,
    payslip_received: bool,
    proof_received: bool,
    approve_on: date | None = None,
) -> PaymentRow:
    """Record the association's claim; with `approve_on`, also approve it (or hold it with
    the reasons) in the same transaction."""
    check = FieldCheck()
    received_on = check.date("claim_received_on", received_on)
    approve_on = check.date("approved_on", approve_on, required=False)
    payslip_received = check.flag("payslip_received", payslip_received)
    proof_received = check.flag("proof_received", proof_received)
    check.raise_if_any()
    if approve_on is not None:
        require("approve")
    with transaction("claim"):
        payment = get_or_raise(Payment, payment_id, "PAYMENT_NOT_FOUND")
        if not is_claimable(payment.status):
            raise NotAllowedError("PAYMENT_ALREADY_APPROVED")
        payment.claim_received_on = received_on
        payment.payslip_received = payslip_received
        payment.proof_received = proof_received
        payment.status = PaymentStatus.CLAIMED
        payment.held_reason = ""
        # only the claim's columns: an officer's grant on `payment` covers no more (db.roles)
        payment.save(only=[getattr(Payment, c) for c in PAYMENT_CLAIM_COLUMNS])
        audit(payment, "claim", ["claim_received_on", "payslip_received", "proof_received"])
        if approve_on is not None:
            _approve_or_hold(payment, approve_on)
    return get_payment(payment_id)


def approval_problems(payment: Payment, today: date) -> list[str]:
    """Why a payment cannot be approved now (empty list: it can); the conditions are
    stated once, in `payment_approvals.approval_problems`."""
    return payment_approvals.approval_problems(payment_approvals.facts_of(payment), today)


def approve_payment(payment_id: int, today: date | None = None) -> PaymentRow:
    """Approve, or hold with the reasons when a condition is missing."""
    with transaction("approve"):
        payment = get_for_update(Payment, payment_id, "PAYMENT_NOT_FOUND")  # one approval
        if not is_approvable(payment.status):
            raise NotAllowedError("PAYMENT_NOT_APPROVABLE")
        _approve_or_hold(payment, today or date.today())
    return get_payment(payment_id)


def _approve_or_hold(payment: Payment, today: date) -> None:
    problems = approval_problems(payment, today)
    if problems:
        payment.status = PaymentStatus.HELD
        payment.held_reason = " ".join(problems)
        audit(payment, "hold", ["status", "held_reason"])
    else:
        payment.status = PaymentStatus.APPROVED
        payment.held_reason = ""
        payment.approved_on = today
        audit(payment, "approve", ["status", "approved_on"])
    payment.save()


def create_batch(payment_ids: list[int], created_on: date, title: str = "") -> int:
    """Gather approved payments into a batch for the finance office."""
    check = FieldCheck()
    created_on = check.date("created_on", created_on)
    title = check.text("title", "PaymentBatch.title", title)
    check.raise_if_any()
    with transaction("batch"):
        # read as the driver gives them (the ids written into the statement: a batch of
        # the large demo has hundreds, and a model instance of each cost more than the read)
        payments = raw_rows(
            lock_for_update(
                Payment.select(Payment.id, Payment.uuid, Payment.status, Payment.batch)
                .where(id_in(Payment.id, payment_ids))
                .order_by(Payment.id)
            )
        )
        approved = PaymentStatus.APPROVED.value
        if not payments or any(
            status != approved or batch_id for _pk, _uuid, status, batch_id in payments
        ):
            raise NotAllowedError("BATCH_ONLY_APPROVED")
        batch = PaymentBatch.create(id=allocate_batch_id(), created_on=created_on, title=title)
        audit(batch, "create", ["created_on", "title"])
        ids = [pk for pk, _uuid, _status, _batch in payments]  # one UPDATE for them all
        update_groups(Payment, ("batch", "updated_at"), [((batch.id, utc_now()), ids)])
        audit_rows("Payment", [(pk, uuid) for pk, uuid, _s, _b in payments], "batch", ["batch"])
    return int(batch.id)


def mark_batch_paid(batch_id: int, paid_on: date) -> list[PaymentRow]:
    """The finance office has paid the batch: its approved payments become paid, once.
    Returns the batch's payments as the lists show them."""
    pay_batch(batch_id, paid_on)
    return list_payments(batch_id=batch_id)


def pay_batch(batch_id: int, paid_on: date) -> list[tuple[int, PaymentStatus]]:
    """`mark_batch_paid` for a caller that needs only the batch's payments' new states:
    (id, status) of each, in the order of their ids."""
    check = FieldCheck()
    paid_on = check.date("paid_on", paid_on)
    check.raise_if_any()
    with transaction("batch"):
        batch = get_for_update(PaymentBatch, batch_id, "PAYMENT_BATCH_NOT_FOUND")
        if batch.paid_on is not None:
            raise NotAllowedError("BATCH_ALREADY_PAID", paid_on=batch.paid_on)
        if paid_on < batch.created_on:
            raise NotAllowedError("BATCH_PAID_BEFORE_CREATED")
        batch.paid_on = paid_on
        batch.save()
        audit(batch, "paid", ["paid_on"])
        rows = prepared("batch.payments", _batch_payments, int(batch.id))
        paid = [(pk, uuid) for pk, uuid, status in rows if status is PaymentStatus.APPROVED]
        update_groups(
            Payment,
            ("status", "paid_on", "updated_at"),
            [((PaymentStatus.PAID, paid_on, utc_now()), [pk for pk, _uuid in paid])],
        )
        audit_rows("Payment", paid, "paid", ["status", "paid_on"])
    return [
        (pk, PaymentStatus.PAID if status is PaymentStatus.APPROVED else status)
        for pk, _uuid, status in rows
    ]


def _batch_payments(batch_id: int) -> Any:
    return (
        Payment.select(Payment.id, Payment.uuid, Payment.status)
        .where(Payment.batch == batch_id)
        .order_by(Payment.id)
        .tuples()
    )
