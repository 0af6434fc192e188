"""peewee models. Money is integer cents; dates are ISO text; every row has a stable UUID.

The schema of a database file is made by `migrations.py`, not by `create_tables()`: this file
is the head schema those migrations must arrive at (a test compares the two).
"""

from __future__ import annotations

import functools
import uuid
from datetime import UTC, date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

import peewee

from kemidesk.db.connection import database_proxy
from kemidesk.domain.types import (
    ApplicationStatus,
    DecisionStatus,
    DecisionType,
    EmployerType,
    FollowupType,
    NeedStatus,
    NotificationMethod,
    OutcomeCheckpoint,
    OutcomeStatus,
    PaymentStatus,
    ProposalStatus,
    TrainingTarget,
    TransferKind,
    TransferStatus,
    VisitKind,
)


def _new_uuid() -> str:
    return uuid.uuid4().hex


def utc_now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None, microsecond=0)


class DecimalTextField(peewee.TextField):
    """An exact decimal kept as text (peewee's DecimalField stores floats on SQLite)."""

    field_type = "TEXT"

    def db_value(self, value: Any) -> str | None:
        return None if value is None else str(Decimal(value))

    def python_value(self, value: Any) -> Decimal | None:
        return None if value is None else Decimal(str(value))


# Dates repeat a lot (starts on the 1st and 15th, period ends); date objects are immutable,
# so one shared object per day saves memory in 40 000-row listings.
parse_iso_date = functools.lru_cache(maxsize=16384)(date.fromisoformat)


class UtcDateTimeField(peewee.DateTimeField):
    """A moment in UTC, held in Python as a naive datetime (as `utc_now()` makes it). The
    server's `timestamptz` reads back an aware datetime: converted to naive UTC here, so both
    engines give the services the same values."""

    def python_value(self, value: Any) -> datetime | None:
        value = super().python_value(value)
        if isinstance(value, datetime) and value.tzinfo is not None:
            value = value.astimezone(UTC).replace(tzinfo=None)
        return value  # type: ignore[no-any-return]


class IsoDateField(peewee.DateField):
    """A DATE column read with date.fromisoformat (peewee's generic parser tries several
    formats per value; listing 40 000 placements spends most of its time there)."""

    def python_value(self, value: Any) -> date | None:
        if isinstance(value, str):
            try:
                return parse_iso_date(value[:10])
            except ValueError:
                pass
        return super().python_value(value)  # type: ignore[no-any-return]


class _EnumAccessor(peewee.FieldAccessor):
    """Checks and converts on assignment, so a model instance holds enum members (or None)
    from the moment a value is set, and a wrong value fails where it is set."""

    field: EnumField

    def __get__(self, instance: Any, instance_type: Any = None) -> Any:
        if instance is None:
            return self.field
        value = instance.__data__.get(self.name)
        return None if value == "" else value  # a blank default before the row is read

    def __set__(self, instance: Any, value: Any) -> None:
        instance.__data__[self.name] = self.field.to_member(value)
        instance._dirty.add(self.name)


class EnumField(peewee.CharField):
    """A text column holding the value of a `StrEnum`; Python sees the enum member.

    Writes accept a member or its stored value (anything else raises ValueError, also in a
    query: `Payment.status == "payed"` fails). With `blank=True` the column keeps "" for no
    value (the columns are NOT NULL) and reads it as None. The column is a plain VARCHAR, as
    the CharField it replaces: no schema change."""

    accessor_class = _EnumAccessor

    def __init__(self, enum: type[StrEnum], *, blank: bool = False, **kwargs: Any) -> None:
        self.enum = enum
        self.blank = blank
        # Stored text → what Python sees, in one lookup (faster than enum(value)).
        self._read: dict[str | None, StrEnum | None] = {m.value: m for m in enum}
        self._read.update({"": None, None: None})
        if blank:
            kwargs.setdefault("default", "")
        super().__init__(**kwargs)

    def to_member(self, value: Any) -> StrEnum | None:
        if value is None or value == "":
            if self.blank or self.null:
                return None
            raise ValueError(f"{self.enum.__name__}: a value is required")
        if isinstance(value, self.enum):
            return value
        return self.enum(value)  # ValueError for a value outside the enum

    def db_value(self, value: Any) -> str | None:
        member = self.to_member(value)
        if member is None:
            return None if self.null else ""
        return member.value

    def python_value(self, value: Any) -> StrEnum | None:
        try:
            return self._read[value]
        except KeyError:
            return self.enum(value)  # raises ValueError: not a stored code of this enum


