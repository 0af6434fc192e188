"""Every create/update use case takes arbitrary field values (any text, huge numbers,
non-ASCII digits, far dates, wrong types) and either succeeds, storing a row that reads back
equal and within the length limits, or raises a DomainError and writes nothing.

One database for the whole module (the "small" demo, so grants, payments and batches exist);
run with -s to see how many inputs each use case got.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date
from typing import Any

import peewee
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kemidesk.db import models
from kemidesk.db.connection import close_database
from kemidesk.db.integrity import run_checks
from kemidesk.db.setup import prepare_database
from kemidesk.domain import validation as v
from kemidesk.domain.dates import DATE_MAX, DATE_MIN
from kemidesk.domain.errors import DomainError
from kemidesk.domain.rules import RuleVersion
from kemidesk.domain.types import (
    ApplicationStatus,
    DecisionType,
    EmployerType,
    FollowupType,
    NotificationMethod,
    OutcomeCheckpoint,
    OutcomeStatus,
    PaymentStatus,
)
from kemidesk.paths import resolve_paths
from kemidesk.services import (
    applications,
    associations,
    changes,
    followups,
    grants,
    payments,
    people,
    placements,
)
from kemidesk.services import (
    settings as settings_service,
)
from tests.unit.domain.fuzz import FUZZ_COUNTS, FUZZ_SETTINGS, any_date, outcome, user_text
from tests.unit.services.factories import ytunnus_of

TODAY = date(2026, 11, 28)
SERVICE = settings(FUZZ_SETTINGS, max_examples=60)

ALL_MODELS: tuple[type[peewee.Model], ...] = tuple(
    m
    for m in vars(models).values()
    if isinstance(m, type)
    and issubclass(m, peewee.Model)
    and m not in (peewee.Model, models.BaseModel)
)


@pytest.fixture(
    scope="module",
    autouse=True,
    params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)],
)
def demo_database(
    tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest
) -> Iterator[object]:
    """The module's demo database, on each engine (on the server: a copy of the session's
    demo database there)."""
    from kemidesk.demo import generate_demo

    if request.param == "postgres":
        from kemidesk.db.setup import prepare_server_database
        from tests.conftest import _demo

        server = request.getfixturevalue("pg_server")
        name = server.create_database(server.template("demo", _demo))
        prepare_server_database(server.url(name))
        yield name
        close_database()
        server.drop_database(name)
    else:
        paths = resolve_paths(tmp_path_factory.mktemp("fuzz") / "data")
        paths.ensure()
        prepare_database(paths.database, paths.backup_dir)
        generate_demo("small", today=TODAY)
        yield paths.database
        close_database()
    mine = {k: n for k, n in FUZZ_COUNTS.items() if k.startswith("service:")}
    print(f"\nservice fuzz: {sum(mine.values())} inputs over {len(mine)} use cases")
    for name, count in sorted(mine.items()):
        print(f"  {name}: {count}")


# ---------------------------------------------------------------- strategies


# Text a person really types: any letters, marks, digits, punctuation, symbols and spaces.
real_text = st.text(
    alphabet=st.characters(categories=("L", "M", "N", "P", "S", "Zs")), min_size=1, max_size=300
)


def text_or(valid: str) -> st.SearchStrategy[Any]:
    """A fuzzed value for a text field: any text, real-world text, an over-long text or a
    wrong type."""
    return st.one_of(
        user_text,
        real_text,
        st.integers(200, 11000).map(lambda n: "å" * n),
        st.sampled_from((None, 12, b"bytes", valid + "\udc80", valid + "\x00")),
    )


def date_or(valid: date | None) -> st.SearchStrategy[Any]:
    return st.one_of(any_date, st.none(), user_text, st.just(TODAY.isoformat()))


def either(valid: Any, fuzz: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """Half of the time the valid value, else the fuzz (for use cases with few arguments)."""
    return st.one_of(st.just(valid), fuzz)


def flag() -> st.SearchStrategy[Any]:
    return st.one_of(st.booleans(), st.sampled_from((None, "kyllä", 2)))


def choice(enum: Any) -> st.SearchStrategy[Any]:
    return st.one_of(st.sampled_from(list(enum)), user_text, st.none())


fresh_business_id = st.integers(3_000_000, 9_999_999).map(ytunnus_of).filter(bool)


def inputs(cls: Any, valid: dict[str, Any], fuzz: dict[str, st.SearchStrategy[Any]]) -> Any:
    """`cls(**valid)` with one to four of its fields replaced by fuzzed values (so that
    both the refusals and the successful writes of odd but acceptable values are seen)."""

    @st.composite
    def build(draw: st.DrawFn) -> Any:
        names = draw(st.lists(st.sampled_from(sorted(fuzz)), min_size=1, max_size=4, unique=True))
        values = dict(valid)
        for name in names:
            values[name] = draw(fuzz[name])
        return cls(**values)

    return build()


# ---------------------------------------------------------------- checks


def row_counts() -> dict[str, int]:
    return {m.__name__: m.select().count() for m in ALL_MODELS}


def within_limits(instance: peewee.Model) -> None:
    """Every text column of a stored row is storable and within its limit."""
    name = type(instance).__name__
    for field in instance._meta.sorted_fields:
        value = getattr(instance, field.name)
        if isinstance(value, str):
            value.encode("utf-8")
            limit = v.TEXT_LIMITS.get(f"{name}.{field.name}")
            if limit is not None:
                assert len(value) <= limit, (name, field.name)
            elif isinstance(field, peewee.CharField):
                assert len(value) <= field.max_length, (name, field.name)
        if isinstance(field, models.IsoDateField) and value is not None:
            assert isinstance(value, date), (name, field.name)


def run(name: str, call: Callable[[], Any], snapshot: Callable[[], Any] | None = None) -> Any:
    """Call the use case: success returns its result; a DomainError must leave the database
    as it was (same row counts, same snapshot); any other exception fails the test."""
    FUZZ_COUNTS[f"service:{name}"] += 1
    before = row_counts()
    state = snapshot() if snapshot else None
    result, error = outcome(call, DomainError)
    if error is None:
        FUZZ_COUNTS[f"success:{name}"] += 1
        return result
    assert error.message
    assert row_counts() == before
    if snapshot:
        assert snapshot() == state
    return None


def stripped(value: Any) -> Any:
    return value.strip() if isinstance(value, str) else value


# ---------------------------------------------------------------- records

association_input = inputs(
    associations.AssociationInput,
    {
        "name": "Kemin Fuzz ry",
        "business_id": "0737546-2",
        "employer_type": EmployerType.ASSOCIATION,
        "association_number": "123.456",
        "business_activity": True,
        "street": "Valtakatu 1",
        "postcode": "94100",
        "city": "Kemi",
        "iban": "FI2112345600000785",
        "bic": "NDEAFIHH",
        "contact_name": "Anna Yhteys",
        "contact_phone": "040 123 4567",
        "contact_email": "anna@example.fi",
        "supervisor_name": "Olli Ohjaaja",
        "supervision_competence": True,
        "notes": "Muistiinpano\nrivi 2",
    },
    {
        "name": text_or("Kemin Fuzz ry"),
        "business_id": st.one_of(fresh_business_id, text_or("0737546-2")),
        "employer_type": choice(EmployerType),
        "association_number": text_or("123.456"),
        "business_activity": flag(),
        "street": text_or("Valtakatu 1"),
        "postcode": text_or("94100"),
        "city": text_or("Kemi"),
        "iban": text_or("FI2112345600000785"),
        "bic": text_or("NDEAFIHH"),
        "contact_name": text_or("Anna Yhteys"),
        "contact_phone": text_or("040 123 4567"),
        "contact_email": text_or("anna@example.fi"),
        "supervisor_name": text_or("Olli Ohjaaja"),
        "supervision_competence": flag(),
        "notes": text_or("Muistiinpano\nrivi 2"),
    },
)


def check_association(data: associations.AssociationInput, row: Any) -> None:
    stored = models.Association.get_by_id(row.id)
    within_limits(stored)
    assert associations.get_association(row.id).name == row.name == stripped(data.name)
    for name in ("street", "city", "contact_name", "supervisor_name", "notes"):
        assert getattr(stored, name) == stripped(getattr(data, name))


@SERVICE
@given(data=association_input, fresh=fresh_business_id)
def test_create_association(data: associations.AssociationInput, fresh: str) -> None:
    if data.business_id == "0737546-2":  # not fuzzed: a free Y-tunnus
        data = replace(data, business_id=fresh)
    row = run("create_association", lambda: associations.create_association(data))
    if row is not None:
        check_association(data, row)


@SERVICE
@given(data=association_input)
def test_update_association(data: associations.AssociationInput) -> None:
    target = models.Association.select().order_by(models.Association.id).first()
    if data.business_id == "0737546-2":  # not fuzzed: its own Y-tunnus
        data = replace(data, business_id=target.business_id)
    target = target.id
    row = run(
        "update_association",
        lambda: associations.update_association(target, data),
        lambda: models.Association.get_by_id(target).__data__,
    )
    if row is not None:
        check_association(data, row)


person_input = inputs(
    people.PersonInput,
    {
        "first_name": "Fuzz",
        "last_name": "Testinen",
        "hetu": "",
        "birth_date": date(1980, 5, 5),
        "kemi_resident": True,
        "tmt_days": "400",
        "partial_work_ability": True,
        "work_ability_note": "selkävaiva",
        "phone": "040 123 4567",
        "email": "fuzz@example.fi",
        "notes": "",
    },
    {
        "first_name": text_or("Fuzz"),
        "last_name": text_or("Testinen"),
        "hetu": st.one_of(text_or(""), st.none(), st.just("131052-308T")),
        "birth_date": date_or(date(1980, 5, 5)),
        "kemi_resident": flag(),
        "tmt_days": text_or("400"),
        "partial_work_ability": flag(),
        "work_ability_note": text_or("selkävaiva"),
        "phone": text_or("040 123 4567"),
        "email": text_or("fuzz@example.fi"),
        "notes": text_or(""),
    },
)


def check_person(data: people.PersonInput, row: Any) -> None:
    stored = models.Person.get_by_id(row.id)
    within_limits(stored)
    assert people.get_person(row.id) == row
    assert stored.first_name == stripped(data.first_name)
    assert stored.work_ability_note == stripped(data.work_ability_note)
    assert stored.birth_date is None or date(1800, 1, 1) <= stored.birth_date <= DATE_MAX


@SERVICE
@given(data=person_input)
def test_create_person(data: people.PersonInput) -> None:
    row = run("create_person", lambda: people.create_person(data))
    if row is not None:
        check_person(data, row)


@SERVICE
@given(data=person_input)
def test_update_person(data: people.PersonInput) -> None:
    target = models.Person.select().order_by(models.Person.id).first().id
    row = run(
        "update_person",
        lambda: people.update_person(target, data),
        lambda: models.Person.get_by_id(target).__data__,
    )
    if row is not None:
        check_person(data, people.get_person(target))


def placement_input(person_id: int, association_id: int) -> st.SearchStrategy[Any]:
    valid = {
        "person_id": person_id,
        "association_id": association_id,
        "job_title": "kierrätystyöntekijä",
        "start_date": date(2026, 3, 15),
        "end_date": date(2027, 3, 14),
        "hours_per_week": "37,5",
        "monthly_wage": "2 000,00",
        "wage_costs": "",
        "supervisor_name": "Olli",
        "job_coach": "",
        "pt_authority": placements.DEFAULT_PT_AUTHORITY,
        "pt_decision_number": "PT-1",
        "pt_decision_date": None,
        "pt_percent": 70,
        "pt_start": date(2026, 3, 15),
        "pt_end": date(2027, 3, 14),
        "pt_monthly": "1 200,00",
        "notes": "",
    }
    fuzz = {
        "person_id": st.sampled_from((0, -1, "1", None, True)),
        "job_title": text_or(""),
        "start_date": date_or(None),
        "end_date": date_or(None),
        "hours_per_week": text_or(""),
        "monthly_wage": text_or(""),
        "wage_costs": text_or(""),
        "supervisor_name": text_or(""),
        "job_coach": text_or(""),
        "pt_authority": text_or(""),
        "pt_decision_number": text_or(""),
        "pt_decision_date": date_or(None),
        "pt_percent": st.one_of(st.sampled_from((None, 50, 70, 100, 0, True)), user_text),
        "pt_start": date_or(None),
        "pt_end": date_or(None),
        "pt_monthly": text_or(""),
        "notes": text_or(""),
    }
    return inputs(placements.PlacementInput, valid, fuzz)


def _ids() -> tuple[int, int]:
    person = models.Person.select().where(models.Person.archived == False).first()  # noqa: E712
    association = models.Association.select().first()
    return person.id, association.id


def check_placement(data: placements.PlacementInput, row: Any) -> None:
    stored = models.Placement.get_by_id(row.id)
    within_limits(stored)
    assert placements.get_placement(row.id, today=TODAY) == placements.get_placement(
        row.id, today=TODAY
    )
    assert stored.job_title == row.job_title == stripped(data.job_title)
    assert DATE_MIN <= stored.start_date <= DATE_MAX


@SERVICE
@given(st.data())
def test_create_placement(data: st.DataObject) -> None:
    given_input = data.draw(placement_input(*_ids()))
    row = run("create_placement", lambda: placements.create_placement(given_input))
    if row is not None:
        check_placement(given_input, row)


def _undecided_placement() -> int:
    decided = models.Decision.select(models.Decision.placement)
    query = models.Placement.select().where(models.Placement.id.not_in(decided))
    return query.order_by(models.Placement.id).first().id


@SERVICE
@given(st.data())
def test_update_placement(data: st.DataObject) -> None:
    target = _undecided_placement()
    current = models.Placement.get_by_id(target)
    given_input = data.draw(placement_input(current.person_id, current.association_id))
    row = run(
        "update_placement",
        lambda: placements.update_placement(target, given_input),
        lambda: models.Placement.get_by_id(target).__data__,
    )
    if row is not None:
        check_placement(given_input, row)


@SERVICE
@given(
    ended_on=either(date(2027, 1, 31), date_or(date(2027, 1, 31))),
    reason=either("Siirtyi muualle", text_or("Siirtyi muualle")),
)
def test_end_placement(ended_on: Any, reason: Any) -> None:
    target = _undecided_placement()
    row = run(
        "end_placement",
        lambda: placements.end_placement(target, ended_on, reason),
        lambda: models.Placement.get_by_id(target).__data__,
    )
    if row is not None:
        within_limits(models.Placement.get_by_id(target))
        assert row.end_reason == stripped(reason)


# ---------------------------------------------------------------- applications and grants

application_input = inputs(
    applications.ApplicationInput,
    {
        "placement_id": 0,
        "received_on": date(2026, 3, 1),
        "pt_decision_attached": True,
        "contract_attached": True,
        "requested_monthly": "500,00",
        "notes": "Hakemus",
    },
    {
        "placement_id": st.sampled_from((None, "x", -1, 10**9, True)),
        "received_on": date_or(date(2026, 3, 1)),
        "pt_decision_attached": flag(),
        "contract_attached": flag(),
        "requested_monthly": text_or("500,00"),
        "notes": text_or("Hakemus"),
    },
)


@SERVICE
@given(data=application_input)
def test_record_application(data: applications.ApplicationInput) -> None:
    if data.placement_id == 0 and data.placement_id is not False:  # not fuzzed
        data = replace(data, placement_id=_undecided_placement())
    row = run("record_application", lambda: applications.record_application(data))
    if row is not None:
        stored = models.Application.get_by_id(row.id)
        within_limits(stored)
        assert applications.get_application(row.id) == row
        assert isinstance(stored.received_on, date)
        assert row.notes == stripped(data.notes)


def _new_application() -> int:
    data = applications.ApplicationInput(_undecided_placement(), date(2026, 3, 1))
    return applications.record_application(data).id


@SERVICE
@given(reason=either("Haettu vahingossa", text_or("Haettu vahingossa")))
def test_withdraw_application(reason: Any) -> None:
    app_id = _new_application()
    row = run(
        "withdraw_application",
        lambda: applications.withdraw_application(app_id, reason),
        lambda: models.Application.get_by_id(app_id).__data__,
    )
    if row is not None:
        within_limits(models.Application.get_by_id(app_id))
        assert row.status is ApplicationStatus.WITHDRAWN


decision_input = inputs(
    grants.DecisionInput,
    {
        "application_id": 0,
        "decision_type": DecisionType.REJECTION,
        "decision_date": date(2026, 4, 1),
        "period_start": None,
        "period_end": None,
        "monthly": "500,00",
        "reasons": "",
        "conditions": "",
        "warning_justification": "Perusteltu",
        "decided_by_name": "Maija",
        "decided_by_title": "päällikkö",
        "override_appropriation": True,
        "override_justification": "",
    },
    {
        "application_id": st.sampled_from((None, "x", -1, 10**9)),
        "decision_type": choice(DecisionType),
        "decision_date": date_or(date(2026, 4, 1)),
        "period_start": date_or(None),
        "period_end": date_or(None),
        "monthly": text_or("500,00"),
        "reasons": text_or(""),
        "conditions": text_or(""),
        "warning_justification": text_or("Perusteltu"),
        "decided_by_name": text_or("Maija"),
        "decided_by_title": text_or("päällikkö"),
        "override_appropriation": flag(),
        "override_justification": text_or(""),
    },
)


@SERVICE
@given(data=decision_input)
def test_decide_application(data: grants.DecisionInput) -> None:
    if data.application_id == 0:  # not fuzzed
        data = replace(data, application_id=_new_application())
    row = run("decide_application", lambda: grants.decide_application(data))
    if row is not None:
        within_limits(models.Decision.get_by_id(row.id))
        assert grants.get_decision(row.id) == row


def _granted_decision() -> int:
    """A sent grant, not yet amended, running over 31.10.2026 and with money paid."""
    d = models.Decision
    amended = d.select(d.parent).where(d.parent.is_null(False))
    paid = models.Payment.select(models.Payment.decision).where(
        models.Payment.status == PaymentStatus.PAID.value
    )
    query = d.select().where(
        (d.decision_type == DecisionType.GRANT.value)
        & (d.status == "sent")
        & d.id.not_in(amended)
        & d.id.in_(paid)
        & (d.period_start < date(2026, 10, 1))
        & (d.period_end > date(2026, 11, 30))
    )
    grant = query.order_by(d.id).first()
    if grant is None:  # every one amended by earlier examples: any sent grant
        grant = d.select().where(d.decision_type == DecisionType.GRANT.value).first()
    return int(grant.id)


@SERVICE
@given(
    new_end=either(date(2026, 10, 31), date_or(date(2026, 10, 31))),
    decision_date=either(TODAY, date_or(TODAY)),
    reasons=either("Työsuhde päättyi", text_or("Työsuhde päättyi")),
    name=either("Maija", text_or("Maija")),
    end_reason=either("Irtisanoutui", text_or("Irtisanoutui")),
)
def test_decide_amendment(
    new_end: Any, decision_date: Any, reasons: Any, name: Any, end_reason: Any
) -> None:
    grant = _granted_decision()
    result = run(
        "decide_amendment",
        lambda: changes.decide_amendment(
            grant, new_end, decision_date, reasons, name, "", end_reason
        ),
    )
    if result is not None:
        within_limits(models.Decision.get_by_id(result.decision.id))
        within_limits(models.Placement.get_by_id(result.placement_id))


@SERVICE
@given(
    amount=either(
        5000, st.one_of(st.integers(-(10**20), 10**20), st.sampled_from((True, "1", None)))
    ),
    decision_date=either(TODAY, date_or(TODAY)),
    reasons=either("Perusteeton maksu", text_or("Perusteeton maksu")),
)
def test_decide_recovery(amount: Any, decision_date: Any, reasons: Any) -> None:
    grant = _granted_decision()
    result = run(
        "decide_recovery",
        lambda: changes.decide_recovery(grant, amount, decision_date, reasons),
    )
    if result is not None:
        within_limits(models.Decision.get_by_id(result.decision.id))


@SERVICE
@given(
    decision_date=either(TODAY, date_or(TODAY)),
    name=either("Maija", text_or("Maija")),
    reasons=either("", text_or("")),
)
def test_decide_bonus(decision_date: Any, name: Any, reasons: Any) -> None:
    placement = models.Placement.select().order_by(models.Placement.id).first().id
    result = run(
        "decide_bonus",
        lambda: grants.decide_bonus(placement, decision_date, name, "", reasons),
    )
    if result is not None:
        within_limits(models.Decision.get_by_id(result.id))


@SERVICE
@given(method=choice(NotificationMethod), sent_on=either(TODAY, date_or(TODAY)))
def test_notify_decision(method: Any, sent_on: Any) -> None:
    query = models.Decision.select().where(models.Decision.status == "decided")
    target = query.first()
    target_id = target.id if target is not None else _granted_decision()
    run(
        "notify_decision",
        lambda: grants.notify_decision(target_id, method, sent_on),
        lambda: models.Decision.get_by_id(target_id).__data__,
    )


# ---------------------------------------------------------------- follow-ups and outcomes

followup_input = inputs(
    followups.FollowupInput,
    {
        "placement_id": 0,
        "followup_type": FollowupType.INTERIM,
        "held_on": date(2026, 6, 1),
        "participants": "Työntekijä, ohjaaja",
        "job_coach_present": True,
        "goals": "",
        "progress": "",
        "support_given": "",
        "training": "",
        "job_search_support": "",
        "trial_visit": "",
        "absences": "",
        "end_assessment": "",
        "next_step": None,
        "signed": True,
        "signed_on": date(2026, 6, 1),
        "notes": "",
        "own_assessment": "",
        "next_meeting_on": date(2026, 7, 1),
        "new_employer": "",
        "new_job_start": None,
        "new_contract_type": "",
    },
    {
        "placement_id": st.sampled_from((None, "x", -1, 10**9)),
        "followup_type": choice(FollowupType),
        "held_on": date_or(date(2026, 6, 1)),
        "participants": text_or("Työntekijä, ohjaaja"),
        "job_coach_present": flag(),
        "goals": text_or(""),
        "progress": text_or(""),
        "support_given": text_or(""),
        "training": text_or(""),
        "job_search_support": text_or(""),
        "trial_visit": text_or(""),
        "absences": text_or(""),
        "end_assessment": text_or(""),
        "next_step": st.one_of(choice(OutcomeStatus), st.just("")),
        "signed": flag(),
        "signed_on": date_or(date(2026, 6, 1)),
        "notes": text_or(""),
        "own_assessment": text_or(""),
        "next_meeting_on": date_or(date(2026, 7, 1)),
        "new_employer": text_or(""),
        "new_job_start": date_or(None),
        "new_contract_type": text_or(""),
    },
)


def _placement_started() -> int:
    query = models.Placement.select().where(models.Placement.start_date <= date(2026, 1, 1))
    return query.order_by(models.Placement.id).first().id


@SERVICE
@given(data=followup_input, update=st.booleans())
def test_record_and_update_followup(data: followups.FollowupInput, update: bool) -> None:
    if data.placement_id == 0:  # not fuzzed
        data = replace(data, placement_id=_placement_started())
    existing = models.Followup.select().order_by(models.Followup.id).first()
    if update and existing is not None:
        row = run(
            "update_followup",
            lambda: followups.update_followup(existing.id, data),
            lambda: models.Followup.get_by_id(existing.id).__data__,
        )
    else:
        row = run("record_followup", lambda: followups.record_followup(data))
    if row is not None:
        stored = models.Followup.get_by_id(row.id)
        within_limits(stored)
        assert stored.participants == stripped(data.participants)


@SERVICE
@given(
    checkpoint=either(OutcomeCheckpoint.END, choice(OutcomeCheckpoint)),
    status=either(OutcomeStatus.UNKNOWN, choice(OutcomeStatus)),
    recorded_on=either(TODAY, date_or(TODAY)),
    notes=either("Jatkaa omin varoin", text_or("Jatkaa omin varoin")),
)
def test_record_outcome(checkpoint: Any, status: Any, recorded_on: Any, notes: Any) -> None:
    placement = _placement_started()
    row = run(
        "record_outcome",
        lambda: followups.record_outcome(placement, checkpoint, status, recorded_on, notes),
    )
    if row is not None:
        within_limits(models.Outcome.get_by_id(row.id))
        assert row.notes == stripped(notes)


# ---------------------------------------------------------------- payments and settings


@SERVICE
@given(
    received_on=either(TODAY, date_or(TODAY)),
    approve_on=either(None, date_or(None)),
    payslip=flag(),
    title=either("Marraskuu", text_or("Marraskuu")),
    created_on=either(TODAY, date_or(TODAY)),
)
def test_claims_and_batches(
    received_on: Any, approve_on: Any, payslip: Any, title: Any, created_on: Any
) -> None:
    due = models.Payment.select().where(models.Payment.status == PaymentStatus.DUE.value)
    payment = due.order_by(models.Payment.id).first()
    if payment is not None:
        run(
            "record_claim",
            lambda: payments.record_claim(payment.id, received_on, payslip, True, approve_on),
            lambda: models.Payment.get_by_id(payment.id).__data__,
        )
    approved = models.Payment.select().where(
        (models.Payment.status == PaymentStatus.APPROVED.value) & models.Payment.batch.is_null()
    )
    ids = [p.id for p in approved.limit(1)]
    batch = run("create_batch", lambda: payments.create_batch(ids, created_on, title))
    if batch is not None:
        within_limits(models.PaymentBatch.get_by_id(batch))
        run("mark_batch_paid", lambda: payments.mark_batch_paid(batch, received_on))


@SERVICE
@given(
    year=either(
        2026, st.one_of(st.integers(-(10**6), 10**6), st.sampled_from(("2026", None, True)))
    ),
    amount=either("100 000,00", text_or("100 000,00")),
    notes=either("Talousarvio", text_or("Talousarvio")),
)
def test_set_appropriation(year: Any, amount: Any, notes: Any) -> None:
    status = run(
        "set_appropriation", lambda: settings_service.set_appropriation(year, amount, notes)
    )
    if status is not None:
        row = models.Appropriation.get(models.Appropriation.year == year)
        within_limits(row)
        assert row.notes == stripped(notes)


@SERVICE
@given(
    name=either("Maija", text_or("Maija")),
    address=either("PL 86\n94101 Kemi", text_or("PL 86\n94101 Kemi")),
    email=either("a@kemi.fi", text_or("a@kemi.fi")),
)
def test_save_office_settings(name: Any, address: Any, email: Any) -> None:
    office = settings_service.OfficeSettings(
        decision_maker_name=name, registry_address=address, contact_email=email
    )
    saved = run("save_office_settings", lambda: settings_service.save_office_settings(office))
    if saved is not None:
        assert saved.decision_maker_name == stripped(name)
        for row in models.AppSetting.select():
            within_limits(row)


@SERVICE
@given(
    valid_from=either(date(2030, 1, 1), date_or(date(2030, 1, 1))),
    valid_to=either(None, date_or(None)),
    value=either("600,00", text_or("600,00")),
    note=either("Korotus", text_or("Korotus")),
)
def test_save_rule_version(valid_from: Any, valid_to: Any, value: Any, note: Any) -> None:
    version = RuleVersion(valid_from, valid_to, {"monthly_max_cents": value}, note)
    saved = run("save_rule_version", lambda: settings_service.save_rule_version(version))
    if saved is not None:
        row = models.RuleVersionRow.get(models.RuleVersionRow.valid_from == saved.valid_from)
        within_limits(row)


# ---------------------------------------------------------------- afterwards


def test_zz_database_is_consistent_after_the_fuzz() -> None:
    """Every stored row of every table is within its limits; the integrity checks pass."""
    for model in ALL_MODELS:
        for instance in model.select():
            within_limits(instance)
    failed = [(name, detail) for name, ok, detail in run_checks() if not ok]
    assert failed == []
    successes = {k: n for k, n in FUZZ_COUNTS.items() if k.startswith("success:")}
    print(f"\nsuccessful fuzz inputs: {sum(successes.values())} {dict(sorted(successes.items()))}")
