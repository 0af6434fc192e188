"""Kemi-lisä decisions: decide an application, the employment bonus, notify, read.

Applications and the rules' assessment live in `services/applications.py`; its public names
are re-exported here for the callers that know them from this module.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import date
from sys import intern
from typing import Any

import peewee

from kemidesk.db.connection import lock_for_update
from kemidesk.db.models import (
    Application,
    Association,
    Decision,
    Payment,
    Person,
    Placement,
    utc_now,
)
from kemidesk.db.rows import (
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
from kemidesk.domain.appeal import appeal_deadline, notification_date
from kemidesk.domain.dates import add_months
from kemidesk.domain.errors import FieldErrors
from kemidesk.domain.lifecycle import APPLICATION_KINDS, can_notify, is_grant
from kemidesk.domain.messages import Message
from kemidesk.domain.money import parse_money
from kemidesk.domain.numbering import format_decision_number
from kemidesk.domain.rules import RuleSet
from kemidesk.domain.schedule import Period
from kemidesk.domain.types import (
    ApplicationStatus,
    DecisionStatus,
    DecisionType,
    NotificationMethod,
    PaymentStatus,
)
from kemidesk.domain.validation import text_limit
from kemidesk.services.applications import (
    OVERRIDABLE,
    ApplicationInput,
    ApplicationRow,
    Assessment,
    _data_mark,
    _de_minimis_received,
    assess,
    assess_application,
    compose_reasons,
    get_application,
    list_applications,
    months_already_granted,
    needs_de_minimis_check,
    placement_facts,
    record_application,
    still_current,
    target_group_labels,
    withdraw_application,
)
from kemidesk.services.common import (
    FieldCheck,
    audit,
    audit_rows,
    get_for_update,
    get_or_raise,
    insert_rows,
    prepared,
    record_key,
    transaction,
    update_groups,
    with_related,
)
from kemidesk.services.decision_content import PUBLIC_PREFIX, decision_id_by_number
from kemidesk.services.decision_factory import (
    PAYMENT_FIELDS,
    DecisionDraft,
    created_fields,
    issue_decision,
    payment_ids_query,
    payment_reference,
    payment_rows,
    write_decision,
)
from kemidesk.services.errors import NotAllowedError, NotFoundError
from kemidesk.services.ledger import effective_end, placement_ledgers
from kemidesk.services.numbering import lock_series
from kemidesk.services.record_lists import in_order_of, page_of_lines
from kemidesk.services.settings import (
    appropriation_cents,
    committed_cents,
    get_office_settings,
    missing_decision_settings,
    rules_for,
    rules_from_snapshot,
)

__all__ = [
    "OVERRIDABLE",
    "ApplicationInput",
    "ApplicationRow",
    "Assessment",
    "DecisionBatch",
    "DecisionInput",
    "DecisionRow",
    "NotificationBatch",
    "appeal_preview",
    "assess",
    "assess_application",
    "compose_reasons",
    "decide_application",
    "decide_applications",
    "decide_bonus",
    "decision_batch",
    "decision_rules",
    "effective_end",
    "get_application",
    "get_decision",
    "get_decision_by_number",
    "list_applications",
    "list_decisions",
    "months_already_granted",
    "notification_batch",
    "notify_decision",
    "notify_decisions",
    "payment_reference",
    "placement_facts",
    "record_application",
    "set_decision_archived",
    "target_group_labels",
    "withdraw_application",
]


@dataclass(frozen=True)
class DecisionInput:
    application_id: int
    decision_type: DecisionType
    decision_date: date
    period_start: date | None = None
    period_end: date | None = None
    monthly: str = "500,00"
    reasons: str = ""
    conditions: str = ""
    warning_justification: str = ""
    decided_by_name: str = ""
    decided_by_title: str = ""
    override_appropriation: bool = False
    override_justification: str = ""
    # Reasons written for the public copy (the only officer text it prints); stored as lines
    # of `Decision.reasons` starting with PUBLIC_PREFIX.
    public_reasons: str = ""
    # The assessment the decider looked at (`assess` of the application's placement): used
    # as it is when nothing was written since in this transaction and its inputs are the
    # decision's (`applications.still_current`), else the rules are run again.
    assessed: Assessment | None = field(default=None, compare=False, repr=False)


@dataclass(frozen=True, slots=True)
class DecisionRow:
    id: int
    uuid: str
    number: str
    decision_type: DecisionType
    status: DecisionStatus
    placement_id: int
    association_id: int
    association_name: str
    person_name: str
    parent_id: int | None
    decision_date: date
    monthly_amount_cents: int
    period_start: date | None
    period_end: date | None
    total_cents: int
    reasons: str
    conditions: str
    decided_by_name: str
    decided_by_title: str
    cost_centre: str
    notification_method: NotificationMethod | None
    sent_on: date | None
    notified_on: date | None
    appeal_deadline: date | None
    archived: bool
    paid_cents: int = 0


# ---------------------------------------------------------------- deciding


def decide_application(data: DecisionInput) -> DecisionRow:
    """Grant, partial grant or rejection of an application, in one transaction."""
    data, decision_type, monthly = _checked_decision(data)
    with transaction("decide"):
        # Decisions of the year one at a time (the counter row), and the application locked:
        # two deciders cannot decide it twice nor grant the same months twice.
        lock_series(data.decision_date.year)
        app = _open_application(data.application_id)
        assessment = _decision_assessment(data, decision_type, monthly, app)
        decision = issue_decision(_application_draft(data, decision_type, app, assessment))
        app.status = ApplicationStatus.DECIDED
        app.justification = data.warning_justification.strip()
        app.save(only=_DECIDED_SAVED)  # not the columns that did not change
        audit(app, "decide", _DECIDED_FIELDS)
    return get_decision(decision.id)


_DECIDED_FIELDS = ("status", "justification")  # an application's audit row when decided
_DECIDED_SAVED = (*_DECIDED_FIELDS, "updated_at")  # and what deciding writes of it


def _checked_decision(data: DecisionInput) -> tuple[DecisionInput, DecisionType, int]:
    """The input checked before anything is read: (it with its texts stripped, its kind,
    its monthly amount in cents)."""
    check = FieldCheck()
    decision_type = check.choice("decision_type", DecisionType, data.decision_type)
    check.raise_if_any()
    if decision_type not in APPLICATION_KINDS:
        raise NotAllowedError("APPLICATION_DECISION_KIND")
    data = _checked_input(data, check)
    monthly = check("monthly", parse_money, data.monthly)
    check.raise_if_any()
    return data, decision_type, monthly


def _open_application(application_id: int, placement: Placement | None = None) -> Application:
    """The application to decide, locked, with its placement (`placement` when it is the
    application's, read in this transaction with nothing written since); refused once
    decided."""
    app = get_for_update(Application, application_id, "APPLICATION_NOT_FOUND")
    if placement is not None and placement.id == app.placement_id:
        app.__rel__["placement"] = placement  # as `with_related` would load it
    with_related(app, "placement")
    if app.status is not ApplicationStatus.RECEIVED:
        raise NotAllowedError("APPLICATION_ALREADY_DECIDED")
    return app


def _decision_assessment(
    data: DecisionInput, decision_type: DecisionType, monthly: int, app: Application
) -> Assessment:
    """The rules' assessment the decision is made on (the one given when still current, else
    made again), with a grant's own checks passed."""
    inputs = {
        "decision_date": data.decision_date,
        "period_start": data.period_start,
        "period_end": data.period_end,
        "monthly_cents": monthly,
        "application_date": app.received_on,
    }
    assessment = data.assessed
    if assessment is None or not still_current(assessment, app.placement_id, **inputs):
        assessment = assess(app.placement_id, placement=app.placement, **inputs)
    if is_grant(decision_type):
        check = FieldCheck()
        _check_grantable(assessment, data, check)
        check.raise_if_any()
    return assessment


