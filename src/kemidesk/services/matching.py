"""Matching: the ranked seekers of a need and the ranked needs of a seeker (the ranking and
its reasons are pure, in `domain.matching`; here the facts are fetched in few queries).

Ranking one need against every active seeker reads the seekers with one query (tuples, no
model objects) and each person's last placement end with a second one.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

import peewee

from kemidesk.db.models import (
    Association,
    JobSeeker,
    Person,
    Placement,
    RecruitmentNeed,
)
from kemidesk.db.rows import as_day, collector_paused, raw_rows
from kemidesk.domain.eligibility import person_target_groups, youth_cutoff
from kemidesk.domain.matching import (
    Match,
    NeedFacts,
    SeekerFacts,
    rank_needs,
    rank_seekers,
    stems,
)
from kemidesk.domain.types import NeedStatus, TargetGroup
from kemidesk.services.common import get_or_raise
from kemidesk.services.errors import NotFoundError
from kemidesk.services.settings import rules_for

MATCHABLE = (NeedStatus.OPEN, NeedStatus.MATCHED)


@dataclass(frozen=True)
class MatchRow:
    """One line of a match list: who or what, the points and the reasons in Finnish."""

    rank: int
    need_id: int
    association_id: int
    association_name: str
    tasks: str
    need_hours: Decimal
    person_id: int
    person_name: str
    points: int
    eligible: bool
    reasons: str


def _need_facts(n: RecruitmentNeed, association_name: str) -> NeedFacts:
    return NeedFacts.build(
        id=n.id,
        association_name=association_name,
        tasks=n.tasks,
        skills=n.skills,
        hours_per_week=n.hours_per_week,
        start_date=n.start_date,
        end_date=n.end_date,
        area=n.area,
        suits_partial_ability=n.suits_partial_ability,
    )


_decimal = functools.lru_cache(maxsize=256)(Decimal)


def seeker_facts(today: date, person_ids: list[int] | None = None) -> list[SeekerFacts]:
    """The active seekers as matching facts (restrictions only as word stems)."""
    rules = rules_for(today)
    query = (
        JobSeeker.select(
            Person.id,
            Person.last_name,
            Person.first_name,
            Person.tmt_days,
            Person.partial_work_ability,
            Person.birth_date,
            Person.kemi_resident,
            JobSeeker.hours_min,
            JobSeeker.hours_max,
            JobSeeker.available_from,
            JobSeeker.area,
            JobSeeker.skills,
            JobSeeker.interests,
            JobSeeker.restrictions,
        )
        .join(Person)
        .where((JobSeeker.active == True) & (Person.archived == False))  # noqa: E712
    )
    if person_ids is not None:
        query = query.where(Person.id.in_(person_ids))
    ends = last_ends(person_ids)
    out = []
    # The target groups depend only on these three facts; birth dates compare as ISO text.
    groups_cache: dict[tuple[bool, bool, bool], tuple[TargetGroup, ...]] = {}
    cutoff = youth_cutoff(today, rules)
    min_tmt = rules.min_tmt_days
    # The cursor's plain tuples: peewee's per-value converters cost more than the fetch.
    for (pid, last, first, tmt, partial, birth, resident, low, high, avail, area, skills,
         interests, restrictions) in raw_rows(query):  # fmt: skip
        partial = bool(partial)
        key = (
            tmt is not None and tmt >= min_tmt,
            partial,
            birth is not None and str(birth)[:10] > cutoff,
        )
        groups = groups_cache.get(key)
        if groups is None:
            groups = tuple(person_target_groups(tmt, partial, as_day(birth), today, rules))
            groups_cache[key] = groups
        out.append(
            SeekerFacts(
                pid,
                f"{last} {first}",
                _decimal(low),
                _decimal(high),
                as_day(avail),
                area,
                groups,
                bool(resident),
                partial,
                ends.get(pid),
                stems(skills, interests),
                stems(restrictions),
            )
        )
    return out


def last_ends(person_ids: list[int] | None = None) -> dict[int, date]:
    """Each person's latest placement end (actual, else planned, else start), as plain
    tuples (`seekers._last_ends` with no model objects: ranking reads them all)."""
    end = peewee.fn.MAX(
        peewee.fn.COALESCE(Placement.actual_end_date, Placement.end_date, Placement.start_date)
    )
    query = Placement.select(Placement.person, end).group_by(Placement.person)
    if person_ids is not None:
        query = query.where(Placement.person.in_(person_ids))
    return {pid: as_day(last) for pid, last in raw_rows(query) if last is not None}


def _rows(matches: list[Match], association_ids: dict[int, int]) -> list[MatchRow]:
    return [
        MatchRow(
            rank=i,
            need_id=m.need.id,
            association_id=association_ids.get(m.need.id, 0),
            association_name=m.need.association_name,
            tasks=" ".join(m.need.tasks.split()),
            need_hours=m.need.hours_per_week,
            person_id=m.seeker.person_id,
            person_name=m.seeker.name,
            points=m.points,
            eligible=m.seeker.eligible,
            reasons=m.reason_text,
        )
        for i, m in enumerate(matches, start=1)
    ]


def match_need(need_id: int, today: date | None = None, limit: int | None = 50) -> list[MatchRow]:
    """The seekers for one need, best first, with the reasons."""
    today = today or date.today()
    need = get_or_raise(RecruitmentNeed, need_id, "NEED_NOT_FOUND")
    facts = _need_facts(need, need.association.name)
    with collector_paused():
        matches = rank_seekers(facts, seeker_facts(today), today, limit)
    return _rows(matches, {need.id: need.association_id})


def match_person(
    person_id: int, today: date | None = None, limit: int | None = 50
) -> list[MatchRow]:
    """The open needs for one seeker, best first, with the reasons."""
    today = today or date.today()
    get_or_raise(Person, person_id, "PERSON_NOT_FOUND")
    seekers = seeker_facts(today, [person_id])
    if not seekers:
        raise NotFoundError("SEEKER_NOT_FOUND", person_id)
    query = (
        RecruitmentNeed.select(RecruitmentNeed, Association)
        .join(Association)
        .where(RecruitmentNeed.status.in_(MATCHABLE) & (RecruitmentNeed.placement.is_null()))
    )
    needs, owners = [], {}
    for n in query:
        needs.append(_need_facts(n, n.association.name))
        owners[n.id] = n.association_id
    return _rows(rank_needs(seekers[0], needs, today, limit), owners)
