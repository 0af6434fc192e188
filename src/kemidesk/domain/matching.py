"""Matching job seekers and recruitment needs, both ways, with the reasons of each rank.

Pure: the services give plain facts (`NeedFacts`, `SeekerFacts`); `score` returns the points
and the reasons (coded messages, rendered in Finnish by `domain.messages`). The points:

- Kemi-lisä target group and Kemi residence (the existing rules, `person_target_groups`): +30
- weekly hours of the need within the seeker's preferred range: +20; outside: −2 per hour off
  (at most −20)
- words shared by the need's tasks and skills and the seeker's skills and interests: +8 each
  (at most +24); words are compared by their first five letters, so Finnish inflections
  ("siivous", "siivousta") meet
- a restriction of the seeker that names a word of the need's tasks: −40 (the reason does not
  repeat the restriction: it is health-related); a need suitable for a partially able person
  and a seeker with partial work ability: +5
- the same area: +10
- waiting since the last placement: +1 per full month (at most +15); never placed: +15
- available only after the need starts: −10

Ties are broken by the longer wait, then by name (seekers) or by id (needs).
"""

from __future__ import annotations

import functools
import heapq
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import NamedTuple

from kemidesk.domain.messages import Message
from kemidesk.domain.types import TargetGroup

ELIGIBLE_POINTS = 30
HOURS_FIT_POINTS = 20
HOURS_OFF_PER_HOUR = 2
SHARED_WORD_POINTS = 8
SHARED_WORDS_MAX = 3
RESTRICTION_POINTS = -40
PARTIAL_FIT_POINTS = 5
AREA_POINTS = 10
WAIT_MONTH_POINTS = 1
WAIT_MAX_POINTS = 15
NOT_AVAILABLE_POINTS = -10
STEM = 5  # letters compared of each word

_WORD = re.compile(r"[a-zåäö]{3,}")
_STOP = frozenset({"ja", "tai", "sekä", "the", "and", "myös", "muu", "muut", "kanssa", "esim"})


@functools.lru_cache(maxsize=65536)
def _text_stems(text: str) -> frozenset[str]:
    return frozenset(w[:STEM] for w in _WORD.findall(text.lower()) if w not in _STOP)


@functools.lru_cache(maxsize=65536)
def stems(*texts: str) -> frozenset[str]:
    """The comparable word stems of free texts (lower case, first five letters). Texts
    repeat across thousands of seekers ("siivous", "asiakaspalvelu"): each is split once."""
    found: frozenset[str] = frozenset()
    for text in texts:
        if text:
            found = found | _text_stems(text)
    return found


def shown_words(need: NeedFacts, shared: frozenset[str]) -> list[str]:
    """The need's own words (as written in its tasks and skills) whose stems are shared."""
    out: dict[str, str] = {}
    for text in (need.tasks, need.skills):
        for word in _WORD.findall(text.lower()):
            stem = word[:STEM]
            if stem in shared and stem not in out:
                out[stem] = word
    return [
        out.get(stem, stem)
        for stem in sorted(shared, key=lambda s: list(out).index(s) if s in out else len(out))
    ]


@dataclass(frozen=True)
class NeedFacts:
    id: int
    association_name: str
    tasks: str
    skills: str
    hours_per_week: Decimal
    start_date: date | None
    end_date: date | None
    area: str
    suits_partial_ability: bool
    words: frozenset[str] = field(default=frozenset())  # stems of tasks and skills
    task_words: frozenset[str] = field(default=frozenset())  # stems of the tasks alone

    @classmethod
    def build(cls, **values: object) -> NeedFacts:
        tasks, skills = str(values.get("tasks", "")), str(values.get("skills", ""))
        values.setdefault("words", stems(tasks, skills))
        values.setdefault("task_words", stems(tasks))
        return cls(**values)  # type: ignore[arg-type]


class SeekerFacts(NamedTuple):
    """A seeker as matching sees it (a named tuple: thousands are made per ranking)."""

    person_id: int
    name: str
    hours_min: Decimal
    hours_max: Decimal
    available_from: date | None
    area: str
    target_groups: tuple[TargetGroup, ...]
    kemi_resident: bool
    partial_work_ability: bool
    last_placement_end: date | None
    words: frozenset[str]  # stems of skills and interests
    restriction_words: frozenset[str]  # stems of the restrictions (sensitive; never shown)

    @property
    def eligible(self) -> bool:
        return self.kemi_resident and bool(self.target_groups)


@dataclass(frozen=True)
class Match:
    """One ranked pair: the points and the reasons that make them."""

    need: NeedFacts
    seeker: SeekerFacts
    points: int
    reasons: tuple[Message, ...]

    @property
    def reason_text(self) -> str:
        return " ".join(r.text for r in self.reasons)


def months_between(earlier: date, later: date) -> int:
    months = (later.year - earlier.year) * 12 + later.month - earlier.month
    return max(0, months - (1 if later.day < earlier.day else 0))