class DecisionBatch:
    """Several applications decided in one transaction (`decision_batch`, `decide_applications`):
    the office's decisions of a day. Each item is checked and assessed exactly as
    `decide_application` does it, in the order given, and its decision row written at once,
    so the next item's checks (and an assessment made between two items) see it: the year's
    committed money, the aid to the association, the placement's grants. What nothing in
    between reads is written at the end, each in one go: the year's counter, the payments of
    all the decisions (one statement), the applications' status and the audit rows, in the
    order the single calls write them. The result equals the single calls item by item:
    the same rows, numbers and audit rows (tests/unit/services/test_decision_batch.py).

    A refused item refuses the whole batch: its error is the one the single call raises,
    and the transaction rolls back (nothing of the batch is written). An application given
    twice is refused the second time (APPLICATION_ALREADY_DECIDED), as it would be. The
    batch's decisions are read (`rows`) after it has ended."""

    def __init__(self) -> None:
        self._series: dict[tuple[str, int], Any] = {}  # (prefix, year) → its counter row
        self._settings = get_office_settings()
        self._apps: list[Application] = []
        self._decided: set[int] = set()  # applications decided in the batch
        self._payments: list[dict[str, Any]] = []  # payment rows not yet written
        self._waiting: set[int] = set()  # placements whose decisions' payments wait
        self._made: dict[int, list[tuple[int, str]]] = {}  # decision → its payments' keys
        # the audit rows in the single calls' order: (entity, keys or a decision's id whose
        # payments they are, action, fields)
        self._audit: list[tuple[str, Any, str, Sequence[str]]] = []
        self.ids: list[int] = []
        self._written: list[tuple[int, DecisionType, int]] = []  # (id, kind, total) of each
        # the placement the last assessment read, with the data mark it was read at
        # (`applications._data_mark`): used again while nothing has been written since
        self._read: tuple[Any, Placement] | None = None
        self._ended = self._refused = False

    def decide(self, data: DecisionInput) -> int:
        """Check and make one decision of the batch (as `decide_application`); its id."""
        if self._ended or self._refused:
            raise RuntimeError("the decision batch has ended or refused an item")
        try:
            return self._decide(data)
        except BaseException:
            self._refused = True  # caught and gone on from or not: the batch is refused
            raise

    def _decide(self, data: DecisionInput) -> int:
        data, decision_type, monthly = _checked_decision(data)
        year = data.decision_date.year
        self._counter("KL", year)  # locked first, as the single call does
        if data.application_id in self._decided:
            raise NotAllowedError("APPLICATION_ALREADY_DECIDED")
        app = _open_application(data.application_id, self._read_placement())
        if app.placement_id in self._waiting:
            self._write_payments()  # its grants' payments, as a single call would read them
        assessment = _decision_assessment(data, decision_type, monthly, app)
        draft = _application_draft(data, decision_type, app, assessment)
        missing = missing_decision_settings(self._settings, draft.kind)
        if missing:
            raise NotAllowedError(
                "DECISION_SETTINGS_MISSING", missing=[label for _n, label in missing]
            )
        series = self._counter(draft.rules.decision_prefix, year)
        series.last_seq += 1
        self._audit.append(("DecisionSeries", [_key(series)], "allocate", ("last_seq",)))
        number = format_decision_number(year, series.last_seq, draft.rules.decision_prefix)
        decision = write_decision(draft, number, year, series.last_seq)
        self._audit.append(("Decision", [_key(decision)], "create", created_fields(draft)))
        if draft.schedule:
            self._payments += payment_rows(decision.id, draft.schedule)
            self._waiting.add(app.placement_id)
            self._audit.append(("Payment", decision.id, "create", PAYMENT_FIELDS))
        app.status = ApplicationStatus.DECIDED
        app.justification = data.warning_justification.strip()
        self._apps.append(app)
        self._decided.add(app.id)
        self._audit.append(("Application", [_key(app)], "decide", _DECIDED_FIELDS))
        self.ids.append(decision.id)
        self._written.append((decision.id, draft.kind, draft.total_cents))
        return int(decision.id)

    def assess(self, placement_id: int, **inputs: Any) -> Assessment:
        """`applications.assess` as it would see the batch's decisions made so far (the
        payments of the placement's own are written first)."""
        if placement_id in self._waiting:
            self._write_payments()
        placement = self._read_placement()
        if placement is None or placement.id != placement_id:
            placement = get_or_raise(Placement, placement_id, "PLACEMENT_NOT_FOUND")
            mark = _data_mark()
            self._read = None if mark is None else (mark, placement)
        return assess(placement_id, placement=placement, **inputs)

    def _read_placement(self) -> Placement | None:
        """The placement the last assessment read, if nothing was written since (on the
        local file: on the server, read again)."""
        if self._read is None:
            return None
        mark, placement = self._read
        now = _data_mark()
        if now is None or now[0] is not mark[0] or now[1] != mark[1]:
            self._read = None
            return None
        return placement

    def rows(self) -> list[DecisionRow]:
        """The batch's decisions as `get_decision` gives them, in the order decided."""
        if not self._ended:
            raise RuntimeError("the decision batch has not ended")
        return [get_decision(i) for i in self.ids]  # one prepared statement each

    def made(self) -> list[tuple[int, DecisionType, int]]:
        """(id, kind, total in cents) of the batch's decisions, in the order decided, as
        they were written (what `rows` gives of them, without reading them back)."""
        if not self._ended:
            raise RuntimeError("the decision batch has not ended")
        return list(self._written)

    def _counter(self, prefix: str, year: int) -> Any:
        series = self._series.get((prefix, year))
        if series is None:
            series = self._series[(prefix, year)] = lock_series(year, prefix)
        return series

    def _write_payments(self) -> None:
        rows, self._payments = self._payments, []
        self._waiting.clear()
        if not rows:
            return
        insert_rows(Payment, rows)
        for decision_id in dict.fromkeys(row["decision"] for row in rows):
            # one prepared statement per decision: a text with the ids written in would be
            # compiled anew for every batch (and push the compiled statements out)
            self._made[decision_id] = prepared(
                "decision.payment_ids", payment_ids_query, decision_id
            )

    def _end(self) -> None:
        """Write what waited: the counters, the payments, the applications, the audit."""
        self._ended = True
        if self._refused:  # an item refused (and the error caught): none of it is written
            raise RuntimeError("a refused item refuses the whole decision batch")
        for series in self._series.values():
            if series.is_dirty():
                series.save(only=("last_seq", "updated_at"))  # the one column changed
        self._write_payments()
        for app in self._apps:
            app.save(only=_DECIDED_SAVED)
        for entity, keys, action, fields in self._audit:
            if not isinstance(keys, list):
                keys = self._made.get(keys, [])
            audit_rows(entity, keys, action, fields)


