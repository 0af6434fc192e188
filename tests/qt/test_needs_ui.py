"""Rekrytointitarpeet, Työnhakijat and Ringit in the window: a need recorded in its form, the
seekers ranked for it with reasons, "Tee työsuhde" pre-filling the placement form and filling
the need; a seeker's restrictions shown only in their form and match list; the ring's week;
a ring proposal accepted."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from kemidesk.domain.types import NeedStatus
from kemidesk.services import needs, rings, seekers
from tests.qt.conftest import type_text


def _tab(window: Any, key: str) -> Any:
    tab = window.tab_by_key(key)
    window.tabs.setCurrentWidget(tab)
    tab = window.current_tab()
    tab.ensure_loaded()
    tab.loader.finish_now()
    return tab


def test_need_recorded_in_the_form_is_listed(window: Any, qtbot: Any) -> None:
    tab = _tab(window, "needs")
    before = tab.proxy.rowCount()
    assert before > 0
    form = tab.new_record()
    assert not form.save()
    form.association.setCurrentIndex(1)
    type_text(qtbot, form.tasks, "Kirjaston hyllytys ja lainaus")
    type_text(qtbot, form.hours, "12")
    type_text(qtbot, form.area, "Keskusta")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.proxy.rowCount() == before + 1)
    saved = next(n for n in needs.list_needs() if n.tasks.startswith("Kirjaston"))
    assert saved.status is NeedStatus.OPEN
    type_text(qtbot, tab.search, "hyllytys")
    assert tab.proxy.rowCount() == 1


def test_match_list_and_make_placement_fill_the_need(window: Any, qtbot: Any) -> None:
    tab = _tab(window, "needs")
    need = next(n for n in needs.list_needs(status=NeedStatus.OPEN) if n.hours_per_week >= 18)
    tab.select_id(need.id)
    dialog = tab.show_matches()
    assert dialog.model.rowCount() > 0
    first = dialog.model.row_at(0)
    assert "Tunnit" in first.reasons
    assert dialog.reasons.text() == first.reasons
    form = dialog.make_placement()
    assert form.person.currentData() == first.person_id
    assert form.association.currentData() == need.association_id
    assert form.hours.text() == str(need.hours_per_week).replace(".", ",")
    type_text(qtbot, form.wage, "1900")
    assert form.save(), form.errors()
    qtbot.waitUntil(lambda: needs.get_need(need.id).status is NeedStatus.FILLED)
    assert needs.get_need(need.id).placement_id == form.result_row.id


def test_seeker_restrictions_only_in_form_and_match_list(window: Any, qtbot: Any) -> None:
    tab = _tab(window, "seekers")
    row = next(s for s in seekers.list_seekers() if seekers.get_seeker(s.person_id).restrictions)
    restriction = seekers.get_seeker(row.person_id).restrictions
    shown = [tab.model.data(tab.model.index(r, c)) for r in range(tab.model.rowCount())
             for c in range(tab.model.columnCount())]  # fmt: skip
    assert restriction not in shown
    tab.select_id(row.person_id)
    form = tab.edit_current()
    assert form.restrictions.toPlainText() == restriction
    form.reject()
    dialog = tab.show_matches()
    assert restriction in dialog.heading.text()
    assert dialog.model.rowCount() > 0


def test_ring_week_and_a_proposal_accepted(window: Any, qtbot: Any) -> None:
    tab = _tab(window, "rings")
    ring = rings.list_rings()[0]
    tab.select_id(ring.id)
    assert ring.lead_name in tab.schedule.text()
    assert "Yhteensä" in tab.schedule.text()
    assert tab.proposals.rowCount() == 1  # the cleaning pair of the demo
    tab.proposal_view.selectRow(0)
    dialog = tab.accept_proposal()
    dialog.name.clear()
    type_text(qtbot, dialog.name, "Karihaaran siivousrinki")
    first = next(iter(dialog.hours.values()))
    first.setText("2")
    assert not dialog.save()
    assert "h/vko" in dialog.error.text()
    first.setText("10")
    assert dialog.save(), dialog.error.text()
    qtbot.waitUntil(lambda: tab.proposals.rowCount() == 0)
    assert any(r.name == "Karihaaran siivousrinki" for r in rings.list_rings())


def test_ring_made_by_hand_with_members_and_a_week(window: Any, qtbot: Any) -> None:
    from kemidesk.services import associations

    tab = _tab(window, "rings")
    a, b = associations.list_associations()[:2]
    dialog = tab.new_record()
    type_text(qtbot, dialog.name, "Ajoksen rinki")
    dialog.lead.setCurrentIndex(dialog.lead.findData(a.id))
    first, second = dialog.members[0], dialog.members[1]
    first[0].setCurrentIndex(first[0].findData(a.id))
    first[1].setText("10")
    first[4].setText("ma ti")
    second[0].setCurrentIndex(second[0].findData(b.id))
    second[1].setText("x")
    assert not dialog.save()
    assert dialog.error.text()
    second[1].setText("8")
    second[4].setText("ke")
    assert dialog.save(), dialog.error.text()
    ring = next(r for r in rings.list_rings() if r.name == "Ajoksen rinki")
    assert ring.total_hours == 18
    qtbot.waitUntil(lambda: tab.current_id() == ring.id)
    assert "ma: " in tab.schedule.text()


def test_ring_placement_detail_shows_the_week(window: Any, qtbot: Any) -> None:
    from datetime import date

    from kemidesk.services import people, placements
    from kemidesk.ui.context import PLACEMENT

    ring = rings.list_rings()[0]
    person = people.list_people()[0]
    row = placements.create_placement(
        placements.PlacementInput(
            person_id=person.id, association_id=ring.lead_id, job_title="Keittiöapulainen",
            start_date=date(2026, 12, 7), end_date=date(2027, 8, 31), hours_per_week="19",
            monthly_wage="1 850,00", ring_id=ring.id,
        )
    )  # fmt: skip
    detail = window.ctx.opener.open(PLACEMENT, row.id)
    text = detail.value_labels["Työnantajarinki"].text()
    assert ring.name in text
    assert f"Yhteensä {ring.total_hours} h/vko" in text


def test_survey_round_started_from_the_needs_tab(window: Any, qtbot: Any) -> None:
    """Uusi kartoituskierros…: a closing date before the start is refused next to its field
    and nothing is saved; a good round is saved and the need form files answers under it."""
    from datetime import date

    tab = _tab(window, "needs")
    before = len(needs.list_rounds())
    assert tab.round_button.isEnabled()
    form = tab.new_round()
    form.year.clear()
    type_text(qtbot, form.year, "2027")
    type_text(qtbot, form.title_edit, "Rekrytointitarvekartoitus 2027")
    form.opened_on.set_value(date(2027, 1, 11))
    form.closes_on.set_value(date(2027, 1, 4))
    assert not form.save()
    assert form.error_text("closes_on")
    assert len(needs.list_rounds()) == before
    form.closes_on.set_value(date(2027, 2, 12))
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(needs.list_rounds()) == before + 1)
    made = next(r for r in needs.list_rounds() if r.year == 2027)
    assert (made.title, made.opened_on, made.closes_on) == (
        "Rekrytointitarvekartoitus 2027",
        date(2027, 1, 11),
        date(2027, 2, 12),
    )
    need_form = tab.new_record()
    assert need_form.survey.findData(made.id) > 0  # the answers can be filed under it
    need_form.reject()
