"""The long lists' models over lines (the shown columns as read) show, sort, search and
export the same as the columns over the services' rows (`ui.models.specs`)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from kemidesk.services import grants, placements
from kemidesk.ui.models import specs
from kemidesk.ui.models.proxy import RowFilterProxy
from kemidesk.ui.models.row_model import ID_ROLE, RowTableModel, search_fold
from kemidesk.ui.tabs import grants as grants_tab
from kemidesk.ui.tabs.placements import columns_of_lines
from tests.qt.conftest import DEMO_TODAY

ROLES = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.TextAlignmentRole,
    Qt.ItemDataRole.ForegroundRole,
    Qt.ItemDataRole.FontRole,
    ID_ROLE,
)


def _models() -> tuple[RowTableModel, RowTableModel]:
    listed = placements.list_placements(True, today=DEMO_TODAY)
    placements.set_placement_archived(listed[3].id)  # an archived row is shown grey
    old = RowTableModel(specs.PLACEMENTS)
    old.set_rows(placements.list_placements(True, today=DEMO_TODAY))
    new = RowTableModel(columns_of_lines(lambda: DEMO_TODAY))
    new.hold_lines(placements.placement_line_class(DEMO_TODAY))
    lines = placements.placement_lines(True, DEMO_TODAY)
    new.set_rows(lines[:10])
    new.append_rows(lines[10:])
    return old, new


def _cells(model: RowTableModel) -> list[list[Any]]:
    return [
        [model.cell(r, c, role) for c in range(model.columnCount()) for role in ROLES]
        for r in range(model.rowCount())
    ]


def _ids(model: RowTableModel) -> list[int]:
    return [model.cell(r, 0, ID_ROLE) for r in range(model.rowCount())]


def test_placement_lines_show_the_same_cells(paths: Any) -> None:
    old, new = _models()
    assert old.rowCount() == new.rowCount() > 20
    assert [c.title for c in new.columns] == [c.title for c in old.columns]
    assert [c.width for c in new.columns] == [c.width for c in old.columns]
    assert [c.kind for c in new.columns] == [c.kind for c in old.columns]
    assert _cells(new) == _cells(old)
    for r in range(old.rowCount()):
        assert [c.export_value(new.row_at(r)) for c in new.columns] == [
            c.export_value(old.row_at(r)) for c in old.columns
        ]
    assert new.search_strings() == old.search_strings()
    assert any(old.is_archived(row) for row in old.rows())  # the grey rows compared too


def test_placement_lines_sort_the_same(paths: Any) -> None:
    old, new = _models()
    for column in range(len(old.columns)):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            old.sort(column, order)
            new.sort(column, order)
            assert _ids(new) == _ids(old), (old.columns[column].title, order)
    assert _cells(new) == _cells(old)  # and after the sorts, every cell in its place


def test_placement_lines_filter_the_same(paths: Any) -> None:
    old, new = _models()
    old_proxy, new_proxy = RowFilterProxy(old), RowFilterProxy(new)
    words = ["", "kemi", "2026", "€", "päättynyt", "50 %", "37,5", "1.1.", "ö", "zz-none"]
    for text in words:
        old_proxy.set_search(text)
        new_proxy.set_search(text)
        shown = [old_proxy.id_at(r) for r in range(old_proxy.rowCount())]
        assert [new_proxy.id_at(r) for r in range(new_proxy.rowCount())] == shown, text
    old_proxy.set_search("")
    new_proxy.set_search("")
    some = old.row_at(0)
    for name, test in (
        ("status", lambda row: row.status == some.status),
        ("association", lambda row: row.association_id == some.association_id),
        ("year", lambda row: row.start_date.year <= 2025 and (
            row.effective_end is None or row.effective_end.year >= 2025)),
    ):  # fmt: skip
        old_proxy.set_predicate(name, test)
        new_proxy.set_predicate(name, test)
        assert new_proxy.rowCount() == old_proxy.rowCount() > 0, name
        assert [new_proxy.id_at(r) for r in range(new_proxy.rowCount())] == [
            old_proxy.id_at(r) for r in range(old_proxy.rowCount())
        ]
        old_proxy.set_predicate(name, None)
        new_proxy.set_predicate(name, None)


def _decision_models() -> tuple[RowTableModel, RowTableModel]:
    listed = grants.list_decisions(True)
    grants.set_decision_archived(listed[2].id, True)
    old = RowTableModel(specs.DECISIONS)
    old.set_rows(grants.list_decisions(True))
    new = RowTableModel(grants_tab.columns_of_lines())
    new.hold_lines(grants.DECISION_LINE)
    new.set_rows(grants.decision_lines(True))
    return old, new


def test_decision_lines_show_sort_and_search_the_same(paths: Any) -> None:
    old, new = _decision_models()
    assert old.rowCount() == new.rowCount() > 20
    assert [(c.title, c.width, c.kind) for c in new.columns] == [
        (c.title, c.width, c.kind) for c in old.columns
    ]
    assert _cells(new) == _cells(old)
    for r in range(old.rowCount()):
        assert [c.export_value(new.row_at(r)) for c in new.columns] == [
            c.export_value(old.row_at(r)) for c in old.columns
        ]
    assert new.search_strings() == old.search_strings()
    assert any(old.is_archived(row) for row in old.rows())
    for column in range(len(old.columns)):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            old.sort(column, order)
            new.sort(column, order)
            assert _ids(new) == _ids(old), (old.columns[column].title, order)
    assert _cells(new) == _cells(old)
    old_proxy, new_proxy = RowFilterProxy(old), RowFilterProxy(new)
    some = old.row_at(0)
    for name, test in (
        ("search", None),
        ("status", lambda row: row.status == some.status),
        ("type", lambda row: row.decision_type == some.decision_type),
        ("year", lambda row: row.decision_date.year == some.decision_date.year),
    ):
        if test is None:
            old_proxy.set_search("kl-2026 €")
            new_proxy.set_search("kl-2026 €")
        else:
            old_proxy.set_predicate(name, test)
            new_proxy.set_predicate(name, test)
        assert new_proxy.rowCount() == old_proxy.rowCount() > 0, name
        assert [new_proxy.id_at(r) for r in range(new_proxy.rowCount())] == [
            old_proxy.id_at(r) for r in range(old_proxy.rowCount())
        ]


def test_payment_lines_show_sort_and_search_the_same(paths: Any) -> None:
    from kemidesk.services import payments
    from kemidesk.ui.tabs import payments as payments_tab

    ids = payments.payment_ids(DEMO_TODAY)
    old = RowTableModel(payments_tab.COLUMNS)
    by_id = {r.id: r for r in payments.list_payments(ids=ids)}
    old.set_rows([by_id[i] for i in ids])
    new = RowTableModel(payments_tab.columns_of_lines())
    new.hold_lines(payments.PAYMENT_LINE)
    new.set_rows(payments.payment_lines(DEMO_TODAY, payments.recently_paid_keys(DEMO_TODAY)))
    assert old.rowCount() == new.rowCount() > 20
    assert [(c.title, c.width, c.kind) for c in new.columns] == [
        (c.title, c.width, c.kind) for c in old.columns
    ]
    assert _cells(new) == _cells(old)
    assert new.search_strings() == old.search_strings()
    for column in range(len(old.columns)):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            old.sort(column, order)
            new.sort(column, order)
            assert _ids(new) == _ids(old), (old.columns[column].title, order)
    assert _cells(new) == _cells(old)
    old_proxy, new_proxy = RowFilterProxy(old), RowFilterProxy(new)
    for _key, _label, test in payments_tab.STATUS_FILTERS:
        old_proxy.set_predicate("status", test)
        new_proxy.set_predicate("status", test)
        assert [new_proxy.id_at(r) for r in range(new_proxy.rowCount())] == [
            old_proxy.id_at(r) for r in range(old_proxy.rowCount())
        ]


def test_search_texts_made_ahead_equal_those_made_at_once(paths: Any) -> None:
    old, new = _models()
    assert not new.search_ahead(7)
    assert not new.search_ahead(5)
    new.upsert_row(new.rows()[3])  # a changed row among those made: made again
    new.remove_id(new.row_at(20).id)
    old.remove_id(old.row_at(20).id)
    while not new.search_ahead(9):
        pass
    assert new.search_strings() == old.search_strings()
    new.sort(0, Qt.SortOrder.AscendingOrder)
    old.sort(0, Qt.SortOrder.AscendingOrder)
    assert new.search_strings() == old.search_strings()


def test_a_search_makes_the_texts_in_steps_and_finds_what_a_search_at_once_finds(
    paths: Any, qtbot: Any, monkeypatch: Any
) -> None:
    """A keystroke does not make every row's search text (105 ms at 40 000 placements): it
    filters the rows whose texts are made, the rest follow in steps on the event loop, also
    those of rows that arrive meanwhile (a load); the rows found are the same, in the same
    order, as when every text was made at once."""
    from kemidesk.ui.models import proxy as proxy_module
    from kemidesk.ui.models import row_model

    old, _new = _models()
    lines = placements.placement_lines(True, DEMO_TODAY)
    row = old.row_at(40)
    word = search_fold(row.person_name.split()[0])
    other = search_fold(row.association_name.split()[0])
    found_at_once = {}
    for text in (word, f"{word} {other}", other):
        reference = RowFilterProxy(old)
        reference.set_search(text)  # every text made in the keystroke
        assert not reference.is_searching()
        found_at_once[text] = [reference.id_at(r) for r in range(reference.rowCount())]
        assert 0 < len(found_at_once[text]) < old.rowCount()
    monkeypatch.setattr(proxy_module, "SEARCH_STEP_SECONDS", 0.0)  # one batch a step
    monkeypatch.setattr(row_model, "SEARCH_STEP_ROWS", 7)
    for text, expected in found_at_once.items():
        new = RowTableModel(columns_of_lines(lambda: DEMO_TODAY))
        new.hold_lines(placements.placement_line_class(DEMO_TODAY))
        new.set_rows(lines[:30])  # a first page
        assert _ids(new) == _ids(old)[:30]
        proxy = RowFilterProxy(new)
        proxy.set_search(text)  # the keystroke: 7 texts made in it
        assert len(new.search_made()) == 7
        assert proxy.is_searching()
        found = [proxy.id_at(r) for r in range(proxy.rowCount())]
        assert found == [i for i in expected if i in set(_ids(new)[:7])]
        new.append_rows(lines[30:])  # the rest of the load
        if text == other:  # an export takes the search's remaining steps at once
            proxy.finish_search()
            assert not proxy.is_searching()
        qtbot.waitUntil(lambda p=proxy: not p.is_searching())
        assert len(new.search_made()) == new.rowCount() == old.rowCount()
        assert [proxy.id_at(r) for r in range(proxy.rowCount())] == expected


def _same_in_every_way(old: RowTableModel, new: RowTableModel, filters: Any) -> None:
    """The two models show, export, search, sort and filter alike."""
    assert old.rowCount() == new.rowCount() > 10
    assert [(c.title, c.width, c.kind, c.align) for c in new.columns] == [
        (c.title, c.width, c.kind, c.align) for c in old.columns
    ]
    assert _cells(new) == _cells(old)
    for r in range(old.rowCount()):
        assert [c.export_value(new.row_at(r)) for c in new.columns] == [
            c.export_value(old.row_at(r)) for c in old.columns
        ]
    assert new.search_strings() == old.search_strings()
    assert any(old.is_archived(row) for row in old.rows())  # the grey rows compared too
    for column in range(len(old.columns)):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            old.sort(column, order)
            new.sort(column, order)
            assert _ids(new) == _ids(old), (old.columns[column].title, order)
    assert _cells(new) == _cells(old)
    old_proxy, new_proxy = RowFilterProxy(old), RowFilterProxy(new)
    for name, test in [("search", None), *filters]:
        if test is None:
            old_proxy.set_search("a 1")
            new_proxy.set_search("a 1")
        else:
            old_proxy.set_search("")
            new_proxy.set_search("")
            old_proxy.set_predicate(name, test)
            new_proxy.set_predicate(name, test)
        assert 0 < new_proxy.rowCount() < new.rowCount(), name
        assert [new_proxy.id_at(r) for r in range(new_proxy.rowCount())] == [
            old_proxy.id_at(r) for r in range(old_proxy.rowCount())
        ], name
        if test is not None:
            old_proxy.set_predicate(name, None)
            new_proxy.set_predicate(name, None)


def test_person_lines_show_sort_search_and_filter_the_same(paths: Any) -> None:
    from kemidesk.services import people
    from kemidesk.ui.tabs import people as people_tab

    for row in people.list_people()[::7]:
        people.set_person_archived(row.id)
    old = RowTableModel(specs.PEOPLE)
    old.set_rows(people.list_people(True))
    new = RowTableModel(people_tab.columns_of_lines())
    new.hold_lines(people.PERSON_LINE)
    lines = people.person_lines(True)
    new.set_rows(lines[:10])
    new.append_rows(lines[10:])
    _same_in_every_way(old, new, [  # the tab's filters
        ("partial", lambda row: row.partial_work_ability),
        ("residence", lambda row: row.kemi_resident == False),  # noqa: E712
        ("hetu", lambda row: row.has_hetu and row.placement_count > 1),
    ])  # fmt: skip


def test_association_lines_show_sort_search_and_filter_the_same(paths: Any) -> None:
    from kemidesk.domain.types import EmployerType
    from kemidesk.services import associations
    from kemidesk.ui.tabs import associations as associations_tab

    for row in associations.list_associations(today=DEMO_TODAY)[::5]:
        associations.set_association_archived(row.id)
    old = RowTableModel(specs.ASSOCIATIONS)
    old.set_rows(associations.list_associations(True, today=DEMO_TODAY))
    new = RowTableModel(associations_tab.columns_of_lines())
    new.hold_lines(associations.ASSOCIATION_LINE)
    new.set_rows(associations.association_lines(True, DEMO_TODAY))
    _same_in_every_way(old, new, [  # the tab's filters
        ("type", lambda row: row.employer_type == EmployerType.ASSOCIATION),
        ("active", lambda row: row.active_placements > 0),
    ])  # fmt: skip
