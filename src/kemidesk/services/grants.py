"""Applications and Kemi-lisä decisions: assess with the rules, decide, number, notify."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

import peewee
from dateutil.relativedelta import relativedelta

from kemidesk.db.models import (
    Application,
    Association,
    Decision,
    DeMinimisAid,
    Payment,
    Person,
    Placement,
)
from kemidesk.domain.appeal import appeal_deadline, notification_date
from kemidesk.domain.eligibility import (
    EligibilityFacts,
    Finding,
    check_eligibility,
    propose_grant_period,
    target_groups,
)
from kemidesk.domain.errors import FieldErrors
from kemidesk.domain.money import parse_money
from kemidesk.domain.rules import RuleSet
from kemidesk.domain.schedule import Period, build_schedule, months_equivalent, schedule_total
from kemidesk.domain.types import (
    ApplicationStatus,
    DecisionStatus,
    DecisionType,
    EmployerType,
    NotificationMethod,
    Severity,
)
from kemidesk.domain.validation import finnish_reference
from kemidesk.services.common import FieldCheck, audit, get_or_raise, transaction
from kemidesk.services.errors import NotAllowedError
from kemidesk.services.numbering import allocate_decision_number
from kemidesk.services.settings import (
    SPENDING_TYPES,
    appropriation_status,
    committed_cents,
    rules_for,
    rules_from_snapshot,
    rules_snapshot,
)

OVERRIDABLE = frozenset({"APPROPRIATION_EXCEEDED"})
GRANT_TYPES = (DecisionType.GRANT.value, DecisionType.PARTIAL_GRANT.value)


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
    extra: dict[str, str] = field(default_factory=dict)


# ---------------------------------------------------------------- applications


def record_application(data: ApplicationInput) -> ApplicationRow:
    check = FieldCheck()
    monthly = check("requested_monthly", parse_money, data.requested_monthly)
    placement = Placement.get_or_none(Placement.id == data.placement_id)
    if placement is None:
        check.fail("placement_id", "Valitse työsuhde.")
    check.raise_if_any()
    with transaction():
        app = Application.create(
            placement=placement,
            received_on=data.received_on,
            pt_decision_attached=data.pt_decision_attached,
            contract_attached=data.contract_attached,
            requested_monthly_cents=monthly,
            notes=data.notes.strip(),
        )
        audit(app, "create", ["placement", "received_on", "requested_monthly_cents"])
    return get_application(app.id)


def get_application(application_id: int) -> ApplicationRow:
    rows = list_applications(ids=[application_id])
    if not rows:
        get_or_raise(Application, application_id, "Hakemus")
    return rows[0]


def list_applications(
    status: ApplicationStatus | None = None, ids: list[int] | None = None
) -> list[ApplicationRow]:
    query = (
        Application.select(Application, Placement, Person, Association)
        .join(Placement)
        .join(Person)
        .switch(Placement)
        .join(Association)
        .order_by(Application.received_on)
    )
    if status is not None:
        query = query.where(Application.status == status.value)
    if ids is not None:
        query = query.where(Application.id.in_(ids))
    return [
        ApplicationRow(
            id=a.id,
            placement_id=a.placement.id,
            person_name=f"{a.placement.person.last_name} {a.placement.person.first_name}",
            association_name=a.placement.association.name,
            received_on=a.received_on,
            pt_decision_attached=a.pt_decision_attached,
            contract_attached=a.contract_attached,
            requested_monthly_cents=a.requested_monthly_cents,
            status=ApplicationStatus(a.status),
            justification=a.justification,
            notes=a.notes,
        )
        for a in query
    ]


# ---------------------------------------------------------------- assessment


def effective_end(decision: Decision) -> date | None:
    """A grant's end as amended: the end of its latest amendment, or its own end."""
    latest = (
        Decision.select(Decision.period_end)
        .where(
            (Decision.parent == decision)
            & (Decision.decision_type == DecisionType.AMENDMENT.value)
            & (Decision.status != DecisionStatus.CANCELLED.value)
        )
        .order_by(Decision.decision_date.desc(), Decision.id.desc())
        .first()
    )
    return latest.period_end if latest else decision.period_end


def _grants_of(placement_id: int, exclude_decision_id: int | None) -> list[Decision]:
    query = Decision.select().where(
        (Decision.placement == placement_id)
        & Decision.decision_type.in_(GRANT_TYPES)
        & (Decision.status != DecisionStatus.CANCELLED.value)
    )
    return [d for d in query if d.id != exclude_decision_id and d.period_start]


