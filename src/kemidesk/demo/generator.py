"""The demo office at work: fictional data made through the same services as the window.

The generator steps through the calendar month by month, from `scale.years` back up to
`today`, and on each day does what the office would do that day: it records placements and
applications, assesses them with the rules in force, decides (a grant where the assessment
allows it, a partial grant where it allows less than was applied for, a rejection with the
assessment's own reasons where it does not), notifies, records follow-up forms, claims and
approvals (or holds), gathers approved payments into batches and marks them paid, records
outcomes, decides employment bonuses, and amends grants whose employment ended early, with a
recovery where money was already paid past the end. Every date and amount comes from the rule
set through the services; the demo itself only decides *what happens when*.

The whole run is one outer transaction, so a failed run leaves the database empty. Inside it
the use cases run without a savepoint each (`services.common.bulk_work`: any failure ends the
run), except the calls whose refusal the office expects and goes on from (`own_savepoint`),
which roll back alone as in the window; their audit rows are written before the commit.
"""

from __future__ import annotations

import heapq
import itertools
import random
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from kemidesk.db.collector import collector_paused
from kemidesk.db.connection import database_proxy, is_server
from kemidesk.db.models import Association, Decision, Person, Placement
from kemidesk.demo import names
from kemidesk.demo.coaches import add_demo_coaches
from kemidesk.demo.needs import add_demo_needs
from kemidesk.demo.transfers import add_demo_transfers
from kemidesk.domain.dates import add_months
from kemidesk.domain.followups import followup_due_dates, outcome_check_dates
from kemidesk.domain.lifecycle import APPLICATION_KINDS, is_approvable
from kemidesk.domain.rules import RuleSet
from kemidesk.domain.types import (
    DecisionType,
    EmployerType,
    FollowupType,
    NotificationMethod,
    OutcomeCheckpoint,
    OutcomeStatus,
    PaymentStatus,
    TrainingTarget,
)
from kemidesk.services.applications import Assessment
from kemidesk.services.associations import AssociationInput, create_association
from kemidesk.services.changes import (
    GrantChange,
    decide_amendment,
    decide_recovery,
    propose_amendment,
)
from kemidesk.services.common import bulk_work, own_savepoint, transaction
from kemidesk.services.errors import NotAllowedError
from kemidesk.services.followups import FollowupInput, record_followups, record_outcome
from kemidesk.services.grants import (
    ApplicationInput,
    ApplicationRow,
    DecisionBatch,
    DecisionInput,
    NotificationBatch,
    decide_bonus,
    decision_batch,
    notification_batch,
    record_application,
)
from kemidesk.services.payment_approvals import Claim, PaymentState, payment_work
from kemidesk.services.payments import (
    PaymentRow,
    create_batch,
    decision_payment_states,
    list_payments,
    pay_batch,
)
from kemidesk.services.people import PersonInput, create_person
from kemidesk.services.placements import PlacementInput, create_placement
from kemidesk.services.settings import (
    get_office_settings,
    rules_for,
    set_appropriation,
    use_demo_decision_settings,
)

RECENT_SHARE, RECENT_DAYS = 0.1, 75  # placements that started in the last weeks
UNSENT_AT_END, UNSENT_DAYS = 2, 14  # two of the last fortnight's decisions are not yet sent
BATCH_DAYS = (5, 20)  # the office sends a payment list to the finance office twice a month
OUTCOME_WEIGHTS = {
    OutcomeStatus.COMPANY_JOB: 18,
    OutcomeStatus.CONTINUED_OWN_FUNDS: 14,
    OutcomeStatus.OTHER_JOB: 8,
    OutcomeStatus.EDUCATION: 12,
    OutcomeStatus.OTHER_SERVICE: 14,
    OutcomeStatus.UNEMPLOYED: 30,
    OutcomeStatus.UNKNOWN: 4,
}


@dataclass(frozen=True)
class DemoScale:
    associations: int
    people: int
    placements: int
    years: int

    @staticmethod
    def named(name: str) -> DemoScale:
        return SCALES[name]


SCALES = {
    "small": DemoScale(25, 120, 150, 3),
    "medium": DemoScale(50, 2_000, 4_000, 6),  # a tenth of large: for quick growth checks
    "large": DemoScale(200, 20_000, 40_000, 6),
    "xl": DemoScale(800, 80_000, 160_000, 6),  # four times large (issue 15's growth checks)
}


@dataclass(frozen=True)
class DemoSummary:
    associations: int
    people: int
    placements: int
    decisions: int
    payments: int
    followups: int
    outcomes: int


def database_has_data() -> bool:
    return any(m.select().exists() for m in (Association, Person, Placement, Decision))


