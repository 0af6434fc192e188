"""The generic row model and its filter proxy, without any window."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QCollator, QLocale, Qt

from kemidesk.ui.models import specs
from kemidesk.ui.models.collation import finnish_key
from kemidesk.ui.models.columns import date_col, money_col, text_col
from kemidesk.ui.models.proxy import RowFilterProxy
from kemidesk.ui.models.row_model import ID_ROLE, ROW_ROLE, SORT_ROLE, RowTableModel


@dataclass(frozen=True)
class Row:
    id: int
    name: str
    day: date | None
    cents: int
    archived: bool = False


COLUMNS = (
    text_col("Nimi", "name"),
    date_col("Päivä", "day"),
    money_col("Summa", "cents"),
)
ROWS = [
    Row(1, "Öhman", date(2026, 2, 1), 123450),
    Row(2, "Aalto", date(2025, 12, 31), 9900),
    Row(3, "Åström", None, 50000, archived=True),
    Row(4, "Zorro", date(2026, 1, 15), 100000),
    Row(5, "Äijälä", date(2024, 6, 1), 0),
]


def names(model: Any) -> list[str]:
    return [model.index(r, 0).data() for r in range(model.rowCount())]


@pytest.fixture
def model(qapp: Any) -> RowTableModel:
    m = RowTableModel(COLUMNS)
    m.set_rows(ROWS)
    return m


def test_model_passes_qtmodeltester(qtmodeltester: Any, model: RowTableModel) -> None:
    qtmodeltester.check(model)


def test_proxy_passes_qtmodeltester(qtmodeltester: Any, model: RowTableModel) -> None:
    proxy = RowFilterProxy(model)
    proxy.set_search("a")
    qtmodeltester.check(proxy)


def test_demo_rows_pass_qtmodeltester(qtmodeltester: Any, paths: Any) -> None:
    from kemidesk.services.placements import list_placements

    m = RowTableModel(specs.PLACEMENTS)
    m.set_rows(list_placements())
    qtmodeltester.check(m)
    m.sort(3, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(RowFilterProxy(m))


def test_display_formats_dates_and_money_the_finnish_way(model: RowTableModel) -> None:
    assert model.index(0, 1).data() == "1.2.2026"
    assert model.index(0, 2).data() == "1\u00a0234,50\u00a0€"
    assert model.index(2, 1).data() == ""
    assert model.index(0, 0).data(ID_ROLE) == 1
    assert model.index(0, 0).data(ROW_ROLE) is ROWS[0]
    assert model.headerData(2, Qt.Orientation.Horizontal) == "Summa"


def test_sorting_by_value_not_text(model: RowTableModel) -> None:
    model.sort(2, Qt.SortOrder.AscendingOrder)  # 0 < 99 < 500 < 1000 < 1234.50
    assert names(model) == ["Äijälä", "Aalto", "Åström", "Zorro", "Öhman"]
    model.sort(1, Qt.SortOrder.AscendingOrder)  # by date; the missing date last
    assert names(model) == ["Äijälä", "Aalto", "Zorro", "Öhman", "Åström"]
    assert model.index(0, 1).data(SORT_ROLE) == date(2024, 6, 1).toordinal()


def test_finnish_alphabetical_order(model: RowTableModel) -> None:
    model.sort(0, Qt.SortOrder.AscendingOrder)
    assert names(model) == ["Aalto", "Zorro", "Åström", "Äijälä", "Öhman"]
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert names(model) == ["Öhman", "Äijälä", "Åström", "Zorro", "Aalto"]


def test_finnish_key_agrees_with_qcollator(qapp: Any) -> None:
    words = "Öhman Åström Zorro Äijälä Aalto ahonen Vuori Wahl Über Yli émile Eero Ääri öljy"
    words += " Kemi kemi Kemin-Kone"
    words = words.split()
    collator = QCollator(QLocale(QLocale.Language.Finnish, QLocale.Country.Finland))
    by_qt = sorted(words, key=functools.cmp_to_key(collator.compare))
    by_key = sorted(words, key=finnish_key)
    assert [w.casefold() for w in by_key] == [w.casefold() for w in by_qt]


def test_search_filters_over_the_shown_text(model: RowTableModel) -> None:
    proxy = RowFilterProxy(model)
    proxy.set_search("2026")
    assert sorted(names(proxy)) == ["Zorro", "Öhman"]
    proxy.set_search("1 234")  # a plain space matches the no-break space of 1 234,50 €
    assert names(proxy) == ["Öhman"]
    proxy.set_search("ÖH 2026")  # every word must match, case-insensitively
    assert names(proxy) == ["Öhman"]
    proxy.set_search("")
    assert proxy.rowCount() == len(ROWS)


def test_predicates_and_search_combine(model: RowTableModel) -> None:
    proxy = RowFilterProxy(model)
    proxy.set_predicates({"big": lambda r: r.cents >= 50000, "old": None})
    assert proxy.rowCount() == 3
    proxy.set_search("z")
    assert names(proxy) == ["Zorro"]
    proxy.set_predicate("big", None)
    proxy.set_search("")
    assert proxy.rowCount() == len(ROWS)


def test_edits_reach_the_proxy(model: RowTableModel) -> None:
    proxy = RowFilterProxy(model)
    proxy.set_search("aalto")
    assert proxy.rowCount() == 1
    model.append_rows([Row(6, "Aaltonen", None, 1)])
    assert proxy.rowCount() == 2
    model.upsert_row(Row(6, "Aaltonen-Virta", None, 1))
    assert proxy.row_at(proxy.proxy_row_of(6)).name == "Aaltonen-Virta"
    model.remove_id(2)
    assert names(proxy) == ["Aaltonen-Virta"]


def test_sorting_keeps_persistent_indexes(model: RowTableModel) -> None:
    proxy = RowFilterProxy(model)
    from PySide6.QtCore import QPersistentModelIndex

    kept = QPersistentModelIndex(proxy.index(0, 0))
    assert kept.data() == "Öhman"
    proxy.sort(0, Qt.SortOrder.AscendingOrder)
    assert kept.data() == "Öhman"
    assert kept.row() == 4


def test_a_cut_off_cell_and_header_have_their_whole_text_as_tooltip(
    model: RowTableModel, qtbot: Any
) -> None:
    from PySide6.QtCore import Qt

    from kemidesk.ui.widgets.table_view import RecordTableView

    view = RecordTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.show()
    index = model.index(0, 0)
    text = index.data()
    view.setColumnWidth(0, view.fontMetrics().horizontalAdvance(text) + 40)
    assert view.elided_text(index) is None
    view.setColumnWidth(0, 20)
    assert view.elided_text(index) == text
    title = model.headerData(0, Qt.Orientation.Horizontal)
    assert model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) == title


def test_search_texts_made_per_value_equal_each_rows_own(paths: Any) -> None:
    """The loader's search strings (each distinct date, sum or state written once) are the
    texts of each row's shown cells."""
    from kemidesk.services.grants import list_decisions
    from kemidesk.services.payments import list_payments
    from kemidesk.services.placements import list_placements

    for columns, rows in (
        (specs.PLACEMENTS, list_placements(True)),
        (specs.DECISIONS, list_decisions(True)),
        (specs.PAYMENTS, list_payments()),
    ):
        m = RowTableModel(columns)
        assert len(rows) > 10
        assert m.search_texts(rows) == [m._search_text(r) for r in rows]
        m.set_rows(rows[:5])
        m.append_rows(rows[5:])
        assert m.search_strings() == [m._search_text(r) for r in rows]


