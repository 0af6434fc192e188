"""Avustukset: decisions with their payments, filters and the appropriation."""

from __future__ import annotations

from typing import Any

from kemidesk.domain.types import DecisionType
from kemidesk.services import grants
from tests.qt.conftest import finish_loading


def grants_tab(window: Any) -> Any:
    tab = window.tab_by_key("grants")
    window.tabs.setCurrentWidget(tab)
    finish_loading(tab)
    return tab


def test_tab_lists_decisions_and_payments_of_the_selected(window: Any) -> None:
    tab = grants_tab(window)
    assert tab.model.rowCount() == len(grants.list_decisions())
    assert "valitse päätös" in tab.payments_title.text()
    row = next(r for r in tab.model.rows() if r.decision_type is DecisionType.GRANT)
    tab.select_id(row.id)
    assert tab.payments.row_count() > 0
    assert row.number in tab.payments_title.text()
    payment = tab.payments.open_row(0)
    assert payment.windowTitle() == "Maksu"


def test_year_and_type_filters(window: Any) -> None:
    tab = grants_tab(window)
    tab.year_filter.setCurrentIndex(tab.year_filter.findData(2025))
    rows = [tab.proxy.row_at(r) for r in range(tab.proxy.rowCount())]
    assert rows
    assert all(r.decision_date.year == 2025 for r in rows)
    tab.type_filter.setCurrentIndex(tab.type_filter.findData(DecisionType.REJECTION))
    assert all(tab.proxy.row_at(r).decision_type is DecisionType.REJECTION
               for r in range(tab.proxy.rowCount()))  # fmt: skip
    assert "2025" in tab.appropriation.text()


def test_decisions_cannot_be_edited_or_created_here(window: Any) -> None:
    tab = grants_tab(window)
    tab.select_row(0)
    window.update_actions()
    assert not window.actions_by_key["new"].isEnabled()
    assert not window.actions_by_key["edit"].isEnabled()
    assert window.actions_by_key["archive"].isEnabled()
