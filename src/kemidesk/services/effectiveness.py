"""The effectiveness report: placements, outcomes and money of a period beside the period
before it (the counting is in domain/effectiveness.py; this module reads the database).

Reads in a fixed number of queries whatever the size: the placements of both periods with
their person's target-group facts, association and ring, their outcomes, and the money sums.
"""

from __future__ import annotations

import dataclasses
import functools
from datetime import date
from decimal import Decimal
from typing import Any

import peewee

from kemidesk.db.models import (
    Association,
    Decision,
    EmployerRing,
    Outcome,
    Payment,
    Person,
    Placement,
    Training,
    TrainingRegistration,
    TransferAgreement,
)
from kemidesk.db.rows import column_readers, raw_rows
from kemidesk.domain.collation import finnish_key
from kemidesk.domain.dates import add_months, format_date, month_end
from kemidesk.domain.effectiveness import (
    OUTCOME_ORDER,
    EffectivenessReport,
    Grouping,
    KindCount,
    Money,
    MonthMoney,
    Period,
    PeriodFigures,
    PlacementFacts,
    YearFigures,
    period_figures,
)
from kemidesk.domain.eligibility import target_groups
from kemidesk.domain.lifecycle import GRANT_KINDS
from kemidesk.domain.rules import RuleSet
from kemidesk.domain.transfers import TransferCounts, transfer_counts
from kemidesk.domain.types import (
    DecisionStatus,
    DecisionType,
    OutcomeCheckpoint,
    OutcomeStatus,
    PaymentStatus,
)
from kemidesk.services.settings import appropriation_status, rules_for
from kemidesk.services.spreadsheet import CellKind, Sheet, SheetColumn


def _facts(first: date, last: date) -> list[PlacementFacts]:
    """Placements with Kemi-lisä (a grant or partial grant not cancelled) that start or end
    between first and last: the ones the office follows up. A placement whose application
    was rejected is not followed and would only add "not recorded" outcomes."""
    end = peewee.fn.COALESCE(Placement.actual_end_date, Placement.end_date)
    query = (
        Placement.select(
            Placement.id,
            Placement.start_date,
            Placement.end_date,
            Placement.actual_end_date,
            Association.name.alias("association_name"),
            Association.employer_type,
            EmployerRing.name.alias("ring_name"),
            Person.tmt_days,
            Person.partial_work_ability,
            Person.birth_date,
            Person.kemi_resident,
        )
        .join(Association, on=(Placement.association == Association.id))
        .switch(Placement)
        .join(Person, on=(Placement.person == Person.id))
        .switch(Placement)
        .join(EmployerRing, peewee.JOIN.LEFT_OUTER, on=(Placement.ring == EmployerRing.id))
        .where(
            (Placement.archived == False)  # noqa: E712
            & (Placement.start_date.between(first, last) | ((end >= first) & (end <= last)))
            & peewee.fn.EXISTS(
                Decision.select(Decision.id).where(
                    (Decision.placement == Placement.id)
                    & Decision.decision_type.in_(list(GRANT_KINDS))
                    & (Decision.status != DecisionStatus.CANCELLED)
                )
            )
        )
    )
    # Read as the driver returns them and converted column by column, each row a list whose
    # values are found by column name (a dict per placement was most of the report's passing
    # memory: 12 768 placements in a year at 40 000).
    readers = column_readers(query)
    place = {name: i for name, (i, _) in readers.items()}
    converters = [convert for _, convert in readers.values()]
    rows = [
        [None if v is None else convert(v) for v, convert in zip(raw, converters, strict=True)]
        for raw in raw_rows(query)
    ]
    key, starts, ends, actual_ends, association, employer_type, ring = (
        place[name]
        for name in ("id", "start_date", "end_date", "actual_end_date", "association_name",
                     "employer_type", "ring_name")
    )  # fmt: skip
    outcomes: dict[int, dict[OutcomeCheckpoint, OutcomeStatus]] = {}
    ids = [r[key] for r in rows]
    for chunk in range(0, len(ids), 500):
        part = ids[chunk : chunk + 500]
        for placement_id, checkpoint, status in (
            Outcome.select(Outcome.placement, Outcome.checkpoint, Outcome.status)
            .where(Outcome.placement.in_(part))
            .tuples()
        ):
            outcomes.setdefault(placement_id, {})[OutcomeCheckpoint(checkpoint)] = OutcomeStatus(
                status
            )
    rules_of = functools.lru_cache(maxsize=64)(rules_for)
    shared: dict[tuple[Any, ...], tuple[Any, ...]] = {}  # one tuple per set of groups
    facts = []
    for r in rows:
        start: date = r[starts]
        rules: RuleSet = rules_of(start)
        groups = tuple(target_groups(_GroupFacts(r, place, start), rules))  # type: ignore[arg-type]
        facts.append(
            PlacementFacts(
                placement_id=r[key],
                association_name=r[association],
                employer_type=r[employer_type],
                ring_name=r[ring],
                target_groups=shared.setdefault(groups, groups),
                start=start,
                end=r[actual_ends] or r[ends],
                outcomes=outcomes.get(r[key], {}),
            )
        )
    return facts


