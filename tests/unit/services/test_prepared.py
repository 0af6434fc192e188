"""Statements built once (`services.common.prepared`) give exactly the rows of the query built
each time: the read-after-write helpers agree with the listings they shortcut."""

from __future__ import annotations

import pytest

from kemidesk.db.models import Application, Decision, Placement
from kemidesk.services import common
from kemidesk.services.applications import get_application, list_applications
from kemidesk.services.common import find_by_key, prepared
from kemidesk.services.grants import get_decision, list_decisions
from kemidesk.services.payments import list_payments
from kemidesk.services.placements import get_placement, list_placements

pytestmark = pytest.mark.usefixtures("demo_db")


def test_each_records_row_equals_its_listing() -> None:
    decision_ids = [d.id for d in Decision.select(Decision.id).order_by(Decision.id)]
    assert len(decision_ids) > 100
    for decision_id in decision_ids:
        assert get_decision(decision_id) == list_decisions(True, ids=[decision_id])[0]
        # with a limit the listing builds its query as before
        built = list_payments(decision_id=decision_id, limit=10_000)
        assert list_payments(decision_id=decision_id) == built
    for placement in Placement.select(Placement.id).limit(60):
        assert get_placement(placement.id) == list_placements(True, ids=[placement.id])[0]
    for app in Application.select(Application.id).limit(60):
        assert get_application(app.id) == list_applications(ids=[app.id])[0]


def test_models_tuples_and_joins_come_out_as_peewee_makes_them() -> None:
    first = Placement.select().order_by(Placement.id).first()
    found = find_by_key(Placement, first.id)
    assert found is not None and found.__data__ == first.__data__
    joined = prepared(
        "test.joined",
        lambda i: (
            Application.select(Application, Placement)
            .join(Placement)
            .where(Application.placement == i)
        ),
        first.id,
    )
    direct = list(
        Application.select(Application, Placement)
        .join(Placement)
        .where(Application.placement == first.id)
    )
    assert [(a.__data__, a.placement.__data__) for a in joined] == [
        (a.__data__, a.placement.__data__) for a in direct
    ]
    assert prepared("test.none", lambda i: Placement.select().where(Placement.id == i), -1) == []


def test_values_that_are_not_ints_or_texts_are_built_each_time() -> None:
    """A value the query would convert (a text for an id field: "5" becomes 5) leaves the
    query built every time, with the same rows as peewee gives."""
    first = Placement.select().order_by(Placement.id).first()
    rows = prepared(
        "test.text_id", lambda i: Placement.select().where(Placement.id == i), str(first.id)
    )
    assert [r.id for r in rows] == [first.id]
    key = next(k for k in common._PREPARED if k[1] == "test.text_id")
    assert common._PREPARED[key][0] is None  # not kept: built each time
    none = prepared("test.none_id", lambda i: Placement.select().where(Placement.id == i), None)  # type: ignore[arg-type]
    assert none == []


def test_rows_made_without_a_wrapper_equal_peewees_own() -> None:
    """Model instances of a model's own fields, dicts and tuples are made from the rows
    directly (no cursor wrapper per call): the same values, types and key order as peewee's
    wrapper gives, nothing dirty and nothing related loaded, for every model."""
    from kemidesk.db.models import ALL_MODELS

    checked = 0
    for model in ALL_MODELS:
        key = model._meta.primary_key
        for kind in ("model", "dicts", "tuples"):

            def build(k: int, model: type = model, key: object = key, kind: str = kind) -> object:
                query = model.select().where(key == k)
                return query if kind == "model" else getattr(query, kind)()

            for row in model.select().order_by(key).limit(25):
                pk = row.get_id()
                if not isinstance(pk, int):
                    break
                name = f"test.made.{model.__name__}.{kind}"
                expected = list(build(pk))
                # twice: the first call makes its rows through the wrapper, later ones not
                for made in (prepared(name, build, pk), prepared(name, build, pk)):
                    assert len(made) == len(expected) == 1
                    got, want = made[0], expected[0]
                    if kind == "model":
                        assert type(got) is type(want)
                        got, want = got.__data__, want.__data__
                        assert made[0]._dirty == set() and made[0].__rel__ == {}
                    assert got == want
                    assert [type(v) for v in _values(got)] == [type(v) for v in _values(want)]
                    if isinstance(got, dict):
                        assert list(got) == list(want)
                checked += 1
    assert checked > 300


def _values(row: object) -> list[object]:
    return list(row.values()) if isinstance(row, dict) else list(row)  # type: ignore[attr-defined, call-overload]


def test_a_decisions_payment_states_are_those_of_its_listing() -> None:
    from kemidesk.services.payments import decision_payment_states

    decision_ids = [d.id for d in Decision.select(Decision.id).order_by(Decision.id)]
    with_payments = 0
    for decision_id in decision_ids:
        listed = [(r.id, r.status, r.period_end) for r in list_payments(decision_id=decision_id)]
        assert decision_payment_states(decision_id) == listed
        with_payments += bool(listed)
    assert with_payments > 50
