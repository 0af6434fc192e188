"""A batch of decisions (`grants.decide_applications`, `grants.decision_batch`) equals the
single calls (`decide_application`) made one after another: the same rows, numbers,
payments and audit rows; a refused item refuses the whole batch with the single call's
error, and nothing of it is written."""

from __future__ import annotations

import contextlib
from dataclasses import replace
from datetime import date
from typing import Any

import pytest

from kemidesk.db.connection import database_proxy
from kemidesk.db.models import DecisionSeries
from kemidesk.domain.errors import FieldErrors
from kemidesk.domain.types import (
    ApplicationStatus,
    DecisionStatus,
    DecisionType,
    EmployerType,
    NotificationMethod,
)
from kemidesk.services import grants, settings
from kemidesk.services.applications import assess
from kemidesk.services.common import transaction
from kemidesk.services.decision_factory import payment_reference
from kemidesk.services.errors import NotAllowedError, NotFoundError

from .factories import association, person, placement
from .test_grants import apply

pytestmark = pytest.mark.usefixtures("db")
DAY = date(2026, 3, 25)
# The tables a decision writes, with their columns that hold another new row's id.
TABLES = {
    "decision_series": (),
    "decision": ("application_id", "parent_id"),
    "payment": ("decision_id", "batch_id"),
    "application": (),
    "audit_log": ("entity_id",),
}
SKIPPED = {"id", "uuid", "created_at", "updated_at", "at", "entity_uuid", "reference"}


class _Undo(Exception):
    pass


def _inputs() -> list[grants.DecisionInput]:
    """A grant, a company's grant (de minimis aid counted), a second grant to the same
    company (its aid includes the first), a rejection and a partial grant (a shorter period),
    each as the office would decide it after looking at the assessment."""
    company = association(1, employer_type=EmployerType.COMPANY, association_number="")
    apps = [
        apply(placement(person().id, association().id).id),
        apply(placement(person().id, company.id, pt_percent=50, pt_monthly="700,00").id),
        apply(placement(person().id, company.id, pt_percent=50, pt_monthly="700,00").id),
        apply(placement(person().id, association(2).id).id),
        apply(placement(person().id, association(3).id).id),
    ]
    items = []
    for n, app in enumerate(apps):
        found = assess(app.placement_id, decision_date=DAY, application_date=app.received_on)
        kind = DecisionType.REJECTION if n == 3 else DecisionType.GRANT
        end = found.period_end
        if n == 4:
            kind, end = DecisionType.PARTIAL_GRANT, date(2026, 9, 14)
        items.append(
            grants.DecisionInput(
                application_id=app.id,
                decision_type=kind,
                decision_date=DAY,
                period_start=found.period_start,
                period_end=end,
                monthly="400,00" if n in (1, 2) else "500,00",  # the company's cap: 470 €
                warning_justification="Käyty läpi." if found.warnings else "",
                decided_by_name="Maija Päättäjä",
                decided_by_title="palvelupäällikkö",
            )
        )
    return items


def _max_ids() -> dict[str, int]:
    db = database_proxy.obj
    return {t: db.execute_sql(f'SELECT COALESCE(MAX(id), 0) FROM "{t}"').fetchone()[0]
            for t in TABLES}  # fmt: skip


def _written(before: dict[str, int]) -> dict[str, list[tuple[Any, ...]]]:
    """The rows each table holds now (those written since `before` with their ids as their
    places among the new rows: the server's sequences do not go back with a rollback),
    without uuids and timestamps; a payment's reference checked against its decision."""
    db = database_proxy.obj
    new_ids: dict[str, dict[int, int]] = {}
    rows: dict[str, list[dict[str, Any]]] = {}
    for table in TABLES:
        cursor = db.execute_sql(f'SELECT * FROM "{table}" ORDER BY id')
        names = [c[0] for c in cursor.description]
        rows[table] = [dict(zip(names, r, strict=True)) for r in cursor.fetchall()]
        fresh = [r["id"] for r in rows[table] if r["id"] > before[table]]
        new_ids[table] = {i: -(n + 1) for n, i in enumerate(fresh)}
    entity_table = {"DecisionSeries": "decision_series", "Decision": "decision",
                    "Payment": "payment", "Application": "application"}  # fmt: skip
    targets = {"application_id": "application", "parent_id": "decision",
               "decision_id": "decision", "batch_id": "payment_batch"}  # fmt: skip
    out = {}
    for table, refs in TABLES.items():
        listed = []
        for r in rows[table]:
            if table == "payment":
                assert r["reference"] == payment_reference(r["decision_id"], r["period_index"])
            r["place"] = new_ids[table].get(r["id"], r["id"])
            for column in refs:
                target = targets.get(column) or entity_table.get(r["entity"], "")
                r[column] = new_ids.get(target, {}).get(r[column], r[column])
            listed.append(tuple(v for k, v in sorted(r.items()) if k not in SKIPPED))
        out[table] = listed
    return out