def _key(instance: Any) -> tuple[int, str]:
    return instance.get_id(), getattr(instance, "uuid", "")


@contextmanager
def decision_batch() -> Iterator[DecisionBatch]:
    """A batch of decisions (`DecisionBatch`) in one transaction: call `decide` for each
    item inside the block (an assessment may be made between items), `rows` after it."""
    with transaction("decide"):
        batch = DecisionBatch()
        yield batch
        batch._end()


def decide_applications(items: Sequence[DecisionInput]) -> list[DecisionRow]:
    """Several applications decided in one transaction, as `decide_application` decides each
    in turn (see `DecisionBatch`): all of them, or none when one is refused."""
    with decision_batch() as batch:
        for data in items:
            batch.decide(data)
    return batch.rows()


def _checked_input(data: DecisionInput, check: FieldCheck) -> DecisionInput:
    """The input with its dates checked and its texts stripped and within their limits."""
    name, title = check.signer(data.decided_by_name, data.decided_by_title)
    return replace(
        data,
        decision_date=check.date("decision_date", data.decision_date),
        period_start=check.date("period_start", data.period_start, required=False),
        period_end=check.date("period_end", data.period_end, required=False),
        reasons=check.text("reasons", "Decision.reasons", data.reasons),
        public_reasons=check.text("public_reasons", "Decision.reasons", data.public_reasons),
        conditions=check.text("conditions", "Decision.conditions", data.conditions),
        warning_justification=check.text(
            "warning_justification", "Application.justification", data.warning_justification
        ),
        decided_by_name=name,
        decided_by_title=title,
        override_appropriation=check.flag("override_appropriation", data.override_appropriation),
        override_justification=check.text(
            "override_justification",
            "Decision.override_justification",
            data.override_justification,
        ),
    )