class BaseModel(peewee.Model):
    uuid = peewee.CharField(max_length=32, unique=True, default=_new_uuid)
    created_at = UtcDateTimeField(default=utc_now)
    updated_at = UtcDateTimeField(default=utc_now)

    class Meta:
        database = database_proxy
        legacy_table_names = False

    def save(self, force_insert: bool = False, only: Any = None) -> int:
        self.updated_at = utc_now()
        if not self._meta.only_save_dirty:
            if self._pk is None and only is None:
                return self._insert_row()
            if self._pk is not None and not force_insert:
                return self._update_row(only)
        return super().save(force_insert=force_insert, only=only)  # type: ignore[no-any-return]

    # Every use case saves a row or two (and `create` saves): the INSERT / UPDATE peewee would
    # make of all the row's fields, written once per model, engine and set of fields instead
    # of through the query builder each time (building it cost more than running it).

    def _insert_row(self) -> int:
        data = self.__data__.copy()
        self._populate_unsaved_relations(data)
        data.pop("id", None)
        db = _engine(self._meta.database)
        key = ("insert", type(db), type(self), tuple(data))
        known = _WRITES.get(key)
        if known is None:
            fields = [f for f in self._meta.sorted_fields if f.name in data]
            columns = ", ".join(peewee.quote([f.column_name], db.quote) for f in fields)
            marks = ", ".join([db.param] * len(fields))
            table = peewee.quote([self._meta.table_name], db.quote)
            returning = ' RETURNING "id"' if db.returning_clause else ""
            sql = f"INSERT INTO {table} ({columns}) VALUES ({marks}){returning}"
            known = _WRITES[key] = (sql, write_steps(fields))
        sql, steps = known
        values = [
            v if type(v := data[name]) in same else convert(v) for name, convert, same in steps
        ]
        cursor = run_sql(db, sql, values)
        self._pk = cursor.fetchone()[0] if db.returning_clause else cursor.lastrowid
        self._dirty.discard("id")
        self._dirty -= set(data)
        return 1

    def _update_row(self, only: Any = None) -> int:
        data = self.__data__.copy()
        if only is not None:  # the fields named (or given) only, as peewee prunes them
            combined = self._meta.combined
            names = {(combined[f] if isinstance(f, str) else f).name for f in only}
            data = {k: v for k, v in data.items() if k in names}
        self._populate_unsaved_relations(data)
        data.pop("id", None)
        if not data:
            return super().save(only=only)  # type: ignore[no-any-return]  # peewee's refusal
        db = _engine(self._meta.database)
        key = ("update", type(db), type(self), tuple(data))
        known = _WRITES.get(key)
        if known is None:
            fields = [f for f in self._meta.sorted_fields if f.name in data]
            table = peewee.quote([self._meta.table_name], db.quote)
            sql = f'UPDATE {table} SET {set_list(db, fields)} WHERE ("id" = {db.param})'
            known = _WRITES[key] = (sql, write_steps(fields))
        sql, steps = known
        values = [
            v if type(v := data[name]) in same else convert(v) for name, convert, same in steps
        ]
        values.append(self._pk)
        cursor = run_sql(db, sql, values)
        self._dirty -= set(data)
        return int(cursor.rowcount)


_WRITES: dict[tuple[Any, ...], Any] = {}


def run_sql(db: Any, sql: str, params: Any) -> Any:
    """`db.execute_sql(sql, params)`: on the local file's open connection, with no query
    hooks and peewee's debug log off, the statement goes straight to the connection (the
    same cursor, the same errors as peewee raises them) instead of through the five
    calls peewee makes for each; the demo sends well over a million."""
    state = db._state
    if type(db) is not peewee.SqliteDatabase or state.closed or db.query_hooks or _DEBUG():
        return db.execute_sql(sql, params)
    with peewee.__exception_wrapper__:
        return state.conn.execute(sql, params)


_DEBUG = functools.partial(peewee.logger.isEnabledFor, 10)  # logging.DEBUG
_NONE = type(None)


def stored_as_is(field: peewee.Field) -> tuple[type, ...]:
    """The exact types of value that `field.db_value` gives back as they are (an integer
    column's ints, a text column's texts, a date column's dates, None): the writes pass
    those on without the two calls per value. () for any other field."""
    if isinstance(field, peewee.ForeignKeyField):
        if type(field).db_value is not peewee.ForeignKeyField.db_value:
            return ()
        return stored_as_is(field.rel_field)  # a key value, not a model instance
    if type(field).db_value is not peewee.Field.db_value:
        return ()
    adapt = type(field).adapt
    for owner, kind in _AS_IS:
        if adapt is owner.adapt:
            return (kind, _NONE)
    return ()


