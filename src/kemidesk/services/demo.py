"""Realistic fictional demo data, in every state an office meets (and a large set for benchmarks).

Every identifier is fictional: HETUs use the individual numbers 900–999 (reserved for
temporary and test use), Y-tunnus and IBAN have valid check digits but random numbers.
Rows are bulk-inserted in one transaction; the amounts come from the same domain rules the
program uses (build_schedule), so the data is consistent with what the services would write.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import peewee

from kemidesk.db.connection import database_proxy
from kemidesk.db.models import (
    Application,
    Appropriation,
    Association,
    AuditLog,
    Decision,
    DecisionSeries,
    Followup,
    Outcome,
    Payment,
    Person,
    Placement,
)
from kemidesk.domain.appeal import appeal_deadline, notification_date
from kemidesk.domain.dates import add_months
from kemidesk.domain.numbering import format_decision_number
from kemidesk.domain.rules import RuleSet
from kemidesk.domain.schedule import Period, build_schedule
from kemidesk.domain.types import (
    ApplicationStatus,
    DecisionStatus,
    DecisionType,
    EmployerType,
    FollowupType,
    NotificationMethod,
    OutcomeCheckpoint,
    OutcomeStatus,
    PaymentStatus,
)
from kemidesk.services.common import os_user
from kemidesk.services.errors import NotAllowedError
from kemidesk.services.grants import payment_reference
from kemidesk.services.settings import rules_snapshot

FIRST = [
    "Aino",
    "Eero",
    "Helmi",
    "Juha",
    "Kaisa",
    "Lauri",
    "Minna",
    "Niko",
    "Outi",
    "Pekka",
    "Riikka",
    "Sami",
    "Tiina",
    "Ville",
    "Anu",
    "Jari",
    "Marja",
    "Timo",
    "Sanna",
    "Mikko",
    "Päivi",
    "Jukka",
    "Hanna",
    "Antti",
    "Leena",
    "Tuomas",
    "Satu",
    "Jani",
    "Elina",
    "Ari",
    "Johanna",
    "Kalle",
    "Noora",
    "Olli",
    "Emilia",
    "Teemu",
    "Kirsi",
    "Harri",
    "Laura",
    "Matti",
]
LAST = [
    "Korhonen",
    "Virtanen",
    "Mäkinen",
    "Nieminen",
    "Mäkelä",
    "Hämäläinen",
    "Laine",
    "Heikkinen",
    "Koskinen",
    "Järvinen",
    "Lehtonen",
    "Lehtinen",
    "Saarinen",
    "Salminen",
    "Heinonen",
    "Niemi",
    "Heikkilä",
    "Kinnunen",
    "Salonen",
    "Turunen",
    "Salo",
    "Laitinen",
    "Tuominen",
    "Rantanen",
    "Karjalainen",
    "Jokinen",
    "Mattila",
    "Savolainen",
    "Lahtinen",
    "Ahonen",
    "Kemppainen",
    "Keränen",
    "Alatalo",
    "Äijälä",
    "Öhman",
    "Åström",
    "Väyrynen",
    "Pikkarainen",
    "Tervo",
    "Huhtala",
    "Kallio",
    "Rautio",
    "Ylitalo",
    "Junttila",
]
ASSOC_FIRST = [
    "Kemin",
    "Pohjoisen",
    "Meri-Lapin",
    "Sauvosaaren",
    "Karihaaran",
    "Syväkankaan",
    "Hepolan",
    "Ajoksen",
    "Rytikarin",
    "Perämeren",
    "Kemijokisuun",
    "Lautiosaaren",
    "Paattion",
    "Takajärven",
    "Kiikelin",
    "Hahtisaaren",
    "Tervahaudan",
    "Veitsiluodon",
    "Lassinharjun",
    "Peurasaaren",
]
ASSOC_KIND = [
    "Työttömät ry",
    "Kierrätyskeskus ry",
    "Asukasyhdistys ry",
    "Urheiluseura ry",
    "Setlementti ry",
    "Eläkeläiset ry",
    "Nuorisoseura ry",
    "Vertaistuki ry",
    "Kotiseutuyhdistys ry",
    "Palvelusäätiö sr",
    "Luontoyhdistys ry",
    "Kulttuuriyhdistys ry",
    "Partiolaiset ry",
]
COMPANIES = (
    "Kemin Kone ja Huolto Oy",
    "Meri-Lapin Siivous Oy",
    "Pohjan Puutarha Oy",
    "Ajoksen Logistiikka Oy",
    "Kemin Kahvila Helmi Oy",
)
JOBS = (
    "kierrätystyöntekijä",
    "kiinteistötyöntekijä",
    "ohjaaja-avustaja",
    "keittiöapulainen",
    "toimistoavustaja",
    "liikunta-avustaja",
    "varastotyöntekijä",
    "ympäristötyöntekijä",
    "kahvila-apulainen",
    "viestinnän avustaja",
    "puutarhatyöntekijä",
    "nuoriso-ohjaaja",
)
STREETS = (
    "Valtakatu",
    "Keskuspuistokatu",
    "Kauppakatu",
    "Sairaalakatu",
    "Tietokatu",
    "Kiikelinkatu",
    "Pohjoisrantakatu",
    "Meripuistokatu",
    "Hahtisaarenkatu",
    "Asemakatu",
)
COACHES = ("Laura Heikkilä", "Mikko Tervo", "")
HETU_CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY"


@dataclass(frozen=True)
class DemoScale:
    associations: int
    people: int
    placements: int
    years: int

    @staticmethod
    def named(name: str) -> DemoScale:
        return {"small": DemoScale(25, 120, 150, 3), "large": DemoScale(200, 20_000, 40_000, 6)}[
            name
        ]


@dataclass(frozen=True)
class DemoSummary:
    associations: int
    people: int
    placements: int
    decisions: int
    payments: int
    followups: int
    outcomes: int


def ytunnus(rng: random.Random) -> str:
    while True:
        digits = f"{rng.randint(1_000_000, 3_399_999):07d}"
        remainder = (
            sum(int(d) * w for d, w in zip(digits, (7, 9, 10, 5, 8, 4, 2), strict=True)) % 11
        )
        if remainder != 1:
            return f"{digits}-{0 if remainder == 0 else 11 - remainder}"


def iban(rng: random.Random) -> str:
    bban = f"{rng.choice(('10', '50', '57', '80', '47')):s}{rng.randint(0, 10**12 - 1):012d}"
    check = 98 - int(bban + "151800") % 97
    return f"FI{check:02d}{bban}"


def fictional_hetu(birth: date, rng: random.Random) -> str:
    sign = "-" if birth.year < 2000 else "A"
    individual = rng.randint(900, 999)
    base = f"{birth:%d%m%y}"
    return f"{base}{sign}{individual}{HETU_CHECK[int(base + str(individual)) % 31]}"


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
        raise NotAllowedError("Tietokannassa on jo tietoja. Esittelyaineisto tehdään vain tyhjään.")
    builder = _Builder(DemoScale.named(scale), today or date.today(), random.Random(seed), progress)
    with database_proxy.atomic():
        builder.build()
        AuditLog.create(os_user=os_user(), entity="Demo", entity_id=0, action="demo", fields=scale)
    database_proxy.obj.execute_sql("ANALYZE")  # statistics for the planner on the new data
    return builder.summary()


class _Builder:
    def __init__(
        self,
        scale: DemoScale,
        today: date,
        rng: random.Random,
        progress: Callable[[str], None] | None,
    ) -> None:
        self.scale, self.today, self.rng = scale, today, rng
        self.say = progress or (lambda _msg: None)
        self.rules = RuleSet()
        self.snapshot = rules_snapshot(self.rules)
        self.seq: dict[int, int] = {}
        self.counts: dict[str, int] = {}
        self.unsent_left = 3

    def summary(self) -> DemoSummary:
        c = self.counts
        return DemoSummary(
            c["associations"],
            c["people"],
            c["placements"],
            c["decisions"],
            c["payments"],
            c["followups"],
            c["outcomes"],
        )

    def build(self) -> None:
        self.say("Yhdistykset…")
        assoc_ids = self._associations()
        self.say("Henkilöt…")
        person_ids = self._people()
        for year in range(self.today.year - self.scale.years + 1, self.today.year + 1):
            Appropriation.create(year=year, amount_cents=self._appropriation(), notes="Talousarvio")
        self.say("Työsuhteet ja päätökset…")
        self._placements(assoc_ids, person_ids)
        for year, last in self.seq.items():
            DecisionSeries.create(prefix="KL", year=year, last_seq=last)

    def _appropriation(self) -> int:
        per_placement = 5_000_00
        return (
            int(self.scale.placements / self.scale.years * per_placement * 1.1) // 100_000 * 100_000
        )

    def _associations(self) -> list[int]:
        rows, used = [], set()
        for i in range(self.scale.associations):
            company = i % 9 == 8
            while True:
                name = (
                    self.rng.choice(COMPANIES)
                    if company and len(used) < 500 and i < 45
                    else f"{self.rng.choice(ASSOC_FIRST)} {self.rng.choice(ASSOC_KIND)}"
                )
                if name not in used or len(used) > 200:
                    break
            name = name if name not in used else f"{name} {i}"
            used.add(name)
            kind = (
                EmployerType.COMPANY
                if name.endswith("Oy")
                else EmployerType.FOUNDATION
                if name.endswith("sr")
                else EmployerType.ASSOCIATION
            )
            contact = f"{self.rng.choice(FIRST)} {self.rng.choice(LAST)}"
            rows.append(
                {
                    "name": name,
                    "employer_type": kind.value,
                    "business_id": ytunnus(self.rng),
                    "association_number": ""
                    if kind is EmployerType.COMPANY
                    else str(self.rng.randint(100000, 229999)),
                    "business_activity": kind is EmployerType.COMPANY or self.rng.random() < 0.2,
                    "street": f"{self.rng.choice(STREETS)} {self.rng.randint(1, 60)}",
                    "postcode": self.rng.choice(("94100", "94200", "94300", "94400", "94500")),
                    "city": "Kemi",
                    "iban": iban(self.rng),
                    "contact_name": contact,
                    "contact_phone": f"040 {self.rng.randint(100, 999)} "
                    f"{self.rng.randint(1000, 9999)}",
                    "contact_email": f"toimisto{i}@esimerkki.fi",
                    "supervisor_name": f"{self.rng.choice(FIRST)} {self.rng.choice(LAST)}",
                }
            )
        return self._insert(Association, rows, "associations")

    def _people(self) -> list[int]:
        rows = []
        for _ in range(self.scale.people):
            young = self.rng.random() < 0.35
            age = self.rng.randint(18, 29) if young else self.rng.randint(30, 62)
            birth = self.today - timedelta(days=age * 365 + self.rng.randint(0, 364))
            partial = self.rng.random() < 0.25
            rows.append(
                {
                    "first_name": self.rng.choice(FIRST),
                    "last_name": self.rng.choice(LAST),
                    "hetu": fictional_hetu(birth, self.rng) if self.rng.random() < 0.7 else "",
                    "birth_date": birth,
                    "kemi_resident": self.rng.random() > 0.02,
                    "tmt_days": None if young else self.rng.choice((150, 300, 420, 650, 900)),
                    "partial_work_ability": partial,
                    "work_ability_note": "Selkävaiva, ei raskaita nostoja." if partial else "",
                    "phone": f"050 {self.rng.randint(100, 999)} {self.rng.randint(1000, 9999)}",
                }
            )
        return self._insert(Person, rows, "people")

    def _insert(self, model: type[peewee.Model], rows: list[dict[str, Any]], key: str) -> list[int]:
        first = (model.select(peewee.fn.MAX(model.id)).scalar() or 0) + 1
        for chunk in _chunks(rows, 500):
            model.insert_many(chunk).execute()
        self.counts[key] = self.counts.get(key, 0) + len(rows)
        return list(range(first, first + len(rows)))

    def _placements(self, assoc_ids: list[int], person_ids: list[int]) -> None:
        start_span = self.scale.years * 365
        plan = []
        for i in range(self.scale.placements):
            start = self.today - timedelta(days=self.rng.randint(-20, start_span))
            start = start.replace(
                day=self.rng.choice((1, 1, 1, 15, start.day if start.day < 29 else 1))
            )
            months = self.rng.choice((6, 8, 10, 12, 12, 12))
            plan.append((i, start, months))
        rows = []
        for i, start, months in plan:
            end = add_months(start, months) - timedelta(days=1)
            terminated = self.rng.random() < 0.08 and end < self.today
            rows.append(
                {
                    "person": person_ids[i % len(person_ids)],
                    "association": self.rng.choice(assoc_ids),
                    "job_title": self.rng.choice(JOBS),
                    "start_date": start,
                    "end_date": end,
                    "actual_end_date": start + timedelta(days=self.rng.randint(60, 150))
                    if terminated
                    else None,
                    "end_reason": "Työntekijä irtisanoutui" if terminated else "",
                    "hours_per_week": Decimal(self.rng.choice(("25", "30", "30", "37.5", "18"))),
                    "monthly_wage_cents": self.rng.choice((150000, 180000, 200000, 220000)),
                    "supervisor_name": f"{self.rng.choice(FIRST)} {self.rng.choice(LAST)}",
                    "job_coach": self.rng.choice(COACHES),
                    "pt_authority": (
                        "Meri-Lapin työllisyysalue" if start.year >= 2025 else "Lapin TE-toimisto"
                    ),
                    "pt_decision_number": f"PT-{start.year}-{10000 + i}",
                    "pt_decision_date": start - timedelta(days=10),
                    "pt_percent": self.rng.choice((50, 70, 100, 100)),
                    "pt_start": start,
                    "pt_end": end,
                }
            )
        ids = self._insert(Placement, rows, "placements")
        self.say("Hakemukset, päätökset ja maksut…")
        self._grants(ids, rows)

    def _grants(self, ids: list[int], rows: list[dict[str, Any]]) -> None:
        apps, decisions, payments, followups, outcomes = [], [], [], [], []
        next_decision = (Decision.select(peewee.fn.MAX(Decision.id)).scalar() or 0) + 1
        next_app = (Application.select(peewee.fn.MAX(Application.id)).scalar() or 0) + 1
        for pid, row in zip(ids, rows, strict=True):
            if self.rng.random() < 0.3:
                continue  # many 100 % palkkatuki placements need no Kemi-lisä at all
            received = row["start_date"] + timedelta(days=self.rng.randint(3, 40))
            app_id = next_app
            next_app += 1
            waiting = received > self.today - timedelta(days=21)
            apps.append(
                {
                    "placement": pid,
                    "received_on": min(received, self.today),
                    "pt_decision_attached": True,
                    "contract_attached": self.rng.random() > 0.05,
                    "requested_monthly_cents": 50000,
                    "status": (
                        ApplicationStatus.RECEIVED if waiting else ApplicationStatus.DECIDED
                    ).value,
                }
            )
            if waiting:
                continue
            decided = received + timedelta(days=self.rng.randint(5, 20))
            decided = min(decided, self.today)
            if self.unsent_left and received > self.today - timedelta(days=40):
                decided = self.today - timedelta(days=1)  # signed yesterday, not yet sent
                self.unsent_left -= 1
            rejected = self.rng.random() < 0.07
            decision = self._decision(pid, row, app_id, decided, rejected)
            schedule = decision.pop("_schedule")
            decision["id"] = next_decision
            decisions.append(decision)
            if not rejected:
                payments += self._payments(next_decision, schedule, decision)
                followups += self._followups(pid, row)
                outcomes += self._outcomes(pid, row)
            next_decision += 1
        self._insert(Application, apps, "applications")
        bonus_decisions, bonus_payments = self._bonuses(ids, rows, outcomes, next_decision)
        self._number_and_insert(decisions + bonus_decisions)
        self._insert(Payment, payments + bonus_payments, "payments")
        self._insert(Followup, followups, "followups")
        self._insert(Outcome, outcomes, "outcomes")

    def _number_and_insert(self, decisions: list[dict[str, Any]]) -> None:
        """Numbers follow the decision dates, gap-free per year, as the office's series does."""
        for decision in sorted(decisions, key=lambda d: (d["decision_date"], d["id"])):
            year = decision["decision_date"].year
            self.seq[year] = self.seq.get(year, 0) + 1
            decision.update(
                number=format_decision_number(year, self.seq[year]), year=year, seq=self.seq[year]
            )
        self._insert(Decision, sorted(decisions, key=lambda d: d["id"]), "decisions")

    def _decision(
        self, pid: int, row: dict[str, Any], app_id: int, decided: date, rejected: bool
    ) -> dict[str, Any]:
        end = row["actual_end_date"] or row["end_date"]
        schedule = (
            []
            if rejected
            else build_schedule(
                row["start_date"],
                row["end_date"],
                50000,
                self.rules,
                terminated_on=row["actual_end_date"],
            )
        )
        sent = decided + timedelta(days=1) if decided + timedelta(days=1) <= self.today else None
        if decided > self.today - timedelta(days=4):
            sent = None  # the newest decisions are signed but not yet sent
        method = NotificationMethod.EMAIL if self.rng.random() < 0.6 else NotificationMethod.LETTER
        dtype = DecisionType.REJECTION if rejected else DecisionType.GRANT
        return {
            "decision_type": dtype.value,
            "status": (DecisionStatus.SENT if sent else DecisionStatus.DECIDED).value,
            "placement": pid,
            "association": row["association"],
            "application": app_id,
            "decision_date": decided,
            "decided_by_name": "Maija Esimerkki",
            "decided_by_title": "työllisyyspäällikkö",
            "monthly_amount_cents": 0 if rejected else 50000,
            "period_start": None if rejected else row["start_date"],
            "period_end": None if rejected else end,
            "total_cents": sum(p.amount_cents for p in schedule),
            "reasons": (
                "Työllistettävä ei kuulu Kemi-lisän kohderyhmään."
                if rejected
                else "Kohderyhmä, työaika, palkka ja palkkatukipäätös täyttävät ehdot."
            ),
            "notification_method": method.value if sent else "",
            "sent_on": sent,
            "notified_on": notification_date(sent, method, self.rules) if sent else None,
            "appeal_deadline": appeal_deadline(sent, method, self.rules) if sent else None,
            "rules_json": self.snapshot,
            "_schedule": schedule,
        }

    def _payments(
        self, did: int, schedule: list[Period], decision: dict[str, Any]
    ) -> list[dict[str, Any]]:
        out = []
        for period in schedule:
            status, claim, approved_on, paid_on, held = self._payment_state(period.end, decision)
            out.append(
                {
                    "decision": did,
                    "period_index": period.index,
                    "period_start": period.start,
                    "period_end": period.end,
                    "eligible_days": period.eligible_days,
                    "total_days": period.total_days,
                    "amount_cents": period.amount_cents,
                    "claim_due": period.claim_due,
                    "status": status.value,
                    "claim_received_on": claim,
                    "payslip_received": claim is not None,
                    "proof_received": claim is not None and not held,
                    "approved_on": approved_on,
                    "paid_on": paid_on,
                    "held_reason": held,
                    "reference": payment_reference(did, period.index),
                }
            )
        return out

    def _payment_state(self, period_end: date, decision: dict[str, Any]) -> tuple[Any, ...]:
        """(status, claim received, approved on, paid on, held reason) as of today."""
        age = (self.today - period_end).days
        if decision["sent_on"] is None or age < 0:
            return PaymentStatus.DUE, None, None, None, ""
        claim = period_end + timedelta(days=self.rng.randint(5, 30))
        if claim > self.today:
            return PaymentStatus.DUE, None, None, None, ""
        approved = min(claim + timedelta(days=7), self.today)
        if age > 60:
            paid = min(approved + timedelta(days=7), self.today)
            return PaymentStatus.PAID, claim, approved, paid, ""
        roll = self.rng.random()
        if roll < 0.15:
            return PaymentStatus.HELD, claim, None, None, "Palkkalaskelma tai maksutosite puuttuu."
        if roll < 0.45:
            return PaymentStatus.APPROVED, claim, approved, None, ""
        return PaymentStatus.CLAIMED, claim, None, None, ""

    def _followups(self, pid: int, row: dict[str, Any]) -> list[dict[str, Any]]:
        out = []
        start, end = row["start_date"], row["actual_end_date"] or row["end_date"]
        day, kind = start + timedelta(days=10), FollowupType.START
        # Some associations stop sending forms after the start talk (their claims get held).
        lapsed = pid % 9 == 0 and end > self.today
        while day <= min(end, self.today) and self.rng.random() > 0.05:
            out.append(self._followup(pid, row, kind, day))
            if lapsed:
                break
            day, kind = add_months(day, 3), FollowupType.INTERIM
        if end + timedelta(days=3) <= self.today and self.rng.random() > 0.1:
            out.append(self._followup(pid, row, FollowupType.FINAL, end - timedelta(days=3)))
        return out

    def _followup(
        self, pid: int, row: dict[str, Any], kind: FollowupType, day: date
    ) -> dict[str, Any]:
        coach = row["job_coach"]
        return {
            "placement": pid,
            "followup_type": kind.value,
            "held_on": day,
            "participants": ", ".join(
                p for p in ("työntekijä", row["supervisor_name"], coach) if p
            ),
            "job_coach_present": bool(coach),
            "goals": "Työtehtäviin perehtyminen ja työaikojen vakiinnuttaminen.",
            "progress": self.rng.choice(
                (
                    "Edistynyt hyvin.",
                    "Edistynyt, tukea tarvitaan edelleen.",
                    "Poissaoloja on ollut.",
                )
            ),
            "support_given": "Viikoittaiset ohjauskeskustelut ohjaajan kanssa.",
            "training": self.rng.choice(("Hygieniapassi", "Työturvallisuuskortti", "")),
            "job_search_support": "Työnhakuasiakirjojen päivitys."
            if kind is FollowupType.FINAL
            else "",
            "trial_visit": "Tutustumisjakso 2 pv yrityksessä."
            if kind is FollowupType.FINAL
            else "",
            "end_assessment": "Valmis avoimille työmarkkinoille."
            if kind is FollowupType.FINAL
            else "",
            "signed": True,
            "signed_on": day,
        }

    def _outcomes(self, pid: int, row: dict[str, Any]) -> list[dict[str, Any]]:
        end = row["actual_end_date"] or row["end_date"]
        out, status = [], None
        for checkpoint, months in (
            (OutcomeCheckpoint.END, 0),
            (OutcomeCheckpoint.PLUS_3, 3),
            (OutcomeCheckpoint.PLUS_6, 6),
        ):
            when = add_months(end, months)
            overdue_check = pid % 4 == 0 and when > self.today - timedelta(days=120)
            if when > self.today or overdue_check or self.rng.random() < 0.1:
                break  # not yet, or a check the office has still to make
            status = (
                status
                if status and self.rng.random() < 0.7
                else self.rng.choices(list(OutcomeStatus), weights=(18, 14, 8, 12, 14, 30, 4))[0]
            )
            out.append(
                {
                    "placement": pid,
                    "checkpoint": checkpoint.value,
                    "status": status.value,
                    "recorded_on": when + timedelta(days=3),
                }
            )
        return out

    def _bonuses(
        self,
        ids: list[int],
        rows: list[dict[str, Any]],
        outcomes: list[dict[str, Any]],
        next_id: int,
    ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        """Bonus decisions for most placements whose end outcome earns one (some left open)."""
        bonus_status = {OutcomeStatus.COMPANY_JOB.value, OutcomeStatus.CONTINUED_OWN_FUNDS.value}
        earned = {
            o["placement"]
            for o in outcomes
            if o["checkpoint"] == OutcomeCheckpoint.END.value and o["status"] in bonus_status
        }
        by_id = dict(zip(ids, rows, strict=True))
        decisions, payments = [], []
        for pid in sorted(earned):
            row = by_id[pid]
            end = row["actual_end_date"] or row["end_date"]
            decided = end + timedelta(days=20)
            if decided > self.today or self.rng.random() < 0.2:
                continue  # proposed, not yet decided: the overview shows it
            sent = decided + timedelta(days=1)
            decisions.append(
                {
                    "id": next_id,
                    "decision_type": DecisionType.BONUS.value,
                    "status": DecisionStatus.SENT.value,
                    "placement": pid,
                    "association": row["association"],
                    "decision_date": decided,
                    "decided_by_name": "Maija Esimerkki",
                    "decided_by_title": "työllisyyspäällikkö",
                    "total_cents": self.rules.bonus_cents,
                    "reasons": "Työllistetty jatkaa työssä Kemi-lisäjakson jälkeen.",
                    "notification_method": NotificationMethod.EMAIL.value,
                    "sent_on": sent,
                    "notified_on": sent + timedelta(days=3),
                    "appeal_deadline": appeal_deadline(sent, NotificationMethod.EMAIL, self.rules),
                    "rules_json": self.snapshot,
                }
            )
            paid = decided + timedelta(days=40)
            payments.append(
                {
                    "decision": next_id,
                    "period_index": 1,
                    "period_start": end,
                    "period_end": end,
                    "eligible_days": 1,
                    "total_days": 1,
                    "amount_cents": self.rules.bonus_cents,
                    "claim_due": add_months(decided, 2),
                    "status": (
                        PaymentStatus.PAID if paid <= self.today else PaymentStatus.DUE
                    ).value,
                    "paid_on": paid if paid <= self.today else None,
                    "reference": payment_reference(next_id, 1),
                }
            )
            next_id += 1
        return decisions, payments


def _chunks(rows: list[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    for i in range(0, len(rows), size):
        yield rows[i : i + size]