def _application_draft(
    data: DecisionInput, kind: DecisionType, app: Application, assessment: Assessment
) -> DecisionDraft:
    """A grant carries the assessed period, amount and schedule; a rejection none of them."""
    reasons = data.reasons.strip() or compose_reasons(assessment, kind)
    if data.warning_justification.strip():
        reasons += "\nPerustelu huomautuksista: " + data.warning_justification.strip()
    for line in data.public_reasons.splitlines():
        if line.strip():
            reasons += f"\n{PUBLIC_PREFIX} {line.strip()}"
    limit = text_limit("Decision.reasons")
    if len(reasons) > limit:
        message = Message("TEXT_TOO_LONG", {"max": limit, "length": len(reasons)})
        raise FieldErrors({"reasons": message})
    granted = is_grant(kind)
    return DecisionDraft(
        kind=kind,
        placement=app.placement,
        decision_date=data.decision_date,
        rules=assessment.rules,
        reasons=reasons,
        decided_by_name=data.decided_by_name,
        decided_by_title=data.decided_by_title,
        conditions=data.conditions,
        monthly_cents=assessment.monthly_cents if granted else 0,
        period_start=assessment.period_start if granted else None,
        period_end=assessment.period_end if granted else None,
        total_cents=assessment.total_cents if granted else 0,
        schedule=assessment.schedule if granted else (),
        application_id=app.id,
        appropriation_override=data.override_appropriation,
        override_justification=data.override_justification,
    )


def _check_grantable(assessment: Assessment, data: DecisionInput, check: FieldCheck) -> None:
    blocking = assessment.blocking(data.override_appropriation)
    if blocking:
        first = blocking[0]
        check.fail("period_start", "GRANT_BLOCKED", finding=Message(first.code, first.params))
    if data.override_appropriation and not data.override_justification.strip():
        check.fail("override_justification", "OVERRIDE_JUSTIFICATION_REQUIRED")
    if assessment.warnings and not data.warning_justification.strip():
        check.fail("warning_justification", "WARNING_JUSTIFICATION_REQUIRED")
    if not assessment.schedule:
        check.fail("period_end", "NOTHING_TO_PAY")