_AS_IS = (
    (peewee.IntegerField, int),  # int(v) is v for an int (not a bool)
    (peewee._StringField, str),
    (peewee.BooleanField, bool),
    (peewee.DateField, date),  # a date (not a datetime) is kept
    (peewee.DateTimeField, datetime),
)


def set_list(db: Any, fields: Any) -> str:
    """The SET list of an UPDATE of `fields`, one parameter each."""
    return ", ".join(f"{peewee.quote([f.column_name], db.quote)} = {db.param}" for f in fields)


def write_steps(fields: Any) -> list[tuple[str, Any, tuple[type, ...]]]:
    """(name, db_value, the types it keeps) of each of `fields`, for the writes."""
    return [(f.name, f.db_value, stored_as_is(f)) for f in fields]


def _engine(db: Any) -> Any:
    """The database behind a model's proxy (or the database a model was bound to)."""
    return db.obj if isinstance(db, peewee.DatabaseProxy) else db


class Association(BaseModel):
    name = peewee.CharField()
    employer_type = EnumField(EmployerType, default=EmployerType.ASSOCIATION)
    business_id = peewee.CharField(index=True)
    association_number = peewee.CharField(default="")
    business_activity = peewee.BooleanField(default=False)
    street = peewee.CharField(default="")
    postcode = peewee.CharField(default="")
    city = peewee.CharField(default="Kemi")
    iban = peewee.CharField(default="")
    bic = peewee.CharField(default="")
    contact_name = peewee.CharField(default="")
    contact_phone = peewee.CharField(default="")
    contact_email = peewee.CharField(default="")
    supervisor_name = peewee.CharField(default="")
    supervision_competence = peewee.BooleanField(default=True)
    notes = peewee.TextField(default="")
    archived = peewee.BooleanField(default=False, index=True)


class Person(BaseModel):
    first_name = peewee.CharField()
    last_name = peewee.CharField(index=True)
    hetu = peewee.CharField(default="")  # optional; shown masked; unique among live people
    birth_date = IsoDateField(null=True)
    kemi_resident = peewee.BooleanField(default=True)
    tmt_days = peewee.IntegerField(null=True)  # days of työmarkkinatuki received
    partial_work_ability = peewee.BooleanField(default=False)
    work_ability_note = peewee.TextField(default="")  # health data (GDPR art. 9)
    phone = peewee.CharField(default="")
    email = peewee.CharField(default="")
    notes = peewee.TextField(default="")
    archived = peewee.BooleanField(default=False, index=True)

    class Meta:
        indexes = ((("hetu", "archived"), False),)  # the duplicate check among live people


class EmployerRing(BaseModel):
    """Several associations with a little work each, combined into one job. The lead
    employer (schema version 10) is the formal employer: it applies for palkkatuki and
    Kemi-lisä and receives the payments."""

    name = peewee.CharField()
    coordinator = peewee.CharField(default="")
    notes = peewee.TextField(default="")
    archived = peewee.BooleanField(default=False)
    lead = peewee.ForeignKeyField(Association, null=True, backref="led_rings")


class RingMember(BaseModel):
    ring = peewee.ForeignKeyField(EmployerRing, backref="members", on_delete="CASCADE")
    association = peewee.ForeignKeyField(Association, backref="ring_memberships")
    hours_per_week = DecimalTextField(default="0")
    # Schema version 10: what the member's part of the job is, who guides the employee there,
    # and on which weekdays ("ma ti" ...; the weekly schedule across the members).
    tasks = peewee.TextField(default="")
    supervisor_name = peewee.CharField(default="")
    weekdays = peewee.CharField(default="")

    class Meta:
        indexes = ((("ring", "association"), True),)


class JobCoach(BaseModel):
    """A job coach (työhönvalmentaja) of the city's service (schema version 13)."""

    name = peewee.CharField()
    phone = peewee.CharField(default="")
    email = peewee.CharField(default="")
    active = peewee.BooleanField(default=True)