def _alone(
    items: list[grants.DecisionInput], before: dict[str, int]
) -> tuple[list[grants.DecisionRow], dict[str, list[tuple[Any, ...]]]]:
    """The single calls one after another and what they wrote, then rolled back: the batch
    starts from the same data."""
    made: list[Any] = []
    try:
        with transaction():
            made.append([grants.decide_application(item) for item in items])
            made.append(_written(before))
            raise _Undo
    except _Undo:
        return made[0], made[1]
    raise AssertionError("not rolled back")


def test_a_batch_writes_what_the_single_calls_write_item_by_item() -> None:
    items = _inputs()
    settings.set_appropriation(2026, "100 000,00")
    before = _max_ids()
    singles, alone = _alone(items, before)
    batch = grants.decide_applications(items)
    assert _written(before) == alone
    assert len(alone["decision"]) == 5 and len(alone["audit_log"]) > 5 * 4
    for one, together in zip(singles, batch, strict=True):
        assert together.number == one.number
        assert replace(one, id=together.id, uuid=together.uuid) == together
    assert [d.decision_type for d in batch] == [
        DecisionType.GRANT, DecisionType.GRANT, DecisionType.GRANT, DecisionType.REJECTION,
        DecisionType.PARTIAL_GRANT,
    ]  # fmt: skip


def test_assessments_between_items_see_the_batch_so_far() -> None:
    """The year's money left, as an assessment between two items sees it, counts the
    decisions of the batch made before (as after single calls)."""
    items = _inputs()[:2]
    settings.set_appropriation(2026, "100 000,00")
    with grants.decision_batch() as batch:
        first = batch.assess(
            grants.get_application(items[0].application_id).placement_id, decision_date=DAY
        )
        batch.decide(items[0])
        after = batch.assess(
            grants.get_application(items[1].application_id).placement_id, decision_date=DAY
        )
        batch.decide(items[1])
    facts = [f for f in after.findings if f.code == "APPROPRIATION_EXCEEDED"]
    assert not facts and first.total_cents > 0
    assert [row.id for row in batch.rows()] == batch.ids


def test_what_a_batch_made_is_what_it_wrote() -> None:
    """`made` (id, kind, total of each decision, as written) equals the rows read back,
    a rejection's total 0 among the grants."""
    items = _inputs()
    settings.set_appropriation(2026, "100 000,00")
    with grants.decision_batch() as batch:
        with pytest.raises(RuntimeError):
            batch.made()  # not before the batch is written
        for item in items:
            batch.decide(item)
    rows = batch.rows()
    assert batch.made() == [(r.id, r.decision_type, r.total_cents) for r in rows]
    assert [total > 0 for _id, _kind, total in batch.made()] == [True, True, True, False, True]


def test_a_refused_item_refuses_the_whole_batch_as_the_single_call_would() -> None:
    items = _inputs()
    total = sum(
        assess(
            grants.get_application(i.application_id).placement_id,
            decision_date=DAY,
            period_start=i.period_start,
            period_end=i.period_end,
        ).total_cents
        for i in items[:2]
    )
    settings.set_appropriation(2026, f"{total // 100 + 100},00")  # two fit, the third not
    before = _max_ids()
    with pytest.raises(FieldErrors) as alone:
        _alone(items, before)
    with pytest.raises(FieldErrors) as together:
        grants.decide_applications(items)
    assert together.value.errors == alone.value.errors  # GRANT_BLOCKED by the money
    assert "period_start" in together.value.errors
    assert grants.list_decisions(include_archived=True) == []  # nothing of it written
    assert DecisionSeries.select().count() == 0
    assert _written(before)["audit_log"] == _written(before)["audit_log"][: before["audit_log"]]
    statuses = {grants.get_application(i.application_id).status for i in items}
    assert statuses == {ApplicationStatus.RECEIVED}


def test_an_application_given_twice_is_refused_and_nothing_written() -> None:
    items = _inputs()
    with pytest.raises(NotAllowedError) as info:
        grants.decide_applications([items[0], items[1], items[0]])
    assert info.value.code == "APPLICATION_ALREADY_DECIDED"
    assert grants.list_decisions(include_archived=True) == []
    assert grants.decide_applications([]) == []


def test_the_same_placement_twice_sees_its_first_grant() -> None:
    """Two applications of one placement in a batch: the second's assessment sees the first
    grant with its payments (the months already granted), as after a single call."""
    pl = placement(person().id, association().id)
    first, second = apply(pl.id), apply(pl.id, received=date(2026, 3, 21))
    with grants.decision_batch() as batch:
        found = batch.assess(pl.id, decision_date=DAY, application_date=first.received_on)
        batch.decide(
            grants.DecisionInput(
                application_id=first.id,
                decision_type=DecisionType.GRANT,
                decision_date=DAY,
                period_start=found.period_start,
                period_end=date(2026, 9, 14),
                decided_by_name="Maija Päättäjä",
                assessed=found,
            )
        )
        again = batch.assess(pl.id, decision_date=DAY, application_date=second.received_on)
    assert found.period_start == date(2026, 3, 15)
    assert again.period_start == date(2026, 9, 15)  # after the first grant's months
    assert batch.rows()[0].period_end == date(2026, 9, 14)