def notify_decision(decision_id: int, method: NotificationMethod, sent_on: date) -> DecisionRow:
    """Mark the decision sent; the appeal deadline follows from the method and date."""
    check = FieldCheck()
    check.choice("method", NotificationMethod, method)
    sent_on = check.date("sent_on", sent_on)
    check.raise_if_any()
    with transaction("decide"):
        decision = get_for_update(Decision, decision_id, "DECISION_NOT_FOUND")
        if not can_notify(decision.status):
            raise NotAllowedError("DECISION_ALREADY_NOTIFIED")
        if sent_on < decision.decision_date:
            raise FieldErrors({"sent_on": Message("SENT_BEFORE_DECISION")})
        rules = rules_from_snapshot(decision.rules_json)
        method = NotificationMethod(method)
        decision.notification_method = method
        decision.sent_on = sent_on
        decision.notified_on = notification_date(sent_on, method, rules)
        decision.appeal_deadline = appeal_deadline(sent_on, method, rules)
        decision.status = DecisionStatus.SENT
        sent = ["notification_method", "sent_on", "notified_on", "appeal_deadline", "status"]
        decision.save(only=[*sent, "updated_at"])  # not the 40 columns that did not change
        audit(decision, "notify", ["notification_method", "sent_on", "appeal_deadline", "status"])
    return get_decision(decision_id)


class NotificationBatch:
    """Several decisions marked sent in one transaction (`notification_batch`,
    `notify_decisions`): the office's letters and e-mails of a day. Each item is checked and
    its dates worked out as `notify_decision` does it, at once (`notify` gives them); the
    rows are updated with one statement for all and their audit rows written at the end, in
    the single calls' order. A refused item refuses the whole batch (the single call's
    error; nothing written); a decision given twice is refused the second time
    (DECISION_ALREADY_NOTIFIED), as it would be. Its decisions are read (`rows`) after it."""

    def __init__(self) -> None:
        self._groups: list[tuple[tuple[Any, ...], list[int]]] = []  # each decision's values
        self._keys: list[tuple[int, str]] = []  # (id, uuid) of each, for the audit rows
        self.ids: list[int] = []
        self._ended = self._refused = False

    def notify(
        self, decision_id: int, method: NotificationMethod, sent_on: date
    ) -> tuple[date, date]:
        """Check and mark one decision sent (as `notify_decision`); (deemed received on,
        last day of the request for review)."""
        if self._ended or self._refused:
            raise RuntimeError("the notification batch has ended or refused an item")
        try:
            return self._notify(decision_id, method, sent_on)
        except BaseException:
            self._refused = True  # caught and gone on from or not: the batch is refused
            raise

    def _notify(
        self, decision_id: int, method: NotificationMethod, sent_on: date
    ) -> tuple[date, date]:
        check = FieldCheck()
        check.choice("method", NotificationMethod, method)
        sent_on = check.date("sent_on", sent_on)
        check.raise_if_any()
        key = record_key(decision_id)
        found = None if key is None else prepared("notify.decision", _to_notify_query, key)
        if not found:
            raise NotFoundError("DECISION_NOT_FOUND", decision_id)
        decision = found[0]
        if not can_notify(decision.status) or decision.id in self.ids:
            raise NotAllowedError("DECISION_ALREADY_NOTIFIED")
        if sent_on < decision.decision_date:
            raise FieldErrors({"sent_on": Message("SENT_BEFORE_DECISION")})
        rules = rules_from_snapshot(decision.rules_json)
        method = NotificationMethod(method)
        notified_on = notification_date(sent_on, method, rules)
        deadline = appeal_deadline(sent_on, method, rules)
        values = (method, sent_on, notified_on, deadline, DecisionStatus.SENT, utc_now())
        self._groups.append((values, [decision.id]))
        self._keys.append((decision.id, decision.uuid))
        self.ids.append(decision.id)
        return notified_on, deadline

    def rows(self) -> list[DecisionRow]:
        """The batch's decisions as `get_decision` gives them, in the order notified."""
        if not self._ended:
            raise RuntimeError("the notification batch has not ended")
        return [get_decision(i) for i in self.ids]

    def _end(self) -> None:
        self._ended = True
        if self._refused:  # an item refused (and the error caught): none of it is written
            raise RuntimeError("a refused item refuses the whole notification batch")
        if not self._groups:
            return
        update_groups(Decision, _NOTIFIED, self._groups)
        audit_rows("Decision", self._keys, "notify", _NOTIFY_AUDIT)


# What marking a decision sent writes (as `notify_decision` saves it) and audits.
_NOTIFIED = ("notification_method", "sent_on", "notified_on", "appeal_deadline", "status",
             "updated_at")  # fmt: skip
_NOTIFY_AUDIT = ("notification_method", "sent_on", "appeal_deadline", "status")