class Placement(BaseModel):
    person = peewee.ForeignKeyField(Person, backref="placements", index=True)
    # indexed with its dates (step 19, Meta.indexes)
    association = peewee.ForeignKeyField(Association, backref="placements", index=False)
    ring = peewee.ForeignKeyField(EmployerRing, null=True, backref="placements")
    job_title = peewee.CharField()
    start_date = IsoDateField(index=True)
    end_date = IsoDateField(null=True, index=True)  # index: step 12
    actual_end_date = IsoDateField(null=True)  # indexed with more columns (step 22, Meta)
    hours_per_week = DecimalTextField()
    monthly_wage_cents = peewee.IntegerField()
    wage_costs_cents = peewee.IntegerField(null=True)
    supervisor_name = peewee.CharField(default="")
    end_reason = peewee.CharField(default="")
    pt_authority = peewee.CharField(default="")
    pt_decision_number = peewee.CharField(default="")
    pt_decision_date = IsoDateField(null=True)
    pt_percent = peewee.IntegerField(null=True)
    pt_start = IsoDateField(null=True)
    pt_end = IsoDateField(null=True, index=True)  # index: step 12
    pt_monthly_cents = peewee.IntegerField(null=True)
    notes = peewee.TextField(default="")
    archived = peewee.BooleanField(default=False, index=True)
    # Schema version 13: the job coach as a record (was a free-text name).
    coach = peewee.ForeignKeyField(JobCoach, null=True, backref="placements", index=True)

    class Meta:
        indexes = (
            (("archived", "start_date", "id"), False),  # the list's ids (step 12)
            # the associations' counts of placements and of those running (step 19)
            (("association", "start_date", "end_date", "actual_end_date"), False),
            # the overview's outcome checks, covering (step 22; was the date alone, step 12)
            (("actual_end_date", "archived", "end_date", "person", "association"), False),
            # the overview's placements without a coach, in its order, covering (step 26)
            (
                (
                    "coach",
                    "archived",
                    "start_date",
                    "id",
                    "end_date",
                    "actual_end_date",
                    "person",
                    "association",
                ),
                False,
            ),
            # a placement read by id for its person, employer, state and dates (a decision's
            # or a payment's line, the overview's grants and bonuses), from the index alone
            # (step 26)
            (("id", "person", "association", "archived", "actual_end_date", "end_date"), False),
        )


class Application(BaseModel):
    placement = peewee.ForeignKeyField(Placement, backref="applications", index=True)
    received_on = IsoDateField()
    pt_decision_attached = peewee.BooleanField(default=False)
    contract_attached = peewee.BooleanField(default=False)
    requested_monthly_cents = peewee.IntegerField(default=50000)
    status = EnumField(ApplicationStatus, default=ApplicationStatus.RECEIVED, index=True)
    justification = peewee.TextField(default="")
    notes = peewee.TextField(default="")
    archived = peewee.BooleanField(default=False)


class DecisionSeries(BaseModel):
    """The last number used per year and prefix: allocation is gap-free."""

    prefix = peewee.CharField(default="KL")
    year = peewee.IntegerField()
    last_seq = peewee.IntegerField(default=0)

    class Meta:
        indexes = ((("prefix", "year"), True),)


class Decision(BaseModel):
    number = peewee.CharField(null=True, unique=True)
    year = peewee.IntegerField(null=True)
    seq = peewee.IntegerField(null=True)
    decision_type = EnumField(DecisionType)  # indexed with the period (step 15)
    status = EnumField(DecisionStatus, default=DecisionStatus.DECIDED, index=True)
    placement = peewee.ForeignKeyField(Placement, backref="decisions", index=False)
    association = peewee.ForeignKeyField(Association, backref="decisions", index=True)
    application = peewee.ForeignKeyField(Application, null=True, backref="decisions")
    parent = peewee.ForeignKeyField("self", null=True, backref="children", index=False)
    decision_date = IsoDateField(index=True)
    decided_by_name = peewee.CharField(default="")
    decided_by_title = peewee.CharField(default="")
    monthly_amount_cents = peewee.IntegerField(default=0)
    period_start = IsoDateField(null=True)
    period_end = IsoDateField(null=True, index=True)  # index: step 12 (running grants)
    total_cents = peewee.IntegerField(default=0)
    cost_centre = peewee.CharField(default="")
    reasons = peewee.TextField(default="")
    conditions = peewee.TextField(default="")
    appropriation_override = peewee.BooleanField(default=False)
    override_justification = peewee.TextField(default="")
    notification_method = EnumField(NotificationMethod, blank=True)
    sent_on = IsoDateField(null=True)
    notified_on = IsoDateField(null=True)
    appeal_deadline = IsoDateField(null=True)
    rules_json = peewee.TextField(default="{}")
    archived = peewee.BooleanField(default=False)

    class Meta:
        indexes = (
            # Covering indexes (step 15): the year's committed money and its amendments, the
            # grants running in a period, a placement's grants; each read from the index
            # alone (a decision row, with its rules, is about 1 kB).
            (("year", "decision_type", "status", "total_cents"), False),
            (("parent", "decision_type", "status", "total_cents"), False),
            (("decision_type", "period_end", "status", "period_start", "placement", "association"),
             False),
            (("placement", "decision_type", "status", "period_end"), False),
            (("archived", "decision_date", "id"), False),  # the list's ids in order (step 12)
            # a payment line's decision: its number, employer and placement (steps 22, 27)
            (("id", "number", "association", "placement"), False),
        )  # fmt: skip


