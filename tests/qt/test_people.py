"""People: the list, the form with its HETU rules, and the audited HETU reveal."""

from __future__ import annotations

from datetime import date
from typing import Any

from kemidesk.db.models import AuditLog
from kemidesk.services import people
from kemidesk.ui.dialogs.person_form import PersonForm
from tests.qt.conftest import finish_loading, type_text


def people_tab(window: Any) -> Any:
    tab = window.tab_by_key("people")
    window.tabs.setCurrentWidget(tab)
    finish_loading(tab)
    return tab


def test_tab_lists_people_with_masked_hetu(window: Any) -> None:
    tab = people_tab(window)
    assert tab.model.rowCount() == len(people.list_people()) == 120
    hetus = [tab.proxy.index(r, 1).data() for r in range(tab.proxy.rowCount())]
    assert all(h[7:] == "****" or h == "" for h in hetus)
    assert any(h for h in hetus)


def test_partial_work_ability_filter(window: Any) -> None:
    tab = people_tab(window)
    tab.partial_filter.setChecked(True)
    rows = [tab.proxy.row_at(r) for r in range(tab.proxy.rowCount())]
    assert rows
    assert all(r.partial_work_ability for r in rows)
    assert len(rows) < tab.model.rowCount()


def test_hetu_reveal_is_audited(window: Any, qtbot: Any) -> None:
    tab = people_tab(window)
    row = next(r for r in tab.model.rows() if r.has_hetu)
    assert tab.select_id(row.id)
    dialog = window.open_current()
    assert dialog.value_labels["Henkilötunnus"].text() == row.hetu_masked
    before = AuditLog.select().where(AuditLog.action == "reveal_hetu").count()
    dialog.reveal_button.click()
    shown = dialog.value_labels["Henkilötunnus"].text()
    assert "*" not in shown
    assert shown[:7] == row.hetu_masked[:7]
    audit = AuditLog.select().where(AuditLog.action == "reveal_hetu")
    assert audit.count() == before + 1
    last = audit.order_by(AuditLog.id.desc()).get()
    assert (last.entity, last.entity_id) == ("Person", row.id)
    assert not dialog.reveal_button.isEnabled()


def test_new_person_hetu_checks_and_birth_date(window: Any, qtbot: Any) -> None:
    tab = people_tab(window)
    form = window.new_record()
    assert isinstance(form, PersonForm)
    type_text(qtbot, form.first_name, "Väinö")
    type_text(qtbot, form.last_name, "Äikäs")
    qtbot.keyClicks(form.hetu, "010190-900B")
    assert "Henkilötunnus on virheellinen" in form.error_text("hetu")
    assert not form.save_button.isEnabled()
    form.hetu.clear()
    qtbot.keyClicks(form.hetu, "010190-900P")
    assert form.error_text("hetu") == ""
    assert form.birth_date.value() == date(1990, 1, 1)  # filled from the HETU
    form.birth_date.set_value(date(1990, 1, 2))
    assert form.error_text("birth_date") == "Syntymäaika ei vastaa henkilötunnusta."
    form.birth_date.set_value(date(1990, 1, 1))
    qtbot.keyClicks(form.tmt_days, "abc")
    assert "kokonaislukuna" in form.error_text("tmt_days")
    form.tmt_days.setText("320")
    assert form.save()
    created = form.result_row
    assert created.hetu_masked == "010190-****"
    assert tab.proxy.proxy_row_of(created.id) is not None


def test_edit_keeps_the_stored_hetu(window: Any, qtbot: Any) -> None:
    tab = people_tab(window)
    row = next(r for r in tab.model.rows() if r.has_hetu and not r.partial_work_ability)
    tab.select_id(row.id)
    form = window.edit_current()
    assert form.hetu.text() == row.hetu_masked
    assert form.hetu.isReadOnly()
    assert form.error_text("hetu") == ""
    form.phone.setText("040 123 4567")
    assert form.save()
    assert people.get_person(row.id).hetu_masked == row.hetu_masked
    assert people.get_person(row.id).phone == "040 123 4567"


def test_person_detail_shows_placements_followups_outcomes(window: Any) -> None:
    tab = people_tab(window)
    row = max(tab.model.rows(), key=lambda r: r.placement_count)
    dialog = window.ctx.opener.open("person", row.id)
    assert dialog.related["placements"].row_count() == row.placement_count
    assert dialog.related["followups"].row_count() > 0
    followup = dialog.related["followups"].open_row(0)
    assert followup.windowTitle() == "Seurantakeskustelu"
    assert "Osallistujat" in followup.value_labels


def test_duplicate_hetu_offers_to_open_the_existing_person(window: Any, qtbot: Any) -> None:
    from PySide6.QtWidgets import QPushButton

    from kemidesk.db.models import Person
    from kemidesk.ui.context import PERSON

    people_tab(window)
    existing = (
        Person.select()
        .where((Person.hetu != "") & (Person.archived == False))  # noqa: E712
        .order_by(Person.id)
        .first()
    )
    count = len(people.list_people(include_archived=True))
    form = window.new_record()
    type_text(qtbot, form.first_name, "Toinen")
    type_text(qtbot, form.last_name, "Sama")
    qtbot.keyClicks(form.hetu, existing.hetu)
    form.tmt_days.setText("320")
    assert not form.save()
    assert form.error_text("hetu") == (
        f"Samalla henkilötunnuksella on jo henkilö: {existing.last_name} {existing.first_name}."
    )
    button = form.findChild(QPushButton, "open_existing_hetu")
    assert button is not None
    assert button.isVisible()
    dialog = form.open_existing(button)
    assert window.ctx.opener._open.get((PERSON, existing.id)) is dialog
    assert len(people.list_people(include_archived=True)) == count