class _GroupFacts:
    """The facts `target_groups` reads, from a listed row."""

    def __init__(self, row: list[object], place: dict[str, int], start: date) -> None:
        self.tmt_days = row[place["tmt_days"]]
        self.partial_work_ability = bool(row[place["partial_work_ability"]])
        self.birth_date = row[place["birth_date"]]
        self.placement_start = start


def _sum(query: peewee.ModelSelect) -> int:
    return int(query.scalar() or 0)


def _money(period: Period) -> Money:
    live = Decision.status != DecisionStatus.CANCELLED
    decided = Decision.decision_date.between(period.start, period.end)

    def decided_sum(kinds: frozenset[DecisionType] | set[DecisionType]) -> int:
        return _sum(
            Decision.select(peewee.fn.COALESCE(peewee.fn.SUM(Decision.total_cents), 0)).where(
                decided & live & Decision.decision_type.in_(list(kinds))
            )
        )

    def paid_sum(kinds: frozenset[DecisionType] | set[DecisionType]) -> int:
        return _sum(
            Payment.select(peewee.fn.COALESCE(peewee.fn.SUM(Payment.amount_cents), 0))
            .join(Decision, on=(Payment.decision == Decision.id))
            .where(
                (Payment.status == PaymentStatus.PAID)
                & Payment.paid_on.between(period.start, period.end)
                & Decision.decision_type.in_(list(kinds))
            )
        )

    return Money(
        kemi_lisa_decided=decided_sum(GRANT_KINDS),
        bonus_decided=decided_sum({DecisionType.BONUS}),
        kemi_lisa_paid=paid_sum(set(DecisionType) - {DecisionType.BONUS}),
        bonus_paid=paid_sum({DecisionType.BONUS}),
        recovered_decided=decided_sum({DecisionType.RECOVERY}),
    )


def _months(period: Period) -> tuple[MonthMoney, ...]:
    """Money paid month by month, and from the start of each year, against the year's
    appropriation (summed here rather than by SQL date functions, which differ between
    the engines)."""
    paid_by_month: dict[tuple[int, int], int] = {}
    for paid_on, amount in (
        Payment.select(Payment.paid_on, Payment.amount_cents)
        .where(
            (Payment.status == PaymentStatus.PAID)
            & Payment.paid_on.between(date(period.start.year, 1, 1), period.end)
        )
        .tuples()
    ):
        key = (paid_on.year, paid_on.month)
        paid_by_month[key] = paid_by_month.get(key, 0) + amount
    appropriations: dict[int, int] = {}
    out = []
    month = period.start.replace(day=1)
    while month <= period.end:
        year = month.year
        if year not in appropriations:
            appropriations[year] = appropriation_status(year).amount_cents
        to_date = sum(v for (y, m), v in paid_by_month.items() if y == year and m <= month.month)
        out.append(
            MonthMoney(
                month, paid_by_month.get((year, month.month), 0), to_date, appropriations[year]
            )
        )
        month = add_months(month, 1)
    return tuple(out)