# The overview's unsent decisions, covering (step 27): a partial index of the decided ones only
# (a few per cent of all), in the order shown. Its condition is written into the reading
# statement as text (services.overview), so that PostgreSQL's generic plans can use it too.
Decision.add_index(
    Decision.index(
        Decision.status,  # (SQLite reads a column of the condition from the index, not the row)
        Decision.decision_date,
        Decision.id,
        Decision.number,
        Decision.decision_type,
        Decision.association,
        Decision.placement,
        name="decision_unsent",
        where=(Decision.status == DecisionStatus.DECIDED),
    )
)


class PaymentBatch(BaseModel):
    created_on = IsoDateField()
    title = peewee.CharField(default="")
    paid_on = IsoDateField(null=True)


class Payment(BaseModel):
    decision = peewee.ForeignKeyField(Decision, backref="payments", index=True)
    period_index = peewee.IntegerField()
    period_start = IsoDateField()
    period_end = IsoDateField()
    eligible_days = peewee.IntegerField()
    total_days = peewee.IntegerField()
    amount_cents = peewee.IntegerField()
    claim_due = IsoDateField()
    status = EnumField(PaymentStatus, default=PaymentStatus.DUE, index=True)
    claim_received_on = IsoDateField(null=True)
    payslip_received = peewee.BooleanField(default=False)
    proof_received = peewee.BooleanField(default=False)
    held_reason = peewee.TextField(default="")
    approved_on = IsoDateField(null=True)
    batch = peewee.ForeignKeyField(PaymentBatch, null=True, backref="payments")
    paid_on = IsoDateField(null=True)
    reference = peewee.CharField(default="")

    class Meta:
        indexes = (
            (("decision", "period_index"), True),
            # the year's paid money (step 15) and the Maksut list's recently paid (step 27)
            (("status", "paid_on", "amount_cents", "period_start"), False),
            (("period_start", "id"), False),  # the lists' order (step 12)
            (("status", "period_start"), False),  # the Maksut list's first page (step 12)
            # the money paid of each decision on the Päätökset list, covering (step 26)
            (("decision", "status", "amount_cents"), False),
            # the overview's held payments and claims, in its order, covering (step 22)
            (
                (
                    "status",
                    "claim_received_on",
                    "id",
                    "decision",
                    "period_start",
                    "period_end",
                    "held_reason",
                ),
                False,
            ),
        )


class Followup(BaseModel):
    placement = peewee.ForeignKeyField(Placement, backref="followups", index=True)
    followup_type = EnumField(FollowupType)
    held_on = IsoDateField()
    participants = peewee.TextField(default="")
    job_coach_present = peewee.BooleanField(default=False)
    goals = peewee.TextField(default="")
    progress = peewee.TextField(default="")
    support_given = peewee.TextField(default="")
    training = peewee.TextField(default="")
    job_search_support = peewee.TextField(default="")
    trial_visit = peewee.TextField(default="")
    absences = peewee.TextField(default="")
    end_assessment = peewee.TextField(default="")
    next_step = EnumField(OutcomeStatus, blank=True)
    signed = peewee.BooleanField(default=False)
    signed_on = IsoDateField(null=True)
    notes = peewee.TextField(default="")
    # Schema version 5: the employee's own assessment, the next talk, and the next job that
    # the employment bonus needs (new employer, start date, kind of contract).
    own_assessment = peewee.TextField(default="")
    next_meeting_on = IsoDateField(null=True)
    new_employer = peewee.CharField(default="")
    new_job_start = IsoDateField(null=True)
    new_contract_type = peewee.CharField(default="")