def generate_demo(
    scale: str = "small",
    today: date | None = None,
    seed: int = 2026,
    progress: Callable[[str], None] | None = None,
) -> DemoSummary:
    """Fill an empty database. Refuses when there is data already."""
    if database_has_data():
        raise NotAllowedError("DEMO_DATABASE_NOT_EMPTY")
    office = _Office(DemoScale.named(scale), today or date.today(), random.Random(seed), progress)
    # The garbage collector paused: the run keeps hundreds of thousands of objects alive
    # (plans, the calendar, held payments' states) and makes no reference cycles to speak
    # of (the large demo's 30 full passes found none), but each pass walked all of them:
    # 13 s of the large demo's CPU, 0.3 s of the medium's. bulk_work: use cases without
    # own savepoints.
    with _large_cache(), collector_paused(), transaction(), bulk_work():
        use_demo_decision_settings()
        office.run()
    database_proxy.obj.execute_sql("ANALYZE")  # statistics for the planner on the new data
    return office.summary()


@contextmanager
def _large_cache() -> Iterator[None]:
    """On the SQLite file, a page cache of up to 1 GiB while generating (the program's 16 MB
    held a tenth of the large demo's 180 MB file: its indexes were read and written back
    again and again within the one transaction); the program's own size afterwards. Only
    memory: the file is written the same way (one commit, synchronous as always)."""
    db = database_proxy.obj
    if is_server():
        yield
        return
    usual = db.execute_sql("PRAGMA cache_size").fetchone()[0]
    db.execute_sql("PRAGMA cache_size = -1048576")
    try:
        yield
    finally:
        db.execute_sql(f"PRAGMA cache_size = {int(usual)}")


@dataclass
class _Plan:
    """One placement as the demo imagines it; the services decide what becomes of it."""

    person_id: int
    association_id: int
    company: bool
    start: date
    end: date
    hours: str
    wage: str
    pt_percent: int
    pt_end: date
    pt_monthly: str
    coach: str
    supervisor: str
    job: str
    applies: bool
    received: date
    ends_early_on: date | None
    lapsed_forms: bool  # the association stops sending follow-up forms after the start talk
    placement_id: int = 0
    grant_id: int | None = None
    grant_start: date | None = None
    amended: bool = False
    bonus_planned: bool = False
    requested_cents: int = 0
    claims_paused: bool = False
    payment_ids: list[int] = field(default_factory=list)

    @property
    def effective_end(self) -> date:
        return self.ends_early_on if self.ends_early_on and self.amended else self.end


