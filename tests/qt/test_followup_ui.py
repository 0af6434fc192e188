"""The follow-up form: every field of the paper form, live validation, record and edit."""

from __future__ import annotations

from dataclasses import fields
from datetime import timedelta
from typing import Any

from PySide6.QtWidgets import QWidget

from kemidesk.domain.types import FollowupType, OutcomeStatus
from kemidesk.services import followups, placements
from kemidesk.ui.dialogs.followup_form import FollowupForm
from tests.qt.conftest import DEMO_TODAY, finish_loading, type_text


def running_placement() -> placements.PlacementRow:
    return next(
        p
        for p in placements.list_placements(today=DEMO_TODAY)
        if p.start_date < DEMO_TODAY - timedelta(days=60)
        and (p.effective_end is None or p.effective_end > DEMO_TODAY)
    )


def test_record_from_the_placements_tab_with_live_validation(window: Any, qtbot: Any) -> None:
    placement = running_placement()
    tab = window.tab_by_key("placements")
    window.tabs.setCurrentWidget(tab)
    finish_loading(tab)
    action = window.workflow_actions.followup
    tab.view.clearSelection()
    window.workflow_actions.update()
    assert not action.isEnabled()
    assert tab.select_id(placement.id)
    assert action.isEnabled()  # follows the selection
    assert action in window.menus["edit"].actions()
    form = window.workflow_actions.record_followup()
    assert isinstance(form, FollowupForm) and form.isVisible()

    # every field of the paper form, and no work-ability field
    wanted = {f.name for f in fields(followups.FollowupInput)} - {"placement_id"}
    assert wanted <= set(form.fields)
    assert not [w for w in form.findChildren(QWidget) if "work" in w.objectName()]
    assert "työkykyä" in form.findChild(QWidget, "privacy_note").text()
    assert placement.person_name in form.findChild(QWidget, "heading").text()

    # participants are required
    assert not form.save_button.isEnabled()
    assert "Osallistujat" in form.hint.text()
    type_text(qtbot, form.participants, "työntekijä, ohjaaja, työhönvalmentaja")
    assert form.save_button.isEnabled()
    form.participants.clear()
    assert form.error_text("participants") == "Kirjaa keskustelun osallistujat."
    form.participants.setText("työntekijä, ohjaaja, työhönvalmentaja")
    assert form.error_text("participants") == ""

    # the talk cannot be before the placement started
    form.held_on.set_value(placement.start_date - timedelta(days=1))
    assert "ennen työsuhteen alkua" in form.error_text("held_on")
    assert not form.save_button.isEnabled()
    form.held_on.set_value(DEMO_TODAY - timedelta(days=2))
    assert form.error_text("held_on") == ""

    # a signed form needs its date
    assert not form.signed_on.isEnabled()
    form.signed.setChecked(True)
    assert form.signed_on.isEnabled()
    assert form.error_text("signed_on") == "Anna allekirjoituspäivä."
    assert not form.save_button.isEnabled()
    form.signed_on.set_value(DEMO_TODAY - timedelta(days=1))
    assert form.error_text("signed_on") == ""

    form.followup_type.setCurrentIndex(form.followup_type.findData(FollowupType.INTERIM))
    form.job_coach_present.setChecked(True)
    texts = {
        "goals": "Trukkikortti keväällä",
        "progress": "Työtehtävät sujuvat itsenäisesti",
        "support_given": "Perehdytys kassatyöhön",
        "training": "Hygieniapassi",
        "job_search_support": "CV päivitetty",
        "trial_visit": "Tutustuminen Kemin Kauppaan 2 pv",
        "absences": "Työaika 30 → 32 h/vko 1.10.",
        "end_assessment": "",
        "notes": "Seuraava keskustelu helmikuussa",
    }
    for name, text in texts.items():
        getattr(form, name).setPlainText(text)
    form.next_step.setCurrentIndex(form.next_step.findData(OutcomeStatus.EDUCATION))

    # the fields the redrawn paper form asks for: own assessment, next talk, the next job
    form.own_assessment.setPlainText("Haluan kaupan alalle")
    form.next_meeting_on.set_value(DEMO_TODAY - timedelta(days=2))  # the talk's own day
    assert form.error_text("next_meeting_on") == (
        "Seuraavan keskustelun päivän on oltava tämän keskustelun jälkeen."
    )
    assert not form.save_button.isEnabled()
    form.next_meeting_on.set_value(DEMO_TODAY + timedelta(days=30))
    assert form.error_text("next_meeting_on") == ""
    type_text(qtbot, form.new_employer, "Kemin Kauppa Oy")
    form.new_job_start.set_value(DEMO_TODAY + timedelta(days=60))
    form.new_contract_type.setText("toistaiseksi voimassa oleva")
    assert form.save_button.isEnabled()
    form.grab().save("/tmp/forms-pages/followup-dialog.png")
    form.save_button.click()
    assert not form.isVisible()

    saved = followups.list_followups(placement.id)[-1]
    assert saved.followup_type is FollowupType.INTERIM
    assert saved.participants == "työntekijä, ohjaaja, työhönvalmentaja"
    assert saved.job_coach_present and saved.signed
    assert saved.signed_on == DEMO_TODAY - timedelta(days=1)
    assert saved.next_step is OutcomeStatus.EDUCATION
    assert {name: getattr(saved, name) for name in texts} == texts
    assert saved.own_assessment == "Haluan kaupan alalle"
    assert saved.next_meeting_on == DEMO_TODAY + timedelta(days=30)
    assert saved.new_employer == "Kemin Kauppa Oy"
    assert saved.new_job_start == DEMO_TODAY + timedelta(days=60)
    assert saved.new_contract_type == "toistaiseksi voimassa oleva"

    # editing shows them again
    again = FollowupForm(window.ctx, saved.id, window, placement_id=placement.id)
    assert again.own_assessment.toPlainText() == "Haluan kaupan alalle"
    assert again.next_meeting_on.value() == DEMO_TODAY + timedelta(days=30)
    assert again.new_employer.text() == "Kemin Kauppa Oy"
    assert again.new_job_start.value() == DEMO_TODAY + timedelta(days=60)
    assert again.new_contract_type.text() == "toistaiseksi voimassa oleva"
    assert not again.is_dirty()
    again.done(0)
    from kemidesk.ui.dialogs.leaf_details import FollowupDetail

    detail = FollowupDetail(window.ctx, saved, window)
    shown = dict(detail.describe(saved))
    assert shown["Työntekijän oma arvio"] == "Haluan kaupan alalle"
    assert shown["Uusi työnantaja"] == "Kemin Kauppa Oy"
    assert shown["Työsopimus"] == "toistaiseksi voimassa oleva"
    detail.close()