class Outcome(BaseModel):
    placement = peewee.ForeignKeyField(Placement, backref="outcomes", index=True)
    checkpoint = EnumField(OutcomeCheckpoint)
    status = EnumField(OutcomeStatus)  # indexed with the placement (step 15)
    recorded_on = IsoDateField()
    notes = peewee.TextField(default="")

    class Meta:
        indexes = (
            (("placement", "checkpoint"), True),
            (("status", "placement"), False),  # bonus proposals, from the index alone (step 15)
        )


class Appropriation(BaseModel):
    year = peewee.IntegerField(unique=True)
    amount_cents = peewee.IntegerField()
    notes = peewee.TextField(default="")


class DeMinimisAid(BaseModel):
    """Other de minimis aid an undertaking has received (declared by the company)."""

    association = peewee.ForeignKeyField(Association, backref="de_minimis_aid")
    granted_on = IsoDateField()
    amount_cents = peewee.IntegerField()
    grantor = peewee.CharField(default="")
    description = peewee.TextField(default="")


class TrainingTheme(BaseModel):
    """A theme of the employer trainings; the office extends the list (schema version 8)."""

    name = peewee.CharField()
    archived = peewee.BooleanField(default=False)


class Training(BaseModel):
    """An employer or supervisor training event (työnantaja- ja esimiesvalmennus)."""

    theme = peewee.ForeignKeyField(TrainingTheme, backref="trainings", index=True)
    title = peewee.CharField(default="")
    held_on = IsoDateField(index=True)
    start_time = peewee.CharField(default="")  # "13.00"
    end_time = peewee.CharField(default="")
    place = peewee.CharField(default="")
    remote_link = peewee.CharField(default="")
    trainer = peewee.CharField(default="")
    capacity = peewee.IntegerField(null=True)  # None: no limit
    target = EnumField(TrainingTarget, default=TrainingTarget.BOTH)
    description = peewee.TextField(default="")
    feedback_useful = peewee.IntegerField(default=0)
    feedback_partly = peewee.IntegerField(default=0)
    feedback_not = peewee.IntegerField(default=0)
    archived = peewee.BooleanField(default=False)


class TrainingRegistration(BaseModel):
    """One person of an association registered to a training; `name` is personal data
    (erased with the person, see services.people.erase_person)."""

    training = peewee.ForeignKeyField(
        Training, backref="registrations", on_delete="CASCADE", index=True
    )
    association = peewee.ForeignKeyField(Association, backref="training_registrations")
    person = peewee.ForeignKeyField(Person, null=True, backref="training_registrations")
    name = peewee.CharField(default="")
    role = peewee.CharField(default="")
    attended = peewee.BooleanField(default=False)


class SupervisionSession(BaseModel):
    """A session of työnohjaus given to an association's staff who guide the employees."""

    association = peewee.ForeignKeyField(Association, backref="supervision_sessions")
    held_on = IsoDateField(index=True)
    supervisor = peewee.CharField(default="")
    participants = peewee.IntegerField(default=0)
    hours = DecimalTextField(default="0")
    cost_cents = peewee.IntegerField(default=0)
    notes = peewee.TextField(default="")


class TransferAgreement(BaseModel):
    """A transfer agreement (siirtosopimus) of the association, a receiving employer and the
    employee under one placement (schema version 7)."""

    placement = peewee.ForeignKeyField(Placement, backref="transfers", index=True)
    kind = EnumField(TransferKind)
    status = EnumField(TransferStatus, index=True)
    receiving_name = peewee.CharField()
    receiving_business_id = peewee.CharField()
    start_date = IsoDateField()
    end_date = IsoDateField(null=True)
    tasks = peewee.TextField(default="")
    hours_per_week = DecimalTextField()
    contact_name = peewee.CharField(default="")
    contact_phone = peewee.CharField(default="")
    contact_email = peewee.CharField(default="")
    payment_cents = peewee.IntegerField(null=True)  # what the receiver pays the association
    payment_terms = peewee.CharField(default="")
    coach_part = peewee.TextField(default="")
    signed_on = IsoDateField(null=True)
    ended_on = IsoDateField(null=True)
    notes = peewee.TextField(default="")


class SurveyRound(BaseModel):
    """A round of the recruitment-needs survey of the associations (schema version 10)."""

    year = peewee.IntegerField(index=True)
    title = peewee.CharField(default="")
    opened_on = IsoDateField()
    closes_on = IsoDateField(null=True)
    notes = peewee.TextField(default="")