def effectiveness_report(
    period: Period, today: date, grouping: Grouping = Grouping.NONE
) -> EffectivenessReport:
    previous = period.previous()
    facts = _facts(previous.start, period.end)
    return EffectivenessReport(
        today=today,
        grouping=grouping,
        current=dataclasses.replace(
            period_figures(facts, period, today, _money(period), grouping, finnish_key),
            transfers=_transfers(period),
        ),
        previous=dataclasses.replace(
            period_figures(facts, previous, today, _money(previous), grouping, finnish_key),
            transfers=_transfers(previous),
        ),
        months=_months(period),
        training_attendance=(
            _training_attendance(period) if grouping is Grouping.ASSOCIATION else {}
        ),
    )


def _training_attendance(period: Period) -> dict[str, int]:
    """Employer name → people who attended employer trainings held in the period."""
    came = TrainingRegistration.attended == True  # noqa: E712
    query = (
        TrainingRegistration.select(
            Association.name, peewee.fn.SUM(peewee.Case(None, [(came, 1)], 0))
        )
        .join(Training, on=(TrainingRegistration.training == Training.id))
        .switch(TrainingRegistration)
        .join(Association, on=(TrainingRegistration.association == Association.id))
        .where(
            (Training.archived == False)  # noqa: E712
            & Training.held_on.between(period.start, period.end)
        )
        .group_by(Association.name)
    )
    return {name: int(n or 0) for name, n in query.tuples() if n}


def _transfers(period: Period) -> TransferCounts:
    """Transfer agreements ended in the period, and those ending with employment."""
    rows = TransferAgreement.select(
        TransferAgreement.placement, TransferAgreement.status, TransferAgreement.ended_on
    ).where(TransferAgreement.ended_on.between(period.start, period.end))
    return transfer_counts(
        ((t.placement_id, t.status, t.ended_on) for t in rows), period.start, period.end
    )


def year_period(year: int) -> Period:
    return Period(date(year, 1, 1), month_end(date(year, 12, 1)))


def _year_figures(year: int) -> YearFigures:
    period = year_period(year)
    status = appropriation_status(year)
    kinds = (
        Decision.select(
            Decision.decision_type,
            peewee.fn.COUNT(Decision.id),
            peewee.fn.COALESCE(peewee.fn.SUM(Decision.total_cents), 0),
        )
        .where(
            Decision.decision_date.between(period.start, period.end)
            & (Decision.status != DecisionStatus.CANCELLED)
        )
        .group_by(Decision.decision_type)
        .tuples()
    )
    counted = {DecisionType(kind): (int(n), int(total)) for kind, n, total in kinds}
    end = peewee.fn.COALESCE(Placement.actual_end_date, Placement.end_date)
    running = (
        (Placement.archived == False)  # noqa: E712
        & (Placement.start_date <= period.end)
        & (end.is_null() | (end >= period.start))
    )
    return YearFigures(
        appropriation=status.amount_cents,
        committed=status.decided_cents,
        paid=status.paid_cents,
        decisions=tuple(KindCount(kind, *counted.get(kind, (0, 0))) for kind in DecisionType),
        people=Placement.select(peewee.fn.COUNT(Placement.person.distinct()))
        .where(running)
        .scalar()
        or 0,
        running=Placement.select().where(running).count(),
    )


def year_report(year: int, today: date) -> EffectivenessReport:
    """The year report for the council: the effectiveness figures of the calendar year by
    employer type, and the year's appropriation, decisions and people."""
    report = effectiveness_report(year_period(year), today, Grouping.EMPLOYER_TYPE)
    return dataclasses.replace(report, year=_year_figures(year))


# ------------------------------------------------------------------ output


def report_pdf(report: EffectivenessReport) -> bytes:
    from kemidesk.printing.report import render_report
    from kemidesk.services.documents import letterhead

    return render_report(report, letterhead())