def _to_notify_query(decision_id: int) -> Any:
    """What marking a decision sent looks at (locked on the server, as `get_for_update`)."""
    columns = (Decision.id, Decision.uuid, Decision.status, Decision.decision_date,
               Decision.rules_json)  # fmt: skip
    return lock_for_update(Decision.select(*columns).where(Decision.id == decision_id))


@contextmanager
def notification_batch() -> Iterator[NotificationBatch]:
    """A batch of notifications (`NotificationBatch`) in one transaction: `notify` each
    decision inside the block, `rows` after it."""
    with transaction("decide"):
        batch = NotificationBatch()
        yield batch
        batch._end()


def notify_decisions(
    items: Sequence[tuple[int, NotificationMethod, date]],
) -> list[DecisionRow]:
    """Several decisions (id, method, sent on) marked sent in one transaction, as
    `notify_decision` marks each in turn: all of them, or none when one is refused."""
    with notification_batch() as batch:
        for decision_id, method, sent_on in items:
            batch.notify(decision_id, method, sent_on)
    return batch.rows()


def set_decision_archived(decision_id: int, archived: bool = True) -> DecisionRow:
    with transaction("decide"):
        decision = get_or_raise(Decision, decision_id, "DECISION_NOT_FOUND")
        decision.archived = archived
        decision.save()
        audit(decision, "archive" if archived else "unarchive", ["archived"])
    return get_decision(decision_id)


# ---------------------------------------------------------------- reading


def decision_rules(decision_id: int) -> RuleSet:
    """The rules the decision was made under (its stored snapshot)."""
    decision = get_or_raise(Decision, decision_id, "DECISION_NOT_FOUND")
    return rules_from_snapshot(decision.rules_json)


def appeal_preview(
    decision_id: int, method: NotificationMethod, sent_on: date
) -> tuple[date, date]:
    """(deemed received on, last day of the request for review) if sent now, as
    `notify_decision` would compute them."""
    rules = decision_rules(decision_id)
    method = NotificationMethod(method)
    return notification_date(sent_on, method, rules), appeal_deadline(sent_on, method, rules)


def get_decision(decision_id: int) -> DecisionRow:
    if record_key(decision_id) is decision_id:  # an int key: the statements built once
        paid = dict(prepared("get_decision.paid", lambda i: _paid_query([i]), decision_id))
        found = prepared("get_decision", lambda i: _decision_query([i]), decision_id)
        rows = [_decision_row(r, paid.get(r["id"], 0)) for r in found]
    else:
        rows = list_decisions(include_archived=True, ids=[decision_id])
    if not rows:
        get_or_raise(Decision, decision_id, "DECISION_NOT_FOUND")
    return rows[0]


def get_decision_by_number(number: str) -> DecisionRow:
    return get_decision(decision_id_by_number(number))


# Selected under the names of DecisionRow's fields, so rows are built by name.
_DECISION_COLUMNS = (
    Decision.id,
    Decision.uuid,
    Decision.number,
    Decision.decision_type,
    Decision.status,
    Decision.placement.alias("placement_id"),
    Decision.association.alias("association_id"),
    Association.name.alias("association_name"),
    Person.last_name,
    Person.first_name,
    Decision.parent.alias("parent_id"),
    Decision.decision_date,
    Decision.monthly_amount_cents,
    Decision.period_start,
    Decision.period_end,
    Decision.total_cents,
    Decision.reasons,
    Decision.conditions,
    Decision.decided_by_name,
    Decision.decided_by_title,
    Decision.cost_centre,
    Decision.notification_method,
    Decision.sent_on,
    Decision.notified_on,
    Decision.appeal_deadline,
    Decision.archived,
)
_INTERNED = ("association_name", "reasons", "conditions", "decided_by_name", "decided_by_title",
             "cost_centre")  # fmt: skip


def list_decisions(
    include_archived: bool = False,
    ids: list[int] | None = None,
    placement_id: int | None = None,
    association_id: int | None = None,
    year: int | None = None,
    status: DecisionStatus | None = None,
) -> list[DecisionRow]:
    if ids and include_archived and (placement_id, association_id, year, status) == (None,) * 4:
        # a chunk of the window's list: its statements built once
        paid = raw_rows_by_ids("list_decisions.paid", _paid_chunk, ids)
        paid_by_decision = {decision: int(cents) for decision, cents in paid}
        index, values = value_rows_by_ids("list_decisions", _decision_chunk, ids)
        return in_order_of(ids, _decisions_from_values(index, values, paid_by_decision))
    paid_by_decision = dict(_paid_query(ids, inline_ids=True))
    query = _decision_query(ids, inline_ids=True)
    if not include_archived:
        query = query.where(Decision.archived == False)  # noqa: E712
    if placement_id is not None:
        query = query.where(Decision.placement == placement_id)
    if association_id is not None:
        query = query.where(Decision.association == association_id)
    if year is not None:
        query = query.where(Decision.year == year)
    if status is not None:
        query = query.where(Decision.status == status)
    rows = [_decision_row(r, paid_by_decision.get(r["id"], 0)) for r in dict_rows(query)]
    return rows if ids is None else in_order_of(ids, rows)