def months_already_granted(placement_id: int, exclude_decision_id: int | None = None) -> Decimal:
    """Kemi-lisä months of the placement's other grants, as amended (for the 12-month cap)."""
    total = Decimal(0)
    for d in _grants_of(placement_id, exclude_decision_id):
        end = effective_end(d)
        if end is not None and end >= d.period_start:
            total += months_equivalent(d.period_start, end, rules_from_snapshot(d.rules_json))
    return total


def _overlap_findings(
    placement_id: int, start: date, end: date, exclude_decision_id: int | None
) -> list[Finding]:
    """The same month cannot be granted twice: a period may not meet another grant's."""
    findings = []
    for d in _grants_of(placement_id, exclude_decision_id):
        other_end = effective_end(d)
        if other_end is not None and d.period_start <= end and start <= other_end:
            params = {"number": d.number, "start": d.period_start, "end": other_end,
                      "grant_start": start, "grant_end": end}  # fmt: skip
            findings.append(Finding(Severity.ERROR, "GRANT_OVERLAPS", params))
    return findings


def _de_minimis_received(association: Association, decision_date: date, rules: RuleSet) -> int:
    """Aid to the undertaking in the rolling years before (and on) the decision date."""
    since = decision_date - relativedelta(years=rules.de_minimis_years)
    other = DeMinimisAid.select(
        peewee.fn.COALESCE(peewee.fn.SUM(DeMinimisAid.amount_cents), 0)
    ).where(
        (DeMinimisAid.association == association)
        & (DeMinimisAid.granted_on > since)
        & (DeMinimisAid.granted_on <= decision_date)
    )
    ours = Decision.select(peewee.fn.COALESCE(peewee.fn.SUM(Decision.total_cents), 0)).where(
        (Decision.association == association)
        & Decision.decision_type.in_(SPENDING_TYPES)
        & (Decision.status != DecisionStatus.CANCELLED.value)
        & (Decision.decision_date > since)
        & (Decision.decision_date <= decision_date)
    )
    return int(other.scalar() or 0) + int(ours.scalar() or 0)


def needs_de_minimis_check(association: Association) -> bool:
    return association.employer_type == EmployerType.COMPANY.value or association.business_activity


def assess(
    placement_id: int,
    *,
    decision_date: date,
    period_start: date | None = None,
    period_end: date | None = None,
    monthly_cents: int | None = None,
    application_date: date | None = None,
    exclude_decision_id: int | None = None,
) -> Assessment:
    """Run the rules for a proposed grant. Missing period/amount are proposed."""
    placement = get_or_raise(Placement, placement_id, "Työsuhde")
    association = placement.association
    rules = rules_for(period_start or placement.start_date)
    already = months_already_granted(placement_id, exclude_decision_id)
    if period_start is None or period_end is None:
        # A continuation starts after the placement's earlier grants end.
        earlier_ends = [e for d in _grants_of(placement_id, exclude_decision_id)
                        if (e := effective_end(d)) is not None]  # fmt: skip
        first_free = max([placement.start_date, *(e + timedelta(days=1) for e in earlier_ends)])
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
    status = appropriation_status(decision_date.year)
    left = None
    if status.is_set:
        left = status.amount_cents - committed_cents(decision_date.year, exclude_decision_id)
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
    return Assessment(
        placement_id=placement_id,
        period_start=period_start,
        period_end=period_end,
        monthly_cents=monthly,
        findings=_ordered(
            check_eligibility(facts, rules)
            + _overlap_findings(placement_id, period_start, period_end, exclude_decision_id)
        ),
        schedule=tuple(schedule),
        rules=rules,
    )


def _ordered(findings: list[Finding]) -> tuple[Finding, ...]:
    """Errors first, then warnings (the domain's order within each)."""
    return tuple(sorted(findings, key=lambda f: not f.is_error))


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
        employer_type=EmployerType(association.employer_type),
        business_activity=association.business_activity,
        kemi_resident=person.kemi_resident,
        tmt_days=person.tmt_days,
        partial_work_ability=person.partial_work_ability,
        birth_date=person.birth_date,
        placement_start=placement.start_date,
        placement_end=placement.actual_end_date or placement.end_date,
        hours_per_week=placement.hours_per_week,
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
    placement = get_or_raise(Placement, placement_id, "Työsuhde")
    rules = rules_for(placement.start_date)
    return [group.label for group in target_groups(placement_facts(placement), rules)]