class _Office:
    def __init__(
        self,
        scale: DemoScale,
        today: date,
        rng: random.Random,
        progress: Callable[[str], None] | None,
    ) -> None:
        self.scale, self.today, self.rng = scale, today, rng
        self.say = progress or (lambda _msg: None)
        self.first = add_months(date(today.year, today.month, 1), -12 * scale.years)
        self.queue: list[tuple[date, int, int, Callable[..., None], tuple[Any, ...]]] = []
        self.order = itertools.count()
        self.now = self.first
        self.status: dict[int, PaymentStatus] = {}
        self.approved: set[int] = set()
        self.unsent_left = UNSENT_AT_END
        self.kept_for_transfers = 3  # ended grants left without an outcome for the transfers
        self.identifiers: set[str] = set()
        self.plan_of: dict[int, _Plan] = {}  # payment → its placement's plan
        self.counts = dict.fromkeys(
            (
                "associations",
                "people",
                "placements",
                "decisions",
                "payments",
                "followups",
                "outcomes",
            ),
            0,
        )
        office = get_office_settings()
        self.signer = (office.decision_maker_name, office.decision_maker_title)
        # The day's claims and approvals are gathered and recorded together at the end of
        # the day, or before an action that changes payments (the bulk use cases apply the
        # same rules to each payment as the single ones).
        self.touches_payments = {self._amend, self._recover, self._batch, self._paid}
        self.pending: dict[int, tuple[Claim | None, int]] = {}  # payment → (claim, tries)
        # The day's follow-up forms likewise, recorded together before the next action that
        # writes or reads (the claims and approvals only gather) or the day's end.
        self.gathers = {self._followup, self._claim, self._approve, self._recheck}
        self.forms: list[FollowupInput] = []
        # The day's decisions, and the day's notices, next in turn in the calendar are made
        # in one batch each (the same as one after another; see `_decide_all`).
        self.batched: dict[Callable[..., None], Callable[..., None]] = {
            self._decide: self._decide_all,
            self._notify: self._notify_all,
        }

    def summary(self) -> DemoSummary:
        return DemoSummary(**self.counts)

    # ------------------------------------------------------------ the calendar

    def at(self, day: date, action: Callable[..., None], *args: Any, late: bool = False) -> None:
        """Do `action(day, *args)` on `day` (never in the past of the calendar)."""
        day = max(day, self.now)
        if day <= self.today:
            heapq.heappush(self.queue, (day, int(late), next(self.order), action, args))

    def run(self) -> None:
        self.say("Määrärahat, yhdistykset ja henkilöt…")
        self._appropriations()
        associations = self._associations()
        people = self._people()
        self.say("Työsuhteet, hakemukset, päätökset ja maksut kuukausi kerrallaan…")
        for plan in self._plans(associations, people):
            # recorded two weeks before the start (or today, for a start still ahead)
            created = min(max(plan.start - timedelta(days=14), self.first), self.today)
            self.at(created, self._place, plan)
        month = self.first
        while month <= self.today:
            following = add_months(month, 1)
            for day in BATCH_DAYS:
                self.at(month.replace(day=day), self._batch, late=True)
            while self.queue and self.queue[0][0] < following:
                day, _late, _n, action, args = heapq.heappop(self.queue)
                if self.forms and (day != self.now or action not in self.gathers):
                    self._write_forms()
                if self.pending and (day != self.now or action in self.touches_payments):
                    self._flush()  # the day's payment work first, then this
                self.now = day
                batched = self.batched.get(action)
                if batched is not None:  # the day's decisions (notices) next in turn: one batch
                    run = [args]
                    while self.queue and self.queue[0][0] == day and self.queue[0][3] == action:
                        run.append(heapq.heappop(self.queue)[4])
                    batched(day, run)
                    continue
                action(day, *args)
            if month.month == 1:
                self.say(f"{month.year}…")
            month = following
        self._flush()
        self.say("Valmennukset ja työnohjaus…")
        _trainings_and_supervision(
            [a for a, company in associations if not company], self.today, self.rng.random()
        )
        self.say("Siirtosopimukset…")
        # a generator of its own, so that the placements above stay as they were
        add_demo_transfers(self.today, self.signer, random.Random(self.rng.random()))
        add_demo_needs(self.today, random.Random(self.rng.random()))  # needs, seekers, a ring
        add_demo_coaches(self.today, random.Random(self.rng.random()))

    # ------------------------------------------------------------ registers

    def _appropriations(self) -> None:
        rules = RuleSet.default()  # the budget is sized for a full grant per placement
        per_year = self.scale.placements / self.scale.years
        amount = int(per_year * rules.monthly_max_cents * rules.max_months * 1.3)
        amount = amount // 10_000_000 * 10_000_000 + 10_000_000  # whole 100 000 €
        for year in range(self.first.year, self.today.year + 1):
            set_appropriation(year, f"{amount // 100},00", "Talousarvio")

    def _associations(self) -> list[tuple[int, bool]]:
        rng, out, used = self.rng, [], set()
        for i in range(self.scale.associations):
            company = i % 9 == 8 and i < 45
            name = ""
            for _ in range(50):
                name = (
                    rng.choice(names.COMPANIES)
                    if company
                    else f"{rng.choice(names.ASSOC_FIRST)} {rng.choice(names.ASSOC_KIND)}"
                )
                if name not in used:
                    break
            name = name if name not in used else f"{name} {i}"
            used.add(name)
            kind = (
                EmployerType.COMPANY
                if company
                else EmployerType.FOUNDATION
                if name.endswith("sr")
                else EmployerType.ASSOCIATION
            )
            row = create_association(
                AssociationInput(
                    name=name,
                    business_id=self._unique(names.ytunnus, rng),
                    employer_type=kind,
                    association_number="" if company else str(rng.randint(100000, 229999)),
                    business_activity=company or rng.random() < 0.2,
                    street=f"{rng.choice(names.STREETS)} {rng.randint(1, 60)}",
                    postcode=rng.choice(("94100", "94200", "94300", "94400", "94500")),
                    city="Kemi",
                    iban=names.iban(rng),
                    contact_name=f"{rng.choice(names.FIRST)} {rng.choice(names.LAST)}",
                    contact_phone=f"040 {rng.randint(100, 999)} {rng.randint(1000, 9999)}",
                    contact_email=f"toimisto{i}@esimerkki.fi",
                    supervisor_name=f"{rng.choice(names.FIRST)} {rng.choice(names.LAST)}",
                )
            )
            out.append((row.id, company))
        self.counts["associations"] = len(out)
        return out

    def _unique(self, make: Callable[..., str], *args: Any) -> str:
        """A fictional identifier not used yet (Y-tunnus and HETU are unique)."""
        while (value := make(*args)) in self.identifiers:
            pass
        self.identifiers.add(value)
        return value

    def _people(self) -> list[int]:
        rng, out = self.rng, []
        for _ in range(self.scale.people):
            young = rng.random() < 0.35
            age = rng.randint(18, 27) if young else rng.randint(31, 62)
            birth = self.today - timedelta(days=age * 365 + rng.randint(0, 364))
            partial = rng.random() < 0.25
            has_hetu = rng.random() < 0.7
            row = create_person(
                PersonInput(
                    first_name=rng.choice(names.FIRST),
                    last_name=rng.choice(names.LAST),
                    hetu=self._unique(names.fictional_hetu, birth, rng) if has_hetu else "",
                    birth_date=None if has_hetu else birth,
                    kemi_resident=rng.random() > 0.02,
                    tmt_days="" if young else str(rng.choice((150, 300, 420, 650, 900))),
                    partial_work_ability=partial,
                    work_ability_note="Selkävaiva, ei raskaita nostoja." if partial else "",
                    phone=f"050 {rng.randint(100, 999)} {rng.randint(1000, 9999)}",
                )
            )
            out.append(row.id)
        self.counts["people"] = len(out)
        return out

    def _plans(self, associations: list[tuple[int, bool]], people: list[int]) -> list[_Plan]:
        rng, plans = self.rng, []
        span = (self.today - self.first).days
        for i in range(self.scale.placements):
            start = self.first + timedelta(days=rng.randint(14, span + 14))
            if rng.random() < RECENT_SHARE:  # the current intake: the overview has work
                start = self.today - timedelta(days=rng.randint(-14, RECENT_DAYS))
            start = start.replace(day=rng.choice((1, 1, 1, 15, min(start.day, 28))))
            end = add_months(start, rng.choice((6, 8, 10, 12, 12, 12))) - timedelta(days=1)
            association_id, company = rng.choice(associations)
            short_pt = rng.random() < 0.12  # palkkatuki decided for only part of the employment
            pt_end = add_months(start, 6) - timedelta(days=1) if short_pt else end
            received = start + timedelta(days=rng.randint(3, 24 if rng.random() < 0.9 else 45))
            early = rng.random() < 0.12
            ends_early_on = start + timedelta(days=rng.randint(60, 150)) if early else None
            plans.append(
                _Plan(
                    person_id=people[i % len(people)],
                    association_id=association_id,
                    company=company,
                    start=start,
                    end=end,
                    hours="15" if rng.random() < 0.04 else rng.choice(("25", "30", "37,5", "18")),
                    wage="1100,00"
                    if rng.random() < 0.04
                    else rng.choice(("1500,00", "1800,00", "2000,00", "2200,00")),
                    pt_percent=rng.choice((50, 70)) if company else rng.choice((50, 70, 100, 100)),
                    pt_end=pt_end,
                    pt_monthly=rng.choice(("700,00", "900,00", "1050,00")) if company else "",
                    coach=rng.choice(names.COACHES),
                    supervisor=f"{rng.choice(names.FIRST)} {rng.choice(names.LAST)}",
                    job=rng.choice(names.JOBS),
                    applies=rng.random() < 0.75,
                    received=received,
                    ends_early_on=ends_early_on if ends_early_on and ends_early_on < end else None,
                    lapsed_forms=rng.random() < 0.06,
                )
            )
        return plans

    # ------------------------------------------------------------ one placement

    def _place(self, day: date, plan: _Plan) -> None:
        rules = rules_for(plan.start)
        row = create_placement(
            PlacementInput(
                person_id=plan.person_id,
                association_id=plan.association_id,
                job_title=plan.job,
                start_date=plan.start,
                end_date=plan.end,
                hours_per_week=plan.hours,
                monthly_wage=plan.wage,
                supervisor_name=plan.supervisor,
                job_coach=plan.coach,
                pt_authority=(
                    "Meri-Lapin työllisyysalue" if plan.start.year >= 2025 else "Lapin TE-toimisto"
                ),
                pt_decision_number=f"PT-{plan.start.year}-{10000 + self.counts['placements']}",
                pt_decision_date=plan.start - timedelta(days=10),
                pt_percent=plan.pt_percent,
                pt_start=plan.start,
                pt_end=plan.pt_end,
                pt_monthly=plan.pt_monthly,
            ),
            allowed_percents=rules.palkkatuki_percents,
        )
        plan.placement_id = row.id
        plan.requested_cents = rules.monthly_max_cents  # associations apply for the most
        self.counts["placements"] += 1
        if plan.applies:
            self.at(plan.received, self._apply, plan)

    def _apply(self, day: date, plan: _Plan) -> None:
        app = record_application(
            ApplicationInput(
                placement_id=plan.placement_id,
                received_on=day,
                pt_decision_attached=True,
                contract_attached=self.rng.random() > 0.05,
                requested_monthly=_money(plan.requested_cents),
            )
        )
        self.at(day + timedelta(days=self.rng.randint(5, 20)), self._decide, plan, app, day)

    def _decide(self, day: date, plan: _Plan, app: ApplicationRow, received: date) -> None:
        self._decide_all(day, [(plan, app, received)])

    def _decide_all(self, day: date, run: list[tuple[_Plan, ApplicationRow, date]]) -> None:
        """The day's decisions next in turn in one batch (`grants.decision_batch`: each
        assessed and decided as alone, the writes gathered), then what follows from each,
        in the same order (nothing in between draws from the random stream)."""
        made = []
        with decision_batch() as batch:
            for plan, app, received in run:
                kind, assessment, data = self._choose(batch, day, plan, app, received)
                batch.decide(data)
                made.append((plan, kind, assessment))
        for (plan, kind, assessment), (decision_id, _kind, total) in zip(
            made, batch.made(), strict=True
        ):
            self._decided(day, plan, kind, assessment, decision_id, total)

    def _choose(
        self, batch: DecisionBatch, day: date, plan: _Plan, app: ApplicationRow, received: date
    ) -> tuple[DecisionType, Assessment, DecisionInput]:
        """Decide as the assessment leads: grant, partial grant (less than applied for, when
        the rules allow only that) or rejection with the assessment's errors as reasons."""
        requested = app.requested_monthly_cents
        assessment = self._assess(batch, plan, day, received, requested)
        kind = DecisionType.GRANT
        blocking = assessment.blocking()
        cap = [f for f in blocking if f.code == "COMPANY_COMBINED_CAP"]
        if cap and len(blocking) == 1 and cap[0].params["max_cents"] > 0:
            assessment = self._assess(batch, plan, day, received, cap[0].params["max_cents"])
            kind = DecisionType.PARTIAL_GRANT
        if assessment.blocking():
            kind = DecisionType.REJECTION
        elif (assessment.period_start, assessment.period_end) != (plan.start, plan.end):
            kind = DecisionType.PARTIAL_GRANT  # a shorter period than the employment
        justification = ""
        if kind is not DecisionType.REJECTION and assessment.warnings:
            justification = (
                "Huomautukset on käyty läpi yhdistyksen kanssa; tuki on perusteltu "
                "työllistettävän tilanteen vuoksi."
            )
        data = DecisionInput(
            application_id=app.id,
            decision_type=kind,
            decision_date=day,
            period_start=assessment.period_start,
            period_end=assessment.period_end,
            monthly=_money(assessment.monthly_cents),
            warning_justification=justification,
            decided_by_name=self.signer[0],
            decided_by_title=self.signer[1],
            assessed=assessment,  # used as it is: nothing was written since
        )
        return kind, assessment, data

    def _decided(
        self,
        day: date,
        plan: _Plan,
        kind: DecisionType,
        assessment: Assessment,
        decision_id: int,
        total_cents: int,
    ) -> None:
        self.counts["decisions"] += 1
        self.counts["payments"] += len(assessment.schedule) if total_cents else 0
        if kind is DecisionType.REJECTION:
            notice = day + timedelta(days=self.rng.randint(1, 7))
            self.at(notice, self._notify, decision_id, kind, None)
            return
        plan.grant_id, plan.grant_start = decision_id, assessment.period_start
        self._plan_followups(plan, assessment)
        self.at(day + timedelta(days=self.rng.randint(1, 3)), self._notify, decision_id, kind, plan)
        assert assessment.period_start is not None
        assert assessment.period_end is not None
        if plan.ends_early_on and assessment.period_start < plan.ends_early_on < (
            assessment.period_end
        ):
            lag = self.rng.randint(5, 20) if self.rng.random() < 0.5 else self.rng.randint(70, 130)
            self.at(plan.ends_early_on + timedelta(days=lag), self._amend, plan)
        else:
            plan.ends_early_on = None
            self.at(plan.end, self._ended, plan)

    def _assess(
        self, batch: DecisionBatch, plan: _Plan, day: date, received: date, monthly: int
    ) -> Assessment:
        return batch.assess(
            plan.placement_id, decision_date=day, monthly_cents=monthly, application_date=received
        )

    def _notify(self, day: date, decision_id: int, kind: DecisionType, plan: _Plan | None) -> None:
        self._notify_all(day, [(decision_id, kind, plan)])

    def _notify_all(self, day: date, run: list[tuple[int, DecisionType, _Plan | None]]) -> None:
        """The day's notices next in turn in one batch (`grants.notification_batch`: each
        checked and its appeal time worked out at once, the rows written together)."""
        with notification_batch() as batch:
            for decision_id, kind, plan in run:
                self._notify_one(batch, day, decision_id, kind, plan)

    def _notify_one(
        self,
        batch: NotificationBatch,
        day: date,
        decision_id: int,
        kind: DecisionType,
        plan: _Plan | None,
    ) -> None:
        if (
            self.unsent_left
            and kind in APPLICATION_KINDS
            and day > self.today - timedelta(days=UNSENT_DAYS)
        ):
            self.unsent_left -= 1  # signed but still waiting to be sent on the demo's today
            return
        method = NotificationMethod.EMAIL if self.rng.random() < 0.6 else NotificationMethod.LETTER
        _received, deadline = batch.notify(decision_id, method, day)
        if plan is None:
            return
        for payment_id, status, period_end in decision_payment_states(decision_id):
            self.status[payment_id] = status
            self.plan_of[payment_id] = plan
            plan.payment_ids.append(payment_id)
            claim = period_end + timedelta(days=self.rng.randint(3, 25))
            if kind is DecisionType.BONUS:
                # The bonus is claimed once the appeal time is over.
                claim = deadline + timedelta(days=self.rng.randint(1, 20))
            self.at(max(claim, day + timedelta(days=1)), self._claim, payment_id)

    # ------------------------------------------------------------ follow-ups and outcomes

    def _plan_followups(self, plan: _Plan, assessment: Assessment) -> None:
        assert assessment.period_start is not None
        assert assessment.period_end is not None
        dues = followup_due_dates(assessment.period_start, assessment.period_end, assessment.rules)
        for n, (kind, due) in enumerate(dues):
            if plan.lapsed_forms and n > 0:
                break
            held = max(due - timedelta(days=self.rng.randint(0, 4)), plan.start)
            if kind is FollowupType.INTERIM and self.rng.random() < 0.2:
                # a talk held late: claims in between are held for the missing form
                held = min(due + timedelta(days=self.rng.randint(10, 50)), assessment.period_end)
            if kind is FollowupType.FINAL:
                held = max(due - timedelta(days=self.rng.randint(0, 3)), plan.start)
            self.at(held, self._followup, plan, kind, held)

    def _followup(self, day: date, plan: _Plan, kind: FollowupType, held: date) -> None:
        if plan.ends_early_on and held > plan.ends_early_on:
            return  # the employment had ended; the final form is recorded with the amendment
        rng, final = self.rng, kind is FollowupType.FINAL
        self.forms.append(
            FollowupInput(
                placement_id=plan.placement_id,
                followup_type=kind,
                held_on=held,
                participants=", ".join(p for p in ("työntekijä", plan.supervisor, plan.coach) if p),
                job_coach_present=bool(plan.coach),
                goals="Työtehtäviin perehtyminen ja työaikojen vakiinnuttaminen.",
                progress=rng.choice(
                    (
                        "Edistynyt hyvin.",
                        "Edistynyt, tukea tarvitaan edelleen.",
                        "Poissaoloja on ollut.",
                    )
                ),
                support_given="Viikoittaiset ohjauskeskustelut ohjaajan kanssa.",
                training=rng.choice(("Hygieniapassi", "Työturvallisuuskortti", "")),
                job_search_support="Työnhakuasiakirjojen päivitys." if final else "",
                trial_visit="Tutustumisjakso 2 pv yrityksessä." if final else "",
                end_assessment="Valmis avoimille työmarkkinoille." if final else "",
                own_assessment="Työ on sujunut, haluan jatkaa samalla alalla." if final else "",
                signed=True,
                signed_on=held,
            )
        )
        self.counts["followups"] += 1
        for payment_id in plan.payment_ids:
            if self.status[payment_id] is PaymentStatus.HELD:
                self.at(day + timedelta(days=self.rng.randint(1, 7)), self._approve, payment_id)

    def _ended(self, day: date, plan: _Plan) -> None:
        """The employment has ended: the outcome checks follow at the end, +3 and +6 months."""
        end = plan.effective_end
        window = (self.today - timedelta(days=200), self.today - timedelta(days=40))
        if self.kept_for_transfers and window[0] <= end <= window[1]:
            # no outcome yet: a move to a company recorded with a transfer agreement gives
            # it (demo/transfers.py), whatever the random draws before
            self.kept_for_transfers -= 1
            return
        status = self.rng.choices(list(OUTCOME_WEIGHTS), weights=list(OUTCOME_WEIGHTS.values()))[0]
        for checkpoint, due in outcome_check_dates(end):
            if self.rng.random() < 0.1:
                break  # a check the office has still to make
            self.at(
                due + timedelta(days=self.rng.randint(0, 10)),
                self._outcome,
                plan,
                checkpoint,
                status,
            )

    def _outcome(
        self, day: date, plan: _Plan, checkpoint: OutcomeCheckpoint, status: OutcomeStatus
    ) -> None:
        if checkpoint is not OutcomeCheckpoint.END and self.rng.random() < 0.3:
            status = self.rng.choices(
                list(OUTCOME_WEIGHTS), weights=list(OUTCOME_WEIGHTS.values())
            )[0]
        row = record_outcome(plan.placement_id, checkpoint, status, day)
        self.counts["outcomes"] += 1
        if row.bonus_proposed and not plan.bonus_planned and self.rng.random() < 0.85:
            plan.bonus_planned = True
            self.at(day + timedelta(days=self.rng.randint(5, 20)), self._bonus, plan)

    def _bonus(self, day: date, plan: _Plan) -> None:
        try:
            with own_savepoint():  # refused when no money is left: the run goes on
                decision = decide_bonus(
                    plan.placement_id,
                    day,
                    decided_by_name=self.signer[0],
                    decided_by_title=self.signer[1],
                )
        except NotAllowedError as exc:
            if exc.code not in ("BONUS_NO_APPROPRIATION", "BONUS_DE_MINIMIS_EXCEEDED"):
                raise
            return  # no money left for it (appropriation or de minimis): not decided
        self.counts["decisions"] += 1
        self.counts["payments"] += 1
        notice = day + timedelta(days=self.rng.randint(1, 3))
        self.at(notice, self._notify, decision.id, decision.decision_type, plan)

    # ------------------------------------------------------------ early end

    def _amend(self, day: date, plan: _Plan) -> None:
        """The office learns that the employment ended early: amendment (and the placement's
        end) in one decision, then a recovery when money was already paid past the end."""
        assert plan.grant_id is not None
        assert plan.ends_early_on is not None
        new_end = plan.ends_early_on
        proposal = propose_amendment(plan.grant_id, new_end)
        try:
            with own_savepoint():  # refused while a payment is in a batch: tried again later
                change = decide_amendment(
                    plan.grant_id,
                    new_end,
                    day,
                    reasons=f"Työsuhde päättyi ennenaikaisesti {new_end:%d.%m.%Y}. Kemi-lisä "
                    "myönnetään työsuhteen päättymispäivään asti.",
                    decided_by_name=self.signer[0],
                    decided_by_title=self.signer[1],
                    end_reason="Työntekijä irtisanoutui",
                )
        except NotAllowedError as exc:
            if exc.code != "PAYMENT_IN_BATCH":
                raise
            self.at(day + timedelta(days=7), self._amend, plan)  # wait for the batch to be paid
            return
        plan.amended = True
        self.counts["decisions"] += 1
        self._followup(day, plan, FollowupType.FINAL, new_end)
        for payment in list_payments(decision_id=plan.grant_id):
            self._track(payment)
            if payment.status in (PaymentStatus.CLAIMED, PaymentStatus.HELD):
                # cut amounts need a new approval; held ones may now have their final form
                self.at(day + timedelta(days=self.rng.randint(1, 5)), self._approve, payment.id)
            elif payment.status is PaymentStatus.DUE:  # the cut last period is claimed now
                claim = max(day, payment.period_end) + timedelta(days=self.rng.randint(3, 25))
                self.at(claim, self._claim, payment.id)
        self.at(day + timedelta(days=1), self._notify, *_notice(change), None)
        if proposal.recoverable:
            self.at(
                day + timedelta(days=self.rng.randint(2, 10)),
                self._recover,
                plan,
                proposal.recovery_cents,
            )
        self._ended(day, plan)

    def _recover(self, day: date, plan: _Plan, amount_cents: int) -> None:
        assert plan.grant_id is not None
        change = decide_recovery(
            plan.grant_id,
            amount_cents,
            day,
            reasons="Kemi-lisää on maksettu työsuhteen päättymisen jälkeiseltä ajalta. "
            "Perusteetta maksettu määrä peritään takaisin (valtionavustuslaki 688/2001 21 §).",
            decided_by_name=self.signer[0],
            decided_by_title=self.signer[1],
        )
        self.counts["decisions"] += 1
        self.at(day + timedelta(days=1), self._notify, *_notice(change), None)

    # ------------------------------------------------------------ payments

    def _track(self, payment: PaymentRow) -> None:
        self.status[payment.id] = payment.status
        if payment.status is PaymentStatus.APPROVED and payment.batch_id is None:
            self.approved.add(payment.id)
        else:
            self.approved.discard(payment.id)

    def _claim(self, day: date, payment_id: int) -> None:
        if payment_id in self.pending:
            self._flush()
        if self.status[payment_id] is not PaymentStatus.DUE:
            return  # cancelled by an amendment, or claimed already
        plan = self.plan_of.get(payment_id)
        if plan is not None and plan.claims_paused:
            return  # the association waits until it has the missing forms
        documents = self.rng.random() > 0.08
        at_once = self.rng.random() < 0.4  # else the claim waits for the office's check
        claim = Claim(payment_id, day, True, documents, approve_on=day if at_once else None)
        self.pending[payment_id] = (claim, 0)

    def _approve(self, day: date, payment_id: int, tries: int = 0) -> None:
        if payment_id in self.pending:
            self._flush()
        if not is_approvable(self.status[payment_id]):
            return
        self.pending[payment_id] = (None, tries)

    def _recheck(self, day: date, payment_id: int, tries: int) -> None:
        """A held payment: the association sends what was missing, the office looks again."""
        if payment_id in self.pending:
            self._flush()
        if not is_approvable(self.status[payment_id]):
            return
        self.pending[payment_id] = (Claim(payment_id, day, True, True, approve_on=day), tries)

    def _write_forms(self) -> None:
        """Record the day's gathered follow-up forms (all held by today)."""
        forms, self.forms = self.forms, []
        record_followups(forms, today=self.now)

    def _flush(self) -> None:
        """Record the day's gathered claims, then approve the day's checked ones (the day's
        forms first: the approvals look at them)."""
        if self.forms:
            self._write_forms()
        if not self.pending:
            return
        day, pending = self.now, self.pending
        self.pending = {}
        claims = [claim for claim, _tries in pending.values() if claim is not None]
        checked = [pid for pid, (claim, _tries) in pending.items() if claim is None]
        rows = {row.id: row for row in payment_work(claims, checked, day)}
        for payment_id, (_claim, tries) in pending.items():
            self._after(day, rows[payment_id], tries)

    def _after(self, day: date, row: PaymentState, tries: int) -> None:
        self.status[row.id] = row.status  # claimed, approved or held: not in a batch yet
        if row.status is PaymentStatus.APPROVED:
            self.approved.add(row.id)
        else:
            self.approved.discard(row.id)
        plan = self.plan_of.get(row.id)
        if plan is not None and plan.lapsed_forms and row.status is PaymentStatus.HELD:
            plan.claims_paused = True
        if row.status is PaymentStatus.CLAIMED:
            self.at(day + timedelta(days=self.rng.randint(3, 14)), self._approve, row.id, tries)
        elif row.status is PaymentStatus.HELD and tries < 3:
            later = day + timedelta(days=self.rng.randint(7, 30))
            if not row.proof_received:
                if self.rng.random() < 0.3:
                    return  # the association never sends the missing documents
                self.at(later, self._recheck, row.id, tries + 1)
            else:
                self.at(later, self._approve, row.id, tries + 1)

    def _batch(self, day: date) -> None:
        if not self.approved:
            return
        ids = sorted(self.approved)
        batch_id = create_batch(ids, day, f"Kemi-lisät {day:%d.%m.%Y}")
        self.approved.clear()
        self.at(day + timedelta(days=self.rng.randint(2, 6)), self._paid, batch_id)

    def _paid(self, day: date, batch_id: int) -> None:
        for payment_id, status in pay_batch(batch_id, day):
            self.status[payment_id] = status  # as _track: on a batch, so not to be batched
            self.approved.discard(payment_id)