def listed_query(include_archived: bool, *columns: Any) -> Any:
    """The query of `list_decisions` (its joins, filter and order) selecting `columns`
    instead: `kemidesk list` reads only what it writes."""
    query = _decision_query(None).select(*columns)
    if not include_archived:
        query = query.where(Decision.archived == False)  # noqa: E712
    return query


def paid_by_decision() -> dict[int, int]:
    """Money paid per decision (as `list_decisions` gives it in `paid_cents`)."""
    return {decision: int(cents) for decision, cents in raw_rows(_paid_query(None))}


# ---------------------------------------------------------------- the window's list, as lines
# What the grants tab shows and filters by, read straight from the cursor (`line_class`);
# a decision's other fields are read by id (`get_decision`) when one is chosen.


def _line_query(include_archived: bool) -> Any:
    paid = (
        Payment.select(peewee.fn.COALESCE(peewee.fn.SUM(Payment.amount_cents), 0))
        .where((Payment.decision == Decision.id) & (Payment.status == PaymentStatus.PAID))
        .alias("paid_cents")
    )
    query = (
        Decision.select(
            Decision.id, Decision.number, Decision.decision_type, Decision.decision_date,
            Decision.association.alias("association_id"),
            Association.name.alias("association_name"), Person.last_name, Person.first_name,
            Decision.period_start, Decision.period_end, Decision.monthly_amount_cents,
            Decision.total_cents, paid, Decision.status, Decision.appeal_deadline,
            Decision.archived,
        )
        .join(Association, on=(Decision.association == Association.id))
        .switch(Decision)
        .join(Placement, on=(Decision.placement == Placement.id))
        .join(Person, on=(Placement.person == Person.id))
        .order_by(Decision.decision_date.desc(), Decision.id.desc())
    )  # fmt: skip
    if not include_archived:
        query = query.where(Decision.archived == False)  # noqa: E712
    return query


_LINE_PLACES = {name: i for name, (i, _convert) in column_readers(_line_query(True)).items()}
DECISION_LINE = line_class(
    "DecisionLine",
    column_readers(_line_query(True)),
    {"person_name": lambda line: full_name(line.last_name, line.first_name)},
)


def decision_lines(
    include_archived: bool,
    after: tuple[Any, Any] | None = None,
    limit: int | None = None,
    ids: list[int] | None = None,
) -> list[Any]:
    """The listed decisions as the cursor gives them (tuples that `DECISION_LINE` names),
    in the order of `list_decisions`, with the money paid of each: those after the line
    whose (decision_date, id) as read is `after`, at most `limit` (a page of the list); or
    those of `ids` (archived too, in no order)."""
    if ids is not None:
        return raw_rows(_line_query(True).where(Decision.id.in_(ids)).order_by())
    return page_of_lines(
        f"decision_lines {include_archived}",
        lambda: _line_query(include_archived),
        (Decision.decision_date, Decision.id),
        after,
        limit,
    )


def decision_line_after(line: Sequence[Any]) -> tuple[Any, Any]:
    """The `after` of the page that follows `line` (a row of `decision_lines`)."""
    return line[_LINE_PLACES["decision_date"]], line[_LINE_PLACES["id"]]


def _paid_chunk(ids: list[int]) -> Any:
    return _paid_query(ids, inline_ids=True)


def _decision_chunk(ids: list[int]) -> Any:
    return _decision_query(ids, inline_ids=True)


def _paid_query(ids: list[int] | None, inline_ids: bool = False) -> Any:
    """(decision id, money paid) of the decisions with paid payments (of `ids`)."""
    paid = (
        Payment.select(Payment.decision, peewee.fn.SUM(Payment.amount_cents).alias("paid"))
        .where(Payment.status == PaymentStatus.PAID)
        .group_by(Payment.decision)
    )
    if ids is not None:
        # a list's chunk: the ids written into the SQL; one decision (prepared): a parameter
        paid = paid.where(id_in(Payment.decision, ids) if inline_ids else Payment.decision.in_(ids))
    return paid.tuples()