def assess_application(application_id: int, decision_date: date | None = None) -> Assessment:
    app = get_or_raise(Application, application_id, "Hakemus")
    return assess(
        app.placement_id,
        decision_date=decision_date or date.today(),
        monthly_cents=app.requested_monthly_cents,
        application_date=app.received_on,
    )


def compose_reasons(assessment: Assessment, decision_type: DecisionType) -> str:
    """Reasons text from the findings; the user may edit it before deciding."""
    lines: list[str] = []
    if decision_type is DecisionType.REJECTION:
        lines.append("Hakemus hylätään, koska Kemi-lisän myöntämisen edellytykset eivät täyty:")
        lines += [f"– {f.message}" for f in assessment.errors]
    else:
        lines.append(
            "Työllistettävä kuuluu Kemi-lisän kohderyhmään, työsuhde täyttää työaikaa ja palkkaa "
            "koskevat ehdot ja palkkatukipäätös kattaa tukijakson."
        )
        lines += [f"Huomio: {f.message}" for f in assessment.warnings]
    return "\n".join(lines)


# ---------------------------------------------------------------- deciding


def decide_application(data: DecisionInput) -> DecisionRow:
    """Grant, partial grant or rejection of an application, in one transaction."""
    decision_type = DecisionType(data.decision_type)
    if decision_type.value not in (*GRANT_TYPES, DecisionType.REJECTION.value):
        raise NotAllowedError(
            "Hakemukseen voi tehdä vain myönteisen, osittain myönteisen tai kielteisen päätöksen."
        )
    check = FieldCheck()
    monthly = check("monthly", parse_money, data.monthly)
    check.raise_if_any()
    with transaction():
        app = get_or_raise(Application, data.application_id, "Hakemus")
        if app.status != ApplicationStatus.RECEIVED.value:
            raise NotAllowedError("Hakemus on jo ratkaistu.")
        assessment = assess(
            app.placement_id,
            decision_date=data.decision_date,
            period_start=data.period_start,
            period_end=data.period_end,
            monthly_cents=monthly,
            application_date=app.received_on,
        )
        if decision_type is not DecisionType.REJECTION:
            _check_grantable(assessment, data, check)
        check.raise_if_any()
        granted = decision_type is not DecisionType.REJECTION
        decision = _create_decision(
            app.placement,
            decision_type,
            data,
            assessment,
            application=app,
            monthly=monthly if granted else 0,
        )
        if granted:
            _create_payments(decision, assessment.schedule)
        app.status = ApplicationStatus.DECIDED.value
        app.justification = data.warning_justification.strip()
        app.save()
        audit(app, "decide", ["status", "justification"])
    return get_decision(decision.id)


def _check_grantable(assessment: Assessment, data: DecisionInput, check: FieldCheck) -> None:
    blocking = assessment.blocking(data.override_appropriation)
    if blocking:
        check.fail("period_start", "Myöntäminen ei ole mahdollista: " + blocking[0].message)
    if data.override_appropriation and not data.override_justification.strip():
        check.fail("override_justification", "Kirjoita perustelu määrärahan ylitykselle.")
    if assessment.warnings and not data.warning_justification.strip():
        check.fail("warning_justification", "Huomautukset vaativat kirjallisen perustelun.")
    if not assessment.schedule:
        check.fail("period_end", "Tukijaksolle ei kerry maksettavaa.")


def _create_decision(
    placement: Placement,
    decision_type: DecisionType,
    data: DecisionInput,
    assessment: Assessment,
    *,
    application: Application | None = None,
    monthly: int,
    parent: Decision | None = None,
    total: int | None = None,
) -> Decision:
    rules = assessment.rules
    number, year, seq = allocate_decision_number(data.decision_date.year, rules.decision_prefix)
    granted = decision_type is not DecisionType.REJECTION
    reasons = data.reasons.strip() or compose_reasons(assessment, decision_type)
    if data.warning_justification.strip():
        reasons += "\nPerustelu huomautuksista: " + data.warning_justification.strip()
    decision = Decision.create(
        number=number,
        year=year,
        seq=seq,
        decision_type=decision_type.value,
        status=DecisionStatus.DECIDED.value,
        placement=placement,
        association=placement.association,
        application=application,
        parent=parent,
        decision_date=data.decision_date,
        decided_by_name=data.decided_by_name.strip(),
        decided_by_title=data.decided_by_title.strip(),
        monthly_amount_cents=monthly,
        period_start=assessment.period_start if granted else None,
        period_end=assessment.period_end if granted else None,
        total_cents=(assessment.total_cents if total is None else total) if granted else 0,
        cost_centre=rules.cost_centre,
        reasons=reasons,
        conditions=data.conditions.strip(),
        appropriation_override=data.override_appropriation,
        override_justification=data.override_justification.strip(),
        rules_json=rules_snapshot(rules),
    )
    changed = ["number", "decision_type", "total_cents", "period_start", "period_end"]
    if data.override_appropriation:
        changed += ["appropriation_override", "override_justification"]
    audit(decision, "create", changed)
    return decision


