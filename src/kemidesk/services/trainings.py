"""Employer trainings (työnantaja- ja esimiesvalmennukset) and supervision (työnohjaus).

Trainings have a theme from a list the office extends, a date and time, a place or a remote
link, a trainer, an optional capacity and a target group. Associations register people
(a name as text and a role); attendance and short feedback counts are recorded after the
event. Supervision sessions are recorded per association. Every write is one transaction with
an audit row; names on the attendance lists are personal data and are erased with the person
(`erase_person_registrations`, called by services.people.erase_person).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

import peewee

from kemidesk.db.models import (
    Association,
    Person,
    SupervisionSession,
    Training,
    TrainingRegistration,
    TrainingTheme,
)
from kemidesk.domain import trainings as rules
from kemidesk.domain import validation as v
from kemidesk.domain.errors import FieldErrors
from kemidesk.domain.lifecycle import TRAINING_REGISTRATION_PERSONAL_TEXT
from kemidesk.domain.messages import Message
from kemidesk.domain.types import TrainingTarget
from kemidesk.services.common import (
    FieldCheck,
    apply_changes,
    audit,
    delete_record,
    get_or_raise,
    transaction,
    update_record,
)
from kemidesk.services.errors import NotAllowedError, NotFoundError

# ---------------------------------------------------------------- rows


@dataclass(frozen=True)
class ThemeRow:
    id: int
    name: str
    archived: bool


@dataclass(frozen=True)
class TrainingRow:
    id: int
    theme_id: int
    theme: str
    title: str
    held_on: date
    start_time: str
    end_time: str
    place: str
    remote_link: str
    trainer: str
    capacity: int | None
    target: TrainingTarget
    description: str
    registered: int
    attended: int
    associations: int  # associations with at least one registration
    feedback_useful: int
    feedback_partly: int
    feedback_not: int

    @property
    def name(self) -> str:
        """The title, or the theme when there is no title of its own."""
        return self.title or self.theme

    @property
    def seats_left(self) -> int | None:
        return rules.seats_left(self.capacity, self.registered)

    @property
    def time_text(self) -> str:
        if self.start_time and self.end_time:
            return f"{self.start_time}–{self.end_time}"
        return self.start_time

    @property
    def where(self) -> str:
        """The place, the remote link, or both."""
        return " / ".join(p for p in (self.place, self.remote_link) if p)


@dataclass(frozen=True)
class RegistrationRow:
    id: int
    training_id: int
    association_id: int
    association: str
    person_id: int | None
    name: str
    role: str
    attended: bool


@dataclass(frozen=True)
class AttendedTraining:
    """A training the people of one association attended (the association's view)."""

    training_id: int
    held_on: date
    name: str
    attended: int
    registered: int


@dataclass(frozen=True)
class SupervisionRow:
    id: int
    association_id: int
    association: str
    held_on: date
    supervisor: str
    participants: int
    hours: Decimal
    cost_cents: int
    notes: str


# ---------------------------------------------------------------- inputs


@dataclass(frozen=True)
class TrainingInput:
    theme_id: int | None
    held_on: date | None
    start_time: str = ""
    end_time: str = ""
    place: str = ""
    remote_link: str = ""
    trainer: str = ""
    capacity: str | int | None = None  # typed; "" or None: no limit
    target: TrainingTarget | str = TrainingTarget.BOTH
    title: str = ""
    description: str = ""


@dataclass(frozen=True)
class RegistrationInput:
    training_id: int
    association_id: int | None
    name: str
    role: str = ""
    person_id: int | None = None
    attended: bool = False


@dataclass(frozen=True)
class SupervisionInput:
    association_id: int | None
    held_on: date | None
    supervisor: str
    participants: str | int
    hours: str
    cost: str = "0"  # typed money, e.g. "240,00"
    notes: str = ""


# ---------------------------------------------------------------- themes


def list_themes(*, include_archived: bool = False) -> list[ThemeRow]:
    query = TrainingTheme.select().order_by(TrainingTheme.name, TrainingTheme.id)
    if not include_archived:
        query = query.where(TrainingTheme.archived == False)  # noqa: E712
    return [ThemeRow(t.id, t.name, t.archived) for t in query]


def add_theme(name: str) -> ThemeRow:
    """A new theme on the office's list (a name not on the list yet)."""
    check = FieldCheck()
    clean = check.text("name", "TrainingTheme.name", name, "Teema")
    check.raise_if_any()
    with transaction():
        for theme in TrainingTheme.select():
            if theme.name.casefold() == clean.casefold():
                raise FieldErrors({"name": _message("TRAINING_THEME_DUPLICATE", name=theme.name)})
        theme = TrainingTheme.create(name=clean)
        audit(theme, "create", ["name"])
    return ThemeRow(theme.id, theme.name, theme.archived)


def _message(code: str, **params: object) -> Message:
    return Message(code, params)


# ---------------------------------------------------------------- trainings


def _validate_training(data: TrainingInput) -> dict[str, object]:
    check = FieldCheck()
    theme = None
    if data.theme_id is not None:
        theme = TrainingTheme.get_or_none(TrainingTheme.id == data.theme_id)
    if theme is None:
        check.fail("theme_id", "TRAINING_THEME_NOT_CHOSEN")
    values: dict[str, object] = {
        "theme": data.theme_id,
        "title": check.text("title", "Training.title", data.title),
        "held_on": check.date("held_on", data.held_on),
        "start_time": check("start_time", rules.validate_time, data.start_time),
        "end_time": check("end_time", rules.validate_time, data.end_time),
        "place": check.text("place", "Training.place", data.place),
        "remote_link": check.text("remote_link", "Training.remote_link", data.remote_link),
        "trainer": check.text("trainer", "Training.trainer", data.trainer),
        "capacity": check("capacity", rules.validate_capacity, data.capacity),
        "target": check.choice("target", TrainingTarget, data.target),
        "description": check.text("description", "Training.description", data.description),
    }
    start, end = values["start_time"], values["end_time"]
    if start and end and str(end) <= str(start):
        check.fail("end_time", "TIME_INVALID")
    if not values["place"] and not values["remote_link"] and "place" not in check.errors:
        check.fail("place", "REQUIRED", label="Paikka tai etäyhteyden linkki")
    check.raise_if_any()
    return values


def _attended_sum() -> peewee.Expression:
    """How many attended: a CASE, since PostgreSQL has no SUM of a boolean."""
    came = TrainingRegistration.attended == True  # noqa: E712
    return peewee.fn.SUM(peewee.Case(None, [(came, 1)], 0))


def _counts(training_ids: Iterable[int] | None = None) -> dict[int, tuple[int, int, int]]:
    """training id → (registered, attended, associations)."""
    query = TrainingRegistration.select(
        TrainingRegistration.training,
        peewee.fn.COUNT(TrainingRegistration.id),
        _attended_sum(),
        peewee.fn.COUNT(TrainingRegistration.association.distinct()),
    ).group_by(TrainingRegistration.training)
    if training_ids is not None:
        query = query.where(TrainingRegistration.training.in_(list(training_ids)))
    return {
        tid: (registered, int(attended or 0), associations)
        for tid, registered, attended, associations in query.tuples()
    }


def _training_row(t: Training, theme: str, counts: tuple[int, int, int]) -> TrainingRow:
    return TrainingRow(
        t.id, t.theme_id, theme, t.title, t.held_on, t.start_time, t.end_time, t.place,
        t.remote_link, t.trainer, t.capacity, t.target, t.description, *counts,
        t.feedback_useful, t.feedback_partly, t.feedback_not,
    )  # fmt: skip


def get_training(training_id: int) -> TrainingRow:
    t = get_or_raise(Training, training_id, "TRAINING_NOT_FOUND")
    return _training_row(t, t.theme.name, _counts([t.id]).get(t.id, (0, 0, 0)))


def list_trainings(*, year: int | None = None) -> list[TrainingRow]:
    """Trainings, newest first (not deleted ones)."""
    query = (
        Training.select(Training, TrainingTheme.id, TrainingTheme.name)
        .join(TrainingTheme)
        .where(Training.archived == False)  # noqa: E712
        .order_by(Training.held_on.desc(), Training.start_time.desc(), Training.id.desc())
    )
    if year is not None:
        query = query.where(
            (Training.held_on >= date(year, 1, 1)) & (Training.held_on <= date(year, 12, 31))
        )
    counts = _counts()
    return [_training_row(t, t.theme.name, counts.get(t.id, (0, 0, 0))) for t in query]


def add_training(data: TrainingInput) -> TrainingRow:
    values = _validate_training(data)
    with transaction():
        training = Training.create(**values)
        audit(training, "create", values.keys())
    return get_training(training.id)


def update_training(training_id: int, data: TrainingInput) -> TrainingRow:
    values = _validate_training(data)
    with transaction():
        training = get_or_raise(Training, training_id, "TRAINING_NOT_FOUND")
        registered = _registered(training_id)
        capacity = values["capacity"]
        if isinstance(capacity, int) and capacity < registered:
            raise FieldErrors(
                {"capacity": _message("TRAINING_CAPACITY_BELOW_REGISTERED", registered=registered)}
            )
        changed = apply_changes(training, values)
        if changed:
            training.save()
            audit(training, "update", changed)
    return get_training(training_id)


def delete_training(training_id: int) -> None:
    """Removes the training from the lists (kept archived with its registrations)."""
    with transaction():
        training = get_or_raise(Training, training_id, "TRAINING_NOT_FOUND")
        training.archived = True
        training.save()
        audit(training, "archive", ["archived"])


def set_feedback(
    training_id: int, useful: str | int, partly: str | int, not_useful: str | int
) -> TrainingRow:
    """The short feedback counts after the event: useful / partly useful / not useful."""
    check = FieldCheck()
    counts = {
        "feedback_useful": check("feedback_useful", rules.validate_count, useful),
        "feedback_partly": check("feedback_partly", rules.validate_count, partly),
        "feedback_not": check("feedback_not", rules.validate_count, not_useful),
    }
    check.raise_if_any()
    with transaction():
        training = get_or_raise(Training, training_id, "TRAINING_NOT_FOUND")
        attended = _counts([training_id]).get(training_id, (0, 0, 0))[1]
        given = sum(int(c or 0) for c in counts.values())
        if given > attended:
            raise FieldErrors(
                {"feedback_useful": _message("TRAINING_FEEDBACK_TOO_MANY", given=given,
                                             attended=attended)}
            )  # fmt: skip
        changed = apply_changes(training, counts)
        if changed:
            training.save()
            audit(training, "feedback", changed)
    return get_training(training_id)


# ---------------------------------------------------------------- registrations


def _registered(training_id: int) -> int:
    return TrainingRegistration.select().where(TrainingRegistration.training == training_id).count()


def _registration_row(r: TrainingRegistration, association: str) -> RegistrationRow:
    return RegistrationRow(
        r.id, r.training_id, r.association_id, association, r.person_id, r.name, r.role,
        r.attended,
    )  # fmt: skip


def list_registrations(training_id: int) -> list[RegistrationRow]:
    """The registrations of a training by association and name (erased names are blank)."""
    query = (
        TrainingRegistration.select(TrainingRegistration, Association.id, Association.name)
        .join(Association)
        .where(TrainingRegistration.training == training_id)
        .order_by(Association.name, TrainingRegistration.name, TrainingRegistration.id)
    )
    return [_registration_row(r, r.association.name) for r in query]


def _validate_registration(data: RegistrationInput) -> dict[str, object]:
    check = FieldCheck()
    association = None
    if data.association_id is not None:
        association = Association.get_or_none(Association.id == data.association_id)
    if association is None:
        check.fail("association_id", "TRAINING_ASSOCIATION_UNKNOWN")
    if data.person_id is not None and Person.get_or_none(Person.id == data.person_id) is None:
        check.fail("person_id", "VALUE_INVALID")
    values: dict[str, object] = {
        "association": data.association_id,
        "person": data.person_id,
        "name": check.text("name", "TrainingRegistration.name", data.name, "Nimi"),
        "role": check.text("role", "TrainingRegistration.role", data.role),
        "attended": check.flag("attended", data.attended),
    }
    check.raise_if_any()
    return values


def register(data: RegistrationInput) -> RegistrationRow:
    """One person of an association to a training; refused when the training is full."""
    values = _validate_registration(data)
    with transaction():
        training = get_or_raise(Training, data.training_id, "TRAINING_NOT_FOUND")
        registered = _registered(training.id)
        if not rules.fits(training.capacity, registered):
            raise NotAllowedError(
                "TRAINING_FULL", capacity=training.capacity, registered=registered
            )
        registration = TrainingRegistration.create(training=training, **values)
        audit(registration, "create", values.keys())
    return _registration_row(registration, registration.association.name)


def update_registration(registration_id: int, data: RegistrationInput) -> RegistrationRow:
    values = _validate_registration(data)
    registration = update_record(
        TrainingRegistration, registration_id, "REGISTRATION_NOT_FOUND", values
    )
    return _registration_row(registration, registration.association.name)


def remove_registration(registration_id: int) -> None:
    delete_record(TrainingRegistration, registration_id, "REGISTRATION_NOT_FOUND")


def set_attendance(training_id: int, attended: Mapping[int, bool]) -> TrainingRow:
    """Marks who came (registration id → attended), all in one transaction."""
    with transaction():
        get_or_raise(Training, training_id, "TRAINING_NOT_FOUND")
        rows = {
            r.id: r
            for r in TrainingRegistration.select().where(
                TrainingRegistration.training == training_id
            )
        }
        for registration_id, came in attended.items():
            registration = rows.get(registration_id)
            if registration is None:
                raise NotFoundError("REGISTRATION_NOT_FOUND", registration_id)
            if registration.attended != bool(came):
                registration.attended = bool(came)
                registration.save()
                audit(registration, "attendance", ["attended"])
    return get_training(training_id)


def record_attendance(
    training_id: int,
    attended: Mapping[int, bool],
    useful: str | int,
    partly: str | int,
    not_useful: str | int,
) -> TrainingRow:
    """Who came and the feedback counts, together in one transaction (all or nothing)."""
    with transaction():
        set_attendance(training_id, attended)
        return set_feedback(training_id, useful, partly, not_useful)


def attended_by_association(association_id: int) -> list[AttendedTraining]:
    """The trainings the association's people attended (at least one), newest first."""
    query = (
        TrainingRegistration.select(
            Training.id,
            Training.held_on,
            Training.title,
            TrainingTheme.name,
            _attended_sum(),
            peewee.fn.COUNT(TrainingRegistration.id),
        )
        .join(Training)
        .join(TrainingTheme)
        .where(
            (TrainingRegistration.association == association_id) & (Training.archived == False)  # noqa: E712
        )
        .group_by(Training.id, Training.held_on, Training.title, TrainingTheme.name)
        .having(_attended_sum() > 0)
        .order_by(Training.held_on.desc(), Training.id.desc())
    )
    return [
        AttendedTraining(tid, held_on if isinstance(held_on, date) else date.fromisoformat(held_on),
                         title or theme, int(attended), registered)
        for tid, held_on, title, theme, attended, registered in query.tuples()
    ]  # fmt: skip


def attendance_by_association() -> dict[int, int]:
    """association id → people attended in all trainings (for the reports)."""
    query = (
        TrainingRegistration.select(TrainingRegistration.association, _attended_sum())
        .join(Training)
        .where(Training.archived == False)  # noqa: E712
        .group_by(TrainingRegistration.association)
    )
    return {aid: int(n or 0) for aid, n in query.tuples() if n}


def erase_person_registrations(person: Person, association_ids: Iterable[int]) -> int:
    """Removes a person from the attendance lists (inside the caller's transaction): the
    registrations linked to them, and those whose typed name is theirs under the associations
    they worked for, lose the name and role and the link. The rows stay, anonymous, so that
    the counts of attendance hold. Returns how many rows were erased."""
    ids = list(association_ids)
    linked = TrainingRegistration.person == person.id
    query = TrainingRegistration.select().where(
        linked | TrainingRegistration.association.in_(ids) if ids else linked
    )
    erased = 0
    for registration in query:
        if registration.person_id != person.id and not rules.name_matches(
            registration.name, person.first_name, person.last_name
        ):
            continue
        values: dict[str, object] = dict.fromkeys(TRAINING_REGISTRATION_PERSONAL_TEXT, "")
        values["person"] = None
        changed = apply_changes(registration, values)
        if changed:
            registration.save()
            audit(registration, "erase", changed)
            erased += 1
    return erased


# ---------------------------------------------------------------- supervision


def _supervision_row(s: SupervisionSession, association: str) -> SupervisionRow:
    return SupervisionRow(
        s.id, s.association_id, association, s.held_on, s.supervisor, s.participants,
        s.hours, s.cost_cents, s.notes,
    )  # fmt: skip


def _validate_supervision(data: SupervisionInput) -> dict[str, object]:
    check = FieldCheck()
    association = None
    if data.association_id is not None:
        association = Association.get_or_none(Association.id == data.association_id)
    if association is None:
        check.fail("association_id", "TRAINING_ASSOCIATION_UNKNOWN")
    values: dict[str, object] = {
        "association": data.association_id,
        "held_on": check.date("held_on", data.held_on),
        "supervisor": check.text(
            "supervisor", "SupervisionSession.supervisor", data.supervisor, "Työnohjaaja"
        ),
        "participants": check("participants", rules.validate_count, data.participants),
        "hours": check("hours", rules.validate_session_hours, data.hours),
        "cost_cents": check("cost", v.validate_money, data.cost if data.cost.strip() else "0"),
        "notes": check.text("notes", "SupervisionSession.notes", data.notes),
    }
    if values["participants"] == 0 and "participants" not in check.errors:
        check.fail("participants", "COUNT_INVALID", max=rules.COUNT_MAX)
    check.raise_if_any()
    return values


def list_supervision(
    association_id: int | None = None, *, year: int | None = None
) -> list[SupervisionRow]:
    """Supervision sessions, newest first (of one association when given)."""
    query = (
        SupervisionSession.select(SupervisionSession, Association.id, Association.name)
        .join(Association)
        .order_by(SupervisionSession.held_on.desc(), SupervisionSession.id.desc())
    )
    if association_id is not None:
        query = query.where(SupervisionSession.association == association_id)
    if year is not None:
        query = query.where(
            (SupervisionSession.held_on >= date(year, 1, 1))
            & (SupervisionSession.held_on <= date(year, 12, 31))
        )
    return [_supervision_row(s, s.association.name) for s in query]


def add_supervision(data: SupervisionInput) -> SupervisionRow:
    values = _validate_supervision(data)
    with transaction():
        session = SupervisionSession.create(**values)
        audit(session, "create", values.keys())
    return _supervision_row(session, session.association.name)


def update_supervision(session_id: int, data: SupervisionInput) -> SupervisionRow:
    values = _validate_supervision(data)
    session = update_record(SupervisionSession, session_id, "SUPERVISION_NOT_FOUND", values)
    return _supervision_row(session, session.association.name)


def delete_supervision(session_id: int) -> None:
    delete_record(SupervisionSession, session_id, "SUPERVISION_NOT_FOUND")