def _decision_query(ids: list[int] | None, inline_ids: bool = False) -> Any:
    """The listed decisions as dicts, newest first, or those of `ids` (archived too)."""
    query = (
        Decision.select(*_DECISION_COLUMNS)
        .join(Association, on=(Decision.association == Association.id))
        .switch(Decision)
        .join(Placement, on=(Decision.placement == Placement.id))
        .join(Person, on=(Placement.person == Person.id))
        .order_by(Decision.decision_date.desc(), Decision.id.desc())
    )
    if ids is not None:  # by primary key, in the order of `ids` (no walk along a date index)
        where = id_in(Decision.id, ids) if inline_ids else Decision.id.in_(ids)
        query = query.where(where).order_by()
    return query.dicts()


_FIELDS = tuple(f.name for f in dataclasses.fields(DecisionRow))


def _decisions_from_values(
    index: dict[str, int], rows: list[list[Any]], paid: dict[int, int]
) -> list[DecisionRow]:
    """Listed decisions from their columns' values (`value_rows_by_ids`): each field taken
    by its name, as `_decision_row` does, without a dict per row."""
    if not rows:
        return []
    place = {**index, "person_name": len(index), "paid_cents": len(index) + 1}
    order = [place[name] for name in _FIELDS]
    last, first, number, key = (index[k] for k in ("last_name", "first_name", "number", "id"))
    interned = [index[k] for k in _INTERNED]
    share_ints(rows, (index[k] for k in ("monthly_amount_cents", "total_cents")))
    out = []
    for values in rows:
        for i in interned:
            values[i] = intern(values[i])
        if values[number] is None:
            values[number] = ""
        values.append(full_name(values[last], values[first]))
        values.append(paid.get(values[key], 0))
        out.append(DecisionRow(*[values[i] for i in order]))
    return out


def _decision_row(r: dict[str, Any], paid: int) -> DecisionRow:
    """One listed decision, by column name (texts that repeat share one string)."""
    last, first = r.pop("last_name"), r.pop("first_name")
    for key in _INTERNED:
        r[key] = intern(r[key])
    r.update(
        number=r["number"] or "",
        person_name=full_name(last, first),
        paid_cents=paid,
    )
    return DecisionRow(**r)


def decide_bonus(
    placement_id: int,
    decision_date: date,
    decided_by_name: str = "",
    decided_by_title: str = "",
    reasons: str = "",
) -> DecisionRow:
    """The one-off employment bonus, once per placement, when the outcome allows it."""
    from kemidesk.services.followups import placement_bonus_due

    check = FieldCheck()
    decision_date = check.date("decision_date", decision_date)
    decided_by_name, decided_by_title = check.signer(decided_by_name, decided_by_title)
    reasons = check.text("reasons", "Decision.reasons", reasons)
    check.raise_if_any()
    with transaction("decide"):
        lock_series(decision_date.year)
        placement = with_related(
            get_for_update(Placement, placement_id, "PLACEMENT_NOT_FOUND"), "association"
        )
        ledgers = placement_ledgers(placement_id)
        if not all(g.ended_by(decision_date) for g in ledgers):
            raise NotAllowedError("BONUS_BEFORE_GRANT_END")
        if not placement_bonus_due(placement_id, on=decision_date, ledgers=ledgers):
            raise NotAllowedError("BONUS_NOT_DUE")
        rules = rules_for(decision_date)
        _check_bonus_money(placement.association, decision_date, rules)
        end = placement.actual_end_date or placement.end_date or decision_date
        period = Period(
            index=1,
            start=end,
            end=end,
            eligible_days=1,
            total_days=1,
            amount_cents=rules.bonus_cents,
            claim_due=add_months(decision_date, rules.claim_deadline_months),
        )
        decision = issue_decision(
            DecisionDraft(
                kind=DecisionType.BONUS,
                placement=placement,
                decision_date=decision_date,
                rules=rules,
                reasons=reasons
                or (
                    "Järjestö on jatkanut työsuhdetta omin varoin tai työllistetty on "
                    "työllistynyt yritykseen Kemi-lisäjakson jälkeen."
                ),
                decided_by_name=decided_by_name,
                decided_by_title=decided_by_title,
                total_cents=rules.bonus_cents,
                schedule=(period,),
            )
        )
    return get_decision(decision.id)


def _check_bonus_money(association: Association, decision_date: date, rules: RuleSet) -> None:
    budget = appropriation_cents(decision_date.year)  # 0: none set
    if budget > 0 and budget - committed_cents(decision_date.year) < rules.bonus_cents:
        raise NotAllowedError("BONUS_NO_APPROPRIATION")
    if needs_de_minimis_check(association) and (
        _de_minimis_received(association, decision_date, rules) + rules.bonus_cents
        > rules.de_minimis_cap_cents
    ):
        raise NotAllowedError("BONUS_DE_MINIMIS_EXCEEDED")