def _create_payments(decision: Decision, schedule: tuple[Period, ...] | list[Period]) -> None:
    for period in schedule:
        payment = Payment.create(
            decision=decision,
            period_index=period.index,
            period_start=period.start,
            period_end=period.end,
            eligible_days=period.eligible_days,
            total_days=period.total_days,
            amount_cents=period.amount_cents,
            claim_due=period.claim_due,
            reference=payment_reference(decision.id, period.index),
        )
        audit(payment, "create", ["amount_cents", "period_start", "period_end"])


def payment_reference(decision_id: int, index: int) -> str:
    """The bank reference of one payment (viitenumero), unique per decision and period."""
    return finnish_reference(f"{decision_id:07d}{index:02d}")


def notify_decision(decision_id: int, method: NotificationMethod, sent_on: date) -> DecisionRow:
    """Mark the decision sent; the appeal deadline follows from the method and date."""
    with transaction():
        decision = get_or_raise(Decision, decision_id, "Päätös")
        if decision.status != DecisionStatus.DECIDED.value:
            raise NotAllowedError(
                "Päätös on jo lähetetty tai peruttu; tiedoksiantoa ei voi muuttaa."
            )
        if sent_on < decision.decision_date:
            raise FieldErrors({"sent_on": "Lähetyspäivä on ennen päätöspäivää."})
        rules = rules_from_snapshot(decision.rules_json)
        decision.notification_method = NotificationMethod(method).value
        decision.sent_on = sent_on
        decision.notified_on = notification_date(sent_on, NotificationMethod(method), rules)
        decision.appeal_deadline = appeal_deadline(sent_on, NotificationMethod(method), rules)
        decision.status = DecisionStatus.SENT.value
        decision.save()
        audit(decision, "notify", ["notification_method", "sent_on", "appeal_deadline", "status"])
    return get_decision(decision_id)


def set_decision_archived(decision_id: int, archived: bool = True) -> DecisionRow:
    with transaction():
        decision = get_or_raise(Decision, decision_id, "Päätös")
        decision.archived = archived
        decision.save()
        audit(decision, "archive" if archived else "unarchive", ["archived"])
    return get_decision(decision_id)


# ---------------------------------------------------------------- reading


def get_decision(decision_id: int) -> DecisionRow:
    rows = list_decisions(include_archived=True, ids=[decision_id])
    if not rows:
        get_or_raise(Decision, decision_id, "Päätös")
    return rows[0]


def get_decision_by_number(number: str) -> DecisionRow:
    decision = Decision.get_or_none(Decision.number == number.strip().upper())
    if decision is None:
        from kemidesk.services.errors import NotFoundError

        raise NotFoundError("Päätös", number)
    return get_decision(decision.id)