def score(need: NeedFacts, seeker: SeekerFacts, today: date) -> tuple[int, list[Message]]:
    """The points of one pair and the reasons, in the fixed order of the module doc."""
    points = 0
    reasons: list[Message] = []
    if seeker.eligible:
        points += ELIGIBLE_POINTS
        reasons.append(Message("MATCH_ELIGIBLE", {"groups": list(seeker.target_groups)}))
    else:
        reasons.append(Message("MATCH_NOT_ELIGIBLE"))
    hours = need.hours_per_week
    if seeker.hours_min <= hours <= seeker.hours_max:
        points += HOURS_FIT_POINTS
        reasons.append(Message("MATCH_HOURS_FIT", {"hours": hours}))
    else:
        off = seeker.hours_min - hours if hours < seeker.hours_min else hours - seeker.hours_max
        penalty = min(HOURS_FIT_POINTS, int(off * HOURS_OFF_PER_HOUR))
        points -= penalty
        reasons.append(
            Message(
                "MATCH_HOURS_OFF",
                {"hours": hours, "min_hours": seeker.hours_min, "max_hours": seeker.hours_max},
            )
        )
    shared = need.words & seeker.words
    if shared:
        points += SHARED_WORD_POINTS * min(len(shared), SHARED_WORDS_MAX)
        reasons.append(Message("MATCH_SHARED_WORDS", {"words": shown_words(need, shared)}))
    if seeker.restriction_words & need.task_words:
        points += RESTRICTION_POINTS
        reasons.append(Message("MATCH_RESTRICTION_CONFLICT"))
    if need.suits_partial_ability and seeker.partial_work_ability:
        points += PARTIAL_FIT_POINTS
        reasons.append(Message("MATCH_SUITS_PARTIAL"))
    if need.area and seeker.area and need.area.casefold() == seeker.area.casefold():
        points += AREA_POINTS
        reasons.append(Message("MATCH_SAME_AREA", {"area": need.area}))
    if seeker.last_placement_end is None:
        points += WAIT_MAX_POINTS
        reasons.append(Message("MATCH_NEVER_PLACED"))
    else:
        months = months_between(seeker.last_placement_end, today)
        points += min(WAIT_MAX_POINTS, months * WAIT_MONTH_POINTS)
        reasons.append(Message("MATCH_WAITING", {"months": months}))
    starts = need.start_date or today
    if seeker.available_from is not None and seeker.available_from > starts:
        points += NOT_AVAILABLE_POINTS
        reasons.append(Message("MATCH_AVAILABLE_LATER", {"available": seeker.available_from}))
    return points, reasons


def points_of(need: NeedFacts, seeker: SeekerFacts, today: date) -> int:
    """The points of `score` without building the reasons (ranking thousands of seekers
    scores them all and explains only the ones shown; a test keeps the two equal)."""
    return scorer(need, today)(seeker)


def scorer(need: NeedFacts, today: date) -> Callable[[SeekerFacts], int]:
    """`points_of` for one need and day, with what depends only on them worked out once (the
    ranking calls it for every seeker)."""
    hours = need.hours_per_week
    words = need.words
    task_words = need.task_words
    partial_fits = need.suits_partial_ability
    area = need.area.casefold() if need.area else ""
    starts = need.start_date or today
    waits: dict[date, int] = {}

    def points(seeker: SeekerFacts) -> int:
        value = ELIGIBLE_POINTS if seeker.kemi_resident and seeker.target_groups else 0
        low, high = seeker.hours_min, seeker.hours_max
        if low <= hours <= high:
            value += HOURS_FIT_POINTS
        else:
            off = low - hours if hours < low else hours - high
            value -= min(HOURS_FIT_POINTS, int(off * HOURS_OFF_PER_HOUR))
        shared = words & seeker.words
        if shared:
            value += SHARED_WORD_POINTS * min(len(shared), SHARED_WORDS_MAX)
        if task_words and seeker.restriction_words & task_words:
            value += RESTRICTION_POINTS
        if partial_fits and seeker.partial_work_ability:
            value += PARTIAL_FIT_POINTS
        if area and seeker.area and area == seeker.area.casefold():
            value += AREA_POINTS
        end = seeker.last_placement_end
        if end is None:
            value += WAIT_MAX_POINTS
        else:
            wait = waits.get(end)
            if wait is None:
                wait = min(WAIT_MAX_POINTS, months_between(end, today) * WAIT_MONTH_POINTS)
                waits[end] = wait
            value += wait
        available = seeker.available_from
        if available is not None and available > starts:
            value += NOT_AVAILABLE_POINTS
        return value

    return points


def _wait_key(seeker: SeekerFacts) -> int:
    end = seeker.last_placement_end
    return -(end.toordinal() if end is not None else 0)


def rank_seekers(
    need: NeedFacts, seekers: Iterable[SeekerFacts], today: date, limit: int | None = 50
) -> list[Match]:
    """The seekers for one need, best first (the `limit` best; None: all)."""
    points = scorer(need, today)
    # Person ids are unique, so the tuples never compare the seekers themselves.
    scored = [(-points(s), _wait_key(s), s.name, s.person_id, s) for s in seekers]
    chosen = sorted(scored) if limit is None else heapq.nsmallest(limit, scored)
    matches = []
    for _p, _w, _n, _i, seeker in chosen:
        points, reasons = score(need, seeker, today)
        matches.append(Match(need, seeker, points, tuple(reasons)))
    return matches


def rank_needs(
    seeker: SeekerFacts, needs: Sequence[NeedFacts], today: date, limit: int | None = 50
) -> list[Match]:
    """The needs for one seeker, best first."""
    scored = []
    for need in needs:
        points, reasons = score(need, seeker, today)
        scored.append((-points, need.id, reasons, need))
    scored.sort(key=lambda item: item[:2])
    chosen = scored if limit is None else scored[:limit]
    return [Match(n, seeker, -p, tuple(r)) for p, _i, r, n in chosen]
