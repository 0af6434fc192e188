"""Ring proposals: only groups that reach the minimum hours, of compatible needs, near each
other, with overlapping periods; rejected groups are not proposed again."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from kemidesk.domain import rings
from kemidesk.domain.matching import NeedFacts

MIN = Decimal(18)


def rn(
    i: int,
    hours: int | str,
    tasks: str,
    *,
    association: int | None = None,
    area: str = "Keskusta",
    postcode: str = "94100",
    start: date | None = date(2026, 9, 1),
    end: date | None = date(2027, 6, 30),
) -> rings.RingNeed:
    facts = NeedFacts.build(
        id=i,
        association_name=f"Yhdistys {i}",
        tasks=tasks,
        skills="",
        hours_per_week=Decimal(hours),
        start_date=start,
        end_date=end,
        area=area,
        suits_partial_ability=False,
    )
    return rings.RingNeed(facts, association if association is not None else i, postcode)


def test_two_small_kitchen_needs_make_a_ring() -> None:
    found = rings.propose_rings([rn(1, 10, "Keittiöapulainen"), rn(2, 8, "Kahvion tarjoilu")], MIN)
    assert len(found) == 1
    assert found[0].key == "1,2"
    assert found[0].hours == 18
    assert found[0].lead.id == 1


def test_no_proposal_under_the_minimum() -> None:
    assert rings.propose_rings([rn(1, 9, "Keittiö"), rn(2, 8, "Keittiö")], MIN) == []


def test_incompatible_tasks_are_not_joined() -> None:
    found = rings.propose_rings(
        [rn(1, 10, "Keittiöapulainen"), rn(2, 10, "Kuljetus ja jakelu")], MIN
    )
    assert found == []


def test_far_apart_or_not_overlapping_are_not_joined() -> None:
    assert (
        rings.propose_rings([rn(1, 10, "Siivous"), rn(2, 10, "Siivous", area="Tornio")], MIN) == []
    )
    late = rn(2, 10, "Siivous", start=date(2027, 9, 1), end=None)
    assert rings.propose_rings([rn(1, 10, "Siivous"), late], MIN) == []
    no_area = [
        rn(1, 10, "Siivous", area="", postcode="94200"),
        rn(2, 10, "Siivous", area="", postcode="94200"),
    ]
    assert len(rings.propose_rings(no_area, MIN)) == 1


def test_same_association_twice_is_not_a_ring() -> None:
    assert (
        rings.propose_rings(
            [rn(1, 10, "Siivous", association=5), rn(2, 10, "Siivous", association=5)], MIN
        )
        == []
    )


def test_needs_big_enough_alone_are_left_out() -> None:
    assert rings.propose_rings([rn(1, 20, "Siivous"), rn(2, 10, "Siivous")], MIN) == []


def test_rejected_group_is_not_proposed_again_but_its_needs_may_join_others() -> None:
    needs = [rn(1, 10, "Siivous"), rn(2, 9, "Siivous"), rn(3, 9, "Siivous")]
    first = rings.propose_rings(needs, MIN)
    assert [p.key for p in first] == ["1,2"]
    again = rings.propose_rings(needs, MIN, rejected={"1,2"})
    assert [p.key for p in again] == ["1,3"]
    assert rings.propose_rings(needs, MIN, rejected={"1,2", "1,3"})[0].key == "2,3"


def test_group_problems_name_what_is_wrong() -> None:
    assert rings.group_problems([rn(1, 10, "Siivous")], MIN) == [
        "RING_TOO_FEW_MEMBERS",
        "RING_HOURS_TOO_LOW",
    ]
    assert rings.group_problems([rn(1, 10, "Siivous"), rn(2, 10, "Kuljetus")], MIN) == [
        "RING_NEEDS_INCOMPATIBLE"
    ]
    assert rings.group_problems([rn(1, 10, "Siivous"), rn(2, 10, "Pyykkihuolto")], MIN) == []


TASKS = [
    "Keittiöapulainen",
    "Siivous",
    "Pihatyöt",
    "Kirpputori",
    "Toimistotyö",
    "Kuljetus",
    "Tapahtumat",
    "Kerho-ohjaus",
]
need_st = st.builds(
    lambda i, h, t, a, s: rn(
        i, h, t, association=i % 4, area=a, start=date(2026, 1 + s, 1), end=date(2026, 6 + s, 28)
    ),
    st.integers(1, 10_000),
    st.integers(2, 17),
    st.sampled_from(TASKS),
    st.sampled_from(["Keskusta", "Karihaara", "Ajos"]),
    st.integers(0, 6),
)


@given(st.lists(need_st, max_size=25, unique_by=lambda n: n.id))
def test_every_proposal_is_a_valid_ring(needs: list[rings.RingNeed]) -> None:
    seen: set[int] = set()
    for proposal in rings.propose_rings(needs, MIN):
        assert rings.group_problems(list(proposal.needs), MIN) == []
        assert proposal.hours >= MIN
        ids = {n.id for n in proposal.needs}
        assert not ids & seen  # a need is in one proposal at most
        seen |= ids
        families = [rings.task_families(n.facts.task_words) for n in proposal.needs]
        assert frozenset.intersection(*families)  # one family common to all