def test_euro_sign_and_period_dash_found_in_one_byte_search_strings(paths: Any) -> None:
    from kemidesk.services.grants import list_decisions

    rows = list_decisions(True)
    m = RowTableModel(specs.DECISIONS)
    m.set_rows(rows)
    assert all(max(text) <= "\xff" for text in m.search_strings())  # one byte a character
    proxy = RowFilterProxy(m)
    with_money = sum(1 for r in rows if r.total_cents)
    proxy.set_search("€")
    assert 0 < with_money <= proxy.rowCount()
    first = rows[0]
    period = f"{first.period_start.day}.{first.period_start.month}.{first.period_start.year}–"
    proxy.set_search(period)
    assert 0 < proxy.rowCount() < len(rows)
    proxy.set_search(period.replace("–", "-"))  # a hyphen is not the dash
    assert proxy.rowCount() == 0
    proxy.set_search("€ " + period)
    assert proxy.rowCount() > 0


def test_paged_load_shares_repeating_values_and_keeps_no_dict_of_every_id(qapp: Any) -> None:
    """`ChunkedLoader.load_pages`: the rows arrive whole and in order, equal names as one
    object across pages, and the `distinct` column (the id) is never gathered in a dict
    of every value read: each page has its own."""
    from kemidesk.db.rows import _same, line_class
    from kemidesk.ui.models.loader import FIRST_PAGE, ChunkedLoader

    line = line_class("Line", {"id": (0, _same), "name": (1, _same)})
    names = ["Virtanen", "Korhonen", "Mäkinen"]
    # each row's own text object, as the driver makes them
    rows = [(i, "".join([names[i % 3][:2], names[i % 3][2:]])) for i in range(3000, 0, -1)]

    def page(after: Any, limit: int) -> list[tuple[int, str]]:
        start = (
            0 if after is None else next((n for n, r in enumerate(rows) if r[0] < after), len(rows))
        )
        return rows[start : start + limit]

    for distinct, most_ids in (("id",), 2500), ((), len(rows)):
        model = RowTableModel((text_col("Nimi", "name"),))
        model.hold_lines(line)
        loader = ChunkedLoader(model)
        places = model.line_places(*distinct)
        loader.load_pages(page, lambda row: row[0], distinct=places)
        kept_ids = 0
        while loader.loading:
            loader._next_chunk()
            if loader._values is not None:
                kept_ids = max(kept_ids, len(loader._values[0]))
        assert model._rows == rows
        assert len({id(row[1]) for row in model._rows}) == len(names)
        # with the id as a distinct column no dict holds more than one page's ids (a page
        # is at most 2 500 rows); without, the dict of the id column gathers every id
        assert FIRST_PAGE <= kept_ids <= most_ids
        if distinct:
            assert kept_ids < len(rows)
        else:
            assert kept_ids == len(rows)