_DECISION_COLUMNS = (
    Decision.id,
    Decision.uuid,
    Decision.number,
    Decision.decision_type,
    Decision.status,
    Decision.placement,
    Decision.association,
    Association.name,
    Person.last_name,
    Person.first_name,
    Decision.parent,
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


def list_decisions(
    include_archived: bool = False,
    ids: list[int] | None = None,
    placement_id: int | None = None,
    association_id: int | None = None,
    year: int | None = None,
    status: DecisionStatus | None = None,
) -> list[DecisionRow]:
    paid = (
        Payment.select(Payment.decision, peewee.fn.SUM(Payment.amount_cents).alias("paid"))
        .where(Payment.status == "paid")
        .group_by(Payment.decision)
    )
    if ids is not None:
        paid = paid.where(Payment.decision.in_(ids))
    paid_by_decision = dict(paid.tuples())
    query = (
        Decision.select(*_DECISION_COLUMNS)
        .join(Association, on=(Decision.association == Association.id))
        .switch(Decision)
        .join(Placement, on=(Decision.placement == Placement.id))
        .join(Person, on=(Placement.person == Person.id))
        .order_by(Decision.decision_date.desc(), Decision.id.desc())
    )
    if not include_archived:
        query = query.where(Decision.archived == False)  # noqa: E712
    if ids is not None:
        query = query.where(Decision.id.in_(ids))
    if placement_id is not None:
        query = query.where(Decision.placement == placement_id)
    if association_id is not None:
        query = query.where(Decision.association == association_id)
    if year is not None:
        query = query.where(Decision.year == year)
    if status is not None:
        query = query.where(Decision.status == status.value)
    return [_decision_row(t, paid_by_decision.get(t[0], 0)) for t in query.tuples()]


def _decision_row(t: tuple, paid: int) -> DecisionRow:  # type: ignore[type-arg]
    (
        did,
        uuid,
        number,
        dtype,
        status,
        placement_id,
        assoc_id,
        assoc_name,
        last,
        first,
        parent,
        ddate,
        monthly,
        pstart,
        pend,
        total,
        reasons,
        conditions,
        by_name,
        by_title,
        cost_centre,
        method,
        sent_on,
        notified_on,
        deadline,
        archived,
    ) = t
    return DecisionRow(
        id=did,
        uuid=uuid,
        number=number or "",
        decision_type=DecisionType(dtype),
        status=DecisionStatus(status),
        placement_id=placement_id,
        association_id=assoc_id,
        association_name=assoc_name,
        person_name=f"{last} {first}",
        parent_id=parent,
        decision_date=ddate,
        monthly_amount_cents=monthly,
        period_start=pstart,
        period_end=pend,
        total_cents=total,
        reasons=reasons,
        conditions=conditions,
        decided_by_name=by_name,
        decided_by_title=by_title,
        cost_centre=cost_centre,
        notification_method=NotificationMethod(method) if method else None,
        sent_on=sent_on,
        notified_on=notified_on,
        appeal_deadline=deadline,
        archived=archived,
        paid_cents=paid,
    )


def decide_bonus(
    placement_id: int,
    decision_date: date,
    decided_by_name: str = "",
    decided_by_title: str = "",
    reasons: str = "",
) -> DecisionRow:
    """The one-off employment bonus, once per placement, when the outcome allows it."""
    from kemidesk.domain.dates import add_months
    from kemidesk.domain.schedule import Period
    from kemidesk.services.followups import placement_bonus_due

    with transaction():
        placement = get_or_raise(Placement, placement_id, "Työsuhde")
        if not placement_bonus_due(placement_id):
            raise NotAllowedError(
                "Työllistämisbonus ei ole maksettavissa: jatkopolkua (työ yrityksessä tai jatko "
                "omin varoin) ei ole kirjattu, tai bonus on jo päätetty."
            )
        grant_ends = [effective_end(d) for d in _grants_of(placement_id, None)]
        if any(end is None or end > decision_date for end in grant_ends):
            raise NotAllowedError(
                "Työllistämisbonus maksetaan Kemi-lisäjakson jälkeen; jakso ei ole vielä päättynyt."
            )
        rules = rules_for(decision_date)
        status = appropriation_status(decision_date.year)
        if status.is_set and status.left_cents < rules.bonus_cents:
            raise NotAllowedError("Määrärahaa ei ole jäljellä työllistämisbonukseen.")
        association = placement.association
        if needs_de_minimis_check(association) and (
            _de_minimis_received(association, decision_date, rules) + rules.bonus_cents
            > rules.de_minimis_cap_cents
        ):
            raise NotAllowedError(
                "De minimis -tuen enimmäismäärä ylittyisi työllistämisbonuksella."
            )
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
        assessment = Assessment(
            placement_id=placement_id,
            period_start=None,
            period_end=None,
            monthly_cents=0,
            findings=(),
            schedule=(period,),
            rules=rules,
        )
        data = DecisionInput(
            application_id=0,
            decision_type=DecisionType.BONUS,
            decision_date=decision_date,
            reasons=reasons
            or (
                "Järjestö on jatkanut työsuhdetta omin varoin tai työllistetty on työllistynyt "
                "yritykseen Kemi-lisäjakson jälkeen."
            ),
            decided_by_name=decided_by_name,
            decided_by_title=decided_by_title,
        )
        decision = _create_decision(
            placement, DecisionType.BONUS, data, assessment, monthly=0, total=rules.bonus_cents
        )
        _create_payments(decision, [period])
    return get_decision(decision.id)