class RecruitmentNeed(BaseModel):
    """One association's answer in a survey round: work it could offer (rekrytointitarve)."""

    survey_round = peewee.ForeignKeyField(SurveyRound, null=True, backref="needs", index=True)
    association = peewee.ForeignKeyField(Association, backref="recruitment_needs", index=True)
    status = EnumField(NeedStatus, default=NeedStatus.OPEN, index=True)
    tasks = peewee.TextField(default="")
    hours_per_week = DecimalTextField()
    start_date = IsoDateField(null=True)
    end_date = IsoDateField(null=True)
    skills = peewee.TextField(default="")
    supervisor_name = peewee.CharField(default="")
    supervision_capacity = peewee.IntegerField(default=1)  # employees the supervisor can guide
    street = peewee.CharField(default="")
    postcode = peewee.CharField(default="")
    area = peewee.CharField(default="")
    suits_partial_ability = peewee.BooleanField(default=False)
    contact_name = peewee.CharField(default="")
    contact_phone = peewee.CharField(default="")
    contact_email = peewee.CharField(default="")
    answered_on = IsoDateField(null=True)
    placement = peewee.ForeignKeyField(Placement, null=True, backref="needs")
    ring = peewee.ForeignKeyField(EmployerRing, null=True, backref="needs")
    notes = peewee.TextField(default="")


class JobSeeker(BaseModel):
    """A person marked as seeking work. `restrictions` is sensitive (health related): shown
    only where matching needs it, never logged, erased with the person."""

    person = peewee.ForeignKeyField(Person, backref="seeker", unique=True)
    active = peewee.BooleanField(default=True, index=True)
    interests = peewee.TextField(default="")
    skills = peewee.TextField(default="")
    hours_min = DecimalTextField(default="18")
    hours_max = DecimalTextField(default="40")
    restrictions = peewee.TextField(default="")
    available_from = IsoDateField(null=True)
    area = peewee.CharField(default="")
    notes = peewee.TextField(default="")


class RingProposal(BaseModel):
    """A proposed ring made of small needs, kept once the officer accepts or rejects it
    (`need_key`: the needs' ids sorted, "3,7,12"), so a rejected one is not proposed again."""

    need_key = peewee.CharField(unique=True)
    status = EnumField(ProposalStatus)
    decided_on = IsoDateField()
    ring = peewee.ForeignKeyField(EmployerRing, null=True, backref="proposals")


class CoachVisit(BaseModel):
    """An entry of a job coach's visit log under a placement (schema version 13); `note` is
    personal free text, erased with the person (services.people.erase_person)."""

    coach = peewee.ForeignKeyField(JobCoach, backref="visits", index=True)
    placement = peewee.ForeignKeyField(Placement, backref="coach_visits", index=True)
    visited_on = IsoDateField(index=True)
    kind = EnumField(VisitKind)
    note = peewee.TextField(default="")


class RuleVersionRow(BaseModel):
    valid_from = IsoDateField()
    valid_to = IsoDateField(null=True)
    overrides_json = peewee.TextField(default="{}")
    note = peewee.TextField(default="")

    class Meta:
        table_name = "rule_version"


class AppSetting(BaseModel):
    key = peewee.CharField(unique=True)
    value = peewee.TextField(default="")


class AuditLog(peewee.Model):
    """Who changed what and when; field names only, never values (personal data)."""

    at = UtcDateTimeField(default=utc_now, index=True)
    os_user = peewee.CharField()
    entity = peewee.CharField()
    entity_id = peewee.IntegerField()
    entity_uuid = peewee.CharField(default="")
    action = peewee.CharField()
    fields = peewee.TextField(default="")
    # The database user (migration 9). No default here on purpose: on the server the
    # column's DEFAULT CURRENT_USER fills it and users may not write it (db.roles);
    # services.common.audit gives the OS user on the local file.
    db_user = peewee.CharField()

    class Meta:
        database = database_proxy
        legacy_table_names = False
        indexes = ((("entity", "entity_id"), False),)


ALL_MODELS: tuple[type[peewee.Model], ...] = (
    Association,
    Person,
    EmployerRing,
    RingMember,
    JobCoach,
    Placement,
    Application,
    DecisionSeries,
    Decision,
    PaymentBatch,
    Payment,
    Followup,
    Outcome,
    Appropriation,
    DeMinimisAid,
    TrainingTheme,
    Training,
    TrainingRegistration,
    SupervisionSession,
    TransferAgreement,
    SurveyRound,
    RecruitmentNeed,
    JobSeeker,
    RingProposal,
    CoachVisit,
    RuleVersionRow,
    AppSetting,
    AuditLog,
)