def report_sheets(report: EffectivenessReport) -> list[Sheet]:
    """The report as Excel sheets: the comparison, outcomes by checkpoint and group, money
    by month."""
    cur, prev = report.current, report.previous
    summary = Sheet(
        "Yhteenveto",
        [
            SheetColumn("Luku"),
            SheetColumn(_period_text(cur), CellKind.NUMBER),
            SheetColumn(_period_text(prev), CellKind.NUMBER),
        ],
        [
            ["Alkaneet työsuhteet", len(cur.total.started), len(prev.total.started)],
            ["Päättyneet työsuhteet", len(cur.total.ended), len(prev.total.ended)],
            ["Päättyneet siirtosopimukset", len(cur.transfers.ended), len(prev.transfers.ended)],
            [
                "Siirtosopimuksista työllistyi",
                len(cur.transfers.employed),
                len(prev.transfers.employed),
            ],
            *[
                [
                    f"Työllistyneet, {c.label.lower()}",
                    cur.total.checkpoints[c].employed,
                    prev.total.checkpoints[c].employed,
                ]
                for c in OutcomeCheckpoint
            ],
            *[
                [
                    f"Erääntyneet kohdat, {c.label.lower()}",
                    cur.total.checkpoints[c].due,
                    prev.total.checkpoints[c].due,
                ]
                for c in OutcomeCheckpoint
            ],
        ],
    )
    money_sheet = Sheet(
        "Rahat",
        [
            SheetColumn("Erä"),
            SheetColumn(_period_text(cur), CellKind.MONEY),
            SheetColumn(_period_text(prev), CellKind.MONEY),
        ],
        [
            ["Kemi-lisää päätetty", cur.money.kemi_lisa_decided, prev.money.kemi_lisa_decided],
            ["Työllistämisbonuksia päätetty", cur.money.bonus_decided, prev.money.bonus_decided],
            [
                "Takaisinperintöjä päätetty",
                cur.money.recovered_decided,
                prev.money.recovered_decided,
            ],
            ["Kemi-lisää maksettu", cur.money.kemi_lisa_paid, prev.money.kemi_lisa_paid],
            ["Työllistämisbonuksia maksettu", cur.money.bonus_paid, prev.money.bonus_paid],
            ["Kustannus työsuhdetta kohden", cur.cost_per_placement, prev.cost_per_placement],
            ["Kustannus työllistymistä kohden", cur.cost_per_employment, prev.cost_per_employment],
        ],
    )
    outcome_rows = []
    for group in cur.groups:
        for checkpoint in OutcomeCheckpoint:
            counts = group.checkpoints[checkpoint]
            for cell in OUTCOME_ORDER:
                share = counts.share(cell)
                outcome_rows.append([
                    group.group, checkpoint.label, cell.label, counts.count(cell),
                    None if share is None else Decimal(round(share * 100, 1)).quantize(
                        Decimal("0.1")),
                ])  # fmt: skip
    outcomes = Sheet(
        "Tulokset",
        [SheetColumn(report.grouping.label), SheetColumn("Tarkistuskohta"), SheetColumn("Tulos"),
         SheetColumn("Lukumäärä", CellKind.NUMBER), SheetColumn("Osuus %", CellKind.NUMBER)],
        outcome_rows,
    )  # fmt: skip
    months = Sheet(
        "Kuukausittain",
        [SheetColumn("Kuukausi", CellKind.DATE), SheetColumn("Maksettu", CellKind.MONEY),
         SheetColumn("Maksettu vuoden alusta", CellKind.MONEY),
         SheetColumn("Määräraha", CellKind.MONEY)],
        [[m.month, m.paid, m.paid_to_date, m.appropriation or None] for m in report.months],
    )  # fmt: skip
    return [summary, money_sheet, outcomes, months]


def _period_text(figures: PeriodFigures) -> str:
    return f"{format_date(figures.period.start)}–{format_date(figures.period.end)}"
