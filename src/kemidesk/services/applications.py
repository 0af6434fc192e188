"""Applications for Kemi-lisä and their assessment by the rules (nothing decided here).

`assess` gathers the facts of a placement and a proposed grant, runs the domain's eligibility
rules plus the checks that need other records (overlapping grants, the 12-month cap over the
placement's grants as amended, de minimis aid received), and proposes the period.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import peewee

from kemidesk.db.connection import database_proxy
from kemidesk.db.models import (
    Application,
    Association,
    Decision,
    DeMinimisAid,
    Person,
    Placement,
)
from kemidesk.domain.eligibility import (
    EligibilityFacts,
    Finding,
    check_eligibility,
    propose_grant_period,
    target_groups,
)
from kemidesk.domain.errors import FieldErrors
from kemidesk.domain.lifecycle import SPENDING_KINDS
from kemidesk.domain.messages import Message
from kemidesk.domain.money import parse_money
from kemidesk.domain.rules import RuleSet
from kemidesk.domain.schedule import Period, build_schedule, schedule_total
from kemidesk.domain.types import (
    ApplicationStatus,
    DecisionStatus,
    DecisionType,
    EmployerType,
    Severity,
)
from kemidesk.domain.validation import text_limit
from kemidesk.services.common import (
    FieldCheck,
    audit,
    find_by_key,
    get_or_raise,
    prepared,
    record_key,
    transaction,
    with_related,
)
from kemidesk.services.errors import NotAllowedError
from kemidesk.services.settings import (
    appropriation_cents,
    committed_cents,
    rules_for,
)

if TYPE_CHECKING:  # the ledgers are imported by the assessment that reads them
    from kemidesk.domain.ledger import GrantLedger

OVERRIDABLE = frozenset({"APPROPRIATION_EXCEEDED"})


@dataclass(frozen=True)
class ApplicationInput:
    placement_id: int
    received_on: date
    pt_decision_attached: bool = False
    contract_attached: bool = False
    requested_monthly: str = "500,00"
    notes: str = ""


@dataclass(frozen=True)
class ApplicationRow:
    id: int
    placement_id: int
    person_name: str
    association_name: str
    received_on: date
    pt_decision_attached: bool
    contract_attached: bool
    requested_monthly_cents: int
    status: ApplicationStatus
    justification: str
    notes: str


@dataclass(frozen=True)
class Assessment:
    """What the rules say about a proposed grant, before anything is written."""

    placement_id: int
    period_start: date | None
    period_end: date | None
    monthly_cents: int
    findings: tuple[Finding, ...]
    schedule: tuple[Period, ...]
    rules: RuleSet
    # How it was made: (the open outermost transaction, the rows the connection had changed
    # by then, (decision date, application date, excluded decision)) on the local file,
    # else None (see `still_current`).
    made_at: tuple[object, int, tuple[Any, ...]] | None = field(
        default=None, compare=False, repr=False
    )

    @property
    def total_cents(self) -> int:
        return schedule_total(self.schedule)

    @property
    def errors(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.is_error)

    @property
    def warnings(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if not f.is_error)

    def blocking(self, override_appropriation: bool = False) -> tuple[Finding, ...]:
        skip = OVERRIDABLE if override_appropriation else frozenset()
        return tuple(f for f in self.errors if f.code not in skip)


# ---------------------------------------------------------------- applications


def record_application(data: ApplicationInput) -> ApplicationRow:
    check = FieldCheck()
    received_on = check.date("received_on", data.received_on)
    monthly = check("requested_monthly", parse_money, data.requested_monthly)
    notes = check.text("notes", "Application.notes", data.notes)
    pt_attached = check.flag("pt_decision_attached", data.pt_decision_attached)
    contract_attached = check.flag("contract_attached", data.contract_attached)
    placement = None
    if isinstance(data.placement_id, int) and not isinstance(data.placement_id, bool):
        key = record_key(data.placement_id)
        placement = None if key is None else find_by_key(Placement, key)
    if placement is None:
        check.fail("placement_id", "PLACEMENT_NOT_CHOSEN")
    check.raise_if_any()
    with transaction():
        app = Application.create(
            placement=placement,
            received_on=received_on,
            pt_decision_attached=pt_attached,
            contract_attached=contract_attached,
            requested_monthly_cents=monthly,
            notes=notes,
        )
        audit(app, "create", ["placement", "received_on", "requested_monthly_cents"])
    return get_application(app.id)


def withdraw_application(application_id: int, reason: str) -> ApplicationRow:
    """The association withdraws a pending application (or it is filed in error)."""
    check = FieldCheck()
    reason = check.text("reason", "Application.notes", reason)
    check.raise_if_any()
    if not reason:
        raise FieldErrors({"reason": Message("WITHDRAW_REASON_REQUIRED")})
    with transaction():
        app = get_or_raise(Application, application_id, "APPLICATION_NOT_FOUND")
        if app.status is not ApplicationStatus.RECEIVED:
            raise NotAllowedError("ONLY_PENDING_WITHDRAWN")
        notes = "\n".join(x for x in (app.notes, f"Peruttu: {reason}") if x)
        limit = text_limit("Application.notes")
        if len(notes) > limit:
            message = Message("TEXT_TOO_LONG", {"max": limit, "length": len(notes)})
            raise FieldErrors({"reason": message})
        app.status = ApplicationStatus.WITHDRAWN
        app.notes = notes
        app.save()
        audit(app, "withdraw", ["status", "notes"])
    return get_application(application_id)


def get_application(application_id: int) -> ApplicationRow:
    if record_key(application_id) is application_id:  # an int key: the statement built once
        found = prepared("get_application.row", _one_application_query, application_id)
        rows = [_application_row_of(r) for r in found]
    else:
        rows = list_applications(ids=[application_id])
    if not rows:
        get_or_raise(Application, application_id, "APPLICATION_NOT_FOUND")
    return rows[0]


def list_applications(
    status: ApplicationStatus | None = None, ids: list[int] | None = None
) -> list[ApplicationRow]:
    return [_application_row(a) for a in _application_query(status, ids)]


def _application_query(status: ApplicationStatus | None, ids: list[int] | None) -> Any:
    query = (
        Application.select(Application, Placement, Person, Association)
        .join(Placement)
        .join(Person)
        .switch(Placement)
        .join(Association)
        .order_by(Application.received_on)
    )
    if status is not None:
        query = query.where(Application.status == status)
    if ids is not None:
        query = query.where(Application.id.in_(ids))
    return query


def _one_application_query(application_id: int) -> Any:
    """One application's row as `_application_row` makes it, with only the columns it
    shows (not the four whole rows of the listing's join)."""
    return (
        Application.select(
            Application.id,
            Application.placement.alias("placement_id"),
            Person.last_name,
            Person.first_name,
            Association.name.alias("association_name"),
            Application.received_on,
            Application.pt_decision_attached,
            Application.contract_attached,
            Application.requested_monthly_cents,
            Application.status,
            Application.justification,
            Application.notes,
        )
        .join(Placement)
        .join(Person)
        .switch(Placement)
        .join(Association)
        .where(Application.id == application_id)
        .dicts()
    )


def _application_row_of(r: dict[str, Any]) -> ApplicationRow:
    last, first = r.pop("last_name"), r.pop("first_name")
    return ApplicationRow(person_name=f"{last} {first}", **r)


def _application_row(a: Application) -> ApplicationRow:
    return ApplicationRow(
        id=a.id,
        placement_id=a.placement.id,
        person_name=f"{a.placement.person.last_name} {a.placement.person.first_name}",
        association_name=a.placement.association.name,
        received_on=a.received_on,
        pt_decision_attached=a.pt_decision_attached,
        contract_attached=a.contract_attached,
        requested_monthly_cents=a.requested_monthly_cents,
        status=a.status,
        justification=a.justification,
        notes=a.notes,
    )


# ---------------------------------------------------------------- assessment


def months_already_granted(placement_id: int, exclude_decision_id: int | None = None) -> Decimal:
    """Kemi-lisä months of the placement's other grants, as amended (for the 12-month cap)."""
    from kemidesk.domain.ledger import months_used
    from kemidesk.services.ledger import placement_ledgers

    return months_used(placement_ledgers(placement_id, exclude_decision_id))


def _overlap_findings(ledgers: list[GrantLedger], start: date, end: date) -> list[Finding]:
    """The same month cannot be granted twice: a period may not meet another grant's."""
    return [
        Finding(
            Severity.ERROR,
            "GRANT_OVERLAPS",
            {
                "number": g.grant.number,
                "start": g.start,
                "end": g.effective_end,
                "grant_start": start,
                "grant_end": end,
            },
        )
        for g in ledgers
        if g.overlaps(start, end)
    ]


def _de_minimis_received(association: Association, decision_date: date, rules: RuleSet) -> int:
    """Aid to the undertaking in the rolling years before (and on) the decision date."""
    from dateutil.relativedelta import relativedelta  # (and six) only when it is asked

    since = decision_date - relativedelta(years=rules.de_minimis_years)
    window = (int(association.id), since.isoformat(), decision_date.isoformat())
    other = prepared("de_minimis.other", _other_aid_query, *window)
    ours = prepared("de_minimis.ours", _our_aid_query, *window)
    return int(other[0][0] or 0) + int(ours[0][0] or 0)


def _other_aid_query(association_id: int, since: str, until: str) -> peewee.ModelSelect:
    """De minimis aid from others in (since, until] (ISO dates, as the columns hold them)."""
    return (
        DeMinimisAid.select(peewee.fn.COALESCE(peewee.fn.SUM(DeMinimisAid.amount_cents), 0))
        .where(
            (DeMinimisAid.association == association_id)
            & (DeMinimisAid.granted_on > since)
            & (DeMinimisAid.granted_on <= until)
        )
        .tuples()
    )


def _our_aid_query(association_id: int, since: str, until: str) -> peewee.ModelSelect:
    """The office's own spending decisions to the association in (since, until]."""
    return (
        Decision.select(peewee.fn.COALESCE(peewee.fn.SUM(Decision.total_cents), 0))
        .where(
            (Decision.association == association_id)
            & Decision.decision_type.in_(SPENDING_KINDS)
            & (Decision.status != DecisionStatus.CANCELLED)
            & (Decision.decision_date > since)
            & (Decision.decision_date <= until)
        )
        .tuples()
    )


def _data_mark() -> tuple[object, int] | None:
    """(the outermost open transaction, rows changed by this connection so far) on the
    local file inside a transaction, else None. While both stay the same nothing was
    written (the write transaction holds the file: no other program writes meanwhile)."""
    from kemidesk.db.connection import is_server

    db = database_proxy.obj
    if is_server() or not db.in_transaction():
        return None
    return db._state.transactions[0], db.connection().total_changes


def still_current(
    assessment: Assessment | None,
    placement_id: int,
    *,
    decision_date: date,
    period_start: date | None,
    period_end: date | None,
    monthly_cents: int,
    application_date: date | None,
) -> bool:
    """True when `assessment` is what `assess` with these inputs (and no excluded decision)
    gives now: made in this transaction with nothing written since, for the same placement,
    dates and amount, its period the one given (proposed or not: the same facts then) and
    its rules those of that period's start. A decision made right after its assessment (the
    demo, a batch) needs not read and compute it all again."""
    if assessment is None or assessment.made_at is None or period_start is None:
        return False
    mark, (outer, changes, inputs) = _data_mark(), assessment.made_at
    if mark is None or mark[0] is not outer or mark[1] != changes:
        return False
    rules = assessment.rules
    return (
        assessment.placement_id == placement_id
        and inputs == (decision_date, application_date, None)
        and (assessment.period_start, assessment.period_end) == (period_start, period_end)
        and assessment.monthly_cents == monthly_cents
        and ((found := rules_for(period_start)) is rules or found == rules)
    )


def needs_de_minimis_check(association: Association) -> bool:
    return association.employer_type is EmployerType.COMPANY or association.business_activity


def assess(
    placement_id: int,
    *,
    decision_date: date,
    period_start: date | None = None,
    period_end: date | None = None,
    monthly_cents: int | None = None,
    application_date: date | None = None,
    exclude_decision_id: int | None = None,
    placement: Placement | None = None,
) -> Assessment:
    """Run the rules for a proposed grant. Missing period/amount are proposed.

    `placement`: the placement's row when the caller has just read it in this transaction
    (nothing written since), else it is read here."""
    # The grants' ledgers only here: printing a decision reads the facts, not the ledgers.
    from kemidesk.domain.ledger import first_free_day, months_used
    from kemidesk.services.ledger import placement_ledgers

    if placement is None or placement.id != placement_id:
        placement = get_or_raise(Placement, placement_id, "PLACEMENT_NOT_FOUND")
    placement = with_related(placement, "association", "person")
    association = placement.association
    rules = rules_for(period_start or placement.start_date)
    ledgers = placement_ledgers(placement_id, exclude_decision_id)
    already = months_used(ledgers)
    if period_start is None or period_end is None:
        first_free = first_free_day(ledgers, placement.start_date)
        proposed = propose_grant_period(
            first_free,
            placement.actual_end_date or placement.end_date,
            placement.pt_start,
            placement.pt_end,
            already,
            rules,
        )
        if proposed is None:
            proposed = (first_free, first_free)
        period_start, period_end = period_start or proposed[0], period_end or proposed[1]
    monthly = rules.monthly_max_cents if monthly_cents is None else monthly_cents
    schedule = build_schedule(
        period_start, period_end, monthly, rules, terminated_on=placement.actual_end_date
    )
    budget = appropriation_cents(decision_date.year)
    left = None
    if budget > 0:  # an appropriation is set for the year
        left = budget - committed_cents(decision_date.year, exclude_decision_id)
    facts = placement_facts(
        placement,
        application_date=application_date,
        grant_start=period_start,
        grant_end=period_end,
        monthly_amount_cents=monthly,
        months_already_granted=already,
        appropriation_left_cents=left,
        de_minimis_received_cents=(
            _de_minimis_received(association, decision_date, rules)
            if needs_de_minimis_check(association)
            else 0
        ),
    )
    mark = _data_mark()
    return Assessment(
        placement_id=placement_id,
        period_start=period_start,
        period_end=period_end,
        monthly_cents=monthly,
        findings=_ordered(
            check_eligibility(facts, rules) + _overlap_findings(ledgers, period_start, period_end)
        ),
        schedule=tuple(schedule),
        rules=rules,
        made_at=None
        if mark is None
        else (*mark, (decision_date, application_date, exclude_decision_id)),
    )


def _ordered(findings: list[Finding]) -> tuple[Finding, ...]:
    """Errors first, then warnings (the domain's order within each)."""
    return tuple(sorted(findings, key=lambda f: not f.is_error))


def _job_hours(placement: Placement) -> Decimal:
    """The weekly hours the 18 h rule looks at: a ring job's are the members' total."""
    if placement.ring_id is not None:
        from kemidesk.services.rings import ring_total_hours  # rings only when there is one

        total = ring_total_hours(placement.ring_id)
        if total:
            return total
    return placement.hours_per_week  # type: ignore[no-any-return]


def placement_facts(placement: Placement, **grant: object) -> EligibilityFacts:
    """The facts the rules look at: the placement's own, plus the proposed grant's."""
    person, association = placement.person, placement.association
    defaults: dict[str, object] = {
        "application_date": None,
        "grant_start": placement.start_date,
        "grant_end": placement.actual_end_date or placement.end_date or placement.start_date,
        "monthly_amount_cents": 0,
        "months_already_granted": Decimal(0),
        "appropriation_left_cents": None,
        "de_minimis_received_cents": 0,
    }
    defaults.update(grant)
    return EligibilityFacts(
        employer_type=association.employer_type,
        business_activity=association.business_activity,
        kemi_resident=person.kemi_resident,
        tmt_days=person.tmt_days,
        partial_work_ability=person.partial_work_ability,
        birth_date=person.birth_date,
        placement_start=placement.start_date,
        placement_end=placement.actual_end_date or placement.end_date,
        hours_per_week=_job_hours(placement),
        monthly_wage_cents=placement.monthly_wage_cents,
        palkkatuki_start=placement.pt_start,
        palkkatuki_end=placement.pt_end,
        palkkatuki_percent=placement.pt_percent,
        palkkatuki_monthly_cents=placement.pt_monthly_cents,
        wage_costs_cents=placement.wage_costs_cents,
        **defaults,  # type: ignore[arg-type]
    )


def target_group_labels(placement_id: int) -> list[str]:
    """Why the person belongs to the target group, in Finnish (for the party's copy only)."""
    placement = get_or_raise(Placement, placement_id, "PLACEMENT_NOT_FOUND")
    rules = rules_for(placement.start_date)
    return [group.label for group in target_groups(placement_facts(placement), rules)]


def assess_application(application_id: int, decision_date: date | None = None) -> Assessment:
    app = get_or_raise(Application, application_id, "APPLICATION_NOT_FOUND")
    return assess(
        app.placement_id,
        decision_date=decision_date or date.today(),
        monthly_cents=app.requested_monthly_cents,
        application_date=app.received_on,
    )


def compose_reasons(assessment: Assessment, decision_type: DecisionType) -> str:
    """The officer's reasons proposed from the findings; the user may edit them before
    deciding. A rejection lists its grounds; a grant only its warnings."""
    lines: list[str] = []
    if decision_type is DecisionType.REJECTION:
        lines.append("Hakemus hylätään, koska Kemi-lisän myöntämisen edellytykset eivät täyty:")
        lines += [f"– {f.message}" for f in assessment.errors]
    else:
        # The criteria with their figures are generated on the printed decision
        # (domain/decision_reasons.py); the officer's text adds to them: here the warnings.
        lines += [f"Huomio: {f.message}" for f in assessment.warnings]
    return "\n".join(lines)
