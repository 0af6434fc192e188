"""The window's and the command line's list reads, and the overview's, go through an index
(migration 12, issue #15): no full scan of the big tables (placement, decision, payment,
outcome, followup) where an index is meant to be used. A chunk read by ids is a primary key
search, not a walk along a date index; the ids of a list come from a covering index."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

import pytest

from kemidesk.db.connection import database_proxy
from kemidesk.services import associations, grants, overview, payments, placements, record_lists
from tests.unit.db.test_query_plans import plans_of

TODAY = date(2026, 11, 28)
BIG = ("placement", "decision", "payment", "outcome", "followup")
IDS = list(range(1, 200))


def _scans_of_big_tables(plan: str) -> list[str]:
    """`SCAN <big table>` steps without an index (a covering or ordering index is fine)."""
    found = []
    for step in plan.split(" | "):
        match = re.match(r"SCAN (\w+)( USING .*)?$", step)
        if match and match.group(2) is None:
            found.append(match.group(1))
    return found


def _aliases(sql: str) -> dict[str, str]:
    """Alias → table of a peewee statement ("payment" AS "t1")."""
    return dict((a, t) for t, a in re.findall(r'"(\w+)" AS "(\w+)"', sql))


CASES: dict[str, Callable[[], object]] = {
    "placement ids": lambda: record_lists.placement_ids(),
    "placement ids, first page": lambda: record_lists.placement_ids(limit=150),
    "decision ids": lambda: record_lists.decision_ids(),
    "decision ids, first page": lambda: record_lists.decision_ids(limit=150),
    "payment ids": lambda: payments.payment_ids(TODAY),
    "payment ids, first page": lambda: payments.payment_ids(TODAY, limit=150),
    "placements chunk": lambda: placements.list_placements(True, IDS, today=TODAY),
    "decisions chunk": lambda: grants.list_decisions(True, IDS),
    "payments chunk": lambda: payments.list_payments(ids=IDS),
    "payments of a decision": lambda: payments.list_payments(decision_id=1),
    "overview": lambda: overview.build_overview(TODAY),
    "associations": lambda: associations.list_associations(today=TODAY),
    # the tabs' pages of lines (each continues its index from the last row's key)
    "placement lines, first page": lambda: placements.placement_lines(False, TODAY, None, 150),
    "placement lines, a page": lambda: placements.placement_lines(
        False, TODAY, ("2026-01-01", 10**6), 2500
    ),
    "decision lines, a page": lambda: grants.decision_lines(False, ("2026-01-01", 10**6), 2500),
    "payment lines, a page": lambda: payments.payment_lines(
        TODAY, [("2026-01-01", 5)], ("2026-01-01", 10**6), 2500
    ),
    "recently paid keys": lambda: payments.recently_paid_keys(TODAY),
    "latest paid keys": lambda: payments.recently_paid_keys(TODAY, 150),
    "recently paid keys, a part": lambda: payments.recently_paid_keys_part(TODAY, 1, 3),
}
INDEXES = {  # the index each read is meant to use
    "placement ids": "placement_archived_start_date_id",
    "placement ids, first page": "placement_archived_start_date_id",
    "decision ids": "decision_archived_decision_date_id",
    "decision ids, first page": "decision_archived_decision_date_id",
    "payments chunk": "payment_decision_id_period_index",  # the last period of each row
    "payment ids, first page": "payment_status_period_start",  # started, newest first
    # the placements counted from the index alone (step 19), not read row by row
    "associations": "COVERING INDEX placement_association_id_start_date_end_date_actual_end_date",
    "placement lines, first page": "placement_archived_start_date_id",
    "placement lines, a page": "placement_archived_start_date_id",
    "decision lines, a page": "decision_archived_decision_date_id",
    "payment lines, a page": "payment_status_period_start",  # each status's part
    # the keys (period start, id) from the index alone (step 27), not each paid payment's row
    "recently paid keys": "COVERING INDEX payment_status_paid_on_amount_cents_period_start",
    "recently paid keys, a part": "COVERING INDEX payment_status_paid_on_amount_cents_period_start",
}  # (the overview's choices among its indexes follow the statistics of a real file)


@pytest.mark.sqlite_only
@pytest.mark.parametrize("name", list(CASES))
def test_list_read_uses_an_index(db: object, name: str) -> None:
    plans = plans_of(CASES[name])
    shown = "\n".join(f"{s}\n  → {p}" for s, p in plans)
    assert plans, name
    for sql, plan in plans:
        tables = {_aliases(sql).get(alias, alias) for alias in _scans_of_big_tables(plan)}
        assert not tables & set(BIG), f"{name}: full scan of {tables}\n{shown}"
        assert "USING INDEX placement_start_date" not in plan, shown  # a chunk walks by date
        assert "USING INDEX decision_decision_date" not in plan, shown
    if name in INDEXES:
        assert any(INDEXES[name] in plan for _sql, plan in plans), shown


# The overview's reads answered from covering indexes (migration 15): a decision row, with its
# rules, is about 1 kB, and the overview would otherwise read thousands of them.
OVERVIEW_COVERING = {
    "decision_decision_type_period_end_status_period_start_pl_ddf61fa": "the running grants",
    "decision_placement_id_decision_type_status_period_end": "a placement's grant (outcomes)",
    "decision_year_decision_type_status_total_cents": "the year's committed money",
    "payment_status_paid_on_amount_cents_period_start": "the year's paid money",
    "outcome_status_placement_id": "the outcomes that earn a bonus",
    # migration 22: the held payments and the claims to check. (Their decision's number and
    # employer come from "decision_id_number_association_id_placement_id", and the outcome checks'
    # placements from "placement_actual_end_date_archived_end_date_person_id_as_9b1f314", when
    # the statistics show thousands of rows, as on the large set; this test's few rows are
    # read by id or along the archived flag.)
    "payment_status_claim_received_on_id_decision_id_period_s_ef4ea4b": "held payments, claims",
}


@pytest.mark.sqlite_only
@pytest.mark.parametrize("index", list(OVERVIEW_COVERING))
def test_overview_reads_from_covering_indexes(db: object, index: str) -> None:
    plans = plans_of(lambda: overview.build_overview(TODAY))
    shown = "\n".join(f"{s}\n  → {p}" for s, p in plans)
    assert any(f"COVERING INDEX {index} " in plan for _sql, plan in plans), (
        f"{OVERVIEW_COVERING[index]}\n{shown}"
    )


@pytest.mark.sqlite_only
def test_overview_payments_come_in_the_index_order(db: object) -> None:
    """The held payments and the claims to check are read in the order shown (claim date, id)
    from the covering index of migration 22, not sorted afterwards."""
    plans = plans_of(lambda: overview.build_overview(TODAY))
    payment_reads = [
        (sql, plan) for sql, plan in plans if 'FROM "payment" AS "t1" INNER JOIN' in sql
    ]
    assert len(payment_reads) == 2, plans  # the claims to check, the held payments
    for sql, plan in payment_reads:
        assert "TEMP B-TREE" not in plan, f"{sql}\n  → {plan}"


# The planner's statistics of the large set (39 900 placements, 35 910 decisions, 204 554
# payments; `sqlite_stat1` after the ANALYZE of migrations 22 and 26), for the plans that
# depend on them.
LARGE_STATISTICS = (
    ("outcome", "outcome_status_placement_id", "32718 4674 2"),
    ("outcome", "outcome_placement_id_checkpoint", "32718 3 1"),
    ("outcome", "outcome_placement_id", "32718 3"),
    ("outcome", "outcome_uuid", "32718 1"),
    ("person", "person_hetu_archived", "120 2 2"),
    ("person", "person_archived", "120 120"),
    ("person", "person_last_name", "120 3"),
    ("person", "person_uuid", "120 1"),
    ("association", "association_archived", "25 25"),
    ("association", "association_business_id", "25 1"),
    ("association", "association_uuid", "25 1"),
    (
        "placement",
        "placement_actual_end_date_archived_end_date_person_id_as_9b1f314",
        "39900 3070 3070 454 268 266",
    ),
    (
        "placement",
        "placement_association_id_start_date_end_date_actual_end_date",
        "39900 1596 283 270 270",
    ),
    ("placement", "placement_coach_id", "39900 9975"),
    (
        "placement",
        "placement_coach_id_archived_start_date_id_end_date_actua_a3a7991",
        "39900 9975 9975 344 1 1 1 1 1",
    ),
    (
        "placement",
        "placement_id_person_id_association_id_archived_actual_en_4364b23",
        "39900 1 1 1 1 1 1",
    ),
    ("placement", "placement_pt_end", "39900 481"),
    ("placement", "placement_end_date", "39900 493"),
    ("placement", "placement_archived_start_date_id", "39900 39900 512 1"),
    ("placement", "placement_ring_id", "39900 39900"),
    ("placement", "placement_archived", "39900 39900"),
    ("placement", "placement_start_date", "39900 512"),
    ("placement", "placement_person_id", "39900 333"),
    ("placement", "placement_uuid", "39900 1"),
    (
        "payment",
        "payment_status_claim_received_on_id_decision_id_period_s_ef4ea4b",
        "204554 34093 513 1 1 1 1 1",
    ),
    ("payment", "payment_status_paid_on_amount_cents_period_start", "204554 34093 2765 1197 667"),
    ("payment", "payment_status_period_start", "204554 34093 1211"),
    ("payment", "payment_period_start_id", "204554 2131 1"),
    ("payment", "payment_decision_id_period_index", "204554 8 1"),
    ("payment", "payment_batch_id", "204554 2923"),
    ("payment", "payment_status", "204554 34093"),
    ("payment", "payment_decision_id", "204554 8"),
    ("payment", "payment_decision_id_status_amount_cents", "204554 8 5 4"),
    ("payment", "payment_uuid", "204554 1"),
    ("decision", "decision_id_number_association_id_placement_id", "35910 1 1 1 1"),
    ("decision", "decision_placement_id_decision_type_status_period_end", "35910 2 1 1 1"),
    (
        "decision",
        "decision_decision_type_period_end_status_period_start_pl_ddf61fa",
        "35910 5985 461 449 395 1 1",
    ),
    ("decision", "decision_parent_id_decision_type_status_total_cents", "35910 12 8 8 8"),
    ("decision", "decision_year_decision_type_status_total_cents", "35910 8978 1890 1710 678"),
    ("decision", "decision_period_end", "35910 529"),
    ("decision", "decision_archived_decision_date_id", "35910 35910 281 1"),
    ("decision", "decision_decision_date", "35910 281"),
    ("decision", "decision_application_id", "35910 367"),
    ("decision", "decision_association_id", "35910 1497"),
    ("decision", "decision_status", "35910 17955"),
    ("decision", "decision_unsent", "798 798 266 1 1 1 1 1"),
    ("decision", "decision_number", "35910 1"),
    ("decision", "decision_uuid", "35910 1"),
)


@pytest.mark.sqlite_only
@pytest.mark.parametrize(
    ("index", "what"),
    [
        (
            "decision_id_number_association_id_placement_id",
            "a payment line's decision number and employer",
        ),
        # migration 27: the unsent decisions from the partial index of them alone, not each
        # decision's row found through the status index
        ("decision_unsent", "unsent decisions"),
        ("placement_actual_end_date_archived_end_date_person_id_as_9b1f314", "outcome checks"),
        ("payment_status_claim_received_on_id_decision_id_period_s_ef4ea4b", "held payments"),
        # migration 26: the placements without a coach, from the index alone in their order
        ("placement_coach_id_archived_start_date_id_end_date_actua_a3a7991", "coach needed"),
        # … and the placements of the running grants and of the bonus proposals, by id
        (
            "placement_id_person_id_association_id_archived_actual_en_4364b23",
            "placements of grants, bonuses",
        ),
    ],
)
def test_overview_reads_from_covering_indexes_at_large(db: object, index: str, what: str) -> None:
    """With the large set's statistics (migrations 22, 26) the held payments' decisions, the
    outcome checks' placements and the placements needing a coach come from covering
    indexes, not from their rows."""
    _use_large_statistics()
    plans = plans_of(lambda: overview.build_overview(TODAY))
    shown = "\n".join(f"{s}\n  → {p}" for s, p in plans)
    assert any(f"COVERING INDEX {index} " in plan for _sql, plan in plans), f"{what}\n{shown}"


def _use_large_statistics() -> None:
    conn = database_proxy.obj.connection()
    conn.execute("ANALYZE")  # makes sqlite_stat1
    conn.execute("DELETE FROM sqlite_stat1")
    conn.executemany("INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES (?, ?, ?)", LARGE_STATISTICS)
    conn.execute("ANALYZE sqlite_schema")  # the planner reads the statistics again


@pytest.mark.sqlite_only
def test_coach_needed_comes_in_the_index_order(db: object) -> None:
    """The placements needing a coach are read along the covering index of migration 26 in
    the order shown (start, id), not sorted afterwards."""
    from kemidesk.services.coaches import placements_needing_coach

    _use_large_statistics()
    plans = plans_of(lambda: placements_needing_coach(TODAY))
    assert len(plans) == 1, plans
    sql, plan = plans[0]
    index = "placement_coach_id_archived_start_date_id_end_date_actua_a3a7991"
    searched = f"COVERING INDEX {index} (coach_id=? AND archived=? AND start_date<?)"
    assert searched in plan, f"{sql}\n  → {plan}"
    assert "TEMP B-TREE" not in plan, f"{sql}\n  → {plan}"


@pytest.mark.sqlite_only
@pytest.mark.parametrize(
    ("index", "what"),
    [
        ("payment_decision_id_status_amount_cents", "the money paid of each decision"),
        ("placement_id_person_id_association_id_archived_actual_en_4364b23", "a decision's person"),
    ],
)
def test_decision_lines_read_from_covering_indexes_at_large(
    db: object, index: str, what: str
) -> None:
    """A page of the Päätökset list sums each decision's paid money and finds its person from
    indexes alone (migration 26): no payment row or placement row read per line."""
    _use_large_statistics()
    plans = plans_of(CASES["decision lines, a page"])
    shown = "\n".join(f"{s}\n  → {p}" for s, p in plans)
    assert any(f"COVERING INDEX {index} " in plan for _sql, plan in plans), f"{what}\n{shown}"


@pytest.mark.sqlite_only
def test_payment_lines_find_their_person_from_an_index_at_large(db: object) -> None:
    """A page of the Maksut list reads its placements' person from (id, person) (migration
    26), not from the placement rows."""
    _use_large_statistics()
    plans = plans_of(CASES["payment lines, a page"])
    shown = "\n".join(f"{s}\n  → {p}" for s, p in plans)
    index = "placement_id_person_id_association_id_archived_actual_en_4364b23"
    assert any(f"COVERING INDEX {index} " in plan for _sql, plan in plans), shown


@pytest.mark.sqlite_only
@pytest.mark.parametrize(
    ("index", "what"),
    [
        ("decision_id_number_association_id_placement_id", "a line's decision"),
        ("placement_id_person_id_association_id_archived_actual_en_4364b23", "a line's person"),
    ],
)
def test_payment_lines_read_their_decision_from_an_index_at_large(
    db: object, index: str, what: str
) -> None:
    """A page of the Maksut list (and `kemidesk list payments`) reads its decisions' number,
    employer and placement from (id, number, association, placement) (migration 27), not from
    the decision rows (about 1 kB each)."""
    _use_large_statistics()
    reads = {"payment lines, a page": CASES["payment lines, a page"], "list": _listed_payments}
    for case, read in reads.items():
        plans = plans_of(read)
        shown = "\n".join(f"{s}\n  → {p}" for s, p in plans)
        assert any(f"COVERING INDEX {index} " in plan for _sql, plan in plans), (
            f"{case}: {what}\n{shown}"
        )


def _listed_payments() -> object:
    from kemidesk.services.listing import _straight_payments

    return list(_straight_payments(False))


@pytest.mark.sqlite_only
def test_the_printed_appropriation_walks_the_amendments_on_their_index(db: object) -> None:
    """A decision's copy says what was left of the year's appropriation before it. With the
    large set's statistics the amendments are read on the covering (parent, type, status,
    total) index and their parents looked up in the list of the year's ids from the covering
    year index: neither every decision before this one (a search by id), nor the parent
    index probed once for every id of the year, nor a row of the table read per parent."""
    from kemidesk.db.models import Decision
    from kemidesk.services.decision_content import appropriation_before
    from kemidesk.services.settings import set_appropriation

    set_appropriation(2026, "100 000,00")
    _use_large_statistics()
    decision = Decision(id=10, decision_date=date(2026, 3, 2))
    plans = plans_of(lambda: appropriation_before(decision))
    amended = [plan for sql, plan in plans if '"parent_id"' in sql]
    assert len(amended) == 1, plans
    assert amended[0] == (
        "SEARCH t1 USING COVERING INDEX decision_parent_id_decision_type_status_total_cents "
        "(parent_id>?) | LIST SUBQUERY 1 | "
        "SEARCH t2 USING COVERING INDEX decision_year_decision_type_status_total_cents (year=?)"
    ), amended[0]
