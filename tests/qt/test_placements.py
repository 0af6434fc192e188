"""Placements: filters, the form, and an edit reaching every open view."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import Qt

from kemidesk.domain.types import PlacementStatus
from kemidesk.services import placements
from kemidesk.ui.dialogs.placement_form import PlacementForm
from kemidesk.ui.models.loader import FIRST_PAGE
from tests.qt.conftest import DEMO_TODAY, finish_loading


def placements_tab(window: Any) -> Any:
    tab = window.tab_by_key("placements")
    window.tabs.setCurrentWidget(tab)
    finish_loading(tab)
    return tab


def shown(tab: Any) -> list[Any]:
    return [tab.proxy.row_at(r) for r in range(tab.proxy.rowCount())]


def test_tab_lists_placements_newest_first(window: Any) -> None:
    tab = placements_tab(window)
    assert tab.model.rowCount() == len(placements.list_placements())
    starts = [r.start_date for r in shown(tab)]
    assert starts == sorted(starts, reverse=True)
    assert tab.proxy.index(0, 7).data().endswith("€")


def test_sorting_by_wage_is_numeric(window: Any) -> None:
    tab = placements_tab(window)
    tab.view.sortByColumn(7, Qt.SortOrder.AscendingOrder)
    wages = [r.monthly_wage_cents for r in shown(tab)]
    assert wages == sorted(wages)


def test_status_association_and_year_filters(window: Any) -> None:
    tab = placements_tab(window)
    tab.status_filter.setCurrentIndex(tab.status_filter.findData(PlacementStatus.ACTIVE))
    assert shown(tab)
    assert all(r.status is PlacementStatus.ACTIVE for r in shown(tab))
    some = shown(tab)[0]
    tab.association_filter.setCurrentIndex(tab.association_filter.findData(some.association_id))
    assert all(r.association_id == some.association_id for r in shown(tab))
    tab.status_filter.setCurrentIndex(0)
    tab.association_filter.setCurrentIndex(0)
    tab.year_filter.setCurrentIndex(tab.year_filter.findData(2024))
    assert shown(tab)
    for r in shown(tab):
        assert r.start_date.year <= 2024
        assert r.effective_end is None or r.effective_end.year >= 2024


def test_palkkatuki_ending_within_30_days(window: Any) -> None:
    tab = placements_tab(window)
    tab.pt_ending.setChecked(True)
    rows = shown(tab)
    assert rows
    for r in rows:
        assert DEMO_TODAY <= r.pt_end <= DEMO_TODAY + timedelta(days=30)


def test_new_placement_form_validates_dates(window: Any, qtbot: Any) -> None:
    tab = placements_tab(window)
    form = window.new_record()
    assert isinstance(form, PlacementForm)
    form.person.setCurrentIndex(1)
    form.association.setCurrentIndex(1)
    qtbot.keyClicks(form.job_title, "kierratystyontekija")
    form.start_date.set_value(date(2026, 12, 1))
    form.end_date.set_value(date(2026, 11, 1))
    assert "ei voi olla aikaisempi" in form.error_text("end_date")
    form.end_date.set_value(date(2027, 8, 31))
    assert form.error_text("end_date") == ""
    qtbot.keyClicks(form.hours, "50")
    assert form.error_text("hours_per_week") == "Viikkotyöaika on 1–40 tuntia."
    form.hours.setText("30")
    qtbot.keyClicks(form.wage, "1850,5")
    form.wage.editingFinished.emit()
    assert form.wage.text() == "1\u00a0850,50\u00a0€"
    form.pt_percent.setCurrentIndex(form.pt_percent.findData(70))
    form.pt_start.set_value(date(2026, 12, 1))
    form.pt_end.set_value(date(2026, 10, 1))
    assert "Palkkatuen loppupäivä" in form.error_text("pt_end")
    form.pt_end.set_value(date(2027, 5, 31))
    assert form.save_button.isEnabled()
    assert form.save()
    created = form.result_row
    assert created.monthly_wage_cents == 185050
    assert created.pt_percent == 70
    assert tab.proxy.proxy_row_of(created.id) is not None


def test_optional_date_can_be_emptied(window: Any) -> None:
    placements_tab(window)
    form = window.new_record()
    form.end_date.set_value(date(2027, 1, 31))
    assert form.end_date.value() == date(2027, 1, 31)
    assert form.end_date.text() == "31.1.2027"
    form.end_date.clear_value()
    assert form.end_date.value() is None
    assert form.end_date.text() == ""
    form.reject()


def test_editing_a_placement_updates_the_related_views(window: Any) -> None:
    tab = placements_tab(window)
    row = shown(tab)[0]
    association_view = window.ctx.opener.open("association", row.association_id)
    person_view = window.ctx.opener.open("person", row.person_id)
    placement_view = window.ctx.opener.open("placement", row.id)
    tab.select_id(row.id)
    form = window.edit_current()
    form.job_title.setText("puistotyöntekijä")
    assert form.save()

    def titles(view: Any) -> list[str]:
        table = view.related["placements"]
        return [table.proxy.row_at(r).job_title for r in range(table.row_count())
                if table.proxy.row_at(r).id == row.id]  # fmt: skip

    assert titles(association_view) == ["puistotyöntekijä"]
    assert titles(person_view) == ["puistotyöntekijä"]
    assert placement_view.value_labels["Tehtävä"].text() == "puistotyöntekijä"
    assert tab.proxy.row_at(tab.proxy.proxy_row_of(row.id)).job_title == "puistotyöntekijä"
    people_tab = window.tab_by_key("people")
    assert people_tab.stale or not people_tab.loaded


def test_placement_detail_shows_grants_schedule_and_followups(window: Any) -> None:
    tab = placements_tab(window)
    row = next(r for r in shown(tab) if placements_with_decisions(r.id))
    tab.select_id(row.id)
    dialog = window.open_current()
    assert dialog.related["decisions"].row_count() >= 1
    assert dialog.related["payments"].row_count() >= 1
    decision = dialog.related["decisions"].open_row(0)
    assert decision.related["payments"].row_count() >= 1
    payment = decision.related["payments"].open_row(0)
    assert "Summa" in payment.value_labels


def placements_with_decisions(placement_id: int) -> bool:
    from kemidesk.services.grants import list_decisions

    return bool(list_decisions(include_archived=True, placement_id=placement_id))


def test_archiving_a_placement_hides_it(window: Any, boxes: Any) -> None:
    tab = placements_tab(window)
    row = shown(tab)[0]
    tab.select_id(row.id)
    window.archive_current()
    assert "Arkistoidaanko työsuhde" in boxes.asked[-1]
    assert tab.proxy.proxy_row_of(row.id) is None
    assert placements.get_placement(row.id).archived


def test_palkkatuki_dates_default_from_the_placement(window: Any, qtbot: Any) -> None:
    placements_tab(window)
    form = window.new_record()
    form.start_date.line.setText("1.1.27")
    form.end_date.line.setText("31.12.27")
    assert form.pt_start.value() is None  # no palkkatuki chosen yet: nothing filled
    form.pt_percent.setCurrentIndex(form.pt_percent.findData(50))
    assert form.pt_start.value() == date(2027, 1, 1)
    assert form.pt_end.value() == date(2027, 12, 31)
    form.end_date.line.setText("30.6.27")
    assert form.pt_end.value() == date(2027, 6, 30)  # still following
    form.pt_start.line.setText("15.1.27")  # typed by hand
    form.start_date.line.setText("2.1.27")
    assert form.pt_start.value() == date(2027, 1, 15)  # left alone
    form.reject()


def test_first_load_shows_the_tab_empty_and_the_rows_follow(window: Any, qtbot: Any) -> None:
    """A tab's first load reads nothing in the turn that shows it (its creation and the
    empty paint are one step, under ~40 ms); its first page comes in the next turn. A
    refresh of a loaded tab reads its first page at once (the rows on screen stay)."""
    tab = window.tab_by_key("placements")
    window.tabs.setCurrentWidget(tab)
    assert tab.model.rowCount() == 0
    assert tab.loader.loading
    tab.view.viewport().repaint()  # painted empty
    qtbot.waitUntil(lambda: tab.model.rowCount() > 0)
    finish_loading(tab)
    total = tab.model.rowCount()
    assert total == len(placements.list_placements())
    tab.refresh()
    assert tab.model.rowCount() == min(total, FIRST_PAGE)  # the first page, in the same turn
    finish_loading(tab)
    assert tab.model.rowCount() == total