def test_grey_rows_asked_only_while_some_row_is_archived(model: RowTableModel) -> None:
    """A paint asks each cell's colour and font: the proxy answers None at once while no
    row is archived, and the grey italic of an archived row whatever the rows' changes."""
    proxy = RowFilterProxy(model)

    def grey() -> list[str]:
        return [
            proxy.index(r, 0).data()
            for r in range(proxy.rowCount())
            if proxy.index(r, 1).data(Qt.ItemDataRole.ForegroundRole) is not None
            and proxy.index(r, 2).data(Qt.ItemDataRole.FontRole).italic()
        ]

    assert model.has_archived()
    assert grey() == ["Åström"]
    model.set_rows([r for r in ROWS if not r.archived])
    assert not model.has_archived()
    assert grey() == []
    model.append_rows([Row(6, "Ärrä", None, 1, archived=True)])  # a load's later chunk
    assert grey() == ["Ärrä"]
    model.upsert_row(Row(6, "Ärrä", None, 1))  # brought back from the archive
    assert grey() == []
    model.upsert_row(Row(2, "Aalto", None, 1, archived=True))
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert grey() == ["Aalto"]
    model.remove_id(2)
    assert grey() == []
    assert not model.has_archived()


def test_proxy_indexes_made_once_stand_for_the_rows_shown_now(model: RowTableModel) -> None:
    proxy = RowFilterProxy(model)
    first = proxy.index(1, 2)
    assert proxy.index(1, 2) is first  # made once
    assert proxy.index(1, 2, proxy.index(0, 0)) == proxy.index(-1, 0)  # not a child: invalid
    assert not proxy.index(len(ROWS), 0).isValid()
    assert not proxy.index(0, len(COLUMNS)).isValid()
    proxy.set_search("zorro")  # one row: the same index now stands for another row
    assert proxy.rowCount() == 1
    assert not proxy.index(1, 2).isValid()
    assert proxy.index(0, 0).data() == "Zorro"
    proxy.set_search("")
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert proxy.index(1, 2) is first
    assert [proxy.index(r, 0).data() for r in range(proxy.rowCount())] == names(model)
    assert proxy.mapToSource(proxy.index(1, 0)).row() == 1