# Schema version 14: laptop copies that synchronise with the office database (issue 13).
# The same tables exist on both engines; on a laptop copy `sync_state` has its one row and
# triggers fill `sync_outbox`, on the server triggers fill `sync_change_log` (db.sync_schema).


class SyncState(peewee.Model):
    """A laptop copy's one row: which server, who, and how far the pull has come."""

    server = peewee.CharField()  # the URL without its password
    laptop_id = peewee.CharField(max_length=32)
    os_user = peewee.CharField(default="")
    associations = peewee.TextField(default="")  # the chosen association uuids, or "" (all)
    applying = peewee.IntegerField(default=0)  # 1 while a pull writes: no outbox entries
    pull_lo = peewee.BigIntegerField(default=0)  # server transactions below this are in
    pull_hi = peewee.BigIntegerField(null=True)  # the open pull window's end
    pull_after = peewee.BigIntegerField(default=0)  # last change_log seq applied in the window
    last_sync_at = UtcDateTimeField(null=True)
    last_attempt_at = UtcDateTimeField(null=True)
    last_error = peewee.TextField(default="")

    class Meta:
        database = database_proxy
        legacy_table_names = False


class SyncOutbox(peewee.Model):
    """One local change waiting for (or done with) the push: fields {name: [old, new]}."""

    change_uuid = peewee.CharField(max_length=32, unique=True)
    table_name = peewee.CharField()
    row_uuid = peewee.CharField(max_length=32, index=True)
    op = peewee.CharField()  # insert / update / delete
    fields = peewee.TextField()
    at = UtcDateTimeField()
    os_user = peewee.CharField(default="")
    pushed_at = UtcDateTimeField(null=True, index=True)

    class Meta:
        database = database_proxy
        legacy_table_names = False


class SyncConflict(peewee.Model):
    """The same field changed on the laptop and on the server: the server's value stayed,
    the laptop's is kept here until a person decides."""

    conflict_uuid = peewee.CharField(max_length=32, unique=True)
    change_uuid = peewee.CharField(max_length=32, index=True)
    laptop_id = peewee.CharField(max_length=32, default="")
    table_name = peewee.CharField()
    row_uuid = peewee.CharField(max_length=32)
    field = peewee.CharField()
    laptop_value = peewee.TextField(null=True)  # JSON
    server_value = peewee.TextField(null=True)  # JSON
    laptop_user = peewee.CharField(default="")
    laptop_at = UtcDateTimeField(null=True)
    server_at = UtcDateTimeField(null=True)
    detected_at = UtcDateTimeField(default=utc_now)
    resolved_at = UtcDateTimeField(null=True)
    resolved_value = peewee.TextField(null=True)  # JSON

    class Meta:
        database = database_proxy
        legacy_table_names = False


class SyncChangeLog(peewee.Model):
    """The server's change sequence: one row per written row, by trigger, in the writer's
    transaction; `xid` is that transaction's id (the pull's completeness window)."""

    seq = peewee.BigAutoField()
    xid = peewee.BigIntegerField(index=True)
    table_name = peewee.CharField()
    row_uuid = peewee.CharField(max_length=32)
    op = peewee.CharField()
    at = UtcDateTimeField()

    class Meta:
        database = database_proxy
        legacy_table_names = False


class SyncLogPruned(peewee.Model):
    """How far the server's change log was pruned (one row, id 1; schema version 20): rows
    of transactions below `below_xid` may be gone, so a copy whose pull has not reached it
    cannot be brought up to date by the log and is made again."""

    id = peewee.IntegerField(primary_key=True)
    below_xid = peewee.BigIntegerField()
    rows = peewee.BigIntegerField()  # rows removed by every prune together
    at = UtcDateTimeField()

    class Meta:
        database = database_proxy
        legacy_table_names = False


class SyncApplied(peewee.Model):
    """A laptop change the server has applied (idempotent push by change UUID)."""

    change_uuid = peewee.CharField(max_length=32, primary_key=True)
    laptop_id = peewee.CharField(max_length=32)
    applied_at = UtcDateTimeField()

    class Meta:
        database = database_proxy
        legacy_table_names = False


SYNC_MODELS: tuple[type[peewee.Model], ...] = (
    SyncState,
    SyncOutbox,
    SyncConflict,
    SyncChangeLog,
    SyncApplied,
    SyncLogPruned,
)
ALL_MODELS = (*ALL_MODELS, *SYNC_MODELS)
