"""Työhönvalmentajat: a coach made in the form is listed and searchable; choosing a coach
shows their caseload and visits; a visit is added, edited and deleted (after asking) from the
caseload view and from the placement's view; the placement form offers the active coaches;
the overview lists the placements that need a coach."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt

from kemidesk.domain.types import OverviewSection, VisitKind
from kemidesk.services import coaches, placements
from kemidesk.ui.context import PLACEMENT
from tests.qt.conftest import DEMO_TODAY, type_text


def _tab(window: Any) -> Any:
    tab = window.tab_by_key("coaches")
    window.tabs.setCurrentWidget(tab)
    tab.ensure_loaded()
    return tab


def test_coach_made_in_the_form_is_listed_and_searchable(window: Any, qtbot: Any) -> None:
    tab = _tab(window)
    before = tab.model.rowCount()
    assert before >= 3  # the demo's coaches
    form = tab.new_record()
    assert not form.save()  # no name: refused
    type_text(qtbot, form.name, "Ville Valmentaja")
    type_text(qtbot, form.phone, "12")
    assert "phone" in form.errors()
    form.phone.clear()
    type_text(qtbot, form.phone, "040 765 4321")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.model.rowCount() == before + 1)
    type_text(qtbot, tab.search, "Valmentaja")
    assert tab.proxy.rowCount() == 1
    tab.search.clear()
    saved = next(c for c in coaches.list_coaches() if c.name == "Ville Valmentaja")
    assert tab.select_id(saved.id)
    assert "Ville Valmentaja" in tab.caseload_label.text()
    assert tab.caseload.row_count() == 0


def test_caseload_and_visits_from_the_caseload_view(window: Any, qtbot: Any, boxes: Any) -> None:
    tab = _tab(window)
    busiest = max(coaches.caseload(DEMO_TODAY), key=lambda c: c.placements)
    assert busiest.placements > 0
    assert tab.select_id(busiest.id)
    assert tab.caseload.row_count() == busiest.placements
    tab.caseload.view.selectRow(0)
    line = tab.selected_line()
    visits_before = tab.visits.row_count()
    dialog = tab.new_visit()
    assert dialog.coach.currentData() == busiest.id
    assert dialog.placement.currentData() == line.placement_id
    dialog.visited_on.line.clear()
    type_text(qtbot, dialog.visited_on.line, "1.12.2026")  # after the demo's today
    assert not dialog.save()
    assert "tulevalle" in dialog.errors()["visited_on"]
    dialog.visited_on.line.clear()
    type_text(qtbot, dialog.visited_on.line, "27.11.2026")
    dialog.visit_kind.setCurrentIndex(dialog.visit_kind.findData(VisitKind.PHONE.value))
    type_text(qtbot, dialog.note, "Soitto ohjaajalle")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.visits.row_count() == visits_before + 1)
    saved = next(v for v in coaches.list_visits(coach_id=busiest.id) if v.note.startswith("Soitto"))
    assert (saved.visited_on, saved.kind, saved.placement_id) == (
        date(2026, 11, 27),
        VisitKind.PHONE,
        line.placement_id,
    )
    row = tab.visits.proxy.proxy_row_of(saved.id)
    edit = tab.visits.open_row(row)
    assert edit.note.toPlainText() == "Soitto ohjaajalle"
    assert edit.delete()
    assert boxes.asked and "Poistetaanko käynti" in boxes.asked[-1]
    qtbot.waitUntil(lambda: tab.visits.row_count() == visits_before)
    assert saved.id not in {v.id for v in coaches.list_visits()}


def test_visit_from_the_placement_view_and_the_coach_combo(window: Any, qtbot: Any) -> None:
    coach = coaches.caseload(DEMO_TODAY)[0]
    placement_id = next(c for c in coaches.caseload(DEMO_TODAY) if c.lines).lines[0].placement_id
    detail = window.ctx.opener.open(PLACEMENT, placement_id)
    before = detail.related["coach_visits"].row_count()
    dialog = detail.add_visit()
    assert dialog.placement.currentData() == placement_id
    assert not dialog.placement.isEnabled()  # fixed: the placement's own view
    type_text(qtbot, dialog.note, "Käynti työpaikalla")
    assert dialog.save()
    qtbot.waitUntil(lambda: detail.related["coach_visits"].row_count() == before + 1)
    form = window.ctx.opener.edit(PLACEMENT, placement_id)
    names = [form.job_coach.itemText(i) for i in range(form.job_coach.count())]
    assert names[0] == "(ei työhönvalmentajaa)"
    assert "Pekka Niemi" not in names  # left: not offered
    form.job_coach.setCurrentIndex(form.job_coach.findData(coach.id))
    assert form.save()
    assert placements.get_placement(placement_id).coach_id == coach.id


def test_overview_lists_placements_that_need_a_coach(window: Any, qtbot: Any) -> None:
    from tests.qt.test_overview import overview_tab

    overview = overview_tab(window, qtbot)
    needed = coaches.placements_needing_coach(DEMO_TODAY)
    assert needed, "the demo leaves some running placements without a coach"
    lines = overview.sections()[OverviewSection.COACH_NEEDED]
    assert lines == [("placement", n.placement_id) for n in needed][:10]