def test_edit_from_the_placement_detail(window: Any, boxes: Any) -> None:
    placement = next(
        p for p in placements.list_placements(today=DEMO_TODAY) if followups.list_followups(p.id)
    )
    detail = window.ctx.opener.open("placement", placement.id)
    table = detail.related["followups"]
    count = table.row_count()
    assert count > 0
    first = table.proxy.row_at(0)
    form = table.open_row(0)
    assert isinstance(form, FollowupForm)
    assert form.windowTitle() == "Muokkaa seurantalomaketta"
    assert form.participants.text() == first.participants
    assert form.held_on.value() == first.held_on
    assert not form.is_dirty()
    form.progress.setPlainText("Edistynyt hyvin; vastaa nyt varastosta.")
    form.reject()  # unsaved changes: asks first
    assert boxes.asked and "tallentamattomia" in boxes.asked[-1]
    form = table.open_row(0)
    form.progress.setPlainText("Edistynyt hyvin; vastaa nyt varastosta.")
    form.save_button.click()
    changed = next(f for f in followups.list_followups(placement.id) if f.id == first.id)
    assert changed.progress == "Edistynyt hyvin; vastaa nyt varastosta."
    assert table.row_count() == count  # edited, not added


def test_new_form_presets(window: Any) -> None:
    placement = running_placement()
    form = FollowupForm(window.ctx, None, window, placement_id=placement.id)
    kinds = {f.followup_type for f in followups.list_followups(placement.id)}
    expected = FollowupType.INTERIM if FollowupType.START in kinds else FollowupType.START
    assert form.chosen_type() is expected
    assert form.held_on.value() == max(DEMO_TODAY, placement.start_date)
    assert form.windowTitle() == "Kirjaa seurantalomake"
    form.done(0)
