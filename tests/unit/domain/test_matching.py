"""Matching: each reason moves the rank the way it says; the fast points equal the explained."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from kemidesk.domain import matching as m
from kemidesk.domain.types import TargetGroup

TODAY = date(2026, 9, 1)


def need(**changes: object) -> m.NeedFacts:
    values: dict[str, object] = {
        "id": 1,
        "association_name": "Kemin Kierrätys ry",
        "tasks": "Kirpputorin myynti ja lajittelu",
        "skills": "asiakaspalvelu",
        "hours_per_week": Decimal(25),
        "start_date": date(2026, 10, 1),
        "end_date": None,
        "area": "Keskusta",
        "suits_partial_ability": False,
    }
    values.update(changes)
    return m.NeedFacts.build(**values)


def seeker(**changes: object) -> m.SeekerFacts:
    values: dict[str, object] = {
        "person_id": 1,
        "name": "Aalto Aino",
        "hours_min": Decimal(20),
        "hours_max": Decimal(30),
        "available_from": None,
        "area": "Keskusta",
        "target_groups": (TargetGroup.LONG_TERM_UNEMPLOYED,),
        "kemi_resident": True,
        "partial_work_ability": False,
        "last_placement_end": None,
        "words": m.stems("myyntityö, asiakaspalvelu", "kierrätys"),
        "restriction_words": frozenset(),
    }
    values.update(changes)
    return m.SeekerFacts(**values)  # type: ignore[arg-type]


def codes(n: m.NeedFacts, s: m.SeekerFacts) -> list[str]:
    return [r.code for r in m.score(n, s, TODAY)[1]]


def test_a_good_pair_has_every_positive_reason() -> None:
    points, reasons = m.score(need(), seeker(), TODAY)
    assert [r.code for r in reasons] == [
        "MATCH_ELIGIBLE",
        "MATCH_HOURS_FIT",
        "MATCH_SHARED_WORDS",
        "MATCH_SAME_AREA",
        "MATCH_NEVER_PLACED",
    ]
    # 30 eligible + 20 hours + 2 shared words (myynt, asiak) × 8 + 10 area + 15 never placed
    assert points == 30 + 20 + 16 + 10 + 15
    assert "Kemi-lisän kohderyhmä" in reasons[0].text


def test_each_reason_ranks_down_when_it_fails() -> None:
    best = m.score(need(), seeker(), TODAY)[0]
    worse = {
        "MATCH_NOT_ELIGIBLE": seeker(target_groups=()),
        "MATCH_HOURS_OFF": seeker(hours_min=Decimal(30), hours_max=Decimal(37)),
        "MATCH_RESTRICTION_CONFLICT": seeker(restriction_words=m.stems("ei lajittelua")),
        "MATCH_WAITING": seeker(last_placement_end=date(2026, 6, 1)),
        "MATCH_AVAILABLE_LATER": seeker(available_from=date(2026, 12, 1)),
    }
    for code, other in worse.items():
        points, reasons = m.score(need(), other, TODAY)
        assert points < best, code
        assert code in [r.code for r in reasons]
    assert "MATCH_SAME_AREA" not in codes(need(), seeker(area="Karihaara"))
    assert "MATCH_SHARED_WORDS" not in codes(need(), seeker(words=m.stems("metsätyöt")))


def test_not_resident_is_not_eligible() -> None:
    assert "MATCH_NOT_ELIGIBLE" in codes(need(), seeker(kemi_resident=False))


def test_restriction_reason_does_not_repeat_the_restriction() -> None:
    s = seeker(restriction_words=m.stems("ei lajittelua, selkävaiva"))
    text = " ".join(r.text for r in m.score(need(), s, TODAY)[1])
    assert "selkä" not in text
    assert "lajittelua" not in text


def test_waiting_longer_ranks_higher_and_ties_break_by_wait() -> None:
    recent = seeker(person_id=2, name="B", last_placement_end=date(2026, 7, 1))
    long_ago = seeker(person_id=3, name="C", last_placement_end=date(2025, 1, 1))
    ranked = m.rank_seekers(need(), [recent, long_ago], TODAY)
    assert [x.seeker.person_id for x in ranked] == [3, 2]
    assert ranked[0].points > ranked[1].points


def test_rank_needs_orders_needs_for_a_seeker() -> None:
    far = need(id=2, area="Karihaara", tasks="Metsätyöt", skills="")
    near = need(id=3)
    ranked = m.rank_needs(seeker(), [far, near], TODAY)
    assert [x.need.id for x in ranked] == [3, 2]
    assert ranked[0].reason_text


def test_limit_keeps_the_best() -> None:
    many = [
        seeker(person_id=i, name=f"N{i:03d}", hours_min=Decimal(18 + i % 10)) for i in range(60)
    ]
    top = m.rank_seekers(need(), many, TODAY, limit=5)
    everyone = m.rank_seekers(need(), many, TODAY, limit=None)
    assert top == everyone[:5]
    assert [x.points for x in everyone] == sorted((x.points for x in everyone), reverse=True)


hours = st.decimals(min_value=1, max_value=40, places=1)


@given(
    need_hours=hours,
    low=hours,
    span=st.decimals(min_value=0, max_value=20, places=1),
    eligible=st.booleans(),
    partial=st.booleans(),
    suits=st.booleans(),
    area=st.sampled_from(["", "Keskusta", "Karihaara"]),
    last=st.one_of(st.none(), st.dates(date(2020, 1, 1), date(2026, 8, 31))),
    available=st.one_of(st.none(), st.dates(date(2026, 1, 1), date(2027, 12, 31))),
    words=st.sampled_from(["", "myynti", "siivous keittiö", "lajittelu"]),
)
def test_points_of_equals_the_explained_points(  # type: ignore[no-untyped-def]
    need_hours, low, span, eligible, partial, suits, area, last, available, words
) -> None:
    n = need(hours_per_week=need_hours, suits_partial_ability=suits, area=area)
    s = seeker(
        hours_min=low,
        hours_max=low + span,
        target_groups=(TargetGroup.UNDER_30,) if eligible else (),
        partial_work_ability=partial,
        area=area,
        last_placement_end=last,
        available_from=available,
        words=m.stems(words),
        restriction_words=m.stems(words[:6]),
    )
    assert m.points_of(n, s, TODAY) == m.score(n, s, TODAY)[0]


def test_stems_meet_across_inflections() -> None:
    assert m.stems("siivous") & m.stems("siivousta, siivoukset")
    assert m.stems("ja tai") == frozenset()
    assert replace(need(), words=frozenset()).words == frozenset()


@given(
    st.lists(
        st.tuples(
            st.decimals(min_value=0, max_value=30, places=0),
            st.booleans(),
            st.one_of(st.none(), st.dates(date(2024, 1, 1), date(2026, 8, 31))),
            st.sampled_from(["Aalto Aino", "Berg Bo", "Aalto Aino"]),
        ),
        max_size=40,
    ),
    st.integers(min_value=0, max_value=12),
)
def test_the_best_few_are_the_head_of_the_whole_ranking(  # type: ignore[no-untyped-def]
    specs, limit
) -> None:
    """Only the `limit` best are picked out of thousands (a heap, not a full sort): the same
    seekers in the same order as the head of the whole ranking, ties included."""
    seekers = [
        seeker(
            person_id=i,
            name=name,
            hours_min=low,
            hours_max=low + 5,
            target_groups=(TargetGroup.UNDER_30,) if young else (),
            last_placement_end=last,
        )
        for i, (low, young, last, name) in enumerate(specs, start=1)
    ]
    whole = m.rank_seekers(need(), seekers, TODAY, None)
    head = m.rank_seekers(need(), seekers, TODAY, limit)
    assert [x.seeker.person_id for x in head] == [x.seeker.person_id for x in whole[:limit]]
    assert [x.points for x in whole] == sorted((x.points for x in whole), reverse=True)
