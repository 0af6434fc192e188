"""Asetukset: rule versions from RULE_FIELDS, appropriations, the letterhead."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog, QGroupBox, QLabel

from kemidesk.domain.money import format_money
from kemidesk.domain.rule_fields import RULE_FIELDS
from kemidesk.paths import resource_path
from kemidesk.services import settings
from kemidesk.ui.dialogs.settings_dialog import SettingsDialog
from kemidesk.ui.dialogs.settings_rules import RuleVersionForm
from tests.qt.conftest import DEMO_TODAY


def open_settings(window: Any, page: str = "rules") -> SettingsDialog:
    dialog = window.workflow_actions.open_settings(page)
    assert isinstance(dialog, SettingsDialog) and dialog.isVisible()
    return dialog


def test_settings_action_is_in_the_edit_menu(window: Any) -> None:
    texts = [a.text() for a in window.menus["edit"].actions()]
    assert "&Asetukset…" in texts
    window.workflow_actions.settings.trigger()
    dialog = window.findChild(SettingsDialog)
    assert [dialog.tabs.tabText(i) for i in range(3)] == ["Säännöt", "Määrärahat", "Kirjelomake"]


def test_new_rule_version_saved_and_overlapping_one_refused(window: Any) -> None:
    dialog = open_settings(window)
    page = dialog.rules
    before = page.table.row_count()
    form = page.new_version()
    assert isinstance(form, RuleVersionForm)
    # every figure with unit, default and source; published conditions apart from defaults
    assert {s.name for s in RULE_FIELDS} <= set(form.fields)
    titles = [box.title() for box in form.findChildren(QGroupBox)]
    assert any(t.startswith("Julkaistut ehdot") for t in titles)
    assert any(t.startswith("Ohjelman oletukset") for t in titles)
    assert form.findChild(QLabel, "default_monthly_max_cents").text() == "500,00\xa0€"
    sources = {label.text() for label in form.findChildren(QLabel)}
    assert {"Kemi-lisän julkaistut ehdot", "Ohjelman oletus (ei julkaistu)"} <= sources

    form.valid_from.set_value(date(2027, 1, 1))
    form.note.setText("Kaupunginhallitus 15.12.2026 § 301")
    form.rule_widgets["max_months"].setText("0")
    assert form.error_text("max_months") == "Kemi-lisän enimmäiskesto: arvon on oltava 1–120."
    assert not form.save_button.isEnabled()
    form.rule_widgets["max_months"].setText("12")
    form.rule_widgets["monthly_max_cents"].setText("600,00")
    form.rule_widgets["payments_wait_for_appeal"].setChecked(False)
    assert form.overrides() == {"monthly_max_cents": 60_000, "payments_wait_for_appeal": False}
    form.save_button.click()
    assert not form.isVisible()
    (version,) = settings.list_rule_versions()
    assert version.valid_from == date(2027, 1, 1) and version.valid_to is None
    assert settings.rules_for(date(2027, 3, 1)).monthly_max_cents == 60_000
    assert page.table.row_count() == before + 1
    assert "Kemi-lisä enintään 600,00" in page.table.proxy.row_at(0).changes

    second = page.new_version()
    second.valid_from.set_value(date(2027, 6, 1))
    second.rule_widgets["bonus_cents"].setText("1 800,00")
    second.save_button.click()
    assert second.isVisible()  # refused
    assert "päällekkäin" in second.error_text("valid_from")
    assert len(settings.list_rule_versions()) == 1

    edit = page.table.open_row(0)
    assert isinstance(edit, RuleVersionForm) and not edit.valid_from.isEnabled()
    assert edit.rule_widgets["monthly_max_cents"].text() == "600,00\xa0€"
    edit.valid_to.set_value(date(2027, 5, 31))
    edit.save_button.click()
    second.valid_from.set_value(date(2027, 6, 2))
    second.valid_from.set_value(date(2027, 6, 1))
    second.save_button.click()
    assert not second.isVisible()
    assert [v.valid_from for v in settings.list_rule_versions()] == [
        date(2027, 1, 1),
        date(2027, 6, 1),
    ]


def test_appropriation_set_and_shown(window: Any) -> None:
    dialog = open_settings(window, "appropriation")
    page = dialog.appropriation
    assert dialog.tabs.currentWidget() is page
    assert page.year.value() == DEMO_TODAY.year
    page.year.setValue(2027)
    assert page.amount.text() == ""
    assert not page.save_button.isEnabled()
    page.amount.setText("abc")
    assert page.amount_error.isVisible() and not page.save_button.isEnabled()
    page.amount.setText("320 000,00")
    page.notes.setText("Talousarvio 2027")
    assert page.save_button.isEnabled()
    page.save_button.click()
    line = page.line_of(2027)
    assert line is not None and line.amount_cents == 32_000_000
    assert line.notes == "Talousarvio 2027"
    shown = [page.table.proxy.row_at(r).year for r in range(page.table.row_count())]
    assert 2027 in shown
    assert "jäljellä 320\xa0000,00\xa0€" in page.status.text()
    status = settings.appropriation_status(DEMO_TODAY.year)
    page.year.setValue(DEMO_TODAY.year)  # the demo year: decided and paid from the records
    assert page.amount.text() == format_money(status.amount_cents)
    assert f"päätetty {format_money(status.decided_cents)}" in page.status.text()
    assert f"maksettu {format_money(status.paid_cents)}" in page.status.text()


def test_office_letterhead(window: Any, monkeypatch: pytest.MonkeyPatch, boxes: Any) -> None:
    dialog = open_settings(window, "office")
    page = dialog.office
    assert page.edits["organisation"].text() == "Kemin kaupunki"
    page.edits["unit"].setText("Työllisyyspalvelut, Meri-Lapin työllisyysalue")
    page.edits["email"].setText("tyollisyys@")
    assert page.errors["email"].isVisible() and not page.save_button.isEnabled()
    page.edits["email"].setText("tyollisyys@kemi.fi")
    logo = str(resource_path("icons", "kemidesk.png"))
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (logo, "PNG (*.png)"))
    )
    page.findChild(type(page.save_button), "choose_logo").click()
    assert page.edits["logo_path"].text() == logo
    dialog.reject()  # unsaved changes: asks first
    assert boxes.asked and "tallentamattomia" in boxes.asked[-1]
    boxes.answer = False
    dialog = open_settings(window, "office")
    page = dialog.office
    page.edits["unit"].setText("Työllisyyspalvelut, Meri-Lapin työllisyysalue")
    page.edits["logo_path"].setText(logo)
    page.edits["payment_list_preparer"].setText("Liisa Pöyhönen")
    page.save_button.click()
    office = settings.get_office_settings()
    assert office.unit == "Työllisyyspalvelut, Meri-Lapin työllisyysalue"
    assert office.logo_path == logo
    assert office.payment_list_preparer == "Liisa Pöyhönen"
    assert not page.is_dirty()