TRAINING_PLACES = (
    "Kemin kaupungintalo, kokoushuone 2",
    "Kemin kirjasto, Tietotupa",
    "Kulttuurikeskus, Sampo-sali",
)
TRAINERS = ("Riikka Rekrytoija", "Ville Valmentaja", "Tiina Työkykykoordinaattori")
ROLES = ("puheenjohtaja", "esihenkilö", "työnohjaaja", "toiminnanjohtaja")
SUPERVISORS = ("Tuula Työnohjaaja", "Kalle Konsultti")


def _trainings_and_supervision(association_ids: list[int], today: date, salt: float) -> None:
    """A year of employer trainings (monthly but July; registrations, attendance and
    feedback for the held ones, registrations only for the coming ones), and supervision
    sessions for about a third of the associations every second month. Own random stream:
    the rest of the demo stays as it was."""
    from kemidesk.services import trainings as tr

    if not association_ids:
        return
    rng = random.Random(int(salt * 1_000_000) + 19)
    themes = tr.list_themes()
    first = add_months(date(today.year, today.month, 1), -11)
    for n in range(13):
        month = add_months(first, n)
        if month.month == 7:
            continue
        held = month.replace(day=rng.choice((9, 14, 21)))
        theme = themes[n % len(themes)]
        remote = n % 4 == 3
        row = tr.add_training(
            tr.TrainingInput(
                theme_id=theme.id,
                held_on=held,
                start_time="9.00" if n % 2 else "13.00",
                end_time="11.30" if n % 2 else "15.30",
                place="" if remote else rng.choice(TRAINING_PLACES),
                remote_link="https://teams.example.fi/valmennus" if remote else "",
                trainer=TRAINERS[n % len(TRAINERS)],
                capacity=str(capacity := rng.choice((15, 20, 25))),
                target=rng.choice(list(TrainingTarget)),
            )
        )
        chosen = rng.sample(association_ids, min(len(association_ids), rng.randint(4, 9)))
        registrations = []
        for association_id in chosen:
            for _ in range(rng.randint(1, 2)):
                if len(registrations) == capacity:
                    break  # full: the registration would be refused
                name = f"{rng.choice(names.FIRST)} {rng.choice(names.LAST)}"
                registrations.append(
                    tr.register(
                        tr.RegistrationInput(row.id, association_id, name, rng.choice(ROLES))
                    )
                )
        if held < today:
            came = {r.id: rng.random() < 0.85 for r in registrations}
            attended = sum(came.values())
            useful = round(attended * rng.uniform(0.5, 0.8))
            partly = min(attended - useful, round(attended * 0.2))
            not_useful = max(attended - useful - partly, 0) // 2
            tr.record_attendance(row.id, came, useful, partly, not_useful)
    for association_id in association_ids[::3]:
        day = first + timedelta(days=rng.randint(0, 40))
        while day < today:
            hours = rng.choice(("1", "1,5", "2"))
            tr.add_supervision(
                tr.SupervisionInput(
                    association_id, day, rng.choice(SUPERVISORS), rng.randint(2, 6), hours,
                    _money(int(float(hours.replace(",", ".")) * 9000)),
                )
            )  # fmt: skip
            day += timedelta(days=rng.randint(50, 70))


def _notice(change: GrantChange) -> tuple[int, DecisionType]:
    """(id, kind) of a change's decision, as `_notify` takes them."""
    return change.decision.id, change.decision.decision_type


def _money(cents: int) -> str:
    """Cents as the window's money field holds them ("500,00")."""
    return f"{cents // 100},{cents % 100:02d}"
