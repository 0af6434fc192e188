"""Effectiveness: what became of the people after their placement, counted for a period.

Pure: the service hands in one `PlacementFacts` per placement and the money figures; this
module counts. The method (also printed in the year report):

- Counted are the placements with Kemi-lisä (a grant or partial grant): the office follows
  those up. A placement belongs to a period by its start (started) and by its effective end (ended:
  the actual end date when it ended early, else the planned end).
- Outcomes are looked at for the placements that ENDED in the period, at three checkpoints:
  at the end, 3 months after it and 6 months after it. A checkpoint whose day is after the
  report day is *not yet due* and is never counted as a failure; a due checkpoint without a
  recorded outcome is *not recorded*. Shares are of the due checkpoints.
- Employment outcomes: a job at a company, another open-market job, or continuing at the
  association with its own funds.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from kemidesk.domain.dates import add_months, month_end
from kemidesk.domain.transfers import TransferCounts
from kemidesk.domain.types import (
    DecisionType,
    EmployerType,
    OutcomeCheckpoint,
    OutcomeStatus,
    TargetGroup,
)

CHECKPOINT_MONTHS = {OutcomeCheckpoint.END: 0, OutcomeCheckpoint.PLUS_3: 3,
                     OutcomeCheckpoint.PLUS_6: 6}  # fmt: skip
EMPLOYMENT = frozenset(
    {OutcomeStatus.COMPANY_JOB, OutcomeStatus.OTHER_JOB, OutcomeStatus.CONTINUED_OWN_FUNDS}
)


class Pending(StrEnum):
    """A checkpoint without an outcome to count."""

    NOT_DUE = "not_due"  # its day has not come
    NOT_RECORDED = "not_recorded"  # due, but nothing recorded

    @property
    def label(self) -> str:
        return "Ei vielä ajankohtainen" if self is Pending.NOT_DUE else "Ei kirjattu"


Cell = OutcomeStatus | Pending
OUTCOME_ORDER: tuple[Cell, ...] = (
    OutcomeStatus.COMPANY_JOB,
    OutcomeStatus.OTHER_JOB,
    OutcomeStatus.CONTINUED_OWN_FUNDS,
    OutcomeStatus.EDUCATION,
    OutcomeStatus.OTHER_SERVICE,
    OutcomeStatus.UNEMPLOYED,
    OutcomeStatus.UNKNOWN,
    Pending.NOT_RECORDED,
    Pending.NOT_DUE,
)


class Grouping(StrEnum):
    NONE = "none"
    EMPLOYER_TYPE = "employer_type"
    TARGET_GROUP = "target_group"
    ASSOCIATION = "association"
    RING = "ring"

    @property
    def label(self) -> str:
        return {
            "none": "Kaikki yhteensä",
            "employer_type": "Työnantajan tyyppi",
            "target_group": "Kohderyhmä",
            "association": "Työnantaja",
            "ring": "Työnantajarengas",
        }[self.value]


@dataclass(frozen=True)
class PlacementFacts:
    placement_id: int
    association_name: str
    employer_type: EmployerType
    ring_name: str | None
    target_groups: tuple[TargetGroup, ...]
    start: date
    end: date | None  # effective end
    outcomes: dict[OutcomeCheckpoint, OutcomeStatus] = field(default_factory=dict)


@dataclass(frozen=True)
class Period:
    start: date
    end: date  # inclusive

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.start <= day <= self.end

    def previous(self) -> Period:
        """The period of the same length just before this one: whole months give the same
        number of whole months before (a year the year before); other periods the same
        number of days."""
        if self.start.day == 1 and self.end == month_end(self.end):
            months = (self.end.year - self.start.year) * 12 + self.end.month - self.start.month + 1
            start = add_months(self.start, -months)
            return Period(start, month_end(add_months(start, months - 1)))
        length = self.end.toordinal() - self.start.toordinal()
        end = date.fromordinal(self.start.toordinal() - 1)
        return Period(date.fromordinal(end.toordinal() - length), end)


def outcome_at(facts: PlacementFacts, checkpoint: OutcomeCheckpoint, today: date) -> Cell:
    recorded = facts.outcomes.get(checkpoint)
    if recorded is not None:
        return recorded
    if facts.end is None or add_months(facts.end, CHECKPOINT_MONTHS[checkpoint]) > today:
        return Pending.NOT_DUE
    return Pending.NOT_RECORDED


@dataclass(frozen=True)
class CheckpointCounts:
    """The outcomes of one checkpoint for one group, with the placements behind each."""

    checkpoint: OutcomeCheckpoint
    ids: dict[Cell, tuple[int, ...]]

    def count(self, cell: Cell) -> int:
        return len(self.ids.get(cell, ()))

    @property
    def due(self) -> int:
        return sum(len(v) for k, v in self.ids.items() if k is not Pending.NOT_DUE)

    @property
    def employed(self) -> int:
        return sum(len(v) for k, v in self.ids.items() if k in EMPLOYMENT)

    @property
    def employed_ids(self) -> tuple[int, ...]:
        return tuple(i for k, v in self.ids.items() if k in EMPLOYMENT for i in v)

    def share(self, cell: Cell) -> float | None:
        """Share of the due checkpoints (None when none is due or for not-due)."""
        if cell is Pending.NOT_DUE or not self.due:
            return None
        return self.count(cell) / self.due

    @property
    def employed_share(self) -> float | None:
        return self.employed / self.due if self.due else None


@dataclass(frozen=True)
class GroupFigures:
    group: str
    started: tuple[int, ...]
    ended: tuple[int, ...]
    checkpoints: dict[OutcomeCheckpoint, CheckpointCounts]


@dataclass(frozen=True)
class Money:
    """Cents in the period."""

    kemi_lisa_decided: int = 0
    bonus_decided: int = 0
    kemi_lisa_paid: int = 0
    bonus_paid: int = 0
    recovered_decided: int = 0

    @property
    def paid(self) -> int:
        return self.kemi_lisa_paid + self.bonus_paid


@dataclass(frozen=True)
class PeriodFigures:
    period: Period
    groups: tuple[GroupFigures, ...]  # the chosen grouping; the first row is the total
    money: Money
    # transfer agreements ended in the period
    transfers: TransferCounts = field(default_factory=TransferCounts)

    @property
    def total(self) -> GroupFigures:
        return self.groups[0]

    @property
    def cost_per_placement(self) -> int | None:
        """Money paid in the period per placement that ran in it (started or ended in it,
        or running across it)."""
        ran = len(set(self.total.started) | set(self.total.ended))
        return round(self.money.paid / ran) if ran else None

    @property
    def cost_per_employment(self) -> int | None:
        """Money paid in the period per employment outcome at the end checkpoint of the
        placements that ended in it."""
        employed = self.total.checkpoints[OutcomeCheckpoint.END].employed
        return round(self.money.paid / employed) if employed else None


def _group_keys(facts: PlacementFacts, grouping: Grouping) -> Iterable[str]:
    if grouping is Grouping.EMPLOYER_TYPE:
        return (facts.employer_type.label,)
    if grouping is Grouping.TARGET_GROUP:
        return tuple(g.label for g in facts.target_groups) or ("Ei kohderyhmää",)
    if grouping is Grouping.ASSOCIATION:
        return (facts.association_name,)
    if grouping is Grouping.RING:
        return (facts.ring_name or "Ei rengasta",)
    return ()


def _figures(name: str, facts: Sequence[PlacementFacts], period: Period,
             today: date) -> GroupFigures:  # fmt: skip
    ended = [f for f in facts if f.end in period]
    checkpoints: dict[OutcomeCheckpoint, CheckpointCounts] = {}
    for checkpoint in OutcomeCheckpoint:
        ids: dict[Cell, list[int]] = {}
        for f in ended:
            ids.setdefault(outcome_at(f, checkpoint, today), []).append(f.placement_id)
        checkpoints[checkpoint] = CheckpointCounts(
            checkpoint, {k: tuple(v) for k, v in ids.items()}
        )
    return GroupFigures(
        name,
        tuple(f.placement_id for f in facts if f.start in period),
        tuple(f.placement_id for f in ended),
        checkpoints,
    )


def period_figures(
    facts: Sequence[PlacementFacts],
    period: Period,
    today: date,
    money: Money,
    grouping: Grouping = Grouping.NONE,
    sort_key: Callable[[str], object] = str.lower,
) -> PeriodFigures:
    """The total first, then one row per group (a placement in two target groups counts in
    both; groups sorted by name)."""
    groups = [_figures("Yhteensä", facts, period, today)]
    if grouping is not Grouping.NONE:
        members: dict[str, list[PlacementFacts]] = {}
        for f in facts:
            for key in _group_keys(f, grouping):
                members.setdefault(key, []).append(f)
        for key in sorted(members, key=sort_key):
            figures = _figures(key, members[key], period, today)
            if figures.started or figures.ended:
                groups.append(figures)
    return PeriodFigures(period, tuple(groups), money)


@dataclass(frozen=True)
class MonthMoney:
    month: date  # the first day
    paid: int  # cents paid in the month
    paid_to_date: int  # cents paid from the start of the year to the month's end
    appropriation: int  # the year's appropriation (0: not set)


@dataclass(frozen=True)
class KindCount:
    kind: DecisionType
    count: int
    total_cents: int


@dataclass(frozen=True)
class YearFigures:
    """What the year report adds to the effectiveness figures."""

    appropriation: int
    committed: int  # decided from the year's appropriation (with amendments)
    paid: int
    decisions: tuple[KindCount, ...]
    people: int  # different people with a placement running in the year
    running: int  # placements running at some time in the year


@dataclass(frozen=True)
class EffectivenessReport:
    today: date
    grouping: Grouping
    current: PeriodFigures
    previous: PeriodFigures
    months: tuple[MonthMoney, ...]  # the current period month by month
    year: YearFigures | None = None  # only in the year report
    # By employer only: employer name → people who attended employer trainings held in the
    # period, shown beside that employer's outcomes.
    training_attendance: Mapping[str, int] = field(default_factory=dict)


METHOD_NOTE = (
    "Mukana ovat työsuhteet, joille on myönnetty Kemi-lisää. Työsuhde kuuluu kaudelle "
    "alkamispäivänsä mukaan (alkaneet) ja todellisen tai suunnitellun "
    "päättymispäivänsä mukaan (päättyneet). Tulokset katsotaan kaudella päättyneistä "
    "työsuhteista kolmessa kohdassa: päättyessä sekä 3 ja 6 kuukautta päättymisen jälkeen. "
    "Kohta, jonka päivä ei ole vielä tullut, näytetään ”ei vielä ajankohtainen” eikä sitä "
    "lasketa epäonnistumiseksi; erääntynyt kohta ilman kirjausta on ”ei kirjattu”. Osuudet "
    "lasketaan erääntyneistä kohdista. Työllistymiseksi lasketaan työ yrityksessä, muu työ "
    "avoimilla työmarkkinoilla ja jatkaminen järjestössä omin varoin. Kustannus työsuhdetta "
    "kohden on kaudella maksettu Kemi-lisä ja työllistämisbonus jaettuna kaudella alkaneiden "
    "ja päättyneiden työsuhteiden määrällä; kustannus työllistymistä kohden jaetaan "
    "päättyessä kirjattujen työllistymisten määrällä."
)


def outcome_counter(figures: GroupFigures, checkpoint: OutcomeCheckpoint) -> Counter[Cell]:
    counts = figures.checkpoints[checkpoint]
    return Counter({cell: counts.count(cell) for cell in OUTCOME_ORDER})


def cell_label(cell: Cell) -> str:
    return cell.label
