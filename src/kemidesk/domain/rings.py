"""Employer rings: the weekly hours over the members, and proposals of rings made of needs too
small to make a job alone.

How proposals are formed (`propose_rings`):

1. Candidates are the open needs under the minimum weekly hours (18 h by the rules).
2. Two needs are *compatible* when
   - their tasks are of a common family (`TASK_FAMILIES`: kitchen, cleaning, property and
     yard, recycling and shop, office, care and guidance, events and culture, transport), or,
     when neither names a family, their tasks and skills share a word;
   - their workplaces are near each other: the same area, or (no area given) the same
     postcode;
   - their periods overlap (a missing date is open).
   A ring joins only needs that are pairwise compatible, of different associations.
3. Greedy, largest first: each need in turn (most hours first) starts a group; the compatible
   needs are added, most hours first, until the total reaches the minimum, with at most
   `MAX_MEMBERS` members and at most `MAX_HOURS` hours. A group that reaches the minimum is a
   proposal and its needs are used; a group that does not is dropped.
4. A group the officer has already rejected (its needs' ids) is not proposed again: the
   seed tries again without the need added last; the needs may still form other groups.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from kemidesk.domain.matching import NeedFacts, stems

MAX_MEMBERS = 4
MAX_HOURS = Decimal(40)

# Task families by word stem (first five letters, see domain.matching.stems).
TASK_FAMILIES: dict[str, frozenset[str]] = {
    "kitchen": stems(
        "keittiö keittiöapulainen ruoka ruoanlaitto ruokailu kahvio kahvila "
        "leipominen astiahuolto tarjoilu"
    ),
    "cleaning": stems("siivous siivooja puhdistus pyykki pyykkihuolto"),
    "property": stems(
        "kiinteistö kiinteistöhuolto piha pihatyöt lumityöt nurmikko "
        "puutarha korjaus huolto remontti"
    ),
    "recycling": stems("kierrätys kirpputori myymälä myynti lajittelu kassa varasto hyllytys"),
    "office": stems("toimisto arkistointi atk tietokone asiakaspalvelu puhelin vastaanotto"),
    "care": stems("ohjaus vapaaehtoinen avustaja ikäihmiset vanhus lapset nuoriso kerho virkistys"),
    "culture": stems("tapahtuma tapahtumat kulttuuri museo liikunta urheilu järjestely"),
    "transport": stems("kuljetus ajo kuljettaja jakelu lähetti"),
}


def task_families(words: Collection[str]) -> frozenset[str]:
    return frozenset(name for name, family in TASK_FAMILIES.items() if family & set(words))


def ring_hours(member_hours: Iterable[Decimal]) -> Decimal:
    """The weekly hours of a ring job: the sum over its members."""
    return sum(member_hours, Decimal(0))


def periods_overlap(
    a_start: date | None, a_end: date | None, b_start: date | None, b_end: date | None
) -> bool:
    start = max(d for d in (a_start, b_start, date.min) if d is not None)
    end = min(d for d in (a_end, b_end, date.max) if d is not None)
    return start <= end


def tasks_compatible(a: NeedFacts, b: NeedFacts) -> bool:
    fa, fb = task_families(a.task_words), task_families(b.task_words)
    if fa or fb:
        return bool(fa & fb)
    return bool(a.words & b.words)


@dataclass(frozen=True)
class RingNeed:
    """A need as the proposals see it: the matching facts plus where and whose it is."""

    facts: NeedFacts
    association_id: int
    postcode: str

    @property
    def id(self) -> int:
        return self.facts.id


def near(a: RingNeed, b: RingNeed) -> bool:
    if a.facts.area and b.facts.area:
        return a.facts.area.casefold() == b.facts.area.casefold()
    return bool(a.postcode) and a.postcode == b.postcode


def compatible(a: RingNeed, b: RingNeed) -> bool:
    return (
        a.association_id != b.association_id
        and near(a, b)
        and periods_overlap(
            a.facts.start_date, a.facts.end_date, b.facts.start_date, b.facts.end_date
        )
        and tasks_compatible(a.facts, b.facts)
    )


def need_key(need_ids: Iterable[int]) -> str:
    """The stored key of a group of needs: their ids sorted ("3,7,12")."""
    return ",".join(str(i) for i in sorted(need_ids))


@dataclass(frozen=True)
class Proposal:
    needs: tuple[RingNeed, ...]

    @property
    def key(self) -> str:
        return need_key(n.id for n in self.needs)

    @property
    def hours(self) -> Decimal:
        return ring_hours(n.facts.hours_per_week for n in self.needs)

    @property
    def start(self) -> date | None:
        starts = [n.facts.start_date for n in self.needs if n.facts.start_date is not None]
        return max(starts) if starts else None

    @property
    def end(self) -> date | None:
        ends = [n.facts.end_date for n in self.needs if n.facts.end_date is not None]
        return min(ends) if ends else None

    @property
    def lead(self) -> RingNeed:
        """The suggested lead employer: the member with the most hours (then the first)."""
        return max(self.needs, key=lambda n: (n.facts.hours_per_week, -n.id))


def group_problems(needs: Sequence[RingNeed], min_hours: Decimal) -> list[str]:
    """Why these needs cannot make a ring (codes; empty when they can)."""
    problems = []
    if len(needs) < 2:
        problems.append("RING_TOO_FEW_MEMBERS")
    if ring_hours(n.facts.hours_per_week for n in needs) < min_hours:
        problems.append("RING_HOURS_TOO_LOW")
    if ring_hours(n.facts.hours_per_week for n in needs) > MAX_HOURS:
        problems.append("RING_HOURS_TOO_HIGH")
    pairs = [(a, b) for i, a in enumerate(needs) for b in needs[i + 1 :]]
    if any(not compatible(a, b) for a, b in pairs):
        problems.append("RING_NEEDS_INCOMPATIBLE")
    return problems


def propose_rings(
    needs: Iterable[RingNeed], min_hours: Decimal, rejected: Collection[str] = ()
) -> list[Proposal]:
    """Proposed rings from the needs under `min_hours` (see the module doc)."""
    small = sorted(
        (n for n in needs if n.facts.hours_per_week < min_hours),
        key=lambda n: (-n.facts.hours_per_week, n.id),
    )
    used: set[int] = set()
    proposals: list[Proposal] = []
    for seed in small:
        if seed.id in used:
            continue
        skipped: set[int] = set()
        while True:
            group = _grow(seed, small, used | skipped, min_hours)
            if group is None:
                break
            proposal = Proposal(tuple(sorted(group, key=lambda n: n.id)))
            if proposal.key not in rejected:
                used.update(n.id for n in group)
                proposals.append(proposal)
                break
            skipped.add(group[-1].id)  # rejected: try without the need added last
    return proposals


def _grow(
    seed: RingNeed, small: Sequence[RingNeed], excluded: Collection[int], min_hours: Decimal
) -> list[RingNeed] | None:
    """The seed and the compatible needs added most hours first until the minimum is reached;
    None when it is not."""
    group = [seed]
    total = seed.facts.hours_per_week
    for other in small:
        if total >= min_hours or len(group) >= MAX_MEMBERS:
            break
        if other.id in excluded or other.id == seed.id or other in group:
            continue
        if total + other.facts.hours_per_week > MAX_HOURS:
            continue
        if all(compatible(member, other) for member in group):
            group.append(other)
            total += other.facts.hours_per_week
    if total < min_hours or len(group) < 2:
        return None
    return group