def _notices(decided: list[grants.DecisionRow]) -> list[tuple[int, NotificationMethod, date]]:
    methods = (NotificationMethod.EMAIL, NotificationMethod.LETTER, NotificationMethod.LETTER)
    days = (date(2026, 3, 26), date(2026, 3, 27), date(2026, 4, 3))
    return [(d.id, m, day) for d, m, day in zip(decided, methods, days, strict=False)]


def _notified_alone(
    items: list[tuple[int, NotificationMethod, date]], before: dict[str, int]
) -> tuple[list[grants.DecisionRow], dict[str, list[tuple[Any, ...]]]]:
    made: list[Any] = []
    try:
        with transaction():
            made.append([grants.notify_decision(*item) for item in items])
            made.append(_written(before))
            raise _Undo
    except _Undo:
        return made[0], made[1]
    raise AssertionError("not rolled back")


def test_notices_in_a_batch_equal_the_single_calls() -> None:
    decided = grants.decide_applications(_inputs()[:3])
    items = _notices(decided)
    before = _max_ids()
    singles, alone = _notified_alone(items, before)
    assert [d.status for d in singles] == [DecisionStatus.SENT] * 3
    batch = grants.notify_decisions(items)
    assert _written(before) == alone
    assert batch == singles
    assert [d.appeal_deadline for d in batch] == [
        grants.appeal_preview(d.id, m, day)[1]
        for d, (_i, m, day) in zip(decided, items, strict=True)
    ]
    with pytest.raises(NotAllowedError) as info:
        grants.notify_decisions(items[:1])
    assert info.value.code == "DECISION_ALREADY_NOTIFIED"


def test_a_refused_notice_refuses_the_whole_batch() -> None:
    decided = grants.decide_applications(_inputs()[:3])
    items = _notices(decided)
    early = (items[1][0], items[1][1], date(2026, 3, 24))  # before the decision
    with pytest.raises(FieldErrors) as alone:
        grants.notify_decision(*early)
    with pytest.raises(FieldErrors) as together:
        grants.notify_decisions([items[0], early, items[2]])
    assert together.value.errors == alone.value.errors
    with pytest.raises(NotAllowedError) as twice:
        grants.notify_decisions([items[0], items[1], items[0]])
    assert twice.value.code == "DECISION_ALREADY_NOTIFIED"
    with pytest.raises(NotFoundError):
        grants.notify_decisions([items[0], (10**6, NotificationMethod.EMAIL, DAY)])
    statuses = {d.status for d in grants.list_decisions(include_archived=True)}
    assert statuses == {DecisionStatus.DECIDED}  # nothing of the refused batches written
    assert grants.notify_decisions([]) == []


def _decide_after_a_refusal(items: list[grants.DecisionInput], again: bool) -> None:
    with grants.decision_batch() as batch:
        batch.decide(items[3])
        with contextlib.suppress(NotAllowedError):
            batch.decide(items[0])  # decided already: refused, the error caught
        if again:
            batch.decide(items[4])


def _notify_after_a_refusal(decision_id: int) -> None:
    with grants.notification_batch() as notices, contextlib.suppress(FieldErrors):
        notices.notify(decision_id, NotificationMethod.EMAIL, date(2026, 3, 1))


def test_a_refused_item_caught_inside_the_batch_still_refuses_it() -> None:
    """Going on after a refused item (its error caught) writes none of the batch."""
    items = _inputs()
    decided = grants.decide_applications(items[:3])
    with pytest.raises(RuntimeError, match="ended or refused"):
        _decide_after_a_refusal(items, again=True)
    with pytest.raises(RuntimeError, match="refuses the whole decision batch"):
        _decide_after_a_refusal(items, again=False)
    with pytest.raises(RuntimeError, match="refuses the whole notification batch"):
        _notify_after_a_refusal(decided[0].id)
    listed = grants.list_decisions(include_archived=True)
    assert len(listed) == 3
    assert {d.status for d in listed} == {DecisionStatus.DECIDED}
    received = {grants.get_application(i.application_id).status for i in items[3:]}
    assert received == {ApplicationStatus.RECEIVED}


def test_a_placement_changed_after_its_assessment_is_read_again_for_the_decision() -> None:
    """The batch decides on the placement row its assessment read only while nothing has
    been written since: a placement moved to another association between the assessment
    and the decision is decided with its new association (and assessed again)."""
    from kemidesk.db.models import Decision, Placement
    from kemidesk.services.common import update_record

    item = _inputs()[0]
    placement_id = grants.get_application(item.application_id).placement_id
    moved_to = association(7).id
    with grants.decision_batch() as batch:
        found = batch.assess(placement_id, decision_date=DAY, application_date=date(2026, 3, 20))
        update_record(Placement, placement_id, "PLACEMENT_NOT_FOUND", {"association": moved_to})
        decision_id = batch.decide(replace(item, assessed=found))
    assert Decision.get_by_id(decision_id).association_id == moved_to
