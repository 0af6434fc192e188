"""The window's long lists read as lines (`db.rows.line_class`): pages of one ordered query
give the services' lists in their order, and each line's named values are the row's."""

from __future__ import annotations

from datetime import date

import pytest

from kemidesk.services import associations, grants, payments, people, placements

pytestmark = pytest.mark.usefixtures("demo_db")

TODAY = date(2026, 11, 28)


def _paged(include_archived: bool, size: int) -> list[tuple[object, ...]]:
    out: list[tuple[object, ...]] = []
    after = None
    while True:
        page = placements.placement_lines(include_archived, TODAY, after, size)
        out.extend(page)
        if len(page) < size:
            return out
        after = placements.placement_line_after(page[-1])


@pytest.mark.parametrize("include_archived", [False, True])
def test_placement_pages_are_the_list_in_its_order(include_archived: bool) -> None:
    rows = placements.list_placements(include_archived, today=TODAY)
    whole = placements.placement_lines(include_archived, TODAY)
    assert len(rows) > 20
    for size in (1, 7, 1000):
        assert _paged(include_archived, size) == whole
    line = placements.placement_line_class(TODAY)
    assert [line(x).id for x in whole] == [r.id for r in rows]


def test_placement_lines_name_the_rows_values() -> None:
    rows = placements.list_placements(True, today=TODAY)
    line = placements.placement_line_class(TODAY)
    names = (
        "id", "person_id", "person_name", "association_id", "association_name", "job_title",
        "start_date", "end_date", "actual_end_date", "effective_end", "hours_per_week",
        "monthly_wage_cents", "pt_percent", "pt_end", "status", "archived",
    )  # fmt: skip
    by_id = {line(x).id: line(x) for x in placements.placement_lines(True, TODAY)}
    for row in rows:
        got = by_id[row.id]
        assert {n: getattr(got, n) for n in names} == {n: getattr(row, n) for n in names}
        (alone,) = placements.placement_lines(False, TODAY, ids=[row.id])
        assert alone == tuple(got)
    assert type(by_id[rows[0].id].start_date) is date  # converted as peewee would


def _decision_pages(include_archived: bool, size: int) -> list[tuple[object, ...]]:
    out: list[tuple[object, ...]] = []
    after = None
    while True:
        page = grants.decision_lines(include_archived, after, size)
        out.extend(page)
        if len(page) < size:
            return out
        after = grants.decision_line_after(page[-1])


@pytest.mark.parametrize("include_archived", [False, True])
def test_decision_pages_are_the_list_in_its_order(include_archived: bool) -> None:
    rows = grants.list_decisions(include_archived)
    whole = grants.decision_lines(include_archived)
    assert len(rows) > 20
    for size in (1, 7, 1000):
        assert _decision_pages(include_archived, size) == whole
    assert [grants.DECISION_LINE(x).id for x in whole] == [r.id for r in rows]


def test_decision_lines_name_the_rows_values() -> None:
    rows = grants.list_decisions(True)
    names = (
        "id", "decision_type", "decision_date", "association_id", "association_name",
        "person_name", "period_start", "period_end", "monthly_amount_cents", "total_cents",
        "paid_cents", "status", "appeal_deadline", "archived",
    )  # fmt: skip
    line = grants.DECISION_LINE
    by_id = {line(x).id: line(x) for x in grants.decision_lines(True)}
    assert any(r.paid_cents for r in rows)
    for row in rows:
        got = by_id[row.id]
        assert {n: getattr(got, n) for n in names} == {n: getattr(row, n) for n in names}
        assert (got.number or "") == row.number
        (alone,) = grants.decision_lines(False, ids=[row.id])
        assert alone == tuple(got)


def test_payment_pages_are_the_list_in_its_order() -> None:
    ids = payments.payment_ids(TODAY)
    bounds = payments.recently_paid_keys(TODAY)
    whole = payments.payment_lines(TODAY, bounds)
    assert len(ids) > 20
    for size in (1, 2, 7, 1000):
        out: list[tuple[object, ...]] = []
        after = None
        while True:
            page = payments.payment_lines(TODAY, bounds, after, size)
            out.extend(page)
            if len(page) < size:
                break
            after = payments.payment_line_after(page[-1])
        assert out == whole
        # the first page from the latest paid only, as the tab reads it
        latest = payments.recently_paid_keys(TODAY, size)
        assert latest == bounds[:size]
        assert payments.payment_lines(TODAY, latest, None, size) == whole[:size]
    # the keys read in parts (one a step in the tab) are all of them, each once
    for parts in (1, 2, 3, 7):
        pieces = [payments.recently_paid_keys_part(TODAY, k, parts) for k in range(parts)]
        assert sorted(key for piece in pieces for key in piece) == sorted(bounds)
    assert sum(map(len, pieces)) == len(bounds) > 0
    line = payments.PAYMENT_LINE
    assert [line(x).id for x in whole] == ids
    names = (
        "id", "decision_number", "association_name", "person_name", "period_index",
        "period_start", "period_end", "amount_cents", "claim_due", "claim_received_on",
        "status", "batch_id", "held_reason",
    )  # fmt: skip
    by_id = {r.id: r for r in payments.list_payments(ids=ids)}
    for row, got in zip([by_id[i] for i in ids], map(line, whole), strict=True):
        assert {n: getattr(got, n) or "" for n in names} == {
            n: getattr(row, n) or "" for n in names
        }
    assert bounds  # some are paid lately: the paid part is read too


def test_a_pager_gives_the_list_in_pages_reading_each_key_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The tab's pager: its pages (the first from the latest paid, as the tab reads it) are
    the whole list in order, and each status's part is read `size` keys at a time only when
    needed: at most two statements a page and two more a part, where reading every part's
    next keys for each page took (parts + 1) a page."""
    from kemidesk.db.connection import database_proxy

    bounds = payments.recently_paid_keys(TODAY)
    whole = payments.payment_lines(TODAY, bounds)
    parts = len(payments._key_parts(TODAY, None))
    db = database_proxy.obj
    run = db.execute_sql
    statements: list[str] = []

    def counted(sql: str, params: object = None) -> object:
        statements.append(sql)
        return run(sql, params)

    for size in (1, 2, 7, 1000):
        pager = payments.PaymentPager(TODAY)
        out = pager.page(None, size, payments.recently_paid_keys(TODAY, size))
        monkeypatch.setattr(db, "execute_sql", counted)
        statements.clear()
        pages = 1
        while len(out) % size == 0 and out:
            page = pager.page(payments.payment_line_after(out[-1]), size, bounds)
            pages += 1
            out.extend(page)
            if len(page) < size:
                break
        monkeypatch.setattr(db, "execute_sql", run)
        assert out == whole
        key_reads = [sql for sql in statements if "IN (" not in sql]
        assert len(statements) - len(key_reads) <= pages  # the lines: one read a page
        assert len(key_reads) <= len(whole) // size + 2 * parts
        if size == 1:  # the old way read every part for every page
            assert len(statements) < pages * (parts + 1) / 2
    # a page after some other line starts the parts again from it
    pager = payments.PaymentPager(TODAY)
    pager.page(None, 3, bounds)
    later = payments.payment_line_after(whole[10])
    assert pager.page(later, 5, bounds) == whole[11:16]


def _pages(read, after_of, size: int) -> list[tuple[object, ...]]:  # type: ignore[no-untyped-def]
    out: list[tuple[object, ...]] = []
    after = None
    while True:
        page = read(after, size)
        out.extend(page)
        if len(page) < size:
            return out
        after = after_of(page[-1])


def _archive_a_few() -> None:
    for row in people.list_people()[::9]:
        people.set_person_archived(row.id)
    for row in associations.list_associations(today=TODAY)[::4]:
        associations.set_association_archived(row.id)


@pytest.mark.parametrize("include_archived", [False, True])
def test_person_lines_are_the_list_with_its_values(include_archived: bool) -> None:
    """Työllistetyt's lines: one read of the whole list or pages of it, in the order of
    `list_people`, each line's named values those of the person's row (the HETU masked)."""
    _archive_a_few()
    rows = people.list_people(include_archived)
    whole = people.person_lines(include_archived)
    assert len(rows) > 20
    for size in (1, 7, 200):
        read = lambda after, limit: people.person_lines(include_archived, after, limit)  # noqa: E731
        assert _pages(read, people.person_line_after, size) == whole
    line = people.PERSON_LINE
    assert [line(x).id for x in whole] == [r.id for r in rows]
    names = (
        "id", "last_name", "first_name", "full_name", "hetu_masked", "has_hetu", "birth_date",
        "kemi_resident", "tmt_days", "partial_work_ability", "phone", "archived",
        "placement_count",
    )  # fmt: skip
    assert any(r.has_hetu for r in rows) and any(r.placement_count > 1 for r in rows)
    assert any(r.archived for r in rows) == include_archived
    for row, got in zip(rows, map(line, whole), strict=True):
        assert {n: getattr(got, n) for n in names} == {n: getattr(row, n) for n in names}
        (alone,) = people.person_lines(False, ids=[row.id])
        assert alone == tuple(got)
    assert people.person_lines(include_archived, None, 0) == []  # the statement prepared
    assert not any(len(str(v)) == 11 and str(v)[6] in "-+A" and "*" not in str(v)
                   for x in whole for v in x)  # fmt: skip  # no HETU unmasked


@pytest.mark.parametrize("include_archived", [False, True])
def test_association_lines_are_the_list_with_its_values(include_archived: bool) -> None:
    """Yhdistykset's lines, as those of Työllistetyt, with each one's placements and those
    running on the day."""
    _archive_a_few()
    rows = associations.list_associations(include_archived, today=TODAY)
    whole = associations.association_lines(include_archived, TODAY)
    assert len(rows) > 10
    for size in (1, 7, 200):
        read = lambda after, limit: associations.association_lines(  # noqa: E731
            include_archived, TODAY, after, limit
        )
        assert _pages(read, associations.association_line_after, size) == whole
    line = associations.ASSOCIATION_LINE
    assert [line(x).id for x in whole] == [r.id for r in rows]
    names = (
        "id", "name", "employer_type", "business_id", "city", "contact_name", "contact_phone",
        "archived", "placement_count", "active_placements",
    )  # fmt: skip
    assert any(r.active_placements for r in rows)
    assert any(r.placement_count > r.active_placements for r in rows)
    assert any(r.archived for r in rows) == include_archived
    for row, got in zip(rows, map(line, whole), strict=True):
        assert {n: getattr(got, n) for n in names} == {n: getattr(row, n) for n in names}
        (alone,) = associations.association_lines(False, TODAY, ids=[row.id])
        assert alone == tuple(got)
    other = date(2025, 1, 15)  # the running ones of another day: the day reaches both places
    assert [line(x).active_placements for x in associations.association_lines(True, other)] == [
        r.active_placements for r in associations.list_associations(True, today=other)
    ]
    assert associations.association_lines(include_archived, TODAY, None, 0) == []
